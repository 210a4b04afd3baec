"""Nineteenth session: a casualty count stays with the fact it reports.  Phrases that open
another fact of the sentence split it for counts even without a comma before them: 'في حين'
and 'بينما' (not right before a casualty word: 'قتل 3 بينما أصيب آخرون' is one toll),
'رداً على' (the attack answered has its own toll), and 'بعد ساعات من ...' / 'بعد يوم شهد ...' (an earlier fact),
but not 'بعد يومين من إصابته' (the victim's own wounding that led to the death).
Our own example sentences."""
from __future__ import annotations

import pytest
from conftest import event_on

from hadath.events.counts import default_count_words, find_counts
from hadath.events.lexicon import default_rules
from hadath.records import Document
from hadath.text.normalize import normalize


def _killed_segments(pipeline, text: str) -> list[tuple[int, str]]:
    """Each killed count of the text with the stretch of text it may be attached across."""
    analysis = pipeline.analyze(Document(doc_id="t", text=text, published="2024-09-18"))
    view, rules = analysis.layer.view, default_rules()
    out = []
    for sentence in analysis.layer.sentences:
        for c in find_counts(analysis.layer, sentence, rules.casualty.longest(view),
                             analysis.numbers, analysis.times, rules.cumulative.longest(view)):
            if c.kind == "killed":
                out.append((c.count.min, text[c.segment[0]:c.segment[1]]))
    return out


@pytest.mark.parametrize("text, opener", [
    # the answered attack's toll is not the response's
    ("قصفت الفصائل مستوطنة شمالية بالصواريخ رداً على غارة أدت إلى مقتل ثلاثة مدنيين.", "رداً"),
    # no comma before في حين / بينما
    ("قتل 12 مدنيا في غارات على المدينة في حين أعلنت الجماعة استهداف دورية عسكرية.", "في حين"),
    ("قتل 7 أشخاص في قصف على الحي بينما تبنت الجماعة تفجير عبوة بقافلة.", "بينما"),
    # an earlier fact, dated back from this one
    ("قتل شابان في قصف على المخيم بعد ساعات من مقتل 5 آخرين في غارة على السوق.", "بعد ساعات"),
    ("شنت الطائرات غارات على البلدة بعد يوم شهد مقتل 20 شخصا في هجوم على السوق.", "بعد يوم"),
])
def test_a_fact_opener_bounds_the_count_without_a_comma(pipeline, text, opener):
    at = text.index(opener)
    for _, segment in _killed_segments(pipeline, text):
        start = text.index(segment)
        assert not start < at < start + len(segment), (segment, opener)


@pytest.mark.parametrize("text", [
    "قتل 5 أشخاص في غارة على القرية في وقت سابق اليوم.",          # a time, not a clause
    "استشهد شاب متأثرا بجروحه بعد يومين من إصابته برصاص الجنود.",  # his own wounding
    "قصف الجيش منزلا في الحي الغربي مما أدى إلى مقتل 4 أشخاص.",
    "قتل 3 مدنيين بعد أن قصفت الطائرات سيارتهم على الطريق.",       # بعد أن: the cause itself
    "قتل 6 جنود بعد ساعات طويلة من القتال في البلدة.",               # a length, no earlier fact
    "قتل 3 مدنيين بينما أصيب آخرون في قصف على سوق المدينة.",         # the same toll goes on
])
def test_no_opener_leaves_the_sentence_whole(pipeline, text):
    segments = _killed_segments(pipeline, text)
    assert segments, text
    for _, segment in segments:
        assert segment.rstrip(".") == text.rstrip("."), segment


def test_the_response_does_not_take_the_toll_of_the_attack_it_answers():
    text = "قصفت الفصائل مستوطنة شمالية بالصواريخ رداً على غارة إسرائيلية أدت إلى مقتل ثلاثة مدنيين."
    assert event_on(text, "ASSAULT", "قصفت").killed is None
    assert event_on(text, "ASSAULT", "غارة").killed.min == 3


@pytest.mark.parametrize("text, other", [
    ("قتل 30 مدنيا في غارات على البلدة منذ الفجر في حين أعلنت الكتائب استهدافها منزلا يتحصن فيه جنود.",
     "استهدافها"),
    ("قتل 30 مدنيا في غارات على البلدة منذ الفجر بينما أعلنت الكتائب قصف موقع للجيش بالصواريخ.",
     "قصف"),
])
def test_an_attack_after_a_comma_less_whereas_keeps_its_own_toll_only(text, other):
    assert event_on(text, "ASSAULT", "قتل").killed.min == 30
    assert event_on(text, "ASSAULT", other).killed is None


def test_the_wounding_that_led_to_a_death_keeps_the_death():
    text = "استشهد شاب متأثرا بجروحه بعد يومين من إصابته برصاص الجنود في البلدة."
    assert event_on(text, "ASSAULT", "إصابته").killed.min == 1


def test_the_openers_are_read_from_the_data_file():
    words = default_count_words()
    assert "من" in words.earlier_fact_links
    assert [m.value for m in words.fact_openers.longest(normalize("بينما"))] == ["opener"]
    assert [m.value for m in words.answered_fact_openers.longest(normalize("رداً على"))] == ["answered"]
    assert [m.value for m in words.short_lengths.longest(normalize("ساعات"))] == ["length"]
