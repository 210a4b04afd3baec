"""Tenth session: is the COERCE event real?

Three sense cues (hadath/data/event_rules.json) keep acts that are not reported as done from
being coded as real:

* a warning or a fear noun (التحذيرات، مخاوف، تخوفات), with at most two words between, before
  a noun trigger makes it hypothetical, unless a setting preposition (بعد، إثر، خلال ...)
  stands before it in its clause: the warning was then about something after the act;
* a siege or blockade word whose next word is an abstract thing (الاقتصاد، العقول، الرواية)
  is a metaphor: discarded;
* a COERCE verbal noun right after استهدف / تستهدف (an operation or plan aimed at it) is an
  aim: hypothetical.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event, assert_no_event, trigger_context


@pytest.mark.parametrize(("text", "word", "event"), [
    ("قصف الجيش أطراف المدينة رغم التحذيرات الأممية من اقتحام أحيائها المكتظة.", "اقتحام",
     "COERCE"),
    ("أبدت الهيئة مخاوفها من تهجير سكان القرى الجبلية.", "تهجير", "COERCE"),
    ("تتصاعد تحذيرات الوكالات من اجتياح المدينة الجنوبية.", "اجتياح", "ASSAULT"),
    ("عبر الأهالي عن تخوفات جدية من اعتقال أبنائهم.", "اعتقال", "COERCE"),
])
def test_a_warned_or_feared_act_is_hypothetical(text, word, event):
    ctx = trigger_context(text, word, event)
    assert ctx.hypothetical, (text, ctx.cues)
    assert not ctx.negated
    assert not ctx.factual


@pytest.mark.parametrize(("text", "word"), [
    ("تصاعدت المخاوف إثر اقتحام المستوطنين باحات المسجد.", "اقتحام"),
    ("تزايدت التحذيرات بعد اعتقال الشرطة عشرات الناشطين.", "اعتقال"),
])
def test_a_warning_after_the_act_keeps_it_real(text, word):
    ctx = trigger_context(text, word, "COERCE")
    assert ctx.factual, (text, ctx.cues)


def test_a_siege_of_an_abstract_thing_is_a_metaphor():
    ctx = trigger_context("أفضت هجمات البحر الطويلة إلى محاصرة الاقتصاد الإسرائيلي.", "محاصرة",
                          "COERCE")
    assert ctx.discard, ctx.cues
    assert_no_event("COERCE", "قال الكاتب إن الإعلام الرسمي يمارس حصار العقول منذ عقود.")


def test_a_siege_of_a_place_stays():
    assert_event("COERCE", "فرضت قوات الاحتلال حصارا مشددا على البلدة منذ أسبوعين.")
    assert trigger_context("واصلت القوات محاصرة المستشفى الشمالي لليوم الثالث.", "محاصرة",
                           "COERCE").factual


def test_an_act_an_operation_aims_at_is_hypothetical():
    ctx = trigger_context("بدأ الجيش حملة عسكرية في الوادي تستهدف تهجير سكانه.", "تهجير",
                          "COERCE")
    assert ctx.hypothetical, ctx.cues
    ctx = trigger_context("كشفت الوثائق مخططات رسمية استهدفت ترحيل آلاف العائلات.", "ترحيل",
                          "COERCE")
    assert ctx.hypothetical, ctx.cues


def test_demolitions_that_target_houses_stay():
    assert trigger_context("استهدفت عمليات الهدم عشرة منازل في الحي الشرقي.", "هدم",
                           "COERCE").factual
