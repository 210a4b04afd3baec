"""Fourteenth session: definite counts (العشرات، المئات) before a partitive من, أعداد as a
toll head, definite compound number words ("الأربعين ألفا والثمانمئة"), and the hour of
"ليلا" and of named times (منتصف الليل).  Our own example sentences."""
from __future__ import annotations

import pytest
from test_counts import counts_of as _counts_with_totals

from hadath.pipeline import Pipeline, record_to_raw
from hadath.recognize.numbers import find_numbers
from hadath.recognize.times import find_times
from hadath.text import TextLayer

PUB = "2024-09-18"


def _numbers(text: str) -> list[tuple[str, object, object, bool]]:
    return [(m.text, m.value, m.min, m.ordinal) for m in find_numbers(TextLayer(text))]


def _times(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(TextLayer(text), PUB)]


def _events(pipeline: Pipeline, text: str, event: str):
    res = pipeline.process(record_to_raw({"id": "t", "text": text}), published=PUB)
    return [e for e in res.events if e.event == event]


# ------------------------------------------------------------ compound number words

@pytest.mark.parametrize("text, value", [
    ("بلغت حصيلة القتلى الخمسين ألفا والسبعمئة قتيل", 50700),
    ("تجاوز عدد النازحين الثلاثين ألفاً والأربعمائة نازح", 30400),
    ("وصل عدد الجرحى إلى الخمسة والعشرين ألفا", 25000),
    ("نقلت الحافلات الثلاثة آلاف عامل إلى المدينة", 3000),
    ("أحصت الهيئة الستين ألفا والمئتين", 60200),
])
def test_a_definite_cardinal_before_a_scale_word_composes(text, value):
    found = _numbers(text)
    assert [(v, ordinal) for _, v, _, ordinal in found] == [(value, False)]


@pytest.mark.parametrize("text, value", [
    ("أحيا الحزب الذكرى الأربعين لتأسيسه", 40),
    ("انطلقت الدورة الخامسة والعشرين للمهرجان", 25),
    ("في اليوم الحادي والثلاثين من الشهر", 31),
])
def test_a_definite_number_without_a_scale_word_stays_an_ordinal(text, value):
    assert [(v, ordinal) for _, v, _, ordinal in _numbers(text)] == [(value, True)]


def test_an_indefinite_hundred_after_a_definite_thousand_is_not_joined():
    # the article must agree: "الأربعين ألفا وثمانمئة" is written so only in the indefinite
    found = _numbers("قرأ الطلاب الأربعين ألفا ثم مئة أخرى")
    assert found[0][1] == 40000


# ------------------------------------------------------------ definite vague counts

@pytest.mark.parametrize("text, kind, low", [
    ("استشهد العشرات في قصف على حي سكني شرق المدينة.", "killed", 10),
    ("أصيب المئات خلال مواجهات مع قوات الأمن في العاصمة.", "injured", 100),
    ("اعتقلت الشرطة العشرات من المحتجين قرب البرلمان.", "arrested", 10),
])
def test_definite_vague_counts_are_open_ended_counts(pipeline, text, kind, low):
    got = _counts_with_totals(pipeline, text)
    assert [c[:2] for c in got[kind]] == [(low, None)]


@pytest.mark.parametrize("text, victims", [
    ("نفذت الشرطة اعتقال العشرات من الطلاب في الجامعة.", "الطلاب"),
    ("واصلت القوات اعتقال المئات من العمال عند المعبر.", "العمال"),
])
def test_a_definite_count_before_a_partitive_names_the_victims(pipeline, text, victims):
    arrests = _events(pipeline, text, "COERCE")
    assert any(victims in [r.text for r in e.recipient] for e in arrests)


def test_a_place_after_a_definite_partitive_is_no_victim(pipeline):
    arrests = _events(pipeline, "نفذت الشرطة اعتقال العشرات في عدد من القرى.", "COERCE")
    assert arrests and all(r.text != "القرى" for e in arrests for r in e.recipient)


# ------------------------------------------------------------ أعداد as a toll head

def test_the_plural_of_number_heads_a_toll(pipeline):
    text = "قصفت الطائرات منازل في البلدة، لترتفع أعداد الضحايا في المحافظة منذ بدء الحرب إلى 2315 قتيلا."
    got = _counts_with_totals(pipeline, text)
    assert [c[:2] for c in got["killed"]] == [(2315, 2315)]


def test_the_plural_of_number_without_a_figure_gives_no_count(pipeline):
    got = _counts_with_totals(pipeline, "تعاني المستشفيات من تزايد أعداد الجرحى جراء القصف على المخيم.")
    assert "killed" not in got and "injured" not in got


# ------------------------------------------------------------ hours of the night, named hours

@pytest.mark.parametrize("text, hour", [
    ("بدأ القصف 5 ليلا", "17:00"),
    ("بدأ القصف الساعة 9 ليلا", "21:00"),
    ("بدأ القصف 11 ليلا", "23:00"),
    ("بدأ القصف الساعة 12 ليلا", "00:00"),
    ("بدأ القصف الساعة 2 ليلا", "02:00"),
    ("بدأ القصف الساعة الواحدة ليلا", "01:00"),
    ("بدأ القصف 5 فجرا", "05:00"),
    ("بدأ القصف 5 مساء", "17:00"),
])
def test_an_hour_before_a_night_word(text, hour):
    assert [v for _, v in _times(text)] == [f"{PUB}T{hour}"]


@pytest.mark.parametrize("text, span, value", [
    ("انقطعت الكهرباء منتصف الليل", "منتصف الليل", f"{PUB}T00:00"),
    ("انقطعت الكهرباء عند الساعة منتصف الليل", "الساعة منتصف الليل", f"{PUB}T00:00"),
    ("انقطعت الكهرباء قرابة منتصف النهار", "منتصف النهار", f"{PUB}T12:00"),
    ("انقطعت الكهرباء منتصف الليل من يوم الأحد", "منتصف الليل من يوم الأحد", "2024-09-15T00:00"),
])
def test_named_hours(text, span, value):
    assert _times(text) == [(span, value)]


def test_a_midday_of_a_counted_day_is_no_hour():
    # "منتصف اليوم الثالث" halves a period, it names no clock time
    assert all("T" not in (v or "") for _, v in _times("توقف القتال في منتصف اليوم الثالث"))
