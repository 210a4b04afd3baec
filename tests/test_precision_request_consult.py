"""Sixth session: REQUEST and CONSULT on wire news.  Classes: a modal or a necessity that
urges the speaker's own side (يجب أن نعمل، ضرورة الاعتماد على أنفسنا) asks nothing of
another; "طالب" before a field of study is a student; a reception of goods, patients or
the displaced is no visit; a call "مع" someone is a consultation, contact lost or restored
is not.  Each class has its negatives and the reports that must stay.

Every sentence here was written for these tests."""
from __future__ import annotations

import copy

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no

from hadath.events.lexicon import build_rules, validate_rules
from hadath.resources import DataError, load_json

# ---------------------------------------------------------------- own side urged


@pytest.mark.parametrize("text", [
    "وقال الوزير في كلمته إنه يجب أن نعمل معا من أجل حماية المدن.",
    "وقال رئيس البلدية إنه لا بد من أن نواصل بناء المدارس رغم الصعوبات.",
    "وشدد رئيس الحزب على ضرورة الاعتماد على أنفسنا في إنتاج الغذاء.",
    "وقال الكاتب إنه ينبغي على الناخبين أن يسألوا أنفسهم عن مستقبل البلاد.",
])
def test_self_exhortation_is_no_request(text):
    _assert_no("REQUEST", text)


@pytest.mark.parametrize("text", [
    "وقال الوزير إنه يجب أن تنسحب القوات الأجنبية من الجنوب فورا.",
    "وأكد الرئيس ضرورة نقل المساعدات إلى المناطق المنكوبة.",
    "وقال المتحدث إنه يجب على الحكومة أن تفرج عن المعتقلين.",
])
def test_demand_on_another_stays(text):
    _assert_has("REQUEST", text)


# ---------------------------------------------------------------- student


def test_student_is_no_request():
    _assert_no("REQUEST", "وقالت العائلة إن ابنها طالب الهندسة أصيب في الانفجار.")


def test_demand_by_verb_stays():
    _assert_has("REQUEST", "طالب رئيس النقابة الحكومة بزيادة الأجور.")


# ---------------------------------------------------------------- receptions and calls


@pytest.mark.parametrize("text", [
    "وقالت إدارة المستشفى إنه يستقبل يوميا عشرات المصابين.",
    "وأعلنت البلدية أن المخيم استقبل نحو ألف نازح خلال أسبوع.",
])
def test_reception_of_people_in_need_is_no_consult(text):
    _assert_no("CONSULT", text)


def test_reception_of_a_visitor_stays():
    _assert_has("CONSULT", "استقبل الرئيس التونسي وزير الخارجية الإيطالي في قصر قرطاج.")


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية خلال اتصال مع نظيره البرتغالي إن بلاده تدعم الحوار.",
    "وبحث الملك في اتصالين مع الرئيسين البرازيلي والأرجنتيني التعاون التجاري.",
])
def test_call_with_someone_is_consult(text):
    _assert_has("CONSULT", text)


@pytest.mark.parametrize("text", [
    "وأعلنت الشركة فقدان الاتصال مع طاقم السفينة في المحيط.",
    "وقالت البعثة إنه بعد عودة الاتصال مع الفريق تبين أن أفراده بخير.",
])
def test_contact_lost_or_restored_is_no_consult(text):
    _assert_no("CONSULT", text)


# ---------------------------------------------------------------- data validation


def test_self_exhortation_needs_one_letter_prefixes():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["self_exhortation"]["prefixes"] = ["نح"]
    with pytest.raises(DataError):
        validate_rules(data)


def test_self_exhortation_needs_a_window():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["self_exhortation"]["window"] = 0
    with pytest.raises(DataError):
        validate_rules(data)


def test_self_exhortation_is_optional():
    data = copy.deepcopy(load_json("event_rules.json"))
    del data["self_exhortation"]
    assert build_rules(validate_rules(data)).self_exhortation is None
