"""More swapped parties (fifteenth session): a building right after a raid, siege or attack
verb is its object, never its doer; a present verb right after a leaflet, statement or
decision noun describes that document, so the one ordered stands after the verb and whoever
issued the document carries the act out (sentences written for these tests)."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize("sentence, event, trigger, actor, recipient", [
    ("دخلت قوات الأمن القرية فجرا، كما اقتحمت مستشفى البلدة واعتقلت ممرضا.",
     "COERCE", "اقتحمت", "قوات الأمن", "مستشفى"),
    ("واصلت الشرطة حملتها في المدينة، واقتحمت مستشفيات الحي الشرقي.",
     "COERCE", "اقتحمت", "الشرطة", "مستشفيات"),
])
def test_building_after_the_verb_is_its_object(sentence, event, trigger, actor, recipient):
    e = event_on(sentence, event, trigger)
    assert actor in " ".join(texts_of(e.actor))
    assert not any(recipient in a for a in texts_of(e.actor))
    assert any(recipient in r for r in texts_of(e.recipient))


def test_building_is_never_the_doer_even_with_no_subject_found():
    e = event_on("صعدت القوات عملياتها أمس إذ حاصرت المستشفى الميداني لساعات.",
                 "COERCE", "حاصرت")
    assert not any("المستشفى" in a for a in texts_of(e.actor))
    assert any("المستشفى" in r for r in texts_of(e.recipient))


@pytest.mark.parametrize("sentence, event, trigger, actor", [
    # an office heads the building's name: the office's body stands for its holder
    ("اقتحم مدير مستشفى المدينة مكتب المحافظ صباح اليوم.", "COERCE", "اقتحم", "مستشفى"),
    # a body named right after the verb stays its subject
    ("اقتحمت قوات الاحتلال مستشفى في المدينة.", "COERCE", "اقتحمت", "قوات الاحتلال"),
])
def test_other_subjects_after_the_verb_stay(sentence, event, trigger, actor):
    e = event_on(sentence, event, trigger)
    assert any(actor in a for a in texts_of(e.actor))


@pytest.mark.parametrize("sentence, actor, ordered", [
    ("ألقت القوات المسلحة مناشير تأمر أهالي البلدة بإخلائها قبل المساء.", "القوات", "أهالي"),
    ("ونشر الجيش منشورات تأمر سكان الحي بإخلاء منازلهم.", "الجيش", "سكان"),
    ("أصدر الجيش بيانا يأمر السكان بإخلاء الأحياء الشرقية.", "الجيش", "السكان"),
])
def test_order_written_on_a_document_is_its_issuers(sentence, actor, ordered):
    e = event_on(sentence, "COERCE", "تأمر" if "تأمر" in sentence else "يأمر")
    assert any(actor in a for a in texts_of(e.actor))
    assert not any(ordered in a for a in texts_of(e.actor))
    assert any(ordered in r for r in texts_of(e.recipient))


@pytest.mark.parametrize("sentence, trigger", [
    # a court or a police force that orders, with no document before the verb
    ("أمرت المحكمة العليا بإخلاء المبنى خلال أسبوع.", "أمرت"),
    ("تأمر الشرطة المتظاهرين بإخلاء الساحة كل مساء.", "تأمر"),
])
def test_order_without_a_document_keeps_its_reading(sentence, trigger):
    e = event_on(sentence, "COERCE", trigger)
    assert not any(w in a for a in texts_of(e.actor) for w in ("المبنى", "المتظاهرين"))
