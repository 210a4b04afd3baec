"""Tenth session: parties a whole-output audit found wrong.

* a noun of a pattern of violence (عنف، إرهاب، عدوان) between a verb of blame and a
  participant makes the participant its genitive: the one condemned, not the one who
  condemns;
* after إنّ/أنّ the clause opens with its noun, the subject of the verb that follows; when
  no lexicon names that noun, the participant after the verb is the verb's object, never
  its actor (أنْ before a verb, after بعد/قبل, and a clause opened by a connective keep
  the verb-first reading);
* Israeli television channels named by their number and the public broadcaster are news
  outlets: as the source of a report they are no party of the reported event.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, texts_of

from hadath.events.arguments import is_news_outlet
from hadath.recognize.actors import find_actors
from hadath.text import TextLayer

# ------------------------------------------------ the genitive of a violence noun


@pytest.mark.parametrize("text, trigger", [
    ("وأدانت الرسالة تزايد عنف المستوطنين بحق المزارعين في القرى الشرقية.", "أدانت"),
    ("ونددت الرابطة بإرهاب المستوطنين في الأغوار الشمالية.", "ندد"),
])
def test_the_agent_of_condemned_violence_is_the_recipient(text, trigger):
    e = event_on(text, "ACCUSE", trigger)
    assert not any("المستوطنين" in t for t in texts_of(e.actor)), texts_of(e.actor)
    assert any("المستوطنين" in t for t in texts_of(e.recipient)), texts_of(e.recipient)


# ------------------------------------------------ the noun opening an إنّ clause


def test_a_named_noun_after_inna_is_the_subject():
    text = "وقال البيان إن عائلة الطبيب طالبت السلطات المصرية بالإفراج عنه."
    e = event_on(text, "REQUEST", "طالبت")
    assert "EGY" in countries_of(e.recipient)
    assert "EGY" not in countries_of(e.actor)
    assert any("عائلة" in t for t in texts_of(e.actor)), texts_of(e.actor)


def test_an_unnamed_noun_after_anna_leaves_the_object_a_recipient():
    text = ("أفادت مصادر محلية أن لجنة المتابعة العليا، التي تضم أحزابا عدة، دعت "
            "الحكومة الأردنية إلى فتح المعبر.")
    e = event_on(text, "REQUEST", "دعت")
    assert "JOR" in countries_of(e.recipient)
    assert "JOR" not in countries_of(e.actor)


@pytest.mark.parametrize("text, trigger, actor", [
    ("وقال الوزير إن الحرب ستطول، في حين دعت فرنسا إلى التهدئة الفورية.", "دعت", "FRA"),
    ("وبعد أن اتهمت تركيا إسرائيل بعرقلة المساعدات، استدعت سفيرها للتشاور.", "اتهمت",
     "TUR"),
])
def test_a_verb_first_clause_keeps_its_subject(text, trigger, actor):
    e = event_on(text, "REQUEST" if trigger == "دعت" else "ACCUSE", trigger)
    assert actor in countries_of(e.actor), countries_of(e.actor)


# ------------------------------------------------ Israeli channels are outlets


@pytest.mark.parametrize("text, name", [
    ("قالت القناة الـ13 الإسرائيلية مساء أمس إن المفاوضات متعثرة.", "القناة الـ13"),
    ("ونقلت القناة 12 الإسرائيلية عن مسؤول قوله إن الوفد سيعود.", "القناة 12"),
    ("وذكرت هيئة البث الإسرائيلية أن الجلسة تأجلت.", "هيئة البث"),
])
def test_israeli_channels_are_news_outlets(text, name):
    mentions = [m for m in find_actors(TextLayer(text)) if name in m.text]
    assert mentions, [m.text for m in find_actors(TextLayer(text))]
    assert all(is_news_outlet(m) and m.country == "ISR" for m in mentions)


def test_a_reporting_channel_is_no_party_of_the_reported_agreement():
    text = ("أفادت القناة الـ14 الإسرائيلية مساء الأحد بتوقيع اتفاق بين مصر والأردن لتنظيم "
            "حركة الشاحنات.")
    e = event_on(text, "AGREE", "توقيع")
    assert "ISR" not in countries_of(e.actor) + countries_of(e.recipient)
    assert {"EGY", "JOR"} <= set(countries_of(e.actor) + countries_of(e.recipient))


# ------------------------------------------------ the press reports, it does not meet


@pytest.mark.parametrize("text, trigger", [
    ("ذكرت صحف عبرية أن المحادثات في القاهرة تعثرت مجددا.", "محادثات"),
    ("وأفادت وسائل إعلام أمريكية بأن الاجتماعات المغلقة حول السودان لم تسفر عن شيء.",
     "اجتماعات"),
])
def test_the_press_is_no_party_of_a_reported_meeting(text, trigger):
    e = event_on(text, "CONSULT", trigger)
    assert not any(m.sector == "JRN" for m in e.actor + e.recipient), texts_of(e.actor)


def test_the_press_keeps_its_own_protest():
    text = "نظمت نقابة الصحفيين وقفة احتجاجية أمام مقر الأمم المتحدة في جنيف."
    e = event_on(text, "PROTEST", "وقفة")
    assert any("نقابة الصحفيين" in t for t in texts_of(e.actor)), texts_of(e.actor)
