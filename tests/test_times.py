"""Time expressions: absolute dates in every month system, relative ones against the
publication date, prefer past/future, durations and day counts."""
from __future__ import annotations

import copy
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.recognize.times import (easter, find_times, hijri_to_date, parse_published, pick,
                                    time_tables, validate_time_words)
from hadath.resources import DataError, load_json
from hadath.text import TextLayer

PUB = "2024-09-18"          # a Wednesday


def times(text: str, published: str | None = PUB, prefer: str = "past"):
    found = find_times(TextLayer(text), published, prefer=prefer)
    for t in found:
        assert text[t.start:t.end] == t.text
    return found


def only(text: str, published: str | None = PUB, prefer: str = "past"):
    found = times(text, published, prefer)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value", [
    ("وقع الانفجار في 3 فبراير 2022", "2022-02-03"),
    ("وقع الانفجار في 3 شباط 2022", "2022-02-03"),
    ("وقع الانفجار في 3 فيفري 2022", "2022-02-03"),
    ("وقع الانفجار في الثالث من شباط/فبراير 2022", "2022-02-03"),
    ("وقع الانفجار في 3 كانون الثاني 2022", "2022-01-03"),
    ("وقع الانفجار في 3 تشرين الأول 2022", "2022-10-03"),
    ("جرت الانتخابات يوم 2022/5/14", "2022-05-14"),
    ("جرت الانتخابات يوم 14-05-2022", "2022-05-14"),
    ("جرت الانتخابات يوم 14/5/2022", "2022-05-14"),
    ("جرت الانتخابات يوم 2022-05-14", "2022-05-14"),
    ("الأحد 12 مايو 2019", "2019-05-12"),
])
def test_absolute_days(text, value):
    t = only(text)
    assert (t.value, t.precision, t.kind) == (value, "day", "date")


def test_hijri_dates_are_converted():
    t = only("في العاشر من محرم 1446 هـ")
    assert (t.value, t.precision) == (hijri_to_date(1446, 1, 10).isoformat(), "day")
    assert hijri_to_date(1446, 1, 10) == date(2024, 7, 16)


@pytest.mark.parametrize("text, value, precision", [
    ("خلال شهر مارس 2021", "2021-03", "month"),
    ("في أيار 2021", "2021-05", "month"),
    ("منذ عام 2014", "2014", "year"),
    ("في 2016 اندلعت", "2016", "year"),
])
def test_months_and_years(text, value, precision):
    t = only(text)
    assert (t.value, t.precision) == (value, precision)


@pytest.mark.parametrize("text, value", [
    ("قال اليوم", "2024-09-18"), ("قال أمس", "2024-09-17"), ("قال يوم أمس", "2024-09-17"),
    ("قال أول أمس", "2024-09-16"), ("يصل غداً", "2024-09-19"), ("قصف فجر اليوم", "2024-09-18"),
    ("قصف الليلة الماضية", "2024-09-17"), ("قصف مساء أمس", "2024-09-17"),
    ("قصف قبل ثلاثة أيام", "2024-09-15"), ("وصل منذ يومين", "2024-09-16"),
    ("وقع أمس (الثلاثاء)", "2024-09-17"), ("وقع أمس (الأحد)", "2024-09-17"),
    ("قتل 12 خلال الـ24 ساعة الماضية", "2024-09-18"),
    ("هدمت 6 منازل خلال الساعات الـ24 الأخيرة", "2024-09-18"),
])
def test_relative_days(text, value):
    t = only(text)
    assert (t.value, t.precision) == (value, "day")


def test_bare_weekday_prefers_past_or_future():
    assert only("اجتمعوا الإثنين").value == "2024-09-16"
    assert only("يجتمعون الإثنين", prefer="future").value == "2024-09-23"
    assert only("اجتمعوا الأربعاء").value == PUB                  # on or before: the same day
    assert only("يجتمعون الأربعاء", prefer="future").value == PUB


