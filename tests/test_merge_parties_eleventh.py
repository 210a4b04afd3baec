"""Eleventh session: what a merged event keeps of its mentions' parties.  A side the kept
mention names is not filled up from a mention in another sentence (meetings excepted); a
place does not join people already on its side; in an attack, a party of the country the
other side stands for does not join.

Every sentence and name here was written for these tests."""
from __future__ import annotations

from hadath.events.merge import _absorb
from hadath.records import ActorMention, Event, Sentence, Span

TEXT = "نص مكتوب لهذه الاختبارات فقط. " * 8


def _party(start: int, text: str, country: str | None, kind: str = "agent") -> ActorMention:
    return ActorMention(start, start + len(text), text, text, country, None, id=text, kind=kind)


def _event(kind: str, sentence: int, trigger_at: int, actor: list[ActorMention],
           recipient: list[ActorMention]) -> Event:
    return Event(doc_id="t", index=0, event=kind, mode=None,
                 trigger=Span("كلمة", trigger_at, trigger_at + 4),
                 sentence=Sentence(sentence, sentence * 30, sentence * 30 + 29),
                 actor=actor, recipient=recipient)


def test_a_side_named_in_the_kept_mention_takes_no_party_from_another_sentence():
    kept = _event("PROTEST", 1, 35, [_party(40, "النقابات", "ISR")], [])
    later = _event("PROTEST", 5, 155, [_party(160, "رئيس الحكومة", "ISR", "person")], [])
    _absorb(kept, later, TEXT)
    assert [m.text for m in kept.actor] == ["النقابات"]


def test_an_empty_side_is_filled_from_another_sentence():
    kept = _event("ASSAULT", 1, 35, [], [_party(40, "الجنود", "ISR")])
    later = _event("ASSAULT", 2, 65, [_party(70, "المقاتلون", "PSE")], [])
    _absorb(kept, later, TEXT)
    assert [m.text for m in kept.actor] == ["المقاتلون"]


def test_a_meeting_adds_the_parties_a_later_sentence_names():
    kept = _event("CONSULT", 1, 35, [_party(40, "الوزير", "EGY", "person")], [_party(45, "أنقرة", "TUR", "city")])
    later = _event("CONSULT", 3, 95, [_party(100, "الوزير", "EGY", "person")],
                   [_party(110, "نظيره التركي", "TUR", "person")])
    _absorb(kept, later, TEXT)
    assert "نظيره التركي" in [m.text for m in kept.recipient]


def test_a_place_does_not_join_the_people_hit_in_the_same_sentence():
    kept = _event("ASSAULT", 1, 35, [_party(40, "الطائرات", "ISR")], [_party(45, "عائلة", "PSE")])
    same = _event("ASSAULT", 1, 50, [_party(40, "الطائرات", "ISR")], [_party(55, "الحي الشرقي", "PSE", "place")])
    _absorb(kept, same, TEXT)
    assert [m.text for m in kept.recipient] == ["عائلة"]


def test_a_place_still_joins_a_side_of_places_only():
    kept = _event("ASSAULT", 1, 35, [_party(40, "الطائرات", "ISR")], [])
    same = _event("ASSAULT", 1, 50, [], [_party(55, "الحي الشرقي", "PSE", "place")])
    _absorb(kept, same, TEXT)
    assert [m.text for m in kept.recipient] == ["الحي الشرقي"]


def test_the_attackers_own_forces_do_not_join_the_targets():
    kept = _event("ASSAULT", 1, 35, [_party(40, "المسلحون", "ISR")], [_party(45, "المزارع", "PSE")])
    same = _event("ASSAULT", 1, 50, [], [_party(55, "الدورية", "ISR")])
    _absorb(kept, same, TEXT)
    assert [m.text for m in kept.recipient] == ["المزارع"]


def test_backing_of_a_party_of_the_speakers_own_country_is_kept():
    kept = _event("SUPPORT", 1, 35, [_party(40, "العشائر", "PSE")], [])
    same = _event("SUPPORT", 1, 50, [], [_party(55, "الفصائل", "PSE")])
    _absorb(kept, same, TEXT)
    assert [m.text for m in kept.recipient] == ["الفصائل"]


def test_a_domestic_fight_told_over_two_sentences_keeps_both_sides():
    headline = _event("ASSAULT", 0, 5, [], [])
    body = _event("ASSAULT", 1, 35, [_party(40, "الجيش", "SOM")], [_party(45, "المتمردون", "SOM")])
    _absorb(headline, body, TEXT)
    assert [m.text for m in headline.actor] == ["الجيش"]
    assert [m.text for m in headline.recipient] == ["المتمردون"]
