"""Parties of talks and meetings: the two sides, counterparts and the topic discussed."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...records import INTERNATIONAL_CODES, Sentence
from ...text.normalize import normalize_string
from ...words import function_words, normalised, without_conjunction
from ..lexicon import TriggerSense
from ..structure import (
    OFFICE_HEADS,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    clause_bounds,
    has_break,
    unvowelled,
    word_text,
    words_between,
)
from .nearby import (
    DESTINATION_PREPOSITIONS,
    _after_preposition,
    _earlier_subject,
    _first_after,
    _subject_before,
    later_between,
    stands_as_subject,
)
from .parties import CAPITAL_WORD, _place_group, _town_group
from .result import Arguments
from .vocabulary import (
    COMPLEMENTIZERS,
    COUNTERPART_NOUNS,
    DUAL_PARTIES,
    LOCATIVE_WORDS,
    NOUN_SUBJECT_WORDS,
    PARTIES_MARKER,
    PARTNER_WORD,
    PHRASE_STOPS,
    POSSESSIVE_SUFFIXES,
    RELATIVE_PRONOUNS,
    SUBJECT_GAP_WORDS,
    TIME_LAM_WORDS,
    TIME_WORDS,
    TOPIC_ADJUNCTS,
    TOPIC_VERBS,
)
from .word_shapes import _is_nisba, _pronoun_subject, _word_before_verb

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

PRONOUN_SUBJECT_ENDINGS = _WORDS.pronoun_subject_endings    # "بحثا": "they two discussed"
TOPIC_ADVERBS = _WORDS.topic_adverbs

MAX_CONSTRUCT_WORDS = 3

ORDINAL_DIGITS = re.compile(r"^(?:ال)?ـ*\d+$")     # "الدورة الـ162"


def _phrase_end(text: str, groups: list[Group], words: list[re.Match[str]], i: int) -> int:
    """Index of the first word after the noun phrase opening at ``words[i]``: a construct
    chain ending in a definite genitive ("وزراء خارجية دول الخليج"), then adjectives that
    agree in definiteness ("الوفد الأمني"، "اتصال هاتفي"); a participant chain counts as
    one word, whatever it holds."""
    def skip(j: int) -> int:
        k = next((n for n, g in enumerate(groups) if g.start <= words[j].start() < g.end), None)
        if k is None:
            return j + 1
        end = chain_from(text, groups, k)[-1].end
        while j < len(words) and words[j].start() < end:
            j += 1
        return j

    def definite(j: int) -> bool:
        return word_text(words[j]).startswith("ال")

    head_definite = definite(i)
    j = skip(i)
    chained = 0
    while not head_definite and j < len(words) and chained < MAX_CONSTRUCT_WORDS:
        word = word_text(words[j])
        if word in PHRASE_STOPS or (not definite(j) and _is_nisba(word)):
            break
        j, chained = skip(j), chained + 1
        if definite(j - 1) or j - i > MAX_CONSTRUCT_WORDS:
            head_definite = True    # a definite genitive ends the construct chain
            break
    while j < len(words) and (definite(j) == head_definite and _is_nisba(word_text(words[j]))
                              or ORDINAL_DIGITS.match(word_text(words[j]))):
        j = skip(j)
    if j < len(words) and word_text(words[j]).startswith("ل") \
            and not word_text(words[j]).startswith("ال") and word_text(words[j]) not in TIME_LAM_WORDS:
        # "اجتماع الدورة العادية لمجلس الجامعة": the owner, named with ل, is in the phrase
        return _phrase_end(text, groups, words, j)
    return j


@dataclass(slots=True)
class Topic:
    """The topic of a verb of talks: where it starts, and whether the subject before it is a
    definite noun no lexicon names ("وتناقش الجلسة ...")."""
    start: int
    unnamed_subject: bool


def _adjunct_with_pronoun(word: str) -> bool:
    """في، خلال and the like carrying a pronoun ("خلاله"، "فيها"): an adjunct on its own."""
    return any(word.endswith(suffix) and word[:-len(suffix)] in TOPIC_ADJUNCTS
               for suffix in POSSESSIVE_SUFFIXES)


def _topic_start(text: str, groups: list[Group], t_end: int, limit: int,
                 subject_on_verb: bool) -> Topic | None:
    """Where the topic of a verb of talks begins: after its subject (unless the verb's
    ending is its subject), time words and adverbs, adjuncts (في/خلال + a noun phrase,
    "خلاله") and the partner after مع."""
    words = list(VOWELLED_WORD.finditer(text, t_end, limit))
    i = 0
    subject: str | None = "" if subject_on_verb else None
    in_group = False
    while i < len(words):
        word = word_text(words[i])
        if word in TIME_WORDS or word in TOPIC_ADVERBS or ORDINAL_DIGITS.match(word):
            i += 1
        elif word in TOPIC_ADJUNCTS or word == PARTNER_WORD:
            i = _phrase_end(text, groups, words, i + 1) if i + 1 < len(words) else i + 1
        elif _adjunct_with_pronoun(word):
            i += 1
        elif subject is None:
            subject = word
            in_group = any(g.start <= words[i].start() < g.end for g in groups)
            i = _phrase_end(text, groups, words, i)
        else:
            unnamed = subject.startswith("ال") and not in_group and subject not in DUAL_PARTIES
            return Topic(words[i].start(), unnamed)
    return None


def _counterpart_after(text: str, groups: list[Group], topic: int, c_end: int) -> list[Group]:
    """"بحث الوزير العلاقات الثنائية مع نظيره التركي": after the topic, a مع naming a
    counterpart or, right after it, a person is still the partner (a country or a body
    there belongs to the topic: "الأزمة مع إيران"، "التعاون مع الأمم المتحدة")."""
    partner_word = next((m for m in VOWELLED_WORD.finditer(text, topic, c_end)
                         if word_text(m) == PARTNER_WORD), None)
    if partner_word is None:
        return []
    i = _first_after(text, groups, partner_word.end(), c_end, 2)
    if i is None:
        return []
    g = groups[i]
    lead = words_between(text, partner_word.end(), g.start - len(attached_prefix(text, g.start)))
    counterpart = bool(lead) and lead[0].startswith(COUNTERPART_NOUNS)
    return chain_from(text, groups, i) if counterpart or (not lead and g.head.kind == "person") \
        else []


def _counterpart_object(text: str, groups: list[Group], t_end: int, c_end: int) -> int | None:
    """"ويلتقي نظيره الكويتي"، "التقت نظيرتها": a counterpart noun with a pronoun right after
    a meeting verb is its object; the group it names (or qualifies) is the other side."""
    first = VOWELLED_WORD.search(text, t_end, c_end)
    if first is None or first.start() > t_end + 1:
        return None
    word = word_text(first).lstrip("و")
    if not (word.startswith(COUNTERPART_NOUNS) and word.endswith(POSSESSIVE_SUFFIXES)):
        return None
    return _first_after(text, groups, t_end, c_end, 1)


def _with_counterpart_object(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                             t_end: int, c_start: int, args: Arguments) -> Arguments:
    """"حط رئيس الحكومة في بغداد ثم يلتقي نظيره العراقي": the counterpart is the recipient, the
    subject the visitor named before (the pronoun of نظيره refers to him)."""
    obj = _counterpart_object(text, groups, t_end, sentence.end)
    if obj is None:
        return args
    recipients = chain_from(text, groups, obj)
    before = _subject_before(text, groups, t_start, c_start, 8, over_prepositions=True)
    if before and _after_preposition(text, before[0], c_start):
        before = []     # "توجه إلى بغداد ويلتقي ...": where the visitor went
    actors = [g for g in before or _earlier_subject(text, sentence, groups, t_start)
              if g not in recipients]
    return Arguments(actors, recipients, args.how + "+counterpart-object")


def _topic_verb_arguments(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                          t_end: int, c_end: int, args: Arguments) -> Arguments:
    """Talks named by a verb of talks: no participant inside their topic takes part, and a
    dual subject ("بحث الجانبان") names the two parties of the sentence before it.  Safe
    to apply twice."""
    verb = TOPIC_VERBS.match(text[t_start:t_end])
    subject_on_verb = verb is not None and verb.group("ending") in PRONOUN_SUBJECT_ENDINGS
    topic = _topic_start(text, groups, t_end, sentence.end, subject_on_verb)
    if topic is not None:
        partner = _counterpart_after(text, groups, topic.start, c_end)
        args.actors = [g for g in args.actors if g.start < topic.start]
        args.recipients = [g for g in args.recipients if g.start < topic.start or g in partner]
        args.recipients += [g for g in partner if g not in args.actors and g not in args.recipients]
        if topic.unnamed_subject and "unnamed-subject" not in args.how:
            args.how += "+unnamed-subject"
    first = VOWELLED_WORD.search(text, t_end, sentence.end)
    if not args.actors and first is not None and word_text(first) in DUAL_PARTIES:
        args.actors = [g for g in _two_parties(text, sentence, groups, t_start)
                       if g not in args.recipients]
    return args


def _dual_subject(text: str, c_start: int, t_start: int) -> bool:
    """The verb's subject is a dual noun naming two parties ("أن الجانبين اتفقا")."""
    word = _word_before_verb(text, c_start, t_start)
    return bool(word) and word.lstrip("وف") in DUAL_PARTIES


