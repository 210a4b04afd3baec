"""Two-sided fighting: a clash, a battle or an exchange of fire has no attacker and no
target.  Every side named is an actor and the event is ``mutual`` (as gold-format.md codes
it), so "اشتباكات بين الجيش وقوات الدعم السريع" gives both forces as actors, and "اشتبك
مقاتلون مع قوة إسرائيلية" the fighters and the force."""
from __future__ import annotations

from ..records import ActorMention, Event, Span
from ..words import function_words
from .arguments import PLACE_KINDS
from .attribution import is_reporter
from .structure import (
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    has_break,
    word_text,
    words_between,
)

_WORDS = function_words()
CLASH_WORDS = _WORDS.clash_words
EXCHANGE_NOUNS = _WORDS.exchange_nouns
PARTY_MARKERS = _WORDS.party_markers
PROCLITICS = ("و", "ف", "ب", "ل")
# Words allowed between the trigger and the marker of its sides: adjectives
# ("اشتباكات عنيفة ومتقطعة بين") and the object of an exchange ("تبادلوا إطلاق النار مع").
PARTY_MARKER_REACH_WORDS = 3
# "بين طلاب ومنتسبي الشرطة": words before the second side of بين
SECOND_PARTY_GAP_WORDS = 2


def is_clash(trigger_text: str) -> bool:
    """The trigger's first word, without a proclitic or the article, names two-sided
    fighting."""
    first = VOWELLED_WORD.match(trigger_text)
    if first is None:
        return False
    word = word_text(first)
    candidates = [word]
    if word[:1] in PROCLITICS:
        candidates.append(word[1:])
    candidates += [w[2:] for w in candidates if w.startswith("ال")]
    return any(w in CLASH_WORDS for w in candidates)


def after_exchange_noun(text: str, t_start: int) -> bool:
    """"تبادل لإطلاق النار"، "وتبادل القصف": the trigger is what two sides exchange."""
    word_start = t_start - len(attached_prefix(text, t_start))
    before = words_between(text, max(0, word_start - 20), word_start)
    if not before:
        return False
    word = before[-1]
    return word in EXCHANGE_NOUNS or (word[:1] in PROCLITICS and word[1:] in EXCHANGE_NOUNS)


def sides_named_after(text: str, groups: list[Group], t_end: int, c_end: int,
                      subject: list[Group]) -> list[Group]:
    """The participants after بين / مع that follow the trigger within a few words of its
    clause (its ``subject`` may stand in between: "اشتبك مقاتلون من الحركة مع"), with
    those coordinated with them."""
    subject_words = sum(len(VOWELLED_WORD.findall(text, g.start, g.end)) for g in subject if g.start >= t_end)
    for k, w in enumerate(VOWELLED_WORD.finditer(text, t_end, c_end)):
        if k > PARTY_MARKER_REACH_WORDS + subject_words:
            return []
        if any(t_end <= g.start < w.start() and g not in subject for g in groups):
            return []       # another participant stands between: not the trigger's sides
        if word_text(w) in PARTY_MARKERS:
            following = [i for i, g in enumerate(groups) if g.start >= w.end()]
            if not following or has_break(text, w.end(), groups[following[0]].start) \
                    or len(VOWELLED_WORD.findall(text, w.end(), groups[following[0]].start)) > 1:
                return []
            chain = chain_from(text, groups, following[0])
            if word_text(w) == "بين" and len(chain) == 1:
                chain += _second_party(text, groups, following[0], c_end)
            return chain
    return []


def _second_party(text: str, groups: list[Group], first: int, c_end: int) -> list[Group]:
    """"بين طلاب ومنتسبي الشرطة": the other side of بين, joined by و to a word
    that names its members."""
    if first + 1 >= len(groups) or groups[first + 1].start >= c_end:
        return []
    gap = words_between(text, groups[first].end, groups[first + 1].start)
    if 1 <= len(gap) <= SECOND_PARTY_GAP_WORDS and gap[0].startswith("و") \
            and not has_break(text, groups[first].end, groups[first + 1].start):
        return [groups[first + 1]]
    return []


def clash_sides(text: str, groups: list[Group], t_start: int, t_end: int, c_end: int,
                subject: list[Group]) -> list[Group] | None:
    """None when the trigger names no two-sided fighting; else the sides it names after
    بين / مع (its ``subject`` and whom it was attached to are added by ``make_mutual``)."""
    if not (is_clash(text[t_start:t_end]) or after_exchange_noun(text, t_start)):
        return None
    return sides_named_after(text, groups, t_end, c_end, subject)


def _identity(m: ActorMention) -> tuple[int, int]:
    return (m.start, m.end)


def _reports(m: ActorMention, event: Event) -> bool:
    """"أفادت مصادر محلية باندلاع مواجهات"، "قال مراسلنا": who reports the clash is no side
    of it."""
    source = event.attributed_to
    return (source is not None and source.start <= m.start and m.end <= source.end) \
        or is_reporter(Span(m.text, m.start, m.end))


def _fights_through_own_forces(event: Event) -> bool:
    """"أكدت الكتائب أن مقاتليها اشتبكوا مع ...": the group reporting the clash fought it
    through its own forces, so it is a side (the coder's rule says how the actor was found)."""
    return "+own-forces" in event.rule


def make_mutual(event: Event, named: list[ActorMention]) -> None:
    """Make a clash event mutual: its actors and the sides ``named`` after بين / مع are all
    actors; someone it harmed ("مقتل جنديين في المعارك") stays a recipient; a place is its
    location and the source of the report is no participant."""
    own_forces = _fights_through_own_forces(event)
    sides: list[ActorMention] = []
    for m in event.actor + named:
        if m.kind not in PLACE_KINDS and (own_forces or not _reports(m, event)) \
                and _identity(m) not in {_identity(s) for s in sides}:
            sides.append(m)
    taken = {_identity(s) for s in sides}
    event.actor = sides
    event.recipient = [r for r in event.recipient
                       if _identity(r) not in taken and r.kind not in PLACE_KINDS]
    event.mutual = True
