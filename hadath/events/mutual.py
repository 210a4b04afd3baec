"""Two-sided fighting: a clash, a battle or an exchange of fire has no attacker and no
target.  Every side named is an actor and the event is ``mutual`` (as gold-format.md codes
it), so "اشتباكات بين الجيش وقوات الدعم السريع" gives both forces as actors, and "اشتبك
مقاتلون مع قوة إسرائيلية" the fighters and the force."""
from __future__ import annotations

import re

from ..records import ActorMention, Event, Sentence, Span
from ..words import function_words, without_conjunction
from .arguments import (
    ARMED_SECTORS,
    PARTIES_MARKER,
    PLACE_KINDS,
    joined_clause_start,
    joined_clause_subject,
    later_between,
    took_in_wing_parent,
    verb_person,
)
from .arguments.parties import _armed_antecedent, _possessor
from .arguments.vocabulary import OWN_FORCES
from .attribution import is_reporter
from .structure import (
    CLAUSE_BREAK,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    clause_bounds,
    has_break,
    word_text,
    words_between,
    written_word_start,
)

_WORDS = function_words()
CLASH_WORDS = _WORDS.clash_words
EXCHANGE_NOUNS = _WORDS.exchange_nouns
PARTY_MARKERS = _WORDS.party_markers
FIGHT_SUPPORT_VERBS = _WORDS.fight_support_verbs
RAID_VERBS = _WORDS.raid_verbs
RAID_PRESENT_VERBS = _WORDS.raid_present_verbs
RAID_NOUNS = _WORDS.raid_nouns
CLASH_ONSET_WORDS = _WORDS.clash_onset_words
CONTRAST_WORDS = frozenset(w.split()[-1] for w in _WORDS.contrast_connectives)
CLASH_SETTING_WORDS = _WORDS.clash_setting_words
OPPOSED_SIDE_MARKERS = _WORDS.opposed_side_markers
TIME_WORDS = _WORDS.time_words
ASIDE_OPENERS = _WORDS.object_aside_openers
SIDE_PRONOUNS = _WORDS.clash_side_pronouns
SIDE_DEMONSTRATIVES = _WORDS.clash_side_demonstratives
PROCLITICS = ("و", "ف", "ب", "ل")
# Words allowed between the trigger and the marker of its sides: adjectives
# ("اشتباكات عنيفة ومتقطعة بين") and the object of an exchange ("تبادلوا إطلاق النار مع").
PARTY_MARKER_REACH_WORDS = 3
# "بين طلاب ومنتسبي الشرطة": words before the second side of بين
SECOND_PARTY_GAP_WORDS = 2
# "بين الكتائب بنابلس والجيش"، "بين الشبان الذين رشقوا الدورية بالحجارة وقوات الأمن":
# words over places and a description of the first side before the و of the second
SECOND_PARTY_REACH_WORDS = 8
# "اشتباكات عنيفة، اليوم الاثنين، بين": a comma aside this short, opened by a time word
# or a preposition, does not cut the clash from its sides
CLASH_ASIDE_WORDS = 4
# "بينهم وبين قوات الاحتلال": بين with a pronoun, then the named side after وبين
PRONOUN_BETWEEN = frozenset(PARTIES_MARKER + suffix for suffix in ("هم", "هما", "ها", "ه", "هن"))
# "معارك ضارية تخوضها ..."، "اشتباكات عنيفة بينهم": adjectives after the clash noun before a
# fight verb describing it or a بين with a pronoun
CLASH_ADJECTIVE_WORDS = 2
# "اشتباكات عنيفة دارت في منطقة X وسط مدينة Y بين": words before a later بين, over
# adjectives, times and places (no other participant)
LATER_BETWEEN_REACH_WORDS = 10
# "مواجهات عنيفة، مساء الأحد، في القرية أثناء توغل": words after the clash over times
# and places to the setting word of the raid it was fought in
RAID_AFTER_CLASH_WORDS = 10
# "بين الكتائب -الجناح العسكري للحركة- والجيش": an aside in dashes or commas after the first
# side, closed before the و of the second; at most so many characters long
APPOSITION = re.compile(r"\s*(?:[-–—][^-–—،,.؟?!]{1,120}?[-–—]|[،,][^-–—،,.؟?!]{1,120}?[،,])\s*(?=و)")


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
                      subject: list[Group], scope: Sentence | None = None) -> list[Group]:
    """The participants after بين / مع that follow the trigger within a few words of its
    clause (its ``subject`` may stand in between: "اشتبك مقاتلون من الحركة مع"), with
    those coordinated with them; a side written as a pronoun or a possessed or pointed-to
    force is the participant it refers back to within ``scope`` (the sentence)."""
    subject_words = sum(len(VOWELLED_WORD.findall(text, g.start, g.end)) for g in subject if g.start >= t_end)
    k = -1
    for w in VOWELLED_WORD.finditer(text, t_end, c_end):
        if not _passed_over(groups, w):
            k += 1
        if k > PARTY_MARKER_REACH_WORDS + subject_words:
            return _sides_after_later_between(text, groups, t_end, c_end, subject)
        if any(t_end <= g.start < w.start() and g not in subject and g.head.kind not in PLACE_KINDS
               for g in groups):
            # another participant stands between: not the trigger's sides (a place may
            # stand before the marker: "مواجهات في بلدة ... مع القوات")
            return _sides_after_later_between(text, groups, t_end, c_end, subject)
        if word_text(w) in PRONOUN_BETWEEN:
            return _side_after_pronoun_between(text, groups, w.end(), c_end)
        if word_text(w) in SIDE_PRONOUNS:
            return [] if scope is None else _possessor(_others(groups, subject), scope, w.start())
        if word_text(w) in OPPOSED_SIDE_MARKERS:
            after = next((g for g in groups if g.start >= w.end()), None)
            return [] if after is None or text[w.end():after.start].strip() \
                or after.head.kind in PLACE_KINDS else chain_from(text, groups, groups.index(after))
        if word_text(w) in PARTY_MARKERS:
            referred = _referred_sides(text, groups, w, c_end, subject, scope)
            if referred is not None:
                return referred
            following = [i for i, g in enumerate(groups) if g.start >= w.end()]
            if not following or has_break(text, w.end(), groups[following[0]].start) \
                    or len(VOWELLED_WORD.findall(text, w.end(), groups[following[0]].start)) > 1:
                return []
            chain = chain_from(text, groups, following[0])
            if word_text(w) == PARTIES_MARKER and len(chain) == 1:
                chain += _second_party(text, groups, following[0], c_end) \
                    or _second_party_after_aside(text, groups, following[0])
            return chain
    return []


