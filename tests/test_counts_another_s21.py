"""Twenty-first session: 'آخر' / 'آخران' right after a casualty word joined by و count one /
two more victims ('استشهد شاب وأصيب آخر'); a time between a verb's subject and its number
('اعتقلت القوات اليوم الأحد 7 شبان') does not lengthen the gap; a period between a casualty
word and its number makes a running total ('قتل خلال 10 أشهر 40 ألف').
Our own example sentences."""
from __future__ import annotations

import pytest

from hadath.events.counts import find_counts
from hadath.events.lexicon import default_rules
from hadath.records import Document


def _counts(pipeline, text: str) -> dict[str, tuple[int, bool]]:
    """The first count of each kind found in the text: kind -> (lower bound, cumulative)."""
    analysis = pipeline.analyze(Document(doc_id="t", text=text, published="2024-09-18"))
    view, rules = analysis.layer.view, default_rules()
    out: dict[str, tuple[int, bool]] = {}
    for sentence in analysis.layer.sentences:
        for c in find_counts(analysis.layer, sentence, rules.casualty.longest(view),
                             analysis.numbers, analysis.times, rules.cumulative.longest(view)):
            out.setdefault(c.kind, (c.count.min, c.count.cumulative))
    return out


# ---------------------------------------------------------------- periods

def test_a_period_between_the_verb_and_its_number_is_a_running_total(pipeline):
    counts = _counts(pipeline, "قال الوزير إن الجيش قتل خلال 10 أشهر 30 ألف شخص وأصاب أكثر "
                               "من 70 ألفا.")
    assert counts["killed"] == (30000, True)
    assert counts["injured"] == (70000, True)


def test_a_short_period_between_the_verb_and_its_number_is_no_total(pipeline):
    assert _counts(pipeline, "قتل خلال يومين 15 شخصا في غارات على البلدة.")["killed"] == (15, False)


# ---------------------------------------------------------------- "another"

@pytest.mark.parametrize("text, kind, expected", [
    ("استشهد شاب وأصيب آخر برصاص الجنود عند مدخل البلدة.", "injured", 1),
    ("أعلن الجيش مقتل جندي وإصابة آخر بجروح خطيرة في المعارك.", "injured", 1),
    ("أصيب شاب برصاص الجنود في المدينة واعتقل آخر في القرية المجاورة.", "arrested", 1),
    ("قتل مزارع وأصيب آخران في قصف على الأراضي الزراعية.", "injured", 2),
])
def test_another_after_a_casualty_word_counts_one_or_two(pipeline, text, kind, expected):
    assert _counts(pipeline, text).get(kind, (None,))[0] == expected


@pytest.mark.parametrize("text, kind", [
    # a plural tells no number
    ("استشهد شاب وأصيب آخرون برصاص الجنود عند مدخل البلدة.", "injured"),
    # "the last soldier": an adjective of the person noun after it
    ("أعلن الجيش إصابة ضابط ومقتل آخر جندي من الكتيبة في المعارك.", "killed"),
    # not joined by و to something before it
    ("أصيب آخر المتظاهرين قرب الحاجز.", "injured"),
])
def test_another_tells_no_count_when_not_a_further_victim(pipeline, text, kind):
    assert kind not in _counts(pipeline, text)


# ---------------------------------------------------------------- a time inside the subject

@pytest.mark.parametrize("text, kind, expected", [
    ("اعتقلت قوات الجيش النظامي اليوم الأحد 7 شبان من البلدة.", "arrested", 7),
    ("اعتقل الجيش الإسرائيلي الليلة الماضية 15 فلسطينيا في مدن الضفة.", "arrested", 15),
    # without a time the gap is as before
    ("اعتقلت قوات الجيش النظامي 7 شبان من البلدة.", "arrested", 7),
])
def test_a_time_word_before_the_object_does_not_lengthen_the_gap(pipeline, text, kind, expected):
    assert _counts(pipeline, text).get(kind, (None,))[0] == expected


def test_words_other_than_times_still_bound_the_gap(pipeline):
    # four words that are no time between the verb and the number: the number is not its count
    assert "arrested" not in _counts(pipeline, "اعتقلت قوات الجيش في البلدة القديمة 7 شبان.")
