"""Nineteenth session: places and topics are no parties of talks, visits and agreements.

A town, camp or region never meets or agrees; a capital may stand for its government, but
not when it is the lone genitive of a talks or agreement noun (where the talks are held),
nor after a locative word, إلى or a verb of witnessing.  For a visit, the place after the
noun is where the visitor goes: its recipient (``meetings._without_place_actors``).  A town
is no agent of a withdrawal or support noun either (``nouns._without_town_agents``).  After
the noun بحث what is discussed follows: a party there is the topic, unless مع names it
(``meetings._without_topic_parties``).

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize(("text", "event", "trigger", "place"), [
    # a capital as the lone genitive of a talks noun: where
    ("وتعثرت محادثات روما بشأن الهدنة رغم أسابيع من العمل.", "CONSULT", "محادثات", "روما"),
    ("وقال دبلوماسي إن مباحثات الدوحة حققت تقدما كبيرا.", "CONSULT", "مباحثات", "الدوحة"),
    # a town or region as a genitive
    ("وتعثرت محادثات رفح بعد يومين من انطلاقها.", "CONSULT", "محادثات", "رفح"),
    # after a locative word or a verb of witnessing, over العاصمة and its adjective
    ("وتتواصل منذ أمس في العاصمة القطرية الدوحة الاجتماعات المخصصة للتهدئة.", "CONSULT", "اجتماعات",
     "الدوحة"),
    ("وتشهد العاصمة المصرية القاهرة مباحثات جديدة بين الحركتين.", "CONSULT", "مباحثات",
     "القاهرة"),
    # the destination of a visit
    ("وتأتي زيارة الوزير لبكين بعد أشهر من التوتر.", "CONSULT", "زيارة", "بكين"),
    ("وحدد رجل الأعمال موعدا لزيارة إلى البرازيل.", "CONSULT", "زيارة", "البرازيل"),
])
def test_a_place_is_no_actor(text, event, trigger, place):
    e = event_on(text, event, trigger)
    assert place not in texts_of(e.actor), texts_of(e.actor)


@pytest.mark.parametrize(("text", "trigger", "visited"), [
    ("وتأتي زيارة الوزير لبكين بعد أشهر من التوتر.", "زيارة", "بكين"),
    ("وحدد رجل الأعمال موعدا لزيارة إلى البرازيل.", "زيارة", "البرازيل"),
])
def test_the_place_visited_is_the_recipient(text, trigger, visited):
    e = event_on(text, "CONSULT", trigger)
    assert visited in texts_of(e.recipient), texts_of(e.recipient)


@pytest.mark.parametrize(("text", "event", "trigger", "actor"), [
    # a capital standing for its government as a subject
    ("وأجرت واشنطن محادثات مع القاهرة حول المعبر.", "CONSULT", "محادثات", "واشنطن"),
    ("وقعت أنقرة والقاهرة اتفاقا للتعاون التجاري.", "AGREE", "اتفاقا", "أنقرة"),
    # two capitals joined after the noun are its two sides
    ("واستؤنفت محادثات واشنطن وطهران بشأن الملف النووي.", "CONSULT", "محادثات", "واشنطن"),
    # a person who visits keeps his place as actor
    ("وتحدث المحلل عن زيارة رئيس الوزراء إلى رفح قبل يومين.", "CONSULT", "زيارة",
     "رئيس الوزراء"),
])
def test_a_party_stays_the_actor(text, event, trigger, actor):
    e = event_on(text, event, trigger)
    assert actor in texts_of(e.actor), texts_of(e.actor)


# Withdrawal and support nouns: a town is no agent (``nouns._without_town_agents``).

@pytest.mark.parametrize(("text", "event", "trigger", "town"), [
    ("دمرت قوات الاحتلال عشرات المنازل في بيت حانون شمال قطاع غزة قبل انسحابها من البلدة.",
     "RETREAT", "انسحابها", "قطاع غزة"),
    ("وحمل الخطاب رسائل تؤكد على ثبات الموقف ودعم غزة وقوة العلاقة مع الحلفاء.", "SUPPORT",
     "دعم", "غزة"),
])
def test_a_town_is_no_agent_of_a_noun(text, event, trigger, town):
    e = event_on(text, event, trigger)
    assert town not in texts_of(e.actor), texts_of(e.actor)


def test_a_town_after_a_support_noun_is_supported():
    e = event_on("وحمل الخطاب رسائل تؤكد على ثبات الموقف ودعم غزة وقوة العلاقة مع الحلفاء.",
                 "SUPPORT", "دعم")
    assert "غزة" in texts_of(e.recipient), texts_of(e.recipient)


@pytest.mark.parametrize(("text", "event", "trigger", "actor"), [
    ("دمرت قوات الاحتلال عشرات المنازل في بيت حانون شمال قطاع غزة قبل انسحابها من البلدة.",
     "RETREAT", "انسحابها", "قوات الاحتلال"),
    ("وأكدت مصر دعمها لغزة.", "SUPPORT", "دعمها", "مصر"),
])
def test_a_body_stays_the_agent_of_a_noun(text, event, trigger, actor):
    e = event_on(text, event, trigger)
    assert actor in texts_of(e.actor), texts_of(e.actor)


@pytest.mark.parametrize(("text", "event", "trigger", "actor"), [
    # after a verb a capital is its subject: the government that agrees or hosts
    ("وبعد وساطة عمانية وافقت صنعاء على الإفراج عن طاقم السفينة.", "AGREE", "وافقت", "صنعاء"),
    ("واستقبلت القاهرة وفدا من الحركة.", "CONSULT", "استقبلت", "القاهرة"),
])
def test_a_capital_after_a_verb_stays_its_subject(text, event, trigger, actor):
    e = event_on(text, event, trigger)
    assert actor in texts_of(e.actor), texts_of(e.actor)


@pytest.mark.parametrize(("text", "topic"), [
    ("وعقد مجلس الأمن جلسة طارئة بطلب من الجزائر لبحث الهجوم الذي نفذه الجيش على المدرسة.",
     "الجيش"),
    ("وقالت الحركة إن انعقاد المجلس اليوم لبحث ملف الأسرى الإسرائيليين لا يكفي.",
     "الأسرى الإسرائيليين"),
])
def test_a_party_in_the_topic_is_no_side(text, topic):
    e = event_on(text, "CONSULT", "بحث")
    assert topic not in texts_of(e.actor) + texts_of(e.recipient), \
        (texts_of(e.actor), texts_of(e.recipient))


def test_the_partner_after_with_stays_a_side():
    e = event_on("ووصل المبعوث الأميركي إلى القاهرة لبحث الهدنة مع حركة حماس.", "CONSULT", "بحث")
    assert texts_of(e.actor) == ["المبعوث الأميركي"]
    assert texts_of(e.recipient) == ["حركة حماس"]


def test_a_party_of_the_next_clause_is_not_the_topic():
    # the meeting and its بحث are one event; the minister after the comma stays its party
    e = event_on("عقد في مدريد اليوم اجتماع لبحث الأوضاع الإنسانية، وشدد وزير الخارجية الإسباني "
                 "على أن الجهود غير كافية.", "CONSULT", "اجتماع")
    assert "وزير الخارجية الإسباني" in texts_of(e.actor) + texts_of(e.recipient), \
        (texts_of(e.actor), texts_of(e.recipient))
