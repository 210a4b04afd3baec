"""PROTEST roles: the target, the supported party, the host government, escorts."""
from __future__ import annotations

from dataclasses import replace

from ...records import ActorMention, Event, Sentence
from ...text.normalize import normalize_string
from ...words import function_words, normalised
from ..structure import (
    CLAUSE_BREAK,
    COMMA,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    has_break,
    unvowelled,
    word_text,
    words_between,
    written_word_start,
)
from .nearby import _first_after
from .parties import _place_group
from .result import Arguments
from .vocabulary import PLACE_KINDS
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
    actors = [_before_support_cue(text, g) for g in args.actors
              if g not in supported and g not in named_against]
    recipients = [g for g in args.recipients if g not in supported and g not in actors]
    how = args.how
    if targets:
        # the cue nearest after the trigger, else the nearest before it
        after = [t for t in targets if t[0] > t_start]
        recipients = after[0][1] if after else targets[-1][1]
        # a flag burnt stays what the protest is against beside whom it asks to act
        # ("أحرقوا أعلام X ... مطالبين Y بالرد")
        recipients = recipients + [g for _, chain in burnt for g in chain
                                   if g not in recipients and g not in supported]
        how += "+protest-target"
    return Arguments(actors, recipients, how, args.passive)


def _before_support_cue(text: str, g: Group) -> Group:
    """"مؤيدون للشعب الفلسطيني": a participant read across a word of support keeps only the
    mentions before that word; those after it are whom the protesters support."""
    for k in range(1, len(g.mentions)):
        lead = words_between(text, g.mentions[k - 1].start, g.mentions[k].start)
        if any(w.lstrip("و") in PROTEST_SUPPORT_CUES for w in lead):
            return Group(g.mentions[:k])
    return g


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


# Words of a protest's own demand ("للمطالبة بالإفراج عن"، "مطالبين بعودة"): civilians named
# after one are what the protest asks for (freed prisoners, returned hostages), not whom it
# addresses.
PROTEST_DEMAND_WORDS = normalised(_WORDS.protest_demand_words)
# Verbal nouns of ending or breaking up a protest ("لفض مظاهرة"، "بوقف الإضراب"): who does
# that is not among the protesters.
PROTEST_SUPPRESSION_WORDS = normalised(_WORDS.protest_suppression_words)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD"})
_NOT_ADJECTIVES = frozenset(normalize_string(w) for w in (
    *_WORDS.target_prepositions, *_WORDS.other_prepositions, *_WORDS.venue_prepositions))
GENITIVE_GAP_WORDS = 2      # "تظاهرة حاشدة ضخمة للمزارعين": adjectives between noun and people
VENUE_GAP_WORDS = 6         # "اعتصم في وسط مدينة X عدد من الطلبة"
# words right before a counted crowd ("عدد من الطلبة"، "مئات المحتجين"); a noun after any
# other word is more likely the venue's ("في حرم الجامعة")
_COUNT_LEADS = frozenset(normalize_string(w) for w in ("من", *_WORDS.quantity_words, *_WORDS.number_words))
# words that open what a protest is for or against: people after them are its cause
_CAUSE_WORDS = frozenset(normalize_string(w) for w in (
    *PROTEST_TARGET_CUES, *PROTEST_SUPPORT_CUES, *PROTEST_SUPPORT_ADJECTIVES, *_WORDS.protest_demand_words,
    *_WORDS.protest_purpose_words, *_WORDS.protest_support_words, *_WORDS.protest_slogan_words))
_TARGET_PREPOSITIONS = normalised(_WORDS.target_prepositions)


def named_protesters_over_places(actors: list[ActorMention], local_sectors: frozenset[str]
                                 ) -> list[ActorMention]:
    """"تظاهر الطلاب في مدينة X": protesters named as people or a group are the actors; a town
    read beside them only says where they are, and lends its country to those named without
    one (students, citizens)."""
    people = [a for a in actors if a.kind not in PLACE_KINDS]
    places = [a for a in actors if a.kind in PLACE_KINDS]
    if not people or not places:
        return actors
    countries = {p.country for p in places if p.country}
    country = next(iter(countries)) if len(countries) == 1 else None
    return [replace(a, country=country)
            if country and a.country is None and a.kind in ("agent", "institution")
            and a.sector in local_sectors else a for a in people]


