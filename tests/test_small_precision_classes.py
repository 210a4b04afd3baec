"""Ninth session: small precision classes.

* "ودعت" unvowelled is either و + دعت (called: REQUEST) or ودّعت (bade farewell): the call
  names what it asks for (إلى، أن، a verbal noun with ل), the farewell only whom;
* a COERCE past form after an impersonal auxiliary, a decision noun or بعد (تم منع، قرار
  منع، بعد منعهم) is the verbal noun: the noun after it is its object or its agent, never
  a subject.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no
from conftest import event_on, texts_of

from hadath.events.lexicon import default_trigger_matcher
from hadath.text.layer import analyze

# ---------------------------------------------------------------- ودعت: a farewell, not a call


@pytest.mark.parametrize("text", [
    "ودعت العائلة ابنها الشهيد في جنازة مهيبة شارك فيها المئات.",
    "ودعت الأم طفليها قبل أن يوارى جثمانهما الثرى في مقبرة البلدة.",
    "كتب الشاعر في قصيدته ما ودعتكم يا رفاق الدرب.",
    "ودعوا رفيقهم في موكب صامت جاب شوارع القرية.",
])
def test_a_farewell_is_no_request(text):
    _assert_no("REQUEST", text)


@pytest.mark.parametrize("text", [
    "ودعت الحكومة المواطنين إلى التزام الهدوء وعدم الخروج من منازلهم.",
    "ودعت الوزارة لفتح تحقيق عاجل في ملابسات الحادث.",
    "ودعوا الأطراف كافة إلى وقف القتال فورا.",
    "ودعت النقابة أعضاءها للمشاركة في الاعتصام المقرر غدا.",
    "ودعت اللجنة الدول التي تملك نفوذا إلى التدخل لحماية المدنيين.",
])
def test_a_call_after_wa_stays(text):
    _assert_has("REQUEST", text)


def test_a_time_clause_ends_the_search_for_what_is_asked():
    """A verbal noun with ل after a time clause (أثناء، عندما) belongs to that clause."""
    hits = default_trigger_matcher().longest(
        analyze("قالت الأم ما ودعتكم يا أبنائي أثناء وقوفها للحصول على الماء.").view)
    assert not [h for h in hits if h.value.event == "REQUEST"]


def test_the_shadda_and_the_bare_call_are_unchanged():
    hits = default_trigger_matcher().longest(analyze("ودعا الوزير نظراءه إلى الاجتماع.").view)
    assert [h.value.event for h in hits].count("REQUEST") == 1
    _assert_no("REQUEST", "ودّعت القرية شهداءها الثلاثة.")


# ---------------------------------------------------------------- منع after تم / قرار / بعد


def test_after_an_impersonal_auxiliary_the_noun_is_the_object():
    e = event_on("وتم منع الصيادين من الإبحار قرب الشاطئ يوم الأحد.", "COERCE", "منع")
    assert e.trigger.text == "منع" and not e.actor
    assert texts_of(e.recipient) == ["الصيادين"]


def test_after_a_decision_noun_the_noun_is_no_subject():
    e = event_on("وأصدرت السلطات قرارا يقضي بتمديد قرار منع الزيارات عن المعتقلين.",
                 "COERCE", "منع")
    assert "المعتقلين" not in texts_of(e.actor)


def test_after_ba3d_the_people_prevented_are_no_actor():
    e = event_on("تجمع السكان أمام المعبر بعد منعهم من العبور إلى الجهة الأخرى.",
                 "COERCE", "منع")
    assert "السكان" not in texts_of(e.actor)


def test_after_ba3d_a_named_agent_stays_the_actor():
    e = event_on("تفاقمت الأزمة في المدينة بعد منع الجيش دخول الوقود إليها.", "COERCE", "منع")
    assert texts_of(e.actor) == ["الجيش"]


@pytest.mark.parametrize("text, actor", [
    ("ومنع الجيش الصيادين من الإبحار قرب الشاطئ.", "الجيش"),
    ("تفاقمت الأزمة بسبب منع الجيش دخول الوقود إلى المدينة.", "الجيش"),
])
def test_a_verb_or_another_governor_is_unchanged(text, actor):
    assert texts_of(event_on(text, "COERCE", "منع").actor) == [actor]


def test_only_coerce_takes_the_nominal_reading_after_ba3d():
    """"بعد قصفه": the possessive is the attacker; other types keep the verb reading."""
    hits = default_trigger_matcher().longest(analyze("قتل خمسة بعد قصفه مدرسة في البلدة.").view)
    assert [h.value.form for h in hits if h.key == "قصف"] == ["past"]
