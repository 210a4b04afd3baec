"""Roles that the words around the verb settle: the body behind برصاص/بنيران is the agent,
a definite noun no lexicon names is still the subject, the topic of talks takes no part in
them, and sources joined by و are one source.  Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded, events_of, source_phrases


@pytest.mark.parametrize("sentence", [
    # a hidden passive with no named victims: the marked body is the agent
    "قتلوا بنيران الجيش الإسرائيلي قرب السياج الحدودي.",
    "قُتلوا بنيران الجيش الإسرائيلي قرب السياج الحدودي.",
    "واستشهدوا برصاص الجيش الإسرائيلي عند مدخل البلدة.",
])
def test_the_body_behind_a_marker_is_the_agent_when_no_victim_is_named(sentence):
    actors, recipients = coded(sentence, "ASSAULT")
    assert actors == ["ISR"]
    assert "ISR" not in recipients


@pytest.mark.parametrize("sentence, actors, victim", [
    # a victim follows the unvowelled passive, then the marker and the agent
    ("قتل مدني بنيران قناصة الحوثيين في حي سكني بمدينة تعز.", ["YEM"], "مدني"),
    ("قتل طفل فلسطيني برصاص مستوطنين قرب قرية في الضفة الغربية.", ["ISR"], "طفل فلسطيني"),
])
def test_a_victim_before_the_marker_stays_the_victim(sentence, actors, victim):
    events = events_of(sentence, "ASSAULT")
    verb = next(e for e in events if e.trigger.text.startswith("قتل"))
    assert [a.country for a in verb.actor] == actors
    assert verb.recipient and verb.recipient[0].text == victim


def test_the_genitive_of_bullets_is_who_fired_them():
    # "رصاص مستوطنين": settlers are civilians, yet here they fired
    events = events_of("استشهد شاب برصاص مستوطنين في قرية شرق المدينة.", "ASSAULT")
    assert all([a.country for a in e.actor] == ["ISR"] for e in events)
    assert all("ISR" not in [r.country for r in e.recipient] for e in events)


def test_an_attack_noun_takes_the_agent_behind_a_marker_word():
    actors, _ = coded("أعلنت السلطات مقتل ثلاثة أشخاص بنيران الجيش السوداني في أم درمان.",
                      "ASSAULT")
    assert actors == ["SDN"]


def test_a_preposition_on_a_later_noun_names_no_agent():
    # "بجراح" carries ب but no marker word stands before it: it is no agent
    events = events_of("أعلنت الوزارة مقتل شاب وإصابة اثنين بجراح في الحي.", "ASSAULT")
    assert all(not e.actor for e in events)


@pytest.mark.parametrize("sentence, object_country", [
    ("اتهمت المنظمة الجيش الإسرائيلي بارتكاب انتهاكات جسيمة في الضفة.", "ISR"),
    ("حمّلت الهيئة الحكومة المصرية المسؤولية عن انهيار المبنى.", "EGY"),
    ("واتهمت اللجنة الحكومة السودانية بعرقلة عمل المنظمات.", "SDN"),
])
def test_an_unnamed_subject_noun_leaves_the_object_in_its_place(sentence, object_country):
    actors, recipients = coded(sentence, "ACCUSE")
    assert actors == []
    assert recipients == [object_country]


@pytest.mark.parametrize("sentence, actor", [
    # the group after the noun is its adjective, or the name its title introduces
    ("اتهمت السلطات السعودية جماعة مسلحة بتهريب الأسلحة عبر الحدود.", "SAU"),
    ("انتقد الشيخ عبد الملك الحوثي الموقف العربي من الحرب.", "YEM"),
])
def test_an_adjective_or_a_titled_name_after_the_verb_is_the_subject(sentence, actor):
    actors, _ = coded(sentence, "ACCUSE")
    assert actors == [actor]


@pytest.mark.parametrize("sentence, parties", [
    # the topic's participants take no part in the talks
    ("بحث الجانبان التوقيع على اتفاق للتعاون مع الأمم المتحدة.", set()),
    ("بحث وزير الخارجية المصري مع نظيره الأردني الأوضاع في غزة وجهود قطر للتهدئة.",
     {"EGY", "JOR"}),
    ("وبحث الملك الأردني خلال اتصال هاتفي مع الرئيس المصري سبل وقف الحرب على غزة.",
     {"JOR", "EGY"}),
    ("يبحث وزراء خارجية دول الخليج الأزمة مع إيران.", set()),
    # a counterpart after the topic is still the partner
    ("ناقش المبعوث الأمريكي صيغة جديدة للتهدئة مع نظرائه المصريين والقطريين.",
     {"USA", "EGY", "QAT"}),
])
def test_talks_exclude_their_topic(sentence, parties):
    events = events_of(sentence, "CONSULT")
    talks = next(e for e in events if e.rule.startswith("consult.meet/"))
    assert {g.country for g in talks.actor + talks.recipient} - {None} == parties


def test_an_unnamed_subject_of_talks_is_no_reason_to_borrow_one():
    text = "قصف الجيش الإسرائيلي مواقع في الجنوب. وتناقش الجلسة الأزمات في السودان واليمن."
    talks = next(e for e in events_of(text, "CONSULT") if e.trigger.text.endswith("تناقش"))
    assert talks.actor == []
    assert talks.recipient == []


@pytest.mark.parametrize("text, source", [
    ("ونقلت الوكالة عن مصادر طبية وشهود عيان أن ثلاثة مدنيين قتلوا في القصف.",
     "مصادر طبية وشهود عيان"),
    ("وبحسب مصادر طبية وشهود عيان، قتل أربعة مواطنين في الغارة.", "مصادر طبية وشهود عيان"),
    ("وذكرت مصادر أمنية ومحلية أن مسلحين خطفوا موظفين اثنين.", "مصادر أمنية ومحلية"),
])
def test_joined_sources_are_one_source(text, source):
    assert source in source_phrases(text)


def test_a_joined_plural_noun_is_no_adjective_of_the_source():
    # "وروايات" ends like a plural adjective but is a noun that no lexicon names a source
    found = source_phrases("وأعدم الجيش، وفق مصادر طبية وروايات متطابقة، سبعة أشخاص.")
    assert "مصادر طبية" in found
    assert not any("روايات" in s for s in found)


def test_a_joined_source_with_its_own_waw():
    # "ووزارة": the و of the joining, then a source noun that itself starts with و
    joined = source_phrases("وقال الدفاع المدني ووزارة الصحة إن عشرة أشخاص أصيبوا في القصف.")
    assert "الدفاع المدني ووزارة الصحة" in joined
