"""Parties of statement and talks events (eleventh session): talks parties named after بين
further on, and the object of a verb that takes it before its complement.  Sentences
written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded, events_of


@pytest.mark.parametrize("sentence, parties", [
    # بين after the noun's topic and a place
    ("تعثرت محادثات التهدئة في قطاع غزة بين إسرائيل وحركة حماس مجددا.", {"ISR", "PSE"}),
    # بين after an adjective phrase ("هو الأول"), the announcer kept
    ("أعلن البيت الأبيض عن اتصال هاتفي هو الأول بين الرئيس الأميركي ورئيس الوزراء الهندي.",
     {"USA", "IND"}),
])
def test_talks_parties_after_between(sentence, parties):
    actors, recipients = coded(sentence, "CONSULT")
    assert set(actors) | set(recipients) == parties


@pytest.mark.parametrize("sentence", [
    # the two sides of a border are places, not parties of the talks
    "عقد الوفدان محادثات بشأن المعبر الواقع على الحدود بين مصر وقطاع غزة.",
    # a lone participant after بين names no two sides
    "تناول الاجتماع الأخير سبل التعاون بين البلدين.",
])
def test_no_talks_parties_from_places_or_duals(sentence):
    for e in events_of(sentence, "CONSULT"):
        assert "PSE" not in {m.country for m in e.actor + e.recipient}


@pytest.mark.parametrize("sentence, event, recipients", [
    # a joined verb with no subject of its own: the participant is accused, not accuser
    ("عقد الحزب مؤتمرا صحفيا في العاصمة، واتهم الحكومة الأردنية بالتقصير.", "ACCUSE", ["JOR"]),
    ("أصدرت الجمعية تقريرا مطولا، وحملت الحكومة العراقية المسؤولية عن تدهور الأوضاع.",
     "ACCUSE", ["IRQ"]),
    # a subjectless accusation (an unvowelled passive reading)
    ("اتهمت الولايات المتحدة بدعم الهجوم على القافلة.", "ACCUSE", ["USA"]),
])
def test_object_before_complement_is_recipient(sentence, event, recipients):
    actors, got = coded(sentence, event)
    assert got == recipients
    assert not set(actors) & set(recipients)


@pytest.mark.parametrize("sentence, actors, recipients", [
    # both named: the first is the subject as before
    ("اتهمت حركة حماس الاحتلال الإسرائيلي بارتكاب مجزرة جديدة.", ["PSE"], ["ISR"]),
    ("اتهم الرئيس الفرنسي روسيا بزعزعة الاستقرار.", ["FRA"], ["RUS"]),
])
def test_subject_and_object_named_unchanged(sentence, actors, recipients):
    assert coded(sentence, "ACCUSE") == (actors, recipients)


@pytest.mark.parametrize("sentence, event, actors", [
    # the subject's name in apposition between commas: the participant after it is the object
    ("واتهم رئيس الوزراء البريطاني، كير ستارمر، إيران بزعزعة الاستقرار.", "ACCUSE", "GBR"),
    # the group is the genitive of an unrecognised subject head ("مستشارو الرئيس")
    ("يحث مستشارو الرئيس الأميركي على التركيز على الاقتصاد.", "REQUEST", "USA"),
    # a plural demonym read into the name's group is the object, the name the subject
    ("وحث الرئيس التركي رجب طيب أردوغان الأتراك على التبرع.", "REQUEST", "TUR"),
])
def test_subject_kept_over_apposition_or_construct(sentence, event, actors):
    got_actors, _ = coded(sentence, event)
    assert actors in got_actors