def _others(groups: list[Group], subject: list[Group]) -> list[Group]:
    return [g for g in groups if g not in subject]


def _referred_sides(text: str, groups: list[Group], marker: re.Match[str], c_end: int,
                    subject: list[Group], scope: Sentence | None) -> list[Group] | None:
    """"اشتباكات عنيفة مع قواته"، "بين مقاتليها وجيش الاحتلال"، "بين تلك القوات
    ومسلحين": a side after the marker written as a force with a possessive pronoun or
    after a demonstrative is the armed body or state named before it in the sentence (not
    the subject of a clash after مع); after بين the participant joined to it by و is the other side.
    None when the side is written otherwise."""
    first = VOWELLED_WORD.search(text, marker.end(), c_end)
    if scope is None or first is None or text[marker.end():first.start()].strip():
        return None
    side_end = first.end()
    if word_text(first) in SIDE_DEMONSTRATIVES:
        noun = VOWELLED_WORD.search(text, first.end(), c_end)
        if noun is None or not word_text(noun).startswith("ال") or text[first.end():noun.start()].strip():
            return None
        side_end = noun.end()
    elif OWN_FORCES.match(word_text(first)) is None:
        return None
    between = word_text(marker) == PARTIES_MARKER
    # after مع the subject is the other side; both sides of بين follow it, so it may be the one meant
    sides = _armed_antecedent(groups if between else _others(groups, subject), scope, first.start())
    if between:
        after = next((i for i, g in enumerate(groups) if g.start >= side_end), None)
        if after is not None and groups[after].start < c_end \
                and text[side_end:groups[after].start].strip() in ("و", "") \
                and attached_prefix(text, groups[after].start).startswith("و") \
                and groups[after].head.kind not in PLACE_KINDS:
            sides = sides + [g for g in chain_from(text, groups, after) if g not in sides]
    return sides


