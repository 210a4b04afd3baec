"""A role noun fused with a country after a verb ("طالب روسيا") is that country for every
verb of the sentence, and a complementiser opens a clause whose participants are neither
subject nor object of the verb before it.  Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of

from hadath.events.arguments import anchor_after_verb
from hadath.records import ActorMention


def _texts(mentions) -> list[str]:
    return [m.text for m in mentions]


@pytest.mark.parametrize("sentence, event, recipient", [
    # the ACCUSE before the joined verb took "طالب روسيا" (students of Russia) whole
    ("شجب الرئيس الفرنسي الاعتداء وطالب روسيا بوقفه فورا.", "ACCUSE", "روسيا"),
    ("استنكر الرئيس الأردني القصف وطالب إسرائيل بالتهدئة.", "ACCUSE", "إسرائيل"),
])
def test_a_country_fused_with_a_later_verb_is_cut_from_it(sentence, event, recipient):
    e = events_of(sentence, event)[0]
    assert recipient in _texts(e.recipient)
    assert not any(m.text.startswith("طالب") for m in (*e.actor, *e.recipient))


def test_a_country_after_a_later_verb_is_not_the_subject_of_an_earlier_one():
    # the subject of the first verb is a noun no lexicon names a country for
    e = events_of("انتقد المسؤول القصف وطالب إسرائيل بالانسحاب.", "ACCUSE")[0]
    assert "ISR" not in [a.country for a in e.actor]


def test_anchor_after_verb_keeps_only_the_country():
    text = "وطالب روسيا بوقف الحرب"
    start = text.index("طالب")
    fused = ActorMention(start, start + len("طالب روسيا"), "طالب روسيا", "طالب (روسيا)", "RUS",
                         None, "RUS", "agent", "agent+country")
    anchor = anchor_after_verb(text, fused, start, start + len("طالب"))
    assert anchor is not None
    assert (anchor.text, anchor.country, anchor.kind) == ("روسيا", "RUS", "country")
    # a mention that does not reach beyond the verb is no fusion
    assert anchor_after_verb(text, fused, start, fused.end) is None


@pytest.mark.parametrize("sentence, event, embedded", [
    # a genitive deep in the reported clause is no participant of the verb of saying
    ("توعد الفصيل بأن أرواح الضحايا لن تضيع سدى.", "THREATEN", "الضحايا"),
    ("هدد التنظيم بأن صبر المقاتلين قد نفد.", "THREATEN", "المقاتلين"),
])
def test_a_participant_after_a_complementiser_is_neither_subject_nor_object(sentence, event,
                                                                            embedded):
    e = events_of(sentence, event)[0]
    assert embedded not in _texts(e.actor)
    assert embedded not in _texts(e.recipient)


@pytest.mark.parametrize("sentence, event, actor, recipient", [
    # a request or threat addresses the subject of the clause it opens
    ("دعت قطر إلى أن توقف إسرائيل عملياتها.", "REQUEST", "QAT", "ISR"),
    ("طالبت مصر بأن تنسحب إسرائيل من المعبر.", "REQUEST", "EGY", "ISR"),
])
def test_a_request_addresses_the_subject_of_its_clause(sentence, event, actor, recipient):
    e = events_of(sentence, event)[0]
    assert [a.country for a in e.actor] == [actor]
    assert [r.country for r in e.recipient] == [recipient]


def test_a_threat_names_no_embedded_subject_as_its_own_subject():
    e = events_of("هدد الحزب بأن إسرائيل ستدفع الثمن.", "THREATEN")[0]
    assert "ISR" not in [a.country for a in e.actor]
    assert "ISR" in [r.country for r in e.recipient]


def test_a_request_does_not_take_the_subject_of_a_later_verbs_clause():
    # "أن" belongs to مشيرا after the comma, not to the request
    e = events_of("طالب الرئيس المصري بوقف القتال، مشيرا إلى أن إسرائيل لن تنتصر.", "REQUEST")[0]
    assert "ISR" not in [r.country for r in e.recipient]


def test_an_accusation_addresses_the_subject_of_its_clause():
    e = events_of("زعمت إسرائيل أن إيران تسلح الجماعات في المنطقة.", "ACCUSE")[0]
    assert [a.country for a in e.actor] == ["ISR"]
    assert "IRN" in [r.country for r in e.recipient]


def test_a_vowelled_place_name_is_no_complementiser():
    # "عمّان" ends in the letters of "ان" after a shadda
    e = events_of("تظاهر مواطنون في عمّان ضد الحرب الإسرائيلية.", "PROTEST")[0]
    assert "ISR" in [r.country for r in e.recipient]
