"""Eighteenth session: cues of events that did not happen (a failure, a fear, an expectation,
a right) and قد before a past verb, which asserts instead of "may".

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import trigger_context

from hadath.events.context import _ends_in_preposition, _looks_present


@pytest.mark.parametrize("text, word", [
    ("فشلت في اعتقال المتهمين في الخليل.", "اعتقال"),
    ("أقر الوزير بفشله في اعتقال المتهم الرئيسي.", "اعتقال"),
    ("انتقد النواب عجزها عن اعتقال المهربين.", "اعتقال"),
])
def test_failed_act_is_negated(text, word):
    ctx = trigger_context(text, word)
    assert ctx.negated and not ctx.factual


@pytest.mark.parametrize("text, word", [
    # the failure is the attack's own, which took place
    ("فشل الهجوم الذي شنه مسلحون على قاعدة للجيش.", "هجوم"),
    # the failed act is the protecting, not the attack
    ("قال القائد إنه فشل في حماية القرية من هجوم شنه مستوطنون.", "هجوم"),
    # failing to prevent a killing tells the killing as done
    ("انتقد التقرير عجز الشرطة عن منع مقتل الشاب في المدينة.", "مقتل"),
])
def test_failure_leaves_other_acts_factual(text, word):
    assert not trigger_context(text, word).negated


def test_only_a_cue_ending_in_a_preposition_reaches_one_word():
    assert _ends_in_preposition("فشل في") and _ends_in_preposition("عجزت عن")
    assert not _ends_in_preposition("من دون") and not _ends_in_preposition("لم")


@pytest.mark.parametrize("text, word", [
    ("أبدى مسؤولون خشيتهم من اقتحام الجيش مخيم جنين.", "اقتحام"),
    ("عبرت الوزارة عن خشيتها من اعتقال الصحفيين في العاصمة.", "اعتقال"),
])
def test_fear_with_a_possessive_is_hypothetical(text, word):
    assert trigger_context(text, word).hypothetical


def test_fear_after_the_act_keeps_it_factual():
    ctx = trigger_context("أبدى السكان خشيتهم بعد اقتحام الجيش مخيم جنين.", "اقتحام")
    assert ctx.factual


@pytest.mark.parametrize("text, word", [
    ("وسط توقعات بقرب اعتقال قادة المعارضة في القاهرة.", "اعتقال"),
    ("وقال الوزير إن من حق الشرطة اعتقال المتظاهرين في الساحة.", "اعتقال"),
])
def test_expectation_or_right_is_hypothetical(text, word):
    assert trigger_context(text, word).hypothetical


def test_expectation_in_another_clause_keeps_the_act_factual():
    ctx = trigger_context("أعلنت الشرطة اعتقال قادة المعارضة، وسط توقعات بتصعيد.", "اعتقال")
    assert ctx.factual


@pytest.mark.parametrize("text, word", [
    ("وقد أسفرت الغارة عن مقتل ثلاثة مدنيين في خان يونس.", "غارة"),
    ("وقد تعرضت بيوت كثيرة لقصف في أطراف البلدة.", "قصف"),
    ("وقد تم اعتقال خمسة شبان في نابلس.", "اعتقال"),
    ("وقد نظم الطلاب مظاهرة أمام السفارة.", "مظاهرة"),
])
def test_qad_before_a_past_verb_asserts(text, word):
    ctx = trigger_context(text, word)
    assert ctx.factual, ctx.cues


@pytest.mark.parametrize("text, word", [
    ("وقد يؤدي التصعيد إلى فرض عقوبات على الحكومة.", "فرض عقوبات"),
    ("وقد تتم مداهمة المخيم الليلة.", "مداهمة"),
])
def test_qad_before_a_present_verb_is_may(text, word):
    ctx = trigger_context(text, word)
    assert ctx.hypothetical and "قد" in ctx.cues


@pytest.mark.parametrize("word, present", [
    ("يؤدي", True), ("تشهد", True), ("تتم", True), ("نظم", False),
    ("أسفرت", False), ("خلف", False), ("تعرضت", False), ("تم", False), ("ساقه", False),
])
def test_present_verb_spelling(word, present):
    assert _looks_present(word) is present


def test_pluperfect_background_keeps_qad_as_before():
    # "كان ... قد" + a past verb names an earlier fact, the background of the news
    ctx = trigger_context("وكانت الحكومة قد نظمت في الربيع مظاهرة أمام البرلمان.", "مظاهرة")
    assert not ctx.factual and "قد" in ctx.cues


def test_qad_leaves_a_tally_as_before():
    ctx = trigger_context("وقد عرفت المنطقة 30 هجوما خلال ذلك العام.", "هجوما")
    assert not ctx.factual