def _side_after_pronoun_between(text: str, groups: list[Group], pos: int, c_end: int) -> list[Group]:
    """"اندلعت اشتباكات بينهم وبين قوات الاحتلال": the side named after وبين (the pronoun's
    referent is left unread)."""
    second = VOWELLED_WORD.search(text, pos, c_end)
    if second is None or text[pos:second.start()].strip() or word_text(second) != "و" + PARTIES_MARKER:
        return []
    after = next((i for i, g in enumerate(groups) if g.start >= second.end()), None)
    if after is None or groups[after].start >= c_end or text[second.end():groups[after].start].strip() \
            or groups[after].head.kind in PLACE_KINDS:
        return []
    return chain_from(text, groups, after)


def _passed_over(groups: list[Group], w: re.Match[str]) -> bool:
    """A time word ("فجر اليوم الجمعة") or a word of a place named on the way to the
    marker of the sides does not count against its reach."""
    return word_text(w) in TIME_WORDS or any(
        g.start <= w.start() and w.end() <= g.end and g.head.kind in PLACE_KINDS for g in groups)


def end_over_asides(text: str, groups: list[Group], c_end: int, s_end: int) -> int:
    """"دارت مواجهات، مساء الأحد، بين شبان والشرطة": a short comma
    aside opened by a time word or a preposition, naming no participant but a place, with a
    marker of the sides right after it, does not end the clash's clause."""
    while c_end < s_end and text[c_end] in "،,":
        closing = CLAUSE_BREAK.search(text, c_end + 1, s_end)
        if closing is None or text[closing.start()] not in "،,":
            break
        aside = words_between(text, c_end + 1, closing.start())
        after = VOWELLED_WORD.search(text, closing.end(), s_end)
        if not aside or len(aside) > CLASH_ASIDE_WORDS or aside[0] not in ASIDE_OPENERS \
                or after is None or text[closing.end():after.start()].strip() \
                or word_text(after) not in PARTY_MARKERS | OPPOSED_SIDE_MARKERS \
                or any(c_end < g.start < closing.start() and g.head.kind not in PLACE_KINDS for g in groups):
            break
        next_break = CLAUSE_BREAK.search(text, closing.end(), s_end)
        c_end = next_break.start() if next_break is not None else s_end
    return c_end


def relative_fighters(text: str, groups: list[Group], t_end: int, c_end: int) -> list[Group]:
    """"معارك ضارية تخوضها المقاومة ضد قوات الاحتلال": a fight verb with the clash as its
    object pronoun, right after the clash noun and its adjectives, has a side as its subject
    (the participant right after it, with those joined to it).  [] when none."""
    for k, w in enumerate(VOWELLED_WORD.finditer(text, t_end, c_end)):
        if k > CLASH_ADJECTIVE_WORDS or any(t_end <= g.start < w.start() for g in groups):
            return []
        word = word_text(w)
        if not word.endswith("ها") or not (word[:-2] in FIGHT_SUPPORT_VERBS
                                           or word[:-2] + "ا" in FIGHT_SUPPORT_VERBS):
            continue
        first = next((i for i, g in enumerate(groups) if g.start >= w.end()), None)
        if first is None or groups[first].start >= c_end or text[w.end():groups[first].start].strip() \
                or groups[first].head.kind in PLACE_KINDS:
            return []
        return [g for g in chain_from(text, groups, first) if g.head.kind not in PLACE_KINDS]
    return []


