"""Seventeenth session: COERCE, the one acted upon read as the agent.

People a coercion is done to (civilians, medics, a hospital, the displaced) or a demonym
alone, read as its agent where they cannot be its written subject, are its recipients
(``coercion._without_acted_upon_agents``): after the trigger with other words between
(a demonym only after a preposition, as the adjective of the object), or before a noun
trigger as the subject its clause lent it.  The army named before then does it, as for any
raid, closure or siege left without an agent.  Settlers stay agents, and so do civilians
written as the verb's subject right after it.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize(("text", "trigger", "acted_upon", "agent"), [
    # a hospital or its medics never besiege or raid
    ("قصف الجيش الإسرائيلي الحي الشرقي، كما اقتحمت دورياته باحة مستشفى العودة صباح اليوم.",
     "اقتحمت", "مستشفى", "الجيش الإسرائيلي"),
    ("قصف الجيش الإسرائيلي الحي الشرقي، في حين يحاصر منذ أيام مستشفيات المدينة.",
     "يحاصر", "مستشفيات", "الجيش الإسرائيلي"),
    # people named further on in the clause are what the act reaches
    ("وسع الجيش الإسرائيلي عملياته في الضفة بما يشمل هدم البيوت وتهجير السكان.",
     "هدم", "السكان", "الجيش الإسرائيلي"),
    # the subject a noun borrows from its clause: those it moves, those it shuts in, those
    # shot at around it (a demonym in the oblique plural is no subject)
    ("قالت المنظمة إن قتل الفلسطينيين وتهجيرهم مستمر في الضفة الغربية.",
     "تهجيرهم", "الفلسطينيين", None),
    ("فرضت الشرطة قيودا على حركة الفلسطينيين في المدينة تخللها إغلاق شوارع عدة.",
     "إغلاق", "الفلسطينيين", None),
    ("أطلق الجيش الإسرائيلي النار صوب فلسطينيين في إطار حملة اقتحامات واسعة.",
     "اقتحامات", "فلسطينيين", "الجيش الإسرائيلي"),
])
def test_people_acted_upon_read_as_agents_are_recipients(text, trigger, acted_upon, agent):
    e = event_on(text, "COERCE", trigger)
    assert acted_upon not in texts_of(e.actor), texts_of(e.actor)
    assert acted_upon in texts_of(e.recipient), texts_of(e.recipient)
    assert agent is None or agent in texts_of(e.actor), texts_of(e.actor)


def test_a_demonym_after_a_preposition_qualifies_the_object():
    e = event_on("سجل الشهر الماضي عمليات هدم بحق المنشآت الفلسطينية في القدس.", "COERCE", "هدم")
    assert "الفلسطينية" not in texts_of(e.actor)
    assert "الفلسطينية" in texts_of(e.recipient)


@pytest.mark.parametrize(("text", "trigger", "agent"), [
    # civilians written as the verb's own subject keep acting, also in a construct
    ("أغلق طلاب الجامعة مبنى الإدارة احتجاجا على الحرب.", "أغلق", "طلاب"),
    ("اقتحم مدير مستشفى البلدة مكتب رئيس البلدية ظهر اليوم.", "اقتحم", "مستشفى"),
    ("أغلقت عائلات الأسرى شارعا رئيسيا في المدينة مساء أمس.", "أغلقت", "عائلات الأسرى"),
    # settlers raid and seize wherever they stand
    ("اقتحم صباح اليوم مستوطنون متطرفون باحات المسجد الأقصى.", "اقتحم", "مستوطنون"),
    ("واصل المستوطنون الاستيلاء على أراضي القرية.", "الاستيلاء", "المستوطنون"),
])
def test_civilians_who_act_stay_agents(text, trigger, agent):
    e = event_on(text, "COERCE", trigger)
    assert any(a.startswith(agent) for a in texts_of(e.actor)), texts_of(e.actor)


@pytest.mark.parametrize(("text", "trigger", "agent"), [
    # a demonym right after the noun, or after its adjectives, is the agent's
    ("عاشت المدينة أسابيع تحت حصار بحري إسرائيلي خانق.", "حصار", "إسرائيلي"),
    ("فر السكان من منازلهم بعد أوامر إخلاء إسرائيلية جديدة.", "أوامر", "إسرائيلية"),
    # a demonym in the nominative plural names the subject, whatever stands between
    ("وقع توغل واسع حاصر خلاله الإسرائيليون منزلا في البلدة.", "حاصر", "الإسرائيليون"),
])
def test_a_demonym_that_names_the_agent_stays(text, trigger, agent):
    e = event_on(text, "COERCE", trigger)
    assert agent in texts_of(e.actor), texts_of(e.actor)
    assert agent not in texts_of(e.recipient), texts_of(e.recipient)


def test_a_demonym_adjective_before_the_noun_is_left_to_its_reading():
    # "الإسرائيلي" may qualify either side before the noun: no move
    e = event_on("جاء ذلك رغم الاستنفار الإسرائيلي الكبير في المنطقة وفرضه حصارا عليها.",
                 "COERCE", "حصارا")
    assert "الإسرائيلي" not in texts_of(e.recipient), texts_of(e.recipient)


def test_a_joined_verb_is_left_to_the_shared_subject_reading():
    # the coder gives the joined verb the earlier subject and takes the hospitals for its object
    e = event_on("واصلت الشرطة حملتها في البلدة، واقتحمت مستشفيات الحي القديم.", "COERCE", "اقتحمت")
    assert texts_of(e.actor) == ["الشرطة"]
    assert "مستشفيات" in texts_of(e.recipient)
