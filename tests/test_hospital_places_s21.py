"""Twenty-first session, hospitals as places: the Gaza and Tulkarm hospitals most named in the
war's reports are gazetteer places (a neighbourhood of their town), so an attack on one, a raid
into it or a siege of it is located there; a hospital named right after إلى is where an
attack's victims were brought, not where the attack was.  The sentences are written for these
tests."""
from __future__ import annotations

import pytest
from conftest import event_on

from hadath.recognize.places import PlaceFinder
from hadath.text import TextLayer


def _places(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.text, p.name, p.country) for p in PlaceFinder.default().find(TextLayer(text))]


def _location(text: str, event_type: str, trigger: str) -> tuple[str, str] | None:
    place = event_on(text, event_type, trigger).location
    return None if place is None else (place.name, place.country)


@pytest.mark.parametrize("text, name", [
    ("اقتحمت الدبابات مستشفى كمال عدوان فجرا.", "Kamal Adwan Hospital (Beit Lahia)"),
    ("حاصر الجنود مجمع الشفاء الطبي لأسبوعين.", "al-Shifa Hospital (Gaza City)"),
    ("تعرض المستشفى المعمداني لقصف عنيف.", "al-Ahli Arab (Baptist) Hospital (Gaza City)"),
    ("لجأ النازحون إلى ساحة مستشفى شهداء الأقصى.", "al-Aqsa Martyrs Hospital (Deir al-Balah)"),
    ("قصفت المدفعية محيط بالمستشفى الإندونيسي.", "Indonesian Hospital (Beit Lahia)"),
    ("طوقت القوات مستشفى ثابت ثابت صباحا.", "Thabet Thabet Hospital (Tulkarm)"),
])
def test_named_hospitals_are_places(text: str, name: str) -> None:
    assert [(n, c) for _, n, c in _places(text)] == [(name, "PSE")]


def test_a_bare_healing_word_is_no_hospital() -> None:
    assert _places("نتمنى الشفاء العاجل لكل الجرحى.") == []


def test_a_raid_into_a_hospital_is_located_at_it() -> None:
    text = "اقتحمت قوات الاحتلال مستشفى كمال عدوان شمالي قطاع غزة صباح اليوم."
    assert _location(text, "COERCE", "اقتحمت") == ("Kamal Adwan Hospital (Beit Lahia)", "PSE")


def test_a_strike_near_a_hospital_is_located_at_it() -> None:
    text = "استشهد 4 فلسطينيين في قصف إسرائيلي استهدف منزلا قرب مستشفى ناصر في خان يونس."
    assert _location(text, "ASSAULT", "قصف") == ("Nasser Medical Complex (Khan Yunis)", "PSE")


def test_the_hospital_the_wounded_reached_is_not_the_strike_place() -> None:
    text = "وصل عشرات الجرحى إلى مستشفى ناصر بمدينة خان يونس إثر قصف إسرائيلي عنيف."
    assert _location(text, "ASSAULT", "قصف") == ("Khan Yunis", "PSE")


def test_the_hospital_the_dead_were_taken_to_gives_no_place() -> None:
    text = "استشهد شاب برصاص الاحتلال ونقل جثمانه إلى مجمع الشفاء الطبي."
    assert _location(text, "ASSAULT", "برصاص") is None


def test_a_raid_on_the_hospital_after_ila_keeps_it() -> None:
    # only an attack's victims are brought somewhere: a raid's place stays
    text = "تسللت قوات خاصة إلى مستشفى ثابت ثابت واقتحمت أقسامه."
    assert _location(text, "COERCE", "اقتحمت") == ("Thabet Thabet Hospital (Tulkarm)", "PSE")

