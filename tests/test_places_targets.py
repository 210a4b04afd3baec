"""Targets and places, second round: a place undergoing an attack before its trigger is
its target; a place after a clause opening another fact is that fact's; a statement's
place is where it was made, not the places its content names."""
from __future__ import annotations

from conftest import events_of


def _first(text: str, event: str):
    found = events_of(text, event)
    assert found, f"no {event} in {text!r}"
    return found[0]


def _location_country(text: str, event: str) -> str | None:
    e = _first(text, event)
    return e.location.country if e.location else None


def _recipient_countries(text: str, event: str) -> list[str | None]:
    return [r.country for r in _first(text, event).recipient]


def test_a_town_undergoing_shelling_is_its_target():
    text = "وتعرضت أطراف بلدتي الخيام وكفركلا، فجر اليوم الأحد، لقصف مدفعي إسرائيلي."
    assert _location_country(text, "ASSAULT") == "LBN"
    assert _recipient_countries(text, "ASSAULT") == ["LBN"]


def test_a_town_witnessing_raids_is_its_target():
    text = "شهدت مدينة النبطية مساء السبت غارات إسرائيلية عنيفة."
    assert _recipient_countries(text, "ASSAULT") == ["LBN"]


def test_a_town_named_before_the_trigger_without_undergoing_is_no_target():
    text = "في مدينة النبطية، أعلن حزب الله أن مقاتليه قصفوا تجمعا للجنود بالصواريخ."
    assert not [r for r in _first(text, "ASSAULT").recipient if r.kind == "place"]


def test_the_land_a_foreign_war_is_on_is_the_target_of_its_attacks():
    text = "في اليوم المئة من الحرب على غزة، واصل الجيش الإسرائيلي قصفه مناطق متفرقة."
    assert _recipient_countries(text, "ASSAULT") == ["PSE"]


def test_a_place_of_another_fact_is_not_the_attack_location():
    text = ("في اليوم المئة من الحرب على غزة، واصل الجيش الإسرائيلي قصفه مناطق متفرقة، "
            "في حين أعلنت مصادر لبنانية سقوط قذائف على بلدة الخيام.")
    e = _first(text, "ASSAULT")
    assert e.location is not None and e.location.country == "PSE"


def test_a_topic_place_after_the_content_of_a_call_is_not_its_location():
    text = "دعا وزير الخارجية الفرنسي اليوم الأربعاء إلى هدنة إنسانية فورية في غزة."
    assert _location_country(text, "REQUEST") is None


def test_a_call_made_in_a_city_right_after_its_speaker_takes_that_city():
    text = "دعا وزير الخارجية الفرنسي في باريس اليوم الأربعاء إلى هدنة إنسانية فورية."
    assert _location_country(text, "REQUEST") == "FRA"


def test_a_statement_named_with_its_meeting_takes_the_meeting_venue():
    text = "طالب البيان الختامي للاجتماع الطارئ في عمان بوقف الحرب فورا."
    assert _location_country(text, "REQUEST") == "JOR"
