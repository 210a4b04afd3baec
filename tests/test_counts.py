"""Casualty counts found next to casualty words, on our own example sentences."""
from __future__ import annotations

import pytest

from hadath.events.counts import (
    attach_counts,
    build_count_words,
    find_counts,
    validate_count_words,
)
from hadath.events.lexicon import default_rules
from hadath.pipeline import Pipeline
from hadath.records import Document, Event, Span
from hadath.resources import DataError, load_json


def counts_of(pipeline: Pipeline, text: str) -> dict[str, list[tuple]]:
    analysis = pipeline.analyze(Document(doc_id="t", text=text, published="2024-09-18"))
    view, rules = analysis.layer.view, default_rules()
    out: dict[str, list[tuple]] = {}
    for sentence in analysis.layer.sentences:
        for c in find_counts(analysis.layer, sentence, rules.casualty.longest(view),
                             analysis.numbers, analysis.times, rules.cumulative.longest(view)):
            out.setdefault(c.kind, []).append((c.count.min, c.count.max, c.count.cumulative))
    return out


def test_exact_and_open_ended_counts(pipeline):
    got = counts_of(pipeline, "أسفر التفجير عن مقتل 14 شخصا على الأقل وإصابة 30 بجروح.")
    assert got["killed"] == [(14, None, False)]
    assert got["injured"] == [(30, 30, False)]


def test_dual_nouns_and_single_victims(pipeline):
    assert counts_of(pipeline, "أعلن المستشفى وصول شهيدين إليه.")["killed"] == [(2, 2, False)]
    assert counts_of(pipeline, "أدى القصف إلى استشهاد طفل في المخيم.")["killed"] == [(1, 1, False)]
    assert counts_of(pipeline, "أكد الجيش مقتل أحد ضباطه.")["killed"] == [(1, 1, False)]


def test_numbers_of_other_things_are_not_casualties(pipeline):
    got = counts_of(pipeline, "قتل المسلحون سائق قافلة من 25 شاحنة بعد حصار دام 40 يوما.")
    assert all(lo not in (25, 40) for lo, _, _ in got.get("killed", []))


def test_a_number_does_not_jump_over_another_casualty_word(pipeline):
    got = counts_of(pipeline, "هاجمت المسيرة سيارة فقتلت شخصين وأصابت خمسة آخرين.")
    assert got["killed"] == [(2, 2, False)]
    assert got["injured"] == [(5, 5, False)]


def test_coordinated_casualty_verbs_share_their_number(pipeline):
    got = counts_of(pipeline, "خلفت الحملة العسكرية قتل وأصاب عشرات الآلاف من السكان.")
    assert got["killed"] == [(10000, None, False)]
    assert got["injured"] == [(10000, None, False)]


def test_running_totals_are_cumulative(pipeline):
    got = counts_of(pipeline, "ارتفعت حصيلة الشهداء في المدينة إلى 512 شهيدا.")
    assert got["killed"] == [(512, 512, True)]


def test_a_count_stays_with_the_fact_it_reports(pipeline):
    text = "قتل جندي في هجوم على الحاجز، في حين أصيب 6 مدنيين في قصف على السوق."
    analysis = pipeline.analyze(Document(doc_id="t", text=text, published="2024-09-18"))
    rules = default_rules()
    sentence = analysis.layer.sentences[0]
    found = find_counts(analysis.layer, sentence, rules.casualty.longest(analysis.layer.view),
                        analysis.numbers, analysis.times, [])
    first = text.index("هجوم")
    event = Event(doc_id="t", index=0, event="ASSAULT", mode=None,
                  trigger=Span("هجوم", first, first + 4), sentence=sentence)
    attach_counts(event, found, first)
    assert event.injured is None
    assert (event.killed.min, event.killed.max) == (1, 1)


def test_count_words_file_is_valid_and_checked():
    data = validate_count_words(load_json("casualty_counts.json"))
    assert len(build_count_words(data).dual) >= len(data["dual"]["killed"])
    with pytest.raises(DataError):
        validate_count_words({**data, "dual": {"wounded": ["جريحين"]}})


