"""The other side hit before a town (twenty-first session): an attack whose attacker is
named takes as its recipient the armed force, the state or the object marked by a
state's adjective named between the trigger and a town after it, of a state neither the
town's nor an attacker's; the town only says where (the event's location keeps it) or
what the attack is for.  Not the attacker's own state or instrument, not with no
attacker named, not across a clause break.  Two merged mentions of one attack that read one
place at two lengths ("مخيم جباليا" and "جباليا") keep it once, in its longer reading.  The
sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on


def _recipients(text: str, trigger: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in event_on(text, "ASSAULT", trigger).recipient]


@pytest.mark.parametrize("text, trigger, hit, country", [
    # a force after ضد, before the town it fought in
    ("أعلنت المقاومة عن تنفيذ هجوم جديد ضد قوات جيش الاحتلال في بلدة بيت حانون شمال القطاع.",
     "هجوم", "جيش الاحتلال", "ISR"),
    # an object marked by its state's adjective, before the region it stands in
    ("شن حزب الله هجوما بالصواريخ على قاعدة إسرائيلية في الجولان المحتل.", "هجوما",
     "إسرائيلية", "ISR"),
    # the place after دعما or نصرة is what the attack is for, not what it hit
    ("نفذت المقاومة الإسلامية في لبنان عمليات ضد مواقع الاحتلال دعما لغزة.", "عمليات",
     "الاحتلال", "ISR"),
    ("أعلنت الفصائل أنها استهدفت موقعا حيويا في إسرائيل بالمسيرات، نصرة للفلسطينيين في قطاع غزة.",
     "استهدفت", "إسرائيل", "ISR"),
])
def test_the_side_hit_before_the_town_is_the_recipient(text: str, trigger: str, hit: str,
                                                       country: str) -> None:
    assert _recipients(text, trigger) == [(hit, country)]


def test_the_town_stays_the_location() -> None:
    event = event_on("أعلنت المقاومة عن تنفيذ هجوم جديد ضد قوات جيش الاحتلال في بلدة بيت حانون شمال القطاع.",
                     "ASSAULT", "هجوم")
    assert event.location is not None and event.location.text == "بيت حانون"


def test_the_attacker_named_without_a_country_takes_the_town_s() -> None:
    # with the town no party, the armed group fighting in it is its own
    event = event_on("أعلنت المقاومة عن تنفيذ هجوم جديد ضد قوات جيش الاحتلال في بلدة بيت حانون شمال القطاع.",
                     "ASSAULT", "هجوم")
    assert [(a.text, a.country) for a in event.actor] == [("المقاومة", "PSE")]


@pytest.mark.parametrize("text, trigger, town, country", [
    # the attacker's own state's adjective is its instrument
    ("شنت طائرات الاحتلال غارة من مسيرة إسرائيلية على بلدة عيتا الشعب.", "غارة", "عيتا الشعب", "LBN"),
    # a force after a comma is another clause's
    ("شن حزب الله هجوما، رغم تحذيرات الجيش الأمريكي، على بلدة المطلة.", "هجوما", "المطلة", "ISR"),
    # the force of a relative clause on the attack noun is its attacker
    ("مجزرة جديدة يرتكبها جيش الاحتلال الإسرائيلي في مخيم جباليا شمال قطاع غزة.", "مجزرة",
     "مخيم جباليا", "PSE"),
])
def test_the_town_stays_without_another_side_hit(text: str, trigger: str, town: str,
                                                 country: str) -> None:
    assert _recipients(text, trigger) == [(town, country)]


@pytest.mark.parametrize("text, trigger, whole", [
    # the absorbed mention reads the town inside the kept one's camp
    ("أفادت مصادر محلية بأن قصفا إسرائيليا مكثفا استهدف مخيم جباليا ومناطق أخرى في الشمال.",
     "قصفا", "مخيم جباليا"),
    # the kept mention read the shorter name: the longer reading replaces it
    ("يستهدف قصف مدفعي عنيف مخيم النصيرات وسط القطاع.", "يستهدف", "مخيم النصيرات"),
])
def test_one_place_read_at_two_lengths_by_merged_mentions_is_one_recipient(text: str, trigger: str,
                                                                           whole: str) -> None:
    assert [m.text for m in event_on(text, "ASSAULT", trigger).recipient] == [whole]
