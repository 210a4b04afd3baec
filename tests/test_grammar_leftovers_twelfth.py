"""Twelfth session: grammar leftovers in the argument readings (own sentences).

A verb with an object pronoun shows its person before the pronoun and has its subject right
after it; a genitive inside a ب-phrase, or the owner of a body after ل, is no target or
subject of its own; who condemns or reports an act is neither its agent nor its victim."""
from __future__ import annotations

import pytest
from conftest import events_of

from hadath.events.arguments.word_shapes import verb_person


def _countries(mentions) -> set:
    return {m.country for m in mentions}


@pytest.mark.parametrize("verb, form, person", [
    ("حمّلته", "past", "fem"),
    ("وهددتهم", "past", "fem"),
    ("اتهمه", "past", "masc"),
    ("اتهموه", "past", "plural"),
    ("يتهمونه", "present", "plural"),
    ("تتهمه", "present", "fem"),
    ("وجه", "past", "masc"),          # the ه of the stem, no pronoun
    ("إصابتهم", "past", "masc"),      # a verbal noun read as a verb: its ت is the ة
])
def test_person_of_verb_with_object_pronoun(verb: str, form: str, person: str) -> None:
    assert verb_person(verb, form) == person


def test_genitive_in_prepositional_act_phrase_is_recipient() -> None:
    [praise] = events_of("أشاد بجهود الحكومة المصرية في التهدئة.", "SUPPORT")
    assert _countries(praise.recipient) == {"EGY"}
    assert "EGY" not in _countries(praise.actor)
    assert "prepositional-act-genitive" in praise.rule


def test_named_subject_before_prepositional_act_phrase_is_kept() -> None:
    [welcome] = events_of("رحبت الحكومة التركية بقرار المحكمة.", "SUPPORT")
    assert _countries(welcome.actor) == {"TUR"}


def test_owner_of_body_after_lam_is_subject() -> None:
    text = "ودان المكتب السياسي لحركة حماس، مساء اليوم، القصف الإسرائيلي على مدينة رفح."
    [condemn] = events_of(text, "ACCUSE")
    assert _countries(condemn.actor) == {"PSE"}
    assert "PSE" not in _countries(condemn.recipient)
    assert "lam-owner" in condemn.rule


def test_condemning_body_is_not_victim_of_arrest() -> None:
    text = "أدانت نقابة الصحفيين الفلسطينيين اعتقال الصحفي في الخليل."
    [arrest] = events_of(text, "COERCE")
    assert not any("نقابة" in m.text for m in arrest.actor + arrest.recipient)
    assert any("الصحفي" in m.text for m in arrest.recipient)


def test_reporting_press_is_no_party_of_the_blast() -> None:
    [blast] = events_of("أفادت وسائل إعلام إسرائيلية بوقوع انفجار قرب مدينة حيفا.", "ASSAULT")
    assert not any("إعلام" in m.text for m in blast.actor + blast.recipient)


def test_announcing_army_stays_agent_of_arrest() -> None:
    [arrest] = events_of("أعلن الجيش الإسرائيلي اعتقال عشرين شابا في نابلس.", "COERCE")
    assert _countries(arrest.actor) == {"ISR"}


def test_group_after_second_object_is_no_subject_of_pronoun_verb() -> None:
    text = "هاجمت حركة حماس الحكومة الإسرائيلية وحمّلتها مسؤولية مقتل الأسرى."
    [blame] = events_of(text, "ACCUSE")
    assert _countries(blame.actor) == {"PSE"}
    assert not any("الأسرى" in m.text for m in blame.actor)


def test_subject_right_after_pronoun_verb_is_kept() -> None:
    text = "ذكر الكاتب أن الشاعر الفلسطيني اعتقلته سلطات الاحتلال الإسرائيلي مرتين."
    [arrest] = events_of(text, "COERCE")
    assert _countries(arrest.actor) == {"ISR"}
    assert _countries(arrest.recipient) == {"PSE"}
