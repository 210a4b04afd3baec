"""Places as parties (fifteenth session): when a sentence names or counts the people an
attack or arrest reached, they are its recipients and the town, camp or Strip only says
where; a bare "القطاع" with no Strip named before it is the Strip a region named before it
is called after.  The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of

from hadath.events.anaphora import referred_places
from hadath.recognize.places import find_places, load_gazetteer
from hadath.text import TextLayer


def _parties(mentions) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in mentions]


def _attack(text: str):
    found = events_of(text, "ASSAULT")
    return max(found, key=lambda e: len(e.recipient))


@pytest.mark.parametrize("text, people", [
    ("استشهد 20 فلسطينيا في قصف إسرائيلي عنيف على غزة منذ الصباح.", "فلسطينيا"),
    ("نفذ الجيش غارات عنيفة على قطاع غزة أسفرت عن مقتل 30 مدنيا.", "مدنيا"),
    ("أصيب سبعة مواطنين في غارة جوية على بلدة بيت لاهيا مساء الخميس.", "مواطنين"),
])
def test_people_named_beside_the_place_are_the_recipients(text: str, people: str) -> None:
    event = _attack(text)
    assert [m.text for m in event.recipient] == [people]
    assert event.location is not None and event.location.text in text


def test_people_counted_before_a_verb_of_dying_replace_the_place() -> None:
    event = _attack("قالت مصادر طبية إن 30 فلسطينيا استشهدوا جراء قصف الجيش مناطق متفرقة في قطاع غزة اليوم.")
    assert _parties(event.recipient) == [("فلسطينيا", "PSE")]


def test_a_place_hit_with_no_people_named_stays_the_recipient() -> None:
    event = _attack("شنت الطائرات الإسرائيلية غارة على بلدة عيتا الشعب جنوبي لبنان.")
    assert _parties(event.recipient) == [("عيتا الشعب", "LBN")]


def test_a_toll_with_no_people_noun_keeps_the_place() -> None:
    # "شهيدا" counts the dead without naming who they were: the place stands for its people
    event = _attack("ارتفعت الحصيلة إلى 40 شهيدا بعد غارات على مدينة خان يونس.")
    assert [m.country for m in event.recipient] == ["PSE"]


def test_the_house_hit_stays_beside_the_people_killed_in_it() -> None:
    event = _attack("قصفت الطائرات الإسرائيلية منزلا في بلدة بيت لاهيا ما أدى إلى مقتل خمسة أشخاص.")
    assert [m.text for m in event.recipient] == ["منزلا", "أشخاص"]


def test_people_dying_in_another_clause_do_not_replace_the_place() -> None:
    event = _attack("استشهد شاب أمس، وقصفت المدفعية اليوم بلدة عيتا الشعب جنوبي لبنان.")
    assert "عيتا الشعب" in [m.text for m in event.recipient]


def _referred(text: str) -> list[list[tuple[str, str | None, str | None]]]:
    layer = TextLayer(text)
    places = find_places(layer)
    return [[(p.text, p.name, p.country)
             for p in referred_places(text, s, layer.sentences, places, load_gazetteer())]
            for s in layer.sentences]


def test_strip_noun_after_a_region_named_for_its_town_is_the_strip() -> None:
    text = "دوت صفارات الإنذار في مستوطنات غلاف غزة صباحا. ثم واصلت الطائرات قصف القطاع."
    assert _referred(text)[1] == [("القطاع", "Gaza Strip", "PSE")]


def test_strip_noun_in_a_text_about_another_sector_stays_unresolved() -> None:
    text = "زار الوزير مستوطنات غلاف غزة أمس وتحدث عن قطاع الزراعة. وقال إن القطاع يحتاج دعما."
    assert _referred(text)[1] == []


def test_strip_noun_with_no_strip_nor_region_of_its_town_stays_unresolved() -> None:
    text = "اقتحمت القوات مدينة الخليل فجرا. وقالت إن القطاع يشهد توترا."
    assert _referred(text)[1] == []
