"""Speakers of statements: a present verb describing a document noun ("قرارا يطالب") speaks
for whoever issued the document (rule tag v+document); a name after a title subject is the
title's holder, not the object; a noun of quantity after a joined verb is its own subject,
so no earlier subject is carried to it."""
from __future__ import annotations

from conftest import events_of


def _one(text: str, event: str, trigger: str):
    return next(e for e in events_of(text, event) if e.trigger.text == trigger)


def test_the_issuer_of_an_indefinite_resolution_is_the_actor():
    e = _one("تبنى مجلس الأمن قرارا يطالب إسرائيل بوقف العمليات في رفح.", "REQUEST", "يطالب")
    assert [a.country for a in e.actor] == ["UNO"]
    assert [r.country for r in e.recipient] == ["ISR"]
    assert "v+document" in e.rule


def test_a_feminine_document_noun_takes_a_feminine_verb():
    e = _one("بعث الرئيس المصري رسالة تدعو حماس إلى قبول الهدنة.", "REQUEST", "تدعو")
    assert [a.country for a in e.actor] == ["EGY"]
    assert [r.country for r in e.recipient] == ["PSE"]


def test_a_statement_condemning_someone_is_the_issuers_accusation():
    e = _one("نشرت وزارة الخارجية القطرية بيانا يدين إسرائيل.", "ACCUSE", "يدين")
    assert [a.country for a in e.actor] == ["QAT"]
    assert [r.country for r in e.recipient] == ["ISR"]


def test_a_document_after_a_comma_aside_keeps_the_voting_body_as_issuer():
    text = "انتقدت الحكومة تصويت مجلس الأمن، الخميس، لصالح قرار يطالب إسرائيل بسحب قواتها."
    e = _one(text, "REQUEST", "يطالب")
    assert [a.country for a in e.actor] == ["UNO"]
    assert "ISR" in [r.country for r in e.recipient]


def test_the_genitive_before_a_relative_pronoun_issued_the_document():
    text = "أشادت الكويت ببيان الجامعة العربية، الذي يدعو مجلس الأمن إلى التحرك."
    e = _one(text, "REQUEST", "يدعو")
    assert [a.text for a in e.actor] == ["الجامعة العربية"]
    assert [r.text for r in e.recipient] == ["مجلس الأمن"]


def test_a_welcomed_document_has_no_issuer_named_before_it():
    e = _one("رحبت قطر ببيان يدعو إسرائيل إلى فتح المعابر.", "REQUEST", "يدعو")
    assert "QAT" not in [a.country for a in e.actor]
    assert [r.country for r in e.recipient] == ["ISR"]
    assert "unnamed-subject" in e.rule


def test_a_new_group_issuing_statements_is_not_the_earlier_subject():
    text = "نظمت نقابة الصحفيين المصريين وقفة، في حين أصدرت عدة جهات بيانات تستنكر قتل الصحفيين."
    e = _one(text, "ACCUSE", "تستنكر")
    assert e.actor == []


def test_a_name_after_a_title_subject_is_its_holder_not_the_object():
    # the recogniser knows the surname alone: the first name stands between title and name
    text = "دعا وزير الخارجية الأميركي توني بلينكن الحكومة الإسرائيلية إلى فتح المعابر."
    e = _one(text, "REQUEST", "دعا")
    assert [a.country for a in e.actor] == ["USA"]
    assert [r.text for r in e.recipient] == ["الحكومة الإسرائيلية"]


def test_a_full_name_of_another_country_after_a_title_stays_the_object():
    e = _one("حث الرئيس المصري نتنياهو على وقف الحرب.", "REQUEST", "حث")
    assert [a.country for a in e.actor] == ["EGY"]
    assert [r.country for r in e.recipient] == ["ISR"]


def test_a_quantity_noun_after_a_joined_verb_blocks_the_carried_subject():
    text = "أدانت قطر قصف المستشفى في غزة. وطالب معظم المتحدثين المجلس بالتحرك العاجل."
    e = _one(text, "REQUEST", "طالب")
    assert "+carried-subject" not in e.rule
    assert "QAT" not in [a.country for a in e.actor]


def test_a_quantity_noun_before_a_known_body_makes_the_body_the_object():
    text = "وطالب أغلبية المتحدثين مجلس الأمن بفرض وقف لإطلاق النار."
    e = _one(text, "REQUEST", "طالب")
    assert e.actor == []
    assert [r.country for r in e.recipient] == ["UNO"]
