"""Tenth session: named parties left empty.

Parties the sentence plainly names but the argument readers left out:

* the genitive (or nisba adjective) of a decision or plan noun (قرار، قانون، خطة، مخطط) right
  before a sanction or coercion noun is its agent ("قرار الحكومة إغلاق المعبر");
* a raid or arrest noun that is the circumstance of another predicate (خلال، بعد، إثر ...)
  and names no agent of its own is carried out by the army, police or security service
  named before it in the sentence, when that is the nearest participant that is no place
  and no people acted upon; a state, a ministry or an armed group there is not taken;
* a continuation verb's subject lends itself over its own campaign noun ("يواصل الجيش
  حملته العسكرية باقتحام ...").

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, texts_of

from hadath.events.arguments.attacks import _own_campaign_bridge, _own_campaign_noun
from hadath.events.arguments.nouns import _agent_marker_after

# ---------------------------------------------------------------- decisions


@pytest.mark.parametrize(("text", "trigger", "event", "actor", "recipient"), [
    ("انتقدت المنظمة قرار إسرائيل حظر وكالة الأونروا.", "حظر", "SANCTION", "ISR", "UNO"),
    ("قال المتحدث إن قرار إسرائيل، الاثنين، حظر وكالة الأونروا خطير.", "حظر", "SANCTION",
     "ISR", "UNO"),
    ("رحبت الحركة بقرار الحكومة الإسبانية منع السفن من الرسو.", "منع", "COERCE", "ESP", None),
])
def test_a_decision_nouns_genitive_is_the_agent(text, trigger, event, actor, recipient):
    e = event_on(text, event, trigger)
    assert countries_of(e.actor) == [actor], (text, texts_of(e.actor))
    if recipient is not None:
        assert countries_of(e.recipient) == [recipient], (text, texts_of(e.recipient))


def test_a_decision_noun_lends_no_place_nor_a_far_party():
    e = event_on("طالب الوزير بمنع السفن من الرسو في الميناء.", "COERCE", "منع")
    assert "+decided" not in e.rule, e.rule


# ---------------------------------------------------------------- raids as circumstances


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("اعتقل جيش الاحتلال 20 فلسطينيا من مدن الضفة الغربية خلال حملة اقتحامات فجر اليوم.",
     "اقتحامات", "جيش الاحتلال"),
    ("قتل شاب برصاص قوات الاحتلال، خلال اقتحام بلدة قباطية جنوب جنين.", "اقتحام",
     "قوات الاحتلال"),
])
def test_state_forces_named_before_a_circumstance_raid_carry_it_out(text, trigger, actor):
    e = event_on(text, "COERCE", trigger)
    assert texts_of(e.actor) == [actor], (text, texts_of(e.actor), e.rule)


@pytest.mark.parametrize(("text", "trigger"), [
    ("أدانت مصر مقتل شاب خلال اقتحام مخيم جنين.", "اقتحام"),
    ("أعلن الهلال الأحمر إصابة 9 شبان خلال اقتحام مخيم بلاطة.", "اقتحام"),
])
def test_no_state_or_relief_body_is_taken_as_raider(text, trigger):
    e = event_on(text, "COERCE", trigger)
    assert e.actor == [], (text, texts_of(e.actor), e.rule)


# ---------------------------------------------------------------- continuation over a campaign


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("يواصل الجيش حملته العسكرية باقتحام بلدات في الضفة الغربية.", "اقتحام", "الجيش"),
    ("واصلت الشرطة عملياتها باعتقال عشرات الشبان في القدس.", "اعتقال", "الشرطة"),
])
def test_continuation_subject_over_its_own_campaign(text, trigger, actor):
    e = event_on(text, "COERCE", trigger)
    assert texts_of(e.actor) == [actor], (text, texts_of(e.actor), e.rule)


@pytest.mark.parametrize(("words", "expected"), [
    (["حملته", "العسكرية"], True),
    (["عملياتها"], True),
    (["حملة", "العسكرية"], False),
    (["حملته", "واسعة"], False),
    ([], False),
])
def test_own_campaign_bridge(words, expected):
    assert _own_campaign_bridge(words) is expected


def test_own_campaign_noun_needs_a_pronoun():
    assert _own_campaign_noun("حملاتهم")
    assert not _own_campaign_noun("حملات")



@pytest.mark.parametrize(("text", "noun", "expected"), [
    ("خشي الضابط اعتقاله من قبل الشرطة المحلية.", "اعتقاله", True),
    ("خشي الضابط اعتقاله على يد الشرطة المحلية.", "اعتقاله", True),
    ("خشي الضابط اعتقاله في المطار مساء اليوم.", "اعتقاله", False),
])
def test_an_agent_marker_after_the_noun(text, noun, expected):
    t_end = text.index(noun) + len(noun)
    assert _agent_marker_after(text, t_end, len(text)) is expected
