"""REQUEST participants: a participant inside the action demanded is not the one who demands
it (sentences written for these tests)."""
from __future__ import annotations

import pytest
from conftest import coded

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
