"""Two-sided fighting, fourteenth session (hadath/events/mutual.py): an armed body telling
of a clash that names at most one side, and not that side, is the other side; a medium, an
informant, a civil ministry or the reporter of a clash listed after بين stays no side.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of

from hadath.events.mutual import reporting_armed_party
from hadath.records import ActorMention


def _clash(text: str):
    event = next(e for e in events_of(text, "ASSAULT") if e.mutual)
    return event, {a.country for a in event.actor}


@pytest.mark.parametrize("text, sides", [
    # an army telling of its soldiers hurt in a clash with a named group
    ("أعلن الجيش الإسرائيلي إصابة أربعة جنود في اشتباكات مع مقاتلين من حزب الله قرب الحدود.",
     {"ISR", "LBN"}),
    # an armed group telling of its own fighting through a pronoun or a verbal noun
    ("أعلنت سرايا القدس أنها تخوض اشتباكات عنيفة مع قوات الاحتلال في مخيم نور شمس.", {"PSE", "ISR"}),
    ("أعلنت كتائب القسام خوض معارك ضارية مع جيش الاحتلال شرق خان يونس.", {"PSE", "ISR"}),
])
def test_an_armed_body_reporting_a_clash_with_another_side_is_a_side(text, sides):
    event, actors = _clash(text)
    assert actors == sides


def test_an_armed_group_reporting_its_fight_with_no_side_named_is_a_side():
    event, actors = _clash("أعلنت سرايا القدس أنها تخوض اشتباكات ضارية شرق مدينة رفح.")
    assert actors == {"PSE"}


def test_an_army_reporting_only_its_losses_is_no_side_when_no_other_is_named():
    event, actors = _clash("أعلن الجيش الإسرائيلي مقتل ضابط وإصابة جندي في معارك جنوب لبنان.")
    assert not any("الجيش" in a.text for a in event.actor)
    assert any("جندي" in r.text for r in event.recipient)


def test_an_army_read_as_harmed_through_its_own_soldiers_stays_harmed():
    # "من جنوده": the own-victims reading names the army as the one hit
    event, actors = _clash("أعلن الجيش الإسرائيلي إصابة أربعة من جنوده في اشتباكات مع مقاتلين "
                           "من حزب الله قرب الحدود.")
    assert actors == {"LBN"}
    assert {r.country for r in event.recipient} == {"ISR"}


@pytest.mark.parametrize("text", [
    # informants and a civil ministry only relay the clash
    "أفادت مصادر محلية بإصابة شابين خلال مواجهات مع قوات الاحتلال في بلدة بيتا.",
    "أعلنت وزارة الصحة استشهاد شاب خلال مواجهات مع قوات الاحتلال في نابلس.",
])
def test_who_only_relays_a_clash_is_no_side(text):
    event, actors = _clash(text)
    assert actors == {"ISR"}


def test_the_reporter_of_a_clash_listed_after_between_is_no_side():
    event, actors = _clash("قال الجيش اللبناني إن اشتباكات اندلعت بين عشيرتين في بعلبك ليلا.")
    assert not any("الجيش" in a.text for a in event.actor)


def _mention(text: str, country: str, sector: str, kind: str = "actor") -> ActorMention:
    return ActorMention(0, len(text), text, text, country, sector, f"{country}-{text}", kind)


def test_the_reporter_is_no_second_copy_of_the_side_named_nor_a_third_side():
    army = _mention("الجيش", "ISR", "MIL")
    forces = _mention("القوات", "ISR", "MIL")
    group = _mention("الحزب", "LBN", "REB")
    assert reporting_armed_party([army], [forces]) == []
    assert reporting_armed_party([army], [group, _mention("مسلحون", "PSE", "UAF")]) == []
    assert reporting_armed_party([army], [group]) == [army]


def test_a_person_or_an_unarmed_body_reporting_is_no_side():
    assert reporting_armed_party([_mention("المتحدث", "ISR", "MIL", "person")], []) == []
    assert reporting_armed_party([_mention("الوزارة", "PSE", "HLH", "institution")], []) == []


def test_a_reporter_already_read_as_harmed_stays_so():
    army = _mention("الجيش", "ISR", "MIL")
    group = _mention("الحزب", "LBN", "REB")
    assert reporting_armed_party([army], [group], [army]) == []
    assert reporting_armed_party([army], [], [_mention("جنديين", "ISR", "MIL")]) == []
    assert reporting_armed_party([army], [group], [_mention("جنديين", "ISR", "MIL")]) == [army]


@pytest.mark.parametrize("text", [
    "اقتحمت قوات الاحتلال الإسرائيلي بلدة قباطية واعتقلت ثلاثة شبان، وسط اشتباكات مع مقاومين فلسطينيين.",
    "توغلت قوات إسرائيلية في أطراف بلدة بيت حانون خلال مواجهات مع مقاومين فلسطينيين.",
])
def test_the_raiders_are_a_side_of_a_clash_set_amid_their_raid(text):
    event, actors = _clash(text)
    assert actors == {"ISR", "PSE"}
    assert not event.recipient


def test_the_sides_listed_after_between_are_kept_without_the_raiders():
    event, actors = _clash("اقتحمت قوات الاحتلال المدينة، وسط اشتباكات بين مسلحين وعناصر الأمن.")
    assert not any("الاحتلال" in a.text for a in event.actor)


def test_a_clash_in_a_sentence_not_opened_by_a_raid_takes_no_raider():
    # the sentence opens with the wounding: the one shot is no side, the army only shot him
    event, actors = _clash("أصيب شاب برصاص الجيش الإسرائيلي خلال مواجهات مع قوات الاحتلال في المخيم.")
    assert not any("شاب" in a.text for a in event.actor)
