"""Eighth session: running totals told as a toll phrase ("ارتفع عدد الشهداء ... إلى N"),
their companion figures, thousands written with dots, and the rescorer keeping them."""
from __future__ import annotations

import pytest

from hadath.events import classifier as clf
from hadath.pipeline import record_to_raw


def _assaults(pipeline, text: str):
    res = pipeline.process(record_to_raw({"id": "t", "text": text}), published="2024-09-09")
    return [e for e in res.events if e.event == "ASSAULT"]


@pytest.mark.parametrize("text, killed", [
    ("وبذلك يرتفع عدد الشهداء في مدينة جنين منذ بدء الحرب على القطاع إلى 812.", 812),
    ("قال الجيش إن عدد الجنود القتلى في المعارك، منذ بداية الحرب، بلغ 640 جنديا.", 640),
    ("ما يرفع حصيلة القتلى في محافظة جنين منذ مطلع العام الماضي إلى 590.", 590),
])
def test_a_toll_phrase_takes_the_number_it_reaches(pipeline, text, killed):
    events = _assaults(pipeline, text)
    assert [(e.killed.min, e.killed.cumulative) for e in events if e.killed] == [(killed, True)]


def test_the_toll_number_is_not_taken_across_another_casualty_word(pipeline):
    events = _assaults(pipeline, "ارتفع عدد الشهداء في جنين، وأصيب منذ الصباح 12 شابا برصاص القوات.")
    assert all(e.killed is None or e.killed.min != 12 for e in events)


def test_a_toll_keeps_the_other_totals_of_its_period(pipeline):
    events = _assaults(pipeline, "وأقر الجيش بأن عدد الجنود القتلى في القطاع، منذ بداية الحرب، بلغ "
                                 "512 جنديا، إضافة إلى إصابة 3120 جنديا.")
    toll = [e for e in events if e.killed is not None]
    assert toll and toll[0].killed.min == 512 and toll[0].injured.min == 3120


@pytest.mark.parametrize("written, value", [("4.357", 4357), ("12.450", 12450)])
def test_thousands_written_with_dots_count_people_whole(pipeline, written, value):
    events = _assaults(pipeline, f"استشهد 40 شخصا في قصف على المخيم أمس، وأصيب {written} آخرون.")
    assert any(e.injured is not None and e.injured.min == value for e in events)


def test_a_decimal_scale_is_still_a_decimal(pipeline):
    events = _assaults(pipeline, "أصيب 2.5 ألف شخص في قصف على المدينة أمس.")
    assert any(e.injured is not None and e.injured.min == 2500 for e in events)


def _candidate(**kw) -> clf.Candidate:
    return clf.Candidate(event="ASSAULT", sentence_norm="ارتفع عدد الشهداء الي 700",
                         trigger_start=6, trigger_end=17, form="nouns", sense="assault.toll",
                         how="noun", **kw)


def test_a_running_total_with_a_participant_is_strong_evidence():
    assert clf.strong_rule_evidence(_candidate(has_recipient=True, running_total=True), "count")
    assert not clf.strong_rule_evidence(_candidate(running_total=True), "count")
    assert not clf.strong_rule_evidence(_candidate(has_recipient=True), "count")
    assert not clf.strong_rule_evidence(_candidate(has_recipient=True, running_total=True), "none")


def test_a_running_total_passes_the_model(pipeline):
    events = _assaults(pipeline, "ارتفعت حصيلة الشهداء في قطاع غزة منذ بدء الحرب إلى 41 ألف شهيد.")
    assert any(e.killed is not None and e.killed.cumulative for e in events)
