"""Tenth session: participants, third round.

* after a raid noun, a party that bears no victim's sector (a minister, a head of
  government, named or by title) followed by a bare word is the one who raids; the word
  after it is the place raided, also when that place noun begins with ب (باحات، بلدة);
* a place, a people acted upon, or a party named only after a first noun ("اقتحام منزل
  الوزير") stays the one acted upon.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, texts_of

# ------------------------------------------------ the raider named after the raid noun


@pytest.mark.parametrize("text, raider, country", [
    (("واستنكرت الجامعة العربية اقتحام رئيس الحكومة الإسرائيلية بنيامين نتنياهو سهول "
      "الأغوار صباح الأحد."), "نتنياهو", "ISR"),
    (("وحذرت الرئاسة من تبعات اقتحام الوزير الإسرائيلي إيتمار بن غفير باحات "
      "المسجد الأقصى صباح اليوم."), "بن غفير", "ISR"),
])
def test_an_official_after_a_raid_noun_raids(text, raider, country):
    e = event_on(text, "COERCE", "اقتحام")
    assert any(raider in t for t in texts_of(e.actor)), texts_of(e.actor)
    assert countries_of(e.actor) == [country]
    # the one condemning or warning is not the raider, nor the raider its target
    assert not any(raider in t for t in texts_of(e.recipient))


def test_the_condemning_subject_is_no_raider():
    text = "واستنكرت الجامعة العربية اقتحام رئيس الحكومة الإسرائيلية بنيامين نتنياهو سهول الأغوار."
    e = event_on(text, "COERCE", "اقتحام")
    assert "EGY" not in countries_of(e.actor)
    assert not any("الجامعة" in t for t in texts_of(e.actor))


@pytest.mark.parametrize("text, target", [
    # the place is the genitive: raided, not raiding
    ("واقتحمت قوات الاحتلال مخيم جنين فجر اليوم.", "جنين"),
    # the official is named after a first noun: his home is raided
    ("وأدانت الحكومة الفلسطينية اقتحام منزل الوزير الفلسطيني في الخليل.", "الوزير"),
])
def test_a_raided_genitive_stays_the_target(text, target):
    e = event_on(text, "COERCE", "اقت")
    assert not any(target in t for t in texts_of(e.actor)), texts_of(e.actor)
