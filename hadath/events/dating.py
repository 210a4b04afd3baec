"""When: which time expression dates an event.

An event's date is the time expression governing it: one in the trigger's own clause
first, then the nearest one in the sentence, then the date the article's opening
sentences give the story (its lead).  Some expressions date nothing: the start of a
period ("منذ السابع من أكتوبر" — what happened since then has no single day, unless the
period began today: "منذ فجر اليوم"), and for a reported fact a day after publication
("الشهر المقبل" is when something is planned, not when this happened), and a page's
timestamp ("اليوم 12:05" standing on a line of its own, the clock of an embedded card that
the cleaner could not split off), and a time told of another fact of the sentence: in a
later clause that is more than a bare aside ("، كان قد خرج من السجن في آذار"), behind a
clause that opens another fact ("، بعدما وقّع البلدان اتفاقا في آذار"), or after a
relative pronoun on another noun ("جثة ابنها الذي توفي في أيار"), and a year that names
a document ("تعديل اتفاقية عام 2005").  With none of these
the date is null; the publication date is never used for lack of anything else.  So is
it when the governing time names no day ("رُفضت قبل أشهر"، "في الأسابيع الأخيرة"): the
statement's or the lead's day is not that fact's.  A time inside a quotation opened after
the trigger is the quoted words' own, and a year after ل ("الانتخابات لعام 2020") names a noun.  An
event's date is a day at most: a clock time ("الساعة 10:30 صباح اليوم") dates it to its
day.  A reaction (a statement, call or meeting) after "إثر / عقب / في أعقاب" another
happening does not take that happening's time, nor does an act named in a statement's topic
("نداءات بشأن ...") take the statement's day.  One fact does take a period's first day:
the one the period began with ("منذ السابع من أكتوبر ... بعد أن شنت حماس هجوما").
"""
from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date, timedelta
from functools import lru_cache

