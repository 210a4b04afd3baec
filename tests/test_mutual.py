"""Two-sided fighting (hadath/events/mutual.py): clashes, battles and exchanges of fire are
``mutual`` ASSAULTs whose sides are all actors.  Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of

from hadath.events.mutual import is_clash
from hadath.output import flat_row


def _sides(text: str):
    event = events_of(text, "ASSAULT")[0]
    return event, {a.country for a in event.actor}, {r.country for r in event.recipient}


@pytest.mark.parametrize("text, sides", [
    ("اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم أمس.", {"SDN"}),
    ("دارت مواجهات بين الشبان وقوات الاحتلال في بلدة قرب نابلس.", {"PSE", "ISR"}),
    ("اشتبك مقاتلون من حزب الله مع قوة إسرائيلية قرب الحدود.", {"LBN", "ISR"}),
    ("تبادلت القوات الهندية والباكستانية إطلاق النار على طول خط المراقبة.", {"IND", "PAK"}),
    ("يتبادل حزب الله والجيش الإسرائيلي القصف عبر الحدود منذ أشهر.", {"LBN", "ISR"}),
])
def test_every_side_of_a_clash_is_an_actor(text, sides):
    event, actors, recipients = _sides(text)
    assert event.mutual
    assert actors == sides and not recipients


def test_who_reports_a_clash_is_no_side_and_both_sides_of_between_count():
    event, actors, _ = _sides(
        "ذكرت مصادر محلية أن مواجهات اندلعت مساء أمس بين طلاب ومنتسبي الشرطة العراقية في البصرة.")
    assert event.mutual and actors == {"IRQ"}
    assert [a.text for a in event.actor] == ["طلاب", "الشرطة العراقية"]


def test_someone_killed_in_the_fighting_stays_its_recipient():
    event, actors, recipients = _sides("أكدت الفصائل مقتل جنديين سوريين في المعارك.")
    assert event.mutual and recipients == {"SYR"} and "SYR" not in actors


def test_a_killing_in_a_clash_is_one_mutual_event():
    events = events_of("قتل ثلاثة مسلحين في اشتباك مع الشرطة المصرية في شمال سيناء.", "ASSAULT")
    assert len(events) == 1 and events[0].mutual
    assert {a.country for a in events[0].actor} == {"EGY"}


def test_a_one_sided_attack_is_not_mutual():
    event, actors, recipients = _sides("قصفت طائرات إسرائيلية منزلا في مدينة غزة اليوم.")
    assert not event.mutual and actors == {"ISR"}


@pytest.mark.parametrize("text", [
    "تبادل الطرفان الاتهامات بالمسؤولية عن تعثر المحادثات.",
    "تبادل الوزيران وجهات النظر حول العلاقات الثنائية.",
])
def test_an_exchange_of_anything_but_fire_is_no_attack(text):
    import hadath
    from hadath.pipeline import record_to_raw
    pipeline = hadath.default_pipeline(include_nonfactual=True, min_confidence=0.0, rescore=False)
    result = pipeline.process(record_to_raw({"id": "t", "text": text}), published="2024-05-02")
    assert not [e for e in result.events if e.event == "ASSAULT"]


@pytest.mark.parametrize("trigger, clash", [
    ("الاشتباكات", True), ("واشتبكت", True), ("معارك", True), ("تبادلوا", True),
    ("هجوم", False), ("قصف", False), ("", False),
])
def test_clash_words_are_read_without_article_or_proclitic(trigger, clash):
    assert is_clash(trigger) is clash


def test_the_record_and_its_flat_row_say_mutual():
    event, _, _ = _sides("اندلعت اشتباكات بين الجيش الصومالي وحركة الشباب في إقليم شبيلي.")
    record = event.to_dict()
    assert record["mutual"] is True and flat_row(record)["mutual"] is True


def test_air_strikes_amid_clashes_are_another_happening():
    events = events_of("قصفت طائرات إسرائيلية حي الشجاعية وسط اشتباكات بين المقاومة وقوات "
                       "الاحتلال في المنطقة.", "ASSAULT")
    assert sorted(e.mutual for e in events) == [False, True]
    strike = next(e for e in events if not e.mutual)
    assert strike.mode == "aerial" and {a.country for a in strike.actor} == {"ISR"}


def test_one_side_firing_in_the_clash_is_the_clash():
    events = events_of("اندلعت مواجهات بين الشبان وقوات الاحتلال التي أطلقت الرصاص الحي، ما أدى "
                       "إلى إصابة ثلاثة شبان بجروح.", "ASSAULT")
    assert len(events) == 1 and events[0].mutual
    assert events[0].injured is not None and events[0].injured.min == 3
