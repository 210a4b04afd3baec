"""Fourteenth session: the recipient of a threat is whom the threatened act would hit
(own sentences).

A THREATEN trigger no other reading gave a recipient takes the participant its threatened
act names: the ب-phrase after the trigger (and its subject) as that act's object, or after
a preposition of target or place (في، ضد، على، إلى، بحق ...), a demonym after one noun
("إلى الأراضي اللبنانية") included (`statements.with_threatened_act_target`).  A place
before the ب-phrase (where the threat was uttered), the threatener's own demonym, and
anyone after a condition, cause, time or relative clause are never read.

A SANCTION with no recipient whose target after على/ضد/بحق opens with a quantifier ("على
عدد من قادة الحركة") takes the quantified group (`statements.with_quantified_sanctioned`).
"""
from __future__ import annotations

import pytest
from conftest import events_of, texts_of


def _one(text: str):
    [event] = events_of(text, "THREATEN")
    return event


@pytest.mark.parametrize("text, threatened", [
    # a verb, the act's place after في
    ("هدد وزير الدفاع الإسرائيلي بشن عملية برية في لبنان خلال الأيام المقبلة.", "لبنان"),
    # a noun with its demonym before the ب-phrase
    ("وتصاعدت التهديدات الإسرائيلية باجتياح بري في لبنان.", "لبنان"),
    # against a named party
    ("توعد قائد الجيش الإسرائيلي بالتصعيد ضد حزب الله في الجنوب.", "حزب الله"),
    # a demonym after one noun following إلى
    ("أطلق الوزير تهديدات بالدخول بريا إلى الأراضي اللبنانية.", "اللبنانية"),
    # the responder's own demonym is passed over, the one answered is read
    ("توعد قائد الحرس الثوري بالرد الإيراني على إسرائيل.", "إسرائيل"),
    # the act responded to, with its adjective of origin
    ("وتوعدت إيران بالرد على العدوان الإسرائيلي.", "الإسرائيلي"),
])
def test_whom_the_threatened_act_would_hit_is_the_recipient(text: str, threatened: str) -> None:
    event = _one(text)
    assert any(threatened in t for t in texts_of(event.recipient))
    assert not any(threatened in t for t in texts_of(event.actor))
    assert "+threatened-act" in event.rule


@pytest.mark.parametrize("text, place", [
    # where the threat was uttered, before the ب-phrase
    ("توعد الوزير في كلمة ألقاها في طهران بالرد القاسي.", "طهران"),
    ("هدد الناطق باسم الحركة في مؤتمر صحفي في بيروت بمواصلة القتال.", "بيروت"),
    # after the cause of the threat, not inside the threatened act
    ("هدد الحزب بالرد ردا على اغتيال قائده في بيروت.", "بيروت"),
    # where the threatener would withdraw from
    ("هدد الرئيس بالانسحاب من الحكومة.", "الحكومة"),
])
def test_no_recipient_outside_the_threatened_act(text: str, place: str) -> None:
    event = _one(text)
    assert not any(place in t for t in texts_of(event.recipient))
    assert "+threatened-act" not in event.rule


def test_a_recipient_read_before_stays() -> None:
    # the act's direct object was read already; the rule adds nothing
    event = _one("هدد الجيش الإسرائيلي بقصف بيروت إذا استمر إطلاق الصواريخ.")
    assert texts_of(event.recipient) == ["بيروت"]
    assert "+threatened-act" not in event.rule


@pytest.mark.parametrize("text, sanctioned", [
    ("قررت كندا أمس فرض عقوبات مالية على عدد من قادة حركة حماس.", "حماس"),
    ("فرض الاتحاد الأوروبي عقوبات جديدة بحق عشرات المستوطنين الإسرائيليين.", "المستوطنين"),
    ("فرضت بريطانيا عقوبات على عدة شركات روسية.", "شركات روسية"),
])
def test_a_quantified_target_is_the_one_sanctioned(text: str, sanctioned: str) -> None:
    [event] = events_of(text, "SANCTION")
    assert any(sanctioned in t for t in texts_of(event.recipient))
    assert not any(sanctioned in t for t in texts_of(event.actor))


def test_a_quantified_subject_is_no_target() -> None:
    # the quantifier opens who imposes, before the noun: no target after a preposition
    [event] = events_of("فرض عدد من الدول الأوروبية عقوبات اقتصادية.", "SANCTION")
    assert "+quantified-target" not in event.rule
    assert not texts_of(event.recipient)
