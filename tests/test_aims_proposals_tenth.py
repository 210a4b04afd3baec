"""Tenth session: aims, proposals and phases.

Acts told as the aim of something else, as the content of a proposal, as a term set in a later
phase of a deal or as something waited for are not coded as real:

* an aim word before the act (لغرض، بغرض، يهدف إلى، ترمي إلى) or a possessive aim noun before
  a verbal noun (هدفه فرض ...) makes it hypothetical; so does من أجل / لأجل before a noun;
* a purpose ل on a support noun (لإحكام، لتشديد، لفرض) makes the act it supports an aim;
* a withdrawal or a release that a proposal includes (يشمل، يتضمن) or that is set in a phase
  (في المرحلة الثانية) is a term, not a withdrawal;
* an apology or a resignation waited for (ننتظر من ... الاعتذار) is not made;
* pushing someone towards (نحو) a resignation is a demand for it.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import trigger_context


def _hypothetical(text: str, word: str, event: str) -> None:
    ctx = trigger_context(text, word, event)
    assert ctx.hypothetical, (text, ctx.cues)
    assert not ctx.negated, (text, ctx.cues)


# ---------------------------------------------------------------- aims


@pytest.mark.parametrize(("text", "word", "event"), [
    ("نفذت القوات حملة واسعة في البلدة لغرض تهجير الأهالي.", "تهجير", "COERCE"),
    ("نشر الجيش حواجز جديدة بغرض تهجير سكان الحي.", "تهجير", "COERCE"),
    ("أقر البرلمان قانونا يهدف إلى حظر نشاط الجمعيات الأجنبية.", "حظر", "SANCTION"),
    ("وصل المبعوث إلى العاصمة في جولة ترمي إلى الدعوة لهدنة في الإقليم.", "الدعوة", "REQUEST"),
    ("قال المحلل إن هدفه فرض الحصار على المدينة.", "الحصار", "COERCE"),
    ("اجتمع الطرفان من أجل التوقيع على الاتفاقية.", "توقيع", "AGREE"),
])
def test_an_act_told_as_an_aim_is_hypothetical(text, word, event):
    _hypothetical(text, word, event)


def test_a_support_noun_of_purpose_makes_an_aim():
    _hypothetical("حذر الوزير من استغلال الميناء لإحكام الحصار على السكان.", "الحصار", "COERCE")
    _hypothetical("تستخدم الحكومة المعبر أداة لتشديد الحصار على المدينة.", "الحصار", "COERCE")


def test_acts_done_stay():
    _assert_has("COERCE", "فرضت قوات الاحتلال حصارا على البلدة منذ أسبوعين.")
    assert not trigger_context("فرضت القوات حصارا مشددا على المدينة.", "حصارا",
                               "COERCE").hypothetical
    assert not trigger_context("وقع الطرفان على الاتفاقية في العاصمة أمس.", "اتفاقية",
                               "AGREE").hypothetical


# ---------------------------------------------------------------- proposals and phases


@pytest.mark.parametrize(("text", "word"), [
    ("قدمت الوساطة مقترحا جديدا يشمل تبادل الأسرى وانسحاب القوات من المدينة.", "انسحاب"),
    ("عرضت الدولتان خطة تتضمن وقف القتال وانسحاب الجيش من الحدود.", "انسحاب"),
    ("وافقت الحكومة على الانسحاب من المعبر في المرحلة الثالثة من الاتفاق.", "الانسحاب"),
])
def test_a_withdrawal_in_a_proposal_or_a_later_phase_is_a_term(text, word):
    _hypothetical(text, word, "RETREAT")


def test_a_withdrawal_carried_out_stays():
    _assert_has("RETREAT", "انسحبت القوات من المدينة صباح اليوم بعد معارك استمرت أياما.")
    assert not trigger_context("أكمل الجيش انسحاب قواته من المعبر أمس.", "انسحاب",
                               "RETREAT").hypothetical


# ---------------------------------------------------------------- awaited and pushed-for concessions


@pytest.mark.parametrize(("text", "word"), [
    ("قال المتحدث: \"ننتظر من الحكومة المسؤولة عن الحادث توضيحا كاملا والاعتذار\".",
     "اعتذار"),
    ("وقال النائب إن الشارع ينتظر من رئيس الوزراء بعد هذه الفضيحة الاستقالة.", "استقالة"),
    ("خرجت احتجاجات واسعة لدفع الرئيس نحو الاستقالة.", "استقالة"),
])
def test_an_awaited_or_pushed_for_concession_is_not_made(text, word):
    _hypothetical(text, word, "CONCEDE")


def test_a_resignation_announced_stays():
    assert not trigger_context("أعلن الوزير استقالته من منصبه أمس.", "استقالته",
                               "CONCEDE").hypothetical
