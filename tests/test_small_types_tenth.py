"""Tenth session: small types, is the event real?

* a talks noun in the description of a source (مصدر مطلع على المحادثات) reports no meeting;
* agreements in general (العديد من الاتفاقيات، اتفاقيات التطبيع) are no agreement reached,
  unless a signing verb stands before them;
* a resignation or a concession backed, sought or called a demand is not made;
* a place or a thing at risk (المباني المهددة بالانهيار) is no threat made;
* collective punishment and frozen talks are no SANCTION; a sanction whose importance is
  argued or which others should be forced to impose is not imposed;
* a concession read off a pull-back from places written with لل (للمناطق التي تراجع عنها).

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no

# ---------------------------------------------------------------- CONSULT: a source described


@pytest.mark.parametrize("text", [
    "وقال مصدر مطلع على المحادثات إن الحركة تنتظر ردا مكتوبا من الوسطاء.",
    "وذكرت مصادر مطلعة على المحادثات أن الخلاف ما زال قائما حول جدول الانسحاب.",
    "وأفاد شخصان على دراية بالاجتماع بأن الأجواء كانت متوترة.",
])
def test_a_source_on_the_talks_reports_no_meeting(text):
    _assert_no("CONSULT", text)


@pytest.mark.parametrize("text", [
    "عقد وزير الخارجية محادثات مع نظيره الأردني في عمان أمس.",
    "نقلت الإذاعة عن مسؤول مطلع قوله إن اللقاء بين الوزيرين عقد في روما أمس.",
])
def test_talks_held_stay(text):
    _assert_has("CONSULT", text)


# ---------------------------------------------------------------- AGREE: agreements in general


@pytest.mark.parametrize("text", [
    "لعبت الدولة دور الوسيط في العديد من اتفاقيات الهدنة بين الطرفين خلال العقد الماضي.",
    "وتحدث الكاتب عن اتفاقيات التطبيع وأثرها على اقتصاد المنطقة.",
    "وأشار المتحدث إلى نمو حجم التبادل والاتفاقيات التجارية بين البلدين.",
])
def test_agreements_in_general_are_no_deal(text):
    _assert_no("AGREE", text)


@pytest.mark.parametrize("text", [
    "وقع الرئيسان في العاصمة اتفاقيات التعاون التجاري أمس.",
    "وقع البلدان أمس عددا من الاتفاقيات في مجالات الطاقة والنقل.",
])
def test_agreements_signed_stay(text):
    _assert_has("AGREE", text)


# ---------------------------------------------------------------- CONCEDE: sought, not made


@pytest.mark.parametrize("text", [
    "أظهر استطلاع جديد أن أيد أغلب الناخبين استقالته من رئاسة الحكومة.",
    "صعد الجيش عملياته للحصول على تنازل من الطرف الآخر في ملف الحدود.",
    "وقالت الصحيفة إن استقالة وزير المالية أصبحت مطلبا شعبيا واسعا.",
])
def test_a_resignation_sought_is_not_made(text):
    _assert_no("CONCEDE", text)


@pytest.mark.parametrize("text", [
    "أعلن وزير الصحة استقالته من منصبه مساء الثلاثاء.",
    "قدم نحو ثلاثين موظفا استقالتهم احتجاجا على القرار.",
])
def test_a_resignation_made_stays(text):
    _assert_has("CONCEDE", text)


def test_a_pull_back_from_places_with_lil_is_no_concession():
    _assert_no("CONCEDE", "توجه المسعفون للمناطق التي تراجع عنها الجيش صباح الأحد لنقل الجرحى.")


# ---------------------------------------------------------------- THREATEN: at risk


@pytest.mark.parametrize("text", [
    "أضيف الجسر الأثري إلى قائمة التراث للمواقع المهددة بالخطر.",
    "نظرت المحكمة في ملف منزل العائلة ومنازل أخرى مهددة في الحي القديم.",
])
def test_a_thing_at_risk_is_no_threat(text):
    _assert_no("THREATEN", text)


def test_a_threat_made_stays():
    _assert_has("THREATEN", "هدد الجيش بقصف البلدة إذا لم يغادرها السكان خلال ساعات.")


# ---------------------------------------------------------------- SANCTION: not imposed


@pytest.mark.parametrize("text", [
    "قال المندوب إن الحكومة تواصل فرض عقوبات جماعية على سكان المدينة المحاصرة.",
    "خرج المتظاهرون احتجاجا على قرار الحكومة تجميد المفاوضات مع النقابات.",
    "كتب الباحث مقالا عن أهمية فرض الدول الغربية عقوبات على الشركات المخالفة.",
    "يرى الكاتب أن الشعوب باتت غير قادرة على إجبار حكوماتها على فرض عقوبات على المعتدي.",
])
def test_a_sanction_not_imposed(text):
    _assert_no("SANCTION", text)


@pytest.mark.parametrize("text", [
    "فرضت الحكومة عقوبات جديدة على ثلاث شركات شحن أمس.",
    "أعلنت وزارة الخزانة فرض عقوبات على خمسة مسؤولين في الشركة.",
])
def test_a_sanction_imposed_stays(text):
    _assert_has("SANCTION", text)
