"""The author of a statement resumed in a relative clause, nineteenth session: "كلمة
الرئيس التي طالب فيها المجلس"، "تصريحات الوزير التي اتهم فيها الحكومة": the statement
noun's genitive made the statement, so it accuses or asks, and the participant after فيها
is the one accused or asked (the relative reading had the roles the other way round).
Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, events_of, texts_of


@pytest.mark.parametrize("text, event, trigger, author, other", [
    (("تناولت الصحف تصريحات وزير الخارجية الأردني أيمن الصفدي التي اتهم فيها إسرائيل "
      "بعرقلة المساعدات."), "ACCUSE", "اتهم", "أيمن الصفدي", "إسرائيل"),
    ("انتشرت كلمة الرئيس التركي رجب طيب أردوغان التي طالب فيها مجلس الأمن بالتحرك.",
     "REQUEST", "طالب", "رجب طيب أردوغان", "مجلس الأمن"),
    # the statement noun after its preposition
    ("اهتمت الصحف بخطاب الرئيس الأمريكي جو بايدن الذي دعا فيه إسرائيل إلى وقف الهجوم.",
     "REQUEST", "دعا", "جو بايدن", "إسرائيل"),
    ("أشادت الحركة ببيان وزارة الخارجية القطرية الذي دان فيه الاحتلال الإسرائيلي.",
     "ACCUSE", "دان", "وزارة الخارجية القطرية", "الاحتلال الإسرائيلي"),
])
def test_the_statements_author_speaks(text, event, trigger, author, other):
    e = event_on(text, event, trigger)
    assert author in texts_of(e.actor)
    assert other in texts_of(e.recipient)
    assert other not in texts_of(e.actor)


def test_a_place_resumed_by_fihi_has_no_author():
    # the participant before the relative is no statement's genitive: not made the accuser
    e = event_on("زار وزير الصحة الأردني المستشفى الذي اتهم فيه الأطباء إسرائيل بمنع الأدوية.",
                 "ACCUSE", "اتهم")
    assert "وزير الصحة الأردني" not in texts_of(e.actor)


@pytest.mark.parametrize("text, event, trigger, actor", [
    # the subject written after فيه: unchanged
    (("حضر الوزير الاجتماع الذي طالب فيه وزير الخارجية المصري الحكومة الإسرائيلية بوقف "
      "الحرب."), "REQUEST", "طالب", "وزير الخارجية المصري"),
    # an indefinite statement with its author as subject: unchanged
    ("نشرت وزارة الخارجية المصرية بيانا اتهمت فيه إسرائيل بعرقلة المفاوضات.", "ACCUSE",
     "اتهمت", "وزارة الخارجية المصرية"),
])
def test_other_readings_stay(text, event, trigger, actor):
    e = event_on(text, event, trigger)
    assert actor in texts_of(e.actor)


def test_the_main_clause_subject_is_no_party_of_the_statement():
    # the critic of the remarks is neither the claimant nor the one the claim is about
    text = ("انتقدت الحكومة اللبنانية تصريحات وزير الدفاع الإسرائيلي يوآف غالانت التي “ادعى” "
            "فيها أن حزب الله يخزن أسلحة في المطار.")
    claims = [e for e in events_of(text, "ACCUSE") if e.trigger.text == "ادعى"]
    assert all("الحكومة اللبنانية" not in texts_of(e.actor) + texts_of(e.recipient)
               for e in claims)
    criticism = event_on(text, "ACCUSE", "انتقدت")
    assert "يوآف غالانت" in texts_of(criticism.recipient)
