"""Precision of COERCE on wire news, second pass: homographs of the deportation verbs (رحل =
passed away, رحلتها = her journey, أبعد = farthest, هجرته = his emigration), a siege lifted
or broken (فك الحصار), a waqf endowment (أوقفه على الفقراء), stopped broadcasts, shops closing
their own doors, warrants written with the article (مذكرات الاعتقال), and a coercion that is
only demanded, called for or threatened (دعت ... إلى توقيف، طالبوا بإلغاء ...، وإغلاق ...،
يهدد باقتحام). Each class has its negatives and the reports that must stay.

Every sentence here was written for these tests."""
from __future__ import annotations

import copy

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no
from conftest import events_of

from hadath.events.lexicon import validate_rules
from hadath.resources import DataError, load_json


@pytest.mark.parametrize("text", [
    "رحل الملحن المعروف عن عالمنا مساء أمس بعد صراع طويل مع المرض.",
    "عادت الطائرة إلى مطار الإقلاع بعد ساعة من بدء رحلتها إلى العاصمة.",
    "يعد هذا المرصد أبعد نقطة وصلت إليها البعثة العلمية.",
    "كتب المؤرخ فصلا كاملا عن هجرته الأولى إلى المدينة الساحلية.",
])
def test_homographs_of_deportation_verbs_are_no_coercion(text):
    _assert_no("COERCE", text)


@pytest.mark.parametrize("text", [
    "أعلنت السلطات ترحيل عشرات المهاجرين غير النظاميين إلى بلدانهم أمس.",
    "قالت المنظمة إن تهجير سكان الحي تم تحت تهديد السلاح الأسبوع الماضي.",
])
def test_deportation_nouns_still_report(text):
    _assert_has("COERCE", text)


@pytest.mark.parametrize("text", [
    "تمكن الأهالي مساء أمس من فك الحصار عن المستشفى الميداني.",
    "أبحرت القافلة البحرية في محاولة جديدة لكسر الحصار عن الجزيرة.",
    "دعا المجلس إلى رفع الحصار عن البلدات الجبلية فورا.",
])
def test_a_siege_lifted_or_broken_is_no_siege(text):
    _assert_no("COERCE", text)


def test_a_siege_imposed_still_reports():
    _assert_has("COERCE", "فرضت قوات الجيش حصارا مشددا على البلدة الجبلية صباح اليوم.")


def test_an_endowment_is_no_detention():
    _assert_no("COERCE", "بنى الأمير المدرسة في القرن الثامن وأوقفها على طلاب العلم.")


@pytest.mark.parametrize("text", [
    "أوقفت القناة بث البرنامج الحواري بعد شكاوى من المشاهدين.",
    "أوقفت الشركة نشاطها في الميناء بسبب الأحوال الجوية.",
])
def test_a_stopped_broadcast_or_activity_is_no_detention(text):
    _assert_no("COERCE", text)


def test_a_detention_still_reports():
    _assert_has("COERCE", "أوقفت الشرطة ثلاثة شبان قرب المحطة المركزية مساء أمس.")


def test_shops_closing_their_own_doors_far_from_the_verb_is_no_coercion():
    _assert_no("COERCE", "أغلقت معظم المحال التجارية في وسط المدينة القديمة أبوابها بسبب الإضراب.")


def test_a_warrant_with_the_article_is_no_arrest():
    _assert_no("COERCE", "حثت المحكمة الدول الأعضاء على الالتزام بمذكرات الاعتقال التي أصدرتها.")


@pytest.mark.parametrize("text", [
    "دعت المنظمة الحقوقية والهيئات الإقليمية الحكومة المجاورة إلى توقيف القائد العسكري.",
    "طالب المحتجون بإلغاء الاتفاقية التجارية، وإغلاق المكتب التجاري في العاصمة.",
    "ما زال الجيش يهدد باقتحام البلدة الحدودية.",
])
def test_a_demanded_or_threatened_coercion_is_hypothetical(text):
    _assert_no("COERCE", text)
    coerce = events_of(text, "COERCE")
    assert coerce and all(e.hypothetical for e in coerce), text


@pytest.mark.parametrize("text", [
    "طالبت العائلات بإبرام صفقة، فيما اعتقلت الشرطة خمسة متظاهرين.",
    "دعت الهيئة إلى التهدئة، ثم اعتقلت الشرطة عشرة شبان في الحي.",
])
def test_a_coercion_reported_beside_a_demand_stays(text):
    _assert_has("COERCE", text)


def test_demand_governors_are_validated():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["demand_governors"]["window"] = 0
    with pytest.raises(DataError):
        validate_rules(data)


@pytest.mark.parametrize("text", [
    "تعاني الأسواق في المدينة من نقص حاد في الأدوية بسبب الحصار المفروض عليها.",
    "وفي ظل الحصار المشدد يعتمد السكان على المطابخ الخيرية.",
    "رغم الحصار الطويل واصل المزارعون جني محصولهم هذا الموسم.",
])
def test_a_standing_siege_named_as_a_cause_is_no_new_siege(text):
    _assert_no("COERCE", text)


def test_a_prevented_outcome_with_a_pronoun_is_no_coercion():
    _assert_no("COERCE", "انتقد الكاتب تعنت الحكومة ومنعها التوصل إلى تسوية مع النقابات.")


def test_conditions_of_detention_are_no_arrest():
    _assert_no("COERCE", "وصف التقرير ظروف الاحتجاز في السجن المركزي بأنها قاسية ومهينة.")
