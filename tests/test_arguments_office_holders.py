"""REQUEST participants: an office noun without a country (زعيم، المتحدث، مسؤول ...) is not
the one who demands; its holder or the body it belongs to is (sentences written for these
tests)."""
from __future__ import annotations

import pytest
from conftest import coded

from hadath.events.structure import build_groups, office_holder
from hadath.records import ActorMention


@pytest.mark.parametrize("sentence, actors, recipients", [
    # the person named after the office's construct is the speaker
    ("ودعا مسؤول الشؤون الخارجية في الاتحاد الأوروبي جوزيب بوريل الطرفين إلى التهدئة.",
     ["EUR"], []),
    # no person named: the body the office belongs to speaks, and the object after the
    # construct stays the recipient
    ("ناشد المتحدث باسم منظمة الصحة العالمية الحكومة السودانية بفتح المعابر.",
     ["UNO"], ["SDN"]),
])
def test_office_speaks_through_holder_or_body(sentence, actors, recipients):
    assert coded(sentence, "REQUEST") == (actors, recipients)


def test_office_then_name_in_commas_speaks_for_participle():
    sentence = "قال زعيم حزب العمال البريطاني، كير ستارمر، إن الوضع خطير، داعيا إلى هدنة فورية."
    assert coded(sentence, "REQUEST")[0] == ["GBR"]


def test_plain_subject_and_object_unchanged():
    # no office noun: the definite body after the subject stays the addressee
    assert coded("طالب المتظاهرون الحكومة المصرية بوقف التصدير.", "REQUEST") == ([None], ["EGY"])


def _mention(text: str, start: int, kind: str, country: str | None) -> ActorMention:
    return ActorMention(start, start + len(text), text, None, country, None, None, kind)


def test_office_holder_stops_at_complement_preposition():
    # "إلى" ends the construct: the body after it is what is called for, not the office's
    text = "دعا المتحدث إلى دعم منظمة الصحة العالمية"
    groups = build_groups(text, [
        _mention("المتحدث", text.index("المتحدث"), "agent", None),
        _mention("منظمة الصحة العالمية", text.index("منظمة"), "organization", "UNO"),
    ])
    assert office_holder(text, groups, 0, len("دعا")) is None


def test_office_holder_skips_person_with_own_title():
    # a person named with a title of his own is another participant, not the holder
    text = "دعا المتحدث باسم الحكومة الأردنية رئيس الوزراء فلان"
    groups = build_groups(text, [
        _mention("المتحدث", text.index("المتحدث"), "agent", None),
        _mention("الحكومة الأردنية", text.index("الحكومة"), "institution", "JOR"),
        _mention("رئيس الوزراء فلان", text.index("رئيس"), "person", "JOR"),
    ])
    assert len(groups) == 3
    assert office_holder(text, groups, 0, len("دعا")) == 1
