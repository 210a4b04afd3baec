"""Which time expression dates an event, on our own example sentences."""
from __future__ import annotations

import pytest

from hadath.events.dating import assign_date, can_date, is_after, lead_sentence_date
from hadath.pipeline import Pipeline
from hadath.records import Document, Event, Span

PUBLISHED = "2024-09-18"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


def date_of(pipeline: Pipeline, text: str, trigger: str, form: str = "past") -> str | None:
    analysis = pipeline.analyze(Document(doc_id="t", text=text, published=PUBLISHED))
    start = text.index(trigger)
    sentence = analysis.layer.sentence_at(start)
    event = Event(doc_id="t", index=0, event="ASSAULT", mode=None,
                  trigger=Span(trigger, start, start + len(trigger)), sentence=sentence,
                  actor=[a for a in analysis.actors if sentence.start <= a.start < sentence.end])
    times = [t for t in analysis.times if sentence.start <= t.start < sentence.end
             and t.kind == "date"]
    assign_date(event, start, form, times, lead_sentence_date(analysis), analysis)
    return event.date


def test_the_time_in_the_sentence_dates_the_event(pipeline):
    assert date_of(pipeline, "قصفت الطائرات مخزنا للوقود أمس الثلاثاء.", "قصفت") == "2024-09-17"


def test_a_period_start_dates_nothing(pipeline):
    text = "دمرت القوات مئات المنازل في البلدة منذ الخامس من آذار الماضي."
    assert date_of(pipeline, text, "دمرت") is None


def test_a_period_that_began_today_dates_today(pipeline):
    assert date_of(pipeline, "قصفت المدفعية الحي منذ فجر اليوم.", "قصفت") == PUBLISHED


def test_a_planned_date_does_not_date_a_reported_fact(pipeline):
    text = "وقع البلدان اتفاقا لتوسيع التبادل التجاري في كانون الثاني المقبل."
    assert date_of(pipeline, text, "وقع") is None


def test_no_time_means_no_date(pipeline):
    assert date_of(pipeline, "أحرق مستوطنون حقلا للزيتون قرب القرية.", "أحرق") is None


def test_relative_time_does_not_take_the_leads_day(pipeline):
    text = ("اقتحم الجيش الإسرائيلي اليوم الأربعاء مدينة جنين. "
            "في الخامس من أيار 2023 بدأت عملية واسعة. وقام الجيش الإسرائيلي بعدها بتدمير الطرق.")
    assert date_of(pipeline, text, "بتدمير", form="nouns") is None


def test_the_leads_day_carries_to_the_story(pipeline):
    text = ("اقتحم الجيش الإسرائيلي اليوم الأربعاء مدينة جنين وحاصر مستشفاها. "
            "وهدم الجيش الإسرائيلي منزلين في المخيم.")
    assert date_of(pipeline, text, "هدم") == PUBLISHED


def test_date_rules():
    assert is_after("2024-10", PUBLISHED)
    assert not is_after("2024-09", PUBLISHED)
    assert not is_after("2024-09-18", PUBLISHED)
    assert not is_after("2024-10-01", None)
