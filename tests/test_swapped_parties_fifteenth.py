"""The one asked is not the one who asks: a feminine participle of demanding spelled like
its verbal noun ("مطالبة"، "داعية") after a comma or with tanween comments on the clause
before it, so the participant after it is asked and the clause's subject asks (sentences
written for these tests)."""
from __future__ import annotations

import pytest
from conftest import coded, events_of

from hadath.events.arguments.demands import _circumstantial_demand_participle


@pytest.mark.parametrize("sentence, actors, recipients", [
    ("حذرت منظمة الصحة العالمية اليوم من نقص الأدوية، مطالبة إسرائيل بفتح المعابر.",
     ["UNO"], ["ISR"]),
    ("انتقدت الحكومة الأردنية القرار، مطالبةً إسرائيل بالتراجع عنه فورا.", ["JOR"], ["ISR"]),
    ("أشاد الرئيس المصري بالاتفاق, ومطالبة قطر بمواصلة الوساطة.", ["EGY"], ["QAT"]),
])
def test_party_after_circumstantial_participle_is_asked(sentence, actors, recipients):
    assert coded(sentence, "REQUEST") == (actors, recipients)


@pytest.mark.parametrize("sentence, actors", [
    # the verbal noun after a preposition or a verb keeps its genitive as the one who asks
    ("قرر الوزير تمديد العمل بعد مطالبة أميركا الحكومة بذلك.", ["USA"]),
    ("وجاءت مطالبة الرئيس الفرنسي بوقف إطلاق النار بعد اللقاء.", ["FRA"]),
])
def test_verbal_noun_of_demand_keeps_its_agent(sentence, actors):
    assert coded(sentence, "REQUEST")[0] == actors


@pytest.mark.parametrize("sentence, word, expected", [
    ("رفض القرار، مطالبة الحكومة بالتحرك", "مطالبة", True),
    ("رفض القرار داعيةً الشباب إلى الحذر", "داعيةً", True),
    ("رفض القرار، ومطالبة الحكومة بالتحرك", "مطالبة", True),
    ("جاء ذلك بعد مطالبة الحكومة بالتحرك", "مطالبة", False),
    ("رفض الوزير مطالبة المعارضة", "مطالبة", False),
    ("رفض القرار، الدعوة إلى التحرك", "الدعوة", False),
])
def test_circumstantial_demand_participle(sentence, word, expected):
    start = sentence.index(word)
    assert _circumstantial_demand_participle(sentence, start, start + len(word)) is expected


@pytest.mark.parametrize("sentence, actors, recipients", [
    # a name no lexicon knows, then its holder's title: the title's body is the subject
    ("دعا كمال العبد المتحدث باسم وزارة الخارجية القطرية إلى التهدئة.", ["QAT"], []),
    ("طالب سمير الخطيب الناطق باسم الحكومة الأردنية المجتمع الدولي بالتحرك.",
     ["JOR"], ["IGO"]),
])
def test_title_after_unknown_name_is_the_subject(sentence, actors, recipients):
    assert coded(sentence, "REQUEST") == (actors, recipients)


def test_plural_noun_before_title_stays_the_subject():
    # a definite title after a construct of common nouns is the object, not an apposition
    e = events_of("طالبت عائلات الأسرى المستشار القضائي للحكومة بالتحقيق.", "REQUEST")[0]
    assert [a.text for a in e.actor] == ["عائلات الأسرى"]


def test_participle_without_object_keeps_the_noun_reading():
    # nothing right after the participle: no clause subject is made its asker
    rules = [e.rule for e in events_of("وبث الجيش مشاهد للأسيرين، ومطالبة الثاني بوقف القصف.",
                                       "REQUEST")]
    assert not any("circumstantial-participle" in r for r in rules)


def test_noun_with_pronoun_before_title_is_no_name():
    # "وزارة خارجيتها" is the subject, the title's genitive the object
    actors, recipients = coded("دانت وزارة خارجيتها خطاب الرئيس الروسي أمام البرلمان.",
                               "ACCUSE")
    assert recipients == ["RUS"] and "RUS" not in actors


def test_subject_of_reported_clause_does_not_ask():
    # the army is the subject of the clause after أن, not the one who asks
    actors, recipients = coded("ورأت المنظمات أن الجيش الإسرائيلي ينتهك القانون، مطالبةً "
                               "الحكومة البريطانية بالحظر الكامل.", "REQUEST")
    assert "ISR" not in actors and recipients == ["GBR"]
