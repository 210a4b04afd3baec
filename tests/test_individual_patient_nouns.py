"""People as the genitive of a noun of an act done by hand to a few (طعن، قنص، اعتقال،
توقيف): they are who was hit or held, even when they are soldiers or officers; a body in
that place, or an object after the genitive, still makes the genitive the agent.
Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of


def _texts(members) -> list[str]:
    return [m.text for m in members]


def _event_on(text: str, event: str, trigger: str):
    return next(e for e in events_of(text, event) if e.trigger.text.endswith(trigger))


def test_arrested_officer_is_the_recipient_not_the_actor():
    e = _event_on("أعلنت النيابة توقيف ضابط سابق في الشرطة بتهمة تلقي رشى.", "COERCE", "توقيف")
    assert all("ضابط" not in t for t in _texts(e.actor))
    assert any("ضابط" in t for t in _texts(e.recipient))


def test_arrested_soldiers_after_a_preposition_are_held():
    e = _event_on("تظاهر مئات المستوطنين أمام القاعدة رفضا لاعتقال جنود متهمين بضرب معتقل.",
                  "COERCE", "اعتقال")
    assert all("جنود" not in t for t in _texts(e.actor))
    assert any("جنود" in t for t in _texts(e.recipient))


def test_stabbed_officer_is_not_the_attacker():
    e = _event_on("وتحدثت وسائل إعلام عبرية عن عملية طعن ضابط إسرائيلي عند مدخل المستوطنة.",
                  "ASSAULT", "طعن")
    assert all("ضابط" not in t for t in _texts(e.actor))
    assert any("ضابط" in t for t in _texts(e.recipient))


def test_a_named_candidate_after_arrest_is_held():
    e = _event_on("ندد الحزب المعارض باعتقال المرشح الرئاسي في العاصمة.", "COERCE", "اعتقال")
    assert all("المرشح" not in t for t in _texts(e.actor))
    assert any("المرشح" in t for t in _texts(e.recipient))


def test_a_body_after_the_noun_still_acts():
    e = _event_on("وأكدت مصادر محلية اعتقال الشرطة ثلاثة شبان من الحي.", "COERCE", "اعتقال")
    assert any("الشرطة" in t for t in _texts(e.actor))


def test_a_number_joined_after_the_stabbed_officer_is_a_second_victim():
    e = _event_on("قال الناطق إن مقاتلا قام بطعن ضابط إسرائيلي و2 من الجنود قرب الحاجز.",
                  "ASSAULT", "طعن")
    assert all("ضابط" not in t for t in _texts(e.actor))
    assert any("ضابط" in t for t in _texts(e.recipient))
