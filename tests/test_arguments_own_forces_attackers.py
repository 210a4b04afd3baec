"""Attackers named only by a pronoun on their forces: the forces right after an attack word
("قصف مقاتليها مواقع"، "قنص أحد مقاتليها ضابطا"، "دمرت قواته مدرسة") carry it out for the
group the pronoun refers to; the forces before the verb ("أن مقاتليها اشتبكوا مع") make
the reporting group a side of the fighting. Sentences written for these tests."""
from __future__ import annotations

from conftest import countries_of, event_on


def _event_on(text: str, trigger: str):
    return event_on(text, "ASSAULT", trigger)


def test_forces_after_verbal_noun_attack_for_the_group_showing_it():
    e = _event_on("نشرت كتائب القسام مقطعا من قصف مقاتليها بقذائف الهاون مواقع الجيش "
                  "الإسرائيلي قرب الحدود.", "قصف")
    assert countries_of(e.actor) == ["PSE"]
    assert countries_of(e.recipient) == ["ISR"]


def test_one_of_the_forces_still_names_the_group():
    e = _event_on("نشرت كتائب القسام فيديو يوثق قنص أحد مقاتليها ضابطا إسرائيليا قرب رفح.",
                  "قنص")
    assert [a.text for a in e.actor] == ["كتائب القسام"]
    assert "ISR" in countries_of(e.recipient)


def test_forces_as_subject_of_a_later_verb_belong_to_the_first_subject():
    e = _event_on("واصل الجيش الإسرائيلي حصار مستشفى العودة، كما دمرت قواته مدرسة في "
                  "مخيم جباليا.", "دمرت")
    assert [a.text for a in e.actor] == ["الجيش الإسرائيلي"]
    assert "ISR" not in countries_of(e.recipient)


def test_casualty_noun_before_forces_keeps_them_victims():
    e = _event_on("أعلن الجيش الإسرائيلي مقتل أحد جنوده في اشتباك قرب الحدود.", "اشتباك")
    assert "ISR" not in countries_of(e.actor)
    assert "ISR" in countries_of(e.recipient)


def test_forces_with_no_target_after_them_are_not_read_as_attackers():
    e = _event_on("وقال متحدث باسم حركة حماس إن قصف عناصرها في مدينة رفح جريمة.", "قصف")
    assert all(a.text != "حركة حماس" for a in e.actor)
    assert "own-forces-agent" not in e.rule


def test_fighting_reported_through_own_forces_has_the_reporter_as_a_side():
    e = _event_on("قالت كتائب القسام إن مقاتليها اشتبكوا مع قوات الجيش الإسرائيلي في "
                  "مدينة نابلس.", "اشتبكوا")
    assert e.mutual
    assert sorted(countries_of(e.actor)) == ["ISR", "PSE"]


def test_who_stands_after_a_verb_of_fronted_forces_is_its_object():
    e = _event_on("أعلنت كتائب القسام أن مقاتليها هاجموا موقعا للقوات الإسرائيلية شرق "
                  "خان يونس.", "هاجموا")
    assert countries_of(e.actor) == ["PSE"]
    assert "ISR" in countries_of(e.recipient)


def test_reporter_of_a_clash_stays_out_without_own_forces():
    e = _event_on("أفادت مصادر محلية باندلاع اشتباكات بين الجيش اللبناني ومسلحين في "
                  "طرابلس.", "اشتباكات")
    assert all(a.text != "مصادر محلية" for a in e.actor)

