"""Excluded subjects (``not_by`` in triggers.json): a court, a protester or an expert named
in a prepositional phrase, as the genitive of a ب/ل noun, or in another clause is no subject
of the trigger, and leaves its sense alone.

Every sentence here was written for these tests."""
from __future__ import annotations

import copy

import pytest

from hadath.events.lexicon import default_trigger_matcher, validate_triggers
from hadath.resources import DataError, load_json
from hadath.text.normalize import normalize


def _ids(text: str) -> set[str]:
    return {h.value.id for h in default_trigger_matcher().longest(normalize(text))
            if h.value.form != "blocker"}


@pytest.mark.parametrize("text", [
    "رحب الوزير بحكم المحكمة في القضية",
    "أشادت النقابة بقرار القاضي الأخير",
    "ورحبوا برأي المحكمة الاستشاري",
    "أيدت الحكومة أمام القضاة موقف الوزارة",
    "رحبت الأحزاب بالمحكمة الجديدة",
])
def test_a_court_governed_after_the_verb_is_no_subject(text):
    assert "support.support" in _ids(text)


@pytest.mark.parametrize("text", [
    "أيدت المحكمة العليا الحكم الصادر بحق المتهم",
    "أيد القاضي طلب النيابة تمديد التوقيف",
    "وأيدت أمس محكمة الاستئناف القرار",
])
def test_a_court_that_upholds_is_still_no_support(text):
    assert "support.support" not in _ids(text)


def test_experts_governed_by_a_preposition_are_no_subject():
    assert "agree.agree" in _ids("اتفق الوفد مع الخبراء على جدول الزيارة")


def test_experts_as_subject_still_cancel_the_agreement():
    assert "agree.agree" not in _ids("اتفق خبراء على أن المفاوضات متعثرة")


@pytest.mark.parametrize("text, sense", [
    ("يرى خبراء أن اتفاق الحزبين صامد حتى الآن", "agree.agree"),
    ("وطالب المتظاهرون بإنهاء الإغلاق المفروض على الحي", "coerce.restrict"),
])
def test_a_word_before_that_opens_a_clause_or_phrase_parts_subject_and_trigger(text, sense):
    assert sense in _ids(text)


@pytest.mark.parametrize("text", [
    "المحتجون الغاضبون أغلقوا مدخل الوزارة",
    "المعتصمون أغلقوا البوابة الشمالية",
])
def test_a_subject_right_before_the_verb_still_cancels(text):
    assert "coerce.restrict" not in _ids(text)


def test_a_participant_sense_still_drops_a_governed_outlet():
    # the CONSULT senses list any participant, not the subject only: a call with an outlet
    # is an interview
    assert "consult.phone" not in _ids("وأوضح المسؤول في اتصال هاتفي مع الجزيرة أن الوضع صعب")


@pytest.mark.parametrize("role, drop_not_by", [("agent", False), ("subject", True)])
def test_not_by_role_is_checked(role, drop_not_by):
    data = copy.deepcopy(load_json("triggers.json"))
    entry = next(t for t in data["triggers"] if t["id"] == "support.support")
    entry["not_by_role"] = role
    if drop_not_by:
        del entry["not_by"]
    with pytest.raises(DataError):
        validate_triggers(data)


def test_not_by_governors_are_checked():
    data = copy.deepcopy(load_json("triggers.json"))
    data["not_by_governors"] = {"words": ["مع", ""]}
    with pytest.raises(DataError):
        validate_triggers(data)


def test_a_participant_sense_ignores_the_clause_boundary_before_it():
    # an outlet named before a meeting noun keeps the CONSULT sense away, whatever stands between
    assert "consult.meet" not in _ids("وبحسب الصحيفة فإن اللقاء تناول ملف المياه")
