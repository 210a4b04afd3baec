"""Acts that did not happen: a resignation only demanded, a concession retracted, a signing
or a release put off (sentences written for these tests)."""
from __future__ import annotations

import pytest
from conftest import assert_event, assert_no_event, events_of


@pytest.mark.parametrize("sentence", [
    "خرج مئات الطلاب في العاصمة للمطالبة باستقالة وزير التعليم.",
    "دعت النقابات الوزير إلى الاستقالة فورا.",
    "وطالب النواب باعتذار رسمي من الحكومة عن تصريحات الوزير.",
])
def test_demanded_concession_is_hypothetical(sentence: str) -> None:
    assert all(e.hypothetical for e in events_of(sentence, "CONCEDE"))
    assert_no_event("CONCEDE", sentence)


@pytest.mark.parametrize("sentence", [
    "استقال وزير المالية من منصبه أمس بعد خلاف مع رئيس الحكومة.",
    "واعتذر رئيس البلدية رسميا عن الأخطاء التي وقعت خلال الاحتفال.",
])
def test_concession_made_stays(sentence: str) -> None:
    assert_event("CONCEDE", sentence)


@pytest.mark.parametrize("sentence", [
    "وقال مسؤول إن الحزب تراجع عن التنازلات التي قدمها في الجولة السابقة.",
    "وأكدت الوزارة أن الحكومة تراجعت عن تعهداتها للمزارعين.",
    "وعادت الدوريات إلى المواقع التي تراجعت عنها القوات الأسبوع الماضي.",
])
def test_retraction_is_no_concession(sentence: str) -> None:
    assert_no_event("CONCEDE", sentence)


@pytest.mark.parametrize("sentence, event", [
    ("أرجأت الحكومة توقيع الاتفاقية مع الشركة الأجنبية.", "AGREE"),
    ("قررت النقابة تأجيل الإضراب العام إلى الشهر المقبل.", "PROTEST"),
])
def test_put_off_act_is_hypothetical(sentence: str, event: str) -> None:
    assert all(e.hypothetical for e in events_of(sentence, event))


def test_verb_after_list_of_demands_stays_real() -> None:
    # a و-joined past verb with its own ending is no verbal noun in the list of demands
    sentence = ("تظاهر المئات أمام البرلمان للمطالبة بإطلاق سراح المعتقلين، "
                "واعتقلت الشرطة عشرة من المتظاهرين.")
    assert_event("COERCE", sentence)
    assert all(e.hypothetical for e in events_of(sentence, "RETREAT"))