def subject_over_aside(text: str, groups: list[Group], t_start: int, s_start: int) -> list[Group]:
    """"خاضت الكتائب، ليل الخميس - الجمعة، اشتباكات ضد القوات": the subject of a fight verb,
    separated from the clash noun by a short comma aside opened by a time word or a
    preposition and naming no participant, is a side of the clash.  [] when none."""
    before = text[s_start:written_word_start(text, t_start)].rstrip()
    if not before.endswith(("،", ",")):
        return []
    closing = s_start + len(before) - 1
    opening = max(text.rfind("،", s_start, closing), text.rfind(",", s_start, closing))
    aside = words_between(text, opening + 1, closing) if opening >= 0 else []
    if not aside or len(aside) > CLASH_ASIDE_WORDS or aside[0] not in ASIDE_OPENERS \
            or any(opening < g.start < closing for g in groups):
        return []
    subject = next((g for g in reversed(groups) if g.end <= opening), None)
    if subject is None or text[subject.end:opening].strip() or subject.head.kind in PLACE_KINDS:
        return []
    verb = list(VOWELLED_WORD.finditer(text, s_start, subject.start))[-1:]
    if not verb or text[verb[0].end():subject.start].strip() \
            or word_text(verb[0]).removeprefix("و").removeprefix("ف") not in FIGHT_SUPPORT_VERBS:
        return []
    return [subject]


def _sides_after_later_between(text: str, groups: list[Group], t_end: int, c_end: int,
                               subject: list[Group]) -> list[Group]:
    """"اندلعت اشتباكات صباح اليوم في نابلس بين مقاومين وقوات الاحتلال": a بين further on in
    the clause, with only times, adjectives and places before it, names the sides when two
    participants, neither a place, follow it."""
    w = later_between(text, groups, t_end, c_end, LATER_BETWEEN_REACH_WORDS,
                      lambda g: g in subject or g.head.kind in PLACE_KINDS)
    if w is None:
        return []
    following = [i for i, g in enumerate(groups) if g.start >= w.end()]
    if not following or len(VOWELLED_WORD.findall(text, w.end(), groups[following[0]].start)) > 0:
        return []
    chain = chain_from(text, groups, following[0])
    if len(chain) == 1:
        chain += _second_party(text, groups, following[0], c_end) \
            or _second_party_after_aside(text, groups, following[0])
    if len(chain) < 2 or any(g.head.kind in PLACE_KINDS for g in chain):
        return []
    return chain


def _second_party_after_aside(text: str, groups: list[Group], first: int) -> list[Group]:
    """"بين الكتائب -الجناح العسكري للحركة- وقوات الاحتلال"، "بين الكتائب، ذراع الحركة،
    والجيش": the other side of بين after an aside on the first, joined by و."""
    aside = APPOSITION.match(text, groups[first].end)
    aside_end = aside.end() if aside is not None else \
        _closed_aside_end(text, groups[first].end) if took_in_wing_parent(text, groups[first]) else None
    if aside_end is None:
        return []
    after = next((g for g in groups[first + 1:] if g.start > aside_end), None)
    if after is None or text[aside_end:after.start].strip() not in ("و", "") \
            or not attached_prefix(text, after.start).startswith("و"):
        return []
    return [after]


ASIDE_CLOSING = re.compile(r"[\s)،,\-–—]*")


def _closed_aside_end(text: str, end: int) -> int | None:
    """Where the marks closing an aside the first side's group took in end ("كتائب X
    -الجناح العسكري لحركة Y (Z)- وقوات ..."، "كتائب X، الجناح العسكري لحركة Y، والجيش")."""
    closing = ASIDE_CLOSING.match(text, end)
    return closing.end() if closing is not None and closing.group().strip() else None


def _second_party(text: str, groups: list[Group], first: int, c_end: int) -> list[Group]:
    """"بين طلاب ومنتسبي الشرطة": the other side of بين, joined by و to a word
    that names its members."""
    if first + 1 >= len(groups) or groups[first + 1].start >= c_end:
        return []
    gap = words_between(text, groups[first].end, groups[first + 1].start)
    if 1 <= len(gap) <= SECOND_PARTY_GAP_WORDS and gap[0].startswith("و") \
            and not has_break(text, groups[first].end, groups[first + 1].start):
        return [groups[first + 1]]
    return _second_party_further(text, groups, first, c_end)


