"""Support told with a noun: a support noun carrying a possessive pronoun (تأييدها،
مساندته، وقوفها إلى جانب) whose ل/مع/إلى جانب object is the one supported, the pronoun
naming the subject of the verb before it; a support noun after عن of a verb of expressing;
a support noun after a pledge (تعهد ب، التزام ب). Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_no_event, events_of


def _support(text: str):
    found = events_of(text, "SUPPORT")
    assert len(found) == 1, [e.trigger.text for e in found]
    return found[0]


def _names(members, word: str) -> bool:
    return any(word in m.text for m in members)


@pytest.mark.parametrize("text, supporter, supported", [
    # the pronoun on the noun is the subject of the verb; the ل-object is supported
    ("أعربت الحكومة عن تأييدها لحركة حماس أمس.", "الحكومة", "حماس"),
    ("أكدت الحكومة الأردنية مساندتها للجيش اللبناني.", "الحكومة", "للجيش"),
    ("جددت قطر مؤازرتها للشعب السوداني في محنته.", "قطر", "السوداني"),
    ("أكدت الحكومة وقوفها إلى جانب الشعب اللبناني.", "الحكومة", "اللبناني"),
    # عن of a verb of expressing before the noun, without a pronoun: the genitive
    ("أعربت الحكومة عن تأييد حركة حماس.", "الحكومة", "حماس"),
    # a pledge before ب and the noun: the genitive is supported, not the supporter
    ("تعهد الحوثيون بدعم غزة حتى وقف العدوان.", "الحوثيون", "غزة"),
    ("تعهدت الحكومة الجديدة بدعم الجيش اللبناني.", "الحكومة", "الجيش"),
    ("تعهد الحوثيون بالوقوف إلى جانب غزة.", "الحوثيون", "غزة"),
])
def test_supporter_and_supported(text, supporter, supported):
    e = _support(text)
    assert _names(e.actor, supporter) and not _names(e.actor, supported)
    assert _names(e.recipient, supported) and not _names(e.recipient, supporter)


@pytest.mark.parametrize("text, supported", [
    # no recognised subject: the ل-object stays the recipient and never becomes the actor
    ("أعلن الحزب تأييده للمرشح الديمقراطي أمس.", "للمرشح"),
    ("أكد الوزير دعمه للحكومة اللبنانية.", "للحكومة"),
    ("جدد الوزير الوقوف إلى جانب لبنان.", "لبنان"),
])
def test_supported_is_never_the_supporter(text, supported):
    e = _support(text)
    assert not _names(e.actor, supported)
    assert _names(e.recipient, supported)


@pytest.mark.parametrize("text", [
    # a support noun with no support verb before it is a mention
    "ناقش البرلمان مساندة المزارعين في الموسم المقبل.",
    # standing beside a thing is no support
    "وقف الجنود إلى جانب الدبابة قرب الحاجز.",
])
def test_no_support(text):
    assert_no_event("SUPPORT", text)
