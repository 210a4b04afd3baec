"""Sixth session, second round: precision of AGREE, SANCTION and AID on wire news.
Classes: an agreement named by a relative clause that closes on it (ما تم الاتفاق عليه،
الاتفاق الذي وافقنا عليه) or described by one (الاتفاق الذي جرى التوصل إليه); a part of an
agreement (المرحلة الأولى من الاتفاق); frame words written with a و of their own (وفقا
للاتفاق) or taking a preposition (تتراجع عن الاتفاق); a law approved at home (وافق البرلمان
على مشروع قانون); an act called for or threatened (للمطالبة باتفاق، تهدد بفرض حظر); funding
named as a topic (تمويل needs a support verb); ceasefire terms with a place between; the
horizon (وأفق) read as agreed (وافق).  Each class has the reports that must stay.

Every sentence here was written for these tests."""
from __future__ import annotations

import copy

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no
from conftest import trigger_context

from hadath.events.lexicon import build_rules, validate_rules
from hadath.resources import DataError, load_json

# ---------------------------------------------------------------- AGREE: references


@pytest.mark.parametrize("text", [
    "دعا الوزير الطرفين إلى احترام ما تم الاتفاق عليه في القاهرة قبل عامين.",
    "قال المتحدث إن الحكومة ملتزمة بالاتفاق الذي وافقنا عليه مع النقابات.",
    "نشر المعهد قائمة بالنقاط التي اتفقت عليها الدراسات الثلاث حول المناخ.",
    "رحب الحزب بتطبيق بنود الهدنة التي سبق أن وافقت الفصائل عليها.",
])
def test_an_agreement_named_by_a_relative_clause_is_a_reference(text):
    _assert_no("AGREE", text)


@pytest.mark.parametrize("text", [
    "قال المسؤول إن المدنيين سيعودون إلى منازلهم في المرحلة الثانية من الاتفاق.",
    "ناقش البرلمان أمس الجزء الأول من الاتفاقية التجارية.",
])
def test_a_part_of_an_agreement_is_a_reference(text):
    _assert_no("AGREE", text)


@pytest.mark.parametrize("text", [
    "وقال الوزير إن لكل طرف حق الرد وفقا للاتفاق.",
    "اتهم الرئيس المعارضة بأنها تتراجع عن اتفاق تقاسم السلطة.",
    "أكدت الحركة تمسكها بالاتفاق رغم الخروقات.",
])
def test_an_agreement_under_a_frame_word_is_a_reference(text):
    _assert_no("AGREE", text)


@pytest.mark.parametrize("text", [
    "وافق البرلمان بالقراءة الأولى على مشروع قانون يرفع سن التقاعد.",
    "قالت البلدية إن الحكومة توافق على بناء حي سكني جديد شرق المدينة.",
])
def test_a_law_or_a_building_approved_at_home_is_no_agreement(text):
    _assert_no("AGREE", text)


def test_an_agreement_called_for_is_hypothetical():
    assert trigger_context("تظاهر المئات أمام الوزارة للمطالبة باتفاق ينهي الإضراب.",
                           "اتفاق", "AGREE").hypothetical


def test_horizon_written_with_hamza_is_no_agreement():
    _assert_no("AGREE", "تحدث الباحث عن الأزمة وأفق الحل في المنطقة.")


@pytest.mark.parametrize("text", [
    "وقع وزيرا خارجية البلدين أمس اتفاقية لتوسيع التبادل التجاري.",
    "توصلت الحكومة والنقابة إلى اتفاق ينهي الإضراب بعد مفاوضات طويلة.",
    "أعلنت وزارة المالية عن اتفاق مبدئي مع اليابان لتمويل ميناء جديد.",
    "وافقت الحركة على المقترح الذي قدمه الوسطاء مساء أمس.",
    "اتفق الجانبان خلال اللقاء على تكثيف التعاون في مجال الطاقة.",
    "وصف الوزير الصفقة التي أبرمتها الحكومة في أيار الماضي مع الصين بأنها ناجحة.",
    "وقع البلدان الاتفاق الذي ينص على فتح المعابر.",
])
def test_an_agreement_reached_stays(text):
    _assert_has("AGREE", text)


# ---------------------------------------------------------------- SANCTION


@pytest.mark.parametrize("text, word", [
    ("رفع المحتجون لافتات تهدد بفرض حظر على الشركة.", "حظر"),
    ("وزع الطلاب منشورات للمطالبة بمقاطعة منتجات الشركة.", "مقاطعة"),
])
def test_a_sanction_called_for_or_threatened_is_hypothetical(text, word):
    assert trigger_context(text, word, "SANCTION").hypothetical


def test_a_sanction_in_a_bill_is_a_plan():
    assert trigger_context("ناقش المجلس قانونا يقضي بمقاطعة الشركات المخالفة.", "مقاطعة",
                           "SANCTION").hypothetical


def test_categorically_is_no_boycott():
    _assert_no("SANCTION", "رفض الوزير المقترح بشكل قاطع.")


def test_a_sanction_imposed_stays():
    _assert_has("SANCTION", "فرضت الحكومة أمس عقوبات على ثلاث شركات شحن.")


# ---------------------------------------------------------------- AID


@pytest.mark.parametrize("text", [
    "تواجه البلدية صعوبة كبيرة في تمويل مشاريع الصرف الصحي.",
    "حذر المصرف المركزي البنوك من التوسع في تمويل العقارات.",
])
def test_funding_named_as_a_topic_is_no_aid(text):
    _assert_no("AID", text)


@pytest.mark.parametrize("text", [
    "نفذ سلاح الجو إنزالا جويا للقوات المتقدمة قرب الحدود.",
    "انخفض معدل التبرع بالدم في مستشفيات المدينة.",
])
def test_supply_to_troops_and_blood_donation_are_no_aid(text):
    _assert_no("AID", text)


@pytest.mark.parametrize("text", [
    "قررت الحكومة النرويجية استئناف تمويل الوكالة الأممية.",
    "قدمت اليابان تمويلا بقيمة عشرة ملايين دولار للمستشفى.",
    "مولت الكويت بناء مدرسة في المخيم.",
    "تبرع رجل أعمال بمليون دولار لمستشفى المدينة.",
])
def test_funding_given_stays(text):
    _assert_has("AID", text)


def test_aid_after_a_ceasefire_and_a_place_is_a_deal_term():
    text = "أعلن الوسيط التوصل إلى هدنة في المدينة لمدة ثلاثة أيام وتبادل أسرى وإدخال المساعدات."
    assert trigger_context(text, "إدخال المساعدات", "AID").hypothetical


def test_aid_brought_in_after_a_ceasefire_in_another_clause_stays():
    _assert_has("AID", "بعد أسبوع من وقف إطلاق النار في المدينة، أدخلت الأمم المتحدة مساعدات إلى السكان.")


# ---------------------------------------------------------------- validation


def test_a_paired_sense_cue_needs_words_on_both_sides():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["sense_cues"].append({"why": "x", "events": ["AGREE"], "before": ["الذي"],
                               "before_window": 2, "paired": True})
    with pytest.raises(DataError):
        validate_rules(data)


def test_deal_terms_reach_must_be_a_count():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["deal_terms"]["reach"] = -1
    with pytest.raises(DataError):
        validate_rules(data)


def test_rules_keep_the_paired_cue_and_the_reach():
    rules = build_rules(validate_rules(copy.deepcopy(load_json("event_rules.json"))))
    assert any(c.paired and "AGREE" in c.events for c in rules.senses)
    assert rules.deal_terms is not None and rules.deal_terms.reach > 0
