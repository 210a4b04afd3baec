"""REQUEST participants: a participant inside the action demanded is not the one who demands
it (sentences written for these tests)."""
from __future__ import annotations

import pytest
from conftest import coded, events_of

from hadath.events.arguments.demands import _demanded_verbal_noun


@pytest.mark.parametrize("sentence, actors, recipients", [
    # a noun of necessity names no demander: the genitive of the action after it is who
    # the demand concerns, the demander is the subject before it
    ("وأكد الوزير التركي على ضرورة انسحاب القوات الإسرائيلية من المدينة.", ["TUR"], ["ISR"]),
    ("وشدد الرئيس المصري على ضرورة محاكمة قادة الجيش الإسرائيلي.", ["EGY"], ["ISR"]),
    # a verbal noun with ب after the noun of demand: its genitive is no demander
    ("وجددت قطر المطالبة بطرد سفراء إسرائيل من العواصم الأوروبية.", ["QAT"], ["ISR"]),
])
def test_participant_inside_demanded_action(sentence, actors, recipients):
    assert coded(sentence, "REQUEST") == (actors, recipients)


@pytest.mark.parametrize("sentence, actors", [
    # the demander right after the noun stays its agent, also over a title
    ("وجاءت مطالبة الرئيس الفرنسي بوقف إطلاق النار بعد اللقاء.", ["FRA"]),
    ("ورحبت الوزارة بدعوة قطر إلى اجتماع عاجل.", ["QAT"]),
])
def test_agent_after_noun_of_demand_kept(sentence, actors):
    assert coded(sentence, "REQUEST")[0] == actors


@pytest.mark.parametrize("word, expected", [
    ("بطرد", True), ("وبمحاكمة", True), ("لنصرة", True),
    ("بها", False), ("لدى", False), ("للجيش", False),
])
def test_demanded_verbal_noun(word, expected):
    assert _demanded_verbal_noun(word) is expected


@pytest.mark.parametrize("sentence, actors", [
    # the complement opens right after a name in apposition to the subject: a people or
    # civilians after "solidarity with" are what the call is about, not whom it is made to
    ("دعا الرئيس الفرنسي، إيمانويل ماكرون، إلى التضامن مع الشعب الأوكراني.", ["FRA", "FRA"]),
    ("طالب المستشار الألماني، أولاف شولتس، بوقف الهجمات على المدنيين السودانيين.",
     ["DEU", "DEU"]),
])
def test_complement_after_subject_apposition_is_content(sentence, actors):
    assert coded(sentence, "REQUEST") == (actors, [])


def test_addressee_between_apposition_and_complement_stays():
    assert coded("دعا الرئيس الفرنسي، إيمانويل ماكرون، الحكومة الألمانية إلى التضامن مع الشعب"
                 " الأوكراني.", "REQUEST") == (["FRA", "FRA"], ["DEU"])


@pytest.mark.parametrize("sentence, recipients", [
    # civilians the demanded action reaches (after على) are no addressee
    ("طالب الوزير التشيلي بوقف العدوان على المواطنين اللبنانيين.", []),
    ("دعا الوزير التشيلي إلى وقف الاعتداءات على المدنيين السوريين.", []),
    # the government asked, before the complement, still is
    ("طالب الوزير التشيلي الحكومة الإسرائيلية بوقف العدوان على الشعب اللبناني.", ["ISR"]),
])
def test_people_reached_by_demanded_action(sentence, recipients):
    assert coded(sentence, "REQUEST") == (["CHL"], recipients)


def test_people_right_after_the_openers_ila_is_still_addressed():
    e = events_of("وختم الوزير التشيلي كلمته بدعوة وجهها إلى الشعب البوليفي لتوحيد الصفوف.",
                  "REQUEST")[0]
    assert "BOL" in [r.country for r in e.recipient]
