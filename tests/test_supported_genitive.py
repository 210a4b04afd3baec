"""The genitive of a verbal noun of supporting (دعم، تأييد، مساندة) is the one supported, and
the subject of the verb carrying the noun is the supporter; the genitive supports when the
support's own object follows it, after ب ("with its support"), and as a demonym of origin.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of


def _support(text: str):
    return next(e for e in events_of(text, "SUPPORT") if e.trigger.text.endswith("دعم"))


def _names(members, word: str) -> bool:
    return any(word in m.text for m in members)


@pytest.mark.parametrize("text, supporter, supported", [
    # the genitive is supported, the subject of the carrying verb supports
    ("جدد المحتجون في العاصمة دعم المقاومة الفلسطينية خلال وقفة مسائية.", "المحتجون", "المقاومة"),
    ("أكدت الحكومة الأردنية دعم فلسطين في كل المحافل.", "الحكومة", "فلسطين"),
    ("وأكد الحوثيون مواصلة دعم المقاومة حتى وقف الحرب.", "الحوثيون", "المقاومة"),
    # the genitive's own ل-object follows: the genitive supports
    ("وأكد النائب دعم واشنطن لإسرائيل في الحرب الأخيرة.", "واشنطن", "إسرائيل"),
])
def test_supporter_and_supported_of_a_support_noun(text, supporter, supported):
    e = _support(text)
    assert _names(e.actor, supporter) and not _names(e.actor, supported)
    assert _names(e.recipient, supported) and not _names(e.recipient, supporter)


@pytest.mark.parametrize("text, supporter", [
    # "with the support of": after ب the genitive is the supporter
    ("تواصل إسرائيل حربها على القطاع بدعم الولايات المتحدة.", "الولايات المتحدة"),
    # a demonym after the noun names the supporter's origin
    ("وأكد الناطق الدعم الإيراني لحزب الله في جنوب لبنان.", "الإيراني"),
])
def test_genitive_still_supports(text, supporter):
    e = _support(text)
    assert _names(e.actor, supporter)
    assert not _names(e.recipient, supporter)
