"""RETREAT withdrawals have the side withdrawing and no recipient for the ground it leaves;
a coercion verb whose object pronoun resumes the participant right before it has that
participant as its recipient.  Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of


def _countries(members) -> list:
    return [m.country for m in members]


def _event_on(text: str, event: str, trigger: str):
    """The event of type ``event`` whose trigger starts with ``trigger``."""
    return next(e for e in events_of(text, event) if e.trigger.text.startswith(trigger))


def test_town_withdrawn_from_is_no_recipient():
    e = _event_on("انسحبت قوات الاحتلال من بلدة قباطية جنوب جنين بعد عملية دامت يومين.",
                  "RETREAT", "انسحبت")
    assert _countries(e.actor) == ["ISR"]
    assert e.recipient == []


def test_building_withdrawn_from_is_no_recipient():
    e = _event_on("انسحبت القوات الإسرائيلية من المستشفى بعد حصاره ثلاثة أيام.",
                  "RETREAT", "انسحبت")
    assert _countries(e.actor) == ["ISR"]
    assert e.recipient == []


def test_organisation_left_stays_a_party():
    e = _event_on("انسحبت ثلاث دول من المجموعة الاقتصادية لدول غرب أفريقيا.",
                  "RETREAT", "انسحبت")
    assert len(e.recipient) == 1
    assert "المجموعة الاقتصادية" in e.recipient[0].text


def test_vehicles_after_a_withdrawal_noun_are_the_ones_withdrawing():
    e = _event_on("رصدت عدسة المصور حجم الخراب في الحي بعد انسحاب جزئي للآليات العسكرية "
                  "الإسرائيلية.", "RETREAT", "انسحاب")
    assert _countries(e.actor) == ["ISR"]
    assert e.recipient == []


def test_demonym_after_a_withdrawal_noun_is_the_side_withdrawing():
    e = _event_on("ظهر حجم الخراب في الحي بعد انسحاب الآليات الإسرائيلية منه.",
                  "RETREAT", "انسحاب")
    assert _countries(e.actor) == ["ISR"]
    assert e.recipient == []


def test_force_of_an_earlier_clause_is_the_one_withdrawing():
    e = _event_on("بدأت قوات الاحتلال حملة في مخيم الفارعة، بينما انسحبت من مخيم نور شمس.",
                  "RETREAT", "انسحبت")
    assert _countries(e.actor) == ["ISR"]
    assert e.recipient == []


def test_withdrawal_noun_naming_its_own_agent_takes_no_earlier_force():
    events = events_of("قتل جنديان في عملية إطلاق نار قرب الحاجز، وانسحاب المهاجمين من "
                       "المكان.", "RETREAT")
    assert all("ISR" not in _countries(e.actor) for e in events)


def test_people_a_siege_verb_resumes_are_its_recipients():
    e = _event_on("بثت القناة شهادات مواطنين حاصرتهم الدبابات الإسرائيلية في مراكز الإيواء.",
                  "COERCE", "حاصرتهم")
    assert _countries(e.actor) == ["ISR"]
    assert "مواطنين" in e.recipient[0].text


def test_people_an_arrest_verb_resumes_are_taken_and_the_force_before_arrests():
    e = _event_on("أفرج الجيش الإسرائيلي عن 5 شبان اعتقلهم خلال الحرب.",
                  "COERCE", "اعتقلهم")
    assert _countries(e.actor) == ["ISR"]
    assert "شبان" in e.recipient[0].text


def test_joined_verb_with_a_pronoun_keeps_its_subject():
    e = _event_on("اقتحمت قوات الاحتلال مخيم بلاطة وحاصرته من كل الجهات.",
                  "COERCE", "حاصرته")
    assert _countries(e.actor) == ["ISR"]


def test_force_imposing_a_siege_in_a_relative_clause_is_its_agent():
    e = _event_on("يعاني السكان من الحصار الذي يفرضه جيش الاحتلال على البلدة منذ شهرين.",
                  "COERCE", "الحصار")
    assert _countries(e.actor) == ["ISR"]


def test_army_issuing_evacuation_orders_in_a_relative_clause_is_their_agent():
    e = _event_on("علّق المحلل على الأوامر التي أصدرها الجيش الإسرائيلي لسكان صور بالإخلاء.",
                  "COERCE", "أوامر")
    assert _countries(e.actor) == ["ISR"]