def _two_parties(text: str, sentence: Sentence, groups: list[Group],
                 t_start: int) -> list[Group]:
    """The two parties a dual noun refers to, from the sentence before it: a chain of two
    coordinated participants ("مصر والأردن"), else the participants of exactly two
    countries ("وزير الخارجية المصري مع نظيره الأردني")."""
    before = [i for i, g in enumerate(groups)
              if sentence.start <= g.start and g.end <= t_start and g.country]
    for i in reversed(before):
        chain = [g for g in chain_from(text, groups, i) if g.end <= t_start]
        if len(chain) == 2 and all(g.country for g in chain):
            return chain
    by_country: dict[str, Group] = {}
    for i in before:
        by_country.setdefault(groups[i].country, groups[i])
    return list(by_country.values()) if len(by_country) == 2 else []


# Verbs of talks taking place ("محادثات تجري"، "انطلقت جولة محادثات"، "اجتماع سيعقد"): a talks
# noun is their subject, so the subject of the main clause is not the talks' agent.
TALKS_OCCUR_VERBS = _WORDS.talks_occur_verbs
# Verbs of that list only intransitive: before the noun they take no other subject.
TALKS_INTRANSITIVE_VERBS = _WORDS.talks_intransitive_verbs
TALKS_VERB_REACH = 3        # words between a talks noun and its verb ("جولة جديدة من")
NEW_ADJECTIVES = _WORDS.new_adjectives
VERBAL_NOUN_SPELLINGS = _WORDS.verbal_noun_spellings


