"""A correspondent named right after a verb of telling reports the act that follows and
is none of its sides; one named after the trigger (arrested, wounded) stays a party.
Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of

from hadath.events.arguments.statements import reporting_correspondent
from hadath.records import ActorMention


def _texts(members) -> list[str]:
    return [m.text for m in members]


def _event_on(text: str, event: str, trigger: str):
    return next(e for e in events_of(text, event) if e.trigger.text.endswith(trigger))


def _no_correspondent(members) -> bool:
    return all("مراسل" not in t for t in _texts(members))


def test_correspondent_telling_of_clashes_is_no_recipient():
    e = _event_on("وأفاد مراسل القناة بوقوع اشتباكات عنيفة بين مسلحين والشرطة في المدينة.",
                  "ASSAULT", "اشتباكات")
    assert _no_correspondent(e.recipient) and _no_correspondent(e.actor)
    assert "الشرطة" in _texts(e.actor) + _texts(e.recipient)


def test_correspondent_after_talking_verb_is_no_party_of_raids():
    e = _event_on("وتحدثت مراسلة الإذاعة عن غارات استهدفت البلدة.", "ASSAULT", "غارات")
    assert _no_correspondent(e.recipient) and _no_correspondent(e.actor)


def test_correspondent_held_after_the_trigger_stays_recipient():
    e = _event_on("واعتقلت الشرطة مراسل القناة في العاصمة.", "COERCE", "اعتقلت")
    assert any("مراسل" in t for t in _texts(e.recipient))


def _mention(text: str, word: str) -> ActorMention:
    start = text.index(word)
    return ActorMention(text=word, start=start, end=start + len(word), name=None, country=None,
                        sector=None, id=None)


def test_correspondent_without_a_telling_verb_is_kept():
    text = "وصل مراسل القناة إلى البلدة بعد الغارات."
    assert not reporting_correspondent(text, _mention(text, "مراسل"), text.index("الغارات"))


def test_correspondent_with_a_telling_verb_is_dropped():
    text = "قال مراسلنا إن القصف طال الحي."
    assert reporting_correspondent(text, _mention(text, "مراسلنا"), text.index("القصف"))
