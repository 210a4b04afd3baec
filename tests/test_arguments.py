"""Who did it to whom: argument attachment on sentences written for these tests."""
from __future__ import annotations

import pytest

import hadath
from hadath.pipeline import record_to_raw

PUBLISHED = "2025-03-04"


def coded(sentence: str, event: str):
    """Participants' countries of the first event of that type, whatever its confidence
    (this tests attachment, not detection)."""
    pipeline = hadath.default_pipeline(include_nonfactual=True, min_confidence=0.0)
    result = pipeline.process(record_to_raw({"id": "t", "text": "عنوان الخبر\n\n" + sentence}),
                              published=PUBLISHED)
    events = [e for e in result.events if e.event == event]
    assert events, f"no {event} in {sentence!r}"
    e = events[0]
    return [a.country for a in e.actor], [r.country for r in e.recipient]


@pytest.mark.parametrize("sentence, event, actors, recipients", [
    # verb-subject-object, with a time adverb between verb and subject
    ("أدانت قطر اليوم الغارة الإسرائيلية على مدرسة في غزة.", "ACCUSE", ["QAT"], ["ISR"]),
    ("بحث الرئيس المصري مع نظيره الفرنسي الأوضاع في المنطقة.", "CONSULT", ["EGY"], ["FRA"]),
    # a counted group after a verb is its object, not its subject
    ("وخلال الحرب قتلت الغارات آلاف المدنيين الفلسطينيين.", "ASSAULT", [], ["PSE"]),
    ("وقتل مسلحون خمسة جنود عراقيين في كمين.", "ASSAULT", [None], ["IRQ"]),
    # subject fronted at the head of the clause, also after a complementiser
    ("وقال المتحدث إن إيران تدعم سوريا في مواجهة الإرهاب.", "SUPPORT", ["IRN"], ["SYR"]),
    ("حماس رفضت المقترح الأمريكي.", "REJECT", ["PSE"], ["USA"]),
    # coordinated subjects
    ("واتفقت مصر والأردن على تنسيق المواقف.", "AGREE", ["EGY", "JOR"], []),
    # a verbal noun takes its agent as an adjective and its target after على
    ("وأسفر قصف إسرائيلي على بلدة حولا عن مقتل شخصين.", "ASSAULT", ["ISR"], ["LBN"]),
    # a genitive of people after an action noun is the victim
    ("ونددت الأمم المتحدة بتهجير الفلسطينيين من شمال القطاع.", "COERCE", [], ["PSE"]),
    ("ونددت الأمم المتحدة بتهجير الفلسطينيين من شمال القطاع.", "ACCUSE", ["UNO"], ["PSE"]),
    # a circumstantial participle shares the main clause's subject and takes its own object
    ("وأدان وزير الخارجية الأردني القصف، مطالبا إسرائيل بوقف عملياتها.", "REQUEST", ["JOR"], ["ISR"]),
])
def test_participants(sentence, event, actors, recipients):
    got_actors, got_recipients = coded(sentence, event)
    assert got_actors == actors
    assert got_recipients == recipients


def test_mediation_between_parties():
    actors, recipients = coded("وتقود قطر ومصر وساطة بين إسرائيل وحركة حماس.", "CONSULT")
    assert set(actors) == {"QAT", "EGY"} and set(recipients) == {"ISR", "PSE"}


def test_victim_subject_of_undergo_frame():
    actors, recipients = coded("وتعرضت سوريا أمس لهجوم بطائرات مسيرة.", "ASSAULT")
    assert recipients == ["SYR"] and "SYR" not in actors


def test_coordinated_predicate_shares_subject_and_pronoun_object():
    text = "وتوعد حزب الله إسرائيل بالرد وحملها المسؤولية عن الهجوم."
    assert coded(text, "THREATEN") == (["LBN"], ["ISR"])
    assert coded(text, "ACCUSE") == (["LBN"], ["ISR"])
