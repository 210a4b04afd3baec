"""Participants of statement events (REQUEST, ACCUSE, THREATEN): what a demand bears on is
not the one asked, a titled person after a definite noun of people is the verb's object,
and who draws or faces criticism or a threat is its recipient (sentences written for these
tests)."""
from __future__ import annotations

import pytest
from conftest import coded


@pytest.mark.parametrize("sentence, actors", [
    # a participant with its own ب or ل past the complement's first word
    ("طالبت اليونان بمزيد من الدعم الأوروبي لأوكرانيا.", ["GRC"]),
    ("طالبت كل من قطر والأردن بمزيد من الاعتراف الدولي بالدولة الفلسطينية.", ["QAT", "JOR"]),
    # the setting of the content after بين / وسط
    ("دعت النقابات البلجيكية إلى الحوار بين الحكومة الفرنسية والمعارضة.", ["BEL"]),
])
def test_demand_content_is_no_recipient(sentence, actors):
    assert coded(sentence, "REQUEST") == (actors, [])


@pytest.mark.parametrize("sentence, recipients", [
    # the addressee before the complement stays
    ("طالبت اليونان تركيا بمزيد من الدعم لأوكرانيا.", ["TUR"]),
    # the one a coercive demand is aimed at, right after the opener's verbal noun, stays
    ("طالب الرئيس الفرنسي بمعاقبة روسيا.", ["RUS"]),
])
def test_demand_addressee_or_target_kept(sentence, recipients):
    assert coded(sentence, "REQUEST")[1] == recipients


def test_titled_person_after_definite_people_noun_is_the_object():
    sentence = "طالبت عائلات الرهائن الأميركيين رئيس الوزراء الإسرائيلي بنيامين نتنياهو بإبرام صفقة."
    assert coded(sentence, "REQUEST") == (["USA"], ["ISR"])


def test_titled_person_after_bare_noun_stays_its_genitive():
    # "عائلة رئيس الوزراء": the family of the prime minister is the one accused
    sentence = "اتهمت صحيفة فرنسية عائلة رئيس الوزراء الإسرائيلي بنيامين نتنياهو بالفساد."
    assert coded(sentence, "ACCUSE") == (["FRA"], ["ISR"])


@pytest.mark.parametrize("sentence, event, actors, recipients", [
    ("واجهت الحكومة الفرنسية انتقادات حادة بسبب قانون الهجرة.", "ACCUSE", [], ["FRA"]),
    ("أثار خطاب الرئيس البرازيلي انتقادات واسعة.", "ACCUSE", [], ["BRA"]),
    # the source after من is the actor
    ("تلقى الصحفي تهديدات من الجيش الإسرائيلي.", "THREATEN", ["ISR"], []),
])
def test_drawn_statement_names_its_recipient(sentence, event, actors, recipients):
    assert coded(sentence, event) == (actors, recipients)


@pytest.mark.parametrize("sentence, event, actors, recipients", [
    # the definite noun right after أثار is its subject, not what it draws
    ("أثار الوعيد الذي أطلقه الرئيس الروسي ضد أوكرانيا ردود فعل غاضبة.", "THREATEN",
     ["RUS"], ["UKR"]),
    # a verb of addressing, not of drawing
    ("وجهت الحكومة الفرنسية انتقادات حادة إلى إسرائيل.", "ACCUSE", ["FRA"], ["ISR"]),
])
def test_not_drawn(sentence, event, actors, recipients):
    assert coded(sentence, event) == (actors, recipients)
