"""A verb-first statement whose subject carries a comma apposition (its holder's name or a
second title): the object comes after the closing comma.  Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of


def _only(text: str, event_type: str):
    events = events_of(text, event_type)
    assert len(events) == 1
    return events[0]


def test_object_after_a_named_holder_between_commas():
    e = _only("أشاد وزير الخارجية الأردني، أيمن الصفدي، بدور مصر في التهدئة.", "SUPPORT")
    assert {m.country for m in e.actor} == {"JOR"}
    assert [m.country for m in e.recipient] == ["EGY"]


def test_object_after_a_second_title_between_commas():
    e = _only("رحب وزير الخارجية المصري المكلف، السفير أحمد سالم، بقرار منظمة التعاون "
              "الإسلامي بشأن الأزمة.", "SUPPORT")
    assert [m.country for m in e.actor] == ["EGY"]
    assert [m.text for m in e.recipient] == ["منظمة التعاون الإسلامي"]


def test_aside_without_a_title_is_not_skipped_as_apposition():
    e = _only("رحب وزير الخارجية المصري، في بيان مطول أصدره أمس، بالقرار.", "SUPPORT")
    assert [m.country for m in e.actor] == ["EGY"]
    assert e.recipient == []


def test_complement_with_ila_after_apposition_gives_no_addressee():
    e = _only("دعا الرئيس الفرنسي، إيمانويل ماكرون، إلى التضامن مع الشعب الأوكراني.", "REQUEST")
    assert {m.country for m in e.actor} == {"FRA"}
    assert e.recipient == []


def test_time_aside_after_apposition_still_leads_to_the_object():
    e = _only("دعا الرئيس الفرنسي، إيمانويل ماكرون، الاثنين، قادة الاتحاد الأوروبي إلى "
              "الاجتماع.", "REQUEST")
    assert [m.country for m in e.recipient] == ["EUR"]


def test_two_attack_nouns_joined_by_waw_are_one_attack():
    events = events_of("أعلنت سرايا القدس استهداف وقنص جنود إسرائيليين شرق خان يونس.",
                       "ASSAULT")
    assert len(events) == 1
    assert [m.country for m in events[0].actor] == ["PSE"]
    assert [m.country for m in events[0].recipient] == ["ISR"]
