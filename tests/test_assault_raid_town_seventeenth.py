"""ASSAULT attackers, seventeenth session (``attacks.with_named_attacker``): a death or wound
set in a raid whose doer is named ("خلال اقتحام القوات البلدة") was dealt by the raiders; a
town, camp or region is never the attacker, except after من where it says where the fire
came from.  Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, events_of, texts_of


@pytest.mark.parametrize("text, trigger, raiders", [
    ("أصيب شاب فلسطيني بالرصاص واعتقل 9 آخرون خلال اقتحام الجيش الإسرائيلي بلدات في الضفة الغربية.",
     "أصيب", "الجيش الإسرائيلي"),
    ("استشهد فلسطينيان وأصيب آخرون أثناء اقتحام قوات الاحتلال مخيم عسكر شرق نابلس.",
     "استشهد", "قوات الاحتلال"),
    ("أفاد الهلال الأحمر باستشهاد مسن خلال اقتحام قوات الاحتلال بلدة قباطية.",
     "استشهاد", "قوات الاحتلال"),
    ("أصيب مزارع بجروح إثر اقتحام المستوطنين قرية بورين جنوب نابلس.", "أصيب", "المستوطنين"),
])
def test_the_raiders_named_after_the_raid_noun_are_the_attackers(text, trigger, raiders):
    e = event_on(text, "ASSAULT", trigger)
    assert texts_of(e.actor) == [raiders]
    assert raiders not in texts_of(e.recipient)


@pytest.mark.parametrize("text", [
    # the one hit is of the raiders' side: the sentence names no attacker
    "أصيب جنديان إسرائيليان خلال اقتحام الجيش الإسرائيلي مدينة جنين.",
    # the raid is a clause of its own, after a contrast word
    "أصيب شاب برصاص في المدينة، في حين واصلت قوات الاحتلال اقتحام بلدة مجاورة.",
    "أصيب شاب بجروح في البلدة بينما بدأت القوات اقتحام المخيم.",
    # the raid noun names no doer
    "قتل شاب خلال اقتحام منزله في المدينة.",
])
def test_no_raider_when_the_raid_is_not_the_setting_of_the_wound(text):
    for e in events_of(text, "ASSAULT"):
        assert e.actor == []


def test_raiders_read_as_the_one_hit_become_the_attackers():
    e = event_on("استشهد شاب وأصيب آخرون خلال اقتحام قوات الاحتلال مخيم الفارعة.", "ASSAULT",
                 "استشهد")
    assert texts_of(e.actor) == ["قوات الاحتلال"]
    assert "قوات الاحتلال" not in texts_of(e.recipient)


@pytest.mark.parametrize("text, trigger, town", [
    ("قصفت الطائرات منزلا في مدينة رفح فجر اليوم.", "قصفت", "رفح"),
    ("قصف الطيران مخيم البريج وسط القطاع ليلة أمس.", "قصف", "البريج"),
    ("قضى ستة مواطنين في غارة استهدفت خان يونس ظهر أمس، حيث تواصل الطواقم البحث.",
     "غارة", "خان يونس"),
    ("استشهد ثلاثة شبان في غارة استهدفت النصيرات بعد منتصف الليل.", "غارة", "النصيرات"),
])
def test_a_town_is_never_the_attacker(text, trigger, town):
    e = event_on(text, "ASSAULT", trigger)
    assert not any(town in a for a in texts_of(e.actor))


def test_a_town_read_as_the_attacker_is_what_was_hit_when_nothing_else_is():
    e = event_on("قصفت الطائرات منزلا في مدينة رفح فجر اليوم.", "ASSAULT", "قصفت")
    assert e.actor == []
    # the house named before the town is what was hit (twentieth session), of the town's country
    assert [(m.text, m.country) for m in e.recipient] == [("منزلا", "PSE")]


@pytest.mark.parametrize("text, trigger, actor_country", [
    # a state stays the attacker
    ("قصفت إسرائيل مدينة رفح فجر اليوم.", "قصفت", "ISR"),
    # a region after من is where the fire came from
    ("سقطت صواريخ أطلقت من شمالي قطاع غزة على مدينة سديروت.", "صواريخ", "PSE"),
])
def test_states_and_launch_places_keep_their_reading(text, trigger, actor_country):
    e = event_on(text, "ASSAULT", trigger)
    assert countries_of(e.actor) == [actor_country]


def test_a_joined_verb_keeps_the_first_verbs_subject_over_a_town():
    e = event_on("ذكرت المقاومة أنها أسقطت مسيرة إسرائيلية وقصفت ثكنات بغلاف غزة ليلا.", "ASSAULT",
                 "قصفت")
    assert texts_of(e.actor) == ["المقاومة"]
    assert "غزة" not in texts_of(e.actor)
