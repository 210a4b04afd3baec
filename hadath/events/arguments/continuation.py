"""Participants re-read once a verb's cascade has run: the object of a verb whose object
comes first read as its subject, the continuation of a subject read as the object, and the
author of the act a statement bears on.  Read by the coder after ``cascade.attach``."""
from __future__ import annotations

from ...records import Sentence
from ...text.matcher import Match
from ...text.normalize import normalize_string
from ...words import function_words, normalised
from ..lexicon import TriggerSense
from ..structure import (
    CLAUSE_BREAK,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    chain_from,
    clause_bounds,
    word_text,
    words_between,
)
from .relatives import act_author
from .result import Arguments

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()


OBJECT_FIRST_VERBS = normalised(_WORDS.object_first_verbs)
OBJECT_FIRST_COMPLEMENTS = normalised(_WORDS.object_first_complements)
LEAD_TIME_WORDS = _WORDS.time_words
STATEMENT_RESUMPTIVES = _WORDS.report_resumptives
NOMINATIVE_PLURAL_ENDING = "ون"
PLURAL_STEM_LETTERS = 4     # "ناشطون"، "مقدسيون"; not a singular in -ون ("قانون"، "زيتون")


def object_read_as_subject(text: str, groups: list[Group], hit: Match[TriggerSense],
                            args: Arguments) -> bool:
    """"واتهمت تل أبيب بارتكاب مجازر"، "التي حمّلت الأجهزة الأمنية المسؤولية": a verb whose
    object comes before its complement, read verb-first with one participant and nothing
    else named after it, right before that complement: the participant is the object.
    Participants read inside the complement ("بتمويل القصف الإسرائيلي") are part of the
    charge, not its object."""
    if not args.how.startswith("vso") or not args.actors \
            or normalize_string(text[hit.start:hit.end]) not in OBJECT_FIRST_VERBS:
        return False
    end = args.actors[-1].end
    if args.actors[0].start < hit.end or CLAUSE_BREAK.search(text, hit.end, end):
        return False    # "اتهم الرئيس، فلان، الحكومة ب": a subject in apposition
    last = args.actors[-1].mentions
    if len(last) > 1 and last[-1].kind == "demonym" and last[-2].kind == "person":
        return False    # "حث الرئيس فلان الإسرائيليين على": the people after the name are the object
    lead = words_between(text, hit.end, args.actors[0].start)
    if lead and not _object_lead(lead, args.actors[0]):
        return False    # "يحث حلفاء الرئيس على": the group is the genitive of the subject
    word = VOWELLED_WORD.search(text, end)
    if word is None or CLAUSE_BREAK.search(text, end, word.start()) \
            or any(g.start < word.end() and word.start() < g.end for g in groups):
        return False    # "اتهم الجيش بغزة": ب on a place, no complement
    if args.recipients and (args.recipients[0].start < word.start() or any(
            w.startswith("و") for w in words_between(text, end, args.recipients[0].start))):
        return False    # "يتهم مسؤولون بارزون وعائلات الأسرى فلانا": a subject joined by و
    complement = normalize_string(word_text(word))
    return complement in OBJECT_FIRST_COMPLEMENTS \
        or (complement.startswith("ب") and len(complement) > 3)


def _object_lead(lead: list[str], first: Group) -> bool:
    """Words between the verb and its one participant that leave that participant the
    object: a definite word or a time word ending them (an unnamed subject: "اتهم الخبير
    إسرائيل"), the pronoun of a statement the verb resumes ("تقريرا اتهمت فيه إسرائيل بـ":
    the subject is the statement's author), or one plural subject ending in -ون, which heads
    no construct ("يتهم مقدسيون السلطات بـ"; not before an adjective of origin, "محللون
    إسرائيليون")."""
    if lead[-1].startswith("ال") or lead[-1] in LEAD_TIME_WORDS:
        return True
    if all(w in STATEMENT_RESUMPTIVES for w in lead):
        return True
    plural = lead[0].endswith(NOMINATIVE_PLURAL_ENDING) \
        and len(lead[0]) - len(NOMINATIVE_PLURAL_ENDING) >= PLURAL_STEM_LETTERS
    return len(lead) == 1 and plural and first.mentions[0].kind != "demonym"


STATEMENT_PARTY_TYPES = frozenset({"REQUEST", "ACCUSE", "CONSULT", "REJECT", "SUPPORT", "THREATEN",
                                   "SANCTION", "AGREE", "AID", "CONCEDE"})
SUBJECT_ROLE_KINDS = frozenset({"institution", "agent"})
PEOPLE_PLURAL_ENDINGS = ("يين", "يون", "ين", "ون")