def _second_party_further(text: str, groups: list[Group], first: int, c_end: int) -> list[Group]:
    """"بين الكتائب بنابلس والجيش"، "بين الشبان الذين رشقوا الدورية بالحجارة
    وقوات الاحتلال": the other side of بين, the first participant joined by و after places
    and words describing the first side, no other participant standing between."""
    for g in groups[first + 1:]:
        if g.start >= c_end or has_break(text, groups[first].end, g.start) \
                or len(words_between(text, groups[first].end, g.start)) > SECOND_PARTY_REACH_WORDS:
            return []
        if g.head.kind in PLACE_KINDS:
            continue
        gap = words_between(text, groups[first].end, g.start)
        joined = attached_prefix(text, g.start) == "و" or gap[-1:] == ["و"]
        return [g] if joined else []
    return []


def clash_sides(text: str, groups: list[Group], t_start: int, t_end: int, c_end: int,
                subject: list[Group], s_end: int | None = None,
                s_start: int | None = None) -> list[Group] | None:
    """None when the trigger names no two-sided fighting; else the sides it names after
    بين / مع / ضد, over a short comma aside, and the subject of a fight verb describing it
    (its ``subject`` and whom it was attached to are added by ``make_mutual``); ``s_start``
    and ``s_end``, the sentence's bounds (its line when not given), bound the aside reading
    and where a pronoun's referent is looked for."""
    if not (is_clash(text[t_start:t_end]) or after_exchange_noun(text, t_start)):
        return None
    if s_end is None:
        line_end = text.find("\n", c_end)
        s_end = len(text) if line_end < 0 else line_end
    if s_start is None:
        s_start = text.rfind("\n", 0, t_start) + 1
    c_end = end_over_asides(text, groups, c_end, s_end)
    fighters = [g for g in relative_fighters(text, groups, t_end, c_end)
                + subject_over_aside(text, groups, t_start, s_start) if g not in subject]
    scope = Sentence(index=-1, start=s_start, end=s_end)
    return fighters + [g for g in sides_named_after(text, groups, t_end, c_end, subject + fighters, scope)
                       if g not in fighters]


def joined_fighters(text: str, sentence: Sentence, groups: list[Group], t_start: int) -> list[Group]:
    """"اقتحمت القوات البلدة وخاضت اشتباكات مع مقاومين": a fight verb joined by و/ف right
    before the clash noun, with no subject of its own, goes on with the subject of the clause
    before it, which is a side of the clash.  [] when none."""
    word_start = written_word_start(text, t_start)
    before = list(VOWELLED_WORD.finditer(text, sentence.start, word_start))
    if not before or text[before[-1].end():word_start].strip():
        return []
    verb = word_text(before[-1])
    if verb[:1] not in ("و", "ف") or verb[1:] not in FIGHT_SUPPORT_VERBS:
        return []
    form = "present" if verb[1:].startswith(("ي", "ت")) and not verb.endswith(("ت", "وا")) else "past"
    link = joined_clause_start(text, sentence, before[-1].start(), verb[0])
    if link is None:
        return []
    return [g for g in joined_clause_subject(text, sentence, groups, link, verb_person(verb, form), form)
            if g.head.kind not in PLACE_KINDS]


