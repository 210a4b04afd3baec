"""Seventh session: precision of the agreement and threat types on wire news.
Classes: an agreement undone, amended or overstepped (إلغاء الاتفاق، تعديل الاتفاقية، مبادئ
تتجاوز الاتفاقات) is a reference, not one reached (an agreement told by its own dated
relative clause stays: the dev gold codes it); a danger or a crisis that "threatens" (المخاطر
التي تهدد المدينة) and threats faced or fought (التهديدات التي تتعرض لها المنطقة، لمكافحة هذه التهديدات) are no threat made by an actor.
Each class has the reports that must stay.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no

# ---------------------------------------------------------------- AGREE: references


@pytest.mark.parametrize("text", [
    "أعلنت الحكومة أمس قرارها بإلغاء اتفاق الصيد مع الدولة المجاورة.",
    "رفض البرلمان طلب الوزارة تعديل اتفاقية النقل البحري القديمة.",
    "قال النائب إن الوزير أضاف شروطا تتجاوز الاتفاقات مع النقابات.",
])
def test_an_agreement_undone_or_amended_is_a_reference(text):
    _assert_no("AGREE", text)


@pytest.mark.parametrize("text", [
    "وقعت وزارة الزراعة أمس اتفاقية مع منظمة دولية لدعم المزارعين.",
    "أبرمت الشركتان اليوم صفقة لتبادل الخبرات في مجال الطاقة.",
    "اتفق البلدان على إعادة فتح المعبر الحدودي مطلع الشهر المقبل.",
    "جاء القرار في أعقاب صفقة الغاز التي أبرمتها الحكومة في الربيع الماضي مع الشركة.",
])
def test_an_agreement_reached_stays(text):
    _assert_has("AGREE", text)


# ---------------------------------------------------------------- THREATEN: dangers


@pytest.mark.parametrize("text", [
    "قال الباحث إن المخاطر التي تهدد المدينة القديمة تتزايد كل عام.",
    "حذر التقرير من أن الخطر الأكبر الذي يهددها هو الجفاف.",
    "ناقش المؤتمر التهديدات التي تتعرض لها المناطق الحدودية.",
    "قال الوزير إن البلدين يعملان معا لمكافحة هذه التهديدات.",
])
def test_a_danger_named_is_no_threat(text):
    _assert_no("THREATEN", text)


@pytest.mark.parametrize("text", [
    "هدد الجيش بشن هجوم واسع على البلدة إذا لم يسلم المسلحون أسلحتهم.",
    "توعدت الحركة الحكومة بالرد على اعتقال قادتها.",
    "وجه الوزير تهديدات للنقابة بفصل المضربين.",
])
def test_a_threat_made_stays(text):
    _assert_has("THREATEN", text)
