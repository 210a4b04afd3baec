"""Sixteenth session: addressees and targets of statements (own sentences).

A threat's recipient is read inside its threatened act (`statements.with_threatened_act_target`):
a three-letter verbal noun with its ب ("بشن") opens that act as a longer one does, while ب
carrying a pronoun ("بها") does not; and a preposition of place may reach its place over
direction words and one area noun before them ("في شمال"، "في مناطق بشمالي").
"""
from __future__ import annotations

import pytest
from conftest import events_of, texts_of


def _threat(text: str):
    [event] = events_of(text, "THREATEN")
    return event


@pytest.mark.parametrize("text, threatened", [
    # a short verbal noun opens the act; the place after a direction word
    ("هدد قائد الجيش الإسرائيلي بشن هجوم واسع في شمال غزة.", "غزة"),
    # an area noun and a direction word with its ب
    ("توعد وزير الدفاع الإسرائيلي بشن عملية في مناطق بجنوبي لبنان.", "لبنان"),
    # a direction adjective form before the place
    ("هددت إسرائيل بعملية برية في جنوبي سوريا.", "سوريا"),
    # the short verbal noun with the act's place after على
    ("هدد رئيس الوزراء الإسرائيلي بشن حرب على لبنان.", "لبنان"),
])
def test_the_place_beyond_directions_is_the_threatened(text: str, threatened: str) -> None:
    event = _threat(text)
    assert any(threatened in t for t in texts_of(event.recipient))
    assert not any(threatened in t for t in texts_of(event.actor))


@pytest.mark.parametrize("text, place", [
    # the direction names where the threatener stands, before the act: never read
    ("هدد قائد في شمال لبنان بالرد القاسي.", "لبنان"),
    # a place after the act's cause, beyond a direction word
    ("هدد الجيش الإسرائيلي بالرد بعد إطلاق صواريخ من جنوب لبنان.", "لبنان"),
    # a place after the act's condition, beyond a direction word
    ("هدد الجيش بالرد إذا أطلقت صواريخ من شمال سوريا.", "سوريا"),
])
def test_no_place_outside_the_threatened_act(text: str, place: str) -> None:
    event = _threat(text)
    assert not any(place in t for t in texts_of(event.recipient))


# A country or city written with ب is a place ("ببغداد": in Baghdad) unless it is the first
# ب-word after a verb of condemning, praising or welcoming and its subject: then it is that
# verb's object, the statement's recipient (`parties._place_reading`, word class
# preposition_object_stance_verbs).

@pytest.mark.parametrize("text, event_type, addressee", [
    ("نددت روسيا بالولايات المتحدة بعد الغارة الأخيرة.", "ACCUSE", "الولايات المتحدة"),
    ("أشاد وزير الخارجية الفلسطيني بالجزائر لموقفها الثابت.", "SUPPORT", "الجزائر"),
    ("ورحبت الحركة بإسبانيا والنرويج بعد قرار الاعتراف.", "SUPPORT", "إسبانيا"),
])
def test_a_place_after_a_stance_verb_with_its_preposition_is_its_object(
        text: str, event_type: str, addressee: str) -> None:
    [event] = events_of(text, event_type)
    assert any(addressee in t for t in texts_of(event.recipient))
    assert not any(addressee in t for t in texts_of(event.actor))


@pytest.mark.parametrize("text, event_type, place", [
    # another ب-phrase after the place is the object: the place is where it was said
    ("أشاد وزير الخارجية الإيراني ببغداد بموقف العراق من الحرب.", "SUPPORT", "بغداد"),
    # the object came first: the later place is a locative
    ("رحب رئيس الوزراء الأردني بالقرار الأممي ببيروت.", "SUPPORT", "بيروت"),
    # a comma aside between: the place is inside the aside
    ("ندد الرئيس المصري، في كلمة ألقاها بالقاهرة، بالعدوان.", "ACCUSE", "القاهرة"),
])
def test_a_place_of_utterance_stays_no_recipient(text: str, event_type: str, place: str) -> None:
    [event] = events_of(text, event_type)
    assert not any(place in t for t in texts_of(event.recipient))


def test_a_place_of_the_subject_before_an_aside_and_the_object_stays_no_recipient() -> None:
    # the place belongs to the subject; the object comes after the comma aside
    [event] = events_of("أشاد السكان بحلب، في أحاديث متفرقة مع الصحفيين، بصمود المدافعين.",
                        "SUPPORT")
    assert not any("حلب" in t for t in texts_of(event.recipient))