from ..clean import default_patterns, fold_arabic
from ..recognize import Analysis
from ..recognize.times import names_day_count, time_tables
from ..records import DAY_PRECISIONS, Event, Sentence, Span, TimeMention
from ..text.normalize import normalize_key, normalize_string
from ..words import alternation, function_words
from .counts import opens_another_fact, opens_toll_phrase
from .structure import (
    CLAUSE_BREAK,
    COMPLEMENTISER,
    NISBA_ENDING,
    SINCE_WORD,
    SINCE_WORD_RE,
    VOWELLED_WORD,
    clause_bounds,
    quotation_open,
    unvowelled,
    word_text,
    words_between,
    written_word_start,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

# A time naming no day ("قبل أشهر") after the trigger is its own only this few words on
# ("تم رفضه قبل أشهر"، "عملية طعن في المدينة قبل أشهر"); further on it tells of a later noun
# ("اعتقلت شابا بدعوى المشاركة في هجوم قبل أشهر").
VAGUE_REACH_WORDS = 4
LEAD_SENTENCES = 3          # the opening sentences whose date is the story's date
SINCE_LOOKBACK = 6          # characters before a time expression searched for منذ
# "منذ بدء الحرب على غزة في 7 أكتوبر": a date a few words after منذ + the start of a period
PERIOD_START_NOUNS = frozenset(normalize_string(w) for w in time_tables().raw["period_start_nouns"])
SINCE_REACH_WORDS = 7
# "رفضت تعديل اتفاقية عام 2005"، "منذ توقيع اتفاق أوسلو عام 1993": a time right after the noun
# of an agreement or law (or after the noun and its one-word name) names the document.
DOCUMENT_NOUNS = frozenset(normalize_string(w) for w in time_tables().raw["document_nouns"])
YEAR_PREPOSITIONS = frozenset(normalize_string(w) for w in time_tables().raw["year_prepositions"])
DOCUMENT_REACH_CHARS = 60
# "لعام 2020"، "للعام المقبل": the preposition ل before a year word (the article contracted)
YEAR_OF_NOUN_WORDS = frozenset(prep + normalize_string(w).removeprefix("ال")
                               for w in time_tables().raw["year_cues"] for prep in ("ل", "لل"))
AGREEMENT_EVENT = "AGREE"   # its date is the document's own ("وقع البلدان اتفاق الطائف عام 1989")
# what may be written before a document noun ("وباتفاقية"، "للقانون")
DOCUMENT_NOUN_PREFIXES = ("وبال", "وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")
# A lead whose day is this many days before publication is the news of the day; an older
# one ("في السابع من أكتوبر ...") tells the story's background, which the body's later
# statements do not share.
NEWS_DAY_LAG = 1
# A page stamped this many days before the war day its lead counts ("اليوم الـ193" on a
# page of the 15th that reports the 16th): the stamp lags the report.
STAMP_LAG_DAYS = 1
# Event forms the lead's date carries over to: finished happenings.  Ongoing (imperfect)
# and background mentions stay undated.
LEAD_FORMS = ("past", "nouns", "passive")
# A day said only further down the body ("... اليوم") dates attacks, raids, protests and
# deployments of the report, not statements, which often recall older positions.
MATERIAL_CONFLICT = 4       # the PLOVER quad
TIMESTAMP_RULE = "timestamp"    # the chrome.json rules that recognise a page's timestamps
# What sets a page timestamp off from the prose on its line: a run of spaces.
_GAP = re.compile(r"[^\S\n]{2,}")
# A closed class of adverbs that anchor a fact to another one's time ("after it", "then").
# What opens the fact a period began with: "(منذ <date> ...) بعد أن / إثر / عقب ...".
PERIOD_ORIGIN = re.compile(rf"(?<!\w)[وف]?{alternation(_WORDS.period_origin_openers)}(?!\w)")
ORIGIN_REACH = 3            # words at most between that opener and the event's trigger
# "أول لقاء بين الوزيرين منذ 5 سنوات"، "جولته الأولى منذ توليه"، "لأول مرة منذ": منذ after the
# first of a kind measures the gap since the last one; it opens no period of the event.
FIRST_OF_KIND = re.compile(r"(?<!\w)(?:[وفبلك]?(?:أول|اول)|[وف]?(?:لل|ال)(?:أول|اول)[ىى]?)(?!\w)")
GAP_REACH = 8               # the ordinal is among the last words before منذ
MONTH_HEADS = _WORDS.month_heads    # "تشرين الأول" is a month
# "حل الوزير ضيفا على مسقط بعد زيارة نظيره للرباط في آذار": a time inside a phrase that
# names another happening after بعد / قبل dates that happening.
# (عقب / إثر tell what follows at once, often on the same day: not these.)
OTHER_EVENT_OPENER = re.compile(rf"(?<!\w)[وف]?{alternation(_WORDS.other_event_prepositions)}\s+(?=\w)")
# "استقال الوزير على خلفية إخفاقات السابع من أكتوبر": a time inside the cause after the
# trigger dates the cause.  Not for ASSAULT: "قتل ثلاثة بسبب القصف أمس" is the attack's day.
CAUSE_OPENER = re.compile(rf"(?<!\w)[وف]?{alternation(_WORDS.cause_prepositions)}(?!\w)")
CAUSE_EXEMPT_EVENTS = frozenset({"ASSAULT"})
# "أعرب عن تضامنه إثر محاولة اغتياله في 13 تموز": a statement, call or meeting right after
# another happening reacts to it, often days later; a time inside the phrase is that
# happening's.  Material acts share the day of what they follow ("أصيب جندي عقب اقتحام المخيم").
AFTERMATH_OPENER = re.compile(rf"(?<!\w)[وف]?{alternation(time_tables().raw['aftermath_openers'])}(?!\w)")
# "أطلقت المنظمات اليوم نداءات بشأن هدم الآبار": a verbal noun in the topic of a statement
# is what the statement is about; the statement's day before the topic word is not its day.
TOPIC_OPENER = re.compile(rf"(?<!\w)[وف]?{alternation(time_tables().raw['topic_prepositions'])}(?!\w)")
# "بثت القسام اليوم الخميس مشاهد من قنص جندي": an act named right after a noun of published
# footage is what the footage shows, often days old; the day it came out is not the act's.
FOOTAGE_NOUNS = frozenset(normalize_string(w) for w in time_tables().raw["footage_nouns"])
FOOTAGE_REACH_WORDS = 4     # words before the trigger that may hold it ("مشاهد قالت إنها من قصف")
NOUN_FORM = "nouns"
PARTICIPLE_FORM = "participles"
# A time in a clause after the trigger's dates it only as a bare aside ("قصفت الطائرات
# البلدة، مساء أمس،"): a clause holding little besides the time, close to the trigger's
# clause, with no clause between them that opens another fact.
ASIDE_EXTRA_WORDS = 2       # words of the time's clause outside time expressions ("وذلك في")
ASIDE_GAP_WORDS = 8         # words of the clauses between the aside and the trigger's clause
# The first words of a clause that opens another fact ("، التي ..."، "، بعد أن ..."، "، إن ...").
FACT_OPENERS = frozenset(_WORDS.clause_openers) | frozenset(_WORDS.relative_pronouns) \
    | frozenset(_WORDS.object_aside_breakers) | frozenset(_WORDS.other_event_prepositions) \
    | frozenset(w for w in _WORDS.period_origin_openers if " " not in w)
# Inside the trigger's clause, a time after one of these words, standing further from the
# trigger than its own modifiers, is told of another fact: "رفضت العائلة طلب التشريح لجثة
# ابنها الذي توفي في أيار"، "دعا إلى ... كما أوضحت المحكمة في تموز".
OTHER_FACT_WORDS = frozenset(_WORDS.relative_pronouns) | {"كما", "ما"}
OWN_MODIFIER_WORDS = 2      # words after the trigger that still describe it ("الغارة الإسرائيلية التي")
RELATIVE_PRONOUNS = frozenset(unvowelled(w) for w in _WORDS.relative_pronouns)
# "قالت المنظمة أمس إن عشر قوافل فقط أدخلت المساعدات خلال شهرين": a reported fact told over
# days, weeks, months or years has no single day, and the statement's day is not its date.
SPAN_PREPOSITIONS = re.compile(
    rf"(?<!\w)[وف]?{alternation(time_tables().raw['reported_span_prepositions'])}(?!\w)")
SPAN_UNITS = frozenset(normalize_string(w) for unit in ("day", "week", "month", "year")
                       for forms in time_tables().raw["units"][unit].values() for w in forms)
SPAN_REACH_WORDS = 3        # words after the preposition that may hold the unit ("خلال الـ100 يوم")
# "خلال اليوم"، "خلال الليلة": today, not a stretch of days
NOT_SPAN_WORDS = frozenset(normalize_string(w) for w in time_tables().raw["relative_days"]["0"])
# the comma and the منذ opening the clause after the trigger's ("، منذ السابع من أكتوبر")
PERIOD_ASIDE = re.compile(rf"[،,]\s*({SINCE_WORD_RE.pattern})")
RELATIVE_TIME = re.compile(rf"(?<!\w)(?:[وف]?{alternation(_WORDS.relative_time_adverbs)}"
                           rf"|{alternation(_WORDS.relative_time_prepositions)} ذلك)(?!\w)")


def assign_date(event: Event, t_start: int, form: str, times: list[TimeMention],
                lead_date: TimeMention | None, analysis: Analysis,
                trigger_starts: Collection[int] = ()) -> None:
    """Set ``event.date``/``date_precision``/``date_span`` from the governing time.
    ``trigger_starts``: where the sentence's other event words start (a time told after
    "بعد زيارة ..." dates that visit)."""
    text = analysis.layer.text
    published = analysis.document.published
    c_start, c_end = clause_bounds(text, event.sentence, t_start)
    spanned = _reported_over_span(text, event.sentence, t_start)
    footage = _footage_noun(text, event.sentence, t_start)
    reaches = {t: _reaches_trigger(text, event.sentence, t, t_start, times, published, form)
               for t in times}
    causes = {t for t in times if _dates_another_happening(event, form, text, t, t_start, published)}
    usable = [t for t in times
              if (can_date(t, text, published, allow_future=event.hypothetical)
                  or _starts_period(text, t, t_start, published))
              and not _in_another_fact(text, t, t_start, published)
              and not _dates_named_event(text, t, event.trigger.end, published, trigger_starts)
              and t not in causes
              and not (event.event != AGREEMENT_EVENT and _names_document(text, event.sentence, t, t_start))
              and not _names_year_of_noun(text, t)
              and not _quoted_after_trigger(text, event.sentence, t, event.trigger.end)
              and reaches[t]
              and not (event.hypothetical and _statement_time(t, event.trigger.end, published))
              and not (spanned is not None and t.end <= spanned)
              and not _published_before_footage(t, event.sentence, footage)]
    # a sentence whose days belong to its other facts does not take the lead's day either
    told_elsewhere = any((not reaches[t] or t in causes) and can_date(t, text, published, allow_future=False)
                         for t in times)
    # "قالت المصادر الأحد إن الخطة رُفضت قبل أشهر": a past time that names no day, governing
    # the trigger (in its clause, nearer than any usable time), leaves the fact undated
    vague = [t for t in times if c_start <= t.start < c_end and _vague_time(text, t) and reaches[t]
             and not _in_another_fact(text, t, t_start, published)
             and (t.start < t_start or len(words_between(text, event.trigger.end, t.start)) <= VAGUE_REACH_WORDS)]
    period = _period_start(text, t_start, c_end)
    if period is None and not opens_toll_phrase(event.trigger.text):
        period = _period_aside(text, event.sentence, c_end)
    if period is not None:
        # "استولت على الأراضي منذ بدء الحرب": the fact spans a period with no single day,
        # so a time elsewhere in the sentence is not its date; one between the verb and
        # منذ is ("قتل أمس في القصف المتواصل منذ أسبوع"), and so is a period begun today.
        usable = [t for t in usable if t_start <= t.start < period
                  or (t.start >= period and published and t.value[:10] == published)]
    if usable or vague:
        t = min(usable + vague, key=lambda t: (not (c_start <= t.start < c_end), abs(t.start - t_start)))
        if t.value:
            _set(event, t)
        return
    origin = _period_origin(event, t_start, times, text, published)
    if origin is not None and not event.hypothetical:
        _set(event, origin)
        return
    if lead_date and form in LEAD_FORMS and not event.hypothetical and period is None \
            and spanned is None \
            and not _published_before_footage(lead_date, event.sentence, footage) \
            and not told_elsewhere \
            and not _placed_elsewhere(times, text) \
            and not _relative_time(text, event) \
            and not (event.quad != MATERIAL_CONFLICT and _inside_quotation(text, event.sentence.start, t_start)) \
            and _shares_participants(event, analysis, lead_date) \
            and (event.quad == MATERIAL_CONFLICT
                 or (_in_lead(analysis, lead_date)
                     and (_event_in_lead(analysis, event) or _news_day(lead_date, published)))) \
            and not (form == "nouns" and _after_imperfect_verb(text, event, t_start, analysis)):
        _set(event, lead_date)


# Trigger forms that say nothing of when: a present verb or a noun may tell of what is to come.
UNMARKED_TIME_FORMS = frozenset({"present", "nouns"})
# Words that mark a time as still to come ("غدا"، "بعد غد"، "الأحد المقبل"): a time after
# publication without one ("خلال 24 ساعة"، "بعد يومين من ...") may be read the wrong way.
TO_COME_WORDS = frozenset(
    [w for w, offset in time_tables().relative_days.items() if offset > 0]
    + [w for w, kind in time_tables().directions.items() if kind == "future"])
# A call or a threat is made now about what is to come ("ويدعو إلى الخروج غدا").
ABOUT_THE_FUTURE_EVENTS = frozenset({"REQUEST", "THREATEN"})
# "أبعدته حتى الأحد المقبل": a time after حتى ends a stretch that begins now.
UNTIL_WORDS = frozenset(normalize_key(w) for w in ("حتى", "لغاية", "غاية"))


def time_to_come(event: Event, t_start: int, form: str, times: list[TimeMention],
                 analysis: Analysis, trigger_starts: Collection[int] = ()) -> TimeMention | None:
    """"يزور الرئيس القاهرة الأربعاء المقبل"، "جلسة طارئة للمجلس غدا": a time after the
    publication, in the clause of a present verb or a noun and reaching it as its date would,
    tells that the fact is still to come.  Not a time with another event word between it and
    the trigger ("حظر مظاهرة كانت مقررة السبت المقبل": the demonstration's).  None when there
    is no such time."""
    published = analysis.document.published
    if form not in UNMARKED_TIME_FORMS or not published or event.event in ABOUT_THE_FUTURE_EVENTS:
        return None
    text = analysis.layer.text
    c_start, c_end = clause_bounds(text, event.sentence, t_start)
    return next((t for t in times
                 if c_start <= t.start < c_end and t.kind == "date" and t.value
                 and is_after(t.value, published) and _marked_to_come(t)
                 and not _after_until(text, t)
                 and not _another_fact_between(text, t_start, t, trigger_starts)
                 and not is_page_timestamp(text, t)
                 and not _told_of_other_fact(text, t_start, t.start)), None)


# "حظر مظاهرة كانت مقررة السبت المقبل": a time after a form of كان is that verb's.
WAS_FORMS = frozenset(normalize_key(w) for w in _WORDS.past_auxiliaries)


def _another_fact_between(text: str, t_start: int, t: TimeMention, trigger_starts: Collection[int]) -> bool:
    """Another event word, or a form of كان, stands between the trigger and the time: the
    time is that one's."""
    own = written_word_start(text, t_start)
    lo, hi = (t.end, own) if t.start < t_start else (t_start, t.start)
    return any(lo < s < hi and s != own for s in trigger_starts) \
        or any(normalize_key(w).lstrip("و") in WAS_FORMS for w in VOWELLED_WORD.findall(text, lo, hi))


def _after_until(text: str, t: TimeMention) -> bool:
    before = VOWELLED_WORD.findall(text, max(0, t.start - 20), t.start)[-1:]
    return bool(before) and normalize_key(before[0]).lstrip("و") in UNTIL_WORDS


def _marked_to_come(t: TimeMention) -> bool:
    """A word of the time says it is still to come (غدا، بعد غد، المقبل، القادم)."""
    words = normalize_key(t.text).split()
    return any(w.removeprefix("و") in TO_COME_WORDS for w in words) \
        or any(" ".join(pair) in TO_COME_WORDS for pair in zip(words, words[1:]))


def _vague_time(text: str, t: TimeMention) -> bool:
    """A time that names no day ("قبل أشهر"، "في الأسابيع الأخيرة"), not the start of a
    period."""
    return t.kind == "date" and not t.value and not is_since(text, t)


def _names_year_of_noun(text: str, t: TimeMention) -> bool:
    """"الانتخابات التمهيدية لعام 2020"، "موازنة الدولة للعام المقبل": a year introduced by
    the preposition ل names the year of the noun before it, not a fact's date."""
    if t.precision != "year":
        return False
    word = VOWELLED_WORD.search(text, _word_start(text, t.start))
    return word is not None and normalize_string(word_text(word)).removeprefix("و") in YEAR_OF_NOUN_WORDS


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _quoted_after_trigger(text: str, sentence: Sentence, t: TimeMention, trigger_end: int) -> bool:
    """"اتهم الحكومة بـ"الفشل في حماية البلدة في آذار الماضي"": a time inside a quotation
    opened after a trigger that is not itself quoted belongs to the quoted words, not to the
    trigger's fact."""
    return t.start > trigger_end and not quotation_open(text[sentence.start:trigger_end]) \
        and quotation_open(text[trigger_end:t.start])


def _reported_over_span(text: str, sentence: Sentence, t_start: int) -> int | None:
    """Where the complementiser opening the trigger's reported clause stands, when that clause
    tells its fact over days, weeks, months or years ("قالت المنظمة أمس إن عشر قوافل فقط
    أدخلت المساعدات خلال شهرين"، "إن مئات المرضى توفوا خلال 90 يوما بسبب منع علاجهم"): a time
    before it is the statement's day, not the fact's.  A span of hours ("خلال 24 ساعة") is
    the day's report and keeps it.  None when the trigger is not so reported."""
    complementisers = list(COMPLEMENTISER.finditer(text, sentence.start, t_start))
    if not complementisers:
        return None
    opener = complementisers[-1]
    _, c_end = clause_bounds(text, sentence, t_start)
    for m in SPAN_PREPOSITIONS.finditer(text, opener.end(), c_end):
        if _names_span_unit(words_between(text, m.end(), c_end)[:SPAN_REACH_WORDS]):
            return opener.start()
    return None


def _names_span_unit(words: list[str]) -> bool:
    """One of the words is a unit of days or longer, bare or with the article ("شهرين"،
    "الأسابيع"، "الـ100 يوم"), not "اليوم" (today)."""
    for word in words:
        bare = normalize_string(word)
        if bare in NOT_SPAN_WORDS:
            continue
        if bare in SPAN_UNITS or bare.removeprefix("ال") in SPAN_UNITS:
            return True
    return False


def _inside_quotation(text: str, sentence_start: int, t_start: int) -> bool:
    """"... وقال الوزير: "نرفض كل تسوية"": a trigger inside a quotation that is still open is
    reported speech, told at a time of its own, not the day of the lead's story.  Only for
    statements and other verbal events: a correspondent's quoted report of a raid or a
    strike ("وقالت مراسلتنا إن "قوات الاحتلال اقتحمت البلدة"") is the news of the day."""
    return quotation_open(text[sentence_start:t_start])


def _names_document(text: str, sentence: Sentence, t: TimeMention, t_start: int) -> bool:
    """The time stands right after a document's noun, or after the noun and a one-word name
    ("اتفاقية عام 2005"، "اتفاق أوسلو عام 1993"): it names the document.  Not for the event
    whose trigger is that noun or the word governing it ("توقيع اتفاق أوسلو عام 1993")."""
    c_start, _ = clause_bounds(text, sentence, t.start)
    words = list(VOWELLED_WORD.finditer(text, max(c_start, t.start - DOCUMENT_REACH_CHARS), t.start))
    for back in (1, 2):
        if len(words) < back or (back == 2 and normalize_string(word_text(words[-1])) in YEAR_PREPOSITIONS):
            return False
        if _is_document_noun(word_text(words[-back])):
            governing = words[-back - 1].start() if len(words) > back else words[-back].start()
            return not governing <= t_start < t.start
    return False


def _is_document_noun(word: str) -> bool:
    bare = normalize_string(word)
    return bare in DOCUMENT_NOUNS or any(
        bare.startswith(p) and bare[len(p):] in DOCUMENT_NOUNS for p in map(normalize_string, DOCUMENT_NOUN_PREFIXES))


def _news_day(t: TimeMention, published: str | None) -> bool:
    """The date is the report's day or at most ``NEWS_DAY_LAG`` days before it (no
    publication date: taken as news)."""
    if not published or not t.value or len(t.value) < 10:
        return not published
    try:
        day, pub = date.fromisoformat(t.value[:10]), date.fromisoformat(published[:10])
    except ValueError:
        return False
    return timedelta(0) <= pub - day <= timedelta(days=NEWS_DAY_LAG)


def _event_in_lead(analysis: Analysis, event: Event) -> bool:
    """The event stands in the headline or in one of the opening body sentences."""
    return event.sentence.is_headline or any(s.index == event.sentence.index for s in _lead_body(analysis))


def _statement_time(t: TimeMention, t_end: int, published: str | None) -> bool:
    """"دعا الوزير، أمس، إلى وقف القتال": a day no later than publication told before a
    planned or demanded fact is the day of the statement, not of that fact."""
    return t.start < t_end and not is_after(t.value or "", published)


def lead_sentence_date(analysis: Analysis) -> TimeMention | None:
    """The story's date: the first day-precise date the opening body sentences give that
    can date an event (not a period start, not after publication)."""
    body = _lead_body(analysis)
    text = analysis.layer.text
    times = sorted(analysis.times, key=lambda t: t.start)
    for sentence in body:
        for t in times:
            if sentence.start <= t.start < sentence.end and t.kind == "date" \
                    and t.precision in DAY_PRECISIONS \
                    and not quotation_open(text[sentence.start:t.start]) \
                    and can_date(t, text, analysis.document.published, allow_future=False):
                return t
    # a report whose lead names no day but whose body says "today" is today's report (for
    # its material happenings only: assign_date)
    published = analysis.document.published
    for t in times:
        if t.kind == "date" and t.precision in DAY_PRECISIONS and published \
                and t.value[:10] == published[:10] and not is_since(text, t) \
                and can_date(t, text, published, allow_future=False):
            return t
    return None


def can_date(t: TimeMention, text: str, published: str | None, *, allow_future: bool) -> bool:
    """Whether a time expression can be an event's date."""
    if not t.value or t.kind != "date" or is_page_timestamp(text, t):
        return False
    if is_since(text, t) and not (published and t.value[:10] == published):
        return False
    return allow_future or not is_after(t.value, published) or _stamp_lags_day_count(t, published)


def _stamp_lags_day_count(t: TimeMention, published: str | None) -> bool:
    """"في اليوم الـ193 للحرب" on a page stamped the day before: the count states the day the
    report was written (a live page opened the evening before carries the earlier stamp), so
    it is the report's day, not a day to come."""
    if not published or not names_day_count(t):
        return False
    try:
        lag = date.fromisoformat(t.value[:10]) - date.fromisoformat(published[:10])
    except ValueError:
        return False
    return lag == timedelta(days=STAMP_LAG_DAYS)


@lru_cache(maxsize=256)      # asked again for every event of the sentence
def is_page_timestamp(text: str, t: TimeMention) -> bool:
    """The time expression is a timestamp of the page, not part of a sentence: the stretch
    around it, up to a line break on one side and a line break or a run of spaces on the
    other, is what the cleaner removes as a timestamp line ("اليوم 12:05", "2 أيلول")."""
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    line_end = len(text) if line_end < 0 else line_end
    gaps_before = list(_GAP.finditer(text, line_start, t.start))
    gap_after = _GAP.search(text, t.end, line_end)
    start = gaps_before[-1].end() if gaps_before else line_start
    end = gap_after.start() if gap_after else line_end
    stretch = text[start:end].strip()
    if (start != line_start and end != line_end) or not any(ch.isdigit() for ch in stretch):
        # spaces on both sides: a double-spaced sentence; no clock or day number: a
        # sentence that opens with its own "أمس"
        return False
    return _is_timestamp_line(stretch)


def _is_timestamp_line(stretch: str) -> bool:
    words = len(stretch.split())
    return any(rule.why == TIMESTAMP_RULE and words <= rule.max_words
               and rule.pattern.search(fold_arabic(stretch)) is not None
               for rule in default_patterns().lines)


def is_after(value: str, published: str | None) -> bool:
    """The date lies after publication at its own precision (2024-10 after 2024-09-18)."""
    if not published:
        return False
    day = value[:10]
    return day > published[:len(day)]


def is_since(text: str, t: TimeMention) -> bool:
    return since_position(text, t) is not None


def _starts_period(text: str, t: TimeMention, t_start: int, published: str | None) -> bool:
    """The trigger names the happening a period began with and the time its day: "منذ بدء
    توغل الجيش في البلدة الأربعاء الماضي" dates the incursion to that Wednesday."""
    if not t.value or t.kind != "date" or is_after(t.value, published) or is_page_timestamp(text, t):
        return False
    since = since_position(text, t)
    return since is not None and since < t_start < t.start \
        and len(VOWELLED_WORD.findall(text, since, t_start)) <= 2


def since_position(text: str, t: TimeMention) -> int | None:
    """Where the منذ that makes ``t`` a period's start stands: right before it ("منذ أمس")
    or a few words before it in its clause, followed by the start of a period ("منذ بدء
    العدوان على غزة في 7 أكتوبر")."""
    near = text.rfind(SINCE_WORD, max(0, t.start - SINCE_LOOKBACK), t.start + 3)
    if near >= 0:
        return near
    clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(text, max(0, t.start - 200), t.start)),
                       default=max(0, t.start - 200))
    for m in reversed(list(SINCE_WORD_RE.finditer(text, clause_start, t.start))):
        words = VOWELLED_WORD.findall(text, m.end(), t.start)
        if words and len(words) <= SINCE_REACH_WORDS and normalize_string(words[0]) in PERIOD_START_NOUNS:
            return m.start()
    return None