def _talks_verb_after(text: str, t_end: int, c_end: int) -> bool:
    """"محادثات تجري في الدوحة"، "اجتماعا جديدا سيعقد"، "اللقاء الذي جرى": a bare verb of
    taking place after the noun, over its adjectives or a relative pronoun."""
    after_relative = False
    for w in words_between(text, t_end, c_end)[:TALKS_VERB_REACH + 1]:
        if w in TALKS_OCCUR_VERBS:
            # "بحث عقد جلسة": بحث's genitive is the verbal noun عقد, spelled like the verb
            return w not in VERBAL_NOUN_SPELLINGS or after_relative
        if w in RELATIVE_PRONOUNS:
            after_relative = True
        elif not w.startswith(NEW_ADJECTIVES):
            return False    # "لبحث إمكانية عقد جلسة": the verbal noun of another noun
    return False


def _talks_verb_before(text: str, groups: list[Group], t_start: int, c_start: int) -> bool:
    """"حيث تجري محادثات بين ..."، "انطلقت جولة جديدة من المحادثات": a verb of taking place
    before the noun with no subject of its own, before it or between it and the noun.  A
    transitive reading ("عقد اجتماعا": he held a meeting) shows in the accusative ending;
    a verb joined by و may continue the subject before it."""
    lead = list(VOWELLED_WORD.finditer(text, c_start, t_start - len(attached_prefix(text, t_start))))
    for k in range(len(lead) - 1, max(-1, len(lead) - 2 - TALKS_VERB_REACH), -1):
        verb = lead[k]
        if word_text(verb) not in TALKS_OCCUR_VERBS:
            continue
        if any(verb.end() <= g.start < t_start for g in groups):
            return False
        if any(g.end <= verb.start() and not words_between(text, g.end, verb.start())
               for g in groups) or _pronoun_subject(text, c_start, verb.start()) \
                or _word_before_verb(text, c_start, verb.start()) in RELATIVE_PRONOUNS:
            return False    # "الحكومة تجري محادثات"، "إنه يجري"، "الذي يجري زيارة"
        noun = VOWELLED_WORD.match(text, t_start)
        accusative = noun is not None and word_text(noun).endswith(("ا", "اً")) \
            and not word_text(noun).endswith("ءا")
        return word_text(verb) in TALKS_INTRANSITIVE_VERBS or not accusative
    return False


def _parties_after(text: str, groups: list[Group], t_end: int, c_end: int) -> list[Group]:
    """The participants after بين within a few words after ``t_end``."""
    for w in list(VOWELLED_WORD.finditer(text, t_end, c_end))[:TALKS_VERB_REACH + 2]:
        if word_text(w) == PARTIES_MARKER:
            first = _first_after(text, groups, w.end(), c_end, 0)
            return chain_from(text, groups, first) if first is not None else []
    return []


BETWEEN_REACH_WORDS = 8     # "مباحثات التهدئة الجارية في جنيف بين": topic, adjective and place first


def _parties_between_later(text: str, groups: list[Group], t_end: int,
                           c_end: int) -> list[Group]:
    """"اتصال هاتفي هو الأول بين الرئيسين فلان وفلان"، "مفاوضات الهدنة في جنيف بين الطرفين
    الروسي والأوكراني": the parties a talks noun names after بين further on, over its topic, a
    place or an adjective phrase.  Only a chain of two or more groups with countries: "بين
    البلدين" names none, and a lone group after بين may be one side of another noun."""
    # "لقاء وزير الخارجية بين ...": a participant of its own before بين is no talks party
    w = later_between(text, groups, t_end, c_end, BETWEEN_REACH_WORDS, _place_group)
    if w is None:
        return []
    first = _first_after(text, groups, w.end(), c_end, 0)
    chain = chain_from(text, groups, first) if first is not None else []
    return chain if len(chain) >= 2 and all(g.country and not _town_group(g) for g in chain) \
        else []    # "الحدود بين غزة ومصر": towns and regions are no parties


