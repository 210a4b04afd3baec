"""Visits and meetings: where a visit goes, when it happened, who meets whom, and which
mentions are one visit.  Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of

DAY = "2025-03-04"      # a Tuesday


def _trigger(events, word: str):
    found = [e for e in events if e.trigger.text == word
             or any(m.text == word for m in e.mentions)]
    assert found, f"no event with trigger {word!r}"
    return found[0]


# ---------------------------------------------------------------- a visit's destination

@pytest.mark.parametrize("sentence, place", [
    # the destination object right after the visitor's noun phrase
    ("يزور وزير الداخلية الكويتي الأردن يوم الخميس المقبل بالتزامن مع مشاورات تعقد في "
     "بغداد حول الحدود.", "الأردن"),
    ("وزار رئيس الوزراء العراقي الأردن أمس في جولة إقليمية.", "الأردن"),
    ("زار الرئيس الفرنسي العاصمة اللبنانية بيروت أمس.", "بيروت"),
])
def test_a_visit_takes_its_destination_after_the_subject(sentence, place):
    visit = _trigger(events_of(sentence, "CONSULT"), sentence.split()[0].lstrip("و"))
    assert visit.location is not None
    assert visit.location.text == place


def test_a_destination_spelt_with_a_first_ba_is_no_preposition():
    # the ب of بغداد belongs to the name: the place is still the verb's object
    visit = events_of("وزار رئيس الوزراء الأردني بغداد أمس.", "CONSULT")[0]
    assert visit.location is not None and visit.location.country == "IRQ"
    assert visit.location.text == "بغداد"


def test_a_place_in_another_triggers_clause_is_not_the_meetings():
    # "لبحث الأوضاع في الخليل": the place is the topic of the talks, not the venue
    meeting = events_of("التقى وزير الخارجية الأردني نظيره المصري لبحث الأوضاع في الخليل.",
                        "CONSULT")[0]
    assert meeting.location is None


def test_a_statement_takes_no_place_from_the_deed_it_condemns():
    condemn = events_of("دانت الحكومة الأردنية قرار إسرائيل إغلاق مدرسة في الخليل.", "ACCUSE")[0]
    assert condemn.location is None


def test_a_statement_keeps_the_place_of_the_meeting_it_came_from():
    demand = events_of("وطالب البيان الختامي للاجتماع الطارئ في إسطنبول بوقف الحرب.",
                       "REQUEST")[0]
    assert demand.location is not None and demand.location.text == "إسطنبول"


def test_talks_held_alongside_a_visit_stay_apart():
    events = events_of("ويزور رئيس الوزراء الأردني اليونان هذا الأسبوع بدعوة من حكومتها، "
                       "بالتزامن مع مشاورات تجري في القاهرة بين الفصائل.", "CONSULT")
    visit = _trigger(events, "يزور")
    assert visit.location is not None and visit.location.country == "GRC"
    assert all(m.text != "مشاورات" for m in visit.mentions)


# ---------------------------------------------------------------- when

def test_a_date_after_before_naming_another_visit_is_that_visits():
    events = events_of("وقال المتحدث إن زيارة أمير قطر للكويت جاءت بعد زيارة ولي العهد الكويتي "
                       "إلى الدوحة في كانون الثاني الماضي.", "CONSULT")
    current = _trigger(events, "زيارة")
    assert any(a.country == "QAT" for a in current.actor)
    assert current.date != "2025-01"
    earlier = [e for e in events if e.date == "2025-01"]
    assert earlier and any(a.country == "KWT" for a in earlier[0].actor)


def test_a_date_after_before_naming_a_time_stays_the_events():
    # "بعد ظهر" names a time, not another happening
    meeting = events_of("التقى وزير الخارجية القطري نظيره المصري بعد ظهر الأحد الماضي.",
                        "CONSULT")[0]
    assert meeting.date == "2025-03-02"


@pytest.mark.parametrize("sentence", [
    "ووصل رئيس الوزراء العراقي إلى عمان صباح اليوم في أول زيارة يقوم بها مسؤول عراقي رفيع "
    "منذ 7 أعوام.",
])
def test_since_after_the_first_of_a_kind_is_a_gap(sentence):
    from hadath.events.dating import is_gap_since
    since = sentence.index("منذ")
    assert is_gap_since(sentence, since)
    visit = next(e for e in events_of(sentence, "CONSULT") if e.mode == "visit")
    assert visit.date == DAY


def test_the_first_of_a_kind_after_the_trigger_makes_a_gap_too():
    from hadath.events.dating import is_gap_since
    sentence = "واجتمع الوزيران في قمة تعد الأولى من نوعها منذ 7 أعوام."
    assert is_gap_since(sentence, sentence.index("منذ"))


def test_a_month_named_first_is_no_ordinal():
    from hadath.events.dating import is_gap_since
    sentence = "وفي تشرين الأول، تواصل القوات حصار البلدة منذ أسبوعين."
    assert not is_gap_since(sentence, sentence.index("منذ"))
    sentence = "وتواصل القوات في كانون الأول حصار البلدة منذ أسبوعين."
    assert not is_gap_since(sentence, sentence.index("منذ"))


def test_since_without_an_ordinal_still_opens_a_period():
    from hadath.events.dating import is_gap_since
    sentence = "وتواصل القوات حصار المدينة منذ 11 يوما."
    assert not is_gap_since(sentence, sentence.index("منذ"))


# ---------------------------------------------------------------- who meets whom

@pytest.mark.parametrize("sentence", [
    "ويتوجه رئيس الوزراء العراقي إلى عمان صباح اليوم ويلتقي نظيره الأردني لبحث ملف المياه.",
    "حط رئيس الوزراء العراقي في عمان، والتقى نظيره الأردني.",
])
def test_a_joined_meeting_verb_keeps_the_visitor_as_its_subject(sentence):
    verb = next(w for w in sentence.split() if w.endswith(("يلتقي", "التقى")))
    meeting = _trigger(events_of(sentence, "CONSULT"), verb.removeprefix("و"))
    assert [a.country for a in meeting.actor][:1] == ["IRQ"]
    assert "JOR" in [r.country for r in meeting.recipient]
    assert "JOR" not in [a.country for a in meeting.actor]


# ---------------------------------------------------------------- one visit or two

def test_the_headline_visit_merges_with_the_current_visit_not_a_past_one():
    text = ("رئيس الوزراء العراقي، يتوجه إلى عمان ويلتقي نظيره الأردني، في أول زيارة من نوعها "
            "منذ 7 أعوام. وأوضح رئيس الوزراء العراقي أن زيارته للأردن وقبلها زيارة رئيس الوزراء "
            "الأردني للعراق تمهدان لشراكة أوسع.")
    events = events_of(text, "CONSULT")
    headline = _trigger(events, "زيارة")
    assert headline.location is None or headline.location.country == "JOR"
    assert any(a.country == "IRQ" for a in headline.actor)
    past = [e for e in events if any(a.country == "JOR" for a in e.actor)
            and any(r.country == "IRQ" for r in e.recipient)]
    assert past and past[0] is not headline


def test_visits_by_people_of_two_countries_are_two_visits():
    from hadath.events.merge import _visitors_differ
    events = events_of("وأشاد الوزير بزيارة الرئيس العراقي لعمان وبزيارة الرئيس التركي للكويت.",
                       "CONSULT")
    visits = [e for e in events if e.mode == "visit"]
    assert len(visits) == 2
    assert _visitors_differ(visits[0], visits[1])