def test_counted_noun_takes_the_number_before_it(pipeline):
    got = counts_of(pipeline, "أسفرت الغارة عن 4 شهداء و11 جريحا في الحي.")
    assert got["killed"] == [(4, 4, False)]
    assert got["injured"] == [(11, 11, False)]


def test_one_more_person_coordinated_with_the_counted_one(pipeline):
    got = counts_of(pipeline, "قال الدفاع المدني إنه قُتل السائق المحلي وشخص آخر كان برفقته.")
    assert got["killed"] == [(2, 2, False)]
    assert counts_of(pipeline, "استشهد شاب وآخر في القصف.")["killed"] == [(2, 2, False)]
    # "وإصابة آخر" is another fact, not one more killed
    assert counts_of(pipeline, "أدى القصف إلى استشهاد شاب وإصابة آخر بجروح.")["killed"] == [(1, 1, False)]


def test_euphemisms_for_killing_count_people_only(pipeline):
    assert counts_of(pipeline, "وقالت الشرطة إنه تم القضاء على منفذ الهجوم.")["killed"] == [(1, 1, False)]
    assert counts_of(pipeline, "أعلن الجيش تحييد 3 مسلحين.")["killed"] == [(3, 3, False)]
    assert counts_of(pipeline, "أعلنت الكتائب الإجهاز على 4 جنود في كمين.")["killed"] == [(4, 4, False)]
    assert "killed" not in counts_of(pipeline, "تعهد الوزير بالقضاء على الفساد.")


def test_a_toll_told_after_a_period_is_not_an_earlier_facts(pipeline):
    text = ("ووقع الهجوم في الإقليم؛ وهو من المناطق التي تشهد هجمات منذ سبع سنوات، "
            "ما أسفر عن مقتل آلاف السكان.")
    analysis = pipeline.analyze(Document(doc_id="t", text=text, published="2024-09-18"))
    sentence = analysis.layer.sentences[0]
    found = find_counts(analysis.layer, sentence, default_rules().casualty.longest(analysis.layer.view),
                        analysis.numbers, analysis.times, [])
    for trigger, expected in (("هجوم", None), ("هجمات", 1000)):
        start = text.index(trigger)
        event = Event(doc_id="t", index=0, event="ASSAULT", mode=None,
                      trigger=Span(trigger, start, start + len(trigger)), sentence=sentence)
        attach_counts(event, found, start)
        assert (event.killed.min if event.killed else None) == expected, trigger


def test_a_number_after_another_outcome_counts_the_whole_list(pipeline):
    assert counts_of(pipeline, "خلفت الحرب استشهاد وإصابة ونزوح مئات الآلاف من السكان.") == {}
    got = counts_of(pipeline, "خلفت الغارة استشهاد 12 شخصا وتشريد مئات العائلات.")
    assert got == {"killed": [(12, 12, False)]}


@pytest.mark.parametrize("text, killed, injured", [
    ("أفاد المراسل بارتقاء شهيد وإصابة ثلاثة أشخاص في قصف على البلدة.", [(1, 1, False)], [(3, 3, False)]),
    ("ارتقى شهيد وأصيب خمسة مواطنين في غارة على الحي الشرقي.", [(1, 1, False)], [(5, 5, False)]),
    ("وصل إلى المستشفى قتيل وأصيب سبعة آخرون في الانفجار.", None, [(7, 7, False)]),
])
def test_a_casualty_noun_of_one_person_keeps_its_own_count(pipeline, text, killed, injured):
    # "شهيد" is one dead, not a verb sharing the wounded's number after و
    got = counts_of(pipeline, text)
    assert got.get("killed") == killed
    assert got["injured"] == injured


def test_a_definite_casualty_noun_does_not_take_the_wounded_number(pipeline):
    got = counts_of(pipeline, "شيع الأهالي جثمان الشهيد وأصيب أربعة شبان في مواجهات بعد الجنازة.")
    assert "killed" not in got
    assert got["injured"] == [(4, 4, False)]

