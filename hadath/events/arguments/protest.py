"""PROTEST roles: the target, the supported party, the host government, escorts."""
from __future__ import annotations

from ...records import Sentence
from ...words import function_words
from ..structure import (
    VOWELLED_WORD,
    Group,
    chain_from,
    has_break,
    unvowelled,
    word_text,
    words_between,
)
from .nearby import _first_after
from .parties import _place_group
from .result import Arguments
from .word_shapes import _locative

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

ESCORT_NOUNS = _WORDS.escort_nouns
ESCORT_LEADS = _WORDS.escort_leads

# Circumstantial nouns and participles naming what a protest is against ("احتجاجا على"،
# "ضد"، "منددين ب"): the participant after them is the protest's recipient ...
PROTEST_TARGET_CUES = _WORDS.protest_target_cues
# The embassy a protest gathers at stands for its country ("أمام سفارة الدنمارك"); the
# embassy is often read as one participant with its country, starting at the cue word.
EMBASSY_CUES = _WORDS.embassy_cues
# Chants against someone ("«الموت لـ ...»"، "«يسقط ...»"): the participant after them is
# the recipient.
CHANT_CUES = _WORDS.chant_cues
# A flag burnt or trampled ("أحرق متظاهرون أعلام إسرائيل"): its country is what the protest
# is against.
FLAG_WORDS = _WORDS.flag_words
DESECRATING_WORDS = _WORDS.desecrating_words
# ... and those naming whom it supports ("تضامنا مع"، "دعما ل"): neither actor nor recipient.
PROTEST_SUPPORT_CUES = _WORDS.protest_support_cues
PROTEST_SUPPORT_ADJECTIVES = _WORDS.protest_support_adjectives
CUE_GAP_WORDS = 4            # words allowed between a cue and the participant it names


def _cued_participants(text: str, sentence: Sentence, groups: list[Group],
                       cues: frozenset[str]) -> list[tuple[int, list[Group]]]:
    """(cue position, participant chain) for each cue word in the sentence followed within
    a few words by a participant not in a place reading."""
    found = []
    for w in VOWELLED_WORD.finditer(text, sentence.start, sentence.end):
        if word_text(w).lstrip("و") not in cues and word_text(w) not in cues:
            continue
        i = _first_after(text, groups, w.start(), sentence.end, CUE_GAP_WORDS)
        if i is not None and groups[i].start < w.end() \
                and word_text(w).lstrip("و") not in EMBASSY_CUES:
            i = _first_after(text, groups, w.end(), sentence.end, CUE_GAP_WORDS)
        if i is not None and not _locative(words_between(text, w.end(), groups[i].start)):
            found.append((w.start(), chain_from(text, groups, i)))
    return found


def _protest_roles(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                   args: Arguments) -> Arguments:
    """A protest's recipient is what it is against ("احتجاجا على زيارة الوزير"، "ضد الحكومة");
    whom it supports ("تضامنا مع غزة") is no participant."""
    supported = [g for _, chain in _cued_participants(text, sentence, groups, PROTEST_SUPPORT_CUES)
                 for g in chain]
    supported += _adjective_supported(text, sentence, groups)
    # a chanted name or an embassy's country is no protester, whatever the verb suggested
    burnt = _burnt_flags(text, sentence, groups)
    named_against = [g for _, chain in _cued_participants(text, sentence, groups,
                                                          CHANT_CUES | EMBASSY_CUES) + burnt
                     for g in chain if g not in supported]
    candidates = [(pos, chain) for pos, chain in
                  _cued_participants(text, sentence, groups, PROTEST_TARGET_CUES | CHANT_CUES)
                  + burnt
                  if not any(g in supported or (g in args.actors and g not in named_against)
                             for g in chain)]
    candidates.sort(key=lambda c: c[0])
    venues = [(pos, chain) for pos, chain in
              _cued_participants(text, sentence, groups, EMBASSY_CUES)
              if any(g.country for g in chain) and not any(g in supported for g in chain)]
    # the embassy the protest gathers at, in the trigger's own clause; else what the
    # protest is said to be against; else an embassy the protesters went on to
    targets = [(pos, chain) for pos, chain in venues
               if pos > t_start and not has_break(text, t_start, pos)] or candidates or venues
    actors = [g for g in args.actors if g not in supported and g not in named_against]
    recipients = [g for g in args.recipients if g not in supported and g not in actors]
    how = args.how
    if targets:
        # the cue nearest after the trigger, else the nearest before it
        after = [t for t in targets if t[0] > t_start]
        recipients = after[0][1] if after else targets[-1][1]
        how += "+protest-target"
    return Arguments(actors, recipients, how, args.passive)


