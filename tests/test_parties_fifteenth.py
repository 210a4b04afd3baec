"""Wrong parties, fifteenth session: a body announcing the killing or arrest of its own
member ("اغتيال قائدها"، "اغتيال رئيس مكتبها"، "اغتيال أحد قادته") is the side acted upon,
not the attacker; an announced attack on someone else's people keeps the body as its
actor. Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize("text, event, trigger, speaker", [
    ("أعلنت حركة الجهاد الإسلامي اغتيال قائدها العسكري في مدينة طولكرم.",
     "ASSAULT", "اغتيال", "حركة الجهاد الإسلامي"),
    ("أعلنت حركة حماس اغتيال رئيس مكتبها السياسي في غارة على العاصمة اللبنانية.",
     "ASSAULT", "اغتيال", "حركة حماس"),
    ("أعلن حزب الله اغتيال أحد قادته الميدانيين في بلدة النبطية.",
     "ASSAULT", "اغتيال", "حزب الله"),
    ("أعلنت سرايا القدس اعتقال اثنين من مقاتليها في مدينة جنين.",
     "COERCE", "اعتقال", "سرايا القدس"),
    ("أعلنت كتائب القسام اغتيال قائد جناحها العسكري في مدينة نابلس.",
     "ASSAULT", "اغتيال", "كتائب القسام"),
])
def test_a_body_announcing_its_own_members_loss_is_acted_upon(text, event, trigger, speaker):
    e = event_on(text, event, trigger)
    assert speaker in texts_of(e.recipient)
    assert speaker not in texts_of(e.actor)


@pytest.mark.parametrize("text, trigger, speaker, victim", [
    ("أعلنت حركة حماس قتل جنديين إسرائيليين في مدينة خان يونس.",
     "قتل", "حركة حماس", "جنديين إسرائيليين"),
    ("أعلنت كتائب القسام اغتيال ضابط إسرائيلي كبير في مدينة رفح.",
     "اغتيال", "كتائب القسام", "ضابط إسرائيلي"),
])
def test_an_announced_attack_on_others_keeps_the_body_as_actor(text, trigger, speaker, victim):
    e = event_on(text, "ASSAULT", trigger)
    assert speaker in texts_of(e.actor)
    assert victim in texts_of(e.recipient)
    assert "+own-member" not in e.rule


def test_a_pronoun_of_the_other_gender_names_someone_elses_leader():
    # the masculine pronoun on قائده cannot go back to the feminine حركة
    e = event_on("أعلنت حركة فتح اعتقال قائده في مدينة الخليل.", "COERCE", "اعتقال")
    assert "+own-member" not in e.rule


def test_an_office_noun_of_another_body_is_no_own_member():
    e = event_on("أعلنت سرايا القدس استهداف قائد قوة إسرائيلية في مدينة جنين.",
                 "ASSAULT", "استهداف")
    assert "سرايا القدس" in texts_of(e.actor)
    assert "+own-member" not in e.rule


@pytest.mark.parametrize("text, wrong", [
    ("استشهد سبعة فلسطينيين بينهم أطفال في قصف استهدف منزلا في مخيم المغازي.", "أطفال"),
    ("وصل عشرات الجرحى إلى مستشفى العودة إثر قصف حي سكني شمال القطاع.", "الجرحى"),
])
def test_people_before_a_preposition_are_no_subject_of_the_verbal_noun(text, wrong):
    # "في قصف"، "إثر قصف": a verbal noun, not a verb with its subject before it
    e = event_on(text, "ASSAULT", "قصف")
    assert wrong not in texts_of(e.actor)


def test_a_force_before_the_preposition_keeps_the_agent_reading():
    e = event_on("واصل جيش الاحتلال في قصف أحياء مدينة غزة بالمدفعية.", "ASSAULT", "قصف")
    assert "جيش الاحتلال" in texts_of(e.actor)


def test_own_victims_before_a_verbal_noun_spelled_like_a_verb():
    e = event_on("أعلنت كتائب القسام استشهاد ثلاثة من مقاتليها في قصف على مدينة رفح.",
                 "ASSAULT", "قصف")
    assert "كتائب القسام" in texts_of(e.recipient)
    assert "كتائب القسام" not in texts_of(e.actor)


@pytest.mark.parametrize("text, event, trigger, doer", [
    ("بثت كتائب القسام مشاهد من استهداف مقاتليها دبابة إسرائيلية شرق مدينة رفح.",
     "ASSAULT", "استهداف", "كتائب القسام"),
    ("أعلنت سرايا القدس أن مقاتليها قصفوا مستوطنة سديروت برشقة صاروخية.",
     "ASSAULT", "قصفوا", "سرايا القدس"),
])
def test_forces_with_a_pronoun_doing_the_attack_are_no_own_victims(text, event, trigger, doer):
    e = event_on(text, event, trigger)
    assert "+own-member" not in e.rule
    assert doer not in texts_of(e.recipient)


def test_the_facilities_of_a_place_are_no_member():
    # "مرافقه" (its facilities) spelled like an escort noun with a pronoun
    e = event_on("اقتحم جيش الاحتلال المستشفى وأحرق مرافقه قبل انسحابه.", "ASSAULT", "أحرق")
    assert "+own-member" not in e.rule
