"""Fourteenth session: ACCUSE parties, the accused read as the accuser (own sentences).

- A verb of accusing or blaming whose object stands right before its charge ("اتهم X
  بارتكاب"، "حمّل X المسؤولية") read verb-first with one participant: that participant is
  the object also when the verb resumes a statement ("تقريرا اتهمت فيه إسرائيل بـ"), when
  one plural subject in -ون stands before it ("يتهم ناشطون الحكومة بـ"), and when the
  participants read after it lie inside the charge ("بتمويل القصف الإسرائيلي")
  (`continuation.object_read_as_subject`).
- Slogans, chants and banners are documents: a present verb right after one speaks for
  the crowd that raised them (`resolution_nouns`, `statements._document_arguments`).
"""
from __future__ import annotations

import pytest
from conftest import events_of, texts_of


def _one(text: str, event_type: str = "ACCUSE"):
    [event] = events_of(text, event_type)
    return event


@pytest.mark.parametrize("text, accused", [
    ("نشرت المنظمة تقريرا مطولا أمس، اتهمت فيه إسرائيل بارتكاب جرائم حرب.", "إسرائيل"),
    ("وجه الجنرال المتقاعد رسالة مفتوحة إلى الحكومة، اتهم فيها الجيش الإسرائيلي بالتقصير.",
     "الجيش الإسرائيلي"),
    ("يتهم مقدسيون سلطات الاحتلال بتشجيع الفوضى في أحياء المدينة.", "سلطات الاحتلال"),
    ("اتهم ناشطون الحكومة البريطانية بالتواطؤ في الحرب.", "الحكومة البريطانية"),
    ("أطلق المحتجون صيحات تتهم الحكومة بتمويل القصف الإسرائيلي على غزة.", "الحكومة"),
])
def test_the_one_before_the_charge_is_the_accused(text: str, accused: str) -> None:
    event = _one(text)
    assert any(accused in t for t in texts_of(event.recipient))
    assert not any(accused in t for t in texts_of(event.actor))


def test_content_of_the_charge_is_no_party() -> None:
    event = _one("أطلق المحتجون صيحات تتهم الحكومة بتمويل القصف الإسرائيلي على غزة.")
    assert not any("الإسرائيلي" in t for t in texts_of(event.recipient))


@pytest.mark.parametrize("text, accuser, accused", [
    # two participants: subject and object as written
    ("اتهمت مصر رئيس الوزراء الإسرائيلي بتضليل الرأي العام.", "مصر", "رئيس الوزراء"),
    ("اتهمت منظمة العفو الدولية إسرائيل بتجويع المدنيين.", "منظمة العفو الدولية", "إسرائيل"),
    # the subject before the verb
    ("قالت الخارجية الروسية إن واشنطن تتهم موسكو بدعم الانفصاليين.", "واشنطن", "موسكو"),
])
def test_subject_and_object_named_stay(text: str, accuser: str, accused: str) -> None:
    event = _one(text)
    assert any(accuser in t for t in texts_of(event.actor))
    assert any(accused in t for t in texts_of(event.recipient))


def test_adjective_of_origin_after_a_plural_subject_stays_with_it() -> None:
    # "محللون إسرائيليون": the demonym agrees with the noun before it, it is no object of its
    # own (since the nineteenth session the analysts are an agent: the phrase is one party)
    events = events_of("اتهم محللون إسرائيليون بالتحريض على العنف.", "ACCUSE")
    assert not any(t.strip() == "إسرائيليون" for e in events for t in texts_of(e.recipient))


@pytest.mark.parametrize("text, crowd, accused", [
    ("ردد الطلاب المحتجون هتافات تتهم الحكومة بدعم الحرب.", "الطلاب", "الحكومة"),
    ("رفع الطلاب لافتات تندد بالحكومة الإسرائيلية.", "الطلاب", "الحكومة الإسرائيلية"),
])
def test_slogans_speak_for_the_crowd_that_raised_them(text: str, crowd: str,
                                                       accused: str) -> None:
    event = _one(text)
    assert event.rule.endswith("v+document")
    assert any(crowd in t for t in texts_of(event.actor))
    assert any(accused in t for t in texts_of(event.recipient))
    assert not any(accused in t for t in texts_of(event.actor))


def test_subject_joined_by_waw_before_the_object_stays_the_accuser() -> None:
    # "بارزون" is an adjective of the subject, not the charge: the subject goes on after و
    event = _one("يتهم مسؤولون إسرائيليون بارزون وعائلات الجنود رئيس الوزراء بنيامين نتنياهو "
                 "بتعطيل الصفقة.")
    assert any("مسؤولون" in t for t in texts_of(event.actor))
    assert not any("مسؤولون" in t for t in texts_of(event.recipient))
