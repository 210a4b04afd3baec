"""Aid, support and sanctions after a verb of receiving or undergoing: the verb's subject is
the recipient, never the actor; the giver is named after the noun (sentences written for
these tests)."""
from __future__ import annotations

import pytest
from conftest import coded


@pytest.mark.parametrize("sentence, event, parties", [
    # receiving, the giver as adjective of origin or after من
    ("حصلت بولندا على مساعدات عسكرية بريطانية إضافية.", "AID", (["GBR"], ["POL"])),
    ("تسلمت الحكومة الأردنية شحنة مساعدات من الكويت.", "AID", (["KWT"], ["JOR"])),
    ("نالت الحكومة الأردنية مساعدات من اليابان.", "AID", (["JPN"], ["JOR"])),
    # undergoing a sanction: no giver named
    ("تواجه تركيا مقاطعة تجارية واسعة.", "SANCTION", ([], ["TUR"])),
    ("خضعت الشركة الإيرانية لعقوبات بريطانية.", "SANCTION", (["GBR"], ["IRN"])),
])
def test_receiver_is_the_recipient(sentence, event, parties):
    assert coded(sentence, event) == parties


def test_received_supported_noun_is_an_event():
    # دعما عسكريا needs a support verb; a verb of receiving is one for aid
    actors, recipients = coded("تلقى الجيش البولندي دعما عسكريا جديدا.", "AID")
    assert (actors, recipients) == ([], ["POL"])


@pytest.mark.parametrize("sentence, event, parties", [
    # the giver as subject keeps its place
    ("قدمت الكويت مساعدات إلى الأردن.", "AID", (["KWT"], ["JOR"])),
    ("فرضت بريطانيا عقوبات على إيران.", "SANCTION", (["GBR"], ["IRN"])),
])
def test_giver_subject_stays_actor(sentence, event, parties):
    assert coded(sentence, event) == parties


@pytest.mark.parametrize("text, noun, framed", [
    ("حصلت الوزارة على مساعدات", "مساعدات", True),
    # حصل without على means "happened": nothing is received
    ("حصلت مقاطعة", "مقاطعة", False),
    ("أرسلت الكويت مساعدات", "مساعدات", False),
])
def test_receiving_frame(text, noun, framed):
    from hadath.events.arguments.nouns import _receiving_frame
    assert (_receiving_frame(text, 0, text.index(noun)) is not None) is framed


def test_own_aid_after_receiving_verb_keeps_its_giver():
    # the possessed noun is the praised one's own aid, after a circumstance word
    sentence = "نالت اليابان إشادة واسعة بسبب مساعداتها إلى الأردن."
    assert coded(sentence, "AID") == (["JPN"], ["JOR"])
