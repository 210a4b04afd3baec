"""Nineteenth session: COERCE triggers that report no coercion carried out.

Four sense cues (hadath/data/event_rules.json, ``sense_cues``):

* a verb or noun of holding (احتجز، تحتجز، احتجاز) whose object, within four words after it,
  is the bodies of the dead (جثامين، جثث، رفات) holds no one: discarded;
* the same verb with a pronoun object (احتجزتها) within six words after the bodies it refers
  to: discarded;
* a demolition or confiscation noun within two words after an order, a notice or a decision
  (إخطار، أوامر، قرار) is ordered, not done: hypothetical, unless the order is carried out
  (تنفيذ) earlier in the clause;
* a COERCE trigger right after a policy noun (سياسة الهدم) names a policy, not one act:
  discarded; a trigger joined to the policy's first term (سياسة التجويع ومنع الغذاء) is left.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event, trigger_context


@pytest.mark.parametrize(("text", "word"), [
    ("قالت العائلة إن الشرطة تحتجز جثمان ابنها منذ شهرين.", "تحتجز"),
    ("يحتجز الجيش جثامين القتلى الثلاثة في ثلاجة المعسكر.", "يحتجز"),
    ("طالبت الهيئة بوقف احتجاز السلطات جثث الضحايا.", "احتجاز"),
    ("احتجزت القوات المهاجمة رفات الجنديين عدة أيام.", "احتجزت"),
])
def test_bodies_held_are_no_arrest(text, word):
    ctx = trigger_context(text, word, "COERCE")
    assert ctx.discard, (text, ctx.cues)


def test_bodies_named_before_a_pronoun_verb_are_no_arrest():
    ctx = trigger_context("سلمت السلطات جثامين عشرين قتيلا احتجزتها طوال الصيف.", "احتجزتها",
                          "COERCE")
    assert ctx.discard, ctx.cues


@pytest.mark.parametrize(("text", "word"), [
    ("احتجزت الشرطة عشرين متظاهرا في الساحة الرئيسية.", "احتجزت"),
    ("تحتجز السلطات الصحفيين الثلاثة منذ يوم الأحد.", "تحتجز"),
    ("أفرجت الشرطة عن الطلاب الذين احتجزتهم أمس.", "احتجزتهم"),
])
def test_people_held_stay_arrests(text, word):
    ctx = trigger_context(text, word, "COERCE")
    assert ctx.factual, (text, ctx.cues)


def test_a_people_arrest_beside_bodies_held_stays():
    assert_event("COERCE", "اعتقلت الشرطة ثمانية شبان من القرية واحتجزت جثة القتيل.")


@pytest.mark.parametrize(("text", "word"), [
    ("وزعت البلدية خمسة إخطارات هدم على سكان الحي الشرقي.", "هدم"),
    ("أصدرت السلطات أوامر جديدة بهدم ثلاثة منازل في القرية.", "هدم"),
    ("تسلم المزارعون قرارا بمصادرة أراضيهم قرب الوادي.", "مصادرة"),
    ("نشرت الإدارة قرارات الاستيلاء على أراض زراعية شرق البلدة.", "الاستيلاء"),
])
def test_an_order_to_demolish_or_confiscate_is_not_done(text, word):
    ctx = trigger_context(text, word, "COERCE")
    assert ctx.hypothetical, (text, ctx.cues)
    assert not ctx.factual


@pytest.mark.parametrize(("text", "word"), [
    ("هدمت الجرافات ثلاثة منازل في القرية صباح اليوم.", "هدمت"),
    ("بدأت الجرافات تنفيذ قرار هدم المنزل صباح الأحد.", "هدم"),
    ("شرعت الجرافات في هدم مبنى من طابقين شرق المدينة.", "هدم"),
])
def test_a_demolition_carried_out_stays(text, word):
    ctx = trigger_context(text, word, "COERCE")
    assert ctx.factual, (text, ctx.cues)


@pytest.mark.parametrize(("text", "word"), [
    ("حذر الباحث من تبعات سياسة الهدم في المدينة القديمة.", "هدم"),
    ("انتقدت المنظمة سياسات الاعتقال الإداري المتبعة منذ عقود.", "اعتقال"),
])
def test_a_policy_named_is_no_act(text, word):
    ctx = trigger_context(text, word, "COERCE")
    assert ctx.discard, (text, ctx.cues)


def test_a_trigger_joined_after_a_policy_term_stays():
    ctx = trigger_context("تتبع الحكومة سياسة التضييق ومنع السفر بحق المعارضين.", "منع", "COERCE")
    assert not ctx.discard, ctx.cues


def test_an_act_beside_a_policy_word_further_back_stays():
    ctx = trigger_context("انتقد الوزير سياسة الحكومة الاقتصادية بعدما اعتقلت الشرطة عشرة ناشطين.",
                          "اعتقلت", "COERCE")
    assert ctx.factual, ctx.cues