def _talks_taking_place(text: str, groups: list[Group], sense: TriggerSense, t_start: int,
                        t_end: int, c_start: int, c_end: int) -> bool:
    """The talks noun is the subject of its own verb of taking place: a noun after a
    support verb of its own ("أجرت مصر محادثات جرت ...") stays that verb's object."""
    if sense.event != "CONSULT" or sense.form != "nouns" or sense.mode == "visit":
        return False    # a visit has its visitor ("يجري زيارة")
    if sense.id.endswith("+support"):
        return _talks_verb_before(text, groups, t_start, c_start)
    return _talks_verb_after(text, t_end, c_end) or _talks_verb_before(text, groups, t_start,
                                                                       c_start)


MEETING_FRAME_WORDS = _WORDS.meeting_frame_words
MET_GAP_WORDS = 2       # "بوزراء خارجية دول الخليج": a ب-noun and one genitive before the group


def _met_party(text: str, g: Group, t_end: int) -> bool:
    """The group, not a place, is what the ب after the meeting noun governs: ب written on it
    ("لقاؤه بالمرشد") or on a noun heading it ("بممثلي الفصائل") that frames nothing."""
    if _place_group(g):
        return False
    prefix = attached_prefix(text, g.start)
    gap = words_between(text, t_end, g.start - len(prefix))
    if not gap:
        return prefix.lstrip("وف").startswith("ب") and len(prefix) <= 3
    return len(gap) <= MET_GAP_WORDS and gap[0].startswith("ب") and len(gap[0]) > 3 \
        and gap[0] not in MEETING_FRAME_WORDS and not any(w.startswith("ال") for w in gap[1:])


FIRST_PERSON_PLURAL = "نا"      # "وافقنا"، "اتفقنا"، "وقعنا": the verb's subject is "we"


def _first_person_verb(text: str, t_start: int, t_end: int) -> bool:
    """A one-word past verb ending in the first person plural ("وافقنا على مقترحه")."""
    words = text[t_start:t_end].split()
    return len(words) == 1 and words[0].endswith(FIRST_PERSON_PLURAL) and len(words[0]) > 4


def _reporters(text: str, sentence: Sentence, t_start: int,
               actors: list[Group]) -> tuple[list[Group], int]:
    """The actors standing before a bare complementiser (إن، أن، بأن, no pronoun on it) that
    opens the trigger's clause: they report the agreement ("صرح الرئيس بأن قبول ... بالاتفاق").
    A complementiser with a pronoun ("أعلنت مصر أنها وقعت") makes the speaker its subject.
    With where the reported clause starts (``t_start`` when there are none)."""
    opener = None
    for m in VOWELLED_WORD.finditer(text, sentence.start, t_start):
        word = word_text(m).removeprefix("و")
        if word in COMPLEMENTIZERS or _complementiser_with_pronoun(word):
            opener = m
    if opener is None or word_text(opener).removeprefix("و") not in COMPLEMENTIZERS:
        return [], t_start
    return [g for g in actors if g.end <= opener.start()], opener.end()


def _complementiser_with_pronoun(word: str) -> bool:
    """"إنه"، "أنها"، "بأنهم": a complementiser carrying its subject pronoun."""
    return any(word == c + s for c in COMPLEMENTIZERS for s in POSSESSIVE_SUFFIXES)


def agreement_parties(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                      t_end: int, speaker: list[Group], args: Arguments) -> Arguments:
    """The parties of an agreement are never the one who only tells of it.
    - "وافقنا على مقترح الوسيط": a first-person verb's subject is the quoted
      speaker; who stands after it is what was agreed to.
    - "ترى الحكومة أن قبول تركيا بالاتفاق"، "أكد المبعوث الأممي أن الاتفاق يتضمن": a
      speaker before a bare complementiser is no party when the reported clause names its
      own (a participant before the trigger, parties after بين) or he speaks for an
      international body; the clause's own participants take his place.
    - "انتقدت إيران ... بعد توقيع اتفاق بين مصر والأردن": two or more parties named
      right after بين are the actors, not the sentence's subject or speaker."""
    if _first_person_verb(text, t_start, t_end):
        quoted = [g for g in speaker if g.end <= t_start]
        others = [g for g in args.actors + args.recipients if g not in quoted]
        return Arguments(quoted, others, args.how + "+first-person", args.passive)
    named = _parties_after(text, groups, t_end, sentence.end)
    if len(named) >= 2 and not any(g in named for g in args.actors):
        rest = [g for g in args.recipients if g not in named]
        return Arguments(named, rest, args.how + "+between-parties", args.passive)
    reporters, clause = _reporters(text, sentence, t_start, args.actors)
    if not reporters:
        return args
    inside = [g for g in groups if clause <= g.start and g.end <= t_start]
    between_word = any(word_text(m) == PARTIES_MARKER for m in
                       list(VOWELLED_WORD.finditer(text, t_end, sentence.end))[:TALKS_VERB_REACH + 2])
    international = all(g.country in INTERNATIONAL_CODES for g in reporters)
    if not (inside or between_word or international):
        return args
    actors = [g for g in args.actors if g not in reporters] or inside or named
    recipients = [g for g in args.recipients if g not in actors and g not in reporters
                  and (not between_word or g in named)]
    if not actors and not between_word:
        actors, recipients = recipients, []
    return Arguments(actors, recipients, args.how + "+reporter", args.passive)


