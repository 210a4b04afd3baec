"""Sixth session: ACCUSE recall and participants.  Classes: a speaker reporting that someone
committed crimes or genocide, or is complicit in them (reported forms: "قال إن الجيش يرتكب
جرائم حرب"، "أكد أن الحكومة متواطئة في ..."، a relative clause on the accused inside the
statement); the one blamed after a noun of blame ("التنديد بالعدوان الإسرائيلي"، "تحميل
الاحتلال المسؤولية") is the recipient, not the agent; a reported accusation with no date of
its own, continued by و from a dated statement, takes that statement's date.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no
from conftest import coded, events_of

# ---------------------------------------------------------------- crimes reported


@pytest.mark.parametrize("text", [
    "قال وزير الخارجية التركي إن إسرائيل ترتكب جرائم حرب في القطاع المحاصر.",
    "أكدت المقررة الأممية أن إسرائيل ارتكبت إبادة جماعية في المدينة.",
    ("وأكد المتحدث باسم الحكومة الإيرانية أن \"الجيش الإسرائيلي، الذي ارتكب العديد من الجرائم "
     "بحق المدنيين، سيحاسب\"."),
])
def test_a_speaker_reporting_crimes_accuses_their_author(text):
    actors, recipients = coded(text, "ACCUSE")
    assert "ISR" in recipients, text
    assert actors and "ISR" not in actors, text


def test_the_accused_is_the_antecedent_next_to_the_relative_clause():
    e = next(e for e in events_of(
        "وقال وزير الدفاع السوري إن \"الجيش اللبناني والشعب يقفان في وجه الكيان الإسرائيلي، "
        "الذي ارتكب جرائم ضد الإنسانية\".", "ACCUSE") if "ارتكب" in e.trigger.text)
    assert [r.country for r in e.recipient] == ["ISR"]


def test_complicity_reported_by_a_speaker_is_an_accusation():
    _, recipients = coded(
        "رأت منظمة العفو الدولية أن بريطانيا شريكة في جرائم القصف على المدينة.", "ACCUSE")
    assert recipients == ["GBR"]


@pytest.mark.parametrize("text", [
    # crimes the writer reports (no speaker, no complementizer)
    "ارتكبت قوات الاحتلال جرائم جديدة في جنين فجر اليوم.",
    # a partner in talks is no accomplice
    "قال الوزير إن مصر شريك في المفاوضات الجارية.",
])
def test_crimes_without_a_speaker_or_a_partner_in_talks_are_no_accusation(text):
    _assert_no("ACCUSE", text)


def test_reported_crimes_still_need_a_named_subject():
    _assert_no("ACCUSE", "قال الوزير إنها ترتكب جرائم في المدينة.")

# ---------------------------------------------------------------- the one blamed after a noun


@pytest.mark.parametrize("text", [
    "خرجت مسيرة في العاصمة منددة بالعدوان الإسرائيلي على لبنان.",
    "نظم طلاب الجامعة وقفة للتنديد بالحرب الإسرائيلية على القطاع.",
    "وسط إجماع دولي على إدانة إسرائيل في الجلسة.",
    "وقالت الوزارة إن المدارس مغلقة، متهمة الجيش الإسرائيلي بتعمد قصفها.",
])
def test_the_party_after_a_noun_of_blame_is_the_recipient(text):
    actors, recipients = coded(text, "ACCUSE")
    assert "ISR" in recipients, text
    assert "ISR" not in actors, text


def test_a_demonym_of_the_noun_itself_names_who_criticises():
    actors, _ = coded("أثارت الانتقادات المصرية الحادة غضب الحكومة الإسرائيلية.", "ACCUSE")
    assert actors == ["EGY"]


def test_a_genitive_followed_by_li_is_the_one_who_accuses():
    actors, recipients = coded("وجاء ذلك بعد اتهام إسرائيل لحماس بخرق الهدنة.", "ACCUSE")
    assert "ISR" in actors and "PSE" in recipients


def test_a_definite_noun_of_blame_takes_no_genitive():
    e = events_of("تصاعدت الانتقادات الداخلية التي توجه لرئيس الوزراء الإسرائيلي.", "ACCUSE")[0]
    assert "noun+accused" not in e.rule

# ---------------------------------------------------------------- date of a continued report


def test_a_continued_report_takes_the_date_of_the_statement_before():
    text = ("أكد وزير الخارجية الإيراني، اليوم الأحد، دعم بلاده للمقاومة. "
            "وأشار وزير الخارجية السوري إلى أن إسرائيل ترتكب جرائم حرب في لبنان.")
    accusation = next(e for e in events_of(text, "ACCUSE", published="2024-09-01")
                      if "ترتكب" in e.trigger.text)
    assert accusation.date == "2024-09-01"


def test_an_accusation_still_codes_with_a_plain_verb():
    _assert_has("ACCUSE", "اتهم الوزير الحكومة الإسرائيلية بعرقلة الاتفاق.")
