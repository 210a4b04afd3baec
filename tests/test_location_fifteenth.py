"""Fifteenth session, event locations that come from elsewhere: the attacker's or giver's
own country is not where the act was wherever the country stands, and a place after a
pretext or background opener ("على خلفية"، "في ظل") is the background's.  The sentences are
written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of


def location(text: str, event: str, trigger: str | None = None) -> tuple[str, str | None] | None:
    found = [e for e in events_of(text, event) if trigger is None or e.trigger.text == trigger]
    assert found, f"no {event} in {text}"
    loc = found[0].location
    return (loc.text, loc.country) if loc else None


def test_a_land_noun_with_a_demonym_stays_a_location() -> None:
    assert location("قتلت القوات عشرات السكان في الأراضي السورية أمس.", "ASSAULT") == \
        ("الأراضي السورية", "SYR")


@pytest.mark.parametrize("text, place", [
    ("هاجمت إيران مواقع عسكرية في العراق.", ("العراق", "IRQ")),
    ("قصفت تركيا قرى في شمال العراق.", ("العراق", "IRQ")),
])
def test_attacker_named_after_the_verb_is_not_the_location(text: str, place: tuple[str, str]) -> None:
    assert location(text, "ASSAULT") == place


def test_attacker_named_after_the_verb_with_no_other_place_gives_none() -> None:
    assert location("استهدفت روسيا عددا من قادة الفصائل.", "ASSAULT") is None


def test_place_of_the_attack_that_is_not_the_attacker_stays() -> None:
    # the country after في is where, not who
    assert location("قصف الجيش مواقع للمسلحين في سوريا.", "ASSAULT") == ("سوريا", "SYR")


def test_aid_giver_country_is_not_the_location() -> None:
    loc = location("تسلمت القوات الحكومية شحنات سلاح من تركيا الشهر الماضي.", "AID")
    assert loc is None or loc[0] != "تركيا"


@pytest.mark.parametrize("text, trigger, place", [
    ("فرضت البحرية حصارا على الموانئ في البحر الأحمر، على خلفية اغتيال القائد في طهران.",
     "حصارا", "البحر الأحمر"),
    ("قصف الجيش منزلا في جنين، في ظلّ تصعيد الحملة العسكرية في نابلس.", "قصف", "جنين"),
    ("اقتحمت القوات بلدة في الخليل في ظل حملة واسعة بمدن الضفة الغربية.", "اقتحمت", "الخليل"),
])
def test_place_after_a_pretext_opener_gives_way_to_the_events_own(text: str, trigger: str,
                                                                   place: str) -> None:
    loc = location(text, "ASSAULT" if trigger == "قصف" else "COERCE", trigger)
    assert loc is not None and loc[0] == place


def test_pretext_place_is_still_a_fallback_when_the_event_names_none() -> None:
    # nothing else to take: the only place stays (the opener only orders the choice)
    loc = location("اعتقلت الشرطة ثلاثة شبان على خلفية مواجهات في نابلس.", "COERCE")
    assert loc == ("نابلس", "PSE")
