"""Precision of COERCE, SANCTION, THREATEN and MOBILIZE on wire news: word senses that report
no event of the type ('sense_cues' in event_rules.json) — a prevented outcome (منع اندلاع
حرب), an aim (تحاول منع), a halt (أوقفت الشركة إرسال), one's own doors closing, بيان صادر عن,
أبعاد = dimensions, a province (في مقاطعة ...), a standing sanction (العقوبات المفروضة), a plan
(مشروع قانون، فكرة نشر قوات), an impersonal danger (يهدد الجوع)، forces named as a target,
support or crowds gathered; and coercions named inside an accusation or an investigation.
Each class has its negatives and the reports that must stay.

Every sentence here was written for these tests."""
from __future__ import annotations

import copy

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no

from hadath.events.lexicon import validate_rules
from hadath.resources import DataError, load_json

# ---------------------------------------------------------------- COERCE

@pytest.mark.parametrize("text", [
    "وأسهمت الوساطة في منع اندلاع مواجهة جديدة بين القبيلتين.",
    "قال القائد إن وحداته منعت العدو من تحقيق أهدافه في الهجوم الأخير.",
    "نجحت الاتصالات بين العاصمتين في منع انزلاق الخلاف إلى قطيعة.",
])
def test_preventing_an_outcome_is_no_coercion(text):
    _assert_no("COERCE", text)


@pytest.mark.parametrize("text", [
    "قالت الشرطة إنها تحاول منع وصول المخدرات إلى المدارس.",
    "وقال التقرير إن الأجهزة فشلت في منع تهريب الأسلحة عبر الحدود.",
    "وضعت البلدية خطة جديدة من أجل منع تراكم النفايات في الأحياء.",
])
def test_an_aim_to_prevent_is_no_coercion(text):
    _assert_no("COERCE", text)


@pytest.mark.parametrize("text", [
    "أوقفت الشركة إرسال الشحنات إلى الميناء بسبب الإضراب.",
    "أوقفت الجامعة طالبا عن الدراسة لمدة أسبوع.",
    "أوقف البرنامج مؤقتا توزيع الطرود الغذائية في المنطقة.",
    "قالت الصحيفة إن طالبة أُوقِفت عن الدراسة بسبب منشور.",     # short vowels on the trigger
])
def test_stopping_something_is_no_detention(text):
    _assert_no("COERCE", text)


@pytest.mark.parametrize("text", [
    "أغلقت المصارف في المدينة أبوابها بسبب نقص السيولة.",
    "أغلقت مراكز الاقتراع عند الساعة السابعة مساء.",
    "وقلصت المطاعم ساعات العمل وأغلقت عددا من فروعها في الجنوب.",
])
def test_closing_ones_own_doors_is_no_coercion(text):
    _assert_no("COERCE", text)


@pytest.mark.parametrize("text", [
    "وجاء في بيان صادر عن الوزارة أن الوضع في المعبر مستقر.",
    "ناقشت الندوة أبعاد القرار الجديد على الاقتصاد المحلي.",
])
def test_homographs_of_seizing_and_deporting(text):
    _assert_no("COERCE", text)


@pytest.mark.parametrize("text", [
    "واتهمت النقابة الإدارة بإغلاق المصنع دون إنذار مسبق.",
    "بدأت لجنة برلمانية التحقيق في اقتحام الشرطة مقر الحزب.",
    "ناقش البرلمان مشروع قانون يمنع التجمعات أمام المباني الحكومية.",
])
def test_coercion_named_in_an_accusation_an_inquiry_or_a_bill(text):
    _assert_no("COERCE", text)


@pytest.mark.parametrize("text", [
    "اعتقلت قوات الأمن عشرة شبان في المدينة فجر اليوم.",
    "منعت الشرطة المصلين من دخول المسجد صباح الجمعة.",
    "منعت السلطات دخول شاحنات الوقود إلى المدينة.",
    "أغلقت قوات الجيش الطرق المؤدية إلى القرية.",
    "أوقفت الشرطة ثلاثة أشخاص بعد المواجهات في السوق.",
    "صادرت السلطات أراضي زراعية في البلدة.",
])
def test_real_coercions_stay(text):
    _assert_has("COERCE", text)


# ---------------------------------------------------------------- SANCTION

@pytest.mark.parametrize("text", [
    "اندلع حريق كبير في مقاطعة شمالية نائية.",
    "أعلنت السلطات حالة الطوارئ في المقاطعة الكندية بعد الفيضانات.",
])
def test_a_province_is_no_boycott(text):
    _assert_no("SANCTION", text)


