"""Towns as recipients of statements, twenty-first session: a town, camp or region named
after an accusation, refusal, demand or support is the place of the act the statement is
about ("إلى احتلال قطاع غزة"، "الإجلاء من غزة"، "وقف الحرب على غزة"), so it is no
recipient; a support given to a town right after the trigger, with ل on it or after مع or
إلى جانب keeps it; a town actor (a municipality) and a country recipient are left as read.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize("text, event, trigger, actor, town", [
    # the object of the demanded act
    ("دعا وزير الدفاع الإسرائيلي، الأحد، مجددا إلى احتلال قطاع غزة وإقامة مستوطنات فيه.",
     "REQUEST", "دعا", "وزير الدفاع الإسرائيلي", "قطاع غزة"),
    # the place the refused act would start from
    ("رفض الجيش الإسرائيلي الاستجابة لطلبات الإجلاء من غزة.", "REJECT", "رفض",
     "الجيش الإسرائيلي", "غزة"),
    # inside the opposed act
    ("قالت لندن إنها تعارض إقامة أي مناطق عازلة داخل حدود غزة.", "REJECT", "تعارض",
     "لندن", "غزة"),
    # a noun of necessity: the war is waged on the town
    ("أكد الوزير الفرنسي ضرورة وقف الحرب على غزة الآن.", "REQUEST", "ضرورة",
     "الوزير الفرنسي", "غزة"),
    # a document's object: the control imposed on the region
    ("قدمت فرنسا مشروع قرار إلى مجلس الأمن الدولي يعارض فرض إسرائيل سيطرتها على الضفة "
     "الغربية المحتلة.", "REJECT", "يعارض", "إسرائيل", "الضفة الغربية"),
])
def test_a_town_in_the_act_spoken_of_is_no_recipient(text, event, trigger, actor, town):
    e = event_on(text, event, trigger)
    assert actor in texts_of(e.actor)
    assert town not in texts_of(e.recipient)


def test_a_town_in_a_time_adjunct_of_a_support_is_no_recipient():
    e = event_on("جدد المتظاهرون العهد للشعب الفلسطيني بالوقوف إلى جانبه حتى إيقاف العدوان "
                 "على قطاع غزة.", "SUPPORT", "الوقوف")
    assert "المتظاهرون" in texts_of(e.actor)
    assert "قطاع غزة" not in texts_of(e.recipient)


@pytest.mark.parametrize("text, trigger, town", [
    # the genitive right after the noun
    ("أكدت الحركة دعم غزة ومقاومتها.", "دعم", "غزة"),
    # ل on the town, over the supporter's genitive
    ("أكد المتحدث دعم اليمن لغزة حتى وقف العدوان.", "دعم", "غزة"),
    ("أعلن الاتحاد دعمه الكامل لجنين.", "دعمه", "جنين"),
    # after مع
    ("عبر الرئيس الجزائري عن تضامن الجزائر مع جنين.", "تضامن", "جنين"),
])
def test_a_town_given_support_stays_the_recipient(text, trigger, town):
    e = event_on(text, "SUPPORT", trigger)
    assert town in texts_of(e.recipient)


def test_a_town_actor_is_left_as_read():
    e = event_on("طالبت بلدية غزة المنظمات الدولية بالتدخل العاجل.", "REQUEST", "طالبت")
    assert "غزة" in texts_of(e.actor)
    assert "المنظمات الدولية" in texts_of(e.recipient)


def test_a_country_recipient_stays():
    e = event_on("طالبت مصر إسرائيل بالانسحاب من معبر رفح.", "REQUEST", "طالبت")
    assert texts_of(e.actor) == ["مصر"]
    assert "إسرائيل" in texts_of(e.recipient)
    assert "رفح" not in texts_of(e.recipient)
