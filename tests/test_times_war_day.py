"""Day N of a war ("في اليوم الـ348 من الحرب على غزة"): a date, the war's first day + N - 1,
and the date of the facts the sentence tells on that day."""
from __future__ import annotations

import copy

import pytest
from conftest import assigned_date

from hadath.pipeline import Pipeline
from hadath.recognize.times import find_times, time_tables, validate_time_words
from hadath.resources import DataError, load_json
from hadath.text import TextLayer

PUB = "2024-09-18"          # day 348 of the Gaza war (day 1: 2023-10-07)


def war_days(text: str, published: str | None = PUB) -> list[tuple[str, str | None]]:
    found = find_times(TextLayer(text), published)
    for t in found:
        assert text[t.start:t.end] == t.text
    return [(t.text, t.value) for t in found if t.kind == "date"]


@pytest.mark.parametrize("text, span", [
    ("في اليوم الـ348 من الحرب على غزة، قصفت الطائرات حيا سكنيا.", "اليوم الـ348"),
    ("في اليوم الـ348 للعدوان الإسرائيلي المتواصل على قطاع غزة أغارت الطائرات.", "اليوم الـ348"),
    ("في اليوم 348 من العدوان على غزة دمرت الجرافات بيوتا.", "اليوم 348"),
    ("اقتحمت القوات بلدات في الضفة فيما يستمر عدوانه على قطاع غزة الذي دخل يومه الـ348.", "يومه الـ348"),
    ("تتوالى المجازر في حربها على القطاع التي دخلت يومها الـ348 في غزة.", "يومها الـ348"),
    ("قصف الجيش مدرسة مع دخول عدوانه على غزة يومه الـ348.", "يومه الـ348"),
    ("ما زالت الحرب الإسرائيلية على غزة في يومها الـ348 تحصد الأرواح.", "يومها الـ348"),
    ("يواصل الجيش لليوم الـ348 على التوالي حربه على غزة.", "لليوم الـ348"),
    ("أسقطت الفصائل مسيّرة في اليوم الـ348 من \"طوفان الأقصى\".", "اليوم الـ348"),
])
def test_day_n_of_the_gaza_war_is_a_calendar_day(text, span):
    assert war_days(text) == [(span, "2024-09-18")]


def test_the_day_count_resolves_without_a_publication_date():
    assert war_days("في اليوم الـ100 من الحرب على غزة نزح الآلاف.", None) == [("اليوم الـ100", "2024-01-14")]


def test_a_count_that_disagrees_with_publication_still_says_its_day():
    assert war_days("في اليوم الـ349 من الحرب على غزة قصفت المدفعية مخيما.") == [("اليوم الـ349", "2024-09-19")]


def test_a_war_named_without_target_needs_gaza_in_the_document():
    # a count off the publication day; one on it is the war's day anyway (test_war_day_s20.py)
    text = "في اليوم الـ347 من الحرب، قصفت الطائرات مخيما وسط القطاع."
    assert war_days(text) == []
    assert war_days(text + " وقال الدفاع المدني في غزة إن فرقه انتشلت جثثا.") == [("اليوم الـ347", "2024-09-17")]


def test_an_inferred_war_whose_count_misses_the_publication_is_another_campaign():
    text = "في اليوم الخامس من عدوانه، دفع الجيش بتعزيزات إلى جنين، بينما تتواصل الغارات على غزة."
    assert war_days(text) == []


@pytest.mark.parametrize("text", [
    "في اليوم الـ348 من الحرب الروسية على أوكرانيا قصفت المسيرات محطة كهرباء، وفي غزة تتواصل الغارات.",
    "في اليوم الـ40 من الحرب على السودان، عبر لاجئون الحدود ومعهم أقارب من غزة.",
    "تظاهر طلاب لليوم الـ12 على التوالي تنديدا بالحرب على غزة.",
    "في اليوم الـ12 من شهر الصيام فتحت الأسواق أبوابها في غزة.",
])
def test_other_day_counts_are_not_days_of_the_gaza_war(text):
    assert not any(t.kind == "date" and t.text.startswith(("اليوم", "لليوم"))
                   for t in find_times(TextLayer(text), PUB))


