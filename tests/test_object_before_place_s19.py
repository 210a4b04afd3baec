"""What an attack or arrest hit when a town follows it (nineteenth session): the accusative
object right after a verbal noun's genitive agent ("استهداف الجيش الصحفيين في ...") is the
recipient, and a market, cemetery, power station or farmland hit before a town is the object
hit rather than the town.  The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of


def _parties(text: str, event_type: str = "ASSAULT") -> list[tuple[str, str | None, str | None]]:
    found = events_of(text, event_type)
    assert found, text
    return [(m.text, m.country, m.sector) for m in found[0].recipient]


@pytest.mark.parametrize("text, recipient, sector", [
    ("يتواصل استهداف الجيش الإسرائيلي الصحفيين في مدينة خان يونس منذ أسابيع.", "الصحفيين", "JRN"),
    ("أكدت مصادر محلية اغتيال قوات الاحتلال مصورا صحفيا في مخيم البريج أمس.", "مصورا صحفيا", "JRN"),
    ("وكان اعتقال الشرطة 30 شابا في مدينة الخليل قد أثار الغضب.", "شابا", "CVL"),
])
def test_the_object_after_the_genitive_agent_is_the_recipient(text: str, recipient: str,
                                                               sector: str) -> None:
    parties = _parties(text, "COERCE" if "اعتقال" in text else "ASSAULT")
    assert len(parties) == 1 and parties[0][0].split()[0] in recipient.split()
    assert parties[0][2] == sector
    assert parties[0][1] == "PSE"


def test_a_place_right_after_the_agent_stays_the_recipient() -> None:
    # the town is itself what was shelled
    assert [p[0] for p in _parties("تواصل قصف الجيش الإسرائيلي مدينة رفح طوال الليل.")] == ["رفح"]


def test_a_demonym_after_the_agent_is_no_object() -> None:
    parties = _parties("أدى قصف الاحتلال الإسرائيلي على حي الشجاعية إلى دمار واسع.")
    assert "الإسرائيلي" not in [p[0] for p in parties]


def test_a_participant_after_a_comma_is_no_object() -> None:
    found = events_of("وتواصل قصف الجيش، المستوطنون يحتفلون في الشوارع.", "ASSAULT")
    assert all("المستوطنون" not in m.text for e in found for m in e.recipient)


def test_a_named_building_keeps_its_town_country() -> None:
    # a building after the agent is left to the reading of the object hit in a town, whose
    # country it takes (a capital in the school's name would give another country)
    parties = _parties("أظهرت الصور آثار استهداف قوات الاحتلال مدرسة دمشق في حي الرمال بغزة.")
    assert parties and parties[0][0].startswith("مدرسة")
    assert parties[0][1] == "PSE"


@pytest.mark.parametrize("text, hit, country", [
    ("قصف الجيش الإسرائيلي محطة كهرباء في مدينة صور ليلا.", "محطة كهرباء", "LBN"),
    ("استهدف جيش الاحتلال سوقا شعبيا في بلدة بيت حانون صباحا.", "سوقا شعبيا", "PSE"),
    ("قصفت قوات الاحتلال مقبرة في مخيم جباليا أمس.", "مقبرة", "PSE"),
    ("قصفت قوات الاحتلال أرضا زراعية في بلدة عبسان شرقي خان يونس.", "أرضا زراعية", "PSE"),
])
def test_a_civilian_object_hit_before_the_town_is_the_recipient(text: str, hit: str,
                                                                 country: str) -> None:
    assert [(p[0], p[1]) for p in _parties(text)] == [(hit, country)]


def test_a_town_struck_with_no_object_before_it_stays_the_recipient() -> None:
    assert [p[0] for p in _parties("قصفت قوات الاحتلال بلدة عبسان شرقي خان يونس أمس.")] == ["عبسان"]


@pytest.mark.parametrize("text, hit", [
    ("واصلت الطائرات غاراتها العنيفة على منازل المواطنين في بلدة بيت لاهيا.", "منازل المواطنين"),
    ("دمر قصف إسرائيلي وحشي مربعا سكنيا في مخيم المغازي صباحا.", "مربعا سكنيا"),
])
def test_the_strike_adjectives_are_passed_over_to_the_object(text: str, hit: str) -> None:
    assert [p[0] for p in _parties(text)] == [hit]


def test_an_adjective_with_no_object_after_it_leaves_the_town() -> None:
    parties = _parties("تواصل القصف المدفعي العنيف على بلدة عبسان شرقي خان يونس.")
    assert [p[0] for p in parties] == ["عبسان"]
