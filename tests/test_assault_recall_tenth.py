"""Rocket, shell and gun fire told with the verbal noun of launching ("بعد إطلاق الفصائل
صواريخ على المدينة"): the noun supports a weapon noun the way its verb does."""
from __future__ import annotations

import pytest

from hadath.events.lexicon import default_trigger_matcher
from hadath.pipeline import record_to_raw
from hadath.text.layer import analyze


def _assaults(pipe, text: str):
    res = pipe.process(record_to_raw({"id": "t", "text": text}), published="2024-09-09")
    return [e for e in res.events if e.event == "ASSAULT" and not e.hypothetical and not e.negated]


def _hit_ids(text: str) -> list[str]:
    return [h.value.id for h in default_trigger_matcher().longest(analyze(text).view)]


@pytest.mark.parametrize("text", [
    "أعلن الجيش رصد إطلاق قذائف من الأراضي السورية باتجاه الجولان.",
    "وقام المسلحون بإطلاق ثلاثة صواريخ باتجاه البلدة ليلا.",
    "ونفت الجماعة أي علاقة لها بإطلاق صواريخ على المستوطنات الشمالية.",
])
def test_a_weapon_noun_after_the_launch_noun_is_supported(text):
    assert "assault.heavy-weapons+support" in _hit_ids(text)


def test_the_launch_noun_with_its_shooter_and_target_is_an_attack(pipeline):
    events = _assaults(pipeline, "أصيب عدد من الفلاحين بعد إطلاق قوات الاحتلال قذائف مدفعية على أطراف بلدة الخيام.")
    assert [e.mode for e in events] == ["heavy-weapons"]
    assert [a.country for a in events[0].actor] == ["ISR"]
    assert "LBN" in {r.country for r in events[0].recipient}


def test_rockets_launched_from_one_country_towards_another(pipeline):
    events = _assaults(pipeline, "أعلن الجيش رصد إطلاق صاروخين من جنوب لبنان سقطا في منطقة مفتوحة.")
    assert [e.mode for e in events] == ["heavy-weapons"]


@pytest.mark.parametrize("text", [
    "نجحت الوكالة في إطلاق صاروخ يحمل قمرا صناعيا للاتصالات إلى مداره.",
    "وتملك الحركة القدرة على إطلاق صواريخ بعيدة المدى.",
    "وطالب الوزير بوقف إطلاق الصواريخ من القطاع.",
])
def test_a_launch_that_is_no_attack_stays_out(pipeline, text):
    assert _assaults(pipeline, text) == []


def test_a_release_is_no_launch():
    assert not any(i.startswith("assault.") for i in _hit_ids("طالبت العائلة بإطلاق سراح ابنها المعتقل."))


# A ceasefire told with its modifiers between the noun and لإطلاق النار is no firing: the
# sense cue of event_rules.json ("a ceasefire named with its modifiers") drops the trigger.
@pytest.mark.parametrize("text", [
    "أعلن الطرفان هدنة مؤقتة لإطلاق النار في الإقليم.",
    "تم التوصل إلى وقف مؤقت لإطلاق النار بين الجيش والمسلحين.",
    "وأعلن الجيش وقفاً مؤقتاً لإطلاق النار لساعات.",
    "ناقشت الحكومة خطة تنص على هدنة قصيرة لإطلاق النار في الشمال.",
    "وتحدث البيان عن الوقف الشامل والدائم لإطلاق النار في الجنوب.",
])
def test_a_ceasefire_with_modifiers_is_no_firing(pipeline, text):
    assert _assaults(pipeline, text) == []
    res = pipeline.process(record_to_raw({"id": "t", "text": text}), published="2024-09-09")
    assert not any(e.event == "ASSAULT" for e in res.events)


def test_a_firing_next_to_a_named_ceasefire_stays(pipeline):
    events = _assaults(pipeline, "أكد المتحدث أن وقفا لإطلاق النار لم يتحقق بعد وأن القوات أطلقت النار على المحتجين.")
    assert [e.trigger.text for e in events] == ["أطلقت النار"]


@pytest.mark.parametrize("text", [
    # ب of means: the truce was broken by firing
    "خرقت القوات الهدنة بإطلاق النار على المزارعين في السهل.",
    "قتل شاب بعد إطلاق قوات الأمن النار عليه في البلدة.",
])
def test_real_firings_near_a_ceasefire_word_stay(pipeline, text):
    assert len(_assaults(pipeline, text)) == 1
