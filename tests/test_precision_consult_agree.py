"""Sixth session, third round of CONSULT and AGREE precision.  Classes: an agreement named as a
means, a draft, a membership or a party ("عبر اتفاق"، "مشروع اتفاق"، "طرف في الاتفاقية"); an
agreement sought or told as likeness ("للوصول إلى توافق"، "أكثر توافقا مع"); a signing to come
("سيوقع البلدان اتفاقيات"); agreeing with a statement ("وافق تصريحات"); an arms delivery
approved at home; "بما تم الاتفاق عليه"; a meeting awaited or asked for; family gatherings
and visits to graves; a role in mediation.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no


@pytest.mark.parametrize("text", [
    "دعا الوزير إلى إنهاء النزاع الحدودي عبر اتفاق بين البلدين الجارين.",
    "أرسلت الحكومة ردها على مشروع اتفاق السلام بين الجارتين.",
    "قال الرئيس إن بلاده ليست طرفا في الاتفاقية الموقعة في جنيف.",
    "يسعى رئيس البرلمان للوصول إلى توافق وطني حول قانون الانتخابات.",
    "يرى المراقبون أن المرشح الجديد أكثر توافقا مع الأحزاب المحافظة.",
    "وقال المتحدث إن الوزيرين سيوقعان عشر اتفاقيات في مجالات الطاقة والنقل.",
    "وكانت النقابات وافقت تصريحات الوزير بشأن الأجور.",
    "أفادت الصحيفة أن الرئيس وافق على إرسال صواريخ بعيدة المدى إلى الحليف.",
    "شدد القيادي على تمسك حركته بما تم الاتفاق عليه في جولة التفاوض الماضية.",
])
def test_agreements_referred_to_sought_or_opined_are_no_agree(text):
    _assert_no("AGREE", text)


@pytest.mark.parametrize("text", [
    "وقع البلدان اتفاقا لتبادل الطاقة في العاصمة اليوم.",
    "توصلت الحكومة والنقابات إلى اتفاق بشأن الأجور مساء الاثنين.",
    "وافقت الحركة على المقترح المصري الجديد لتبادل الأسرى.",
])
def test_agreements_reached_stay(text):
    _assert_has("AGREE", text)


@pytest.mark.parametrize("text", [
    "وصل الوفد إلى المطار وسط ترقب لاجتماع الوسطاء غدا في العاصمة.",
    "تقدم النائب بالتماس عقد اجتماع عاجل للجنة الخارجية.",
    "كانت العائلة تجتمع في البيت القديم كل عيد.",
    "عاد الأهالي لزيارة منازلهم المدمرة في الحي الشرقي.",
    "أشاد الرئيس بدور قطر في الوساطة بين الطرفين.",
])
def test_meetings_awaited_private_or_described_are_no_consult(text):
    _assert_no("CONSULT", text)


@pytest.mark.parametrize("text", [
    "التقى وزير الخارجية الأردني نظيره الفرنسي في عمان اليوم.",
    "عقد الوسطاء اجتماعا في القاهرة مع وفد الحركة أمس.",
    "زار رئيس الوزراء العراقي طهران والتقى الرئيس الإيراني.",
])
def test_meetings_held_stay(text):
    _assert_has("CONSULT", text)