def _period_start(text: str, t_start: int, c_end: int) -> int | None:
    """Where a period ("منذ ...") opens after the trigger in its own clause, if it does
    (not a gap after the first of a kind: "أول لقاء بينهما منذ 5 سنوات")."""
    for m in SINCE_WORD_RE.finditer(text, t_start, c_end):
        if not is_gap_since(text, m.start()):
            return m.start()
    return None


def is_gap_since(text: str, since: int) -> bool:
    """The منذ at ``since`` follows the first of a kind a few words before it in its clause
    ("وهي أول قمة تجمع الزعيمين منذ 5 سنوات"): it measures the time since the last one."""
    clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(text, max(0, since - 200), since)),
                       default=max(0, since - 200))
    words = words_between(text, clause_start, since)
    return any(FIRST_OF_KIND.fullmatch(words[i]) and not (i > 0 and words[i - 1] in MONTH_HEADS)
               for i in range(max(0, len(words) - GAP_REACH), len(words)))


def _dates_another_happening(event: Event, form: str, text: str, t: TimeMention, t_start: int,
                             published: str | None) -> bool:
    """The time is told of a happening the event's clause names beside its trigger: its
    cause, what a reaction follows, or the act a statement's topic names."""
    return (event.event not in CAUSE_EXEMPT_EVENTS and _dates_cause(text, t, event.trigger.end, published)) \
        or (event.quad != MATERIAL_CONFLICT
            and _dates_cause(text, t, event.trigger.end, published, AFTERMATH_OPENER)) \
        or ((form == NOUN_FORM or (event.quad == MATERIAL_CONFLICT and _joined_by_and(text, t_start)))
            and _statement_day_before_topic(text, event.sentence, t, t_start))


