"""Fifteenth session: events that did not happen.

An event noun governed by a verb or noun of trying, seeking or studying (حاول، محاولة، سعى
إلى، تدرس) is not told as done, and one governed by a verb of habit (دأب على، اعتاد) is a
description over years, not one event: both are hypothetical. An attempted attack stays an
ASSAULT; an act done (نجح في، اعتقلت) or a demand itself (طالب ب) keeps its mode; an event
noun that is the complement of another noun after the governor ("حاولوا التصدي لاقتحام") is
not governed by it.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event, trigger_context


def _hypothetical_because(text: str, word: str, event: str, cue: str) -> None:
    ctx = trigger_context(text, word, event)
    assert ctx.hypothetical and cue in ctx.cues, (text, ctx.cues)
    assert not ctx.negated, (text, ctx.cues)


@pytest.mark.parametrize(("text", "word", "event"), [
    ("حاولت الشرطة اعتقال الشاب عند مدخل البلدة.", "اعتقال", "COERCE"),
    ("حاولت الأجهزة الأمنية الفلسطينية اعتقاله من داخل المستشفى.", "اعتقاله", "COERCE"),
    ("سعت الحكومة إلى الإفراج عن الصيادين المحتجزين.", "الإفراج عن", "RETREAT"),
    ("اندلعت مواجهات في البلدة عقب محاولة اقتحامها من قبل الجنود.", "اقتحامها", "COERCE"),
    ("تجمع المستوطنون عند البوابة في محاولة لاقتحام الساحة.", "اقتحام", "COERCE"),
    ("تحاول القوات فرض حصار على الحي الشرقي.", "حصار", "COERCE"),
    ("تدرس الحكومة فرض حظر على بيع السلاح للطرفين.", "حظر", "SANCTION"),
])
def test_an_act_tried_sought_or_studied_is_hypothetical(text, word, event):
    _hypothetical_because(text, word, event, "attempted")


@pytest.mark.parametrize(("text", "word", "event"), [
    ("دأبت قوات الأمن على اعتقال الناشطين في المدينة منذ سنوات.", "اعتقال", "COERCE"),
    ("اعتاد المستوطنون اقتحام الموقع الأثري كل أسبوع.", "اقتحام", "COERCE"),
    ("دأب الجيش على استهداف الأحياء الحدودية طوال العقد الماضي.", "استهداف", "ASSAULT"),
])
def test_an_act_told_as_a_habit_is_hypothetical(text, word, event):
    _hypothetical_because(text, word, event, "habitual")


def test_an_attempted_attack_stays_an_assault():
    ctx = trigger_context("تعرض الوزير لمحاولة اغتيال في العاصمة.", "اغتيال", "ASSAULT")
    assert "attempted" not in ctx.cues, ctx.cues


@pytest.mark.parametrize(("text", "word", "event"), [
    ("نجحت الحكومة في الإفراج عن الصيادين المحتجزين.", "الإفراج عن", "RETREAT"),
    ("حاول الشبان التصدي لاقتحام الجنود البلدة.", "اقتحام", "COERCE"),
    ("حاول السكان الفرار بعد اعتقال الجنود ثلاثة من أبنائهم.", "اعتقال", "COERCE"),
    ("وسعت القوات الاقتحامات في جنوب البلاد.", "اقتحامات", "COERCE"),
])
def test_an_act_done_or_governed_by_another_noun_is_not_attempted(text, word, event):
    ctx = trigger_context(text, word, event)
    assert "attempted" not in ctx.cues, (text, ctx.cues)


def test_a_demand_and_an_act_done_stay_events():
    assert_event("REQUEST", "طالب الوزير بالإفراج عن الصيادين المحتجزين.")
    assert_event("COERCE", "اعتقلت الشرطة عشرة شبان في البلدة أمس.")
    assert not trigger_context("اعتقلت الشرطة عشرة شبان في البلدة أمس.", "اعتقلت",
                               "COERCE").hypothetical