def with_subject_continuation(text: str, groups: list[Group], args: Arguments) -> Arguments:
    """"طالب المجلس الوزاري لمجلس التعاون ..."، "اتهمت منظمات حقوقية فلسطينية ...": a
    participant written right after the verb's subject that only continues it (the body an
    office belongs to, an adjective of origin) was read as the verb's object; it joins the
    subject, whose country it gives when the subject has none; the object is then the
    participant right after it."""
    if not args.actors or not args.recipients:
        return args
    subject = args.actors[-1]
    taken = 0
    for g in args.recipients:
        if text[subject.end:g.start - len(attached_prefix(text, g.start))].strip() \
                or not _continues_subject(text, subject, g):
            break
        subject = Group(subject.mentions + g.mentions)
        taken += 1
    if not taken:
        return args
    args.actors = args.actors[:-1] + [subject]
    args.recipients = args.recipients[taken:] or _object_right_after(text, groups, subject)
    args.how += "+subject-continued"
    return args


def _object_right_after(text: str, groups: list[Group], subject: Group) -> list[Group]:
    """The participant written right after the subject, with its coordinated ones."""
    for i, g in enumerate(groups):
        if g.start >= subject.end:
            between = text[subject.end:g.start - len(attached_prefix(text, g.start))]
            return chain_from(text, groups, i) if not between.strip() else []
    return []


def _continues_subject(text: str, subject: Group, g: Group) -> bool:
    """The body after لـ that an office or a countryless body belongs to ("المنسق الخاص
    للأمم المتحدة")، or a bare adjective of origin agreeing with an indefinite subject
    ("منظمات حقوقية فلسطينية"; not a plural of people: "حمّلت منظمات الإسرائيليين")."""
    last = subject.mentions[-1]
    if attached_prefix(text, g.start).lstrip("وف").startswith("ل") \
            or g.mentions[0].text.startswith("لل"):
        return last.kind in SUBJECT_ROLE_KINDS or subject.country is None
    if len(g.mentions) != 1 or g.mentions[0].kind != "demonym":
        return False
    adjective = g.mentions[0].text
    subject_word = text[last.start:last.end].split()[-1]
    return not adjective.startswith("ال") and not subject_word.startswith("ال") \
        and not adjective.endswith(PEOPLE_PLURAL_ENDINGS)


ACT_AUTHOR_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE"})
RELATIVE_PRONOUN_WORDS = frozenset(_WORDS.relative_pronouns)


def with_act_author(text: str, sentence: Sentence, groups: list[Group],
                     hit: Match[TriggerSense], args: Arguments) -> Arguments:
    """"نددت الوزارة بالقرار الذي أعلنه الوزير"، "رحبت بالحكم الذي أصدرته المحكمة": who
    took the condemned, rejected or welcomed act or decision, named in a relative clause on
    it, is the recipient.  A verbal noun in construct with that act ("إدانة المجزرة التي
    ارتكبها الجيش") had its author read as its own agent: it is the recipient there too."""
    c_end = clause_bounds(text, sentence, hit.start)[1]
    if "+relative-agent" in args.how and not args.recipients \
            and _construct_with_object(text, hit):
        args.recipients, args.actors = list(args.actors), []
        args.how += "+act-author"
        return args
    if "+relative-agent" in args.how:
        return args
    after = [g for g in args.actors if g.start >= hit.end]
    anchor = after[-1].end if after else hit.end
    if args.recipients and not all(g.start >= anchor for g in args.recipients):
        return args
    author = [g for g in act_author(text, groups, anchor, c_end) if g not in args.actors]
    if not author or any(anchor <= g.start < author[0].start for g in groups):
        return args
    if args.recipients and not all(g.start >= author[-1].end for g in args.recipients):
        return args
    # "نددوا بالإبادة التي ترتكبها إسرائيل ضد الشعب": a recipient read after the author
    # is whom the act was done to, inside the relative clause; the author is the one blamed
    args.recipients = author
    args.how += "+act-author"
    return args


def _construct_with_object(text: str, hit: Match[TriggerSense]) -> bool:
    """The verbal noun has no article and the next word is a definite noun, its object
    ("إدانة المجزرة"), not an adjective of the noun ("الانتقادات الحادة")."""
    if "ال" in attached_prefix(text, hit.start) or normalize_string(text[hit.start:hit.end]).startswith("ال"):
        return False
    word = VOWELLED_WORD.search(text, hit.end)
    return word is not None and word_text(word).startswith("ال") \
        and word_text(word) not in RELATIVE_PRONOUN_WORDS
