"""Two-sided fighting, fourteenth session (hadath/events/mutual.py): sides named beyond the
first reach of بين / مع: over a short comma aside, time words and places, after a first side
with a place or a description, after ضد, and as the subject of a fight verb describing the
clash.  Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of


def _clash(text: str):
    event = next(e for e in events_of(text, "ASSAULT") if e.mutual)
    return event, {a.text for a in event.actor}


@pytest.mark.parametrize("text, sides", [
    # a time in commas between the clash and بين / مع
    ("اندلعت اشتباكات عنيفة، مساء أمس الثلاثاء، بين مسلحين وقوات الأمن العراقية.",
     {"مسلحين", "قوات الأمن العراقية"}),
    ("اندلعت مواجهات، فجر اليوم، بين شبان فلسطينيين وقوات الاحتلال في مدينة الخليل.",
     {"شبان فلسطينيين", "قوات الاحتلال"}),
    ("أصيب خمسة شبان خلال مواجهات اندلعت، مساء الجمعة، مع قوات الاحتلال في بلدة بيتا.",
     {"قوات الاحتلال"}),
    # time words and a place between the subject and مع
    ("اشتبك مسلحون فلسطينيون مساء اليوم السبت في عدة أحياء مع قوات الاحتلال الإسرائيلي.",
     {"مسلحون فلسطينيون", "قوات الاحتلال الإسرائيلي"}),
])
def test_sides_after_a_time_or_a_place(text, sides):
    event, actors = _clash(text)
    assert actors == sides
    assert not event.recipient


@pytest.mark.parametrize("text, sides", [
    # the first side with a place after it
    ("دارت اشتباكات وصفت بالعنيفة بين المقاومة الفلسطينية بنابلس وقوات الاحتلال الإسرائيلي.",
     {"المقاومة الفلسطينية", "قوات الاحتلال الإسرائيلي"}),
    ("اندلعت اشتباكات بين حركة فتح في المخيم وحركة حماس.", {"حركة فتح", "حركة حماس"}),
    # the first side with a relative clause or an adjective after it
    ("أصيب ثلاثة شبان خلال اشتباكات بين الشبان الذين رشقوا الدورية بالحجارة وقوات الاحتلال "
     "في المخيم.",
     {"الشبان", "قوات الاحتلال"}),
])
def test_the_second_side_of_bayna_after_a_long_first_side(text, sides):
    event, actors = _clash(text)
    assert actors == sides


def test_a_participant_not_joined_by_waw_is_no_second_side():
    # "مقر الجيش" is where the first side met, not the other side
    event, actors = _clash("اندلعت اشتباكات بين مسلحين قرب مقر الجيش في المدينة.")
    assert "الجيش" not in " ".join(actors)


@pytest.mark.parametrize("text, sides", [
    ("قصفت الطائرات الإسرائيلية مواقع في غزة، وتزامن ذلك مع معارك شرسة تخوضها الفصائل ضد "
     "الجيش الإسرائيلي شمال رفح.", {"الفصائل", "الجيش الإسرائيلي"}),
    ("أصيب ثلاثة جنود خلال اشتباكات عنيفة ضد مسلحين في ولاية كيدال.", {"مسلحين"}),
])
def test_dudda_after_a_clash_names_a_side(text, sides):
    event, actors = _clash(text)
    assert actors == sides
    assert not event.recipient


def test_the_subject_of_a_fight_verb_describing_the_clash_is_a_side():
    event, actors = _clash("قصفت الطائرات الإسرائيلية مواقع في غزة، وتزامن ذلك مع معارك عنيفة "
                           "يخوضها مقاتلو الكتائب في رفح.")
    assert len(event.actor) == 1 and "مقاتلو" in event.actor[0].text


def test_the_side_named_after_a_pronoun_bayna_and_wa_bayna():
    event, actors = _clash("أصيب ثلاثة شبان في مواجهات عنيفة بينهم وبين قوات الاحتلال في المخيم.")
    assert actors == {"قوات الاحتلال"}
    assert {r.text for r in event.recipient} == {"شبان"}


def test_raiders_are_the_side_a_pronoun_after_bayna_stands_for():
    event, actors = _clash("اقتحم مسلحون من العشيرة مدينة الرمادي، واندلعت اشتباكات عنيفة بينهم "
                           "وبين قوات الأمن العراقية.")
    assert actors == {"مسلحون", "قوات الأمن العراقية"}


@pytest.mark.parametrize("text", [
    # an aside that opens a new clause, not a time: what follows it is no side
    "أصيب شابان خلال مواجهات اندلعت، اليوم الأحد، وقالت مصادر إن الجيش اعتقل ثلاثة.",
    # ضد with no participant right after it names a cause, not a side
    "أصيب شابان خلال مواجهات ضد الاستيطان في القرية.",
    "أصيب شابان خلال مواجهات عنيفة ضد قرار الحكومة في المدينة.",
])
def test_no_side_beyond_a_clause_aside_or_a_cause(text):
    event, actors = _clash(text)
    assert actors == set()