def test_direction_words_override_prefer():
    assert only("الإثنين المقبل").value == "2024-09-23"
    assert only("الأربعاء الماضي", prefer="future").value == "2024-09-11"
    assert only("الأربعاء المقبل").value == "2024-09-25"


def test_day_and_month_without_year():
    assert only("في 7 أكتوبر").value == "2023-10-07"
    assert only("في 7 أكتوبر", prefer="future").value == "2024-10-07"
    assert only("السابع من أكتوبر الماضي", prefer="future").value == "2023-10-07"
    assert only("في 18 سبتمبر الماضي").value == "2023-09-18"           # strictly before
    assert only("في 2 سبتمبر").value == "2024-09-02"
    assert only("في 20/9", prefer="future").value == "2024-09-20"


def test_month_alone():
    assert (only("في أكتوبر الماضي").value, only("في أكتوبر الماضي").precision) == ("2023-10", "month")
    assert only("في سبتمبر الماضي").value == "2023-09"                 # before the publication month
    assert only("في سبتمبر").value == "2024-09"
    assert only("في نوفمبر المقبل").value == "2024-11"
    assert only("في يناير", prefer="future").value == "2025-01"


def test_relative_periods():
    assert only("الشهر الماضي").value == "2024-08"
    assert only("الشهر المقبل").value == "2024-10"
    assert (only("العام الماضي").value, only("العام الماضي").precision) == ("2023", "year")
    assert only("هذا العام").value == "2024"
    assert only("السنة المقبلة").value == "2025"


def test_times_of_day():
    t = only("بدأ الهجوم الساعة الثالثة عصراً")
    assert (t.value, t.precision) == ("2024-09-18T15:00", "minute")
    assert only("عند الساعة 10:45 من صباح أمس").value == "2024-09-17T10:45"
    assert only("عند الساعة التاسعة والنصف مساء").value == "2024-09-18T21:30"


@pytest.mark.parametrize("text", ["استمر القصف ثلاثة أيام", "منذ 11 شهراً", "على مدى أسبوعين",
                                  "طيلة خمس سنوات", "هدمت منازل في الساعات الـ48 الماضية"])
def test_durations_are_not_dates(text):
    t = only(text)
    assert (t.kind, t.value, t.precision) == ("duration", None, None)


def test_since_a_date_is_a_date():
    t = only("منذ السابع من أكتوبر")
    assert (t.kind, t.value) == ("date", "2023-10-07")


@pytest.mark.parametrize("text", ["لليوم الـ314 على التوالي", "في يومها المئة", "لليوم الثالث"])
def test_war_day_counts(text):
    found = [t for t in times(text) if t.kind == "daycount"]
    assert len(found) == 1 and found[0].value is None


def test_narrative_day_is_not_today():
    assert times("وفي اليوم التالي عادوا") == []


def test_holidays():
    assert only("عيد الفطر", prefer="future").value == hijri_to_date(1446, 10, 1).isoformat()
    assert only("عيد الأضحى").value == hijri_to_date(1445, 12, 10).isoformat()
    assert only("عيد الميلاد").value == "2023-12-25"
    assert only("عيد الفصح").value == easter(2024).isoformat()


def test_no_anchor_keeps_span_but_no_value():
    t = only("قصف أمس", published=None)
    assert (t.text, t.value, t.precision) == ("أمس", None, None)
    assert only("في 3 فبراير 2022", published=None).value == "2022-02-03"


def test_published_with_time_and_zone():
    assert parse_published("2024-09-18T23:10:00+03:00") == date(2024, 9, 18)
    assert parse_published("2024-09-18T06:00Z") == date(2024, 9, 18)
    assert only("قصف أمس", published="2024-09-18T06:00").value == "2024-09-17"
    assert parse_published("next week") is None


def test_ambiguous_month_words_need_context():
    assert times("مارس الاحتلال ضغوطا") == []
    assert only("في 4 مارس 2020").value == "2020-03-04"