def _dates_cause(text: str, t: TimeMention, t_end: int, published: str | None,
                 opener: re.Pattern = CAUSE_OPENER) -> bool:
    """The time stands after the trigger inside a cause phrase of its clause ("على خلفية
    ..."، "بسبب ..."; or what ``opener`` opens): it dates the cause.  The report's own day
    stays the fact's."""
    if t.start < t_end or (published and t.value and t.value[:10] == published[:10]):
        return False
    return any(not CLAUSE_BREAK.search(text, t_end, m.start()) and not CLAUSE_BREAK.search(text, m.end(), t.start)
               for m in opener.finditer(text, t_end, t.start))


def _statement_day_before_topic(text: str, sentence: Sentence, t: TimeMention, t_start: int) -> bool:
    """"أطلقت المنظمات اليوم نداءات بشأن اعتداءات الاحتلال وهدمها الآبار": the time stands
    before a topic word ("بشأن"، "حول"، "إزاء") that opens the phrase holding the trigger, all
    in one clause: it is the statement's day, not the day of the act it is about."""
    if t.end > t_start or CLAUSE_BREAK.search(text, t.end, t_start):
        return False
    return TOPIC_OPENER.search(text, t.end, t_start) is not None


def _footage_noun(text: str, sentence: Sentence, t_start: int) -> int | None:
    """Where the noun of published footage stands whose shown act the trigger names: one of
    the last ``FOOTAGE_REACH_WORDS`` words before the trigger's word, in its clause ("بثت
    ... مشاهد من استهداف"، "مقطع فيديو يظهر قنص"، "صورا لقصف"); None when there is none."""
    c_start, _ = clause_bounds(text, sentence, t_start)
    words = list(VOWELLED_WORD.finditer(text, c_start, written_word_start(text, t_start)))
    for word in reversed(words[-FOOTAGE_REACH_WORDS:]):
        bare = normalize_string(word_text(word))
        if bare in FOOTAGE_NOUNS or (bare[:1] in "وف" and bare[1:] in FOOTAGE_NOUNS):
            return word.start()
    return None


