"""Attacks reported as going on ("يواصل الجيش قصفه للمدينة"), the attack noun عدوان after a
support verb, and a massacre's toll told beside another fact of the same sentence."""
from __future__ import annotations

import pytest

import hadath
from hadath.events import classifier as clf
from hadath.events.lexicon import default_trigger_matcher
from hadath.pipeline import record_to_raw
from hadath.text.layer import analyze


@pytest.fixture(scope="module")
def every_candidate():
    return hadath.default_pipeline(True, 0.0)


def _assaults(pipe, text: str):
    res = pipe.process(record_to_raw({"id": "t", "text": text}), published="2024-09-09")
    return [e for e in res.events if e.event == "ASSAULT"]


def _hit_ids(text: str) -> list[str]:
    return [h.value.id for h in default_trigger_matcher().longest(analyze(text).view)]


def test_a_continued_attack_carries_the_continued_cue(every_candidate):
    events = _assaults(every_candidate, "واصلت الفصائل المسلحة عدوانها على مدينة الفاشر.")
    assert [e.trigger.text for e in events] == ["عدوانها"]
    assert "cues:continued" in events[0].rule


def test_a_continued_attack_with_its_target_is_an_event(pipeline):
    events = _assaults(pipeline, "واصلت الفصائل المسلحة عدوانها على مدينة الفاشر.")
    assert [[r.country for r in e.recipient] for e in events] == [["SDN"]]


def test_the_noun_spelled_like_the_verb_continues_nothing(every_candidate):
    events = _assaults(every_candidate, "أفاد سكان بمعاناة كبيرة جراء تواصل القصف الإسرائيلي على مدينة رفح.")
    assert events and all("continued" not in e.rule for e in events)


def test_a_continuation_only_expected_is_no_event(pipeline):
    assert _assaults(pipeline, "قالت الوزارة إن القوات الروسية قد تواصل هجماتها على مدينة خاركيف.") == []


def _candidate(**kw) -> clf.Candidate:
    fields = dict(event="ASSAULT", sentence_norm="واصل الجيش قصفه للمدينه", trigger_start=11,
                  trigger_end=15, form="nouns", sense="assault.heavy-weapons+support",
                  how="noun+subject", cues=("continued",), has_actor=True, has_recipient=True)
    fields.update(kw)
    return clf.Candidate(**fields)


def test_a_continued_attack_with_both_sides_is_strong_evidence():
    assert clf.strong_rule_evidence(_candidate(), "count")


@pytest.mark.parametrize("change", [
    {"has_recipient": False},                       # no target named
    {"cues": ()},                                   # no verb of going on
    {"sense": "assault.heavy-weapons"},             # no support verb
])
def test_a_weaker_continued_reading_is_left_to_the_model(change):
    assert not clf.strong_rule_evidence(_candidate(**change), "count")


def test_no_override_when_the_model_decides_alone():
    assert not clf.strong_rule_evidence(_candidate(), "none")


def test_aggression_needs_a_support_verb():
    assert "assault.general+support" in _hit_ids("وشنت القوات السودانية عدوانا على مدينة نيالا.")
    assert _hit_ids("وتحدث الوزير عن العدوان على المدينة.") == []


def test_a_supported_noun_after_a_preposition_is_not_the_verbs_object():
    ids = _hit_ids("نفذ الجيش الإسرائيلي خلال عدوانه على مدينة غزة اعتقالات واسعة.")
    assert not any(i.startswith("assault") for i in ids)


def test_a_massacres_toll_beside_another_fact_is_its_own_event(pipeline):
    events = _assaults(pipeline, "ارتفعت حصيلة المجزرة التي ارتكبها الجيش في بلدة جباليا إلى 30 قتيلا، "
                                 "في حين تدور اشتباكات في مدينة خان يونس.")
    assert [e.killed.min for e in events if e.killed] == [30]


def test_an_outcome_in_the_attacks_own_clause_stays_that_attack(pipeline):
    events = _assaults(pipeline, "أعلن الجيش مقتل 5 جنود في اشتباكات مع مسلحين في مدينة جنين.")
    assert len(events) == 1 and events[0].trigger.text == "اشتباكات"


def test_a_partitive_keeps_the_support_reading():
    assert "assault.heavy-weapons+support" in _hit_ids("وأطلقت الفصائل عددا من الصواريخ على المستوطنات.")
