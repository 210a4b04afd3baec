"""Merging (hadath/events/merge.py): two attacks told one after the other stay two events,
and the war told as going on does not swallow one strike of it; one strike told twice is
still one event."""
from __future__ import annotations

import pytest

from hadath.kb import default_kb
from hadath.pipeline import record_to_raw

HEADLINE = "عنوان الخبر\n\n"



def _assaults(pipe, text: str):
    res = pipe.process(record_to_raw({"id": "t", "text": HEADLINE + text}), published="2024-09-08")
    return [e for e in res.events if e.event == "ASSAULT"]


def _actor_ids(event) -> set[str | None]:
    return {a.id for a in event.actor}


def test_attacks_claimed_by_two_armed_groups_of_one_country_stay_two(pipeline):
    events = _assaults(pipeline, "أعلن حزب الله أن مقاتليه استهدفوا موقعا عسكريا إسرائيليا في الجليل "
                                 "بالصواريخ صباح الأحد. وأعلنت قوات الفجر أنها قصفت مستوطنة كريات "
                                 "شمونة صباح الأحد.")
    assert len(events) == 2
    first, second = sorted(events, key=lambda e: e.trigger.start)
    assert _actor_ids(first) == {"lbn-hezbollah"}
    assert _actor_ids(second) == {"lbn-fajr"}
    # each keeps its own claimant as its source, none takes the other's
    assert first.attributed_to is not None and first.attributed_to.text == "حزب الله"
    assert second.attributed_to is not None and second.attributed_to.text == "قوات الفجر"


def test_two_groups_of_one_country_in_the_same_town_stay_two(pipeline):
    events = _assaults(pipeline, "أعلنت كتائب القسام أن مقاتليها استهدفوا موقعا عسكريا إسرائيليا شرق "
                                 "خان يونس صباح الأحد. وأعلنت سرايا القدس أنها قصفت موقعا شرق خان يونس "
                                 "بالهاون صباح الأحد.")
    assert sorted(tuple(sorted(_actor_ids(e))) for e in events) == [("pse-qassam",), ("pse-saraya-quds",)]


def test_a_group_and_its_wing_tell_one_attack(pipeline):
    events = _assaults(pipeline, "قالت حركة حماس إن مقاتليها استهدفوا دبابة إسرائيلية شرق رفح صباح "
                                 "الأحد. وأوضحت كتائب القسام أنها دمرت الدبابة بقذيفة مضادة للدروع.")
    assert len(events) == 1
    # the attacker told first stays; a later sentence does not add to a side already named
    assert _actor_ids(events[0]) == {"pse-hamas"}


def test_a_later_strike_on_another_town_is_another_event(pipeline):
    events = _assaults(pipeline, "استشهد مواطنان في غارات إسرائيلية على خيام النازحين في خان يونس يوم "
                                 "الأحد. واستهدفت طائرات إسرائيلية يوم الأحد منزلا شمال مدينة غزة.")
    assert len(events) == 2
    first, second = sorted(events, key=lambda e: e.trigger.start)
    assert first.location is not None and first.location.name == "Khan Yunis"
    assert all("غزة" not in r.text for r in first.recipient)
    assert any("غزة" in r.text for r in second.recipient)


def test_the_war_going_on_does_not_swallow_a_strike_on_a_town(pipeline):
    events = _assaults(pipeline, "يواصل الجيش الإسرائيلي عدوانه على قطاع غزة لليوم المئتين. وقصفت "
                                 "مدفعية الجيش الإسرائيلي يوم الأحد أطراف مخيم البريج.")
    assert len(events) == 2
    campaign, strike = sorted(events, key=lambda e: e.trigger.start)
    assert [r.text for r in campaign.recipient] == ["قطاع غزة"]
    assert strike.location is not None and strike.location.name == "Bureij camp"


def test_a_resuming_noun_joins_the_last_strike_told(pipeline):
    events = _assaults(pipeline, "يواصل الجيش الإسرائيلي عدوانه على قطاع غزة لليوم المئتين، وقصف فجر "
                                 "الأحد عدة منازل. وذكر الدفاع المدني أن ثلاثة أصيبوا، إضافة إلى استهداف "
                                 "الجيش بالقصف المدفعي أطراف مدينة رفح الغربية يوم الأحد.")
    assert len(events) == 2
    campaign, strike = sorted(events, key=lambda e: e.trigger.start)
    assert "القصف المدفعي" in [m.text for m in strike.mentions]
    assert "القصف المدفعي" not in [m.text for m in campaign.mentions]
    assert all(r.text != "رفح" for r in campaign.recipient)


@pytest.mark.parametrize("text", [
    ("قصفت طائرات الجيش الإسرائيلي منزلا في حي الشجاعية شرق مدينة غزة يوم الأحد. وأسفر القصف عن "
     "مقتل ثلاثة من سكانه."),
    ("قصفت طائرات الجيش الإسرائيلي منزلا في حي الشجاعية يوم الأحد. وقالت مصادر محلية إن الطائرات "
     "الإسرائيلية استهدفت منزلا في حي الشجاعية يوم الأحد."),
])
def test_one_strike_told_twice_is_one_event(pipeline, text):
    assert len(_assaults(pipeline, text)) == 1


def test_wings_share_their_groups_top_group():
    roots = default_kb().top_groups()
    assert roots["pse-qassam"] == roots["pse-hamas"]
    assert roots["pse-saraya-quds"] != roots["pse-qassam"]
    assert all(roots[root] == root for root in roots.values())