def _published_before_footage(t: TimeMention, sentence: Sentence, footage: int | None) -> bool:
    """The time stands in the sentence before the footage noun (``_footage_noun``): it is
    the day the footage came out, so it dates the shown act neither as its own time nor as
    the lead's day."""
    return footage is not None and sentence.start <= t.start < footage


def _joined_by_and(text: str, t_start: int) -> bool:
    """"بشأن اعتداءات الاحتلال وهدمها الآبار": the trigger is written joined to و, as the
    next noun of a coordinated phrase is (the tagger may read "وهدمها" as a past verb)."""
    return t_start >= 2 and text[t_start - 1] == "و" and not text[t_start - 2].isalnum()


def _period_aside(text: str, sentence: Sentence, c_end: int) -> int | None:
    """"إن القوات اعتقلت 770 طفلا، منذ السابع من أكتوبر": a clause right after the trigger's
    that opens with منذ is a period aside of the fact (not a gap after the first of a kind);
    where its منذ stands, or None."""
    if c_end >= sentence.end:
        return None
    m = PERIOD_ASIDE.match(text, c_end, sentence.end)
    if m is None or is_gap_since(text, m.start(1)):
        return None
    return m.start(1)


def _dates_named_event(text: str, t: TimeMention, t_end: int, published: str | None,
                       trigger_starts: Collection[int]) -> bool:
    """The time stands after the trigger inside a بعد / قبل phrase whose head is another
    event word ("حل ضيفا على مسقط بعد زيارة نظيره للرباط في آذار"): it is that one's date.
    The report's own day is the news day of the whole sentence."""
    if t.start < t_end or (published and t.value and t.value[:10] == published[:10]):
        return False
    return any(m.end() in trigger_starts and not CLAUSE_BREAK.search(text, m.end(), t.start)
               for m in OTHER_EVENT_OPENER.finditer(text, t_end, t.start))


