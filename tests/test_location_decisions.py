"""Sixteenth session: a sanction, ban or boycott is a decision imposed from afar; the places
its sentence names are those of its target, of what it bans, of its cause or of the deciding
state, so it only has a place named as its venue.  A court's sentence keeps its place.  The
sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of


def location(text: str, event: str, trigger: str | None = None) -> tuple[str, str | None] | None:
    found = [e for e in events_of(text, event) if trigger is None or e.trigger.text == trigger]
    assert found, f"no {event} in {text}"
    loc = found[0].location
    return (loc.text, loc.country) if loc else None


@pytest.mark.parametrize("text", [
    # the target's place
    "أعلنت كندا اليوم فرض عقوبات على ثلاثة مستوطنين في الضفة الغربية بسبب اعتداءاتهم.",
    # the cause's place
    "فرضت بريطانيا عقوبات على شركتين روسيتين لدعمهما الحرب في أوكرانيا.",
    # the deciding state's capital
    "فرضت واشنطن عقوبات جديدة على مصرف حكومي في كراكاس.",
    # what the ban covers
    "حظرت الحكومة عمل المنظمة في البلاد وفي القدس.",
])
def test_a_sanction_takes_no_place_from_its_target_cause_or_decider(text: str) -> None:
    assert location(text, "SANCTION") is None


def test_an_attack_in_the_same_shape_keeps_its_place() -> None:
    # the decision reading is for sanctions only: material acts happen where they are told
    assert location("قصفت الطائرات مواقع للمسلحين في مدينة حلب.", "ASSAULT") == ("حلب", "SYR")


def test_a_court_sentence_keeps_the_place_of_its_court() -> None:
    assert location("حكمت عليه محكمة في باريس بالسجن عامين.", "SANCTION") == ("باريس", "FRA")