def test_easter_known_dates():
    assert easter(2013) == date(2013, 3, 31)
    assert easter(2025) == date(2025, 4, 20)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
       st.sampled_from(["past", "future", "strict_past", "strict_future"]))
def test_pick_respects_its_direction(anchor, direction):
    cands = [anchor.replace(year=anchor.year + k) if not (anchor.month == 2 and anchor.day == 29)
             else date(anchor.year + k, 3, 1) for k in (-1, 0, 1)]
    chosen = pick(cands, anchor, direction)
    assert chosen is not None
    if direction == "past":
        assert chosen <= anchor
    elif direction == "future":
        assert chosen >= anchor
    elif direction == "strict_past":
        assert chosen < anchor
    else:
        assert chosen > anchor


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ابتثجحخدرسعفقلمنهوي ،.\u0640\u064b", max_size=15),
       st.sampled_from(["أمس", "الساعة الثالثة عصرا", "7 أكتوبر 2023", "منذ 11 شهرا", "لليوم الـ20"]),
       st.text(alphabet="ابتثجحخدرسعفقلمنهوي ،.\u0640\u064b", max_size=15))
def test_time_spans_map_back(before, body, after):
    text = f"{before} {body} {after}"
    for t in find_times(TextLayer(text), PUB):
        assert text[t.start:t.end] == t.text


def test_time_words_validate_and_reject_broken_data():
    assert time_tables().months
    data = copy.deepcopy(load_json("time_words.json"))
    del data["months"]["12"]
    with pytest.raises(DataError):
        validate_time_words(data)


def test_a_clock_time_right_after_a_day_takes_that_day():
    layer = TextLayer("قال المتحدث أمس 18:40 إن القصف توقف، ووصل الوفد مساء أمس الساعة التاسعة.")
    found = [(t.text, t.value) for t in find_times(layer, "2024-09-18")]
    assert ("أمس 18:40", "2024-09-17T18:40") in found
    assert ("مساء أمس الساعة التاسعة", "2024-09-17T21:00") in found


@pytest.mark.parametrize("text, value, span", [
    ("انفجرت العبوة هذا الصباح قرب الجسر", "2024-09-18", "هذا الصباح"),
    ("تظاهر المئات هذا المساء في الساحة", "2024-09-18", "هذا المساء"),
    ("اقتحمت القوات البلدة صبيحة اليوم", "2024-09-18", "صبيحة اليوم"),
    ("سقطت قذيفة صبيحة أمس على المخيم", "2024-09-17", "صبيحة أمس"),
    ("اعتقل الشاب مساء أمس الأول", "2024-09-16", "مساء أمس الأول"),
])
def test_parts_of_the_day_with_this_and_sabiha(text, value, span):
    t = only(text)
    assert (t.text, t.value, t.precision) == (span, value, "day")


@pytest.mark.parametrize("text, word", [
    ("أفادت وزارة الصحة صباحاً بمقتل شخصين", "صباحاً"),
    ("واقتحمت قوات الجيش البلدة فجرا واعتقلت ثلاثة شبان", "فجرا"),
    ("وصل الوفد مساءً إلى العاصمة", "مساءً"),
])
def test_a_day_part_adverb_alone_is_the_reports_own_day(text, word):
    t = only(text)
    assert (t.text, t.value) == (word, PUB)


@pytest.mark.parametrize("text", [
    "جرائم ترتكب صباح مساء بحق المدنيين",          # "all the time"
    "تقصف المدفعية البلدات صباحا ومساء",
    "وفي مساء ذلك اليوم عاد الوفد",                # the day of a story told
    "وفي نفس اليوم وصل الوفد",
])
def test_no_report_day_for_habits_and_days_told(text):
    assert [t.value for t in times(text) if t.value == PUB] == []


def test_day_part_with_a_day_keeps_that_day():
    t = only("اقتحمت القوات البلدة فجر الثلاثاء")
    assert t.value == "2024-09-17"
