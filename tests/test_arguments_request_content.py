"""REQUEST recipients: a place or a released person inside the demanded content is not the
one asked (sentences written for these tests)."""
from __future__ import annotations

import pytest
from conftest import coded


@pytest.mark.parametrize("sentence, actors, recipients", [
    # a place after a preposition inside the إلى/ب complement
    ("ودعا وزير الخارجية الأردني إلى وقف القصف على غزة فورا.", ["JOR"], []),
    ("وطالب الرئيس الفرنسي بالانسحاب الكامل من لبنان.", ["FRA"], []),
    # anyone after عن inside the complement
    ("وطالبت الحكومة القطرية بالإفراج عن الأسرى الفلسطينيين.", ["QAT"], []),
    # a named speaker after a titled subject: the place in the complement was the recipient
    # before the filter (this case fails without it)
    ("وطالب وزير الخارجية المصري سامح شكري بإنهاء الحرب على غزة فورا.", ["EGY"], []),
])
def test_content_participant_is_no_recipient(sentence, actors, recipients):
    assert coded(sentence, "REQUEST") == (actors, recipients)


@pytest.mark.parametrize("sentence, recipients", [
    # the addressee before the complement stays
    ("ودعا الرئيس المصري إسرائيل إلى وقف القصف على غزة.", ["ISR"]),
    # a demonym may name the one asked to act ("انسحاب إسرائيلي")
    ("ودعا وزير الخارجية المصري إلى انسحاب إسرائيلي من المعبر.", ["ISR"]),
])
def test_addressee_kept(sentence, recipients):
    assert coded(sentence, "REQUEST")[1] == recipients
