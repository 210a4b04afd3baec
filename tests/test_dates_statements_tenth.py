"""Tenth session: a statement's day and the act it reports.  The day a statement was made,
told before the complementiser of its reported clause, dates what the clause reports
("قال الوزير الاثنين إن القوات منعت ...") — unless the clause tells its fact over days,
weeks, months or years ("... خلال شهرين"), which has no single day: the date is then null.
A span of hours ("خلال 24 ساعة") is the day's report and keeps the statement's day.
And "في العام الماضي"، "خلال الشهر الفائت" name the previous calendar year or month (a date),
not a stretch of time, so the fact they date is not given this year's "هذا العام" instead;
and a quoted outlet name after صحيفة / قناة that ends in اليوم ("إسرائيل اليوم") is no time.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assigned_date

from hadath.pipeline import Pipeline
from hadath.recognize.times import find_times
from hadath.text import TextLayer

PUBLISHED = "2024-09-18"        # a Wednesday



def date_of(pipeline: Pipeline, text: str, trigger: str, form: str = "past",
            event_type: str = "COERCE") -> str | None:
    return assigned_date(pipeline, text, trigger, PUBLISHED, form, event=event_type)


@pytest.mark.parametrize("text, trigger, event_type", [
    ("قالت الوكالة الأممية أمس الثلاثاء إن عشر قوافل فقط وزعت الطحين في شمال القطاع خلال شهرين ونصف الشهر.",
     "وزعت", "AID"),
    ("أفادت الوزارة اليوم بأن الاحتلال منع سفر ثلاثة آلاف مريض خلال 90 يوما.", "منع", "COERCE"),
    ("ذكر المكتب اليوم الأربعاء أن مئات المرضى توفوا خلال 100 يوم، إلى جانب منعها سفر آلاف الجرحى.",
     "منعها", "COERCE"),
    ("أعلنت الهيئة الثلاثاء أن القوات اعتقلت 40 شابا على مدى الأسابيع الثلاثة الماضية.", "اعتقلت", "COERCE"),
])
def test_a_fact_reported_over_days_or_months_takes_no_statement_day(pipeline, text, trigger, event_type):
    assert date_of(pipeline, text, trigger, event_type=event_type) is None


@pytest.mark.parametrize("text, trigger, expected", [
    ("قالت الوزارة اليوم إن الاحتلال اعتقل 12 شابا في البلدة خلال 24 ساعة.", "اعتقل", "2024-09-18"),
    ("قال الوزير أمس الثلاثاء إن القوات منعت قافلة الوقود من دخول المدينة.", "منعت", "2024-09-17"),
    ("قالت الوزارة اليوم إن الشرطة اعتقلت شابين خلال اليوم في المدينة.", "اعتقلت", "2024-09-18"),
])
def test_the_statement_day_still_dates_a_fact_of_the_day(pipeline, text, trigger, expected):
    assert date_of(pipeline, text, trigger) == expected


def test_a_span_before_the_statement_leaves_its_reported_fact_dated(pipeline):
    # the span belongs to the statement's own clause, not to the reported one
    text = "بعد جولة خلال شهرين، قال الوزير أمس الثلاثاء إن القوات منعت القافلة من الدخول."
    assert date_of(pipeline, text, "منعت") == "2024-09-17"


@pytest.mark.parametrize("text, value, precision", [
    ("وافقت الحكومة في العام الماضي على القرض.", "2023", "year"),
    ("وقع البلدان خلال الشهر الفائت مذكرة تعاون.", "2024-08", "month"),
    ("أنجزت الشركة في السنة الماضية نصف المشروع.", "2023", "year"),
])
def test_a_past_month_or_year_after_a_preposition_is_a_date(text, value, precision):
    found = [t for t in find_times(TextLayer(text), PUBLISHED) if t.kind == "date"]
    assert [(t.value, t.precision) for t in found] == [(value, precision)]


@pytest.mark.parametrize("text", [
    "تبدأ الأعمال خلال العام المقبل.",
    "تستمر الأعمال خلال الأيام المقبلة.",
])
def test_a_coming_year_or_days_stay_a_duration(text):
    found = find_times(TextLayer(text), PUBLISHED)
    assert found and all(t.kind == "duration" for t in found)


def test_last_year_dates_a_fact_before_this_years_summit(pipeline):
    text = "وإذ وافقت الحكومة، في العام الماضي، على منح قروض لجيرانها، يتوقع أن تقر القمة هذا العام خطة جديدة."
    assert date_of(pipeline, text, "وافقت", event_type="AGREE") == "2023"


@pytest.mark.parametrize("text", [
    "ذكرت صحيفة “إسرائيل اليوم” أن الحكومة أجلت التصويت.",
    'قالت قناة «القدس اليوم» إن المستوطنين هاجموا القرية.',
    'نقلت صحيفة "إسرائيل اليوم" عن وزير سابق قوله إن الخطة فشلت.',
])
def test_a_quoted_outlet_name_ending_in_today_is_no_time(text):
    assert [t for t in find_times(TextLayer(text), PUBLISHED) if t.kind == "date"] == []


@pytest.mark.parametrize("text", [
    "أعلنت إسرائيل اليوم أن الحكومة أجلت التصويت.",
    'قال الوزير إن "الوضع صعب اليوم" في البلدة.',
])
def test_today_outside_an_outlet_name_stays_today(text):
    found = [t for t in find_times(TextLayer(text), PUBLISHED) if t.kind == "date"]
    assert [(t.text, t.value) for t in found] == [("اليوم", PUBLISHED)]
