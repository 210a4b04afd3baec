"""Argument attachment around support verbs and joined verbs: the subject of a support verb
standing before it (across a comma aside, or with a ب-noun), a verb joined by و that
continues the subject of the verb before it, and talks nouns that are the subject of their
own verb of taking place.  Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded, events_of


@pytest.mark.parametrize("text, event, actor", [
    ("وذكرت الصحيفة أن تركيا تقدمت بطلب للانضمام إلى المجموعة.", "REQUEST", "TUR"),
    (("وذكرت الصحيفة أن تركيا، الدولة العضو في حلف الناتو، تقدمت بطلب للانضمام إلى "
     "المجموعة."), "REQUEST", "TUR"),
    ("وقالت مصادر إن الجيش السوداني، بعد أيام من القتال، شن هجمات على قوات الدعم السريع.",
     "ASSAULT", "SDN"),
    (("وقالت الوزارة إن القوات الروسية، التي تتقدم في دونيتسك، نفذت ضربات على مواقع "
     "أوكرانية."), "ASSAULT", "RUS"),
])
def test_subject_before_a_support_verb_is_the_nouns_agent(text, event, actor):
    actors, _ = coded(text, event)
    assert actors == [actor]


def test_time_adjunct_after_a_support_verb_is_no_circumstance():
    actors, recipients = coded("وقالت مصادر إن الجيش السوداني شن خلال الليل هجمات على قوات "
                               "الدعم السريع.", "ASSAULT")
    assert actors == ["SDN"] and recipients == ["SDN"]


def test_subject_before_a_descriptive_aside_is_the_verbs_subject():
    actors, _recipients = coded("وقالت الوزارة إن القوات الروسية، التي تتقدم في دونيتسك، قصفت "
                               "مواقع أوكرانية.", "ASSAULT")
    assert actors == ["RUS"] and "UKR" not in actors


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("زار الرئيس الفرنسي بيروت والتقى رئيس الحكومة اللبنانية.", "CONSULT", "FRA", "LBN"),
    ("داهمت الشرطة التركية الحي واعتقلت ناشطا سوريا.", "COERCE", "TUR", "SYR"),
    ("انتقدت الحكومة الأردنية القرار وطالبت إسرائيل بوقف الاستيطان.", "REQUEST", "JOR", "ISR"),
    ("دانت الخارجية القطرية الهجوم واتهمت إيران بتنفيذه.", "ACCUSE", "QAT", "IRN"),
])
def test_joined_verb_continues_the_subject_and_takes_an_object(text, event, actor, recipient):
    for e in events_of(text, event):
        assert [a.country for a in e.actor] == [actor], e.rule
        assert recipient in [r.country for r in e.recipient], e.rule


def test_joined_verb_with_a_pronoun_object_keeps_its_own_subject():
    events = [e for e in events_of("أيدت فرنسا مشروع القرار ورفضته إسرائيل.", "REJECT")
              if e.trigger.text.endswith("رفضته")]
    assert events and [a.country for a in events[0].actor] == ["ISR"]


def test_joined_verb_after_a_subject_of_another_clause_is_not_joined():
    events = [e for e in events_of("قصفت الطائرات الروسية البلدة، وأعلنت الحكومة السورية "
                                   "الحداد، واعتقلت الشرطة السورية ناشطا تركيا.", "COERCE")]
    assert all("RUS" not in [a.country for a in e.actor] for e in events)


def test_talks_taking_place_take_no_actor_from_the_main_clause():
    events = events_of("زار الرئيس التركي القاهرة، ومحادثات تجري في الدوحة حول التهدئة.",
                       "CONSULT")
    talks = [e for e in events if e.trigger.text == "محادثات"]
    assert talks and all("TUR" not in [a.country for a in e.actor] for e in talks)


@pytest.mark.parametrize("text, parties", [
    ("وصل الوزير الأمريكي إلى الدوحة حيث تجري محادثات بين إسرائيل وحماس.", {"ISR", "PSE"}),
    ("ونقلت الصحيفة عن مسؤولين أن محادثات جرت بين مصر وقطر.", {"EGY", "QAT"}),
])
def test_parties_of_talks_taking_place_are_their_participants(text, parties):
    e = next(e for e in events_of(text, "CONSULT") if e.trigger.text == "محادثات")
    assert {a.country for a in e.actor} == parties
    assert "USA" not in {a.country for a in e.actor}


def test_talks_said_to_be_held_later_have_no_actor():
    actors, _ = coded("وقال الوزير الروسي إن اجتماعا جديدا سيعقد في موسكو الشهر المقبل.",
                      "CONSULT")
    assert actors == []


@pytest.mark.parametrize("text, actor", [
    ("الحكومة الأردنية تجري محادثات مع الوفد السوري.", "JOR"),
    ("أجرت مصر محادثات بدأت أمس مع الوفد القطري.", "EGY"),
    ("عقد الوزير الأردني اجتماعا مع نظيره المصري.", "JOR"),
])
def test_talks_held_by_a_named_subject_keep_it(text, actor):
    actors, _ = coded(text, "CONSULT")
    assert actors == [actor]


@pytest.mark.parametrize("word, form, person", [
    ("قصفت", "past", "fem"), ("وقصف", "past", "masc"), ("قصفوا", "past", "plural"),
    ("تستهدف", "present", "fem"), ("ويستهدف", "present", "masc"), ("يطالبون", "present", "plural"),
])
def test_verb_person_reads_the_agreement_of_a_joined_verb(word, form, person):
    from hadath.events.arguments import verb_person
    assert verb_person(word, form) == person