def in_period(text: str, sentence, t_start: int) -> bool:
    """The fact at ``t_start`` spans a period that opens after it in its own clause."""
    return _period_start(text, t_start, clause_bounds(text, sentence, t_start)[1]) is not None


def _period_origin(event: Event, t_start: int, times: list[TimeMention], text: str,
                   published: str | None) -> TimeMention | None:
    """The day a period began, for the fact it began with: "ومنذ السابع من أكتوبر تشن
    إسرائيل حربا ... بعد أن شنت حماس هجوما" dates the attack to the seventh.  The period's
    start must come before the opener, the opener right before the trigger, and the start
    be a day no later than publication."""
    sentence = event.sentence
    for opener in PERIOD_ORIGIN.finditer(text, sentence.start, t_start):
        if len(VOWELLED_WORD.findall(text[opener.end():t_start])) > ORIGIN_REACH \
                or CLAUSE_BREAK.search(text, opener.end(), t_start):
            continue
        starts = [t for t in times
                  if sentence.start <= t.start < opener.start() and t.kind == "date" and t.value
                  and t.precision == "day" and is_since(text, t) and not is_after(t.value, published)]
        if starts:
            return starts[-1]
    return None


def _in_another_fact(text: str, t: TimeMention, t_start: int, published: str | None) -> bool:
    """"خلال اقتحامه المدينة، كما أعاد اعتقال فتاة أفرج عنها في نوفمبر الماضي": a time
    told in another fact of the sentence, naming a day other than the report's own, is that
    fact's.  The report's day ("منذ فجر اليوم، في حين ...") is the news day of the whole
    sentence."""
    if published and t.value and t.value[:10] == published[:10]:
        return False
    return opens_another_fact(text, min(t.end, t_start), max(t.start, t_start))


