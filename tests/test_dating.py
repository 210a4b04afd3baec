"""Which time expression dates an event, on our own example sentences."""
from __future__ import annotations

import pytest

from hadath.events.dating import assign_date, is_after, lead_sentence_date
from hadath.pipeline import Pipeline
from hadath.records import Document, Event, Span

PUBLISHED = "2024-09-18"



def date_of(pipeline: Pipeline, text: str, trigger: str, form: str = "past",
            event: str = "ASSAULT") -> str | None:
    return dated(pipeline, text, trigger, form, event).date


def dated(pipeline: Pipeline, text: str, trigger: str, form: str = "past",
          event_type: str = "ASSAULT") -> Event:
    analysis = pipeline.analyze(Document(doc_id="t", text=text, published=PUBLISHED))
    start = text.index(trigger)
    sentence = analysis.layer.sentence_at(start)
    event = Event(doc_id="t", index=0, event=event_type, mode=None,
                  trigger=Span(trigger, start, start + len(trigger)), sentence=sentence,
                  actor=[a for a in analysis.actors if sentence.start <= a.start < sentence.end])
    times = [t for t in analysis.times if sentence.start <= t.start < sentence.end
             and t.kind == "date"]
    assign_date(event, start, form, times, lead_sentence_date(analysis), analysis)
    return event


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


# A page's timestamps (the clock of an embedded card: "اليوم 12:05") that the cleaner could
# not split off the paragraph they touch.  "اليوم" there is the day the page was shown,
# not the publication day, so they date nothing.
@pytest.mark.parametrize("stamp", ["اليوم 10:42", "أمس 18:40", "17 أيلول"])
def test_a_page_timestamp_before_a_paragraph_dates_nothing(pipeline, stamp):
    text = f"أحرق مستوطنون حقلا للزيتون.\n{stamp}  وهدمت الجرافات منزلين قرب المدرسة."
    assert date_of(pipeline, text, "هدمت") is None


def test_a_page_timestamp_after_a_paragraph_dates_nothing(pipeline):
    text = "قصفت الطائرات مخزنا للوقود في البلدة.  اليوم 12:05\nوهدمت الجرافات منزلين."
    assert date_of(pipeline, text, "قصفت") is None


def test_a_page_timestamp_is_not_the_leads_day(pipeline):
    text = ("اليوم 09:15  اقتحم الجيش الإسرائيلي مدينة جنين وحاصر مستشفاها. "
            "وهدم الجيش الإسرائيلي منزلين في المخيم.")
    assert date_of(pipeline, text, "هدم") is None


def test_a_double_spaced_time_word_is_still_the_sentences(pipeline):
    assert date_of(pipeline, "قصفت الطائرات  أمس  مخزنا للوقود.", "قصفت") == "2024-09-17"


def test_a_clock_time_dates_the_event_to_its_day(pipeline):
    event = dated(pipeline, "قصفت المدفعية الحي عند الساعة 10:30 من صباح اليوم.", "قصفت")
    assert (event.date, event.date_precision) == (PUBLISHED, "day")
    assert event.date_span is not None and "10:30" in event.date_span.text


def test_a_fact_over_a_period_takes_no_day_from_the_reporting_verb(pipeline):
    text = "أكدت الهيئة أمس الثلاثاء أن المستوطنين أحرقوا مئات الدونمات منذ بدء الحرب."
    assert date_of(pipeline, text, "أحرقوا") is None


def test_a_time_before_the_period_still_dates_the_fact(pipeline):
    text = "قتل أمس ثلاثة أشخاص في القصف المتواصل منذ أسبوع على البلدة."
    assert date_of(pipeline, text, "قتل") == "2024-09-17"


def test_the_fact_a_period_began_with_takes_its_first_day(pipeline):
    text = ("ومنذ الخامس من آذار الماضي، تخوض القوات معارك في الإقليم، "
            "وذلك بعد أن شن المتمردون هجوما على مطار المدينة.")
    assert date_of(pipeline, text, "هجوما", form="nouns") == "2024-03-05"
    assert date_of(pipeline, text, "معارك", form="nouns") is None


def test_a_fact_far_after_the_opener_is_not_the_periods_origin(pipeline):
    text = ("ومنذ الخامس من آذار الماضي، تخوض القوات معارك في الإقليم، "
            "بعد أن أعلن المتمردون انسحابهم من المحادثات وشنوا هجوما على المطار.")
    assert date_of(pipeline, text, "هجوما", form="nouns") is None


def test_a_day_told_in_another_fact_of_the_sentence_is_that_facts(pipeline):
    text = ("أصيب 4 شبان برصاص الجنود خلال اقتحامهم البلدة، كما أعاد الجنود اعتقال شاب "
            "كان أفرج عنه في آذار الماضي.")
    assert date_of(pipeline, text, "برصاص", form="nouns") is None


def test_the_reports_own_day_is_the_whole_sentences(pipeline):
    text = "قتل 5 أشخاص في غارات منذ فجر اليوم، في حين هدم الجيش منزلين في القرية."
    assert date_of(pipeline, text, "هدم") == PUBLISHED


def test_a_noun_after_an_imperfect_verb_is_ongoing_not_the_leads_day(pipeline):
    text = ("بحث وزير الخارجية التركي اليوم الأربعاء مع نظيره الأردني الأوضاع في المنطقة. "
            "وتقود تركيا وساطة بين الحكومة والمعارضة.")
    assert date_of(pipeline, text, "وساطة", form="nouns") is None
    text = ("بحث وزير الخارجية التركي اليوم الأربعاء مع نظيره الأردني الأوضاع في المنطقة. "
            "وأجرت تركيا وساطة بين الحكومة والمعارضة.")
    assert date_of(pipeline, text, "وساطة", form="nouns") == PUBLISHED


def test_a_reports_today_further_down_dates_its_attacks_not_its_statements(pipeline):
    text = ("أفادت مصادر محلية بتصاعد التوتر في المنطقة الحدودية. "
            "وانتقد الجيش الإسرائيلي تصريحات الحركة. "
            "وأكد شهود أن الحركة تنتشر في القرى. "
            "وقصفت المدفعية الإسرائيلية أطراف بلدة الخيام. "
            "وكانت المقاومة قد بدأت عملياتها اليوم الأربعاء باستهداف موقع للجيش الإسرائيلي.")
    assert date_of(pipeline, text, "قصفت") == PUBLISHED
    # the same participants, but a statement: it may recall an older position
    assert date_of(pipeline, text, "انتقد", event="ACCUSE") is None


def test_a_bare_resistance_resumes_the_group_so_its_attacks_take_the_reports_day(pipeline):
    text = ("عنوان التغطية\n\n"
            "أعلن حزب الله أن مقاتليه استهدفوا ثكنة في الجليل بالصواريخ. "
            "وأكد الحزب في بيان أن العملية تأتي إسنادا لغزة. "
            "وقال مراسلنا إن الأجواء متوترة في الجنوب. "
            "وكانت المقاومة قد بدأت عملياتها اليوم الأربعاء باستهداف موقع عسكري.")
    assert date_of(pipeline, text, "استهدفوا") == PUBLISHED
