"""Precision of REQUEST and SUPPORT, third round: a call named by the relative clause that
describes it, طلب as a noun after a preposition, a draft or a bill that "calls for" or
"supports", support described as a standing role or done by a thing, and material support
(PLOVER's AID, not SUPPORT).  Each class has its negatives and the reports that must stay.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no
from conftest import events_of

from hadath.events.lexicon import validate_rules
from hadath.resources import DataError, load_json

# ---------------------------------------------------------------- a call described by a relative clause

@pytest.mark.parametrize("text", [
    "وتأتي الزيارة بعد الدعوة التي وجهتها الرئاسة إلى الفصائل الشهر الماضي.",
    "ولم تلق الدعوات الأخيرة التي أطلقها رئيس البرلمان أي استجابة.",
    "وناقش المجلس الإصلاحات التي طالب بها النواب في الدورة السابقة.",
    "ونقلت الوزارة السكان إلى المنطقة التي دعت الأهالي إلى التوجه إليها.",
    "وتحدث التقرير عن المطالبات التي رفعتها النقابات خلال العام الماضي.",
])
def test_a_call_named_by_its_relative_clause_is_no_request(text):
    _assert_no("REQUEST", text)


@pytest.mark.parametrize("text", [
    "دعت وزارة الخارجية إلى وقف فوري للقتال في المدينة.",
    "وطالب الاتحاد العام للشغل الحكومة بفتح حوار مع النقابات.",
])
def test_plain_calls_stay(text):
    _assert_has("REQUEST", text)


@pytest.mark.parametrize("text", [
    "بدأ صباح اليوم الإضراب العام الذي دعت له النقابات للضغط على الحكومة.",
    "وأثار اللاعب جدلا واسعا بتصريحاته التي طالب فيها بنقل البطولة.",
])
def test_a_relative_call_for_the_event_or_in_the_statement_reported_stays(text):
    _assert_has("REQUEST", text)


def test_a_call_renewed_with_its_relative_clause_stays():
    renewed = "وجدد الوزير الدعوة التي أطلقها الأسبوع الماضي إلى وقف القتال."
    assert [e.trigger.text for e in events_of(renewed, "REQUEST")] == ["الدعوة"]


# ---------------------------------------------------------------- طلب as a noun

@pytest.mark.parametrize("text", [
    "وقالت الوزارة إنها تنظر في طلب قدمته الشركة للحصول على ترخيص.",
    "وجاء القرار بناء على طلب من الحكومة العراقية.",
    "وعقد المجلس جلسته بطلب من ثلاث دول أعضاء.",
    "وارتفع عدد التأشيرات مقارنة مع طلب العام الماضي.",
])
def test_talab_after_a_preposition_names_a_request(text):
    _assert_no("REQUEST", text)


@pytest.mark.parametrize("text", [
    "تقدمت تركيا بطلب رسمي للانضمام إلى المجموعة.",
    "وطلب الرئيس من البرلمان عقد جلسة طارئة.",
    "وأكد المتحدث أن الوزير طلب من نظيره تسليم المطلوبين.",
])
def test_a_request_made_with_a_support_verb_or_the_verb_stays(text):
    _assert_has("REQUEST", text)


# ---------------------------------------------------------------- drafts and bills

@pytest.mark.parametrize("event, text", [
    ("REQUEST", "وعرضت الجزائر على المجلس مشروع قرار يدعو الطرفين إلى هدنة إنسانية."),
    ("REQUEST", "وتناقش اللجنة مسودة تطالب بانسحاب القوات الأجنبية."),
    ("SUPPORT", "وصوت النواب على مشروع قانون يدعم المزارعين المتضررين."),
])
def test_a_draft_or_bill_that_calls_for_or_supports_is_no_event_of_its_own(event, text):
    _assert_no(event, text)


def test_an_adopted_resolution_that_demands_stays():
    _assert_has("REQUEST", "وتبنى مجلس الأمن قرارا يطالب بوقف القتال فورا.")


# ---------------------------------------------------------------- support as a role, by a thing

@pytest.mark.parametrize("text", [
    "وانتقد الوزير الدول التي تموّل أو تدعم الجماعات المسلحة.",
    "وتسعى الحكومة إلى خلق بيئة تدعم الابتكار وريادة الأعمال.",
    "وقالت الباحثة إن نتائج الدراسة الجديدة تؤيد هذه الفرضية.",
])
def test_support_described_as_a_role_or_by_a_thing_is_no_support(text):
    _assert_no("SUPPORT", text)


@pytest.mark.parametrize("text", [
    "أيدت فرنسا المبادرة المصرية لوقف القتال.",
    "وأكد الرئيس دعمه الكامل للحكومة الجديدة.",
    "وقال الوزير إن بلاده تدعم الحكومة الشرعية.",
])
def test_declared_support_stays(text):
    _assert_has("SUPPORT", text)


# ---------------------------------------------------------------- material support is AID

@pytest.mark.parametrize("text", [
    "وقدمت ألمانيا دعما ماليا بقيمة خمسين مليون يورو للاجئين.",
    "وأعلنت الولايات المتحدة تقديم دعم مالي للجيش اللبناني.",
    "وأرسلت واشنطن دعما عسكريا إلى أوكرانيا.",
])
def test_material_support_is_no_support(text):
    _assert_no("SUPPORT", text)


@pytest.mark.parametrize("mode, text", [
    ("economic", "وقدمت ألمانيا دعما ماليا بقيمة خمسين مليون يورو للاجئين."),
    ("military", "وأرسلت واشنطن دعما عسكريا إلى أوكرانيا."),
])
def test_material_support_given_is_aid_with_its_mode(mode, text):
    assert [e.mode for e in events_of(text, "AID")] == [mode]


# ---------------------------------------------------------------- data validation

def test_noun_readings_and_unless_before_are_validated():
    rules = load_json("event_rules.json")
    validate_rules(rules)
    broken = dict(rules, noun_readings=[{"why": "x", "events": ["REQUEST"], "triggers": ["طلب"],
                                         "prepositions": [], "support": ["تقدم"]}])
    with pytest.raises(DataError):
        validate_rules(broken)
    cue = {"why": "x", "events": ["SUPPORT"], "after": ["مالي"], "after_window": 1,
           "unless_before": [""]}
    with pytest.raises(DataError):
        validate_rules(dict(rules, sense_cues=[cue]))
