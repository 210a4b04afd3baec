"""Dates on wire-style sentences: which clause's time reaches the trigger (our own examples)."""
from __future__ import annotations

from conftest import assigned_date

from hadath.events.dating import is_since
from hadath.pipeline import Pipeline
from hadath.records import Document

PUBLISHED = "2024-09-18"        # a Wednesday



def date_of(pipeline: Pipeline, text: str, trigger: str, form: str = "past",
            published: str = PUBLISHED) -> str | None:
    return assigned_date(pipeline, text, trigger, published, form)


def test_a_bare_aside_after_the_clause_dates_it(pipeline):
    text = "أغارت الطائرات على بلدة في الجنوب، مساء أمس الثلاثاء، وأصابت ثلاثة من سكانها."
    assert date_of(pipeline, text, "أغارت") == "2024-09-17"


def test_a_time_told_inside_a_later_fact_does_not(pipeline):
    text = "أعادت الشرطة اعتقال شاب من المدينة، كان قد خرج من السجن في آذار الماضي."
    assert date_of(pipeline, text, "اعتقال", form="nouns") is None


def test_the_statement_day_dates_what_it_reports(pipeline):
    text = "قال مسؤول في الوزارة الاثنين، إن القوات منعت دخول شاحنات الوقود إلى المدينة."
    assert date_of(pipeline, text, "منعت") == "2024-09-16"


def test_a_clause_opening_another_fact_stops_an_earlier_time(pipeline):
    text = ("أعلن الجيش، يوم الأحد، إنهاء مناورة على الحدود، بعدما وقّع البلدان اتفاقا أمنيا، "
            "تضمن حظر الطيران فوق المنطقة.")
    assert date_of(pipeline, text, "حظر", form="nouns") is None


def test_coordinated_verbs_share_the_head_clause_time(pipeline):
    text = "في العاشر من آب الماضي هاجم مسلحون قرية نائية، فأحرقوا بيوتا، وخطفوا رعاة منها."
    assert date_of(pipeline, text, "خطفوا") == "2024-08-10"


def test_a_new_coordinated_fact_does_not_take_the_earlier_time(pipeline):
    text = "انتشل المسعفون جثامين من تحت الركام في آب الماضي، وتقول العائلات إن الجنود قتلوا أبناءها."
    assert date_of(pipeline, text, "قتلوا") is None


def test_a_participle_takes_the_time_of_its_main_clause(pipeline):
    text = "قال المتحدث، أمس، إن الحكومة لن تتراجع عن قرارها، داعيا الأحزاب إلى الحوار."
    assert date_of(pipeline, text, "داعيا", form="participles") == "2024-09-17"


def test_a_relative_clause_on_another_noun_keeps_its_time(pipeline):
    text = "رفضت العائلة طلب المستشفى نقل جثة ابنها الذي توفي في الثاني من أيار الماضي."
    assert date_of(pipeline, text, "طلب", form="nouns") is None


def test_a_relative_clause_on_the_trigger_dates_it(pipeline):
    text = "قتل ثلاثة في الغارة الإسرائيلية التي استهدفت منزلهم فجر الاثنين."
    assert date_of(pipeline, text, "الغارة", form="nouns") == "2024-09-16"


def test_the_start_of_a_named_period_is_no_day_of_the_state_that_follows(pipeline):
    text = "منذ بدء الهجوم على المدينة الأربعاء الماضي، تخضع الأحياء الشرقية لحصار مشدد."
    analysis = pipeline.analyze(Document(doc_id="t", text=text, published=PUBLISHED))
    assert [is_since(analysis.layer.text, t) for t in analysis.times if t.kind == "date"] == [True]
    assert date_of(pipeline, text, "حصار", form="nouns") is None


def test_the_happening_a_period_began_with_takes_its_day(pipeline):
    text = "قالت الوزارة إن عشرين قتلوا منذ بدء توغل الجيش في البلدة الأربعاء الماضي."
    assert date_of(pipeline, text, "توغل", form="nouns") == "2024-09-11"


def test_the_reports_own_year_reaches_across_clauses(pipeline):
    text = "موّلت الحكومة شحنتين من القمح، من أصل عشر اشترتها البلاد حتى الآن هذا العام."
    assert date_of(pipeline, text, "موّلت") == "2024"


def test_a_hijri_month_under_way_is_the_current_one(pipeline):
    analysis = pipeline.analyze(Document(doc_id="t", text="في ثالث أيام شهر رمضان قصفت الطائرات الحي.",
                                         published="2024-03-13"))
    assert [t.value for t in analysis.times if t.kind == "date"] == ["2024-03"]
