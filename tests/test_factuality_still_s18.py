"""Eighteenth session: لا/لم before a verb of remaining says "still", no negation; a failure
verb negates the act after its preposition with its subject, or a support noun, between.

Every sentence here was written for these tests."""
from __future__ import annotations

import json

import pytest
from conftest import trigger_context

from hadath.events.lexicon import validate_rules
from hadath.resources import DataError, data_path


@pytest.mark.parametrize("text, word", [
    ("قالت الوزارة إن الاحتلال لا يزال يفرض حصارا على البلدة.", "حصارا"),
    ("ولا تزال القوات تحاصر المستشفى منذ أيام.", "تحاصر"),
    ("لم يزل الجيش يعتقل الشبان في البلدة.", "يعتقل"),
    ("لا تنفك الطائرات تقصف الأحياء الشرقية للمدينة.", "تقصف"),
    ("ما زالت القوات تحاصر المستشفى منذ أيام.", "تحاصر"),
])
def test_still_is_no_negation(text, word):
    ctx = trigger_context(text, word)
    assert not ctx.negated and ctx.factual


@pytest.mark.parametrize("text, word", [
    ("قال الجيش إنه لا يحاصر المستشفى.", "يحاصر"),
    # the particle stands before the act itself, not before a verb of remaining
    ("لا تزال المدينة هادئة والجيش لا يحاصر أحياءها.", "يحاصر"),
    ("لم يعتقل الجيش أحدا من سكان البلدة.", "يعتقل"),
])
def test_other_negations_stay(text, word):
    assert trigger_context(text, word).negated


@pytest.mark.parametrize("text, word", [
    ("فشلت الشرطة في اعتقال المتهم الرئيسي.", "اعتقال"),
    ("فشل الجيش في اقتحام البلدة رغم القصف.", "اقتحام"),
    ("عجزت قوات الأمن عن اعتقال المهاجمين.", "اعتقال"),
    ("فشلت قوات الأمن في المدينة في اعتقال المهاجمين.", "اعتقال"),
    # a support noun between the preposition and the act
    ("فشل المسلحون في تنفيذ هجوم على الثكنة.", "هجوم"),
])
def test_failure_with_its_subject_between_negates(text, word):
    ctx = trigger_context(text, word)
    assert ctx.negated and not ctx.factual


@pytest.mark.parametrize("text, word", [
    # the failed act is the protecting, not the attack
    ("فشلت الحكومة في حماية القرية من هجوم المستوطنين.", "هجوم"),
    # the failure is the attack's own
    ("فشل الهجوم الذي شنه مسلحون على قاعدة للجيش.", "هجوم"),
    # a preposition of another kind after the failure verb
    ("عجزت الشرطة في المدينة عن العثور على المتهم واعتقلت شقيقه.", "اعتقلت"),
    # the failure told in a clause of its own, the success in the next
    ("حاولت الشرطة مرتين وفشلت، ثم نجحت في اعتقال المتهم.", "اعتقال"),
])
def test_failure_leaves_other_acts_factual(text, word):
    assert not trigger_context(text, word).negated


def _rules_with(**changes):
    data = json.loads(data_path("event_rules.json").read_text(encoding="utf-8"))
    data.update(changes)
    return data


def test_loader_rejects_malformed_still_and_failure_lists():
    with pytest.raises(DataError):
        validate_rules(_rules_with(still_verbs={"words": ["لا يزال"]}))
    with pytest.raises(DataError):
        validate_rules(_rules_with(failure_verbs={"verbs": {"في": ["فشل"]}, "subject_window": 0,
                                                  "support_nouns": []}))