def raiding_side(text: str, sentence: Sentence, groups: list[Group], t_start: int, t_end: int) -> list[Group]:
    """"اقتحمت قوات الاحتلال المخيم واعتقلت شابين، وسط اشتباكات مع مقاومين": a clash set by
    وسط / خلال ... or breaking out ("مما أدى لاندلاع"، "حيث اندلعت") after a raid told
    earlier in the sentence has the raiders as a side (the one ``مع`` names is the other);
    so has a clash whose one side is a plural pronoun after بين ("اقتحم مسلحون البلدة،
    فاندلعت اشتباكات بينهم وبين"), and one set after it in a raid whose doer is named
    ("دارت مواجهات في القرية أثناء توغل القوات").  Someone hit in a later clause is no
    side; a clash whose sides are listed after بين keeps them.  [] when none."""
    word_start = written_word_start(text, t_start)
    before = list(VOWELLED_WORD.finditer(text, sentence.start, word_start))
    if _lists_sides(text, sentence, t_end):
        return []
    set_in_raid = len(before) >= 2 and (word_text(before[-1]) in CLASH_SETTING_WORDS
                                        or _pronoun_side_follows(text, t_end))
    if set_in_raid or (len(before) >= 2 and word_text(before[-1]) in CLASH_ONSET_WORDS):
        raiders = _raiders_before(text, groups, before, contrast_ends=not set_in_raid)
        if raiders:
            return raiders
    return _raiders_after(text, sentence, groups, t_end)


def _raiders_before(text: str, groups: list[Group], before: list[re.Match[str]],
                    contrast_ends: bool) -> list[Group]:
    """The doer of the last raid told before the clash: the participant right after a raid
    verb or noun ("اقتحمت القوات"، "باقتحام القوات"), or right before a present raid verb
    ("الاحتلال يقتحم").  [] when that raid names no doer so, or, when ``contrast_ends``
    (a clash breaking out, not set by وسط / خلال), when a contrasted clause stands between
    ("اقتحم مستوطنون الأقصى، فيما اندلعت مواجهات مع الجيش": a happening of its own)."""
    for w in reversed(before[:-1]):
        word = word_text(w)
        if contrast_ends and (word in CONTRAST_WORDS or without_conjunction(word) in CONTRAST_WORDS):
            return []
        if without_conjunction(word) in RAID_VERBS or _is_raid_noun(word):
            raiders = _participant_at(text, groups, w.end(), after=True)
            if raiders or (without_conjunction(word) == word and not _is_raid_noun(word)):
                return raiders
            # "اقتحمت القوات البلدات، وداهمت منازل"، "بعد اقتحام استمر ساعات": a joined verb or
            # a noun naming no doer goes on with the raiders before
            continue
        if without_conjunction(word) in RAID_PRESENT_VERBS:
            return _participant_at(text, groups, w.end(), after=True) \
                or _participant_at(text, groups, w.start(), after=False)
    return []


def _raiders_after(text: str, sentence: Sentence, groups: list[Group], t_end: int) -> list[Group]:
    """"دارت مواجهات، ليلة أمس، في القرية أثناء توغل القوات فيها": the doer of a raid
    noun right after a setting word, a few words after the clash with no participant but a
    place between."""
    words = list(VOWELLED_WORD.finditer(text, t_end, sentence.end))[:RAID_AFTER_CLASH_WORDS]
    for setting, noun in zip(words, words[1:]):
        if any(t_end <= g.start < setting.start() and g.head.kind not in PLACE_KINDS for g in groups):
            return []
        if word_text(setting) in CLASH_SETTING_WORDS and _is_raid_noun(word_text(noun)) \
                and not text[setting.end():noun.start()].strip():
            return _participant_at(text, groups, noun.end(), after=True)
    return []


def _is_raid_noun(word: str) -> bool:
    return word in RAID_NOUNS or (word[:1] in PROCLITICS and word[1:] in RAID_NOUNS)


def _participant_at(text: str, groups: list[Group], pos: int, after: bool) -> list[Group]:
    """The participant (with those joined to it) right after or right before ``pos``, no
    place; [] when another word stands between."""
    if after:
        i = next((i for i, g in enumerate(groups) if g.start >= pos), None)
        if i is None or text[pos:groups[i].start].strip():
            return []
    else:
        i = next((i for i in range(len(groups) - 1, -1, -1) if groups[i].end <= pos), None)
        if i is None or text[groups[i].end:pos].strip():
            return []
    if groups[i].head.kind in PLACE_KINDS:
        return []
    return [g for g in chain_from(text, groups, i) if g.head.kind not in PLACE_KINDS]


