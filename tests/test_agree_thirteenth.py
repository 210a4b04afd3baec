"""Thirteenth session: precision of AGREE on wire news.
Classes: an agreement a party is open to, one a step is hoped to lead to, or a proposal "on
the table" or still to be presented is a prospect (hypothetical), not one reached; agreeing
"that" something is so stays an opinion when a few more words (a place, a qualifier) stand
between the verb and على أن. Each class has the reports that must stay.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no
from conftest import events_of

# ---------------------------------------------------------------- prospects


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن الحكومة منفتحة على اتفاق يضمن عودة النازحين.",
    "وأكد قادة الحزب أنهم منفتحون على اتفاق مرحلي مع المعارضة.",
    "وقالت الرئاسة إن هناك اتفاقا على الطاولة لإنهاء الأزمة في الإقليم.",
    "وأضاف الوسيط أن الاتفاق المطروح يمنح الطرفين مهلة شهر.",
])
def test_an_agreement_open_to_or_on_the_table_is_a_prospect(text):
    assert all(e.hypothetical for e in events_of(text, "AGREE")), text


@pytest.mark.parametrize("text", [
    "وقعت الحكومة الكينية أمس اتفاقا مع البنك الدولي لتمويل مشاريع المياه.",
    "توصلت الأطراف المتنازعة أمس إلى اتفاق يفضي إلى وقف القتال في الإقليم.",
    "أعلنت الحكومة أن الاتفاق الذي وقعته مع النقابة دخل حيز التنفيذ اليوم.",
])
def test_an_agreement_reached_is_no_prospect(text):
    assert any(not e.hypothetical for e in events_of(text, "AGREE")), text


# ---------------------------------------------------------------- opinions


@pytest.mark.parametrize("text", [
    "اتفق وزراء المالية في اجتماعهم بالرباط على أن التضخم يهدد النمو.",
    "اتفق المشاركون في المؤتمر بجنيف أمس على أن الأزمة الإنسانية تتفاقم.",
])
def test_agreeing_that_something_is_so_is_no_deal(text):
    _assert_no("AGREE", text)


@pytest.mark.parametrize("text", [
    "اتفق وزيرا الخارجية خلال لقائهما في عمان أمس على أن يتم تبادل السفراء.",
    "اتفق الطرفان في ختام جولة المحادثات أمس على أن تستأنف الرحلات الجوية.",
])
def test_agreeing_that_something_be_done_stays_a_deal(text):
    _assert_has("AGREE", text)