# The two sides of a call, a meeting, an agreement and a mediation (talks_parties).

# Words that may stand between مع and the party it names: a quantity, a delegation or a
# rank ("مع عدد من المسؤولين"، "مع وفد من الجيش"، "مع كبار المسؤولين").
PARTNER_LEAD_WORDS = _WORDS.partner_lead_words
PARTNER_REACH_WORDS = 4         # "مع عدد من كبار المسؤولين"
PARTNER_OPENING_WORDS = 2       # "اجتماعا أشمل مع"، "محادثات مهمة مع": words before مع
RECEIVING_VERBS = normalised(_WORDS.receiving_verbs)
RECEIVING_REACH_WORDS = 3       # "تلقى فيه رئيس الوزراء اتصالا": words no participant covers
CALLER_WORD = "من"
MEDIATION_MODE = "third-party"
MEDIATED_REACH_WORDS = 16       # "بين إسرائيل وحماس، والتي توسطت فيها": the sides before


def talks_parties(text: str, sentence: Sentence, groups: list[Group], sense: TriggerSense,
                  t_start: int, t_end: int, speaker: list[Group], args: Arguments) -> Arguments:
    """Both sides of a call, a meeting, an agreement or a mediation, where the readings of
    the trigger left one side out:
    - "تلقى الوزير اتصالا من نظيره": the caller is the actor, the one called the recipient;
    - "خلال اتصال مع نظيره"، "محادثات مع عدد من المسؤولين"، "وقعت الشركة مع الحكومة
      اتفاقا": the party after مع is the other side, the subject before the noun the
      first (for an agreement, only a subject already read or the support verb's);
    - "المحادثات بين إسرائيل وحماس، التي توسطت فيها مصر": the mediated sides are the
      mediator's recipients;
    - "أنهما ناقشا"، "وبحثا": a talks verb in the dual has the two parties told before it;
    - "نظيره المصري": a counterpart named by his country's adjective holds the office of
      the one he is the counterpart of."""
    c_start = clause_bounds(text, sentence, t_start)[0]
    talks = sense.event == "CONSULT"
    if sense.form == "nouns" and sense.mode != MEDIATION_MODE:
        received = _with_received_call(text, sentence, groups, t_start, t_end, args) \
            if talks else None
        args = received or _with_partner_before_noun(text, groups, t_start, c_start, args) \
            or _with_partner_after_noun(text, sentence, groups, t_start, t_end, c_start,
                                        speaker if talks else [], args, fill_actor=talks)
    args = _without_place_actors(text, groups, sense, t_start, t_end, args)
    if talks and sense.form == "nouns":
        args = _without_topic_parties(text, sentence, groups, t_start, t_end, args)
    if not talks:
        return _with_counterpart_sectors(text, args)
    if sense.form in ("past", "present"):
        args = _with_dual_pronoun_parties(text, sentence, groups, t_start, t_end, args)
    if sense.mode == MEDIATION_MODE and not args.recipients:
        args = _with_mediated_sides(text, sentence, groups, t_start, t_end, args)
    return _with_counterpart_sectors(text, args)


DUAL_ENDINGS = frozenset({"ا", "ان"})     # "بحثا"، "يبحثان": they two discussed


def _with_dual_pronoun_parties(text: str, sentence: Sentence, groups: list[Group],
                               t_start: int, t_end: int, args: Arguments) -> Arguments:
    """"أكد الوزير مع نظيرته ... أنهما ناقشا الوضع": a talks verb in the dual has the two
    parties told before it as its subject (two coordinated, else of exactly two
    countries), never one participant alone.  Two of one country are left as read: an
    office and its holder in apposition look like two coordinated parties."""
    verb = TOPIC_VERBS.match(text[t_start:t_end])
    if verb is None or verb.group("ending") not in DUAL_ENDINGS or len(args.actors) >= 2:
        return args
    parties = _two_parties(text, sentence, groups, t_start)
    if len(parties) != 2 or parties[0].country == parties[1].country:
        return args     # "الرئيس الأميركي، فلان": one person told twice, or two of one side
    return Arguments(parties, [g for g in args.recipients if g not in parties],
                     args.how + "+dual-pronoun", args.passive)


def _partner_named_after(text: str, groups: list[Group], pos: int, limit: int) -> list[Group]:
    """The party a مع ending at ``pos`` names: the first participant after it over a
    quantity, delegation, office or counterpart noun ("مع عدد من المسؤولين الإسرائيليين"،
    "مع نظيره المصري"، "مع رئيس مجلس النواب"); no town ("مع رفح" is where)."""
    i = _first_after(text, groups, pos, limit, PARTNER_REACH_WORDS)
    if i is None:
        return []
    g = groups[i]
    lead = words_between(text, pos, g.start - len(attached_prefix(text, g.start)))
    if not all(w in PARTNER_LEAD_WORDS or w.startswith(COUNTERPART_NOUNS)
               or normalize_string(w) in OFFICE_HEADS for w in lead):
        return []
    chain = chain_from(text, groups, i)
    return [] if any(_town_group(c) for c in chain) else chain


