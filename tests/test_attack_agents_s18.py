"""Attackers the sentence names in ways no reader took before, eighteenth session
(``attacks.with_named_attacker``): the subject of a verb of responding takes the attack it
governs with ب, and is not the doer of the act it answers after على; the armed bodies of a
phrase of joint action (بالاشتراك مع، بمشاركة ...) are doers too, never the ones hit; a
death or wound takes the subject of a relative clause on the weapon or operation that
caused it.  Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, texts_of
from test_arguments import attached

# ---------------------------------------------------------------- responding with an attack

@pytest.mark.parametrize("text, trigger, actor", [
    ("ردت إسرائيل بقصف مواقع في جنوب لبنان مساء أمس.", "قصف", "ISR"),
    ("ردت إسرائيل على إطلاق الصواريخ بغارات على مطار صنعاء.", "غارات", "ISR"),
    ("وترد روسيا عادة باستهداف محطات الكهرباء في أوكرانيا.", "استهداف", "RUS"),
    # the subject before a present verb
    ("وإيران ترد بهجوم صاروخي على قاعدة أمريكية في العراق.", "هجوم", "IRN"),
])
def test_the_responder_does_the_attack_it_responds_with(text, trigger, actor):
    actors, recipients = attached(text, trigger, "ASSAULT", "nouns")
    assert actors == [actor]
    assert actor not in recipients


def test_the_responder_launches_what_follows_its_launch_noun():
    actors, _ = attached("رد حزب الله بإطلاق عشرات الصواريخ على مستوطنات الجليل.",
                         "الصواريخ", "ASSAULT", "nouns")
    assert actors == ["LBN"]


def test_the_act_answered_after_ala_is_not_the_responders():
    text = "ردت تركيا على هجوم الجماعة بقصف مواقعها في شمال العراق."
    actors, _ = attached(text, "هجوم", "ASSAULT", "nouns")
    assert "TUR" not in actors
    actors, _ = attached(text, "قصف", "ASSAULT", "nouns")
    assert actors == ["TUR"]


@pytest.mark.parametrize("text, trigger", [
    # the response is a statement, the attack a clause of its own
    ("ردت الوزارة على الأسئلة، بينما قصفت الطائرات مواقع في البلدة.", "قصفت"),
    # the response is a statement; the attack is what it answers
    ("ردت الوزارة ببيان شديد اللهجة على قصف المستشفى الميداني.", "قصف"),
])
def test_no_responder_outside_the_verbs_ba_phrase(text, trigger):
    e = event_on(text, "ASSAULT", trigger)
    assert "responder" not in e.rule
    assert "الوزارة" not in texts_of(e.actor)


# ---------------------------------------------------------------- joint action

@pytest.mark.parametrize("text, trigger, doers", [
    # the partner read as the one hit before
    ("قتل ضابط في كمين نفذته سرايا القدس بالاشتراك مع كتائب القسام قرب المخيم.", "قتل",
     ["سرايا القدس", "كتائب القسام"]),
    # the phrase closes a long sentence on the operation
    ("نشرت سرايا القدس مشاهد من قصف مقاتليها موقعا عسكريا إسرائيليا شرق خان يونس بقذائف "
     "الهاون، بالاشتراك مع كتائب الأقصى.", "قصف", ["سرايا القدس", "كتائب الأقصى"]),
    # the armed speaker does the verb whose object pronoun resumes the ambush
    ("أكدت سرايا القدس إصابة ضابط إسرائيلي في كمين، نفذته بالاشتراك مع كتائب القسام، قرب "
     "المخيم.", "كمين", ["سرايا القدس", "كتائب القسام"]),
    # between the armed speaker and the operation it announces
    ("أعلنت سرايا القدس، بالاشتراك مع كتائب القسام، تفجير عبوة في دورية قرب نابلس.",
     "تفجير", ["سرايا القدس", "كتائب القسام"]),
])
def test_the_partner_in_joint_action_is_a_doer(text, trigger, doers):
    e = event_on(text, "ASSAULT", trigger)
    assert sorted(texts_of(e.actor)) == sorted(doers)
    assert not set(doers) & set(texts_of(e.recipient))


@pytest.mark.parametrize("text, trigger, partner", [
    # a clause of its own after the attack: the phrase tells of something else
    ("قصفت الطائرات الإسرائيلية مواقع في غزة، في حين تدرب الجيش الأردني بالتعاون مع القوات "
     "الأمريكية.", "قصفت", "القوات الأمريكية"),
    # people who took part are no armed body
    ("أصيب شاب برصاص الاحتلال خلال مسيرة بمشاركة عشرات المتضامنين الأجانب.", "برصاص",
     "المتضامنين الأجانب"),
])
def test_no_partner_outside_the_attack_or_unarmed(text, trigger, partner):
    e = event_on(text, "ASSAULT", trigger)
    assert partner not in texts_of(e.actor)


def test_an_ally_of_the_one_hit_joins_no_attack():
    # the partner is of the country of the soldiers hit
    e = event_on("قتل جنديان أمريكيان في هجوم على قاعدة يحرسونها بالتعاون مع القوات الأمريكية "
                 "الخاصة.", "ASSAULT", "قتل")
    assert "USA" not in countries_of(e.actor)


# ---------------------------------------------------------------- the doer of the cause

@pytest.mark.parametrize("text, trigger, actor", [
    ("أصيب عشرات الشبان بالاختناق جراء غاز مدمع أطلقه جيش الاحتلال في البلدة.", "أصيب",
     "جيش الاحتلال"),
    # a relative pronoun, and a short aside before the verb
    ("أصيب طلاب مدرسة البنين بضيق في التنفس بسبب الغاز، صباح اليوم، الذي أطلقته الشرطة "
     "الإسرائيلية قرب المدرسة.", "أصيب", "الشرطة الإسرائيلية"),
    # the operation the casualties fell in
    ("استشهد 4 فلسطينيين في طوباس أثناء الحملة العسكرية التي يشنها جيش الاحتلال منذ أيام.",
     "استشهد", "جيش الاحتلال"),
    # a hidden passive whose weapon a relative clause names
    ("قتل طفل بقذيفة أطلقتها دبابة إسرائيلية على الحي الشرقي.", "قتل", "دبابة إسرائيلية"),
])
def test_the_subject_of_a_relative_on_the_cause_is_the_attacker(text, trigger, actor):
    e = event_on(text, "ASSAULT", trigger)
    assert texts_of(e.actor) == [actor]
    assert actor not in texts_of(e.recipient)


@pytest.mark.parametrize("text, trigger", [
    # a soldier killed in his own army's operation: no attacker named
    ("قتل رقيب إسرائيلي أثناء مواجهات في طوباس ضمن الحملة التي يشنها الجيش الإسرائيلي هناك.",
     "قتل"),
    # the relative clause stands in a clause of its own
    ("أصيب شابان بجروح في البلدة، بينما واصلت القوات حملتها التي أطلقها الجيش قبل أسبوع.",
     "أصيب"),
])
def test_no_cause_doer_of_the_victims_side_or_across_a_clause(text, trigger):
    e = event_on(text, "ASSAULT", trigger)
    assert e.actor == []