def _adjective_supported(text: str, sentence: Sentence, groups: list[Group]) -> list[Group]:
    """"مظاهرة داعمة لفلسطين"، "متظاهر مؤيد للفلسطينيين": a place or people right after an
    adjective of support is the protest's cause (a body after مناهضة, "للحكومة", may still
    be what the protest is against)."""
    return [g for _, chain in _cued_participants(text, sentence, groups, PROTEST_SUPPORT_ADJECTIVES)
            for g in chain if _place_group(g) or g.is_demonym_only]


def _burnt_flags(text: str, sentence: Sentence, groups: list[Group]) -> list[tuple[int, list[Group]]]:
    """(flag position, the flag's country) for each flag a desecrating word governs."""
    flags = []
    for pos, chain in _cued_participants(text, sentence, groups, FLAG_WORDS):
        before = words_between(text, max(sentence.start, pos - 30), pos)[-2:]
        if any(w.lstrip("وف") in DESECRATING_WORDS for w in before):
            flags.append((pos, chain))
    return flags


def _host_government(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                     args: Arguments) -> Arguments:
    """A protest with no named target, held in a place of the protesters' own country
    ("تجمع المحتجون في مدن جنوب البلد X احتجاجا على الغلاء"), is read as addressed to that
    country's government: the place nearest the trigger stands for it.  Not for solidarity
    protests, nor for protesters of another country (a diaspora rally abroad).  ``groups``
    are all the participants, places read as venues included."""
    cause = next((w.start() for w in VOWELLED_WORD.finditer(text, sentence.start, sentence.end)
                  if word_text(w).lstrip("و") in PROTEST_TARGET_CUES), sentence.end)
    # a place named in what the protest is against ("احتجاجا على الحرب في غزة") is no venue
    venues = [g for g in groups if sentence.start <= g.start < cause
              and g.country and _place_group(g)]
    if args.recipients or not venues or any(
            w.lstrip("و") in PROTEST_SUPPORT_CUES
            for w in words_between(text, sentence.start, sentence.end)):
        return args
    venue = min((g for g in venues if g not in args.actors),
                key=lambda g: abs(g.start - t_start), default=None)
    if venue is None or venue in _adjective_supported(text, sentence, groups):
        return args     # "مسيرات داعمة لغزة": a solidarity protest
    if any(g.country and g.country != venue.country for g in args.actors):
        return args
    return Arguments(args.actors, [venue], args.how + "+host-government", args.passive)


ESCORT_GAP_WORDS = 2    # "تحت حماية مشددة من الشرطة": words between the escort noun and the party


def _escort_noun(words: list[str], i: int) -> bool:
    """The word at ``i`` is an escort noun written with ب ("بحماية") or after an escort
    lead ("تحت حماية")."""
    word = unvowelled(words[i]).removeprefix("و")
    if word.startswith("ب") and word[1:] in ESCORT_NOUNS:
        return True
    return word in ESCORT_NOUNS and i > 0 and unvowelled(words[i - 1]).removeprefix("و") \
        in ESCORT_LEADS


def _escort_before(text: str, g: Group, lo: int) -> bool:
    """``g`` stands in an escort phrase ("اقتحم المستوطنون المسجد بحماية الشرطة"): it goes
    with the actors, so it is not the one acted upon."""
    if g.start <= lo:
        return False
    words = words_between(text, lo, g.start)
    return any(_escort_noun(words, i) for i in range(max(0, len(words) - 1 - ESCORT_GAP_WORDS),
                                                    len(words)))
