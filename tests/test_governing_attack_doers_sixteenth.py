"""ASSAULT nouns telling how an attack named before them was done, sixteenth session:
"ارتكب الجيش مجزرة ... بقصف ..."، "... مجزرة إثر غارة ..."، "مجزرة ارتكبها الجيش جراء
قصف": the attack noun after ب or a circumstance word takes as doer the subject of the
support verb governing the massacre or operation noun before it.  A clause of its own in
between (فيما، بينما، أن) or a verb that is no support verb of attacks gives no doer.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize("text, trigger, doer", [
    ("ارتكب الجيش الإسرائيلي مجزرة في خان يونس بقصف منزل لعائلة نازحة.", "قصف", "الجيش الإسرائيلي"),
    ("ارتكبت قوات الاحتلال مجزرة جديدة في جباليا إثر غارة على مدرسة تؤوي نازحين.",
     "غارة", "قوات الاحتلال"),
    ("ارتكب جيش الاحتلال صباح اليوم مجزرة مروعة باستهداف سوق شعبي في دير البلح.",
     "استهداف", "جيش الاحتلال"),
    ("ارتكب الجيش الإسرائيلي مجزرة أخرى في المخيم إثر سلسلة غارات على الأحياء الشرقية.",
     "غارات", "الجيش الإسرائيلي"),
    ("أعلنت الوزارة سقوط عشرات الضحايا في مجزرة ارتكبها الجيش الإسرائيلي إثر استهداف مدرسة في المخيم.",
     "استهداف", "الجيش الإسرائيلي"),
])
def test_the_governing_verbs_subject_did_the_attack_that_tells_how(text, trigger, doer):
    e = event_on(text, "ASSAULT", trigger)
    assert doer in texts_of(e.actor)
    assert doer not in texts_of(e.recipient)


def test_a_comma_aside_between_the_massacre_and_the_circumstance_noun():
    e = event_on("ارتكبت القوات الإسرائيلية مجزرة جديدة، مساء أمس، في استهداف منزل في المدينة.",
                 "ASSAULT", "استهداف")
    assert texts_of(e.actor) == ["القوات الإسرائيلية"]


def test_the_doer_of_a_relative_massacre_is_no_longer_its_target():
    e = event_on("أعلنت الوزارة سقوط عشرات الضحايا في مجزرة ارتكبها الجيش الإسرائيلي إثر "
                 "استهداف مدرسة في المخيم.", "ASSAULT", "استهداف")
    assert "الجيش الإسرائيلي" not in texts_of(e.recipient)


@pytest.mark.parametrize("text, trigger, not_doer", [
    # a clause of its own between the massacre and the attack noun
    ("ارتكب الجيش الإسرائيلي مجزرة في رفح، بينما أصيب جنديان في هجوم على دورية قرب الحدود.",
     "هجوم", "الجيش الإسرائيلي"),
    # a verb that is no support verb of attacks
    ("شهدت المدينة مجزرة جديدة إثر قصف منزل لعائلة نازحة.", "قصف", "المدينة"),
])
def test_no_doer_across_a_clause_or_from_a_verb_that_does_not_govern(text, trigger, not_doer):
    e = event_on(text, "ASSAULT", trigger)
    assert not_doer not in texts_of(e.actor)