def test_a_bare_number_after_today_is_not_a_day_count():
    # "اليوم" then a cardinal: a count told today, not the war's day
    found = find_times(TextLayer("ارتفعت حصيلة الحرب على غزة اليوم 40 شهيدا."), PUB)
    assert not any(t.kind == "date" and "40" in t.text for t in found)


def test_the_war_table_is_validated():
    data = load_json("time_words.json")
    validate_time_words(data)
    assert time_tables().war_targets
    for broken in ({"first_day": "7/10/2023"}, {"source": ""}, {"targets": []}):
        bad = copy.deepcopy(data)
        bad["wars"][0].update(broken)
        with pytest.raises(DataError):
            validate_time_words(bad)
    twice = copy.deepcopy(data)
    twice["wars"].append(copy.deepcopy(data["wars"][0]))
    with pytest.raises(DataError):
        validate_time_words(twice)


# ---------------------------------------------------------------- dating


def date_of(pipeline: Pipeline, text: str, trigger: str, form: str = "past", published: str = PUB) -> str | None:
    return assigned_date(pipeline, text, trigger, published, form)


def test_the_war_day_dates_the_leads_facts(pipeline):
    text = "في اليوم الـ348 من الحرب على غزة، قصفت الطائرات الإسرائيلية منزلا في خان يونس."
    assert date_of(pipeline, text, "قصفت") == PUB


def test_the_war_day_in_a_relative_clause_dates_the_sentence(pipeline):
    text = "تنفذ القوات الإسرائيلية اقتحامات في مخيمات شمال الضفة خلال عدوانها على قطاع غزة الذي دخل يومه الـ348."
    assert date_of(pipeline, text, "اقتحامات", form="nouns") == PUB


def test_yesterdays_war_day_dates_yesterday(pipeline):
    text = "في اليوم الـ347 من الحرب على غزة، قصفت الطائرات الإسرائيلية منزلا في رفح."
    assert date_of(pipeline, text, "قصفت") == "2024-09-17"


def test_a_war_day_after_publication_dates_no_reported_fact(pipeline):
    text = "في اليوم الـ350 من الحرب على غزة، قصفت الطائرات الإسرائيلية منزلا في رفح."
    assert date_of(pipeline, text, "قصفت") is None


def test_a_period_since_the_war_began_is_still_a_period(pipeline):
    text = ("ذكرت الوزارة في اليوم الـ348 من الحرب على غزة أن الطائرات الإسرائيلية دمرت آلاف المنازل "
            "منذ بدء الحرب في السابع من أكتوبر.")
    assert date_of(pipeline, text, "دمرت") is None


@pytest.mark.parametrize("text", ["بعد 200 يوم من الحرب على غزة تبدو المدينة خرابا.",
                                  "خلال 100 يوم من العدوان فقد آلاف الأطفال ذويهم.",
                                  "وصلت الفرق قبل 3 أيام من موعد الاقتراع."])
def test_an_offset_from_another_happening_is_a_duration(text):
    found = [t for t in find_times(TextLayer(text), PUB) if t.text[:3] in ("بعد", "خلا", "قبل")]
    assert [(t.kind, t.value) for t in found] == [("duration", None)]


def test_an_offset_from_now_is_still_a_date():
    found = find_times(TextLayer("يعود الوفد بعد يومين من الآن."), PUB)
    assert [(t.text, t.value) for t in found] == [("بعد يومين", "2024-09-20")]


def hypothetical_date(pipeline: Pipeline, text: str, trigger: str) -> str | None:
    return assigned_date(pipeline, text, trigger, PUB, "nouns", event="CONSULT", hypothetical=True)


def test_a_demanded_fact_does_not_take_the_statements_day(pipeline):
    text = "دعا الوزير، أمس الثلاثاء، إلى عقد محادثات مباشرة بين الطرفين."
    assert hypothetical_date(pipeline, text, "محادثات") is None


def test_a_planned_fact_keeps_its_planned_day(pipeline):
    text = "أعلن الوزير أن المحادثات بين الطرفين ستعقد يوم الأحد المقبل."
    assert hypothetical_date(pipeline, text, "المحادثات") == "2024-09-22"
