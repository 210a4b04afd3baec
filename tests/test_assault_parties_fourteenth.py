"""ASSAULT parties, fourteenth session: officers, leaders and members with a possessive
pronoun ("ضباطه"، "قادتها"، "عسكرييه") are a reporting speaker's own victims like its
soldiers are, also when a town was read as the recipient; "صوب" marks an attack's target
like "باتجاه" and "نحو". Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, texts_of


@pytest.mark.parametrize("text, trigger, speaker", [
    ("أعلن الجيش الإسرائيلي مقتل 4 من ضباطه وإصابة 20 آخرين في معارك شمال القطاع.",
     "معارك", "الجيش الإسرائيلي"),
    ("أعلنت كتائب القسام استشهاد ثلاثة من قادتها في غارة إسرائيلية على مدينة نابلس.",
     "غارة", "كتائب القسام"),
    ("أقر جيش الاحتلال بإصابة 9 من عسكرييه في اشتباكات بمدينة خان يونس.",
     "اشتباكات", "جيش الاحتلال"),
])
def test_possessed_officers_and_leaders_are_the_speakers_victims(text, trigger, speaker):
    e = event_on(text, "ASSAULT", trigger)
    assert speaker in texts_of(e.recipient)
    assert speaker not in texts_of(e.actor)


def test_own_victims_replace_a_town_read_as_the_recipient():
    e = event_on("أعلنت سرايا القدس استشهاد ثلاثة من كوادرها فجر اليوم في غارة نفذتها طائرة "
                 "إسرائيلية على مخيم طولكرم.", "ASSAULT", "غارة")
    assert texts_of(e.recipient) == ["سرايا القدس"]
    assert "ISR" in countries_of(e.actor)


def test_officers_of_another_party_are_not_the_speakers():
    # no pronoun: the leaders belong to the party named after them
    e = event_on("أعلن الجيش الإسرائيلي مقتل 4 من قادة الحركة في غارة على مدينة رفح.",
                 "ASSAULT", "غارة")
    assert "الجيش الإسرائيلي" not in texts_of(e.recipient)
    assert "+own-victims" not in e.rule


def test_an_announced_strike_without_own_victims_keeps_its_target():
    e = event_on("أعلن الجيش الإسرائيلي قصف مواقع للحركة في بلدة بيت لاهيا.", "ASSAULT", "قصف")
    assert "الجيش الإسرائيلي" in texts_of(e.actor)
    assert "+own-victims" not in e.rule


@pytest.mark.parametrize("text, victim", [
    ("وثقت عدسة المصور إطلاق الجنود الإسرائيليين النار صوب عدد من الصيادين قرب الشاطئ.",
     "الصيادين"),
    ("أطلق المستوطنون النار صوب مزارعين فلسطينيين في بلدة ترمسعيا.", "مزارعين فلسطينيين"),
])
def test_sawb_marks_the_target_of_fire(text, victim):
    e = event_on(text, "ASSAULT", "النار")
    assert victim in texts_of(e.recipient)
    assert victim not in texts_of(e.actor)
    assert "PSE" in countries_of(e.recipient)


def test_sawb_and_bittijah_read_alike():
    def parties(word):
        e = event_on(f"أطلق حزب الله صواريخ {word} مستوطنة كريات شمونة.", "ASSAULT", "صواريخ")
        return texts_of(e.actor), texts_of(e.recipient)
    assert parties("صوب") == parties("باتجاه")
    assert "حزب الله" in parties("صوب")[0]
