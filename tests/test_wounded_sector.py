"""The wounded of a strike are people hurt, not health workers: sector CVL, while patients
and medics stay MED.  Sentences written for these tests."""
from __future__ import annotations

from conftest import event_on


def _sector_of(mentions, text):
    return next(m.sector for m in mentions if m.text == text)


def test_the_wounded_a_strike_hit_are_civilians():
    e = event_on("قصفت الطائرات ساحة المستشفى فأصابت الجرحى المنتظرين عند البوابة.", "ASSAULT", "قصفت")
    assert _sector_of(e.recipient, "الجرحى") == "CVL"


def test_patients_stay_in_the_medical_sector():
    e = event_on("قصفت الطائرات ساحة المستشفى فأصابت المرضى المنتظرين عند البوابة.", "ASSAULT", "قصفت")
    assert _sector_of(e.recipient, "المرضى") == "MED"
