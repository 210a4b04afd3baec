"""Twelfth session: events named under a future verb, a capability or possibility, a claimed
pretext, an accusation, or a negated governing verb are not reported as facts.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import trigger_context

from hadath.events.context import _is_future_governor


@pytest.mark.parametrize("text, word", [
    ("سيشارك وزير الخارجية في اجتماع مع نظيره الفرنسي في باريس.", "اجتماع"),
    ("قال الخبير إن المعارك الطويلة ستجبر القوات على الانسحاب من البلدة.", "الانسحاب"),
    ("أعلنت الحكومة أنها ستستضيف قمة إقليمية في الربيع.", "قمة"),
    ("قال الرئيس إن الوزيرين سيتم اعتقالهما إذا وصلا إلى البلاد.", "اعتقالهما"),
])
def test_future_governor_makes_the_noun_hypothetical(text, word):
    ctx = trigger_context(text, word)
    assert ctx.hypothetical and "future-governor" in ctx.cues


@pytest.mark.parametrize("text, word", [
    ("شارك وزير الخارجية في اجتماع مع نظيره الفرنسي في باريس أمس.", "اجتماع"),
    ("استضافت الحكومة قمة إقليمية في العاصمة أمس.", "قمة"),
])
def test_past_governor_keeps_the_noun_factual(text, word):
    assert trigger_context(text, word).factual


def test_complementiser_after_future_verb_opens_its_own_clause():
    ctx = trigger_context("قال الوزير إنه سيعلن أن اعتقال الصحفي كان خطأ.", "اعتقال")
    assert "future-governor" not in ctx.cues


@pytest.mark.parametrize("word, expected", [
    ("سيشارك", True), ("وستستضيف", True), ("سيتم", True), ("ستحضر", True),
    ("سيارة", False), ("سياسة", False), ("يشارك", False), ("ستة", False),
])
def test_future_governor_words(word, expected):
    assert _is_future_governor(word) is expected


def test_threat_under_a_future_verb_stays():
    ctx = trigger_context("قال القائد إن الحركة ستنفذ تهديدها في الوقت المناسب.", "تهديدها", "THREATEN")
    assert "future-governor" not in ctx.cues


@pytest.mark.parametrize("text, word", [
    ("ناقش التقرير مدى قدرتها على اقتحام البلدات الحدودية مرة أخرى.", "اقتحام"),
    ("يخشى السكان من إمكانية تهجيرهم من القرية في الأسابيع المقبلة.", "تهجيرهم"),
    ("وقال إن هذا القرار من شأنه أن يمنع الإفراج عن المعتقلين.", "الإفراج عن"),
])
def test_capability_and_possibility_are_hypothetical(text, word):
    assert trigger_context(text, word).hypothetical


def test_capability_word_far_back_in_another_clause_does_not_reach():
    ctx = trigger_context("أكد القائد قدرته على الصمود، وفي المساء التقى الوزير بالسفير.", "التقى")
    assert ctx.factual


@pytest.mark.parametrize("text, word", [
    ("أوقف الحراس رجلا بزعم حمله سكينا لتنفيذ عملية طعن في المحطة.", "عملية طعن"),
    ("قتلت الشرطة رجلا بعد زعمهم نيته تنفيذ هجوم في السوق.", "هجوم"),
])
def test_claimed_pretext_is_not_a_report(text, word):
    assert not trigger_context(text, word).factual


@pytest.mark.parametrize("text, word, event", [
    ("اتهم الوزير الدولة المجاورة بإجراء محادثات سرية مع المتمردين.", "محادثات", "CONSULT"),
    ("واتهمت الفصائل الحكومة برفض تسلم الأسرى المفرج عنهم.", "رفض", "REJECT"),
    ("تضمن البيان اتهام النقابة للشرطة بمحاولة قتل المعتصمين.", "قتل", "ASSAULT"),
])
def test_act_inside_an_accusation_is_a_mention(text, word, event):
    ctx = trigger_context(text, word, event)
    assert ctx.discard == "accused-of"


@pytest.mark.parametrize("text, word", [
    ("لم تصدر المنظمة حتى الآن أي بيان ينتقد الحكومة بالاسم.", "ينتقد"),
    ("ولا يسمح في هذه الأيام للزوار باقتحام ساحات المعبد القديم.", "اقتحام"),
    ("سأل النائب عن أسباب عدم قيام وزارة الداخلية بإغلاق المعابر الجنوبية.", "إغلاق"),
])
def test_negated_governing_verb_negates_the_trigger(text, word):
    assert trigger_context(text, word).negated


def test_affirmed_governing_verb_stays_factual():
    ctx = trigger_context("أصدرت المنظمة أمس بيانا ينتقد الحكومة بالاسم.", "ينتقد")
    assert not ctx.negated
