"""Eleventh session: "لجان المقاومة" is Gaza's armed group in a document on Palestine or
Israel and Sudan's committees otherwise. Sentences written for these tests."""
from __future__ import annotations

import pytest

from hadath.kb import load_kb
from hadath.recognize.actors import ActorResolver
from hadath.text import TextLayer


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver(load_kb())


def mention(resolver, text: str, word: str):
    [m] = [m for m in resolver.find(TextLayer(text)) if word in m.text]
    return m


def test_resistance_committees_in_a_gaza_report_are_palestinian(resolver):
    text = "قالت لجان المقاومة إن مقاتليها استهدفوا دبابة إسرائيلية شرق مدينة غزة."
    m = mention(resolver, text, "لجان المقاومة")
    assert (m.country, m.sector) == ("PSE", "REB")


def test_resistance_committees_in_a_sudan_report_stay_sudanese(resolver):
    text = "دعت لجان المقاومة في الخرطوم إلى مواكب جديدة ضد الحكم العسكري في السودان."
    m = mention(resolver, text, "لجان المقاومة")
    assert (m.country, m.sector) == ("SDN", "CVL")


def test_resistance_committees_with_no_context_keep_their_default(resolver):
    m = mention(resolver, "أصدرت لجان المقاومة بيانا مساء أمس.", "لجان المقاومة")
    assert m.country == "SDN"
