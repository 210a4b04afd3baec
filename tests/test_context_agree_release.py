"""Precision rules for AGREE, RETREAT and SANCTION mentions, and the support verbs of going on
with an attack (كثف، عاود، استأنف).

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import trigger_context

import hadath
from hadath.events.lexicon import default_trigger_matcher
from hadath.pipeline import record_to_raw
from hadath.text.layer import analyze


@pytest.fixture(scope="module")
def every_candidate():
    return hadath.default_pipeline(True, 0.0)


def _events(pipe, text: str, event: str):
    res = pipe.process(record_to_raw({"id": "t", "text": text}), published="2024-09-09")
    return [e for e in res.events if e.event == event]


@pytest.mark.parametrize("text, word", [
    ("اتفق الوزراء على أن الأزمة الاقتصادية ستطول أكثر من المتوقع.", "اتفق"),
    ("اتفق النواب على أنّ المشكلة تكمن في غياب الثقة.", "اتفق"),
    ("واتفق المشاركون في الندوة على أنه لا بديل عن الحوار.", "اتفق"),
])
def test_agreeing_that_something_is_so_is_no_deal(text, word):
    ctx = trigger_context(text, word, "AGREE")
    assert not ctx.factual
    assert ctx.discard == "agreeing that something is so, an opinion, not a deal"


@pytest.mark.parametrize("text", [
    "اتفق الطرفان على أن يتم تبادل الأسرى الأسبوع المقبل.",
    "اتفق الوزيران على أنه سيتم فتح المعبر أمام الشاحنات.",
    "اتفقت الأحزاب على أن لا تشارك في الحكومة الجديدة.",
    "اتفق البلدان على تعزيز التعاون في مجال الطاقة.",
])
def test_agreeing_on_an_action_stays_a_deal(text):
    ctx = trigger_context(text, text.split()[0], "AGREE")
    assert ctx.factual
    assert ctx.discard is None


@pytest.mark.parametrize("text", [
    "رحبت الجامعة العربية بالاتفاق بين الحكومة والمتمردين.",
    "وعارض نواب المعارضة الاتفاق في جلسة البرلمان.",
    "وأثار هذا الاتفاق جدلا واسعا بين السكان.",
])
def test_an_agreement_welcomed_opposed_or_already_named_is_a_mention(text):
    word = next(w for w in text.split() if "اتفاق" in w)
    hit = next(h for h in default_trigger_matcher().longest(analyze(text).view)
               if h.value.event == "AGREE" and word.endswith(text[h.start:h.end]))
    ctx = trigger_context(text, text[hit.start:hit.end], "AGREE")
    assert not ctx.factual


@pytest.mark.parametrize("text, word", [
    ("ناقش الوزراء فكرة الاتفاق مع الجيران دون قرار.", "اتفاق"),
    ("وانتقد النواب الاتفاق المبرم مع الشركة قبل أعوام.", "اتفاق"),
])
def test_an_agreement_as_an_idea_or_described_by_a_participle_is_no_fact(text, word):
    assert trigger_context(text, word, "AGREE").hypothetical


def test_an_agreement_signed_now_stays_a_fact():
    ctx = trigger_context("وقع البلدان اتفاقا تجاريا جديدا أمس.", "اتفاقا", "AGREE")
    assert ctx.factual


@pytest.mark.parametrize("text, word", [
    ("قال المسؤول إن ملف الإفراج عن المعتقلين ما زال عالقا.", "الإفراج عن"),
    ("وقع البلدان اتفاقا يضمن إطلاق سراح جميع الرهائن خلال شهر.", "إطلاق سراح"),
    ("ويملك الرئيس صلاحية الموافقة على إطلاق سراحهم بقرار منه.", "إطلاق سراحهم"),
])
def test_a_release_as_topic_term_or_approval_is_hypothetical(text, word):
    assert trigger_context(text, word, "RETREAT").hypothetical


def test_a_release_carried_out_stays_a_fact():
    ctx = trigger_context("أعلنت الشرطة الإفراج عن الناشط بعد ساعات من توقيفه.", "الإفراج عن",
                          "RETREAT")
    assert ctx.factual


def test_a_ban_joined_to_a_list_of_demands_is_demanded():
    ctx = trigger_context("دعا النواب إلى وقف التعاون مع الشركة وحظر منتجاتها في الأسواق.",
                          "حظر", "SANCTION")
    assert ctx.hypothetical
    assert "demanded" in ctx.cues


def test_a_ban_told_as_done_stays_a_fact():
    ctx = trigger_context("وحظر الوزير دخول الصحفيين إلى المنطقة العسكرية.", "حظر", "SANCTION")
    assert ctx.factual


@pytest.mark.parametrize("text, noun", [
    ("كثفت الطائرات غاراتها على مواقع المسلحين قرب الحدود.", "غاراتها"),
    ("عاودت المدفعية قصف الأحياء الشرقية للمدينة صباح اليوم.", "قصف"),
    ("واستأنف الجيش هجماته على القرى الجبلية بعد هدنة قصيرة.", "هجماته"),
])
def test_intensify_and_resume_support_an_attack_noun(every_candidate, text, noun):
    hits = default_trigger_matcher().longest(analyze(text).view)
    attack = [h for h in hits if h.value.event == "ASSAULT"]
    assert attack and attack[0].value.form == "nouns"
    assert attack[0].value.id.endswith("+support")
    events = _events(every_candidate, text, "ASSAULT")
    assert [e.trigger.text for e in events] == [noun]
    assert "cues:continued" in events[0].rule or "+continued" in events[0].rule


def test_intensify_is_no_attack_verb_of_its_own():
    hits = default_trigger_matcher().longest(analyze("كثف الجيش دورياته في المدينة.").view)
    assert not [h for h in hits if h.value.event == "ASSAULT"]
