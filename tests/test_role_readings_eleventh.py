"""Parties put in the wrong role (eleventh session): a body right after a verb whose
vowelless spelling is also its passive, the object after a plural attack verb, a ground
vehicle after a noun of targeting or wrecking, and the ل-party after a statement noun.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded


@pytest.mark.parametrize("sentence, event, actor, recipient", [
    # a state or a force right after قتلت / اعتقلت is the verb's subject, not its victim
    ("قتلت روسيا في الهجوم عشرات المدنيين الأوكرانيين.", "ASSAULT", "RUS", "UKR"),
    ("اعتقلت الشرطة التركية في إسطنبول عشرات الصحفيين السوريين.", "COERCE", "TUR", "SYR"),
])
def test_body_after_hidden_passive_verb_is_its_subject(sentence, event, actor, recipient):
    actors, recipients = coded(sentence, event)
    assert actors == [actor]
    assert actor not in recipients
    assert recipient in recipients


def test_person_after_hidden_passive_verb_stays_the_victim():
    actors, recipients = coded("قتلت امرأة أفغانية في انفجار بالعاصمة كابل.", "ASSAULT")
    assert recipients == ["AFG"]


def test_group_after_plural_attack_verb_is_its_object():
    # "قتلوا جنودا": a verb before its own subject stays singular
    actors, recipients = coded(
        "قال المتحدث إن مقاتلي الجماعة قتلوا جنودا روسا ودمروا دبابات روسية قرب خاركيف.",
        "ASSAULT")
    assert "RUS" in recipients
    assert "RUS" not in actors


@pytest.mark.parametrize("sentence", [
    "بثت الجماعة مشاهد من استهداف مقاتليها دبابة روسية قرب المدينة.",
    "أعلنت الجماعة استهداف دبابة روسية بقذيفة مضادة للدروع شرق المدينة.",
])
def test_vehicle_after_targeting_noun_is_hit(sentence):
    actors, recipients = coded(sentence, "ASSAULT")
    assert recipients[:1] == ["RUS"]
    assert "RUS" not in actors


def test_vehicles_after_firing_noun_still_fire():
    actors, _ = coded("استشهد ثلاثة مدنيين في قصف الدبابات الإسرائيلية على الحي.", "ASSAULT")
    assert actors == ["ISR"]


@pytest.mark.parametrize("sentence, event, actor, recipient", [
    ("وجهت تركيا نداء استغاثة للأمم المتحدة بعد الزلزال.", "REQUEST", "TUR", "UNO"),
    ("تصاعدت حدة الانتقادات للحكومة المجرية بعد القرار.", "ACCUSE", None, "HUN"),
    ("نظم الطلاب في باريس وقفة رافضة للحكومة الفرنسية.", "REJECT", None, "FRA"),
])
def test_lam_party_after_statement_noun_is_addressed(sentence, event, actor, recipient):
    actors, recipients = coded(sentence, event)
    assert recipients == [recipient]
    if actor is not None:
        assert actors == [actor]