def _reaches_trigger(text: str, sentence: Sentence, t: TimeMention, t_start: int,
                     times: list[TimeMention], published: str | None, form: str) -> bool:
    """Whether a time of the sentence can date the fact whose trigger is at ``t_start``.
    In the trigger's clause it can, and so can the report's own day, month or year ("خلال
    هذا العام") anywhere in the sentence;
    a participle opening its clause ("قال الوزير، أمس، إن ...، داعيا إلى") shares the time of
    the clause it hangs on.  A time after the trigger's clause dates it as a bare aside
    ("أغارت الطائرات على البلدة، فجر اليوم،"), not when told inside another fact ("، كان
    قد خرج من السجن في آذار").  A time before it does, as the statement's day dates what
    it reports ("قال الوزير الاثنين، إن القوات منعت"), unless a clause that opens another fact
    stands between them ("، بعدما وقّع البلدان اتفاقا") or the trigger's clause is a new
    coordinated fact ("، وتقول العائلات إن الجنود قتلوا")."""
    c_start, c_end = clause_bounds(text, sentence, t_start)
    if _report_time(t, published) \
            or (form == PARTICIPLE_FORM and t.start < t_start and _opens_clause(text, c_start, t_start)):
        return True
    if c_start <= t.start < c_end:
        return not _told_of_other_fact(text, t_start, t.start)
    t_start_c, t_end_c = clause_bounds(text, sentence, t.start)
    if t.start >= c_end:
        return _is_bare_aside(text, t_start_c, t_end_c, times) \
            and _open_path(text, sentence, c_end, t_start_c, ASIDE_GAP_WORDS)
    if _in_earlier_fact(text, sentence, t_start_c, t_end_c, times):
        return False
    if _coordinated_trigger(text, c_start, t_start):
        return _chain_head(text, sentence, c_start) <= t_start_c \
            or _open_path(text, sentence, t_end_c, c_start, None)
    return not _opens_coordinated(text, c_start, t_start) \
        and _open_path(text, sentence, t_end_c, c_start, None)


def _in_earlier_fact(text: str, sentence: Sentence, start: int, end: int,
                     times: list[TimeMention]) -> bool:
    """A time in the clause from ``start`` to ``end``, before the trigger's clause, told of
    a relative clause's fact: its clause opens with a relative pronoun ("، الذي قتل في نيسان، طالبت عائلته"), or it is a
    bare aside after a clause that does ("عائلة الرجل، الذي قتل في غارة، مطلع نيسان،
    طالبت"): the time dates the relative clause's fact, not the main verb."""
    if _opens_relative(text, start, end):
        return True
    if start <= sentence.start or not _is_bare_aside(text, start, end, times):
        return False
    before_start, before_end = clause_bounds(text, sentence, max(sentence.start, start - 1))
    return before_start < start and _opens_relative(text, before_start, before_end)


def _opens_relative(text: str, start: int, end: int) -> bool:
    words = _clause_words(text, start, end)
    return bool(words) and unvowelled(words[0]).removeprefix("و") in RELATIVE_PRONOUNS


def _told_of_other_fact(text: str, t_start: int, time_start: int) -> bool:
    """A word of ``OTHER_FACT_WORDS`` stands between the trigger and a later time of its
    clause, beyond the trigger's own modifiers."""
    if time_start <= t_start:
        return False
    words = words_between(text, t_start, time_start)
    return any(_bare_word(w) in OTHER_FACT_WORDS for w in words[OWN_MODIFIER_WORDS + 1:])


def _bare_word(word: str) -> str:
    return word[1:] if word[:1] in "وف" and len(word) > 2 and word[1:] in OTHER_FACT_WORDS else word


def _report_time(t: TimeMention, published: str | None) -> bool:
    """The time is the report's own day, month or year (2024-09 when published 2024-09-18)."""
    return bool(published and t.value and len(t.value) <= 10
                and (published.startswith(t.value) or _stamp_lags_day_count(t, published)))


def _chain_head(text: str, sentence: Sentence, c_start: int) -> int:
    """Where the clause that a run of coordinated clauses hangs on starts: "في <date>
    هاجم مسلحون قرية، فأحرقوا بيوتا، وخطفوا رعاة" leads back to "في <date>"."""
    head, _ = clause_bounds(text, sentence, max(sentence.start, c_start - 1))
    while head > sentence.start and _opens_coordinated(text, head, head + 1):
        head, _ = clause_bounds(text, sentence, max(sentence.start, head - 1))
    return head