def _word_after_noun(text: str, groups: list[Group], t_start: int, t_end: int, limit: int,
                     wanted: str) -> int | None:
    """End of ``wanted`` closing the trigger ("اتصال مع") or standing a few words after it
    with no participant or clause break before it ("اجتماعا أشمل مع")."""
    own = text[t_start:t_end].split()
    if len(own) > 1 and unvowelled(own[-1]) == wanted:
        return t_end
    for k, w in enumerate(VOWELLED_WORD.finditer(text, t_end, limit)):
        if k > PARTNER_OPENING_WORDS or has_break(text, t_end, w.start()) \
                or any(t_end <= g.start < w.start() for g in groups):
            return None
        if word_text(w) == wanted:
            return w.end()
    return None


def _with_partner_after_noun(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                             t_end: int, c_start: int, speaker: list[Group], args: Arguments,
                             *, fill_actor: bool) -> Arguments:
    """"أكد الوزير خلال اتصال مع نظيره الأردني"، "أجرى مسؤولون محادثات مع عدد من
    المسؤولين"، "خلال لقائه بالمرشد": the party after مع (or the ب of a meeting) is the
    recipient; who stands before the noun (its clause's subject, the sentence's, else the
    speaker) is the actor, when no reading named a party before it (``fill_actor``; else
    only a party read before the noun)."""
    partner_word = _word_after_noun(text, groups, t_start, t_end, sentence.end, PARTNER_WORD)
    partner = _partner_named_after(text, groups, partner_word, sentence.end) \
        if partner_word is not None else _met_after(text, t_end, args)
    if not partner:
        return args
    actors = [g for g in args.actors if g not in partner]
    if fill_actor and (not actors or all(g.start >= t_end for g in actors)):
        people = [g for g in groups if not _town_group(g)]     # "توجه إلى معبر رفح للاجتماع ب"
        actors = [g for g in _subject_before(text, people, t_start, c_start, NOUN_SUBJECT_WORDS,
                                             over_prepositions=True)
                  or _earlier_subject(text, sentence, people, t_start) or speaker
                  if g not in partner and g.end <= t_start]
    if not actors:
        # "وصف الوزير لقاءه مع نظيره الهندي": one side named, which stands as actor
        return args if args.actors or args.recipients \
            else Arguments(partner, [], args.how + "+partner", args.passive)
    recipients = partner + [g for g in args.recipients + args.actors
                            if g not in partner and g not in actors and g.start >= t_end
                            and g.start < partner[0].start]
    if actors == args.actors and recipients == args.recipients:
        return args
    return Arguments(actors, recipients, args.how + "+partner", args.passive)


PARTNER_BEFORE_REACH_WORDS = 6     # "وقعت الشركة مع الحكومة المصرية في القاهرة اتفاقا"


def _with_partner_before_noun(text: str, groups: list[Group], t_start: int, c_start: int,
                              args: Arguments) -> Arguments | None:
    """"وقعت شركة روسية مع منغوليا اتفاقا"، "أجرى الوزير مع نظيره محادثات": a مع
    between the support verb's subject and the noun names the other side; the subject is
    the first.  None when no such مع stands there, or the noun is governed by a preposition
    ("صفقة مع الحركة لبحث ...": the مع is another noun's)."""
    if attached_prefix(text, t_start).lstrip("وف").startswith(("ل", "ب")):
        return None
    lead = list(VOWELLED_WORD.finditer(text, c_start, t_start))[-PARTNER_BEFORE_REACH_WORDS:]
    with_word = next((w for w in reversed(lead) if word_text(w) == PARTNER_WORD), None)
    if with_word is None:
        return None
    partner = [g for g in _partner_named_after(text, groups, with_word.end(), t_start)
               if g.end <= t_start]
    if not partner:
        return None
    people = [g for g in groups if not _town_group(g)]
    first = [g for g in _subject_before(text, people, with_word.start(), c_start,
                                        SUBJECT_GAP_WORDS, over_prepositions=True)
             if g not in partner and stands_as_subject(text, g, c_start)]
    if not first:
        return None
    recipients = partner + [g for g in args.recipients if g not in partner and g not in first]
    return Arguments(first, recipients, args.how + "+partner-before", args.passive)


def _met_after(text: str, t_end: int, args: Arguments) -> list[Group]:
    """"لقائه بالمرشد"، "للاجتماع بممثلي الهيئات": the parties read for a meeting noun, when
    all stand after it and the first is what its ب governs."""
    parties = args.actors + args.recipients
    if not parties or any(g.start < t_end for g in parties) \
            or not _met_party(text, min(parties, key=lambda g: g.start), t_end):
        return []
    return sorted(parties, key=lambda g: g.start)


