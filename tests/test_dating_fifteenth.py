"""Fifteenth session: dates taken from another clause or another happening.

* A statement, call, meeting or message placed right after another happening ("إثر"، "عقب"،
  "في أعقاب") reacts to it; a time inside that phrase is the happening's, not the reaction's.
  Material acts keep it ("أصيب جندي عقب اقتحام المخيم الليلة الماضية").
* A verbal noun in the topic of a statement ("رسالة بشأن ... واعتقال ...") is what the
  statement is about: the statement's day before the topic word is not its day.
* A clause right after the trigger's that opens with منذ ("، منذ بداية الحرب") tells the fact
  over a period: the statement's day before it is not the fact's; a period begun today keeps
  today, and a toll keeps its report's day.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assigned_date

PUBLISHED = "2024-09-18"        # a Wednesday



@pytest.mark.parametrize("text, trigger, form, event", [
    ("أعرب الوزير الأردني عن تضامنه مع نظيره المصري إثر محاولة اغتياله في 3 أيلول الجاري.",
     "تضامنه", "nouns", "SUPPORT"),
    ("اجتمع الرئيس مع قادة الجيش في أعقاب مقتل الجنود يوم 5 أيلول الجاري.", "اجتمع", "past", "CONSULT"),
    ("طالبت النقابة بالإفراج عن الصحفيين عقب اعتقالهم الأحد الماضي.", "طالبت", "past", "REQUEST"),
])
def test_a_time_after_an_aftermath_word_dates_the_happening_not_the_reaction(pipeline, text, trigger,
                                                                             form, event):
    assert assigned_date(pipeline, text, trigger, PUBLISHED, form, event=event) is None


def test_a_material_act_keeps_the_day_of_what_it_follows(pipeline):
    text = "أصيب جندي إسرائيلي عقب اقتحام مخيم جنين الليلة الماضية."
    assert assigned_date(pipeline, text, "أصيب", PUBLISHED, "passive", event="ASSAULT") == "2024-09-17"


def test_a_reaction_keeps_the_reports_own_day_after_an_aftermath_word(pipeline):
    text = "اجتمع الرئيس مع قادة الجيش في أعقاب مقتل الجنود اليوم."
    assert assigned_date(pipeline, text, "اجتمع", PUBLISHED, event="CONSULT") == PUBLISHED


def test_a_reactions_own_time_before_the_aftermath_word_dates_it(pipeline):
    text = "اجتمع الرئيس أمس مع قادة الجيش في أعقاب مقتل الجنود يوم 5 أيلول الجاري."
    assert assigned_date(pipeline, text, "اجتمع", PUBLISHED, event="CONSULT") == "2024-09-17"


@pytest.mark.parametrize("text, trigger", [
    ("وجهت نقابة الأطباء اليوم رسالة عاجلة بشأن ملاحقة الأطباء في غزة واعتقال الجيش عشرات منهم.", "اعتقال"),
    ("أبدت الأمم المتحدة أمس قلقها إزاء الأوضاع في الضفة الغربية وتدمير القوات الإسرائيلية منازل.", "تدمير"),
    ("عقدت الحكومة أمس اجتماعا طارئا حول التصعيد في الشمال واقتحام المستوطنين بلدة حوارة.", "اقتحام"),
])
def test_the_statements_day_before_a_topic_word_does_not_date_the_act_it_is_about(pipeline, text, trigger):
    assert assigned_date(pipeline, text, trigger, PUBLISHED, "nouns", event="COERCE") is None


def test_a_verbal_noun_not_in_a_topic_keeps_the_statements_day(pipeline):
    text = "نددت الخارجية أمس باعتقال الجيش الإسرائيلي صحفيين في طولكرم."
    assert assigned_date(pipeline, text, "اعتقال", PUBLISHED, "nouns", event="COERCE") == "2024-09-17"


def test_a_time_after_the_topic_word_still_dates_the_act(pipeline):
    text = "وجهت النقابة رسالة بشأن اعتقال الجيش عشرات الأطباء في غزة أمس."
    assert assigned_date(pipeline, text, "اعتقال", PUBLISHED, "nouns", event="COERCE") == "2024-09-17"


@pytest.mark.parametrize("text, trigger", [
    ("أكدت الهيئة في بيان أمس، أن إسرائيل هدمت 400 منزل في القدس، منذ بداية الحرب.", "هدمت"),
    ("قال نادي الأسير الثلاثاء إن القوات اعتقلت 900 فلسطيني من الخليل، منذ مطلع العام.", "اعتقلت"),
])
def test_a_period_aside_after_the_facts_clause_keeps_the_statements_day_off(pipeline, text, trigger):
    assert assigned_date(pipeline, text, trigger, PUBLISHED, event="COERCE") is None


def test_a_period_aside_begun_today_keeps_today(pipeline):
    text = "أكدت الهيئة في بيان أمس، أن إسرائيل هدمت 4 منازل في القدس، منذ فجر اليوم."
    assert assigned_date(pipeline, text, "هدمت", PUBLISHED, event="COERCE") == PUBLISHED


def test_a_toll_keeps_its_reports_day_beside_a_period_aside(pipeline):
    text = "أعلنت الوزارة أمس ارتفاع حصيلة الشهداء إلى 40 ألفا، منذ بداية الحرب."
    assert assigned_date(pipeline, text, "حصيلة الشهداء", PUBLISHED, "nouns") == "2024-09-17"


def test_a_gap_after_the_first_of_a_kind_is_no_period_aside(pipeline):
    text = "اعتقلت الشرطة أمس ناشطا معارضا للمرة الأولى، منذ 3 سنوات."
    assert assigned_date(pipeline, text, "اعتقلت", PUBLISHED, event="COERCE") == "2024-09-17"


def test_a_material_act_joined_into_the_topic_is_not_of_the_statements_day(pipeline):
    # "وهدمها" is a verbal noun here, though a tagger may read it as a past verb
    text = "أصدرت المنظمة اليوم نداء بشأن اعتداءات الجيش على المسعفين وهدمها للمستشفيات."
    assert assigned_date(pipeline, text, "هدمها", PUBLISHED, event="COERCE") is None


def test_a_statement_joined_after_its_topic_keeps_its_day(pipeline):
    text = "أعربت المنظمة اليوم عن قلقها إزاء الأوضاع في المدينة وطالبت بوقف القتال."
    assert assigned_date(pipeline, text, "طالبت", PUBLISHED, event="REQUEST") == PUBLISHED
