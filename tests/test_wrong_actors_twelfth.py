"""Titles, addressees and sources as actors (twelfth session): the media or the owner of a
reporting outlet ("إذاعة الجيش"، "منصات فلسطينية") is the source of a report, no party to
it; the body an envoy is posted to ("المندوب الروسي لدى مجلس الأمن") is no participant."""
from __future__ import annotations

from conftest import events_of

from hadath.kb import load_kb
from hadath.recognize.actors import ActorResolver
from hadath.text import TextLayer


def _mentions(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in ActorResolver(load_kb()).find(TextLayer(text))]


def _texts(mentions) -> list[str]:
    return [m.text for m in mentions]


def test_army_radio_is_no_shooter() -> None:
    text = "ذكرت إذاعة الجيش الإسرائيلي أن عملية إطلاق نار طالت دورية قرب طولكرم فجرا."
    [shooting] = events_of(text, "ASSAULT")
    assert not any("الجيش" in t for t in _texts(shooting.actor + shooting.recipient))


def test_police_radio_is_no_stabber() -> None:
    [stabbing] = events_of("أفادت إذاعة الشرطة الإسرائيلية بوقوع عملية طعن في القدس.", "ASSAULT")
    assert not any("الشرطة" in t for t in _texts(stabbing.actor + stabbing.recipient))


def test_platforms_of_a_people_are_no_attacker() -> None:
    text = "وقالت منصات عراقية إن منفذ الهجوم فر من المكان."
    [attack] = events_of(text, "ASSAULT")
    assert "IRQ" not in {m.country for m in attack.actor}


def test_media_named_by_head_noun_are_no_closer() -> None:
    text = "ذكرت وسائل إعلام لبنانية أن السلطات أغلقت معبرا حدوديا صباح اليوم."
    [closure] = events_of(text, "COERCE")
    assert not any("إعلام" in t for t in _texts(closure.actor + closure.recipient))


def test_media_spoken_to_are_no_recipient() -> None:
    text = "رفض وزير تركي، في حديث لوسائل إعلام محلية، تصريحات الرئيس الفرنسي."
    [rejection] = events_of(text, "REJECT")
    assert not any("إعلام" in t for t in _texts(rejection.recipient))
    assert {m.country for m in rejection.actor} == {"TUR"}


def test_media_acting_themselves_stay_the_actor() -> None:
    [criticism] = events_of("انتقدت وسائل إعلام بريطانية الحكومة بسبب الغلاء.", "ACCUSE")
    assert {m.country for m in criticism.actor} == {"GBR"}


def test_body_of_an_envoys_post_is_no_mention() -> None:
    mentions = _mentions("رفض المندوب الروسي الدائم لدى مجلس الأمن مشروع القرار.")
    assert not any("مجلس الأمن" in t for t, _ in mentions)
    assert ("المندوب الروسي", "RUS") in mentions


def test_envoy_named_by_state_demonym_rejects() -> None:
    text = "وأعربت المندوبة البريطانية في مجلس الأمن عن رفضها الحصار المفروض على المدينة."
    [rejection] = events_of(text, "REJECT")
    assert {m.country for m in rejection.actor} == {"GBR"}


def test_body_without_an_envoy_before_it_stays() -> None:
    mentions = _mentions("قدمت فرنسا شكوى إلى مجلس الأمن بشأن الهجوم.")
    assert any("مجلس الأمن" in t for t, _ in mentions)
