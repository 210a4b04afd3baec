"""Merging, fourteenth session: a region's event and a town's, a sentence told after another,
a claimed killing beside the clash it happened in.  Every sentence here was written for
these tests."""
from __future__ import annotations

import hadath
from hadath.events.merge import _within_reach
from hadath.pipeline import record_to_raw
from hadath.records import PlaceMention

# rules only: what is merged must not depend on the rescorer's scores
RULES_ONLY = hadath.default_pipeline(rescore=False)
DAY = "2024-05-02"


def _assaults(text: str):
    raw = record_to_raw({"id": "t", "text": "عنوان\n\n" + text, "published": DAY})
    return [e for e in RULES_ONLY.process(raw, published=DAY).events if e.event == "ASSAULT"]


def _place(name: str, precision: str, lat: float, lon: float) -> PlaceMention:
    return PlaceMention(0, 1, name, name, "PSE", lat, lon, precision)


# ---------------------------------------------------------------- a region and a town

def test_a_town_within_the_region_joins_the_regions_strike():
    text = ("قصفت المدفعية الإسرائيلية منازل في الضفة الغربية اليوم الخميس. "
            "وقتل ثلاثة فلسطينيين في مدينة نابلس اليوم الخميس.")
    events = _assaults(text)
    assert len(events) == 1, [(e.trigger.text, e.location) for e in events]
    assert events[0].killed is not None and events[0].killed.min == 3


def test_a_town_out_of_the_regions_reach_is_another_happening():
    text = ("قصفت المدفعية الإسرائيلية منازل في الضفة الغربية اليوم الخميس. "
            "وقتل ثلاثة فلسطينيين في مدينة غزة اليوم الخميس.")
    events = _assaults(text)
    assert len(events) == 2, [(e.trigger.text, e.location) for e in events]
    shelling = next(e for e in events if e.mode == "heavy-weapons")
    assert shelling.killed is None


def test_two_named_means_in_a_region_and_a_town_are_two_strikes():
    text = ("أعلن حزب الله اليوم الخميس قصف مستوطنة في شمال فلسطين المحتلة بصواريخ الكاتيوشا. "
            "وتحدثت وسائل إعلام عن حريق في مستوطنة كريات شمونة عقب استهدافها بطائرة مسيرة اليوم الخميس.")
    events = _assaults(text)
    assert len(events) == 2, [(e.trigger.text, e.mode, e.location) for e in events]
    assert {e.location.name for e in events} >= {"Kiryat Shmona"}


def test_a_resuming_noun_with_another_mode_still_joins_the_regions_strike():
    text = ("قصفت الطائرات الإسرائيلية مواقع في قطاع غزة اليوم الخميس. "
            "وفي مدينة رفح استشهد ثلاثة فلسطينيين في القصف اليوم الخميس.")
    events = _assaults(text)
    assert len(events) == 1, [(e.trigger.text, e.mode, e.location) for e in events]
    assert events[0].mode == "aerial"


def test_the_strike_of_a_region_and_a_killing_in_its_town_stay_one():
    text = ("قصفت الطائرات الإسرائيلية مواقع في قطاع غزة اليوم الخميس. "
            "وقتل ثلاثة فلسطينيين في رفح اليوم الخميس.")
    events = _assaults(text)
    assert len(events) == 1
    assert len(events[0].mentions) == 1


def test_reach_is_measured_from_the_regions_point():
    west_bank = _place("West Bank", "region", 31.95, 35.25)
    nablus = _place("Nablus", "city", 32.22, 35.26)
    gaza = _place("Gaza", "city", 31.5, 34.47)
    khan_yunis = _place("Khan Yunis", "city", 31.34, 34.31)
    assert _within_reach(west_bank, nablus) and _within_reach(nablus, west_bank)
    assert not _within_reach(west_bank, gaza)
    assert _within_reach(gaza, khan_yunis)            # two towns: no reach to measure


def test_a_governorate_has_no_reach_of_its_own():
    # governorates range from a few km to hundreds: no one bound fits them
    governorate = _place("Some Governorate", "admin1", 33.0, 42.0)
    far_town = _place("Far Town", "city", 34.5, 40.0)
    assert _within_reach(governorate, far_town)


def test_two_far_regions_of_one_country_are_out_of_reach():
    west_bank = _place("West Bank", "region", 31.95, 35.25)
    gaza_strip = _place("Gaza Strip", "region", 31.42, 34.36)
    south_gaza = _place("Southern Gaza Strip", "region", 31.31, 34.28)
    assert not _within_reach(west_bank, gaza_strip)
    assert _within_reach(gaza_strip, south_gaza)


def test_places_far_apart_in_one_sentence_do_not_part_one_statement():
    text = ("قالت الوزارة إن الجيش الإسرائيلي قتل 500 طالب من مدارس قطاع غزة والضفة الغربية "
            "وأصاب 900 آخرين خلال الحرب.")
    events = _assaults(text)
    assert len(events) == 1, [(e.trigger.text, e.location) for e in events]


# ---------------------------------------------------------------- told after another

def test_a_sentence_opened_by_after_that_tells_another_attack():
    text = ("أعلنت المقاومة اليوم الخميس أنها قصفت موقعا للجيش الإسرائيلي بالصواريخ. "
            "وبعد ذلك، استهدفت المقاومة تجمعا لجنود الاحتلال في الجليل بصلية صواريخ.")
    assert len(_assaults(text)) == 2


def test_after_it_opening_a_sentence_parts_a_killing_from_the_strike():
    text = ("قصفت الطائرات الإسرائيلية مواقع في قطاع غزة اليوم الخميس. "
            "وبعدها قتل ثلاثة فلسطينيين في رفح اليوم الخميس.")
    assert len(_assaults(text)) == 2


def test_without_the_time_word_the_second_mention_resumes_the_first():
    text = ("أعلنت المقاومة اليوم الخميس أنها قصفت موقعا للجيش الإسرائيلي بالصواريخ. "
            "واستهدفت المقاومة تجمعا لجنود الاحتلال بصلية صواريخ.")
    assert len(_assaults(text)) == 1


# ---------------------------------------------------------------- a claim beside a clash

def test_a_claimed_killing_amid_battles_stays_one_sided():
    text = "أكدت سرايا القدس قتل جنود إسرائيليين في عمليات جديدة في خان يونس، وسط معارك عنيفة في المدينة."
    killing = next(e for e in _assaults(text) if e.trigger.text == "قتل")
    assert not killing.mutual
    assert [m.country for m in killing.recipient] == ["ISR"]


def test_a_killing_in_a_clash_whose_sides_include_the_victims_is_the_clash():
    text = ("ذكرت كتائب القسام أن مقاتليها قتلوا جنديين إسرائيليين في رفح، خلال اشتباكات مع قوات "
            "الاحتلال في المدينة.")
    events = _assaults(text)
    assert len(events) == 1 and events[0].mutual


def test_a_death_with_no_attacker_in_battles_is_the_battle():
    text = "قتل ضابط إسرائيلي في معارك للجيش الإسرائيلي مع سرايا القدس في خان يونس."
    events = _assaults(text)
    assert len(events) == 1 and events[0].mutual


def test_one_side_firing_in_the_clash_is_the_clash():
    text = "اندلعت مواجهات بين الشبان وقوات الاحتلال التي أطلقت الرصاص في بلدة بيتا."
    events = _assaults(text)
    assert len(events) == 1 and events[0].mutual