def genitive_protesters(event: Event, text: str, named: list[ActorMention]) -> list[ActorMention]:
    """"خرجت تظاهرة حاشدة للمزارعين في حمص"، "احتجاجات الطلاب"، "خرج آلاف المتظاهرين": people
    named right after a protest word, as its genitive or subject (with or without ل;
    adjectives between), are its protesters."""
    for m in _named_after_trigger(event, named):
        between = [normalize_string(w) for w in words_between(text, event.trigger.end, m.start)]
        if len(between) > GENITIVE_GAP_WORDS or has_break(text, event.trigger.end, m.start) \
                or any(not _adjective_like(w) for w in between):
            return []
        if m.kind in PLACE_KINDS or m.sector in STATE_SECTORS \
                or (m.sector is None and m.kind not in ("demonym", "agent")):
            return []
        lam = attached_prefix(text, m.start).endswith("ل") or m.text.startswith("لل")
        return [m] if lam or not between else []
    return []


def protesters_after_venue(event: Event, text: str, named: list[ActorMention]) -> list[ActorMention]:
    """"اعتصم في مدينة X عدد من الطلبة": people named after the protest's venue, in its
    clause and before what it is for or against, are the protesters a place was read for;
    so are those taking part in it or holding it (``relative_clause_participants``,
    ``protest_holders``)."""
    joined = relative_clause_participants(event, text, named) or protest_holders(event, text, named)
    if joined:
        return joined
    for m in _named_after_trigger(event, named):
        between = [normalize_string(w).removeprefix("و") for w in words_between(text, event.trigger.end, m.start)]
        if len(between) > VENUE_GAP_WORDS or has_break(text, event.trigger.end, m.start) \
                or any(_names_cause(w) for w in between) \
                or (between and between[-1] in _TARGET_PREPOSITIONS):
            return []
        if m.kind == "agent" and m.sector is not None and m.sector not in STATE_SECTORS \
                and (not between or between[-1] in _COUNT_LEADS or between[-1][:1].isdigit()) \
                and not attached_prefix(text, m.start).endswith("ب"):
            return [m]
    return []


_PARTICIPATION_VERBS = normalised(_WORDS.protest_participation_verbs)
_PARTICIPATION_PRONOUNS = normalised(_WORDS.protest_participation_pronouns)
_SUPPORT_ADJECTIVES = normalised(PROTEST_SUPPORT_ADJECTIVES)
RELATIVE_GAP_WORDS = 4          # "مظاهرة داعمة للقضية X شارك فيها": adjectives before the clause
PARTICIPANT_GAP_WORDS = 4       # "شارك فيها حشود كبيرة من X": the crowd words before the people
PARTITIVE_GAP_WORDS = 3         # "حشود كبيرة من": a counted noun's adjectives before its من


