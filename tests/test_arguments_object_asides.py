"""A verb's object across a comma aside between its subject and the object (time, channel,
source, manner), and passive participles of accusation ("متهمة بـ"): the participant before
them is the accused.  Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded, events_of

from hadath.events.arguments.nearby import _past_object_aside


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("اتهمت اليابان، الجمعة، الحكومة الصينية بتهديد أمن الملاحة.", "ACCUSE", "JPN", "CHN"),
    ("طالبت وزارة الخارجية الأردنية، في بيان رسمي، إسرائيل بفتح المعابر.", "REQUEST",
     "JOR", "ISR"),
    ("هددت كوريا الشمالية، عبر وكالتها الرسمية، اليابان برد عسكري.", "THREATEN", "PRK", "JPN"),
    ("اعتقلت الشرطة التركية، فجر اليوم، صحفيين سوريين في إسطنبول.", "COERCE", "TUR", "SYR"),
    ("انتقدت ألمانيا، وفق وكالة الأنباء الرسمية، روسيا بسبب الهجمات.", "ACCUSE", "DEU", "RUS"),
    ("أيدت مصر، مجددا، السلطة الفلسطينية في مسعاها الدبلوماسي.", "SUPPORT", "EGY", "PSE"),
])
def test_object_after_an_aside_following_the_subject(text, event, actor, recipient):
    actors, recipients = coded(text, event)
    assert actors == [actor] and recipient in recipients


def test_aside_holding_a_clause_of_its_own_is_not_skipped():
    text = "اتهمت الصين الفلبين، في حين طالبت اليابان بالتهدئة."
    start = text.index("الفلبين") + len("الفلبين")
    assert _past_object_aside(text, [], start, len(text)) == start


def test_aside_before_a_joined_verb_is_not_skipped():
    text = "قصفت الطائرات، فجر اليوم، وهاجمت الدبابات المواقع."
    start = text.index("الطائرات") + len("الطائرات")
    assert _past_object_aside(text, [], start, len(text)) == start


def test_time_aside_is_skipped_up_to_the_object():
    text = "اتهمت روسيا، يوم الثلاثاء، بريطانيا بالتجسس."
    start = text.index("روسيا") + len("روسيا")
    assert text[_past_object_aside(text, [], start, len(text)):].strip().startswith("بريطانيا")


def test_accused_participle_makes_the_noun_before_it_the_accused():
    events = events_of("وذكر التقرير أن الحكومة العراقية متهمة بإهمال ملف المفقودين.", "ACCUSE")
    assert events and all(e.recipient and e.recipient[0].country == "IRQ" for e in events)
    assert all("IRQ" not in [a.country for a in e.actor] for e in events)


def test_accusing_participle_keeps_its_object():
    events = events_of("ورفضت الخارجية الإيرانية القرار، متهمة بريطانيا بالانحياز.", "ACCUSE")
    participle = [e for e in events if e.trigger.text == "متهمة"]
    assert participle and [a.country for a in participle[0].actor] == ["IRN"]
    assert [r.country for r in participle[0].recipient] == ["GBR"]
