"""A role noun, a name in quotes, then a demonym: the outlet or firm is of that country
(recognize/actors.py ``_QUOTED_NAME``).  The outlets' names are made up."""
from __future__ import annotations

import pytest

from hadath.recognize.actors import find_actors
from hadath.text.layer import analyze


def actors(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.country) for a in find_actors(analyze(text), date="2024-06-12")]


@pytest.mark.parametrize("text, phrase, country", [
    ('ذكرت قناة "النهار السابع" الإسرائيلية أن', 'قناة "النهار السابع" الإسرائيلية', "ISR"),
    ("نقلت صحيفة «المرصد الجديد» التركية عن مصدر", "صحيفة «المرصد الجديد» التركية", "TUR"),
    ("وقالت شركة “نور للطاقة” الإندونيسية إن", "شركة “نور للطاقة” الإندونيسية", "IDN"),
])
def test_quoted_name_between_role_noun_and_demonym(text, phrase, country):
    assert (phrase, country) in actors(text)


def test_a_quoted_word_before_another_adjective_gives_no_country():
    found = actors('بثت قناة "النهار السابع" الفضائية تقريرا')
    assert all(country is None for text, country in found if text.startswith("قناة"))


def test_too_long_a_quoted_stretch_is_no_name():
    text = 'قالت صحيفة "إن الوضع في المدينة صعب جدا هذا الأسبوع" الإسرائيلية'
    assert not any(t.startswith("صحيفة") and c == "ISR" for t, c in actors(text))
