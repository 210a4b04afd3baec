"""People the knowledge base does not know, introduced after a title between commas
(hadath/recognize/introduced.py).  The names are made up."""
from __future__ import annotations

import pytest
from conftest import coded

from hadath.recognize.actors import find_actors
from hadath.recognize.introduced import RULE
from hadath.text.layer import analyze

DAY = "2024-06-12"


def introduced(text: str) -> list[tuple[str, str | None]]:
    layer = analyze(text)
    found = find_actors(layer, date=DAY)
    for a in found:
        assert layer.text[a.start:a.end] == a.text
    return [(a.text, a.country) for a in found if a.rule == RULE]


def test_name_in_apposition_and_its_later_surname_take_the_titles_country():
    text = ("قال وزير الزراعة الكيني، داوودي موانغيكا، إن المحصول تراجع. "
            "وأضاف موانغيكا أن الحكومة ستدعم المزارعين.")
    assert introduced(text) == [("داوودي موانغيكا", "KEN"), ("موانغيكا", "KEN")]


def test_later_full_name_and_surname_with_a_proclitic_are_found():
    text = ("أعلن وزير الخارجية البرازيلي، فرناندو ألميدور، دعم المبادرة. "
            "ورحب فرناندو ألميدور بالقرار، ولألميدور رأي آخر في التوقيت.")
    assert introduced(text) == [("فرناندو ألميدور", "BRA"), ("فرناندو ألميدور", "BRA"),
                                ("ألميدور", "BRA")]


@pytest.mark.parametrize("text", [
    # no commas around the name: a verb could stand where the name stands
    "قال وزير الزراعة الكيني داوودي موانغيكا إن المحصول تراجع. وأضاف موانغيكا أن",
    # a time phrase, a source phrase, a vowelled word in the commas: no name
    "أعلن وزير الداخلية الكيني، صباح أمس، حظر التجول في المدينة.",
    "أكدت وزيرة الصحة الكينية، في بيان، تسجيل إصابات جديدة.",
    "قال وزير الدفاع الكيني، أسبوعاً بعد الهجوم، إن القوات انسحبت.",
    # the title has no country: whose official it is stays unknown
    "قال المتحدث باسم الحملة، داوودي موانغيكا، إن النتائج مشجعة.",
])
def test_no_introduction(text):
    assert introduced(text) == []


def test_short_surname_is_not_searched_alone():
    text = "قال رئيس الوزراء الكيني، سامي عمر، إن الحكومة مستقرة. ودعا عمر إلى الهدوء."
    assert introduced(text) == [("سامي عمر", "KEN")]


def test_known_person_is_left_to_the_knowledge_base():
    text = "قال وزير الخارجية الأميركي، أنتوني بلينكن، إن المحادثات مستمرة."
    assert introduced(text) == []
    assert ("أنتوني بلينكن", "USA") in [(a.text, a.country) for a in find_actors(analyze(text), date=DAY)]


def test_introduced_surname_is_the_subject_not_skipped_for_the_object():
    text = ("قال وزير العدل الكيني، ماريو واثيغو، إن التحقيق مستمر. "
            "واتهم واثيغو إثيوبيا بإيواء المطلوبين.")
    assert coded(text, "ACCUSE", DAY) == (["KEN"], ["ETH"])