def _pronoun_side_follows(text: str, t_end: int) -> bool:
    """"واندلعت اشتباكات عنيفة بينهم وبين ...": one side of the clash is a pronoun after بين,
    within a word or two of the clash."""
    following = list(VOWELLED_WORD.finditer(text, t_end, t_end + 40))[:CLASH_ADJECTIVE_WORDS + 1]
    return any(word_text(w) in PRONOUN_BETWEEN for w in following)


def _lists_sides(text: str, sentence: Sentence, t_end: int) -> bool:
    """The clash's clause names its sides after بين."""
    c_end = clause_bounds(text, sentence, t_end)[1]
    return any(word_text(w) == PARTIES_MARKER for w in VOWELLED_WORD.finditer(text, t_end, c_end))


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


def _same_party(a: ActorMention, b: ActorMention) -> bool:
    return (a.id is not None and a.id == b.id) or (a.country == b.country and a.sector == b.sector)


def reporting_armed_party(reporting: list[ActorMention], sides: list[ActorMention],
                          harmed: list[ActorMention] = ()) -> list[ActorMention]:
    """"أعلن الجيش مقتل جنديين في اشتباكات مع الحزب"، "أعلنت الكتائب أنها تخوض معارك مع
    القوات": an armed body (not a person, not the press) telling of a clash that names at
    most one side, and not that side, tells of its own fighting: it is the other side.  A
    medium, an informant or a civil body stays no side, and so does a body already read as
    the one ``harmed`` ("أعلن الجيش مقتل أحد جنوده": the own-victims reading keeps it).
    With no side named, a body whose own people are among the harmed ("أعلن الجيش مقتل
    جنديين في اشتباك") tells of its losses, which stay its only part in the event."""
    if len(sides) > 1:
        return []
    harmed_ids = {m.id for m in harmed if m.id}
    harmed_countries = {m.country for m in harmed if m.country}
    return [m for m in reporting
            if m.sector in ARMED_SECTORS and m.kind not in PLACE_KINDS and m.kind != "person"
            and m.id not in harmed_ids and not any(_same_party(m, s) for s in sides)
            and (sides or m.country not in harmed_countries)][:1]


def reporting_parties(text: str, sentence: Sentence, t_end: int, source: Span | None,
                      actors: list[ActorMention]) -> list[ActorMention]:
    """The parties named in the clash's source, for ``reporting_armed_party``; none when the
    clash lists its sides after بين ("قال الجيش إن اشتباكات اندلعت بين عشيرتين"): whoever
    reports such a clash is not in it."""
    if source is None or _lists_sides(text, sentence, t_end):
        return []
    return [a for a in actors if source.start <= a.start and a.end <= source.end and (a.country or a.id)]


def make_mutual(event: Event, named: list[ActorMention], reporting: list[ActorMention] = ()) -> None:
    """Make a clash event mutual: its actors and the sides ``named`` after بين / مع are all
    actors; someone it harmed ("مقتل جنديين في المعارك") stays a recipient; a place is its
    location and the source of the report is no participant, unless it is an armed body
    telling of its own fight (``reporting`` holds the parties named in the source)."""
    own_forces = _fights_through_own_forces(event)
    # a side named before the clash was reached through its forces or a pronoun ("أعلنت
    # الكتائب ... بين مقاتليها وجيش الاحتلال"), or fought it as raider: a side though it reports
    referred = {_identity(m) for m in named if m.start < event.trigger.start
                and not is_reporter(Span(m.text, m.start, m.end))}
    sides: list[ActorMention] = []
    for m in event.actor + named:
        if m.kind not in PLACE_KINDS and (own_forces or _identity(m) in referred or not _reports(m, event)) \
                and _identity(m) not in {_identity(s) for s in sides}:
            sides.append(m)
    sides += [m for m in reporting_armed_party(list(reporting), sides, event.recipient)
              if _identity(m) not in {_identity(s) for s in sides}]
    taken = {_identity(s) for s in sides}
    event.actor = sides
    event.recipient = [r for r in event.recipient
                       if _identity(r) not in taken and r.kind not in PLACE_KINDS]
    event.mutual = True
