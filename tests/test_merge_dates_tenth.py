"""Tenth session: what merged events keep, and dates of quoted events.  Two statements by
speakers of different countries, or by two different named persons, stay two events; a time
in a relative clause before the trigger dates that clause's fact, not the main verb; a
statement's trigger inside a quotation does not take the lead's day (a quoted report of a
raid still does).

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assigned_date

from hadath.pipeline import Pipeline, record_to_raw

PUBLISHED = "2024-09-18"
HEADLINE = "عنوان الخبر\n\n"



def _events(pipe: Pipeline, text: str, event_type: str):
    res = pipe.process(record_to_raw({"id": "t", "text": HEADLINE + text}), published=PUBLISHED)
    return sorted((e for e in res.events if e.event == event_type), key=lambda e: e.trigger.start)


# ---------------------------------------------------------------- statements of two speakers


def test_demands_of_two_named_persons_stay_two(pipeline):
    events = _events(pipeline, "دعا رئيس الوزراء الإسرائيلي بنيامين نتنياهو الوزراء إلى التصويت على "
                               "الخطة. وطالب بيني غانتس الحكومة بتأجيل التصويت.", "REQUEST")
    assert len(events) == 2
    assert {a.id for a in events[0].actor} & {"isr-netanyahu"}
    assert not {a.id for a in events[0].actor} & {a.id for a in events[1].actor if a.kind == "person"}


def test_one_speaker_told_by_office_and_name_stays_one_demand(pipeline):
    events = _events(pipeline, "طالب رئيس الوزراء الإسرائيلي الحكومة بالتصويت على الخطة. وقال نتنياهو "
                               "إنه طالب بالتصويت عليها.", "REQUEST")
    assert len(events) == 1


# ---------------------------------------------------------------- a relative clause's time


@pytest.mark.parametrize("text", [
    "وأسرة المهندس، الذي قتل في غارة على المدينة، مطلع آذار الماضي، طالبت بإجراء تحقيق مستقل.",
    "وأسرة المهندس، الذي قتل في آذار الماضي، طالبت بإجراء تحقيق مستقل.",
])
def test_a_relative_clauses_time_does_not_date_the_main_verb(pipeline, text):
    assert assigned_date(pipeline, text, "طالبت", PUBLISHED, event="REQUEST") is None


def test_a_bare_aside_after_the_subject_still_dates_the_verb(pipeline):
    text = "وفي مطلع آذار الماضي، طالبت أسرة المهندس بإجراء تحقيق مستقل."
    assert assigned_date(pipeline, text, "طالبت", PUBLISHED, event="REQUEST") == "2024-03"


# ---------------------------------------------------------------- quoted statements


_LEAD = "أعلنت مصر اليوم الأربعاء موقفها من المفاوضات في مؤتمر صحفي بالعاصمة. "


def test_a_quoted_refusal_does_not_take_the_leads_day(pipeline):
    text = _LEAD + 'وقال المتحدث إن "مصر رفضت كل العروض".'
    assert assigned_date(pipeline, text, "رفضت", PUBLISHED, event="REJECT") is None


def test_the_same_refusal_told_outside_quotes_takes_the_leads_day(pipeline):
    text = _LEAD + "وقال المتحدث إن مصر رفضت كل العروض."
    assert assigned_date(pipeline, text, "رفضت", PUBLISHED, event="REJECT") == PUBLISHED


def test_a_quoted_report_of_a_raid_keeps_the_leads_day(pipeline):
    text = ("اقتحمت قوات الاحتلال اليوم الأربعاء مدينة نابلس في الضفة الغربية. "
            'وقالت مراسلتنا إن "قوات الاحتلال اقتحمت بلدة قريبة من المدينة".')
    assert assigned_date(pipeline, text, "اقتحمت بلدة", PUBLISHED, event="COERCE") == PUBLISHED
