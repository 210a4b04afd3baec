"""A capital's Arabic name that is also a common word must not make a party (nineteenth session):
the Maldives' capital spelt ماليه reads, once ta marbuta is folded, as مالية (financial), which
named the Maldives' government in reports of financial aid and financial pressure.  Sentences
written for these tests."""
from functools import lru_cache

import pytest

from hadath.kb import load_kb
from hadath.recognize.actors import ActorResolver
from hadath.text import TextLayer


@lru_cache(maxsize=1)
def _resolver() -> ActorResolver:
    return ActorResolver(load_kb())


def countries(text):
    return {m.country for m in _resolver().find(TextLayer(text))}


@pytest.mark.parametrize("text", [
    "وقدمت الحكومة مساعدات مالية عاجلة للنازحين.",
    "وفرضت واشنطن عقوبات مالية جديدة على الشركات.",
    "وأعلنت وزارة المالية عن خطة لدعم الموازنة.",
])
def test_financial_is_no_maldives(text):
    assert "MDV" not in countries(text)


def test_the_maldives_by_name_stays():
    assert "MDV" in countries("ورحبت جزر المالديف بالقرار.")