def _receiving_verb_before(text: str, sentence: Sentence, groups: list[Group],
                           t_start: int) -> re.Match[str] | None:
    """A verb of receiving before the noun with at most ``RECEIVING_REACH_WORDS`` words
    between that no participant covers ("تلقى أمير البلاد الشيخ فلان بن فلان اتصالا")."""
    loose = 0
    for w in reversed(list(VOWELLED_WORD.finditer(text, sentence.start, t_start))):
        if without_conjunction(normalize_string(word_text(w))) in RECEIVING_VERBS:
            return w
        if not any(g.start <= w.start() < g.end for g in groups):
            loose += 1
            if loose > RECEIVING_REACH_WORDS:
                return None
    return None


def _with_received_call(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                        t_end: int, args: Arguments) -> Arguments | None:
    """"تلقى الوزير اتصالا هاتفيا من نظيره المصري": the one who calls, after من, is the
    actor; the subject of the verb of receiving (after it, else before it) the recipient."""
    verb = _receiving_verb_before(text, sentence, groups, t_start)
    if verb is None:
        return None
    from_word = _word_after_noun(text, groups, t_start, t_end, sentence.end, CALLER_WORD)
    callers = _partner_named_after(text, groups, from_word, sentence.end) \
        if from_word is not None else []
    if not callers:
        return None
    inside = next((i for i, g in enumerate(groups) if verb.end() <= g.start and g.end <= t_start),
                  None)
    receivers = chain_from(text, groups, inside) if inside is not None \
        else _earlier_subject(text, sentence, groups, verb.start())
    receivers = [g for g in receivers if g.end <= t_start]
    if not receivers:
        return None
    return Arguments(callers, receivers, args.how + "+received-call", args.passive)


def _with_mediated_sides(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                         t_end: int, args: Arguments) -> Arguments:
    """"المحادثات بين إسرائيل وحماس، والتي توسطت فيها مصر"، "أعلنت الحكومة قبول هدنة مع
    الحركة بوساطة قطرية": the sides a mediator brings together are named before it, after
    بين (two or more with their countries), else the subject before مع and the party
    after it; else two or more after بين further on."""
    reach = list(VOWELLED_WORD.finditer(text, sentence.start, t_start))[-MEDIATED_REACH_WORDS:]
    sides: list[Group] = []
    for w in reversed(reach):
        if word_text(w) == PARTIES_MARKER:
            first = _first_after(text, groups, w.end(), t_start, 0)
            chain = [g for g in chain_from(text, groups, first) if g.end <= t_start] \
                if first is not None else []
            if len(chain) >= 2 and all(g.country and not _town_group(g) for g in chain):
                sides = chain
            break
        if word_text(w) == PARTNER_WORD and not has_break(text, w.end(), t_start):
            partner = [g for g in _partner_named_after(text, groups, w.end(), t_start)
                       if g.end <= t_start]
            first_side = _earlier_subject(text, sentence, groups, w.start())
            if partner and first_side:
                sides = first_side + partner
            break
    if not sides:
        # "الوساطة الروسية تنجح في استعادة التهدئة في البلدة بين ..."
        sides = _parties_between_later(text, [g for g in groups if g not in args.actors],
                                       t_end, sentence.end)
    sides = [g for g in sides if g not in args.actors]
    if len(sides) < 2:
        return args
    return Arguments(args.actors, sides, args.how + "+mediated-sides", args.passive)


VISIT_MODE = "visit"
VISITOR_GAP_WORDS = 2       # "زيارة الوزير لبكين"، "زيارة رئيس الوزراء إلى"
WITNESSING_VERBS = _WORDS.witnessing_verbs     # "تشهد الدوحة محادثات": where, not who


def _without_place_actors(text: str, groups: list[Group], sense: TriggerSense, t_start: int,
                          t_end: int, args: Arguments) -> Arguments:
    """A town, camp or region never meets or agrees: as an actor of talks it is where they
    happen or a place named near them ("محادثات رفح"، "الحرب على غزة ... لقاء").  A capital
    may stand for its government ("أجرت واشنطن محادثات") but not as the lone genitive of a
    talks or agreement noun ("محادثات الدوحة"، "اتفاق أوسلو": where), nor after a locative
    word or a verb of witnessing ("في العاصمة القطرية الدوحة"، "تشهد القاهرة").  For a
    visit noun, a place after it (its genitive, after إلى or ل) is where the visitor goes:
    the recipient.  After a verb a capital is left as read: its subject ("وافقت صنعاء"،
    "استقبلت القاهرة الوفد": the host)."""
    noun = sense.form == "nouns"
    visit = noun and sense.mode == VISIT_MODE
    places = [g for g in args.actors
              if _town_group(g) or _capital_group(g) and (
                  noun and _lone_genitive(text, groups, g, t_end) or _placed_capital(text, g))
              or visit and _place_group(g) and _visited_place(text, g, t_end)]
    if not places:
        return args
    visited = [g for g in places if visit and g.start >= t_end and g not in args.recipients]
    return Arguments([g for g in args.actors if g not in places], args.recipients + visited,
                     args.how + "+place-actor", args.passive)