def _clause_words(text: str, start: int, end: int) -> list[str]:
    return words_between(text, start, end)


def _is_bare_aside(text: str, start: int, end: int, times: list[TimeMention]) -> bool:
    """The clause holds little besides its time expressions ("، مساء أمس الأربعاء،")."""
    extra = [w for w in VOWELLED_WORD.finditer(text, start, end)
             if not any(m.start <= w.start() < m.end for m in times)]
    return len(extra) <= ASIDE_EXTRA_WORDS


def _open_path(text: str, sentence: Sentence, start: int, end: int, max_words: int | None) -> bool:
    """No clause between ``start`` and ``end`` opens another fact, and they hold at most
    ``max_words`` words (no limit: None)."""
    words = 0
    pos = start
    while pos < end:
        c_start, c_end = clause_bounds(text, sentence, pos)
        clause = _clause_words(text, max(c_start, pos), min(c_end, end))
        if clause and _is_fact_opener(clause[0]):
            return False
        words += len(clause)
        nxt = CLAUSE_BREAK.search(text, max(c_end, pos), end)
        if nxt is None:
            break
        pos = nxt.end()
    return max_words is None or words <= max_words


def _is_fact_opener(word: str) -> bool:
    bare = word[1:] if word[:1] in "وف" and len(word) > 2 else word
    return word in FACT_OPENERS or bare in FACT_OPENERS


def _opens_coordinated(text: str, c_start: int, t_start: int) -> bool:
    """The trigger's clause opens with و / ف ("، وتقول العائلات إن الجنود قتلوا")."""
    first = VOWELLED_WORD.search(text, c_start)
    return first is not None and first.start() <= t_start and first.group()[:1] in "وف" \
        and len(word_text(first)) > 3


def _coordinated_trigger(text: str, c_start: int, t_start: int) -> bool:
    """The trigger itself opens its clause after و / ف ("، واتهمته")."""
    first = VOWELLED_WORD.search(text, c_start)
    return first is not None and first.start() < t_start \
        and unvowelled(text[first.start():t_start]) in ("و", "ف")


def _opens_clause(text: str, c_start: int, t_start: int) -> bool:
    """The trigger is the first word of its clause ("، داعيا إلى ...")."""
    first = VOWELLED_WORD.search(text, c_start)
    return first is not None and (first.start() >= t_start - 1
                                  or len(unvowelled(text[first.start():t_start])) <= 1)


def _placed_elsewhere(times: list[TimeMention], text: str) -> bool:
    """The sentence places its facts in a time of their own: a period ('منذ <date>') or a
    time the recogniser could not resolve ('الأسبوع الفائت'), not the lead's day."""
    return any(not t.value or (is_since(text, t) and not _gap_time(text, t)) for t in times)


def _gap_time(text: str, t: TimeMention) -> bool:
    """"أول لقاء منذ 5 سنوات": the time after منذ measures a gap (``is_gap_since``)."""
    since = since_position(text, t)
    return since is not None and is_gap_since(text, since)


def _relative_time(text: str, event: Event) -> bool:
    """The sentence places its facts relative to another one ("قامت بعدها بحملة"), so the
    lead's day is not theirs."""
    return RELATIVE_TIME.search(text, event.sentence.start, event.sentence.end) is not None


def _after_imperfect_verb(text: str, event: Event, t_start: int, analysis: Analysis) -> bool:
    """"وتقود مصر وقطر وساطة بين ..."، "تواصل قوات الاحتلال الاقتحامات": a verbal noun
    governed by an imperfect verb tells what is going on, not a finished happening of the
    lead's day.  The verb: the clause's first word in ت/ي (not a plural or feminine noun in
    ـات/ـة), right before a named participant (not a nisba adjective: "تظاهرات إسرائيلية")."""
    c_start, _ = clause_bounds(text, event.sentence, t_start)
    first = VOWELLED_WORD.search(text, c_start, t_start)
    if first is None:
        return False
    verb = word_text(first)
    verb = verb[1:] if verb[:1] in "وف" and len(verb) > 4 else verb
    if len(verb) < 4 or not verb.startswith(("ت", "ي")) or verb.endswith(("ات", "ة")):
        return False
    return any(a.start in (first.end(), first.end() + 1) and a.start < t_start
               and not NISBA_ENDING.search(normalize_string(a.text)) for a in analysis.actors)


def _lead_body(analysis: Analysis) -> list[Sentence]:
    """The opening body sentences, whose first day is the story's."""
    return [s for s in analysis.layer.sentences if not s.is_headline][:LEAD_SENTENCES]


def _in_lead(analysis: Analysis, t: TimeMention) -> bool:
    """The date stands in one of the opening body sentences (not the body's "today")."""
    return any(s.start <= t.start < s.end for s in _lead_body(analysis))


def _set(event: Event, t: TimeMention) -> None:
    if t.precision == "minute":
        event.date, event.date_precision = t.value[:10], "day"
    else:
        event.date, event.date_precision = t.value, t.precision
    event.date_span = Span(t.text, t.start, t.end)


def _shares_participants(event: Event, analysis: Analysis, lead_date: TimeMention) -> bool:
    """The event is part of the lead's story: it is in the lead sentence, or its actor (or,
    with no actor, any participant) is a country the lead sentence names."""
    lead = analysis.layer.sentence_at(lead_date.start)
    if lead is None:
        return False
    if event.sentence.index == lead.index:
        return True
    lead_countries = {a.country for a in analysis.actors
                      if lead.start <= a.start < lead.end and a.country}
    return any(a.country in lead_countries for a in event.actor or event.recipient)
