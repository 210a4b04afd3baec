"""Fourteenth session: COERCE, who a raid is done to.

A coercion noun named as the circumstance of another fact ("خلال اقتحام ..."، "أثناء
اقتحامها ...") that names its own object after itself (or after its agent) is done to that
object: the people named before the noun (the wounded, the arrested, the fighters of a
clash) belong to the clause before and are not its recipients.  Without an object after
the noun they stay its recipients, as before.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize(("text", "trigger", "recipient", "actor"), [
    ("استشهد فتى خلال اقتحام الاحتلال لمدينة قلقيلية فجر اليوم.", "اقتحام", "قلقيلية", "الاحتلال"),
    ("أصيب شاب برصاص الجنود خلال اقتحام قوات الاحتلال مخيم بلاطة.", "اقتحام", "مخيم بلاطة",
     "قوات الاحتلال"),
    ("اعتقل الجيش عددا من الشبان أثناء اقتحامه مخيم الفوار جنوب الخليل.", "اقتحامه", "مخيم الفوار",
     "الجيش"),
    ("اندلعت مواجهات بين شبان وقوات الاحتلال خلال اقتحامها الليلة مدينة طوباس.", "اقتحامها", "طوباس",
     "قوات الاحتلال"),
])
def test_people_before_a_raid_with_its_own_object_are_not_raided(text, trigger, recipient, actor):
    e = event_on(text, "COERCE", trigger)
    assert any(r.text.endswith(recipient) for r in e.recipient), texts_of(e.recipient)
    assert not any(r.text in ("فتى", "شاب", "الشبان", "شبان", "الجنود") for r in e.recipient), \
        texts_of(e.recipient)
    assert actor in texts_of(e.actor)


def test_a_possessed_raid_before_its_object_takes_the_raider_named_before():
    e = event_on("صوّرت الكاميرات اعتداء الجنود على مواطنين أثناء اقتحامهم للقرى.", "COERCE",
                 "اقتحامهم")
    assert texts_of(e.actor) == ["الجنود"]
    assert "مواطنين" not in texts_of(e.recipient)


@pytest.mark.parametrize(("text", "trigger", "victim"), [
    # no object after the noun: those named before stay the ones acted upon
    ("استشهد شاب خلال اقتحام الاحتلال.", "اقتحام", "شاب"),
    ("أصيب ثلاثة مواطنين خلال الاقتحام الذي استمر ساعات.", "اقتحام", "مواطنين"),
    ("أصيب ثلاثة مواطنين خلال الاقتحام الإسرائيلي الذي استمر ساعات.", "اقتحام", "مواطنين"),
    ("أصيب ثلاثة مواطنين خلال الاقتحام المستمر.", "اقتحام", "مواطنين"),
    ("أصيب ثلاثة مواطنين خلال اقتحام نفذه الجيش صباح اليوم.", "اقتحام", "مواطنين"),
])
def test_people_before_a_raid_without_an_object_stay_its_recipients(text, trigger, victim):
    e = event_on(text, "COERCE", trigger)
    assert victim in texts_of(e.recipient)


def test_a_lam_army_after_a_raid_is_its_raider_not_its_object():
    e = event_on("أصيب شابان بالرصاص في اقتحامات للجيش الإسرائيلي.", "COERCE", "اقتحامات")
    assert any("جيش" in a for a in texts_of(e.actor)), texts_of(e.actor)


@pytest.mark.parametrize(("text", "trigger", "victim"), [
    # other coercion nouns: those before are mostly the ones it was done to
    ("أدت الحملة إلى إصابة ممرضين واعتقال آخرين في المدينة.", "اعتقال", "ممرضين"),
    ("نامت عائلات فلسطينية في العراء بعد هدم منازلها من قبل البلدية.", "هدم", "عائلات"),
])
def test_people_before_an_arrest_or_demolition_noun_stay_its_recipients(text, trigger, victim):
    e = event_on(text, "COERCE", trigger)
    assert any(r.text.startswith(victim) for r in e.recipient), texts_of(e.recipient)
