"""Bodies named for a cause (sixteenth session): the head, its adjectives and the cause are
one organisation mention; an actor inside the cause is no party of its own.  Sentences
written for these tests."""
from __future__ import annotations

from hadath.recognize.actors import find_actors
from hadath.text.layer import analyze


def actors(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.country, a.sector) for a in find_actors(analyze(text))]


def texts(text: str) -> list[str]:
    return [a.text for a in find_actors(analyze(text))]


def test_a_forum_for_a_movement_is_one_body() -> None:
    found = texts("دعا الملتقى الشعبي لدعم المقاومة أنصاره إلى التجمع غدا.")
    assert "الملتقى الشعبي لدعم المقاومة" in found
    assert "المقاومة" not in found


def test_a_campaign_for_a_people_takes_the_people_with_its_adjective() -> None:
    found = texts("أطلقت الحملة الوطنية لنصرة الشعب السوري نداء للتبرع.")
    assert found[0] == "الحملة الوطنية لنصرة الشعب السوري"
    assert len(found) == 1


def test_a_movement_for_a_boycott_of_a_state_is_international() -> None:
    found = actors("قالت الحركة العالمية لمقاطعة إسرائيل إن المتاجر استجابت.")
    assert found[0] == ("الحركة العالمية لمقاطعة إسرائيل", "NGO", "SOC")
    assert all(a[0] != "إسرائيل" for a in found)


def test_a_cause_through_for_the_sake_of() -> None:
    found = texts("نظم التجمع الطلابي من أجل لبنان اعتصاما في الجامعة.")
    assert "التجمع الطلابي من أجل لبنان" in found
    assert "لبنان" not in found


def test_a_known_coalition_with_a_cause_is_another_body() -> None:
    found = actors("رحب التحالف الدولي لدعم اللاجئين بالقرار الجديد.")
    assert found[0] == ("التحالف الدولي لدعم اللاجئين", "NGO", "SOC")


def test_the_known_coalition_without_a_cause_stays_the_entry() -> None:
    found = actors("قصف التحالف الدولي مواقع للمسلحين شرق النهر.")
    assert found and found[0][0] == "التحالف الدولي" and found[0][2] == "MIL"


def test_a_known_committee_head_takes_a_movement_as_its_cause() -> None:
    found = texts("أعلنت اللجنة الشعبية لدعم حماس عن مهرجان خطابي.")
    assert "اللجنة الشعبية لدعم حماس" in found
    assert "حماس" not in found


def test_a_cause_head_without_an_adjective_is_no_body() -> None:
    # "الحركة" told of before and a purpose: the movement is the cause's party
    found = texts("دعت الحركة لدعم المقاومة بكل الوسائل.")
    assert "المقاومة" in found
    assert not any(t.startswith("الحركة") for t in found)


def test_a_cause_head_without_a_cause_is_no_body() -> None:
    found = actors("شنت الحملة العسكرية الجديدة غارات على القرى.")
    assert not any(a[0].startswith("الحملة") for a in found)


def test_an_indefinite_cause_head_is_no_body() -> None:
    found = texts("أطلق ناشطون حملة شعبية لدعم غزة.")
    assert not any(t.startswith("حملة") for t in found)


def test_a_union_with_a_place_adjective_keeps_its_entry_before_a_purpose() -> None:
    found = actors("يسعى الاتحاد الأوروبي لدعم أوكرانيا بالمال.")
    assert found[0][0] == "الاتحاد الأوروبي"
    assert ("أوكرانيا", "UKR", None) in found


def test_a_purpose_after_troops_is_no_name() -> None:
    found = texts("أرسلت الحكومة قوات لدعم الجيش في الشمال.")
    assert any(t == "الجيش" for t in found)
