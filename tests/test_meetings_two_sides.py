"""Both sides of a call, a meeting, an agreement and a mediation (arguments/meetings.py,
``talks_parties``; the talks verb told inside a call, merge.py).  Sentences written for
these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, events_of


def _countries(mentions) -> list[str | None]:
    return [m.country for m in mentions]


# ---------------------------------------------------------------- a call received

@pytest.mark.parametrize("sentence, caller, called", [
    # a counterpart named by his country's adjective, and a dual verb telling the topic
    ("تلقى وزير الخارجية الأردني اتصالا هاتفيا من نظيره البريطاني بحثا خلاله الأوضاع "
     "في المنطقة.", "GBR", "JOR"),
    # the caller with his office, a verb of the topic after
    ("تلقى الرئيس التونسي اتصالا هاتفيا من رئيس الوزراء الإيطالي تناول الهجرة.", "ITA", "TUN"),
    # a long subject between the verb of receiving and the noun
    ("تلقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح اتصالا هاتفيا من الرئيس الفرنسي "
     "تناول العلاقات.", "FRA", "KWT"),
])
def test_the_caller_is_the_actor_and_the_one_called_the_recipient(sentence, caller, called):
    call = event_on(sentence, "CONSULT", "اتصالا")
    assert call.mode == "phone"
    assert _countries(call.actor) == [caller]
    assert _countries(call.recipient) == [called]


def test_a_dual_talks_verb_after_a_call_is_the_call_itself():
    events = events_of("تلقى وزير الخارجية الأردني اتصالا هاتفيا من نظيره البريطاني بحثا "
                       "خلاله الأوضاع في المنطقة.", "CONSULT")
    assert len(events) == 1
    assert events[0].mode == "phone"
    assert {m.text for m in events[0].mentions} == {"بحثا"}


def test_a_talks_verb_with_another_partner_stays_another_meeting():
    events = events_of("تلقى الرئيس التونسي اتصالا هاتفيا من رئيس الوزراء الإيطالي، وبحث مع "
                       "وزير الداخلية الفرنسي ملف الهجرة.", "CONSULT")
    assert sorted(e.mode for e in events) == ["meet", "phone"]
    talks = next(e for e in events if e.mode == "meet")
    assert _countries(talks.recipient) == ["FRA"]


def test_a_call_received_from_no_one_named_keeps_its_one_side():
    call = event_on("تلقى وزير الخارجية الأردني اتصالا هاتفيا مساء أمس.", "CONSULT", "اتصالا")
    assert _countries(call.actor) == ["JOR"]
    assert call.recipient == []


# ---------------------------------------------------------------- the party after مع

@pytest.mark.parametrize("sentence, trigger, first, other", [
    # the trigger ends with مع: the party after it is no genitive agent
    ("شدد وزير الدفاع الياباني خلال اتصال مع نظيره الأسترالي على أهمية التعاون البحري.",
     "اتصال", "JPN", "AUS"),
    # a quantity between مع and the party
    ("أجرى مسؤولون ألمان محادثات مع عدد من المسؤولين الأتراك في برلين.", "محادثات",
     "DEU", "TUR"),
    # a delegation between مع and the party
    ("عقد وزير الدفاع البريطاني لقاء مع وفد من الجيش النرويجي.", "لقاء", "GBR", "NOR"),
])
def test_the_party_after_ma_is_the_other_side(sentence, trigger, first, other):
    talks = event_on(sentence, "CONSULT", trigger)
    assert _countries(talks.actor) == [first]
    assert _countries(talks.recipient) == [other]


def test_the_one_met_with_ba_after_a_possessed_noun_is_the_other_side():
    # the pronoun of لقائه names the speaker before the comma aside
    meeting = event_on("بث التلفزيون مقطعا من حديث رئيس الوزراء الماليزي أنور إبراهيم، خلال "
                       "لقائه بالرئيس الإيراني، أمس، في طهران.", "CONSULT", "لقائه")
    assert _countries(meeting.actor) == ["MYS"]
    assert _countries(meeting.recipient) == ["IRN"]


def test_the_town_one_goes_to_is_not_who_meets():
    meeting = event_on("توجه وزير الخارجية الإيطالي إلى معبر رفح للاجتماع بممثلي الهيئات "
                       "الأممية.", "CONSULT", "اجتماع")
    assert _countries(meeting.actor) == ["ITA"]
    assert _countries(meeting.recipient) == ["UNO"]


def test_a_counterpart_alone_stands_as_the_one_side_named():
    meeting = event_on("وصف الوزير لقاءه مع نظيره الهندي بأنه مثمر.", "CONSULT", "لقاءه")
    assert _countries(meeting.actor) == ["IND"]
    assert meeting.actor[0].sector is None     # no other side tells his office


# ---------------------------------------------------------------- مع before the noun

def test_a_partner_between_the_subject_and_an_agreement_noun_is_the_other_side():
    deal = event_on("وقعت شركة هندية مع كينيا اتفاقا لبناء ميناء.", "AGREE", "اتفاقا")
    assert _countries(deal.actor) == ["IND"]
    assert _countries(deal.recipient) == ["KEN"]


def test_a_ma_of_another_noun_before_a_purpose_noun_names_no_side():
    # "بصفقة ... مع الحركة لبحث": the مع is the deal's, and the prisoners are no side of talks
    talks = event_on("استدعى رئيس الحكومة الإسرائيلية فريق التفاوض الموكل بصفقة تبادل الأسرى "
                     "مع حركة الجهاد لبحث العقبات.", "CONSULT", "بحث")
    assert _countries(talks.actor) == ["ISR"]
    assert talks.recipient == []


# ---------------------------------------------------------------- mediation

@pytest.mark.parametrize("sentence, trigger, mediator, sides", [
    # the talks named before, after بين, and a relative clause on them
    ("انهارت المحادثات بين أرمينيا وأذربيجان، والتي توسطت فيها روسيا.", "توسطت", "RUS",
     ["ARM", "AZE"]),
    # a truce with the other side, then بوساطة
    ("أعلن الجيش السوداني قبول هدنة مع قوات الدعم السريع بوساطة سعودية.", "وساطة", "SAU",
     ["SDN", "SDN"]),
    # the sides after بين further on
    ("يتابع فريق الوساطة المصري تنفيذ الهدنة بين إسرائيل وحركة الجهاد الإسلامي.", "الوساطة",
     "EGY", ["ISR", "PSE"]),
])
def test_the_mediated_sides_are_the_mediators_recipients(sentence, trigger, mediator, sides):
    mediation = event_on(sentence, "CONSULT", trigger)
    assert mediation.mode == "third-party"
    assert _countries(mediation.actor) == [mediator]
    assert _countries(mediation.recipient) == sides


def test_a_mediation_naming_no_sides_gets_none():
    mediation = event_on("أشاد وزير الخارجية الأردني بالوساطة القطرية.", "CONSULT", "الوساطة")
    assert mediation.recipient == []


# ---------------------------------------------------------------- dual verbs, counterparts

def test_a_dual_talks_verb_has_the_two_parties_told_before_it():
    talks = event_on("وقال وزير الخارجية الفرنسي، في مؤتمر صحافي مشترك مع نظيرته الكندية، "
                     "إنهما ناقشا الوضع في هايتي.", "CONSULT", "ناقشا")
    assert sorted(_countries(talks.actor)) == ["CAN", "FRA"]


def test_a_dual_talks_verb_after_two_of_one_country_is_left_as_read():
    # an office and its holder in apposition are no two parties
    talks = event_on("وأشارت الصحيفة إلى أن الرئيس الأميركي، جو بايدن، ونائبته، كامالا هاريس، "
                     "ناقشا المقترح.", "CONSULT", "ناقشا")
    assert [m.text for m in talks.actor] == ["كامالا هاريس"]


def test_a_counterpart_named_by_his_country_holds_the_other_sides_office():
    meeting = event_on("التقى الرئيس الكيني ونظيره الأوغندي في نيروبي.", "CONSULT", "التقى")
    assert [(m.country, m.sector) for m in meeting.recipient] == [("UGA", "GOV")]
