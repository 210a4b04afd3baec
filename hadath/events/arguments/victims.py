"""Victims and casualties: result victims after an attack, own forces, passive patients,
victim verbs with their agent after a marker.
"""
from __future__ import annotations

import re
from itertools import islice

from ...records import ActorMention, Sentence
from ...words import alternation, function_words
from ..counts import opens_another_fact
from ..lexicon import TriggerSense
from ..structure import (
    STATE_KINDS,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    group_gender,
    has_break,
    unvowelled,
    word_text,
    words_between,
    written_word_start,
)
from .nearby import (
    _after_marker_word,
    _agent_after_marker,
    _chain_back,
    _confronted,
    _first_after,
    _governed,
    _last_before,
    _object_or_target,
    _past_object_aside,
    _subject_before,
    stands_as_subject,
)
from .parties import (
    _acting_body,
    _agent_like,
    _bare_soldiers,
    _coercing_civilians,
    _place_group,
)
from .relatives import UNMARKED_RELATIVE_VERB
from .result import Arguments
from .vocabulary import (
    ADJUNCT_WORDS,
    AGENTIVE_MARKER_LEADS,
    AGENTIVE_MARKERS,
    ARMED_SECTORS,
    ATTACK_NOUNS,
    BODY_KINDS,
    COMPLEMENTIZERS,
    LOCATIVE_WORDS,
    OBJECT_GAP_WORDS,
    OTHER_PREPOSITIONS,
    OWN_FORCES,
    PARTITIVE_WORD,
    STATE_FORCE_SECTORS,
    SUBJECT_GAP_WORDS,
    TARGET_PREPOSITIONS,
    TIME_WORDS,
    VICTIM_FRAMES,
    VICTIM_SECTORS,
    with_possessive_pronoun,
)
from .word_shapes import (
    _casualty_noun,
    _circumstance_noun,
    _construct_head,
    _is_nisba,
    _is_number,
    _locative,
    _plural_verb,
    _possessed,
    _proclitic,
    instrument_phrase,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

# Verbs whose subject survived the action noun they govern by من ("نجا الوزير من هجوم").
SURVIVE_FRAMES = _WORDS.survive_frames
# "تعرض لمحاولة اغتيال"، "نجا من محاولة اغتيال": the attempt noun stands between the frame
# verb and the action noun and carries the preposition.
ATTEMPT_WORDS = _WORDS.attempt_words
FRAME_REACH_WORDS = 12       # words allowed between a frame verb and its action noun
# "أعلنت X مسؤوليتها"، "تبناه X"، "نسب إلى X": who claimed or was credited with an attack.
CLAIM_VERBS = _WORDS.claim_verbs
CLAIM_NOUNS = _WORDS.claim_nouns
CLAIM_GAP_WORDS = 3

# Partitive or construct victims owned by the speaker ("مقتل اثنين من جنوده"، "أحد جنوده").
OWN_VICTIM_LEADS = _WORDS.own_victim_leads
OWN_VICTIM_REACH_WORDS = 8
# "اغتيال قائدها"، "اغتيال رئيس مكتبها"، "اغتيال اثنين من قادتها": the member the speaker
# announces it lost, owned through the pronoun; leads of count or office before the noun
OWN_MEMBER_HEADS = _WORDS.own_member_heads
OWN_MEMBER = with_possessive_pronoun(sorted(OWN_MEMBER_HEADS))
OWN_MEMBER_LEADS = OWN_VICTIM_LEADS | OWN_MEMBER_HEADS | _WORDS.number_words | _WORDS.quantity_words
OWN_MEMBER_REACH_WORDS = 4
# "استهداف مقاتليها على عدد من جنود": forces, preposition, count words and من
PARTITIVE_GAP_WORDS = 5

# "هجوم أسفر عن مقتل X"، "أدى القصف إلى إصابة X": the casualties an attack caused are its
# victims.  A result verb, up to two words, its preposition, then a casualty noun.
RESULT_VERBS = alternation(_WORDS.result_verbs)
CASUALTY_NOUNS = alternation(_WORDS.casualty_nouns)

RESULT_PREPOSITIONS = alternation(_WORDS.result_prepositions)
RESULT_REACH_WORDS = 10      # words allowed between an attack noun and its result verb
# "قصف الاحتلال بناية من خمسة طوابق في مخيم X، مما أدى إلى": a result verb after a word
# that takes up the whole clause before it may stand further on, up to a word opening
# another fact ("حيث"، "في حين")
RESULT_VERB = re.compile(rf"(?<!\w)[وف]?{RESULT_VERBS}(?=\s)")
RESULT_CASUALTY_TAIL = re.compile(rf"(?:\s+\S+){{0,2}}?\s+{RESULT_PREPOSITIONS}?\s*{CASUALTY_NOUNS}(?!\w)")
RESULT_LINKS = tuple(tuple(link.split()) for link in _WORDS.result_links)
RESULT_LINKED_REACH_WORDS = 20
RESULT_LINK_STOPS = (_WORDS.clause_openers - {"و", "ف"}) \
    | frozenset(w.split()[-1] for w in _WORDS.contrast_connectives)
# "أسفرت عن 54 شهيدا"، "أوقعت الغارات عشرات الشهداء"، "راح ضحيتها أكثر من 100 شهيد": the
# people counted right after a result verb, past its subject and preposition; the words a
# count may be written with ("ما لا يقل عن 50"، "عشرات من")
COUNTED_AFTER_RESULT_WORDS = 7
RESULT_SUBJECT_WORDS = 2
COUNT_PHRASE_WORDS = _WORDS.count_phrase_words
# "انفجرت عبوة لدى مرور دورية للجيش": the passing patrol or convoy was the target.
PASSING_TARGET = re.compile(rf"(?<!\w){alternation(_WORDS.passing_openers)}\s+مرور(?!\w)")
PASSING_GAP_WORDS = 3        # "مرور دورية تابعة للجيش"
# after an attack noun governed by a result verb before it: "(أدى القصف) المدفعي إلى مقتل"
RESULT_TAIL = re.compile(rf"(?:\s*\S+){{0,2}}?\s*{RESULT_PREPOSITIONS}\s*{CASUALTY_NOUNS}(?!\w)")
# "أسفر قصف إسرائيلي على منزل في بلدة ... عن استشهاد ستة": the result verb's complement
# after the attack noun's own phrase (its adjectives, target and place)
RESULT_COMPLEMENT = re.compile(rf"(?<!\w){RESULT_PREPOSITIONS}\s*{CASUALTY_NOUNS}(?!\w)")

OWN_FORCE_LEADS = _WORDS.own_force_leads

# "أعلنت وزارة الصحة استشهاد ..."، "قال الدفاع المدني إن الهجوم ...": a body that counts or
# tends the dead is the source of the toll it announces; "مقتل اثنين من موظفيها"، "قصف
# مقرها" name its own staff or premises, and then it was hit
REPORTING_BODY = re.compile(rf"(?<!\w){alternation(_WORDS.reporting_body_words)}(?!\w)")
# "اثنين من موظفيها"، "أحد مسعفيه": the body's own staff as the victims it announces
OWN_STAFF_PEOPLE = with_possessive_pronoun(_WORDS.own_staff_people_nouns)
# its staff as people, its crews, managers and premises ("طاقمها"، "مقرها")
OWN_STAFF = with_possessive_pronoun(_WORDS.own_staff_people_nouns + _WORDS.own_staff_other_nouns)

OTHER_PEOPLE_WORDS = _WORDS.other_people_words

CONDEMNED_VICTIM_ACTS = _WORDS.condemned_victim_acts
# The written word right before a position, with nothing but spaces after it.
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _condemned_act_word(word: str) -> bool:
    """"باغتيال"، "وتهجير"، "لاعتقال"، "مقتل": a noun of ``condemned_victim_acts`` with its
    و/ف and ب/ل but no article, so the word after it is its genitive."""
    forms = [unvowelled(word)]
    if forms[0][:1] in ("و", "ف"):
        forms.append(forms[0][1:])
    forms += [f[1:] for f in forms if f[:1] in ("ب", "ل")]
    return any(f in CONDEMNED_VICTIM_ACTS for f in forms)


def _condemned_victim(text: str, g: Group, t_end: int) -> bool:
    """``g`` is the direct genitive of a condemned act of harm named after the condemning
    word ("ندد الوزير باغتيال القائد"، "منددة بمقتل الناشطة"، "بتجويع وتهجير السكان"): the
    one who suffers it, not the one condemned."""
    if g.start <= t_end or _proclitic(text, g).lstrip("وف"):
        return False
    m = _WORD_BEFORE.search(text, max(t_end, g.start - 30), g.start)
    return m is not None and m.start() >= t_end and _condemned_act_word(m.group(1)) \
        and not _acting_body(g)


def _without_condemned_victims(text: str, sentence: Sentence, groups: list[Group],
                               args: Arguments, t_end: int) -> Arguments:
    """A condemnation's recipient is the agent of the act it condemns; the act's victim read
    there is dropped, and the agent is then one named behind a marker (على يد، من قبل)."""
    victims: list[Group] = []
    for g in args.recipients:
        if g not in victims and _condemned_victim(text, g, t_end):
            victims += chain_from(text, groups, groups.index(g)) if g in groups else [g]
    if not victims:
        return args
    recipients = [g for g in args.recipients if g not in victims]
    if not recipients:
        last = max(g.end for g in victims)
        recipients = [g for g in _agent_after_marker(text, groups, last, sentence.end,
                                                     agentive_only=True)
                      if g not in args.actors]
    return Arguments(args.actors, recipients, args.how + "+condemned-victim", args.passive)


def _passive_patients(text: str, args: Arguments, t_end: int, speaker: list[Group]) -> Arguments:
    """A marked passive's grammatical subject is the one acted upon, never its actor; a
    participant after a preposition ("من سجون الاحتلال"، "من جانب صحافيين") keeps its role,
    and a speaker taken for the actor ("بحسب منصة إسرائيلية"), who only tells it, is no party."""
    told_by = [g for g in speaker if g in args.actors] if "+speaker" in args.how else []
    patients = [g for g in args.actors if g not in told_by and not _governed(text, g, t_end)
                and not _genitive_behind_preposition(text, g, t_end)]
    if not patients and not told_by:
        return args
    actors = [g for g in args.actors if g not in patients and g not in told_by]
    recipients = patients + [g for g in args.recipients if g not in patients]
    return Arguments(actors, recipients, args.how + "+marked-passive", True)


def _genitive_behind_preposition(text: str, g: Group, pos: int) -> bool:
    """"من سجون الاحتلال": the group is the genitive of a noun governed by a preposition."""
    before = words_between(text, max(pos, g.start - 30), g.start)
    return len(before) >= 2 \
        and (before[-2] in TARGET_PREPOSITIONS or before[-2] in OTHER_PREPOSITIONS) \
        and _construct_head(before[-1])


def _state_speaker_country(speaker: list[Group]) -> str | None:
    """The country of a speaker that is a state or its army ("أعلن الجيش الإسرائيلي"،
    "اعترفت إسرائيل"); not an armed group, which reports the enemy's losses."""
    if not speaker:
        return None
    head = speaker[0].head
    if head.sector in STATE_FORCE_SECTORS or head.kind in STATE_KINDS:
        return speaker[0].country
    return None


def _with_country_group(g: Group, country: str) -> Group:
    return Group(tuple(ActorMention(m.start, m.end, m.text, m.name, country, m.sector, m.id,
                                    m.kind, m.rule + "+reporting-army")
                       if m.country is None else m for m in g.mentions))


def _with_reporting_army_soldiers(args: Arguments, speaker: list[Group]) -> Arguments:
    """"أعلن الجيش الإسرائيلي مقتل ضابط وجندي في معارك"، "أقر الاحتلال بمقتل جنديين": the
    soldiers a state's army (or the state) reports hit, named without a country, are its
    own, not those of the place the fighting is in.  Not when the speaker or its country
    is the attacker."""
    country = _state_speaker_country(speaker)
    if country is None or any(g in speaker or g.country == country for g in args.actors):
        return args
    if not any(_bare_soldiers(g) for g in args.recipients):
        return args
    return Arguments(args.actors,
                     [_with_country_group(g, country) if _bare_soldiers(g) else g
                      for g in args.recipients],
                     args.how + "+reporting-army", args.passive)


def _without_reporting_speaker(text: str, sentence: Sentence, speaker: list[Group],
                               t_start: int, args: Arguments) -> Arguments:
    """A reporting body announcing an attack or a toll ("أعلنت وزارة الصحة استشهاد 20
    مواطنا"، "قال الدفاع المدني إن القصف ...") is dropped from the recipients: it is the
    report's source.  It stays when the sentence names its own staff or premises with a
    pronoun after it ("مقتل اثنين من موظفيها"، "استهداف مقره"), or when it stands after
    the trigger ("قصف مبنى وزارة الصحة")."""
    reporters = [g for g in speaker if g.end <= t_start and g in args.recipients
                 and REPORTING_BODY.search(text[g.start:g.end])]
    if not reporters or _names_own_staff(text, reporters[-1].end, sentence.end):
        return args
    return Arguments(args.actors, [g for g in args.recipients if g not in reporters],
                     args.how + "+reporter-source", args.passive)


# one proclitic letter written onto a noun ("ومقرها"، "بموظفيها")
PROCLITIC_LETTERS = ("و", "ف", "ب", "ل")


def _names_own_staff(text: str, start: int, end: int) -> bool:
    return any(_own_staff_word(w) or (w[:1] in PROCLITIC_LETTERS and _own_staff_word(w[1:]))
               for w in words_between(text, start, end))


def _own_staff_word(word: str) -> bool:
    return bool(OWN_STAFF.match(word) or OWN_MEMBER.match(word) or OWN_FORCES.match(word))


def _own_victims(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                 t_end: int, c_start: int, c_end: int) -> bool:
    """A noun of forces with a possessive pronoun, in a partitive or construct ("اثنين من
    جنوده"، "أحد عناصرها"), names the trigger's victims: as its object right after it
    ("اعتقال الجيش 5 من عناصره") or right before it, with no other participant between,
    when the trigger is the circumstance of a killing ("مقتل اثنين من جنوده، وإصابة آخر، في
    هجوم")."""
    if _partitive_own_forces(words_between(text, t_end, c_end)[:OBJECT_GAP_WORDS + 1]):
        return True
    if not _circumstance_noun(text, c_start, t_start):
        return False
    last_group_end = max((g.end for g in groups if sentence.start <= g.end <= t_start),
                         default=sentence.start)
    before = words_between(text, last_group_end, t_start)
    return _partitive_own_forces(before[-OWN_VICTIM_REACH_WORDS:])


def _own_member_victims(text: str, speaker: list[Group], t_start: int, t_end: int, c_end: int,
                        args: Arguments) -> Arguments | None:
    """"أعلنت الحركة اغتيال قائدها": the speaker announces its own loss, so it is the one
    acted upon, with the member named after the noun; whoever the noun reading took as
    subject from before it is the speaker itself, never the attacker.  None when the
    object is not the speaker's own."""
    if not speaker or speaker[-1].end > t_start \
            or not _speaker_owned_object(text, speaker, t_end, c_end):
        return None
    named = [g for g in args.recipients if g not in speaker and g.start >= t_end
             and not _place_group(g)]
    return Arguments([g for g in args.actors if g not in speaker and g.start >= t_end],
                     list(speaker) + named, args.how + "+own-member", args.passive)


def _speaker_owned_object(text: str, speaker: list[Group], t_end: int, c_end: int) -> bool:
    """The object of the announced act is the speaker's own member: a noun of an office,
    or of forces after a count or من/أحد, with a pronoun agreeing with the speaker, after
    nothing but counts, من/أحد and office nouns ("أعلنت الحركة اغتيال قائدها"، "...
    اغتيال رئيس مكتبها"، "أعلن الحزب اغتيال أحد قادته").  A pronoun of the other gender
    names someone else's."""
    gender = group_gender(text, speaker[0]) if len(speaker) == 1 else None
    leads: list[str] = []
    for word in words_between(text, t_end, c_end)[:OWN_MEMBER_REACH_WORDS]:
        if OWN_MEMBER.match(word) or OWN_FORCES.match(word) and _counted_lead(leads):
            return not gender or _pronoun_gender(word) in ("", gender)
        if not (word.isdigit() or word in OWN_MEMBER_LEADS):
            return False
        leads.append(word)
    return False


def _counted_lead(leads: list[str]) -> bool:
    """Forces with a pronoun right after an attack word are mostly its doers ("استهداف
    مقاتليها دبابة"، "دمرت قواته عيادة"); only a count or من/أحد before them makes them
    the ones it fell on ("اغتيال اثنين من قادتها"، "اعتقال أحد عناصره")."""
    return bool(leads) and (leads[-1] in OWN_VICTIM_LEADS or leads[-1].isdigit()
                            or leads[-1] in _WORDS.number_words)


def _partitive_own_forces(words: list[str]) -> bool:
    """A count or أحد and من before forces or staff people with a pronoun: "اثنين من
    جنوده"، "أحد موظفيها"."""
    return any((OWN_FORCES.match(w) or OWN_STAFF_PEOPLE.match(w)) and k > 0
               and words[k - 1] in OWN_VICTIM_LEADS
               for k, w in enumerate(words))


def _with_partitive_victims(text: str, groups: list[Group], sense: TriggerSense, t_end: int,
                            c_end: int, args: Arguments) -> Arguments:
    """"اعتقال عدد من الشبان"، "مقتل 3 من عناصر الشرطة"، "استهداف مقاتليها عددا من جنود
    العدو": a count and the partitive من right after an attack or arrest word name its
    victims by the whole after من, which the count alone hid from the readers.  They
    replace a town read as the recipient; a place after من ("في عدد من القرى") or raiding
    settlers ("اقتحام عشرات من المستوطنين") are no victims."""
    if any(not _place_group(g) for g in args.recipients):
        return args
    i = _partitive_whole(text, groups, t_end, c_end, args.actors)
    if i is None:
        return args
    victims = [g for g in chain_from(text, groups, i) if g not in args.actors]
    if not victims or _place_group(victims[0]) or _coercing_civilians(victims[0], sense):
        return args
    return Arguments(args.actors, victims, args.how + "+partitive-victims", args.passive)


def _partitive_whole(text: str, groups: list[Group], t_end: int, c_end: int,
                     actors: list[Group]) -> int | None:
    """The index of the group right after "<count> من" that follows the trigger, past the
    trigger's agent named right after it ("اعتقال الشرطة عددا من الطلبة"), a noun of forces
    with a pronoun ("استهداف مقاتليها") and a target preposition ("على عدد من")."""
    pos = t_end
    agent = next((g for g in actors if g.start >= t_end), None)
    if agent is not None and all(w in TIME_WORDS for w in words_between(text, t_end, agent.start)):
        pos = max(g.end for g in actors if g.start >= t_end)
    i = _first_after(text, groups, pos, c_end, PARTITIVE_GAP_WORDS)
    if i is None:
        return None
    words = [w for w in words_between(text, pos, groups[i].start) if w not in TIME_WORDS]
    if words[-1:] != [PARTITIVE_WORD]:
        return None
    lead = words[:-1]
    if lead and OWN_FORCES.match(lead[0]):
        lead = lead[1:]
    if lead and lead[0] in TARGET_PREPOSITIONS:
        lead = lead[1:]
    counts = [w[1:] if w[:1] in ("ل", "ب") and _is_number(w[1:]) else w for w in lead]
    return i if counts and all(_is_number(w) for w in counts) else None


def _with_claim(text: str, sentence: Sentence, groups: list[Group], sense: TriggerSense,
                t_end: int, args: Arguments) -> Arguments:
    """An attack with no agent takes the one who claimed it later in the sentence."""
    if sense.event != "ASSAULT" or args.actors:
        return args
    claimed = [g for g in _claimed_by(text, sentence, groups, t_end) if g not in args.recipients]
    if claimed:
        args.actors = claimed
        args.how += "+claimed"
    return args


def _with_result_victims(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                         t_end: int, args: Arguments) -> Arguments:
    """An attack takes the casualties it caused (or the patrol it hit) as recipients besides
    its target."""
    victims = [g for g in _result_victims(text, sentence, groups, t_start, t_end)
               if g not in args.actors and g not in args.recipients]
    if victims:
        args.recipients = args.recipients + victims
        args.how += "+result-victims"
    return args


def _result_victims(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                    t_end: int) -> list[Group]:
    """The participant after a casualty noun that the attack caused: "هجوم ... أسفر عن
    مقتل X" (the result verb after the noun) or "أدى القصف إلى مقتل X" (before it), or
    the people counted right after the result verb ("غارات أوقعت 30 شهيدا"، "مجزرة راح
    ضحيتها 70 شهيدا"، "أوقعت الغارات عشرات الشهداء"); or the one passing by when it
    struck ("لدى مرور دورية للجيش")."""
    # the word before the trigger's written word ("أوقعت الغارات": over its article)
    lead = words_between(text, sentence.start, written_word_start(text, t_start))
    verb_before = bool(lead) and re.fullmatch(RESULT_VERBS, lead[-1].lstrip("وف")) is not None
    for verb in RESULT_VERB.finditer(text, t_end, sentence.end):
        if not _result_verb_in_reach(text, t_end, verb.start()):
            break
        if _new_attack_subject(text, verb.end(), sentence.end):
            continue    # the outcome of the attack named after the verb, not of this one
        m = RESULT_CASUALTY_TAIL.match(text, verb.end(), sentence.end)
        if m is not None:
            return _casualties_after(text, sentence, groups, m.end())
        counted = _counted_after_result_verb(text, groups, verb.end())
        if counted:
            return counted
    for m in PASSING_TARGET.finditer(text, t_end, sentence.end):
        if len(words_between(text, t_end, m.start())) > RESULT_REACH_WORDS:
            break
        i = _first_after(text, groups, m.end(), sentence.end, PASSING_GAP_WORDS)
        return chain_from(text, groups, i) if i is not None else []
    if verb_before:
        m = RESULT_TAIL.match(text, t_end, sentence.end) or _result_complement(text, sentence, t_end)
        if m is not None:
            return _casualties_after(text, sentence, groups, m.end())
        return _counted_complement(text, groups, t_end)
    return []


def _result_verb_in_reach(text: str, t_end: int, verb_start: int) -> bool:
    """The result verb is close enough to the attack noun to tell its outcome: within
    ``RESULT_REACH_WORDS``, or further after a word taking up the whole clause ("مما"،
    "وهو ما"); never past a word opening another fact ("بينما أوقع القصف ...")."""
    between = words_between(text, t_end, verb_start)
    if any(w in RESULT_LINK_STOPS for w in between):
        return False
    return len(between) <= RESULT_REACH_WORDS or (
        len(between) <= RESULT_LINKED_REACH_WORDS
        and any(tuple(between[-len(link):]) == link for link in RESULT_LINKS))


def _new_attack_subject(text: str, verb_end: int, limit: int) -> bool:
    """The result verb's subject is an indefinite attack noun right after it ("وتسبب قصف
    إسرائيلي في ..."): another attack, told as a new one; a definite one ("وأسفرت الغارات
    عن ...") takes up the attack before it."""
    first = next(VOWELLED_WORD.finditer(text, verb_end, limit), None)
    return first is not None and word_text(first) in ATTACK_NOUNS


def _count_word(word: str) -> bool:
    return _is_number(word) or word in COUNT_PHRASE_WORDS


def _counted_people(g: Group) -> bool:
    """A participant that may be counted as killed or hurt: people or forces, not a place, a
    body or an office holder."""
    return not _place_group(g) and g.head.kind not in BODY_KINDS \
        and (g.head.sector is None or g.head.sector in VICTIM_SECTORS or g.head.sector in ARMED_SECTORS)


def _counted_after_result_verb(text: str, groups: list[Group], verb_end: int) -> list[Group]:
    """"أسفرت عن 54 شهيدا"، "أوقعت الغارات عشرات الشهداء"، "مخلفا شهداء وجرحى": the people
    right after a result verb, past its definite subject (with the demonym describing it)
    and its preposition, with nothing but count words before them."""
    for i, g in enumerate(groups):
        if g.start < verb_end:
            continue
        if has_break(text, verb_end, g.start):
            return []
        gap = words_between(text, verb_end, g.start)
        if len(gap) > COUNTED_AFTER_RESULT_WORDS:
            return []
        subject = 0
        while subject < min(len(gap), RESULT_SUBJECT_WORDS) and gap[subject].startswith("ال"):
            subject += 1
        rest = gap[subject:]
        if rest[:1] and re.fullmatch(RESULT_PREPOSITIONS, rest[0]):
            rest = rest[1:]
        if subject and len(rest) == len(gap) - subject and g.is_demonym_only:
            continue    # "أسفرت الغارات الإسرائيلية عن": the subject's adjective
        if any(not _count_word(w) for w in rest) or not _counted_people(g):
            return []
        return chain_from(text, groups, i)
    return []


def _counted_complement(text: str, groups: list[Group], t_end: int) -> list[Group]:
    """"أوقعت غارات الاحتلال على المدينة عشرات الشهداء": with the result verb before the
    attack noun, the first people after the noun's own phrase that a count stands right
    before are the casualties it caused."""
    pos = t_end
    for i, g in enumerate(groups):
        if g.start < t_end:
            continue
        if has_break(text, t_end, g.start) \
                or len(words_between(text, t_end, g.start)) > RESULT_REACH_WORDS:
            return []
        gap = words_between(text, pos, g.start)
        if gap and all(_count_word(w) for w in gap) and any(_is_number(w) for w in gap) \
                and _counted_people(g):
            return chain_from(text, groups, i)
        pos = g.end
    return []


def _result_complement(text: str, sentence: Sentence, t_end: int) -> re.Match[str] | None:
    """The casualty noun completing a result verb before the attack noun, within reach."""
    m = RESULT_COMPLEMENT.search(text, t_end, sentence.end)
    if m is None or len(words_between(text, t_end, m.start())) > RESULT_REACH_WORDS:
        return None
    return m


def _casualties_after(text: str, sentence: Sentence, groups: list[Group], pos: int) -> list[Group]:
    i = _first_after(text, groups, pos, sentence.end, OBJECT_GAP_WORDS)
    return chain_from(text, groups, i) if i is not None else []


def _claimed_by(text: str, sentence: Sentence, groups: list[Group],
                t_end: int) -> list[Group]:
    """Who claimed an attack or was credited with it later in its sentence: the participant
    after تبناه/نسب إلى ("وتبناه تنظيم ..."، "نسب إلى المتمردين") or before مسؤوليتها
    ("أعلنت الحركة مسؤوليتها")."""
    for w in VOWELLED_WORD.finditer(text, t_end, sentence.end):
        word = word_text(w)
        if word in CLAIM_VERBS:
            i = _first_after(text, groups, w.end(), sentence.end, CLAIM_GAP_WORDS)
            if i is not None:
                return chain_from(text, groups, i)
        elif word.lstrip("وف") in CLAIM_NOUNS:
            i = _last_before(text, groups, w.start(), t_end, 1)
            if i is not None:
                return _chain_back(text, groups, i)
    return []


def _own_forces_subject(text: str, c_start: int, t_start: int) -> bool:
    """The word right before the trigger is a noun of forces with a possessive pronoun
    ("جنوده"، "مقاتليها"، "عناصرهم")."""
    lead = words_between(text, c_start, t_start)
    return bool(lead) and OWN_FORCES.match(lead[-1]) is not None


def _own_forces_after(text: str, t_end: int, limit: int) -> re.Match[str] | None:
    """The noun of forces with a possessive pronoun right after the attack word, also past
    a word of one out of a set ("قصف مقاتليها"، "قنص أحد مقاتليها"، "استهدفت طائراته")."""
    words = list(islice(VOWELLED_WORD.finditer(text, t_end, limit), 2))
    if words and word_text(words[0]) in OWN_FORCE_LEADS:
        words = words[1:]
    if not words or has_break(text, t_end, words[0].start()):
        return None
    return words[0] if OWN_FORCES.match(word_text(words[0])) else None


def _pronoun_gender(word: str) -> str:
    """The gender the possessive pronoun on ``word`` asks of its antecedent: "fem" for ها,
    "masc" for ه, "" for the plural هم."""
    if word.endswith("ها"):
        return "fem"
    return "" if word.endswith("هم") else "masc"


def _forces_owner(text: str, sentence: Sentence, groups: list[Group], t_start: int,
                  forces: str) -> list[Group]:
    """The antecedent of the pronoun on a noun of forces: the nearest participant before the
    attack word in the sentence that may be a subject, may carry out an attack and agrees
    with the pronoun ("واصل الجيش قصف المستشفى، كما دمرت قواته ..." → الجيش, not the
    hospital)."""
    gender = _pronoun_gender(forces)
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g.end > t_start or g.start < sentence.start:
            continue
        if not stands_as_subject(text, g, sentence.start) or not _agent_like(g):
            continue
        if gender and group_gender(text, g) not in (None, gender):
            continue
        return _chain_back(text, groups, i)
    return []


def _own_forces_agent_arguments(text: str, sentence: Sentence, groups: list[Group],
                                t_start: int, t_end: int, c_end: int) -> Arguments | None:
    """"بثت الكتائب مشاهد من قصف مقاتليها مواقع للجيش"، "ارتكب الجيش مجزرة بعدما استهدفت
    طائراته منزلا": the forces with a pronoun after the attack word carry it out, so the
    pronoun's antecedent is the attacker and what follows the forces the target.  Without
    a target after them the forces are the ones attacked ("أدان الحزب استهداف عناصره في
    المدينة"); a casualty noun ("مقتل أحد جنوده") or a noun with its own pronoun never
    takes them as agent."""
    if _casualty_noun(text[t_start:t_end]) or _possessed(text, t_start, t_end):
        return None
    forces = _own_forces_after(text, t_end, c_end)
    if forces is None:
        return None
    targets = [g for g in _object_or_target(text, groups, forces.end(), sentence.end)
               if g.start >= forces.end()]
    if not targets or (_place_group(targets[0])
                       and _proclitic(text, targets[0]).lstrip("وف").startswith("ب")):
        return None
    gap = words_between(text, forces.end(), targets[0].start)
    if any(w in LOCATIVE_WORDS or w in ADJUNCT_WORDS for w in gap):
        return None     # "قصف عناصرها في مدينة رفح": where the forces were hit
    owner = _forces_owner(text, sentence, groups, t_start, word_text(forces))
    return Arguments(owner, [g for g in targets if g not in owner], "vso+own-forces-agent")


def object_after_own_forces(text: str, groups: list[Group], t_start: int, t_end: int,
                            c_end: int) -> list[Group]:
    """"أعلنت السرايا استهداف مقاتليها بقذائف الهاون جنودا للجيش"، "استهداف مقاتليها آليات
    الجيش": the forces with a pronoun right after an announced attack noun carry it out, and
    the participant after them is its target, with nothing between but a time word, a weapon
    with ب and the target's own construct head.  A demonym is left alone: after a weapon it
    is the weapon's ("بصاروخ إسرائيلي")."""
    if _casualty_noun(text[t_start:t_end]) or _possessed(text, t_start, t_end):
        return []
    forces = _own_forces_after(text, t_end, c_end)
    if forces is None:
        return []
    pos = _past_object_aside(text, groups, forces.end(), c_end)
    i = _first_after(text, groups, pos, c_end, OBJECT_GAP_WORDS, allow_demonym=False)
    if i is None or _proclitic(text, groups[i]):
        return []
    gap = [w for w in words_between(text, pos, groups[i].start) if w not in TIME_WORDS]
    if gap and _construct_head(gap[-1]):
        gap = gap[:-1]      # "آليات" of "آليات جيش الاحتلال"
    return chain_from(text, groups, i) if not gap or instrument_phrase(gap) else []


def _frame_preposition(text: str, lead: list[str], t_start: int) -> str | None:
    """The preposition governing the action noun, over an attempt noun before it: "ل" for
    لهجوم، إلى هجوم، لمحاولة اغتيال; "من" for من هجوم، من محاولة اغتيال."""
    if lead and lead[-1].lstrip("وف") in ATTEMPT_WORDS:
        attempt = lead.pop().lstrip("وف")
        if attempt.startswith("ل"):
            return "ل"
    elif attached_prefix(text, t_start).endswith("ل"):
        return "ل"
    if lead[-1:] in (["إلى"], ["الى"]):
        return "ل"
    return "من" if lead[-1:] == ["من"] else None


def _is_frame_verb(word: str, preposition: str) -> bool:
    """تعرض (also as a noun after ب/ل: بتعرض) takes its action noun by ل, نجا by من."""
    if preposition == "ل":
        return word.lstrip("وفبل").startswith(VICTIM_FRAMES)
    return word.lstrip("وف") in SURVIVE_FRAMES


def _undergo_frame(text: str, sentence: Sentence, t_start: int) -> int | None:
    """End of a frame verb standing before a noun trigger in its sentence, a few words back:
    تعرض with the noun governed by ل or إلى ("تعرض لهجوم"، "تعرضت إلى هجوم"، "بتعرض الوزير
    لمحاولة اغتيال"), نجا with the noun governed by من ("نجا الوزير، أمس، من هجوم")."""
    start = max(sentence.start, t_start - 160)
    lead = words_between(text, start, t_start)
    preposition = _frame_preposition(text, lead, t_start)
    if preposition is None:
        return None
    # an apposition between commas does not count ("تعرضت الوزيرة، فلانة، حرم ...، لمحاولة")
    asides = [(m.start(), m.end()) for m in _COMMA_ASIDE.finditer(text, start, t_start)]
    reach = 0
    for w in reversed(list(VOWELLED_WORD.finditer(text, start, t_start))):
        if _is_frame_verb(word_text(w), preposition):
            return w.end()
        if not any(a <= w.start() < b for a, b in asides):
            reach += 1
            if reach >= FRAME_REACH_WORDS:
                break
    return None


_COMMA_ASIDE = re.compile(r"[،,][^،,.؛]{1,80}(?=[،,])")


def _hidden_passive_arguments(text: str, sentence: Sentence, groups: list[Group],
                              t_start: int, t_end: int, c_start: int, c_end: int, *,
                              spelled_passive: bool = True) -> Arguments | None:
    """Unvocalised text does not mark the passive of قُتل، اعتُقل، خُطف.  The verb reads as
    passive, its grammatical subject being the victims, when
    - its vowelless past also spells its passive (``spelled_passive``: the triggers'
      hidden_passive stems) and what stands around it says so (``_spelled_passive_reading``), or
    - it is any singular past verb of harm with people acted upon right after it and an
      agentive marker right after them (``_victims_before_marked_agent``).
    None: the verb reads as active."""
    read = _spelled_passive_reading(text, sentence, groups, t_start, t_end, c_start, c_end) \
        if spelled_passive else None
    return read if read is not None else _victims_before_marked_agent(text, sentence, groups,
                                                                      t_start, t_end)


def _victims_before_marked_agent(text: str, sentence: Sentence, groups: list[Group],
                                 t_start: int, t_end: int) -> Arguments | None:
    """"قتلت متضامنة أميركية برصاص الاحتلال"، "جرح شاب على يد مستوطنين": an unvowelled
    singular past verb of harm, people acted upon right after it, and right after them an
    agentive marker (برصاص، بنيران، على يد، من قبل) with its party: the people are the
    recipients and the party behind the marker the actor.  Not when anything but the marker
    stands between the people and that party ("قتل مستوطن شابا برصاص")."""
    subj = _first_after(text, groups, t_end, sentence.end, SUBJECT_GAP_WORDS)
    if subj is None or _plural_verb(text[t_start:t_end]):
        return None
    victim = groups[subj]
    if victim.head.sector not in VICTIM_SECTORS or _place_group(victim) \
            or any(w not in TIME_WORDS for w in words_between(text, t_end, victim.start)):
        return None
    victims = chain_from(text, groups, subj)
    agents = _agent_after_marker(text, groups, victims[-1].end, sentence.end, agentive_only=True)
    if not agents:
        return None
    gap = words_between(text, victims[-1].end,
                        agents[0].start - len(attached_prefix(text, agents[0].start)))
    if not gap or any(w not in AGENTIVE_MARKERS and w not in AGENTIVE_MARKER_LEADS for w in gap):
        return None
    return Arguments(agents, victims, "v+hidden-passive")


def _spelled_passive_reading(text: str, sentence: Sentence, groups: list[Group],
                             t_start: int, t_end: int, c_start: int,
                             c_end: int) -> Arguments | None:
    """A verb whose vowelless past also spells its passive reads as passive when
    - a participant stands before it in its clause and an adjunct, not an object, follows
      it ("جندي قتل أمس في انفجار"، "إن ثلاثة مدنيين قتلوا وأصيب آخرون"), or
    - nothing stands before it and a number or a noun of people acted upon follows it
      ("اعتقل 12 شابا"، "قتل مدنيون"), with no object after them, or
    - any participant follows it and only an adjunct comes after that ("قتل جندي في انفجار").
    The agent, if any, follows a marker (برصاص، على يد ...) or is a demonym after the victims."""
    # the victims may stand after a preposition ("التعرف على فلسطينيين اعتقلوا في ...")
    before = _subject_before(text, groups, t_start, c_start, 8)
    place_fronted = _fronted_place(text, before, c_start)
    if place_fronted:
        # "وفي جنين قتل شاب ..."، "وفي غزة قتل خمسة ...": the place says where; whether
        # the verb is passive is decided by what follows it, as with nothing before it
        before = []
    if _others_follow(text, t_end, c_end):
        # "أصيب شاب واعتقل آخر"، "استشهد فلسطيني واعتقل 3 آخرون": the others are of the
        # kind named before the verb, which stand for them
        return _with_agents(text, sentence, groups, before, t_end, "victim+others")
    if before:
        if (_body_subject(text, before, t_start) and not _others_coordinated(text, t_end, c_end)) \
                or not _adjunct_follows(text, sentence, groups, t_end, c_end):
            return None
        return _with_agents(text, sentence, groups, before, t_end, "victim+hidden-passive-subject")
    gap_words = words_between(text, t_end, c_end)
    if gap_words[:1] and _is_number(gap_words[0]):
        return _victim_arguments(text, sentence, groups, t_start, t_end, c_start)
    subj = _first_after(text, groups, t_end, c_end, SUBJECT_GAP_WORDS)
    if subj is None:
        return None
    if _after_marker_word(text, groups[subj], t_end):
        if not (groups[subj].country or groups[subj].head.sector in ARMED_SECTORS):
            return None     # "قتل بقصف مصادر": no party that could have done it
        # "قتلوا بنيران الجيش": the victims are not named, the marked group is the agent
        return _with_agents(text, sentence, groups, [], t_end, "victim+hidden-passive-agent")
    gap = words_between(text, t_end, groups[subj].start)
    if _governed(text, groups[subj], t_end) or _locative(gap):
        return None
    if _body_right_after(text, groups[subj], t_end) \
            or (_plural_verb(text[t_start:t_end]) and not gap):
        # a passive verb before its subject stays singular: "قتلوا جنودا" has its subject
        # written on it and an object after it
        return None
    victims = chain_from(text, groups, subj)
    if place_fronted and _juxtaposed(text, victims):
        return None     # "وفي رفح قتل مستوطن طفلا": the second is the object, not an apposition
    acted_upon = victims[0].head.sector in VICTIM_SECTORS
    # after a fronted place only an adjunct after the people makes the verb passive: an
    # object the readers did not name may follow ("وفي نابلس قتل مستوطن شابا")
    needs_adjunct = not acted_upon or place_fronted
    if (acted_upon and _object_follows(text, groups, victims[-1].end, c_end)) \
            or (needs_adjunct and not _adjunct_follows(text, sentence, groups, victims[-1].end, c_end)):
        return None
    return _with_agents(text, sentence, groups, victims, victims[-1].end, "victim+hidden-passive")


def _juxtaposed(text: str, chain: list[Group]) -> bool:
    """Two people nouns of the chain stand side by side with no و or comma between
    ("مستوطن طفلا"): the first is the verb's subject, the second its object.  A demonym or a
    person's name after a noun describes it ("شاب فلسطيني"، "الشاب فلان")."""
    nouns = [m for g in chain for m in g.mentions if m.kind not in ("demonym", "person")]
    return any(not text[a.end:b.start].strip() and "و" not in attached_prefix(text, b.start)
               for a, b in zip(nouns, nouns[1:]))


def _fronted_place(text: str, before: list[Group], c_start: int) -> bool:
    """The participant before the verb is a place after a locative word heading its
    clause ("وفي الخليل"، "في مخيم جنين"), with nothing else before it."""
    if not before or not all(_place_group(g) for g in before):
        return False
    lead = [w[1:] if w[:1] in "وف" and w[1:] in LOCATIVE_WORDS else w
            for w in words_between(text, c_start, before[0].start)]
    return len(lead) == 1 and _locative(lead)


def _body_subject(text: str, before: list[Group], t_start: int) -> bool:
    """The participant before the verb is named as a whole body (an army, a party, a state:
    "الاحتلال"، "كتائب القسام"، "إسرائيل"), not as people, so it is no victim of a verb of
    killing or arrest but its agent ("الاحتلال قتل خلال عام ..."، "أعلنت الكتائب أنها
    قتلت ...").  The first mention decides: in "قائد الكتائب" the commander leads.  A bare
    إن/أن between opens a clause whose own subject the recognisers may have missed ("قالت
    الوكالة إن 6 من موظفيها قتلوا")."""
    gap = words_between(text, before[-1].end, t_start)
    return before[0].mentions[0].kind in BODY_KINDS \
        and not any(w.lstrip("وفب") in COMPLEMENTIZERS for w in gap)


def _body_right_after(text: str, g: Group, t_end: int) -> bool:
    """A whole body (a state, an army, an armed group: "قتلت إسرائيل"، "اعتقلت قوات
    الاحتلال") right after the verb is its subject, the verb active: such a body is not
    killed or arrested as a whole.  People ("قتلت امرأة"، "قتل جندي") may be the passive's
    subject; time words may stand between."""
    return g.mentions[0].kind in BODY_KINDS \
        and all(w in TIME_WORDS for w in words_between(text, t_end, g.start))


def _others_coordinated(text: str, t_end: int, c_end: int) -> bool:
    """A coordinated verb with "others" as its subject follows ("قتل أحد عناصرها وجرح سبعة
    آخرون"): both verbs are passive, whatever stands before the first."""
    words = words_between(text, t_end, c_end)
    if not words or words[0][:1] != "و":
        return False
    rest = [w for w in words[1:] if not _is_number(w)]
    return rest[:1] != [] and rest[0] in OTHER_PEOPLE_WORDS


def _others_follow(text: str, t_end: int, c_end: int) -> bool:
    """The verb's subject is "others", alone or counted ("اعتقل آخرون"، "اعتقل 5 آخرون")."""
    words = words_between(text, t_end, c_end)
    while words and _is_number(words[0]):
        words = words[1:]
    return words[:1] != [] and words[0] in OTHER_PEOPLE_WORDS


def _adjunct_follows(text: str, sentence: Sentence, groups: list[Group], pos: int,
                     c_end: int) -> bool:
    """After ``pos`` the sentence ends or goes on with an adjunct (في، برصاص، وأصيب ...), not
    with an object; time words (أمس، اليوم) are skipped, an object may follow them."""
    words = words_between(text, pos, c_end)
    lead = 0
    while lead < len(words) and words[lead] in TIME_WORDS:
        lead += 1
    if lead == len(words):
        # the clause ends: at a comma the object may still follow ("اغتال الجيش، أمس، ...")
        return c_end >= sentence.end or text[c_end] not in "،,"
    nxt = next((g for g in groups if pos <= g.start < c_end), None)
    if nxt is not None and len(words_between(text, pos, nxt.start)) <= lead \
            and not _governed(text, nxt, pos):
        return False
    first = words[lead]
    # a word with و or ب written on it that names no participant: a coordinated clause
    # ("وأصيب"، "وجرح") or a circumstance ("برصاص"، "بانفجار")
    return first in ADJUNCT_WORDS or first in LOCATIVE_WORDS \
        or (first[:1] in "وب" and len(first) > 2 and not _is_number(first[1:]))


def _object_follows(text: str, groups: list[Group], pos: int, c_end: int) -> bool:
    """A number or an ungoverned participant comes next in the clause: the verb's object."""
    gap_words = words_between(text, pos, c_end)
    if gap_words[:1] and _is_number(gap_words[0]):
        return True
    obj = _first_after(text, groups, pos, c_end, SUBJECT_GAP_WORDS)
    if obj is None:
        return False
    gap = words_between(text, pos, groups[obj].start)
    # "قتل مدنيان في غارة وخرق تركي": a participant inside an adjunct is no object, nor
    # one behind an agent marker ("قتل مدني بنيران القناصة") or the subject of a verb
    # resuming the weapon written with ب ("قتل طفل بقذيفة أطلقتها دبابة")
    return not _governed(text, groups[obj], pos) and not _locative(gap) \
        and not any(w in ADJUNCT_WORDS for w in gap) \
        and not _after_marker_word(text, groups[obj], pos) \
        and not _fired_by(gap)


def _fired_by(gap: list[str]) -> bool:
    """The words before a participant are a weapon with ب and a verb resuming it, with an
    adjective between at most ("بقذيفة أطلقتها"، "بقنبلة صوت ألقاها")."""
    return 2 <= len(gap) <= 3 and gap[0].startswith("ب") \
        and UNMARKED_RELATIVE_VERB.match(gap[-1]) is not None


def _victim_arguments(text, sentence, groups, t_start, t_end, c_start) -> Arguments:
    victims_i = _first_after(text, groups, t_end, sentence.end, 3)
    if victims_i is not None and _after_marker_word(text, groups[victims_i], t_end):
        victims_i = None    # "قُتلوا بنيران الجيش": the agent, the victims stand before
    if victims_i is None:
        victims_i = next((i for i, g in enumerate(groups) if g.start > t_end
                          and g.is_demonym_only and _counted_demonym(text, g, t_end)), None)
    if victims_i is None:
        before = _last_before(text, groups, t_start, c_start - 1, 3)
        victims = _chain_back(text, groups, before) if before is not None else []
    else:
        victims = chain_from(text, groups, victims_i)
    return _with_agents(text, sentence, groups, victims, t_end, "victim")


ATTACK_NOUN_REACH = 60      # characters back from a demonym to the attack noun it qualifies


def _on_attack_noun(text: str, g: Group) -> bool:
    """"بينما أصيب آخرون في قصف إسرائيلي": a demonym on an attack noun (over its nisba
    adjectives) names who attacked even across a word opening another fact, which then
    often shares that attack."""
    words = words_between(text, max(0, g.start - ATTACK_NOUN_REACH), g.start)
    while words and _is_nisba(words[-1]):
        words.pop()
    if not words:
        return False
    stem = unvowelled(words[-1]).lstrip("وف")
    return any(stem.removeprefix(p).removeprefix("ال") in ATTACK_NOUNS for p in ("", "ب", "ل"))


PARTITIVE_NOUN_WORDS = 2    # "نحو ألف من الكوادر الطبية الفلسطينية": the counted noun and its adjective


def _counted_demonym(text: str, g: Group, after: int) -> bool:
    """"استشهد أكثر من 3 آلاف فلسطيني"، "قتل نحو مئة من العمال الأجانب": a demonym that a
    count stands right before, or a count and a partitive من with a noun (and an adjective)
    between, names the people counted, not who killed or hurt them."""
    gap = words_between(text, after, g.start)
    counts = 0
    while counts < len(gap) and _count_word(gap[counts]):
        counts += 1
    if not any(_is_number(w) for w in gap[:counts]) or has_break(text, after, g.start):
        return False
    rest = gap[counts:]
    return not rest or (gap[counts - 1] == PARTITIVE_WORD and len(rest) <= PARTITIVE_NOUN_WORDS
                        and not any(w[:1] in "وفبلك" for w in rest))


def _with_agents(text: str, sentence: Sentence, groups: list[Group], victims: list[Group],
                 after: int, how: str) -> Arguments:
    """The victims and the agent named after ``after``: behind a marker (برصاص، على يد ...)
    or, failing that, a demonym ("استشهد 5 في قصف إسرائيلي"); not one the count describes
    (``_counted_demonym``), nor one past a word opening another fact unless it qualifies an
    attack noun ("، فيما أطلق فلسطيني النار")."""
    agents = _agent_after_marker(text, groups, after, sentence.end) \
        or _confronted(text, sentence, groups, after)
    if not agents:
        agents = next(([g] for g in groups if g.start > after and g.is_demonym_only
                       and g not in victims and not _counted_demonym(text, g, after)
                       and (_on_attack_noun(text, g)
                            or not opens_another_fact(text, after, g.start))), [])
    return Arguments([g for g in agents if g not in victims], victims, how)