@pytest.mark.parametrize("text", [
    "تعاني البلاد من عقوبات اقتصادية منذ سنوات.",
    "قالت الشركة إن السفينة خالفت قرار حظر الدخول إلى الموانئ.",
    "ناقش الوزيران تخفيف العقوبات المفروضة على القطاع المصرفي.",
])
def test_a_standing_sanction_is_no_new_one(text):
    _assert_no("SANCTION", text)


@pytest.mark.parametrize("text", [
    "أعربت الدول عن قلقها من اعتزام الحكومة حظر عمل المنظمة.",
    "ناقش البرلمان مشروع قانون حظر الجمعيات الأجنبية.",
    "قال دبلوماسيون إن الحلفاء يحذرون من عقوبات جديدة على الشركات.",
])
def test_a_planned_or_feared_sanction_is_hypothetical(text):
    _assert_no("SANCTION", text)


@pytest.mark.parametrize("text", [
    "فرض الاتحاد الأوروبي عقوبات على ثلاثة مسؤولين أمس.",
    "حظرت الحكومة نشاط الحزب في العاصمة.",
])
def test_real_sanctions_stay(text):
    _assert_has("SANCTION", text)


# ---------------------------------------------------------------- THREATEN

@pytest.mark.parametrize("text", [
    "يهدد الجوع آلاف الأطفال في المخيمات بعد توقف المساعدات.",
    "وقال المسؤول إن التهجير يهدد عشرات العائلات في الحي.",
    "وتعطلت المولدات مما يهدد بانهيار الخدمات الصحية.",
    "قالت الوزارة إن الخلافات تهدد وحدة البلاد.",
    "وقال الخبير إن الجفاف يهدّد المحاصيل في السهل.",
])
def test_an_impersonal_danger_is_no_threat(text):
    _assert_no("THREATEN", text)


@pytest.mark.parametrize("text", [
    "ناقش المؤتمر سبل مواجهة تهديدات الطائرات المسيرة.",
    "وصف المسؤول الوضع على الحدود بأنه تهديد وجودي للدولة.",
])
def test_threat_as_danger_is_no_threat(text):
    _assert_no("THREATEN", text)


@pytest.mark.parametrize("text", [
    "هدد وزير الدفاع الحركة بعملية واسعة في الشمال.",
    "توعد قائد الفصيل الجيش برد قاس على الغارة.",
    "يهدد الجيش سكان البلدة بإخلاء منازلهم فورا.",
])
def test_real_threats_stay(text):
    _assert_has("THREATEN", text)


# ---------------------------------------------------------------- MOBILIZE

@pytest.mark.parametrize("text", [
    "نجح الحزب في حشد الدعم الشعبي لمرشحه.",
    "شاركت حشود المصلين في صلاة العيد بالساحة.",
    "بثت الكتائب مشاهد من قصف مقاتليها حشود الجيش شرق المدينة.",
    "نشرت قوات الأمن مقطع فيديو للعملية.",
])
def test_support_crowds_targets_and_videos_are_no_mobilisation(text):
    _assert_no("MOBILIZE", text)


@pytest.mark.parametrize("text", [
    "طرحت الدول فكرة نشر قوات دولية على الحدود.",
    "عرضت الحكومة نشر قوات في الإقليم ضمن بعثة إقليمية.",
])
def test_a_proposed_deployment_is_hypothetical(text):
    _assert_no("MOBILIZE", text)


@pytest.mark.parametrize("text", [
    "حشد الجيش قواته على الحدود الشمالية.",
    "دفعت قوات الاحتلال بتعزيزات عسكرية إلى المدينة.",
    "أعلنت الحكومة نشر قوات إضافية في العاصمة بعد الاضطرابات.",
])
def test_real_mobilisations_stay(text):
    _assert_has("MOBILIZE", text)


# ---------------------------------------------------------------- data validation

@pytest.mark.parametrize("bad", [
    {"why": "x", "events": ["COERCE"], "after": ["عن"]},                       # no window
    {"why": "x", "events": ["COERCE"], "after": ["عن"], "after_window": 1,
     "forms": ["adjective"]},                                                 # unknown form
    {"why": "x", "events": ["NOT_A_TYPE"], "before": ["في"], "before_window": 1},
    {"why": "x", "events": ["COERCE"]},                                       # no words at all
])
def test_bad_sense_cues_are_rejected(bad):
    data = copy.deepcopy(load_json("event_rules.json"))
    data["sense_cues"] = [bad]
    with pytest.raises(DataError):
        validate_rules(data)


def test_shipped_sense_cues_are_valid():
    data = load_json("event_rules.json")
    assert data["sense_cues"]
    validate_rules(data)
