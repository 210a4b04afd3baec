"""Unwritten subjects: a feminine verb before a masculine noun takes it as its object, and
a joined verb opening its sentence continues the subject of an earlier sentence's verb of
the same gender (rule tag +carried-subject)."""
from __future__ import annotations

from conftest import events_of


def _one(text: str, event: str, trigger: str):
    return next(e for e in events_of(text, event) if e.trigger.text == trigger)


def test_a_masculine_noun_after_a_feminine_verb_is_its_object():
    text = ("استنكرت قطر قصف المدرسة في خان يونس. "
            "وطالبت مجلس الأمن باتخاذ موقف حازم.")
    e = _one(text, "REQUEST", "طالبت")
    assert [a.country for a in e.actor] == ["QAT"]
    assert "+carried-subject" in e.rule
    assert [r.text for r in e.recipient] == ["مجلس الأمن"]


def test_the_carried_actor_keeps_its_own_span_in_the_earlier_sentence():
    text = "استنكرت قطر قصف المدرسة في خان يونس. وطالبت مجلس الأمن باتخاذ موقف حازم."
    e = _one(text, "REQUEST", "طالبت")
    actor = e.actor[0]
    assert actor.text == "قطر" and actor.end - actor.start == len("قطر")
    assert actor.end <= e.sentence.start
    # offsets into the same text as the trigger's: the distance between them is the written one
    assert e.trigger.start - actor.start == text.index("طالبت") - text.index("قطر")


def test_a_verb_of_the_other_gender_does_not_carry_the_subject():
    text = "قال وزير الخارجية المصري إن المفاوضات مستمرة. وطالبت بوقف القتال فورا."
    e = _one(text, "REQUEST", "وطالبت") if any(
        x.trigger.text == "وطالبت" for x in events_of(text, "REQUEST")) else _one(text, "REQUEST", "طالبت")
    assert "+carried-subject" not in e.rule
    assert "EGY" not in [a.country for a in e.actor]


def test_a_paragraph_break_stops_the_carried_subject():
    text = "استنكرت قطر قصف المدرسة في خان يونس.\nوطالبت مجلس الأمن باتخاذ موقف حازم."
    e = _one(text, "REQUEST", "طالبت")
    assert "+carried-subject" not in e.rule
    assert "QAT" not in [a.country for a in e.actor]
