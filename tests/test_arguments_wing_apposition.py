"""An armed wing named with the movement it belongs to ("سرايا X، الجناح العسكري لحركة Y"):
the movement only describes the wing, so it is neither the target of the wing's act nor
an author in the wing's place.  Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of


def _texts(members) -> list[str]:
    return [m.text for m in members]


def _assault_on(text: str, trigger: str):
    return next(e for e in events_of(text, "ASSAULT") if e.trigger.text.startswith(trigger))


def test_parent_after_comma_apposition_is_not_the_target():
    e = _assault_on("قصف مقاتلو سرايا القدس، الذراع العسكرية لحركة الجهاد الإسلامي، أمس ثكنة "
                    "للجيش الإسرائيلي قرب دير البلح.", "قصف")
    assert [m.country for m in e.actor] == ["PSE"]
    assert all("الجهاد" not in t for t in _texts(e.recipient))
    assert [m.country for m in e.recipient] == ["ISR"]


def test_parent_between_dashes_is_not_the_target():
    e = _assault_on("استهدفت كتائب القسام -الجناح العسكري لحركة حماس- آليات إسرائيلية "
                    "شرق بيت حانون.", "استهدف")
    assert _texts(e.actor) == ["كتائب القسام"]
    assert all("حماس" not in t for t in _texts(e.recipient))


def test_wing_not_its_parent_authors_the_shown_attack():
    e = _assault_on("نشرت كتائب القسام الجناح العسكري لحركة حماس صورا لاستهداف دبابة "
                    "إسرائيلية شرق رفح.", "استهداف")
    assert _texts(e.actor) == ["كتائب القسام"]


def test_bracketed_short_name_of_the_parent_does_not_break_a_clash_pair():
    e = _assault_on("تدور معارك بين كتائب القسام -الذراع المسلحة لحركة المقاومة الإسلامية "
                    "(حماس)- وجيش الاحتلال في حي الشجاعية.", "معارك")
    sides = _texts(e.actor) + _texts(e.recipient)
    assert "كتائب القسام" in sides
    assert any("جيش الاحتلال" in t for t in sides)
    assert all("حماس" not in t and "المقاومة الإسلامية" not in t for t in sides)


def test_clash_sides_after_an_apposition_closed_by_a_comma():
    e = _assault_on("دارت اشتباكات بين كتائب القسام، الذراع العسكرية لحركة المقاومة الإسلامية "
                    "(حماس)، وقوات الاحتلال في حي الزيتون.", "اشتباك")
    sides = _texts(e.actor) + _texts(e.recipient)
    assert "كتائب القسام" in sides
    assert any("قوات الاحتلال" in t for t in sides)
