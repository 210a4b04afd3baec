"""Words written with their short vowels or shadda read as whole words, compared without
the marks: a vowelled sentence and its bare spelling give the same events.  Sentences
written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded, events_of

from hadath.events.structure import VOWELLED_WORD, word_text, words_between, words_of


def test_a_vowelled_word_is_one_word_without_its_marks():
    text = "شنّت القواتُ هجوماً"
    assert words_of(text) == ["شنت", "القوات", "هجوما"]
    assert words_between(text, 0, len(text)) == ["شنت", "القوات", "هجوما"]
    first = VOWELLED_WORD.match(text)
    assert first is not None and first.end() == len("شنّت") and word_text(first) == "شنت"


@pytest.mark.parametrize("vowelled, bare, event, actor, recipient", [
    # the agent of a relative clause whose verb carries a shadda ("شنّته")
    ("قُتل شرطيان في الهجوم الذي شنّته القوات الروسية على الحاجز.",
     "قتل شرطيان في الهجوم الذي شنته القوات الروسية على الحاجز.", "ASSAULT", ["RUS"], []),
    # an attack noun with tanween heading the relative verb after it ("عدوانٍ قتل")
    ("شنّ الجيش الروسي حملة على القرية، في عدوانٍ قتل عشرات السكان.",
     "شن الجيش الروسي حملة على القرية، في عدوان قتل عشرات السكان.", "ASSAULT", ["RUS"], []),
    # case endings on the subject and the object of a verb
    ("اتّهم الرئيسُ الفرنسيُّ الحكومةَ الروسيةَ بدعم المتمرّدين.",
     "اتهم الرئيس الفرنسي الحكومة الروسية بدعم المتمردين.", "ACCUSE", ["FRA"], ["RUS"]),
])
def test_vowelled_and_bare_spellings_give_the_same_participants(vowelled, bare, event, actor,
                                                                 recipient):
    assert coded(vowelled, event) == coded(bare, event)
    actors, recipients = coded(vowelled, event)
    assert actors == actor
    assert all(r in recipients for r in recipient)


def _event_types(text: str) -> set[str]:
    from conftest import HEADLINE

    import hadath
    from hadath.pipeline import record_to_raw
    pipeline = hadath.default_pipeline(include_nonfactual=True, min_confidence=0.0, rescore=False)
    result = pipeline.process(record_to_raw({"id": "t", "text": HEADLINE + text}),
                              published="2024-09-09")
    return {e.event for e in result.events}


@pytest.mark.parametrize("sentence", [
    "ودّعت عائلات الجنود أبناءها في المطار.",
    "ودّع الرئيس الفرنسي نظيره الألماني في ختام الزيارة.",
])
def test_a_shadda_after_wa_makes_it_part_of_the_verb_not_a_call(sentence):
    # ودّع (to bid farewell) is no و + دعا (to call on)
    assert "REQUEST" not in _event_types(sentence)


def test_the_bare_spelling_after_wa_is_still_a_call():
    assert events_of("ودعت الحكومة الفرنسية المواطنين إلى الهدوء.", "REQUEST")
