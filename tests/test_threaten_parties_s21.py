"""Twenty-first session: the threatened party of a THREATEN event (sentences written for
these tests).

- A body spelled like the act noun does not hide the threatened act ("توعد بالقضاء على
  قادة الحركة"): the ب-phrase still opens there and the group after على is threatened
  (`statements.with_threatened_act_target` over `verbs._without_verbal_noun_bodies`).
- An office with no country as a verb's object, an act noun's genitive or the threatened
  act's target stands for its holder or body ("بملاحقة الرئيس الجديد لحركة حماس فلان":
  فلان), read with `structure.office_chain` (`verbs._subject_and_object`, the
  v+noun-genitive reading, `statements._threatened_act_target`).
- A drawer of threats written as a pronoun the sentence names no one for ("كشف الصحفي عن
  تلقيه تهديدات"، "قال إنه تلقى تهديدات") is the speaker who tells of it
  (`statements._drawn_arguments`).
"""
from __future__ import annotations

import pytest
from conftest import event_on, events_of, texts_of


def _one(text: str):
    [event] = events_of(text, "THREATEN")
    return event


@pytest.mark.parametrize("text, threatened", [
    ("توعد وزير الدفاع الإسرائيلي يسرائيل كاتس بالقضاء على قادة الحوثيين.", "قادة الحوثيين"),
    ("وهدد رئيس الوزراء الإسرائيلي بالقضاء على حركة حماس في رفح.", "حركة حماس"),
])
def test_a_body_spelled_like_the_act_noun_opens_the_threatened_act(text, threatened):
    event = _one(text)
    assert threatened in texts_of(event.recipient)
    assert "القضاء" not in texts_of(event.recipient) + texts_of(event.actor)


def test_the_threatener_is_kept_beside_the_act_target():
    event = _one("توعد وزير الدفاع الإسرائيلي يسرائيل كاتس بالقضاء على قادة الحوثيين.")
    assert "يسرائيل كاتس" in texts_of(event.actor)
    assert "قادة الحوثيين" not in texts_of(event.actor)


@pytest.mark.parametrize("text", [
    # verb first with its subject: the verb's object
    "وتوعد وزير الدفاع الإسرائيلي بملاحقة الرئيس الجديد لحركة حماس يحيى السنوار.",
    # the subject carried from before: the genitive of the act noun
    "وعقد الوزير مؤتمرا صحفيا، كما توعد بملاحقة الرئيس الجديد لحركة حماس يحيى السنوار.",
    # the threatened act's target after its preposition
    "هدد الجيش الإسرائيلي بشن عملية ضد الرئيس الجديد لحركة حماس يحيى السنوار.",
])
def test_an_office_without_a_country_stands_for_its_holder(text):
    event = _one(text)
    assert texts_of(event.recipient) == ["يحيى السنوار"]
    assert event.recipient[0].country == "PSE"


def test_an_office_with_its_country_is_kept():
    event = _one("توعد الحرس الثوري بملاحقة قادة الجيش الإسرائيلي.")
    assert texts_of(event.recipient) == ["قادة الجيش الإسرائيلي"]


def test_an_office_no_holder_follows_is_left_as_it_is():
    event = _one("هدد الوزير بملاحقة الرئيس السابق للحركة.")
    assert all("السنوار" not in t for t in texts_of(event.recipient))


@pytest.mark.parametrize("text", [
    "كشف الصحفي الفلسطيني أنس الشريف عن تلقيه تهديدات من ضباط إسرائيليين لوقف تغطيته.",
    "قال الصحفي الفلسطيني إنه تلقى تهديدات من ضباط إسرائيليين.",
])
def test_the_speaker_who_tells_of_threats_he_received_is_threatened(text):
    event = event_on(text, "THREATEN", "تهديدات")
    assert "ضباط إسرائيليين" in texts_of(event.actor)
    assert [p.country for p in event.recipient] == ["PSE"]


def test_a_speaker_telling_of_threats_another_received_is_not_threatened():
    event = event_on("قال الوزير الفرنسي إن الصحفية تلقت تهديدات من ضباط إسرائيليين.",
                     "THREATEN", "تهديدات")
    assert "الوزير الفرنسي" not in texts_of(event.recipient)
    assert "ضباط إسرائيليين" in texts_of(event.actor)


def test_a_speaker_facing_criticism_is_its_recipient():
    event = event_on("قال المتحدث باسم الجيش الإسرائيلي إنه واجه انتقادات من الحكومة.",
                     "ACCUSE", "انتقادات")
    assert "المتحدث باسم الجيش الإسرائيلي" in texts_of(event.recipient)
    assert "المتحدث باسم الجيش الإسرائيلي" not in texts_of(event.actor)
