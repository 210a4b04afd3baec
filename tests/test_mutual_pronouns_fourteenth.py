"""Two-sided fighting, fourteenth session, third round (hadath/events/mutual.py): a side
written by reference — an object pronoun on مع, a force with a possessive pronoun, a
demonstrative before a force — is the participant it points back to.  Sentences written
for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of

from hadath.events.mutual import _referred_sides, clash_sides, subject_over_aside
from hadath.events.structure import VOWELLED_WORD


def _clash(text: str):
    event = next(e for e in events_of(text, "ASSAULT") if e.mutual)
    return event, {a.text for a in event.actor}


@pytest.mark.parametrize("text, subject, resumed", [
    # مع with an object pronoun: a participant named before it, never the verb's subject
    ("شن الجيش حملة على البلدة، وتصدى مقاومون للجنود واشتبكوا معهم.", "مقاومون",
     {"للجنود", "الجيش"}),
    ("دخلت الشرطة الحي، فتصدى لها مسلحون واشتبكوا معها.", "مسلحون", {"الشرطة"}),
])
def test_an_object_pronoun_on_maa_is_the_one_it_resumes(text, subject, resumed):
    event, actors = _clash(text)
    assert subject in actors
    assert len(actors) == 2 and actors - {subject} <= resumed


@pytest.mark.parametrize("text, sides", [
    # a possessed force after مع: the armed body named before, not the clash's subject
    ("وسع الجيش عملياته في المدينة، بينما خاضت المقاومة اشتباكات عنيفة مع قواته.",
     {"المقاومة", "الجيش"}),
    # a possessed force as the first side of بين, the other joined by و
    ("نشرت سرايا القدس صورا من المعارك الجارية بين مقاتليها والجيش الإسرائيلي شرق المدينة.",
     {"سرايا القدس", "الجيش الإسرائيلي"}),
    ("وصل الجيش إلى المخيم واندلعت اشتباكات عنيفة بين قواته ومسلحين.",
     {"الجيش", "مسلحين"}),
])
def test_a_possessed_force_is_its_owner(text, sides):
    event, actors = _clash(text)
    assert actors == sides
    assert not event.recipient


def test_a_demonstrative_side_points_back_to_the_force_named_before():
    text = ("أصيب شاب برصاص قوات الاحتلال التي تواصل عملياتها في طوباس، وسط اشتباكات بين تلك "
            "القوات ومسلحين.")
    sides = [e for e in events_of(text, "ASSAULT") if e.mutual]
    assert sides
    assert any("قوات الاحتلال" in a.text for e in sides for a in e.actor)


def _markers(text: str):
    return [w for w in VOWELLED_WORD.finditer(text) if w.group() in ("بين", "مع")]


def test_a_side_written_with_a_name_is_no_reference():
    # "بين مسلحين والشرطة": no pronoun, no demonstrative: left to the ordinary reading
    text = "اندلعت اشتباكات بين مسلحين والشرطة."
    marker = _markers(text)[0]
    assert _referred_sides(text, [], marker, len(text), [], None) is None


def test_no_armed_body_before_leaves_the_pronoun_side_empty():
    # the only participant before the possessed force is a place: no side is invented
    text = "اندلعت في المدينة اشتباكات عنيفة مع قواته."
    assert clash_sides(text, [], text.index("اشتباكات"), text.index("اشتباكات") + 9,
                       len(text) - 1, []) == []


def test_a_civil_victim_before_is_no_side_of_a_pronoun():
    event, actors = _clash("أصيب مدنيون في المدينة حين اندلعت اشتباكات بين قواته ومسلحين.")
    assert "مدنيون" not in actors
    assert "مسلحين" in actors


@pytest.mark.parametrize("text, sides", [
    # the subject of a fight verb over a time aside (with a dash in it) before the clash noun
    ("خاضت سرايا القدس، ليل السبت - الأحد، اشتباكات ضد القوات الإسرائيلية قرب الحاجز.",
     {"سرايا القدس", "القوات الإسرائيلية"}),
])
def test_the_subject_of_a_fight_verb_over_an_aside_is_a_side(text, sides):
    event, actors = _clash(text)
    assert actors == sides


def test_a_verb_that_is_no_fight_verb_gives_no_side_over_an_aside():
    # "نشرت" reports: its subject over the aside is not a side of the clash
    text = "نشرت الصحيفة، مساء الأحد، اشتباكات مصورة."
    start = text.index("اشتباكات")
    assert subject_over_aside(text, [], start, 0) == []
