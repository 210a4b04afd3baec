"""Merging (hadath/events/merge.py), twentieth session: a tally told of no town does not
swallow an act told by an indefinite noun; a sentence opened by "وفي وقت سابق" or "ولاحقاً"
tells another fact; a definite noun of an attack told of another town or day resumes no
earlier mention.  Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

import hadath
from hadath.pipeline import record_to_raw

# rules only: what is merged must not depend on the rescorer's scores
RULES_ONLY = hadath.default_pipeline(rescore=False)


def _assaults(text: str):
    raw = record_to_raw({"id": "t", "text": "عنوان\n\n" + text, "published": "2024-09-08"})
    events = RULES_ONLY.process(raw, published="2024-09-08").events
    return sorted((e for e in events if e.event == "ASSAULT"), key=lambda e: e.trigger.start)


def test_an_operation_told_by_an_indefinite_noun_is_not_the_tally():
    events = _assaults("المقاومة الإسلامية في لبنان تنفذ عدة عمليات ضد مواقع جيش الاحتلال في شمال "
                       "فلسطين المحتلة اليوم الأحد.\nونفذت المقاومة عملية استهدفت فيها ثكنة يتمركز فيها "
                       "جنود الاحتلال قرب موقع الرمثا، وأصابتها إصابة مباشرة.")
    assert [e.trigger.text for e in events] == ["عمليات", "عملية"]
    operation = events[1]
    # the verb of the operation's own sentence joins the operation, not the tally
    assert {m.text for m in operation.mentions} >= {"استهدفت"}


def test_a_campaign_going_on_does_not_swallow_an_attack_told_as_one():
    events = _assaults("يواصل جيش الاحتلال عدوانه على قطاع غزة لليوم الثالث على التوالي. "
                       "وشن جيش الاحتلال غارة على تجمع للنازحين، ما أدى إلى استشهاد خمسة مواطنين.")
    assert len(events) == 2
    assert events[0].killed is None and events[1].killed is not None and events[1].killed.min == 5


def test_raids_on_a_camp_and_a_raid_told_again_stay_one_event():
    # the tally is told of a town or district: the indefinite "غارة" is that strike again
    events = _assaults("استشهد أربعة فلسطينيين في غارات إسرائيلية على منزل في مخيم النصيرات يوم الأحد. "
                       "وقال شهود إن غارة إسرائيلية دمرت المنزل بالكامل.")
    assert len(events) == 1
    assert events[0].killed is not None and events[0].killed.min == 4


def test_a_definite_noun_resumes_the_tally():
    events = _assaults("المقاومة الإسلامية في لبنان تنفذ عدة عمليات ضد مواقع جيش الاحتلال في شمال "
                       "فلسطين المحتلة اليوم الأحد. وأكدت المقاومة أن العمليات جاءت دعما لغزة.")
    assert len(events) == 1


@pytest.mark.parametrize("opener, expected", [("وأصيب", 1), ("ولاحقاً، أصيب", 2),
                                              ("وفي وقت سابق، أصيب", 2)])
def test_an_earlier_or_later_opener_tells_another_shooting(opener, expected):
    events = _assaults("أصيب شاب برصاص قوات الاحتلال قرب بلدة قريوت صباح اليوم. "
                       f"{opener} شاب برصاص قوات الاحتلال الحي.")
    assert len(events) == expected


def test_the_shelling_of_another_town_is_not_resumed():
    events = _assaults("قصفت المدفعية الإسرائيلية أطراف بلدة الخيام جنوبي لبنان يوم السبت. "
                       "وطال القصف بلدة ميس الجبل مساء الجمعة.")
    assert len(events) == 2
    assert {e.location.name for e in events if e.location} == {"Khiam", "Mais al-Jabal"}


def test_the_shelling_resumed_in_its_own_town_is_one_event():
    events = _assaults("قصفت المدفعية الإسرائيلية أطراف بلدة الخيام جنوبي لبنان يوم السبت. "
                       "وأدى القصف على البلدة إلى استشهاد مواطن.")
    assert len(events) == 1
    assert events[0].killed is not None and events[0].killed.min == 1
