"""Tenth session: acts referred to, and ACCUSE.

* an act named as the topic of a demanded investigation ("طالب بالتحقيق في منع ...") is
  not reported as having happened by that sentence: no COERCE or ASSAULT of its own;
* an accusatory predicate in a reported clause ("أن الحكومة هي من تعرقل ...") whose
  speaker is told only by a pronoun ("أنها صرحت مرارا أن ...") is still an ACCUSE against
  the clause's subject, its actor left to be found as for other speech acts.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no
from conftest import countries_of, event_on

# ------------------------------------------------ an act under a demanded investigation


@pytest.mark.parametrize("text", [
    ("وطالب زعيم المعارضة في البرلمان رئيس الحكومة المؤقتة بالتحقيق في منع وزير الداخلية "
     "الصحفيين من دخول البلدة."),
    ("وطالبت نقابة المحامين في المدينة النائب العام بالتحقيقات في منع الشرطة المحامين من "
     "زيارة موكليهم."),
])
def test_an_act_under_a_demanded_investigation_is_no_coerce(text):
    _assert_no("COERCE", text)


@pytest.mark.parametrize("text", [
    "ومنع وزير الداخلية الصحفيين من دخول البلدة أمس.",
    "واعتقلت الشرطة عشرات الطلاب في العاصمة الأسبوع الماضي.",
    # summoned for questioning after a raid: the raid is still reported
    "وسلمت المخابرات الإسرائيلية الشيخ استدعاء للتحقيق بعد اقتحام منزله في القدس.",
])
def test_a_reported_act_stays(text):
    _assert_has("COERCE", text)


# ------------------------------------------------ an accusation whose speaker is a pronoun


def test_a_reported_accusation_with_a_pronoun_speaker():
    text = ("ورغم أن الإدارة الأميركية تتوسط في المفاوضات، فإنها مع ذلك صرحت غير مرة أن "
            "إسرائيل هي من تعرقل التوصل إلى اتفاق.")
    event = event_on(text, "ACCUSE", "هي من تعرقل")
    assert countries_of(event.recipient) == ["ISR"]
    assert "unnamed-speaker" in event.rule


def test_a_named_speaker_stays_the_accuser():
    text = "وقال وزير الخارجية الإيراني إن إسرائيل هي من تعرقل التوصل إلى اتفاق."
    event = event_on(text, "ACCUSE", "هي من تعرقل")
    assert countries_of(event.actor) == ["IRN"]
    assert countries_of(event.recipient) == ["ISR"]


def test_a_predicate_with_no_verb_of_saying_is_no_accusation():
    _assert_no("ACCUSE", "إسرائيل هي من تعرقل التوصل إلى اتفاق منذ أشهر.")