def relative_clause_participants(event: Event, text: str, named: list[ActorMention]) -> list[ActorMention]:
    """"مظاهرة شارك فيها مئات من الطلاب"، "تظاهرات ضخمة، شاركت فيها حشود من X": people named
    in a relative clause of taking part right after the protest noun (its adjectives between)
    are its protesters, with those joined to them by و; a demonym there names civilians."""
    words = list(VOWELLED_WORD.finditer(text, event.trigger.end, event.sentence.end))
    verb = next((i for i, w in enumerate(words[:RELATIVE_GAP_WORDS + 1])
                 if normalize_string(word_text(w)).removeprefix("و") in _PARTICIPATION_VERBS), None)
    if verb is None or verb + 1 >= len(words) \
            or normalize_string(word_text(words[verb + 1])) not in _PARTICIPATION_PRONOUNS:
        return []
    gap = [normalize_string(word_text(w)) for w in words[:verb]]
    gap_end = words[verb - 1].end() if verb else event.trigger.end
    if any(not (_adjective_like(w) or w in _SUPPORT_ADJECTIVES) for w in gap) \
            or has_break(text, event.trigger.end, gap_end):
        return []
    clause_start = words[verb + 1].end()
    people: list[ActorMention] = []
    for m in sorted((m for m in named if clause_start <= m.start < event.sentence.end), key=lambda m: m.start):
        between = [normalize_string(w) for w in words_between(text, people[-1].end if people else clause_start,
                                                                 m.start)]
        if has_break(text, clause_start, m.start) or any(_names_cause(w) for w in between):
            break
        if len(people) == 1 and between[-1:] == ["من"] and len(between) <= PARTITIVE_GAP_WORDS \
                and m.kind not in PLACE_KINDS:
            people = []     # "حشود كبيرة من X"، "مئات من الطلاب": the people counted, not the count
        elif people and between not in ([], ["و"]):
            break
        if not people and len(between) > PARTICIPANT_GAP_WORDS:
            break
        if m.kind in PLACE_KINDS or m.sector in STATE_SECTORS \
                or (m.sector is None and m.kind != "demonym"):
            break
        people.append(replace(m, sector="CVL", rule=m.rule + "+joined-protest")
                      if m.kind == "demonym" else replace(m, rule=m.rule + "+joined-protest"))
    return people


HOLDER_GAP_WORDS = 8    # "طلبة كلية X الجامعية في بلد Y وقفة": the holders' own words before the noun
HOLDER_LOOKBACK_CHARS = 160


def last_holding_verb_end(event: Event, text: str, lookback_chars: int, gap_words: int) -> int | None:
    """Where the last verb of taking part in, holding or leading a protest ends, among the
    ``gap_words`` + 3 words before a noun trigger (within ``lookback_chars``); None for a
    verb trigger or with no such verb."""
    if "/nouns/" not in event.rule:
        return None
    before = list(VOWELLED_WORD.finditer(text, max(event.sentence.start, event.trigger.start - lookback_chars),
                                         event.trigger.start))[-(gap_words + 3):]
    verbs = [w for w in before if normalize_string(word_text(w)).removeprefix("و") in _PARTICIPATION_VERBS]
    return verbs[-1].end() if verbs else None


def protest_holders(event: Event, text: str, named: list[ActorMention]) -> list[ActorMention]:
    """"نظم طلبة جامعة X في بلد Y وقفة احتجاجية"، "يقود 7 نشطاء الاحتجاجات في Z": people
    named right after a verb of taking part in, holding or leading a protest (a count may
    stand between), with the protest noun a few words on in their clause, are its
    protesters, with those joined to them by و; a place named with them (their
    university's town or country) only says where they are.  The commas of an aside may
    stand between them and the noun, no other break nor what the protest is for; not for
    a protest verb ("شارك نشطاء في مؤتمر وخرجت مظاهرة": the verb has its own object)."""
    verb_end = last_holding_verb_end(event, text, HOLDER_LOOKBACK_CHARS, HOLDER_GAP_WORDS)
    if verb_end is None:
        return []
    people: list[ActorMention] = []
    for m in sorted((m for m in named if verb_end <= m.start and m.end <= event.trigger.start),
                    key=lambda m: m.start):
        between = [normalize_string(w) for w in words_between(text, people[-1].end if people else verb_end,
                                                                 m.start)]
        if people and between != ["و"]:
            break       # "عائلات القتلى": the next mention is the first's genitive, not a second holder
        if not people and any(not (w in _COUNT_LEADS or w[:1].isdigit()) for w in between):
            return []
        if m.kind in PLACE_KINDS or m.sector in STATE_SECTORS or (m.sector is None and m.kind != "demonym") \
                or has_break(text, verb_end, m.start):
            break
        people.append(replace(m, sector="CVL", rule=m.rule + "+holds-protest")
                      if m.kind == "demonym" else replace(m, rule=m.rule + "+holds-protest"))
    if not people:
        return []
    gap = [normalize_string(w).removeprefix("و") for w in words_between(text, people[-1].end, event.trigger.start)]
    if len(gap) > HOLDER_GAP_WORDS or _breaks_beyond_commas(text, people[-1].end, event.trigger.start) \
            or any(_names_cause(w) for w in gap):
        return []
    return people


