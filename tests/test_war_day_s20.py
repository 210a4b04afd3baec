"""Day counts of the war (twentieth session): a bare count that lands on the publication day
is the war's day, and a counted war day one day after the page's stamp is the report's day."""
from __future__ import annotations

import pytest
from conftest import assigned_date

from hadath.recognize.times import find_times, names_day_count
from hadath.text import TextLayer

PUB = "2024-09-18"          # day 348 of the Gaza war (day 1: 2023-10-07)


def dates(text: str, published: str | None = PUB) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(TextLayer(text), published) if t.kind == "date"]


@pytest.mark.parametrize("text, span", [
    ("في اليوم الـ348 من الحرب، أغارت الطائرات على حي سكني.", "اليوم الـ348"),
    ("في اليوم الـ348 من العدوان الإسرائيلي، نسفت القوات مباني في البلدة.", "اليوم الـ348"),
    ("يتواصل القصف لليوم الـ348 على التوالي وسط نزوح واسع.", "لليوم الـ348"),
    ("في اليوم الـ 348 أعلنت الفصائل إسقاط طائرة مسيرة.", "اليوم الـ 348"),
])
def test_a_bare_count_on_the_publication_day_is_that_day(text, span):
    assert dates(text) == [(span, PUB)]


@pytest.mark.parametrize("text", [
    "في اليوم الـ347 من الحرب، أغارت الطائرات على حي سكني.",        # a day off, no Gaza named
    "يعتصم العمال لليوم الـ12 على التوالي أمام الوزارة.",
    "في اليوم الـ348 من الحرب الروسية أصابت المسيرات محطة وقود.",
    "في اليوم الـ348 من الحرب على السودان عبرت عائلات الحدود.",
    "ارتفعت حصيلة الغارات اليوم 348 قتيلا.",                        # a cardinal told today
])
def test_other_counts_stay_counts(text):
    assert not any(span.startswith(("اليوم", "لليوم")) for span, _ in dates(text))


def test_without_a_publication_date_a_bare_count_stays_a_count():
    assert dates("في اليوم الـ348 من الحرب، أغارت الطائرات على حي سكني.", None) == []


def test_a_day_count_is_known_as_such():
    found = find_times(TextLayer("في اليوم الـ348 من الحرب على غزة هدمت الجرافات منازل أمس."), PUB)
    assert [(t.text, names_day_count(t)) for t in found] == [("اليوم الـ348", True), ("أمس", False)]


# ---------------------------------------------------------------- dating

def test_a_war_day_one_after_the_stamp_dates_the_leads_fact(pipeline):
    # the page is stamped the 17th; its count says the 18th
    text = "في اليوم الـ348 من الحرب على غزة، قصفت المدفعية الإسرائيلية منازل في رفح."
    assert assigned_date(pipeline, text, "قصفت", "2024-09-17") == PUB


def test_a_war_day_one_after_the_stamp_reaches_a_later_clause(pipeline):
    text = ("مع حلول اليوم الـ348 للحرب على غزة، ذكر مسعفون أن مسيرة إسرائيلية "
            "استهدفت خيمة لعائلة نازحة قرب دير البلح.")
    assert assigned_date(pipeline, text, "استهدفت", "2024-09-17") == PUB


@pytest.mark.parametrize("published", ["2024-09-16", "2024-09-15"])
def test_a_war_day_further_after_the_stamp_dates_nothing(pipeline, published):
    text = "في اليوم الـ348 من الحرب على غزة، قصفت المدفعية الإسرائيلية منازل في رفح."
    assert assigned_date(pipeline, text, "قصفت", published) is None


def test_another_day_after_the_stamp_is_still_to_come(pipeline):
    # only a day count says what day the report was written; "غدا" stays a day to come
    text = "قصفت المدفعية الإسرائيلية منازل في رفح غدا."
    assert assigned_date(pipeline, text, "قصفت", "2024-09-17") is None


def test_a_bare_count_dates_the_sentences_fact(pipeline):
    text = "في اليوم الـ348 من الحرب، دمرت غارة إسرائيلية منزلا في النصيرات."
    assert assigned_date(pipeline, text, "غارة", PUB, form="nouns") == PUB
