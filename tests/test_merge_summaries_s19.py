"""Merging (hadath/events/merge.py): acts told by a plural noun ("غارات"، "مجازر") sum up many
acts; told in another sentence, one act set in a town or district other than theirs is an
event of its own, while a singular mention or the same place still makes one event."""
from __future__ import annotations

import pytest

from hadath.events.merge import _plural_act_noun
from hadath.pipeline import record_to_raw

HEADLINE = "عنوان الخبر\n\n"


def _assaults(pipe, text: str):
    res = pipe.process(record_to_raw({"id": "t", "text": HEADLINE + text}), published="2024-09-08")
    return sorted((e for e in res.events if e.event == "ASSAULT"), key=lambda e: e.trigger.start)


@pytest.mark.parametrize("word", ["غارات", "بالغارات", "المجازر", "وعملياتها", "اعتداءاته", "تظاهرات"])
def test_plural_act_nouns_sum_up(word):
    assert _plural_act_noun(word)


@pytest.mark.parametrize("word", ["غارة", "الغارة", "مجزرة", "قصف", "عمليتها", "تظاهرة"])
def test_singular_act_nouns_do_not(word):
    assert not _plural_act_noun(word)


def test_raids_on_the_strip_do_not_swallow_a_strike_on_a_camp(pipeline):
    events = _assaults(pipeline, "شنت الطائرات الإسرائيلية غارات على قطاع غزة يوم الأحد. وأفاد الدفاع "
                                 "المدني بانتشال ثلاثة شهداء إثر استهداف الطائرات الإسرائيلية شقة "
                                 "سكنية في مخيم النصيرات يوم الأحد.")
    assert len(events) == 2
    raids, strike = events
    assert raids.location is not None and raids.location.name == "Gaza Strip"
    assert raids.killed is None           # the toll is the strike's
    assert strike.location is not None and strike.location.name == "Nuseirat camp"
    assert strike.killed is not None and strike.killed.min == 3


def test_raids_and_a_strike_on_the_same_camp_are_one_event(pipeline):
    events = _assaults(pipeline, "نفذ الجيش الإسرائيلي غارات على مخيم جباليا يوم الأحد. وأفاد الدفاع "
                                 "المدني باستشهاد ثلاثة في قصف الجيش الإسرائيلي منزلا في مخيم جباليا "
                                 "يوم الأحد.")
    assert len(events) == 1
    assert events[0].killed is not None and events[0].killed.min == 3


@pytest.mark.parametrize("text", [
    # one raid on the Strip, told again with the camp it hit
    ("شنت الطائرات الإسرائيلية غارة على قطاع غزة يوم الأحد. وأفاد الدفاع المدني بانتشال ثلاثة شهداء "
     "إثر استهداف الطائرات الإسرائيلية شقة سكنية في مخيم النصيرات يوم الأحد."),
    # the raids told again of the Strip itself
    ("شنت الطائرات الإسرائيلية غارات على قطاع غزة يوم الأحد. وأفاد الدفاع المدني بانتشال ثلاثة شهداء "
     "إثر استهداف الطائرات الإسرائيلية شقة سكنية في قطاع غزة يوم الأحد."),
])
def test_a_singular_or_same_place_mention_still_merges(pipeline, text):
    assert len(_assaults(pipeline, text)) == 1


def test_a_toll_told_of_a_region_keeps_the_strike_that_caused_it(pipeline):
    events = _assaults(pipeline, "أعلنت الأمم المتحدة مقتل موظف لديها في جنوب لبنان يوم الأحد. وكان "
                                 "الموظف في سيارة أصابتها الغارة الإسرائيلية على بلدة الناقورة يوم الأحد.")
    assert len(events) == 2
    assert {e.location.name for e in events if e.location} == {"South Lebanon", "Naqoura"}