def _breaks_beyond_commas(text: str, start: int, end: int) -> bool:
    """A clause break other than a comma in text[start:end]."""
    return any(not COMMA.fullmatch(b.group()) for b in CLAUSE_BREAK.finditer(text, start, end))


def _named_after_trigger(event: Event, named: list[ActorMention]) -> list[ActorMention]:
    """Mentions of the sentence ending after the trigger, nearest first (one may start inside
    a trigger that took its quantity word: "خرج آلاف المتظاهرين")."""
    return sorted((m for m in named if m.end > event.trigger.end and m.start < event.sentence.end
                   and m.start >= event.trigger.start), key=lambda m: m.start)


def _names_cause(word: str) -> bool:
    return word in _CAUSE_WORDS


def _adjective_like(word: str) -> bool:
    """A word that may describe a protest noun ("حاشدة"، "ضخمة"، "شعبية"): no preposition,
    cue, support word or number."""
    bare = word.removeprefix("و")
    return not (bare in _CAUSE_WORDS or bare in _NOT_ADJECTIVES or bare[:1].isdigit()
                or bare.startswith(("ب", "في")))


def without_demanded_people(event: Event, text: str) -> list[ActorMention]:
    """The recipients less civilians named after a demand word of the protest ("للمطالبة
    بإعادة الأسرى"): those are what it asks for."""
    demands = [w.start() for w in VOWELLED_WORD.finditer(text, event.trigger.end, event.sentence.end)
               if normalize_string(word_text(w)).removeprefix("و") in PROTEST_DEMAND_WORDS]
    if not demands:
        return event.recipient
    return [r for r in event.recipient
            if not (r.sector == "CVL" and r.kind not in PLACE_KINDS and r.start > demands[0])]


def without_suppressors(event: Event, text: str) -> list[ActorMention]:
    """"تدخلت الشرطة لفض تظاهرة"، "قضت المحكمة بوقف الإضراب": who ends a protest, named
    before the suppression word right before it, is no protester."""
    start = written_word_start(text, event.trigger.start)     # "بوقف الإضراب": before the article
    before = words_between(text, max(event.sentence.start, start - 30), start)
    if not before or normalize_string(before[-1]).removeprefix("و") not in PROTEST_SUPPRESSION_WORDS:
        return event.actor
    return [a for a in event.actor if a.start > event.trigger.start]


PROTESTER_REACH_WORDS = 25     # a protester named further from the word, past a clause break


def without_far_protesters(event: Event, text: str) -> list[ActorMention]:
    """"يأتي الإضراب ... [long analysis] ... نتنياهو": a participant named many words and a
    clause away from a protest word is no protester of it."""
    def far(a: ActorMention) -> bool:
        lo, hi = (event.trigger.end, a.start) if a.start >= event.trigger.end else (a.end, event.trigger.start)
        return len(words_between(text, lo, hi)) > PROTESTER_REACH_WORDS and has_break(text, lo, hi)
    return [a for a in event.actor if not far(a)]


# a protest of solidarity ("وقفة تضامنية") or one marking an occasion ("إضراب حدادا على")
# asks nothing of the government where it is held
_NOT_AT_HOME = frozenset(normalize_string(w) for w in (*_WORDS.protest_support_words,
                                                        *_WORDS.protest_occasion_words))


def without_home_government(event: Event, text: str) -> list[ActorMention]:
    """The recipients less a place of the protesters' own country read as its government
    (``_host_government``) when the sentence shows a protest of solidarity or one marking an
    occasion (mourning, commemoration, celebration)."""
    if "+host-government" not in event.rule:
        return event.recipient
    words = words_between(text, event.sentence.start, event.sentence.end)
    if not any(normalize_string(w).removeprefix("و") in _NOT_AT_HOME for w in words):
        return event.recipient
    home = {a.country for a in event.actor if a.country}
    if event.location is not None and event.location.country:
        home.add(event.location.country)
    return [r for r in event.recipient if r.kind not in PLACE_KINDS or r.country not in home]
