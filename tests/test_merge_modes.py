"""Merging and the modes of joined acts: a raid beside an arrest is two acts, a repeated
word is one happening.  Every sentence here was written for these tests."""
from __future__ import annotations

import hadath
from hadath.events.merge import merge_events, same_happening
from hadath.pipeline import record_to_raw
from hadath.records import Event, Sentence, Span

RULES_ONLY = hadath.default_pipeline(rescore=False)
TEXT = "وتواصلت المداهمات والاعتقالات في قرى الريف الشمالي يوم الأحد."
SENTENCE = Sentence(0, 0, len(TEXT))


def _event(word: str, event: str, mode: str | None, index: int) -> Event:
    start = TEXT.index(word)
    return Event(doc_id="t", index=index, event=event, mode=mode,
                 trigger=Span(word, start, start + len(word)), sentence=SENTENCE,
                 rule=f"{event.lower()}.x/nouns/noun")


def test_a_mode_less_coercion_beside_an_arrest_is_another_act():
    raids = _event("مداهمات", "COERCE", None, 0)
    arrests = _event("اعتقالات", "COERCE", "arrest", 1)
    assert not same_happening(raids, arrests, TEXT)
    assert len(merge_events([raids, arrests], TEXT)) == 2


def test_two_words_of_one_coercion_mode_are_one_happening():
    first = _event("مداهمات", "COERCE", "arrest", 0)
    second = _event("اعتقالات", "COERCE", "arrest", 1)
    merged = merge_events([first, second], TEXT)
    assert len(merged) == 1 and [m.text for m in merged[0].mentions] == ["اعتقالات"]


def test_a_mode_less_attack_word_still_resumes_an_attack_of_any_mode():
    attack = _event("مداهمات", "ASSAULT", None, 0)
    strike = _event("اعتقالات", "ASSAULT", "beat", 1)
    assert same_happening(attack, strike, TEXT)


def test_joined_arrest_and_demolition_nouns_stay_two_events():
    text = "عنوان\n\nشنت القوات حملة اعتقالات وهدم منازل في بلدة عنبتا مساء الخميس."
    events = [e for e in RULES_ONLY.process(record_to_raw({"id": "t", "text": text}),
                                            published="2024-05-02").events if e.event == "COERCE"]
    assert sorted(e.mode for e in events) == ["arrest", "seize"]