def _without_topic_parties(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                           t_end: int, args: Arguments) -> Arguments:
    """"عقد المجلس جلسة لبحث وضع المحتجزين"، "لبحث الهجوم الذي نفذه الجيش": the noun of a
    talks verb whose object is its topic (بحث) has what is discussed after it, so a party
    named there, in the noun's clause, is no side of the talks, unless مع names it ("لبحث
    الهدنة مع المسؤولين")."""
    verb = TOPIC_VERBS.match(text[t_start:t_end])
    if verb is None or verb.group("ending"):
        return args
    c_end = clause_bounds(text, sentence, t_start)[1]
    partners = [g for w in VOWELLED_WORD.finditer(text, t_end, c_end)
                if word_text(w) == PARTNER_WORD
                for g in _partner_named_after(text, groups, w.end(), c_end)]

    def kept(g: Group) -> bool:
        return g.start < t_end or g.start >= c_end or g in partners

    actors = [g for g in args.actors if kept(g)]
    recipients = [g for g in args.recipients if kept(g)]
    if actors == args.actors and recipients == args.recipients:
        return args
    return Arguments(actors, recipients, args.how + "+topic-parties", args.passive)


def _capital_group(g: Group) -> bool:
    """A capital or a place, no country ("الدوحة"، "العاصمة القطرية الدوحة")."""
    return _place_group(g) and not any(m.kind == "country" for m in g.mentions)


def _lone_genitive(text: str, groups: list[Group], g: Group, t_end: int) -> bool:
    """The group stands right after the noun with no word or proclitic between, and no second
    party is joined to it ("محادثات واشنطن وطهران" names two sides)."""
    if g.start < t_end or words_between(text, t_end, g.start) or attached_prefix(text, g.start):
        return False
    i = groups.index(g) if g in groups else None
    return i is not None and len(chain_from(text, groups, i)) == 1


def _placed_capital(text: str, g: Group) -> bool:
    """A locative word (في، داخل ...), إلى or a verb of witnessing before the capital, over
    العاصمة and its adjective; ب or ل written on العاصمة ("بالعاصمة المصرية القاهرة"،
    "للعاصمة الفرنسية باريس"), or ب on the capital itself ("بالدوحة")."""
    before = words_between(text, max(0, g.start - 40), g.start)
    while before and _is_nisba(before[-1]) and len(before) > 1:
        before = before[:-1]
    if before and before[-1].lstrip("وف").endswith(CAPITAL_WORD):
        if before[-1].lstrip("وف").startswith(("ب", "ل")):
            return True     # "بالعاصمة المصرية"، "للعاصمة الفرنسية"
        before = before[:-1]
    elif attached_prefix(text, g.start).lstrip("وف").startswith("ب"):
        return True
    if not before:
        return False
    word = before[-1]
    return word in LOCATIVE_WORDS or word in DESTINATION_PREPOSITIONS \
        or word.lstrip("وف") in WITNESSING_VERBS


def _visited_place(text: str, g: Group, t_end: int) -> bool:
    """The place stands after the visit noun as its genitive, or after إلى or ل with at most
    the visitor between ("زيارة القدس"، "زيارة الوزير لبكين")."""
    if g.start < t_end:
        return False
    gap = words_between(text, t_end, g.start - len(attached_prefix(text, g.start)))
    prefix = attached_prefix(text, g.start).lstrip("وف")
    if len(gap) > VISITOR_GAP_WORDS:
        return False
    return (not gap and not prefix) or prefix in ("ل", "لل") \
        or (bool(gap) and gap[-1] in DESTINATION_PREPOSITIONS and not prefix)


def _counterpart_before(text: str, g: Group) -> bool:
    """The participant is a country's adjective right after a counterpart noun ("نظيره
    المصري"، "نظرائه الأوروبيين")."""
    before = words_between(text, max(0, g.start - 20), g.start)
    return g.is_demonym_only and bool(before) \
        and before[-1].lstrip("و").startswith(COUNTERPART_NOUNS) \
        and not attached_prefix(text, g.start).strip("و")


def _with_counterpart_sectors(text: str, args: Arguments) -> Arguments:
    """A counterpart named by his country's adjective holds the office of the one he is the
    counterpart of: he takes that one's sector (the other side's first, else his own
    side's)."""
    if not any(_counterpart_before(text, g) and g.head.sector is None
               for g in args.actors + args.recipients):
        return args

    def with_sector(side: list[Group], other: list[Group]) -> list[Group]:
        sector = next((g.head.sector for g in other + side
                       if g.head.sector and not _counterpart_before(text, g)), None)
        if sector is None:
            return side
        return [_with_sector(g, sector) if _counterpart_before(text, g) and g.head.sector is None
                else g for g in side]

    return Arguments(with_sector(args.actors, args.recipients),
                     with_sector(args.recipients, args.actors), args.how, args.passive)


def _with_sector(g: Group, sector: str) -> Group:
    return Group(tuple(replace(m, sector=sector, rule=m.rule + "+counterpart-sector")
                       for m in g.mentions))
