"""Twelfth session: a time inside the cause of a fact.

"استقال الوزير على خلفية إخفاقات السابع من أكتوبر": the time after على خلفية / بسبب, in the
trigger's clause, dates the cause, so the resignation is not of that day (nor of the lead's
day, which is that same time).  An attack keeps it: "قتل ثلاثة بسبب القصف أمس" is the
attack's day.

A present verb or a noun with a time still to come in its clause ("يزور الرئيس القاهرة
الأربعاء المقبل"، "جلسة طارئة غدا") tells of a fact to come: it is hypothetical.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assigned_date, event_on

PUBLISHED = "2024-09-18"        # a Wednesday



@pytest.mark.parametrize("text, trigger, event", [
    ("قدم رئيس الأركان استقالته على خلفية إخفاقات السابع من أكتوبر.", "استقالته", "CONCEDE"),
    ("أعلن مدير الشرطة استقالته بسبب الفشل في أحداث 3 آذار 2024.", "استقالته", "CONCEDE"),
    ("اعتقلت الشرطة ناشطا على خلفية مظاهرة الجمعة الماضية.", "اعتقلت", "COERCE"),
])
def test_a_time_inside_the_cause_does_not_date_the_fact(pipeline, text, trigger, event):
    assert assigned_date(pipeline, text, trigger, PUBLISHED, event=event) is None


def test_the_facts_own_time_still_dates_it(pipeline):
    text = "اعتقلت الشرطة أمس ناشطا على خلفية مظاهرة الجمعة الماضية."
    assert assigned_date(pipeline, text, "اعتقلت", PUBLISHED, event="COERCE") == "2024-09-17"


def test_a_time_after_a_comma_past_the_cause_is_the_facts(pipeline):
    text = "اعتقلت الشرطة ناشطا بسبب منشور، يوم الأحد."
    assert assigned_date(pipeline, text, "اعتقلت", PUBLISHED, event="COERCE") == "2024-09-15"


def test_an_attack_keeps_the_day_of_its_cause(pipeline):
    text = "قتل ثلاثة مدنيين بسبب القصف أمس."
    assert assigned_date(pipeline, text, "قتل", PUBLISHED, event="ASSAULT") == "2024-09-17"


@pytest.mark.parametrize("text, event, trigger", [
    ("يزور الرئيس الفرنسي القاهرة الأربعاء المقبل لبحث الأوضاع في المنطقة.", "CONSULT", "يزور"),
    ("تلتقي وزيرة الخارجية نظيرها الأردني يوم الأحد المقبل في عمان.", "CONSULT", "تلتقي"),
    ("يعقد المجلس جلسة طارئة غدا لبحث التصعيد على الحدود.", "CONSULT", "بحث"),
    ("تنطلق بعد غد مظاهرة حاشدة في وسط العاصمة.", "PROTEST", "مظاهرة"),
])
def test_a_fact_with_a_time_still_to_come_is_hypothetical(text, event, trigger):
    assert event_on(text, event, trigger, PUBLISHED).hypothetical


@pytest.mark.parametrize("text, event, trigger", [
    ("يبحث الرئيس مع نظيره التركي اليوم العلاقات الثنائية.", "CONSULT", "يبحث"),
    ("قررت الشرطة إبعاده عن المسجد حتى الأحد المقبل.", "COERCE", "إبعاده"),
    ("أعلنت الشرطة حظر مظاهرة كانت مقررة السبت المقبل أمام الوزارة.", "COERCE", "حظر"),
    ("ويدعو الزعيم أنصاره إلى الخروج إلى الساحات غدا.", "REQUEST", "يدعو"),
    ("أعلنت الوزارة أمس حصيلة القتلى خلال 24 ساعة في القصف على المدينة.", "ASSAULT", "قصف"),
])
def test_a_fact_of_now_stays_factual(text, event, trigger):
    assert not event_on(text, event, trigger, PUBLISHED).hypothetical
