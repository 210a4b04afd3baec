"""Ninth session: precision of the smaller act types (RETREAT, SANCTION, AGREE) on wire news.
Classes: a withdrawal from a race, a government, talks or a meeting is no retreat of forces;
a platform, an application or content blocked is censorship, not a sanction; an agreement
on a share of the terms ("اتفاق على 90% من البنود") is a state of the talks, not a deal;
a withdrawal, a deal, a sanction or aid insisted on, negotiated, provided for or needed
("تصر على انسحاب"، "يتفاوضان على اتفاق"، "مقترحات تقضي بالانسحاب"، "الحاجة إلى هدنة") is
not carried out. Each class has the reports that must stay.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no

# ---------------------------------------------------------------- RETREAT: other withdrawals


@pytest.mark.parametrize("text", [
    "أعلن المرشح المستقل انسحابه من السباق الرئاسي أمس بعد تراجع شعبيته.",
    "انسحب الحزب الديني من الائتلاف الحاكم احتجاجا على الميزانية.",
    "غادر الوزير القاعة وأعلن انسحابه من الاجتماع الوزاري غاضبا.",
    "أعلنت المعارضة انسحابها من المفاوضات مع الحكومة مساء السبت.",
])
def test_a_political_withdrawal_is_no_retreat(text):
    _assert_no("RETREAT", text)


@pytest.mark.parametrize("text", [
    "انسحب الجيش من البلدة بعد عملية استمرت ثلاثة أيام.",
    "انسحبت قوات الحكومة من المدينة بعد معارك عنيفة.",
    "أعلنت الحكومة انسحاب قواتها من المعبر أمس.",
])
def test_a_withdrawal_of_forces_stays(text):
    _assert_has("RETREAT", text)


# ---------------------------------------------------------------- SANCTION: censorship


@pytest.mark.parametrize("text", [
    "حجبت السلطات تطبيق المراسلة الشهير في البلاد أمس.",
    "حظرت المحكمة منصة التواصل الاجتماعي لرفضها دفع الغرامات.",
    "اشتكت العائلات من حجب المعلومات عن أبنائها في السجن.",
])
def test_a_blocked_platform_is_no_sanction(text):
    _assert_no("SANCTION", text)


@pytest.mark.parametrize("text", [
    "حظرت الحكومة تصدير القمح إلى الدول المجاورة.",
    "فرضت الحكومة عقوبات على ثلاث شركات للشحن.",
])
def test_a_ban_on_trade_stays(text):
    _assert_has("SANCTION", text)


# ---------------------------------------------------------------- AGREE: a share of the terms


@pytest.mark.parametrize("text", [
    "قال الوزير إن هناك اتفاقا على 80% من البنود المطروحة في المفاوضات.",
    "أكد الوسيط أن التوافق على معظم النقاط لا يعني أن الصفقة باتت قريبة.",
])
def test_an_agreement_on_part_of_the_terms_is_no_deal(text):
    _assert_no("AGREE", text)


@pytest.mark.parametrize("text", [
    "وقع البلدان اتفاقا للتعاون التجاري أمس في العاصمة.",
    "توصل الطرفان إلى اتفاق يقضي بتبادل الأسرى الأسبوع المقبل.",
])
def test_an_agreement_signed_stays(text):
    _assert_has("AGREE", text)


# ---------------------------------------------------------------- insisted on, negotiated, needed


@pytest.mark.parametrize("event, text", [
    ("RETREAT", "تصر الحركة على انسحاب القوات من المعبر في المرحلة الأولى."),
    ("RETREAT", "يناقش الوسطاء اقتراحات تقضي بالانسحاب التدريجي من المعبر."),
    ("RETREAT", "شددت المنظمات الإغاثية على الحاجة إلى هدنة إنسانية في المدينة."),
    ("RETREAT", "بحث الوزيران إمكانية سحب القوات من المنطقة العازلة."),
    ("AGREE", "يتفاوض الطرفان على اتفاق لتبادل الأسرى منذ أسابيع."),
])
def test_an_act_insisted_on_or_needed_is_not_done(event, text):
    _assert_no(event, text)


@pytest.mark.parametrize("event, text", [
    ("RETREAT", "أعلن الجيش انسحاب قواته من المعبر صباح اليوم."),
    ("RETREAT", "أفرجت السلطات عن عشرين معتقلا بعد انتهاء التحقيق معهم."),
    ("AGREE", "وقعت الحكومة والنقابة اتفاقا ينهي الإضراب."),
])
def test_an_act_carried_out_stays(event, text):
    _assert_has(event, text)


# ---------------------------------------------------------------- SANCTION: in general, or demanded


@pytest.mark.parametrize("text", [
    "قال الخبير إن العقوبات الأميركية على الشركات تميل إلى رفع أسعار الوقود.",
    "يرى الباحث أن العقوبات الغربية أضرت بالمزارعين أكثر من الحكومة.",
    "تنظم الجمعيات حملات لدفع الحكومة إلى مقاطعة البضائع المستوردة من الشركة.",
    "واصل الطلاب اعتصامهم المطالب بالمقاطعة الاقتصادية للشركة.",
])
def test_sanctions_in_general_or_demanded_are_no_sanction(text):
    _assert_no("SANCTION", text)


@pytest.mark.parametrize("text", [
    "أعلنت وزارة الخزانة العقوبات الأميركية الجديدة على المصرف.",
    "فرضت واشنطن العقوبات الأميركية الأشد على المصرف المركزي أمس.",
    "قاطعت عشرات الجامعات المؤتمر العلمي احتجاجا على الحرب.",
])
def test_sanctions_imposed_stay(text):
    _assert_has("SANCTION", text)


@pytest.mark.parametrize("text", [
    "دفع الجيش بتعزيزات إلى الحي وأغلق مداخله بالحواجز.",
])
def test_a_reinforcement_is_no_demand(text):
    _assert_has("COERCE", text)


def test_a_walkout_from_a_meeting_is_no_retreat():
    _assert_no("RETREAT", "غضب الوزير من التقرير، وهو ما دفعه للانسحاب من اجتماع الحكومة.")
