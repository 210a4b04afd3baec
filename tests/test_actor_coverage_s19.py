"""Subjects the recogniser did not name (nineteenth session): analysts, the people of Jerusalem
and of Gaza by their plural nisba, social media users, film stars, and the nominative sound
plurals missing from agents listed by hand (مستثمرون beside مستثمرين).  Sentences written for
these tests."""
from functools import lru_cache

import pytest
from conftest import events_of

from hadath.kb import load_kb
from hadath.recognize.actors import ActorResolver
from hadath.text import TextLayer


@lru_cache(maxsize=1)
def _resolver() -> ActorResolver:
    return ActorResolver(load_kb())


def parties(text):
    return [(m.text, m.id, m.country, m.sector) for m in _resolver().find(TextLayer(text))]


@pytest.mark.parametrize("text, span, entry, country", [
    ("وانتقد محللون الخطة الجديدة للحكومة.", "محللون", "agent-analysts", None),
    ("ورأى المحللون أن الهدنة لن تصمد طويلا.", "المحللون", "agent-analysts", None),
    ("وحذر محللون عسكريون إسرائيليون من حرب طويلة.", "محللون عسكريون إسرائيليون",
     "agent-analysts", "ISR"),
    ("وقال المحلل السياسي المصري إن المفاوضات متعثرة.", "المحلل السياسي المصري",
     "agent-analysts", "EGY"),
    ("ويتهم مقدسيون البلدية بالتمييز في رخص البناء.", "مقدسيون", "agent-jerusalemites", "PSE"),
    ("وزعت الجمعية الطرود على العائلات من المقدسيين.", "المقدسيين", "agent-jerusalemites", "PSE"),
    ("وتجمع مئات الغزيين قرب نقطة التوزيع.", "الغزيين", "agent-gazans", "PSE"),
    ("وسخر مغردون من تصريحات الوزير.", "مغردون", "agent-social-media-users", None),
    ("وتداول رواد منصات التواصل الاجتماعي الصور بكثافة.", "رواد منصات التواصل الاجتماعي",
     "agent-social-media-users", None),
    ("ووقع نجوم السينما رسالة مفتوحة.", "نجوم السينما", "agent-artists", None),
    ("وقال مستثمرون إن الأسواق تراجعت.", "مستثمرون", "agent-merchants", None),
    ("وأكد باحثون أن العينة صغيرة.", "باحثون", "agent-scientists", None),
    ("وحذر محللون سياسيون وعسكريون أمريكيون من التصعيد.", "محللون سياسيون وعسكريون أمريكيون",
     "agent-analysts", "USA"),
])
def test_unnamed_subject_nouns_are_parties(text, span, entry, country):
    assert any(found.endswith(span) and kb_id == entry and c == country
               for found, kb_id, c, _ in parties(text))


@pytest.mark.parametrize("text, word", [
    # the singular nisba is a family name, the feminine one an adjective of places
    ("وقال الشاعر محمد المقدسي إن القصيدة قديمة.", "المقدسي"),
    ("هدمت الجرافات منازل مقدسية في الحي.", "مقدسية"),
    ("وصل الكاتب سامي الغزي إلى المعرض.", "الغزي"),
    # military analysts are no army: the adjective stays with the analysts
    ("وحذر محللون عسكريون إسرائيليون من حرب طويلة.", "عسكريون"),
    ("ونبه محللون سياسيون وعسكريون فرنسيون إلى المخاطر.", "عسكريون"),
])
def test_lookalikes_name_no_new_party(text, word):
    assert not any(found == word or (found.startswith(word) and kb_id == "inst-army")
                   for found, kb_id, _, _ in parties(text))


def test_analysts_are_the_critics():
    events = events_of("وانتقد محللون عسكريون إسرائيليون أداء الحكومة في الحرب.", "ACCUSE")
    assert all(any(a.id == "agent-analysts" and a.country == "ISR" for a in e.actor) for e in events)


def test_jerusalemites_accuse_with_their_country():
    events = events_of("ويتهم مقدسيون سلطات الاحتلال بتشجيع الفوضى في المدينة.", "ACCUSE")
    assert any(a.id == "agent-jerusalemites" and a.country == "PSE"
               for e in events for a in e.actor)
