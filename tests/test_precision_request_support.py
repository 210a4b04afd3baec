"""Ninth session: precision of REQUEST and SUPPORT on wire news.
Classes: a necessity asserted impersonally or talked about (من الضرورة، يتحدث عن ضرورة، ينص
القانون ... على ضرورة، كضرورة حتمية); a thing or a law that "supports" (قانون يدعم، أداة
مالية تدعم); support given with arms or money (AID in PLOVER); support named as a topic
(أهمية الدعم); any party that supports (أي حزب يدعم); a ceremony of welcome (حفل ترحيب);
a banner or a solidarity event that demands.  Each class
has the reports that must stay.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no

# ---------------------------------------------------------------- REQUEST: necessity


@pytest.mark.parametrize("text", [
    "قال الكاتب إن تراجع الأسعار يجعل من الضرورة مراجعة خطط الإنفاق في المدن الكبرى.",
    "ظهر في الجامعات جيل جديد من الباحثين يتحدث عن ضرورة تغيير مناهج التاريخ.",
    "ينص قانون الانتخابات الجديد على ضرورة حصول المرشح على نصف الأصوات.",
    "يرى المؤلف في كتابه الأخير أن إصلاح التعليم كضرورة حتمية لنهضة الريف.",
])
def test_a_necessity_asserted_or_talked_about_is_no_demand(text):
    _assert_no("REQUEST", text)


@pytest.mark.parametrize("text", [
    "شدد وزير الخارجية الأردني على ضرورة فتح المعابر أمام قوافل الإغاثة.",
    "أبلغ الرئيس الفرنسي نظيره اللبناني بضرورة انتخاب رئيس للبلاد دون تأخير.",
    "أكدت النقابة ضرورة رفع الأجور قبل نهاية العام.",
])
def test_a_necessity_urged_by_a_speaker_stays_a_demand(text):
    _assert_has("REQUEST", text)


@pytest.mark.parametrize("text", [
    "رفع طلاب الكلية لافتة كبيرة تطالب بوقف الحرب أمام مبنى البلدية.",
])
def test_a_protest_that_demands_is_the_protest_speaking(text):
    _assert_no("REQUEST", text)


def test_a_union_that_calls_for_a_protest_still_demands():
    _assert_has("REQUEST", "دعت نقابة المعلمين إلى إضراب شامل في المدارس الحكومية يوم الأحد.")


def test_students_of_a_school_are_no_request():
    _assert_no("REQUEST", "قالت إدارة الجامعة إن العشرات من طلبتها غادروا البلاد بسبب الحرب.")


# ---------------------------------------------------------------- SUPPORT: not a stance


@pytest.mark.parametrize("text", [
    "أقر البرلمان في جلسته قانونا يدعم صناعة النسيج المحلية.",
    "قال الخبير إن السندات أداة مالية تدعم الحكومة بشكل مباشر.",
    "قال التقرير إن المحققين لم يجدوا أي مواد تدعم رواية الشرطة عن الحادث.",
])
def test_a_thing_that_supports_is_no_stance(text):
    _assert_no("SUPPORT", text)


@pytest.mark.parametrize("text", [
    "يقول المعارضون إن الحكومة تواصل دعم الميليشيا بالسلاح منذ عامين.",
    "أعلنت الحكومة اليابانية دعم أوكرانيا بمليارات الدولارات هذا العام.",
])
def test_support_with_arms_or_money_is_no_political_support(text):
    _assert_no("SUPPORT", text)


def test_any_party_that_supports_is_no_report():
    _assert_no("SUPPORT", "قال الحزب إنه لن يتحالف مع أي حزب يدعم خصخصة المياه.")


def test_support_named_as_a_topic_is_no_stance():
    _assert_no("SUPPORT", "قال المحلل إن الحكومة تؤكد أهمية الدعم الأوروبي في مواجهة الأزمة.")


def test_a_ceremony_of_welcome_is_no_stance():
    _assert_no("SUPPORT", "استقبل الملك ضيفه في المطار وأقام حفل ترحيب في القصر الملكي.")


@pytest.mark.parametrize("text", [
    "أكد وزير الخارجية دعم بلاده الكامل للحكومة الشرعية في طرابلس.",
    "قالت الرئاسة إن البلاد تدعم حل الدولتين وتسوية عادلة للنزاع.",
    "أشادت حركة حماس بقرار المحكمة الدولية ووصفته بالتاريخي.",
    "رحبت الجامعة العربية بالاتفاق الذي وقعه الطرفان في الدوحة.",
])
def test_declared_support_stays(text):
    _assert_has("SUPPORT", text)
