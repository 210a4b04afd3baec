"""Twentieth session, places referred back to: a town noun among several towns takes the one
its own sentence or the one before names with the same noun; a building noun ("المدرسة"،
"المستشفى") stands for the town named right after the building it refers back to.  The
sentences are written for these tests."""
from __future__ import annotations

from conftest import events_of
from test_place_anaphora import referred


def test_school_stands_for_the_town_named_after_it() -> None:
    text = "قصفت الطائرات مدرسة الفجر في مدينة خان يونس صباح اليوم. وقال شهود إن الصواريخ أصابت المدرسة مباشرة."
    assert referred(text)[1] == [("المدرسة", "Khan Yunis", "PSE")]


def test_hospital_town_may_follow_a_relative_clause() -> None:
    text = ("حاصرت الدبابات مستشفى الأمل الذي يؤوي مئات المرضى في بلدة بيت حانون. "
            "ثم اقتحم الجنود المستشفى.")
    assert referred(text)[1] == [("المستشفى", "Beit Hanoun", "PSE")]


def test_two_schools_leave_the_noun_unresolved() -> None:
    text = ("قصفت الطائرات مدرسة الفجر في خان يونس ومدرسة النور في رفح. "
            "وقال شهود إن الصواريخ أصابت المدرسة.")
    assert referred(text)[1] == []


def test_building_named_with_no_town_gives_no_place() -> None:
    text = "افتتحت الوزارة مدرسة جديدة في الحي. واحتج الأهالي أمام المدرسة."
    assert referred(text)[1] == []


def test_town_across_a_clause_break_does_not_locate_the_building() -> None:
    text = "قصفت الطائرات مسجد النور، ثم اشتعلت النيران في جنين. واقتحم الجنود المسجد بعد ذلك."
    assert referred(text)[1] == []


def test_town_noun_takes_the_town_named_with_the_same_noun_just_before() -> None:
    text = ("داهمت القوات مدينة جنين فجرا. وأطلق مسلحون النار على حاجز في مدينة طولكرم. "
            "وأغلق المستوطنون طريقا شرقي المدينة.")
    assert referred(text)[2] == [("المدينة", "Tulkarm", "PSE")]


def test_town_named_without_the_noun_among_several_stays_unresolved() -> None:
    text = ("داهمت القوات مدينة جنين فجرا. وأطلق مسلحون النار على حاجز في طولكرم. "
            "وأغلق المستوطنون طريقا شرقي المدينة.")
    assert referred(text)[2] == []


def test_village_just_before_is_no_antecedent_of_the_city_noun() -> None:
    text = ("اقتحمت القوات مدينة جنين فجرا. واعتقلت شابا من بلدة قباطية. "
            "ثم انسحبت الآليات من المدينة.")
    assert referred(text)[2] == []


def test_two_towns_in_the_sentence_before_stay_unresolved() -> None:
    text = ("داهمت القوات مدينة جنين فجرا. وأطلق مسلحون النار في مدينة طولكرم ومدينة قلقيلية. "
            "وأغلق المستوطنون طريقا شرقي المدينة.")
    assert referred(text)[2] == []


def test_attack_on_the_school_is_located_in_its_town() -> None:
    text = "نقل المراسل صور الدمار في مدرسة الفجر بمدينة خان يونس. وقال إن الطائرات قصفت المدرسة بثلاثة صواريخ."
    attacks = [e for e in events_of(text, "ASSAULT") if e.trigger.text == "قصفت"]
    assert attacks and attacks[0].location is not None and attacks[0].location.name == "Khan Yunis"
