"""Twelfth session: an object pronoun whose antecedent is named in the sentence (own
sentences).

A verb of a person-object event with an object pronoun and no recipient read takes as
recipient the nearest participant before it in its sentence that agrees with the pronoun and
is not its own subject."""
from __future__ import annotations

import pytest
from conftest import events_of

from hadath.events.arguments.word_shapes import object_pronoun_person


def _countries(mentions) -> set:
    return {m.country for m in mentions}


@pytest.mark.parametrize("verb, person", [
    ("واتهمه", "masc"),
    ("اتهمتها", "fem"),
    ("هددهم", "plural"),
    ("تتهمه", "masc"),
    ("منعهما", None),       # the dual: two parties the groups do not show
    ("اتهم", None),         # the ه of the stem, no pronoun
    ("إصابته", None),       # a verbal noun read as a verb
    ("حكمت عليه", None),    # the pronoun is not on the verb
])
def test_person_of_object_pronoun(verb: str, person: str | None) -> None:
    assert object_pronoun_person(verb) == person


def test_masculine_pronoun_refers_to_earlier_object() -> None:
    text = "انتقد وزير الخارجية الأردني تصريحات الرئيس السوري أمس، واتهمه بتعطيل الحل."
    [accuse] = [e for e in events_of(text, "ACCUSE") if e.trigger.text == "اتهمه"]
    assert _countries(accuse.recipient) == {"SYR"}
    assert "pronoun-antecedent" in accuse.rule


def test_feminine_pronoun_refers_to_country() -> None:
    text = "جددت تركيا رفضها لسيطرة إسرائيل على المعبر، واتهمتها بعرقلة الهدنة."
    [accuse] = events_of(text, "ACCUSE")
    assert _countries(accuse.recipient) == {"ISR"}
    assert "ISR" not in _countries(accuse.actor)


def test_subject_is_not_its_own_antecedent() -> None:
    text = "وصل الرئيس الفرنسي إلى القاهرة واستقبله الرئيس المصري."
    for event in events_of(text, "CONSULT"):
        assert not (_countries(event.actor) & _countries(event.recipient))


def test_refusal_pronoun_is_left_to_its_proposal() -> None:
    text = "قدمت قطر مقترحا جديدا للهدنة لكن الحكومة الإسرائيلية رفضته."
    for event in events_of(text, "REJECT"):
        assert "pronoun-antecedent" not in event.rule
