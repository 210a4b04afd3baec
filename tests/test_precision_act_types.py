"""Sixth session: precision of the act types other than ASSAULT (COERCE, SANCTION, RETREAT,
MOBILIZE, AID, AGREE) on wire news.  Classes: a verbal noun with the bare ل of purpose
(لاعتقال، لتهجير) unless a verb governs that ل (تصدى لاقتحام، تعرضت لحصار); the terms of a
ceasefire deal (وقف إطلاق النار وإطلاق سراح الأسرى); verbs that are an event only with their
object (وزع طرودا، منح قرضا، توصل إلى اتفاق، أدرج على قائمة العقوبات); aid held back (القيود على
إدخال المساعدات); an existing agreement referred to (نص الاتفاق، إطار الاتفاق).
Each class has its negatives and the reports that must stay.

Every sentence here was written for these tests."""
from __future__ import annotations

import copy

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no
from conftest import trigger_context

from hadath.events.lexicon import build_rules, validate_rules
from hadath.resources import DataError, load_json

# ---------------------------------------------------------------- purpose ل


@pytest.mark.parametrize("text, word", [
    ("أرسلت الشرطة عشرين عنصرا لاعتقال الصحفي.", "اعتقال"),
    ("قال المسؤول إن الجيش يهدم المنازل لتهجير السكان من القرية.", "تهجير"),
    ("فتحت الوكالة ممرا جديدا لإدخال المساعدات إلى المدينة.", "إدخال المساعدات"),
])
def test_bare_li_on_a_verbal_noun_names_a_purpose(text, word):
    assert trigger_context(text, word).hypothetical


@pytest.mark.parametrize("text", [
    "أصيب ثلاثة شبان خلال تصديهم لاقتحام قوات الاحتلال البلدة.",
    "تخضع البلدة لحصار يفرضه الجيش منذ أسبوع.",
    "قالت الهيئة إن المداهمات أدت لاعتقال عشرة شبان.",
])
def test_a_verb_that_governs_li_keeps_the_coercion(text):
    _assert_has("COERCE", text)


# ---------------------------------------------------------------- ceasefire terms


@pytest.mark.parametrize("text, event", [
    ("دعا الوزير إلى وقف إطلاق النار الدائم وانسحاب القوات من المدينة.", "RETREAT"),
    ("أكد البيان أن أي تسوية يجب أن تشمل وقف الحرب، وإطلاق سراح المحتجزين.", "RETREAT"),
    ("شدد الرئيسان على أهمية وقف فوري لإطلاق النار وإدخال المساعدات إلى المنطقة.", "AID"),
])
def test_a_term_of_a_ceasefire_deal_is_no_happening(text, event):
    _assert_no(event, text)


@pytest.mark.parametrize("text, event", [
    ("انسحبت القوات من المدينة صباح اليوم بعد معارك استمرت أسبوعا.", "RETREAT"),
    ("أفرجت السلطات عن عشرين معتقلا أمس.", "RETREAT"),
])
def test_a_withdrawal_or_release_reported_stays(text, event):
    _assert_has(event, text)


# ---------------------------------------------------------------- verbs that need their object


@pytest.mark.parametrize("text, event", [
    ("وزع الحزب منشورات تدعو إلى المقاطعة.", "AID"),
    ("منحت الحكومة الوزير صلاحيات واسعة.", "AID"),
    ("خصص الكاتب فصلا كاملا لتاريخ المدينة.", "AID"),
    ("قالت الدراسة إن النتائج التي توصلت إليها الجامعة تثير القلق.", "AGREE"),
    ("أدرجت الحكومة المبنى القديم على قائمة التراث الوطني.", "SANCTION"),
])
def test_a_verb_without_its_object_is_no_event(text, event):
    _assert_no(event, text)


@pytest.mark.parametrize("text, event", [
    ("وزعت الجمعية الخيرية طرودا غذائية على العائلات النازحة في المخيم.", "AID"),
    ("منحت اليابان الأردن قرضا بقيمة 100 مليون دولار.", "AID"),
    ("توصلت الحكومة والنقابة إلى اتفاق ينهي الإضراب.", "AGREE"),
    ("أدرجت الخزانة الأميركية ثلاثة رجال أعمال على قائمة العقوبات.", "SANCTION"),
])
def test_the_verb_with_its_object_stays(text, event):
    _assert_has(event, text)


# ---------------------------------------------------------------- aid held back, agreements cited


@pytest.mark.parametrize("text", [
    "تشدد الحكومة القيود على إدخال المساعدات إلى المدينة.",
    "احتج السكان على عرقلة دخول المساعدات إلى الحي.",
])
def test_aid_held_back_is_no_aid(text):
    _assert_no("AID", text)


def test_aid_brought_in_stays():
    _assert_has("AID", "بدأت الأمم المتحدة إدخال المساعدات إلى المنطقة المنكوبة.")


@pytest.mark.parametrize("text", [
    "يتناول المؤتمر نص الاتفاق الموقع بين البلدين.",
    "قال الوزير إن مصير الاتفاق النووي غير واضح.",
])
def test_an_agreement_referred_to_is_no_agreement(text):
    _assert_no("AGREE", text)


def test_an_agreement_reached_stays():
    _assert_has("AGREE", "وقعت الحكومتان اتفاقا للتعاون في مجال الطاقة.")


def test_a_no_confidence_motion_is_no_sanction():
    _assert_no("SANCTION", "قدم النواب مذكرة حجب ثقة عن الحكومة.")


# ---------------------------------------------------------------- validation


def test_deal_terms_need_heads():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["deal_terms"]["heads"] = []
    with pytest.raises(DataError):
        validate_rules(data)


def test_purpose_governors_must_be_words():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["purpose_prefix"]["governors"] = [""]
    with pytest.raises(DataError):
        validate_rules(data)


def test_rules_without_deal_terms_still_build():
    data = copy.deepcopy(load_json("event_rules.json"))
    del data["deal_terms"]
    assert build_rules(validate_rules(data)).deal_terms is None
