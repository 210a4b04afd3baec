"""Places as parties (sixteenth session): what was hit, not its town.

* A verb carrying an object pronoun right after an indefinite building or vehicle noun is a
  relative clause on that noun: the noun is what was hit and the town after the verb only
  says where.
* A building noun in the dual, as an attack's object before the town, is what was hit.
* The place after a participle of coming and من is the attacker's side, never the one hit.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, texts_of

from hadath.events.party_places import _building_word, _dual_in, _origin_place
from hadath.records import ActorMention
from hadath.words import function_words, normalised


@pytest.mark.parametrize(("text", "trigger", "hit"), [
    ("انتشل المسعفون جثث ثلاثة مواطنين من سيارة استهدفتها مسيرة إسرائيلية في مدينة رفح.",
     "استهدفتها", "سيارة"),
    ("خرج الجرحى من تحت أنقاض بيت قصفته طائرات الاحتلال في مخيم جباليا فجرا.", "قصفته", "بيت"),
])
def test_the_noun_a_verb_pronoun_refers_to_is_what_was_hit(text, trigger, hit):
    e = event_on(text, "ASSAULT", trigger)
    assert texts_of(e.recipient) == [hit]
    assert countries_of(e.recipient) == ["PSE"]


def test_a_verb_pronoun_after_a_definite_noun_makes_no_antecedent():
    e = event_on("انتشل المسعفون جثثا من السيارة استهدفتها مسيرة إسرائيلية في مدينة رفح.", "ASSAULT",
                 "استهدفتها")
    assert not any(r.rule.endswith(":relative") for r in e.recipient), texts_of(e.recipient)


@pytest.mark.parametrize(("text", "trigger", "hit"), [
    ("قصفت قوات الاحتلال مدرستين في مخيم جباليا.", "قصفت", "مدرستين"),
    ("دمرت غارة إسرائيلية منزلين في بلدة بيت لاهيا مساء أمس.", "دمرت", "منزلين"),
])
def test_a_dual_building_noun_before_the_town_is_what_was_hit(text, trigger, hit):
    e = event_on(text, "ASSAULT", trigger)
    assert texts_of(e.recipient) == [hit]
    assert countries_of(e.recipient) == ["PSE"]


def test_dual_forms_of_building_nouns():
    buildings = normalised(function_words().acted_on_building_nouns)
    assert _building_word("مدرستين", buildings)
    assert _building_word("مسجدان", buildings)
    assert not _dual_in("مدرسه", buildings)
    assert not _dual_in("مبان", buildings)      # a plural, not a dual of a two-letter stem


def test_the_country_a_drone_came_from_is_not_hit():
    e = event_on("هاجمت مسيرة قادمة من لبنان مبنى في مدينة حيفا ليلا.", "ASSAULT", "هاجمت")
    assert "LBN" not in countries_of(e.recipient)
    assert countries_of(e.recipient) == ["ISR"]


@pytest.mark.parametrize(("text", "place", "origin"), [
    ("أسقطت الدفاعات صاروخا قادما من اليمن فوق إيلات.", "اليمن", True),
    ("اعترضت الدفاعات المسيرات القادمة من العراق.", "العراق", True),
    ("قصفت الطائرات بلدات في جنوب لبنان.", "لبنان", False),
])
def test_origin_place_reading(text, place, origin):
    start = text.index(place)
    mention = ActorMention(start, start + len(place), place, None, None, None, None, "country", "country")
    assert _origin_place(mention, text) is origin


@pytest.mark.parametrize(("text", "trigger", "people", "country"), [
    ("ارتكب جيش الاحتلال مجزرة مروعة في بلدة بيت لاهيا استشهد فيها أكثر من 40 مواطنا.", "مجزرة",
     "مواطنا", "PSE"),
    ("نفذ مسلحون هجوما في مدينة الخليل قتل خلاله جنديان إسرائيليان.", "هجوما", "جنديان إسرائيليان", "ISR"),
])
def test_people_counted_in_a_relative_clause_on_the_attack_are_its_recipients(text, trigger, people, country):
    e = event_on(text, "ASSAULT", trigger)
    assert texts_of(e.recipient) == [people]
    assert countries_of(e.recipient) == [country]


def test_a_town_with_no_one_counted_after_it_stays_the_recipient():
    e = event_on("ارتكب جيش الاحتلال مجزرة مروعة في بلدة بيت لاهيا فجر اليوم.", "ASSAULT", "مجزرة")
    assert texts_of(e.recipient) == ["بيت لاهيا"]
