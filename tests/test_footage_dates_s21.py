"""Twenty-first session: the act a piece of published footage shows.

"بثت الفصائل اليوم مشاهد من استهداف دبابة": the day the footage came out is not the day of
the act it shows, which is often days old, so a time before the footage noun does not date
the act.  A time told in the act's own phrase still dates it, and an act not named by
footage keeps its day.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assigned_date

PUBLISHED = "2024-09-18"        # a Wednesday


@pytest.mark.parametrize("text, trigger", [
    ("بثت الفصائل المسلحة اليوم الأربعاء مشاهد من قنص جندي قرب الحدود.", "قنص"),
    ("نشرت الجماعة، اليوم الأربعاء، مشاهد توثق استهداف آلية عسكرية شرقي المدينة.", "استهداف"),
    ("عرض الجناح العسكري أمس مقطع فيديو يظهر تفجير عبوة بدورية للجيش.", "تفجير"),
    ("بثت القناة صباح اليوم صورا لقصف منزل في المخيم.", "قصف"),
    ("نشرت الحركة اليوم مشاهد قالت إنها من قصف مقاتليها موقعا عسكريا.", "قصف"),
])
def test_the_day_footage_is_published_does_not_date_the_act_it_shows(pipeline, text, trigger):
    assert assigned_date(pipeline, text, trigger, PUBLISHED, "nouns") is None


def test_a_time_in_the_acts_own_phrase_still_dates_it(pipeline):
    text = "بثت الفصائل اليوم مشاهد من استهداف دبابة في حي الزيتون يوم الأحد الماضي."
    assert assigned_date(pipeline, text, "استهداف", PUBLISHED, "nouns") == "2024-09-15"


@pytest.mark.parametrize("text, trigger, form, expected", [
    # no footage noun: the statement's day dates the act as before
    ("أعلنت الفصائل اليوم الأربعاء استهداف دبابة شرقي المدينة.", "استهداف", "nouns", PUBLISHED),
    # the footage noun stands after the act: the act is told first, with its own day
    ("قصفت الطائرات منزلا في المخيم اليوم، وبثت القناة صورا للدمار.", "قصفت", "past", PUBLISHED),
    # صور alone is the city of Tyre, not footage
    ("أغارت الطائرات اليوم على مدينة صور واستهدفت مبنى سكنيا.", "استهدفت", "past", PUBLISHED),
    # the footage noun stands in another clause, before the act's own
    ("نشرت القناة مشاهد للدمار في البلدة، واستهدفت الطائرات اليوم مبنى آخر.", "استهدفت", "past",
     PUBLISHED),
])
def test_acts_not_shown_in_footage_keep_their_day(pipeline, text, trigger, form, expected):
    assert assigned_date(pipeline, text, trigger, PUBLISHED, form) == expected
