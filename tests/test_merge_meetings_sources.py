"""Meetings that merge and meetings that stay apart, sources that keep the whole of their
name and their joined parts, and given names that are not places.  Every sentence here was
written for these tests."""
from __future__ import annotations

import pytest
from conftest import source_phrases

import hadath
from hadath.events.speakers import _speaks_for_actor
from hadath.pipeline import record_to_raw
from hadath.recognize.places import find_places, without_person_names
from hadath.records import ActorMention
from hadath.text import TextLayer

# rules only: what is merged must not depend on the rescorer's scores
RULES_ONLY = hadath.default_pipeline(rescore=False)


def _events(text: str, kind: str):
    raw = record_to_raw({"id": "t", "text": "عنوان\n\n" + text})
    return [e for e in RULES_ONLY.process(raw, published="2024-05-02").events if e.event == kind]


# ---------------------------------------------------------------- meetings

def test_a_visit_and_talks_held_in_another_country_are_two_meetings():
    text = ("يزور وزير الخارجية الإيراني تركيا اليوم الخميس بالتوازي مع محادثات تجري "
            "في الدوحة بشأن الهدنة.")
    events = _events(text, "CONSULT")
    assert len(events) == 2, [(e.trigger.text, e.location) for e in events]
    visit = next(e for e in events if e.mode == "visit")
    assert [m.text for m in visit.mentions] == []


def test_a_past_visit_elsewhere_is_not_the_meeting_reported():
    text = ("التقى وزير الخارجية المصري نظيره التركي في أنقرة أمس الأربعاء. "
            "وكان الوزير التركي قد زار القاهرة في آذار الماضي.")
    events = _events(text, "CONSULT")
    assert len(events) == 2
    venues = sorted(e.location.country for e in events if e.location)
    assert venues == ["EGY", "TUR"]


def test_a_meeting_retold_and_resumed_stays_one_event():
    raw = record_to_raw({"id": "t", "text": (
        "الرئيس اللبناني يلتقي رئيس الوزراء العراقي في بغداد\n\n"
        "التقى الرئيس اللبناني رئيس الوزراء العراقي في بغداد اليوم الخميس. "
        "وتناول اللقاء العلاقات بين البلدين والأوضاع في الجنوب. "
        "وكان الرئيس اللبناني قد زار عمان الشهر الماضي.")})
    events = [e for e in RULES_ONLY.process(raw, published="2024-05-02").events
              if e.event == "CONSULT"]
    meeting = [e for e in events if e.location is not None and e.location.country == "IRQ"]
    assert len(meeting) == 1
    assert [m.text for m in meeting[0].mentions] == ["اللقاء"]
    assert len(events) == 2        # and the earlier visit to Amman


def test_meetings_on_two_known_days_stay_apart():
    text = ("التقى وزير الخارجية القطري نظيره الإيراني اليوم الخميس، بعد اجتماع عقداه في مسقط "
            "يوم الاثنين الماضي.")
    events = _events(text, "CONSULT")
    assert len({e.date for e in events}) == len(events) == 2


def test_talks_whose_topic_names_a_place_merge_with_the_meeting():
    # "الأوضاع في غزة" is what they discussed, not where
    text = ("استقبل الملك الأردني وزير الخارجية المصري في عمان. "
            "وبحث الجانبان مع الوفد المرافق الأوضاع في غزة.")
    assert len(_events(text, "CONSULT")) == 1


# ---------------------------------------------------------------- own statements

def test_a_source_naming_the_actors_country_and_another_is_a_source():
    assert not _speaks_for_actor({"PSE", "USA"}, {"USA"})
    assert _speaks_for_actor({"USA"}, {"USA"})
    assert not _speaks_for_actor(set(), {"USA"})


def test_officials_of_two_countries_reporting_a_demand_stay_its_source():
    raw = record_to_raw({"id": "t", "text": "عنوان\n\nوقال مسؤولون مصريون وأميركيون إن "
                         "الرئيس الأميركي طالب إسرائيل بفتح المعابر."})
    events = [e for e in RULES_ONLY.process(raw, published="2024-05-02").events
              if e.event == "REQUEST"]
    assert events and events[0].attributed_to is not None
    assert events[0].attributed_to.text == "مسؤولون مصريون وأميركيون"


