"""Merging, second round: an attack of another kind added by "إضافة إلى" is another
happening; a merged event keeps the direction of its attack.  Every sentence here was
written for these tests."""
from __future__ import annotations

from hadath.events.merge import merge_events, same_happening
from hadath.records import ActorMention, Event, Sentence, Span

ADDED = "رمت دبابات الجيش البلدة بالرصاص مساء الخميس، إضافة إلى قصف مدفعي على أطرافها."
SAME_KIND = "رمت دبابات الجيش البلدة بالرصاص مساء الخميس، إضافة إلى إطلاق نار على أطرافها."
COUNTED = "أطلقت دبابات الجيش النار على البلدة، إضافة إلى قصف مدفعي، مما أدى إلى جرح خمسة."


def _event(text: str, word: str, mode: str | None, index: int,
           actor: list[ActorMention] | None = None,
           recipient: list[ActorMention] | None = None) -> Event:
    start = text.index(word)
    return Event(doc_id="t", index=index, event="ASSAULT", mode=mode,
                 trigger=Span(word, start, start + len(word)), sentence=Sentence(0, 0, len(text)),
                 rule="assault.x/nouns/noun", actor=actor or [], recipient=recipient or [])


def _mention(text: str, word: str, country: str, kind: str = "actor") -> ActorMention:
    start = text.index(word)
    return ActorMention(start, start + len(word), word, word, country, None, kind=kind)


def test_an_added_attack_of_another_kind_is_another_happening():
    fire = _event(ADDED, "بالرصاص", "firearms", 0, actor=[_mention(ADDED, "دبابات الجيش", "AAA")])
    shelling = _event(ADDED, "قصف مدفعي", "heavy-weapons", 1)
    merged = merge_events([fire, shelling], ADDED)
    assert len(merged) == 2
    # the added attack names no attacker: it is the one told before it
    assert [m.country for m in merged[1].actor] == ["AAA"]


def test_an_added_attack_of_the_same_kind_still_merges():
    fire = _event(SAME_KIND, "بالرصاص", "firearms", 0)
    more_fire = _event(SAME_KIND, "إطلاق نار", "firearms", 1)
    assert len(merge_events([fire, more_fire], SAME_KIND)) == 1


def test_the_connective_is_read_by_merging_not_by_same_happening():
    fire = _event(COUNTED, "النار", "firearms", 0)
    shelling = _event(COUNTED, "قصف مدفعي", "heavy-weapons", 1)
    # same_happening alone does not read the connective: merge_events does
    assert same_happening(fire, shelling, COUNTED)
    assert len(merge_events([fire, shelling], COUNTED)) == 2


TWO_WAYS = "قصفت فصائل البلد الأول موقعا للبلد الثاني، وضربت مسيرة للبلد الثاني قرية في البلد الأول."


def test_a_merged_event_that_took_a_place_of_its_attackers_country_keeps_its_direction():
    # the first mention put country AAA on both sides (its attacker's and a town of AAA)
    first = _event(TWO_WAYS, "قصفت", None, 0,
                   actor=[_mention(TWO_WAYS, "فصائل البلد الأول", "AAA")],
                   recipient=[_mention(TWO_WAYS, "موقعا للبلد الثاني", "BBB"),
                              _mention(TWO_WAYS, "قرية في البلد الأول", "AAA", kind="place")])
    strike = _event(TWO_WAYS, "ضربت", "drone", 1,
                    actor=[_mention(TWO_WAYS, "مسيرة للبلد الثاني", "BBB")])
    assert not same_happening(first, strike, TWO_WAYS)


def test_a_victim_read_as_attacker_does_not_split_one_strike():
    text = "قتل موظف محلي في غارة على الطريق، واستهدفت طائرة للبلد الثاني الطريق نفسه."
    killing = _event(text, "قتل", None, 0, actor=[_mention(text, "موظف محلي", "AAA")],
                     recipient=[_mention(text, "الطريق", "AAA", kind="place")])
    strike = _event(text, "استهدفت", None, 1, actor=[_mention(text, "طائرة للبلد الثاني", "BBB")],
                    recipient=[_mention(text, "الطريق نفسه", "AAA", kind="place")])
    assert same_happening(killing, strike, text)
