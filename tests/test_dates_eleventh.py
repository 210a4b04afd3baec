"""Eleventh session: dates on the wire.

- "قبل أشهر"، "قبل بضعة أيام"، "في الأشهر الأخيرة"، "خلال الأسابيع الماضية": a past time with
  no number names no day.  It is a date without a value, so a fact it governs is undated:
  neither the statement's day before it nor the lead's day is that fact's.
- A time inside a quotation that opens after the trigger is the quoted words' own.
- "لعام 2020"، "للعام المقبل": a year after the preposition ل names the noun before it.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assigned_date

from hadath.pipeline import Pipeline
from hadath.recognize.times import find_times
from hadath.text import TextLayer

PUBLISHED = "2024-09-18"        # a Wednesday



def date_of(pipeline: Pipeline, text: str, trigger: str, event_type: str = "COERCE") -> str | None:
    return assigned_date(pipeline, text, trigger, PUBLISHED, "past", event=event_type)


@pytest.mark.parametrize("text, span", [
    ("رفضت اللجنة الطلب قبل أشهر.", "قبل أشهر"),
    ("اعتقلت الشرطة الناشط قبل بضعة أيام.", "قبل بضعة أيام"),
    ("أغلقت السلطات المعبر قبل عدة أسابيع.", "قبل عدة أسابيع"),
    ("وفي الأشهر الأخيرة صادرت البلدية أراضي القرية.", "في الأشهر الأخيرة"),
    ("هدمت الجرافات خلال الأسابيع الماضية عشرات المنازل.", "خلال الأسابيع الماضية"),
])
def test_a_past_time_without_a_number_is_a_date_without_a_value(text, span):
    found = find_times(TextLayer(text), PUBLISHED)
    assert [(t.text, t.kind, t.value) for t in found] == [(span, "date", None)]


@pytest.mark.parametrize("text, value", [
    ("قصفت المدفعية البلدة قبل يومين.", "2024-09-16"),
    ("زار الوزير العاصمة في العام الماضي.", "2023"),
    ("وقع الانفجار قبل أسبوع.", "2024-09-11"),
])
def test_a_counted_past_time_or_last_year_keeps_its_value(text, value):
    found = [t for t in find_times(TextLayer(text), PUBLISHED) if t.kind == "date"]
    assert [t.value for t in found] == [value]


def test_a_time_counted_from_a_coming_stretch_stays_a_duration():
    found = find_times(TextLayer("تستكمل اللجنة عملها خلال الأشهر المقبلة."), PUBLISHED)
    assert found and all(t.kind == "duration" for t in found)


def test_the_statements_day_does_not_date_a_fact_told_months_ago(pipeline):
    text = "قال مسؤول أمني الاثنين إن الوفد حمل خطة تم رفضها قبل أشهر."
    assert date_of(pipeline, text, "رفضها", "REJECT") is None


def test_the_lead_day_does_not_date_a_fact_of_recent_months(pipeline):
    text = ("اقتحمت القوات الإسرائيلية اليوم الأربعاء مخيما في جنين. "
            "وفي الأشهر الأخيرة، أغلقت القوات الإسرائيلية الطريق المؤدي إلى المخيم.")
    assert date_of(pipeline, text, "أغلقت") is None


def test_a_vague_time_far_after_the_trigger_tells_of_a_later_noun(pipeline):
    text = "داهمت القوات أمس الثلاثاء البلدة واعتقلت شابا جريحا بتهمة المشاركة في هجوم على الحاجز قبل أسابيع."
    assert date_of(pipeline, text, "اعتقلت") == "2024-09-17"


def test_a_day_before_the_vague_time_still_dates_its_own_fact(pipeline):
    text = "اعتقلت الشرطة أمس رجلا كان قد فر من السجن قبل أشهر."
    assert date_of(pipeline, text, "اعتقلت") == "2024-09-17"


def test_a_time_inside_a_quotation_after_the_trigger_is_the_quotations(pipeline):
    text = 'اتهم النائب الحكومة بـ"التقصير في حماية القرى في آذار الماضي".'
    assert date_of(pipeline, text, "اتهم", "ACCUSE") is None


def test_a_time_of_a_quoted_trigger_is_still_its_own(pipeline):
    text = 'وقال الوزير: "هاجمت قواتنا المعسكر في آذار الماضي".'
    assert date_of(pipeline, text, "هاجمت", "ASSAULT") == "2024-03"


def test_a_year_after_the_preposition_l_names_a_noun(pipeline):
    text = "انتقدها المرشح خلال الانتخابات التمهيدية لعام 2020 بشدة."
    assert date_of(pipeline, text, "انتقدها", "ACCUSE") is None


def test_last_year_after_the_preposition_l_names_a_noun(pipeline):
    text = "أقر البرلمان الحسابات الختامية للعام الماضي."
    assert date_of(pipeline, text, "أقر", "AGREE") is None


def test_a_year_of_its_own_keeps_dating_the_fact(pipeline):
    text = "انتقدها المرشح في عام 2019 خلال الانتخابات التمهيدية لعام 2020."
    assert date_of(pipeline, text, "انتقدها", "ACCUSE") == "2019"