def test_a_minister_speaking_for_his_country_is_no_source():
    raw = record_to_raw({"id": "t", "text": "عنوان\n\nوطالب وزير الخارجية الأميركي إسرائيل "
                         "بفتح المعابر."})
    events = [e for e in RULES_ONLY.process(raw, published="2024-05-02").events
              if e.event == "REQUEST"]
    assert events and events[0].attributed_to is None


# ---------------------------------------------------------------- source phrases

@pytest.mark.parametrize("text, source", [
    # a definite elative or colour adjective goes on with the name
    ("وأعلن الهلال الأحمر نقل عشرة جرحى إلى مستشفى ميداني.", "الهلال الأحمر"),
    ("وأكد البيت الأبيض استمرار الاتصالات مع الوسطاء.", "البيت الأبيض"),
    # an institution noun the recogniser took alone has its owner after it
    ("وأعلن جيش الاحتلال الإسرائيلي إصابة ضابط بجروح خطيرة.", "جيش الاحتلال الإسرائيلي"),
    ("وقالت وزارة الصحة العامة إن المختبرات سجلت إصابات جديدة.", "وزارة الصحة العامة"),
    ("قالت منظمة الصحة العالمية إن ثلاثة مستشفيات توقفت عن العمل.", "منظمة الصحة العالمية"),
    ("وأفاد الدفاع المدني بأن فرقه انتشلت جثتين من تحت الركام.", "الدفاع المدني"),
])
def test_a_source_keeps_its_whole_name(text: str, source: str) -> None:
    assert source_phrases(text) == [source]


def test_a_country_after_a_source_is_not_its_adjective() -> None:
    # "الأردن" has the shape of an elative but names a country
    assert source_phrases("وأبلغت الحكومة الأردن أنها ستفتح المعبر.") != ["الحكومة الأردن"]


# ---------------------------------------------------------------- given names

def _place_texts(text: str) -> list[str]:
    return [p.text for p in find_places(TextLayer(text))]


@pytest.mark.parametrize("text, name", [
    ("التقت الرئيسة السابقة للمجلس نانسي بيلوسي وفدا من المعارضة.", "نانسي"),
    ("وقالت رئيسة الوزراء جورجيا ميلوني إن حكومتها ستراجع القانون.", "جورجيا"),
    ("وصلت فيكتوريا نولاند إلى العاصمة الأوكرانية.", "فيكتوريا"),
    ("وأكد سيدني بلومنتال أن اللجنة ستنعقد مجددا.", "سيدني"),
])
def test_a_given_name_before_a_surname_is_no_place(text: str, name: str) -> None:
    assert name not in _place_texts(text)


@pytest.mark.parametrize("text, name", [
    ("وصل الوفد إلى سيدني أمس للمشاركة في المؤتمر.", "سيدني"),
    ("انعقد الاجتماع في صوفيا عاصمة بلغاريا.", "صوفيا"),
    ("وزارت الوزيرة جورجيا الأسبوع الماضي.", "جورجيا"),
    ("وقال رئيس جورجيا إيراكلي إن بلاده ستبقى محايدة.", "جورجيا"),
    ("جورجيا تعلن إغلاق حدودها مع الجارة الشمالية.", "جورجيا"),
])
def test_a_given_name_that_is_a_place_here_stays_a_place(text: str, name: str) -> None:
    assert name in _place_texts(text)


def test_a_place_inside_a_known_person_is_part_of_the_name() -> None:
    text = "وقال وزير الخارجية إسرائيل كاتس إن وفدا سيزور بريطانيا."
    places = find_places(TextLayer(text))
    assert {p.text for p in places} == {"إسرائيل", "بريطانيا"}
    start = text.index("إسرائيل كاتس")
    person = ActorMention(start, start + len("إسرائيل كاتس"), "إسرائيل كاتس", "a minister",
                          "ISR", "GOV", kind="person")
    assert [p.text for p in without_person_names(places, [person])] == ["بريطانيا"]


def test_a_country_before_a_known_person_stays_a_place() -> None:
    text = "والتقى رئيس وزراء بريطانيا كير ستارمر وفدا من المعارضة."
    places = find_places(TextLayer(text))
    start = text.index("كير ستارمر")
    person = ActorMention(start, start + len("كير ستارمر"), "كير ستارمر", "a prime minister",
                          "GBR", "GOV", kind="person")
    assert [p.text for p in without_person_names(places, [person])] == ["بريطانيا"]
