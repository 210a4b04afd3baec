"""Relative clauses: an agent or object named in a clause on the trigger, a relative
clause on an attack noun, a verb that resumes a report noun.
"""
from __future__ import annotations

import re
from itertools import islice

from ...records import Sentence
from ...words import alternation, function_words
from ..structure import (
    CLAUSE_BREAK,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    clause_bounds,
    has_break,
    word_text,
    words_between,
)
from .clauses import _counted
from .nearby import (
    _chain_back,
    _earlier_subject,
    _first_after,
    _governed,
    _last_before,
    _object_or_target,
    _prepositional_target,
)
from .parties import _possessor
from .result import Arguments
from .vocabulary import (
    ATTACK_PHRASE_NOUNS,
    COMPLEMENTIZERS,
    LIGHT_VERBS,
    LOCATIVE_WORDS,
    OBJECT_GAP_WORDS,
    OBJECT_PRONOUN,
    OTHER_PREPOSITIONS,
    OWN_FORCES,
    RELATIVE_PRONOUNS,
    REPORT_NOUNS,
    REPORT_RESUMPTIVES,
    RESUMED_BY_LIGHT_VERB,
    SUBJECT_GAP_WORDS,
    TARGET_PREPOSITIONS,
    TIME_WORDS,
    VERB_PARTICLES,
    VICTIM_SECTORS,
)
from .word_shapes import (
    _construct_head,
    _locative,
    _object_pronoun_on,
    _proclitic,
    _pronoun_on_release_marker,
    _word_before_verb,
    verb_person,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

REPORT_NOUN_REACH_WORDS = 2     # "بيانا رسميا"، "مؤتمرا صحفيا" before the verb

# Relative pronouns: a verb after one describes the participant before it, named within
# RELATIVE_REACH_WORDS (its adjectives, "مستشفى كذا الميداني الذي").
RELATIVE_REACH_WORDS = 2
# Prepositions with the pronoun of a relative's antecedent ("الأماكن التي انسحب منها الجيش").
RESUMPTIVE_PREPOSITIONS = tuple([w] for w in _WORDS.resumptive_prepositions)

# Verbs of a relative clause after an action noun that resume it as their object ("الزيارة
# التي أجراها الوزير"، "الهجمات التي نفذها التنظيم"): their subject is the noun's agent.
RELATIVE_AGENT_VERB = re.compile(rf"^{alternation(_WORDS.relative_agent_verbs)}(?:ه|ها|هم)$")

# "بقنبلة ألقاها الجنود"، "رشقة أطلقتها الكتائب": the same verbs and those throwing a weapon,
# resuming an indefinite noun without a relative pronoun
UNMARKED_RELATIVE_VERB = re.compile(
    rf"^{alternation(_WORDS.relative_agent_verbs + _WORDS.thrown_weapon_verbs)}(?:ه|ها|هم)$")
RELATIVE_AFTER_NOUN_WORDS = 2     # adjectives between the noun and the pronoun ("الأخيرة")

ATTACK_NOUN_PREPOSITIONS = _WORDS.attack_noun_prepositions
MAIN_SUBJECT_WORDS = 2


def _relative_agent(text: str, groups: list[Group], t_end: int, c_end: int) -> list[Group]:
    """"الزيارة التي أجراها الوزير إلى أنقرة"، "الهجمات التي نفذها التنظيم"، "الزيارة التي
    قام بها الرئيس": a relative clause whose verb resumes the action noun as its object names
    the noun's agent as its subject."""
    return _relative_clause_subject(text, groups, t_end, c_end, RELATIVE_AGENT_VERB)


# "القرار الذي اتخذته الحكومة"، "المجازر التي ارتكبها الجيش": verbs resuming an act or a
# decision, whose subject is its author
AUTHORED_ACT_VERB = re.compile(
    rf"^{alternation(_WORDS.relative_agent_verbs + _WORDS.authored_act_verbs)}(?:ه|ها|هم)$")


# "الحصار الذي يفرضه الجيش"، "الأوامر التي أصدرها الجيش": verbs resuming a coercion,
# whose subject is its agent
_IMPOSED_VERBS = alternation(_WORDS.relative_agent_verbs + _WORDS.authored_act_verbs
                             + _WORDS.imposed_act_verbs)
IMPOSED_ACT_VERB = re.compile(rf"^{_IMPOSED_VERBS}(?:ه|ها|هم)$")


def _relative_imposer(text: str, groups: list[Group], t_end: int, c_end: int) -> list[Group]:
    """The subject of a relative clause right after a coercion noun whose verb imposes,
    practises or issues it ("والحصار الذي يمارسه جيش الاحتلال")."""
    return _relative_clause_subject(text, groups, t_end, c_end, IMPOSED_ACT_VERB)


def _with_relative_imposer(text: str, groups: list[Group], t_end: int, c_end: int,
                           args: Arguments) -> Arguments:
    imposer = [g for g in _relative_imposer(text, groups, t_end, c_end) if g not in args.recipients]
    if not imposer:
        return args
    return Arguments(imposer, args.recipients, args.how + "+relative-imposer", args.passive)


# "الموقف الذي عبر عنه الوزير"، "التصريحات التي أدلى بها": verbs resuming a stance or a
# statement with a preposition and its pronoun, whose subject is its author
AUTHORED_WITH_PREPOSITION_VERBS = _WORDS.authored_with_preposition_verbs
# "، اليوم الجمعة، بالهجوم الذي ...": a comma aside of time words after the speaker
TIME_ASIDE = re.compile(rf"\s*[،,](?:\s*{alternation(sorted(TIME_WORDS))})+\s*[،,]")
# a condemned act noun with ب and the adjectives before its demonym ("بالعدوان البري الإسرائيلي")
ACT_ADJECTIVE_WORDS = 1


def act_author(text: str, groups: list[Group], noun_end: int, c_end: int) -> list[Group]:
    """"نددت الوزارة بالقرار الذي أعلنه الوزير"، "أدانت المجزرة التي ارتكبها الجيش"، "ندد
    بالموقف الذي عبر عنه الرئيس"، "ندد بالعدوان الإسرائيلي": the author of the act or
    decision a statement bears on, named as the subject of a relative clause resuming it
    (the noun ends at ``noun_end``), or as the demonym of a ب-object right after
    ``noun_end``.  The one who underwent the act ("الذي تعرضت له السفارة") is never it."""
    aside = TIME_ASIDE.match(text, noun_end)
    start = aside.end() if aside is not None else noun_end
    if start > c_end:
        following = CLAUSE_BREAK.search(text, start)
        c_end = following.start() if following is not None else len(text)
    end = _past_relative_comma(text, c_end)
    return _relative_clause_subject(text, groups, start, end, AUTHORED_ACT_VERB,
                                    AUTHORED_WITH_PREPOSITION_VERBS) \
        or _act_demonym(text, groups, start, end)


def _past_relative_comma(text: str, c_end: int) -> int:
    """Where a clause ending at ``c_end`` ends once a relative clause set off by a comma
    after it is counted in ("جريمة القتل، التي ارتكبتها ...،"); ``c_end`` otherwise."""
    nxt = VOWELLED_WORD.search(text, c_end)
    if nxt is None or text[c_end:nxt.start()].strip() not in ("،", ",") \
            or word_text(nxt) not in RELATIVE_PRONOUNS:
        return c_end
    after = CLAUSE_BREAK.search(text, nxt.end())
    return after.start() if after is not None else len(text)


def _act_demonym(text: str, groups: list[Group], start: int, end: int) -> list[Group]:
    """"ندد الوزير بالعدوان الإسرائيلي على لبنان": the act noun with ب right after ``start``
    (past time words) whose demonym follows it, at most ``ACT_ADJECTIVE_WORDS`` definite
    adjectives between: the demonym's country is the act's author.  [] otherwise."""
    words = [w for w in VOWELLED_WORD.finditer(text, start, end) if word_text(w) not in TIME_WORDS]
    if not words or not word_text(words[0]).startswith("بال") \
            or any(g.start < words[0].end() and words[0].start() < g.end for g in groups):
        return []
    i = _first_after(text, groups, words[0].end(), end, ACT_ADJECTIVE_WORDS)
    if i is None or not groups[i].is_demonym_only \
            or not all(w.startswith("ال") for w in words_between(text, words[0].end(),
                                                                 groups[i].start)):
        return []
    return chain_from(text, groups, i)


def _relative_clause_subject(text: str, groups: list[Group], t_end: int, c_end: int,
                             verb: re.Pattern[str],
                             prepositional: frozenset[str] = frozenset()) -> list[Group]:
    """The subject of a relative clause right after the noun (or its adjectives) whose verb,
    matched by ``verb``, resumes the noun as its object, or, among ``prepositional``,
    resumes it with a preposition and its pronoun ("الذي عبر عنه")."""
    words = list(VOWELLED_WORD.finditer(text, t_end, c_end))
    for k, w in enumerate(words[:RELATIVE_AFTER_NOUN_WORDS + 1]):
        if word_text(w) not in RELATIVE_PRONOUNS:
            continue
        rest = [word_text(x) for x in words[k + 1:k + 3]]
        if rest[:1] and verb.match(rest[0]):
            verb_end = words[k + 1].end()
        elif len(rest) == 2 and rest[0] in LIGHT_VERBS and rest[1] in RESUMED_BY_LIGHT_VERB:
            verb_end = words[k + 2].end()
        elif len(rest) == 2 and rest[0] in prepositional and [rest[1]] in RESUMPTIVE_PREPOSITIONS:
            verb_end = words[k + 2].end()
        else:
            return []
        i = _first_after(text, groups, verb_end, c_end, SUBJECT_GAP_WORDS)
        if i is None or _governed(text, groups[i], verb_end) \
                or _locative(words_between(text, verb_end, groups[i].start)):
            return []
        return chain_from(text, groups, i)
    return []


def _unmarked_relative_agent(text: str, groups: list[Group], t_end: int, c_end: int) -> list[Group]:
    """"جراء استهدافه بقنبلة ألقاها جنود الجيش"، "رشقة صاروخية أطلقتها الكتائب": a verb with an
    object pronoun right after the noun, or after its indefinite weapon ("بقنبلة دخانية"),
    describes it as a relative clause with no relative pronoun; the participant right after
    the verb is its subject, the attack's agent.  [] when a definite word, a preposition or
    a participant stands before the verb."""
    for w in islice(VOWELLED_WORD.finditer(text, t_end, c_end), RELATIVE_AFTER_NOUN_WORDS + 1):
        word = word_text(w)
        if UNMARKED_RELATIVE_VERB.match(word):
            i = _first_after(text, groups, w.end(), c_end, SUBJECT_GAP_WORDS)
            if i is None or _governed(text, groups[i], w.end()) \
                    or _locative(words_between(text, w.end(), groups[i].start)):
                return []
            return chain_from(text, groups, i)
        if word.startswith(("ال", "بال")) or word in TARGET_PREPOSITIONS or word in LOCATIVE_WORDS \
                or any(g.start < w.end() and w.start() < g.end for g in groups):
            return []
    return []


def _relative_own_forces(text: str, t_end: int, c_end: int) -> bool:
    """"العمليات التي نفذها مقاتلوها"، "الغارة التي شنتها طائراته": the relative clause's
    subject is a noun of forces with a possessive pronoun, whose antecedent is the agent."""
    words = [word_text(w) for w in VOWELLED_WORD.finditer(text, t_end, c_end)][:RELATIVE_AFTER_NOUN_WORDS + 3]
    for k, w in enumerate(words[:RELATIVE_AFTER_NOUN_WORDS + 1]):
        if w not in RELATIVE_PRONOUNS:
            continue
        rest = words[k + 1:k + 4]
        if rest[:1] and RELATIVE_AGENT_VERB.match(rest[0]):
            subject = rest[1:2]
        elif len(rest) >= 2 and rest[0] in LIGHT_VERBS and rest[1] in RESUMED_BY_LIGHT_VERB:
            subject = rest[2:3]
        else:
            return False
        return bool(subject) and OWN_FORCES.match(subject[0]) is not None
    return False


def _relative_clause_arguments(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                               t_end: int, c_start: int, acted_upon: bool) -> Arguments | None:
    """A verb right after a relative pronoun describes the participant before the pronoun.
    With an object pronoun on the verb ("المستشفى الذي اقتحمته القوات") that participant is
    the object, and the agent is the subject after the verb or, unwritten, the nearest
    acting participant before ("انسحبت القوات من المستشفى الذي اقتحمته"); with the pronoun
    on a preposition after an attack verb ("الهجوم الذي قتل فيه") no reading is made here; without one ("القوات التي
    اقتحمت المستشفى") it is the subject.  None: no participant before the pronoun."""
    pronoun = text.rfind(_word_before_verb(text, c_start, t_start), c_start, t_start)
    last = _last_before(text, groups, pronoun, c_start - 1, RELATIVE_REACH_WORDS)
    if last is None or any(w.startswith(("ب", "ل")) for w in words_between(text, groups[last].end,
                                                                         pronoun)):
        return None     # "للأماكن التي": the antecedent is no participant we know
    antecedent = _chain_back(text, groups, last)
    after = words_between(text, t_end, min(len(text), t_end + 20))[:1]
    # the pronoun on the verb, not on a noun of a multiword trigger ("أعرب عن تضامنه")
    on_verb = _object_pronoun_on(text[t_start:t_end].split()[0]) \
        or _pronoun_on_release_marker(text[t_start:t_end])
    if not on_verb and after in RESUMPTIVE_PREPOSITIONS and acted_upon:
        return None     # "العملية التي قتل فيها جنود": where, and the verb may be passive
    if not on_verb and after not in RESUMPTIVE_PREPOSITIONS:
        after = _object_or_target(text, groups, t_end, sentence.end)
        return Arguments(antecedent, [g for g in after if g not in antecedent], "v+relative-subject")
    subj = _first_after(text, groups, t_end, sentence.end, SUBJECT_GAP_WORDS)
    if subj is not None and (_governed(text, groups[subj], t_end)
                             or _locative(words_between(text, t_end, groups[subj].start))):
        subj = None
    actors = chain_from(text, groups, subj) if subj is not None else \
        _possessor(groups, sentence, antecedent[0].start)
    return Arguments([g for g in actors if g not in antecedent], antecedent, "v+relative-object")


def _person_without_object(verb: str, form: str) -> str:
    """The person and gender of a verb once its object pronoun is taken off ("اعتقلته" →
    "fem", "اعتقلوه" → "plural")."""
    m = OBJECT_PRONOUN.search(verb)
    bare = verb[: m.start()] if m is not None else verb
    if form == "past" and bare.endswith("و"):
        return "plural"     # اعتقلوه: the alef of وا falls before the pronoun
    return verb_person(bare, form)


def _relative_object_subject(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                             c_start: int, form: str, args: Arguments) -> Arguments:
    """A verb right after a relative pronoun carrying an object pronoun whose antecedent is
    no participant in reach ("عن الناشط فلان الفلاني الذي اعتقلته أثناء عودته"): the
    pronoun's antecedent is the object, so no participant before the pronoun is the verb's
    subject.  Without a subject after the verb, the subject is carried from before the
    antecedent when it agrees with the verb."""
    if not any(g.start < t_start for g in args.actors):
        return args
    actors = [g for g in args.actors if g.start > t_start]
    if not actors:
        pronoun = text.rfind(_word_before_verb(text, c_start, t_start), c_start, t_start)
        before = [g for g in groups if g.end <= pronoun]
        person = _person_without_object(text[t_start:].split()[0].lstrip("وف"), form)
        # the nearest participant before the pronoun is taken for its antecedent
        actors = _earlier_subject(text, sentence, groups,
                                  before[-1].start if before else pronoun,
                                  plural=person == "plural",
                                  gender=person if person != "plural" else "")
    return Arguments(actors, [g for g in args.recipients if g not in actors],
                     args.how + "+relative-object")


def _lam_author_before(text: str, groups: list[Group], t_start: int) -> tuple[list[Group], int]:
    """The participant written with ل right before ``t_start`` ("بيانا للوزارة يدعو": its
    author) and where the words before it end; ([], t_start) when there is none."""
    last = next((i for i in range(len(groups) - 1, -1, -1)
                 if groups[i].end <= t_start and not text[groups[i].end:t_start].strip()), None)
    if last is not None:
        chain = _chain_back(text, groups, last)
        if _proclitic(text, chain[0]).lstrip("وف").startswith("ل"):
            return chain, chain[0].start - len(attached_prefix(text, chain[0].start))
    return [], t_start


def _report_author(text: str, groups: list[Group], c_start: int, t_start: int) -> list[Group] | None:
    """The verb at ``t_start`` opens a relative clause on an indefinite statement noun
    ("أصدرت الوزارة بيانا اتهمت فيه"، "تغريدة لوزير الخارجية انتقد فيها"): the author named
    with ل between the noun and the verb, [] when none is named there, None when the verb
    follows no statement noun."""
    author, end = _lam_author_before(text, groups, t_start)
    lead = words_between(text, c_start, end)[-REPORT_NOUN_REACH_WORDS:]
    for k, word in enumerate(lead):
        bare = word[1:] if word[:1] in ("و", "ف", "ب") and word[1:] in REPORT_NOUNS else word
        if bare in REPORT_NOUNS and (k == len(lead) - 1 or not lead[k + 1].startswith("ال")):
            return author
    return None


def _report_relative_arguments(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                               t_end: int, c_start: int, speaker: list[Group]) -> Arguments | None:
    """"أصدرت الخارجية بيانا اتهمت فيه إسرائيل بـ": the verb resumes a statement noun with
    فيه/فيها, its subject is the statement's author (named with ل after the noun, else the
    earlier subject or the speaker), the participant after the pronoun its object.  Two
    participants there ("بيانا اتهمت فيه الوزارة الجيش") are subject and object: None."""
    resumptive = VOWELLED_WORD.search(text, t_end)
    if resumptive is None or word_text(resumptive) not in REPORT_RESUMPTIVES \
            or words_between(text, t_end, resumptive.start()):
        return None
    author = _report_author(text, groups, c_start, t_start)
    if author is None:
        return None
    obj = _first_after(text, groups, resumptive.end(), sentence.end, OBJECT_GAP_WORDS)
    objects = chain_from(text, groups, obj) if obj is not None else []
    if objects and _first_after(text, groups, objects[-1].end, sentence.end, 0) is not None:
        return None
    actors = author or _earlier_subject(text, sentence, groups, t_start) or list(speaker)
    return Arguments(actors, [g for g in objects if g not in actors], "v+report-relative")


def _relative_on_attack_noun(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                             t_end: int, c_start: int) -> Arguments | None:
    """"في غارة إسرائيلية استهدفت منزلا"، "شنت القوات حملة على المدينة، في هجوم قتل
    المئات": a past verb right after an indefinite attack or weapon noun phrase is a relative
    clause on that noun (or has it as its subject), and active. The attack's agent is a
    demonym inside the phrase; with none, and the noun governed by a preposition, the
    subject of the main clause (a participant among the sentence's first words). The
    verb's object is the target: a demonym ending it is the target's ("قذائف استهدفت مواقع
    عسكرية إسرائيلية")."""
    if text[t_start:t_end].startswith(("و", "ف")):
        return None
    noun = _attack_phrase_before(text, groups, c_start, t_start)
    if noun is None:
        return None
    obj = _first_after(text, groups, t_end, sentence.end, OBJECT_GAP_WORDS)
    gap = words_between(text, t_end, groups[obj].start) if obj is not None else []
    recipients = chain_from(text, groups, obj) if obj is not None \
        and (_counted(gap) or all(_construct_head(w) or w in TIME_WORDS for w in gap)) \
        else _prepositional_target(text, groups, t_end, sentence.end)
    own = [g for g in groups if noun.start() < g.start and g.end <= t_start]
    if own:
        return Arguments(own, [g for g in recipients if g not in own], "v+relative-on-noun+demonym")
    actors = _main_clause_agent(text, sentence, groups, c_start, noun) \
        if _governed_attack_noun(text, c_start, noun) else []
    return Arguments(actors, [g for g in recipients if g not in actors],
                     "v+relative-on-noun" if actors else "v+relative-on-noun+unnamed")


ATTACK_PHRASE_MODIFIERS = 4   # adjectives and instrument words between the noun and the verb


def _attack_phrase_before(text: str, groups: list[Group], c_start: int,
                          t_start: int) -> re.Match[str] | None:
    """The attack or weapon noun opening the indefinite phrase that ends right before the
    verb at ``t_start``: the noun (with و/ف/ب written on it), then at most a few indefinite
    modifiers ("جوية"، "مكثفة"، "إطلاق نار"، "بطائرات مسيرة") and demonyms ("إسرائيلية").
    A participant that is more than a demonym, a definite word or a function word ends the
    search: the verb is then no relative on an attack noun."""
    words = list(VOWELLED_WORD.finditer(text, c_start, t_start))
    for n, w in enumerate(reversed(words)):
        word = word_text(w)
        owner = next((g for g in groups if g.start <= w.start() < g.end), None)
        bare = word[1:] if word[:1] in ("و", "ف", "ب") else word
        if owner is None and ATTACK_PHRASE_NOUNS & {word, bare}:
            return None if has_break(text, w.end(), t_start) else w
        if n >= ATTACK_PHRASE_MODIFIERS or not _attack_phrase_modifier(word, owner):
            return None
    return None


def _attack_phrase_modifier(word: str, owner: Group | None) -> bool:
    """An indefinite word that may stand inside an attack noun phrase: a demonym, an
    adjective or a noun in construct; not a participant of its own, a definite word, a
    number or a function word."""
    if owner is not None:
        return owner.is_demonym_only
    return _construct_head(word) and len(word) > 2 and word not in RELATIVE_PRONOUNS \
        and word not in COMPLEMENTIZERS and word not in TIME_WORDS \
        and word not in OTHER_PREPOSITIONS and word not in VERB_PARTICLES


def _governed_attack_noun(text: str, c_start: int, noun: re.Match[str]) -> bool:
    """The attack noun is governed by a preposition: "في هجوم"، "بهجوم"."""
    before = words_between(text, c_start, noun.start())
    return (word_text(noun).startswith("ب") and word_text(noun)[1:] in ATTACK_PHRASE_NOUNS) \
        or (bool(before) and before[-1] in ATTACK_NOUN_PREPOSITIONS)


def _main_clause_agent(text: str, sentence: Sentence, groups: list[Group], c_start: int,
                       noun: re.Match[str]) -> list[Group]:
    """The subject of the main clause an attack noun phrase is the circumstance of: a
    participant among the first words of the clause before the comma that opens the noun's
    clause, else of its own; none when it is a victim or stands before a complementizer
    ("ارتفع عدد الشهداء في غارات ..."، "قالت مصادر إن ...")."""
    noun_start = noun.start()
    main_start = clause_bounds(text, sentence, c_start - 2)[0] \
        if c_start - 2 > sentence.start and noun_start - c_start <= 8 else c_start
    main = [g for g in groups if main_start <= g.start and g.end <= noun_start
            and len(words_between(text, main_start, g.start)) <= MAIN_SUBJECT_WORDS]
    if not main or main[0].head.sector in VICTIM_SECTORS \
            or any(w.lstrip("وف") in COMPLEMENTIZERS
                   for w in words_between(text, main[0].end, noun_start)):
        return []
    return _chain_back(text, groups, groups.index(main[0]))


def _pronoun_antecedent_before(text: str, groups: list[Group], t_start: int,
                               t_end: int) -> list[Group]:
    """The participant written right before a verb whose object pronoun resumes it, with no
    relative pronoun, conjunction or comma between ("مواطنين حاصرتهم الدبابات"، "جثامين
    شهداء احتجزتها القوات"، "الشهيد فلان اعتقله الجيش"): a relative clause on an indefinite
    noun or a topic's comment, so that participant is the verb's object. [] otherwise."""
    verb = text[t_start:t_end].split()[0]
    if verb[:1] in ("و", "ف") or not _object_pronoun_on(verb):
        return []
    last = next((i for i in range(len(groups) - 1, -1, -1) if groups[i].end <= t_start), None)
    if last is None or text[groups[last].end:t_start].strip():
        return []
    return _chain_back(text, groups, last)


def _with_resumed_object(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                         t_end: int, args: Arguments) -> Arguments:
    """A coercion verb resuming the participant right before it with its object pronoun
    has that participant as its recipient, never as its agent; the agent is the subject
    after the verb, when one is written there."""
    antecedent = _pronoun_antecedent_before(text, groups, t_start, t_end)
    if not antecedent or (args.recipients and args.recipients[0] is antecedent[0]):
        return args
    actors = [g for g in args.actors if g not in antecedent]
    if len(actors) == len(args.actors):
        return Arguments(actors, antecedent + [g for g in args.recipients if g not in antecedent],
                         args.how + "+resumed-object", args.passive)
    # the antecedent was read as the subject: what was read as the object after the verb,
    # with no preposition before it, is the subject ("حاصرتهم عشرات الآليات والدبابات")
    subj = next((groups.index(g) for g in args.recipients
                 if g.start >= t_end and g in groups and not _governed(text, g, t_end)
                 and not has_break(text, t_end, g.start)), None)
    if subj is not None:
        actors = chain_from(text, groups, subj)
    recipients = antecedent + [g for g in args.recipients
                               if g not in antecedent and g not in actors]
    return Arguments(actors, recipients, args.how + "+resumed-object", args.passive)
