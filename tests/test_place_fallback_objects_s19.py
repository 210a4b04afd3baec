"""The object named before a town when no reader found a recipient (nineteenth session):
an object the act took between the trigger (and its agent) and the في or ب of the town is
what was acted on, of the town's country, though no word list names it; the town itself
stays the recipient when nothing but adjectives, times, the fire, the instrument or a part
of the town stands before it, or when it follows the trigger or على directly.  The
sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on


def _recipients(text: str, event_type: str, trigger: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in event_on(text, event_type, trigger).recipient]


@pytest.mark.parametrize("text, event_type, trigger, hit", [
    # after a verb: an object noun of no word list, a partitive count before it
    ("دمرت الجرافات البنية التحتية والشوارع في مخيم نور شمس.", "ASSAULT", "دمرت", "البنية التحتية"),
    ("جرفت جرافات الاحتلال مجموعة من البيوت في بلدة عناتا.", "COERCE", "جرفت", "البيوت"),
    ("دمرت القوات شبكة المياه في حي الجابريات بمدينة جنين صباحا.", "ASSAULT", "دمرت", "شبكة المياه"),
    # after an attack noun: its object marked by ل or named after a targeting verb
    ("قتل ثلاثة في قصف إسرائيلي لاستراحة عائلية بمدينة رفح.", "ASSAULT", "قتل", "استراحة عائلية"),
    ("أسفرت غارة استهدفت صالة أفراح في مخيم النصيرات عن شهداء.", "ASSAULT", "غارة", "صالة أفراح"),
])
def test_the_object_before_the_town_is_the_recipient(text: str, event_type: str, trigger: str,
                                                     hit: str) -> None:
    assert _recipients(text, event_type, trigger) == [(hit, "PSE")]


@pytest.mark.parametrize("text, event_type, trigger, town", [
    # the town right after the trigger or after على is itself what was hit
    ("قصف الجيش الإسرائيلي خان يونس بالمدفعية.", "ASSAULT", "قصف", "خان يونس"),
    ("شنت الطائرات الإسرائيلية غارة على بلدة عيتا الشعب.", "ASSAULT", "غارة", "عيتا الشعب"),
    # only a time, the fire or the act's adjectives stand before في
    ("قصفت المدفعية الإسرائيلية صباح اليوم في بلدة الخيام.", "ASSAULT", "قصفت", "الخيام"),
    ("أطلقت قوات الاحتلال النار في بلدة بيت أمر.", "ASSAULT", "النار", "بيت أمر"),
    ("نفذت الطائرات غارة جوية عنيفة في بلدة الخيام.", "ASSAULT", "غارة", "الخيام"),
    # a part of the town itself
    ("اقتحمت قوات الاحتلال مناطق متفرقة في الضفة الغربية.", "COERCE", "اقتحمت", "الضفة الغربية"),
])
def test_the_town_stays_the_recipient(text: str, event_type: str, trigger: str, town: str) -> None:
    assert [t for t, _ in _recipients(text, event_type, trigger)] == [town]


@pytest.mark.parametrize("text, trigger, not_object", [
    # after an attack noun a verb of its own clause, or a relative clause's verb, is no object
    ("قال شهود إن انفجارات دوت في مدينة جنين ليلا.", "انفجارات", "دوت"),
    ("كشف الجيش تفاصيل الكمين الذي نصبته المقاومة في رفح أمس.", "كمين", "نصبته"),
])
def test_a_word_no_object_marks_is_not_taken(text: str, trigger: str, not_object: str) -> None:
    assert all(not_object not in m.text for m in event_on(text, "ASSAULT", trigger).recipient)
