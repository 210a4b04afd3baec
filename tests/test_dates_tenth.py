"""Tenth session: dates taken from the wrong place.  A year right after the noun of an
agreement or law names the document, not when the event happened; a statement far down the
body takes the lead's day only when that day is the news of the day, not an older day the
lead tells as background; an observance ("اليوم العالمي ...") is a day of the year, not today.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assigned_date

from hadath.pipeline import Pipeline

PUBLISHED = "2024-09-18"



def date_of(pipeline: Pipeline, text: str, trigger: str, form: str = "past",
            event_type: str = "ASSAULT") -> str | None:
    return assigned_date(pipeline, text, trigger, PUBLISHED, form, event=event_type)


# ---------------------------------------------------------------- a year naming a document


@pytest.mark.parametrize("text, trigger", [
    ("رفضت الحكومة طلب جارتها تعديل اتفاقية عام 1999 بشأن المياه.", "رفضت"),
    ("انتقد الوزير خرق اتفاق الطائف 1989 في بيانه.", "انتقد"),
    ("طالب النواب بإلغاء قانون 2011 الخاص بالجمعيات.", "طالب"),
])
def test_a_year_after_a_document_noun_names_the_document(pipeline, text, trigger):
    assert date_of(pipeline, text, trigger, event_type="REJECT") is None


def test_the_other_time_of_the_sentence_dates_the_event_instead(pipeline):
    text = "منذ توقيع اتفاق الطائف عام 1989 وحتى قرار حلها الذي أقره البرلمان أمس الثلاثاء."
    assert date_of(pipeline, text, "حلها", event_type="SANCTION") == "2024-09-17"


def test_the_signing_of_the_document_keeps_its_year(pipeline):
    text = "وقعت الحكومة والمعارضة اتفاق الطائف عام 1989 في المدينة."
    assert date_of(pipeline, text, "وقعت", event_type="AGREE") == "1989"


def test_a_year_after_a_preposition_still_dates_the_event(pipeline):
    text = "وقعت الحكومة اتفاقا مع المعارضة في 2011 بعد محادثات طويلة."
    assert date_of(pipeline, text, "وقعت", event_type="AGREE") == "2011"


# ---------------------------------------------------------------- the lead's day far down the body

_FILLER = ("وتحدث التقرير عن أوضاع المزارعين في الريف. "
           "وأشار إلى ارتفاع أسعار الحبوب في الأسواق. "
           "ونقل عن خبراء قولهم إن الموسم كان صعبا. "
           "وتناول أيضا مشاريع الري الجديدة. ")


def test_an_old_lead_day_does_not_date_a_statement_far_down(pipeline):
    text = ("في الخامس من آذار الماضي، وقعت مصر والأردن اتفاقا للتعاون الزراعي. " + _FILLER
            + "ودعا وزير الخارجية المصري إلى تسريع تنفيذ المشاريع المشتركة.")
    assert date_of(pipeline, text, "دعا", event_type="REQUEST") is None


def test_a_lead_of_the_news_day_still_dates_a_statement_far_down(pipeline):
    text = ("وقعت مصر والأردن أمس الثلاثاء اتفاقا للتعاون الزراعي. " + _FILLER
            + "ودعا وزير الخارجية المصري إلى تسريع تنفيذ المشاريع المشتركة.")
    assert date_of(pipeline, text, "دعا", event_type="REQUEST") == "2024-09-17"


def test_an_old_lead_day_still_dates_a_statement_in_the_lead(pipeline):
    text = ("في الخامس من آذار الماضي، وقعت مصر والأردن اتفاقا للتعاون. "
            "ودعا وزير الخارجية المصري إلى تسريع تنفيذ المشاريع.")
    assert date_of(pipeline, text, "دعا", event_type="REQUEST") == "2024-03-05"


# ---------------------------------------------------------------- observance days


def test_an_observance_is_its_day_of_the_year_not_today(pipeline):
    text = "نظم طلاب الجامعة وقفة بمناسبة اليوم العالمي للطفل في الساحة الرئيسية."
    assert date_of(pipeline, text, "نظم", event_type="PROTEST") == "2023-11-20"


def test_an_unlisted_observance_is_not_today(pipeline):
    text = "نظم طلاب الجامعة وقفة بمناسبة اليوم الوطني للمسرح في الساحة الرئيسية."
    assert date_of(pipeline, text, "نظم", event_type="PROTEST") is None


def test_today_is_still_today(pipeline):
    text = "نظم طلاب الجامعة اليوم وقفة في الساحة الرئيسية."
    assert date_of(pipeline, text, "نظم", event_type="PROTEST") == PUBLISHED
