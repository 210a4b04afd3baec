"""Thirteenth session: a toll's parties.  The dead its phrase names ("حصيلة الشهداء"، "عدد
الجنود القتلى") are its recipients, the party named right after the war or attack it
counts the dead of ("ضحايا حرب الإبادة الإسرائيلية"، "جراء عدوان الاحتلال") its attacker;
a toll of hunger or illness is no attack."""
from __future__ import annotations

import pytest
from conftest import emitted_events, events_of

from hadath.events.counts import toll_cause_end


def _toll(text: str):
    tolls = [e for e in events_of(text, "ASSAULT") if e.rule.startswith("assault.toll")]
    assert tolls, text
    return tolls[0]


def _parties(mentions) -> list[tuple[str | None, str | None]]:
    return [(m.country, m.sector) for m in mentions]


@pytest.mark.parametrize("text", [
    "وأعلنت الوزارة في غزة ارتفاع حصيلة الشهداء منذ مطلع الشهر إلى 1250 شهيدا.",
    "وارتفع عدد الشهداء في مدينة رفح خلال الأسبوع الأخير إلى 318.",
    "وقالت مصادر طبية إن حصيلة الضحايا في خان يونس بلغت 96 شهيدا.",
])
def test_the_dead_a_toll_names_are_its_palestinian_civilian_recipients(text):
    toll = _toll(text)
    assert ("PSE", "CVL") in _parties(toll.recipient)
    assert toll.actor == []


def test_the_dead_take_the_country_of_the_tolls_place():
    toll = _toll("وارتفع عدد القتلى في جنوب لبنان منذ مطلع الشهر إلى 410 قتلى.")
    assert ("LBN", "CVL") in _parties(toll.recipient)


def test_soldiers_a_toll_counts_are_its_recipients_not_the_casualty_word_after_them():
    toll = _toll("وأقر الجيش الإسرائيلي بأن عدد الجنود القتلى في القطاع بلغ 512 جنديا.")
    assert [r.text for r in toll.recipient] == ["الجنود"]
    assert toll.recipient[0].sector == "MIL"


def test_people_named_after_the_toll_phrase_stay_its_recipients():
    toll = _toll("وارتفع عدد الشهداء الصحفيين في القطاع إلى 120 صحفيا.")
    assert [r.sector for r in toll.recipient] == ["JRN"]


@pytest.mark.parametrize("text", [
    "وارتفعت حصيلة ضحايا حرب الإبادة الإسرائيلية على القطاع إلى 41 ألف شهيد.",
    "وارتفع عدد الشهداء جراء عدوان الاحتلال على مخيم جنين إلى 12.",
    "وأحصت الوزارة ارتفاع حصيلة القتلى منذ انطلاق العدوان الإسرائيلي على البلاد إلى 3 آلاف.",
    "وارتفع عدد ضحايا الاقتحامات المتكررة للقوات الإسرائيلية لمخيم طولكرم إلى 9 شهداء.",
])
def test_the_party_after_the_war_a_toll_counts_is_its_attacker(text):
    toll = _toll(text)
    assert [a.country for a in toll.actor] == ["ISR"]
    assert "ISR" not in [r.country for r in toll.recipient]


@pytest.mark.parametrize("text", [
    # the war is named after the toll's number: it tells no cause of the toll
    "وارتفع عدد الشهداء في القطاع إلى 300، في ظل استمرار الحرب الإسرائيلية.",
    # a place after the attack noun is where, not who
    "وارتفع عدد الشهداء جراء العدوان على مدينة غزة إلى 45.",
    # too far from the toll phrase to be its cause
    "وارتفع عدد الشهداء في أحياء المدينة الشرقية بعد انتهاء العدوان الإسرائيلي إلى 45.",
])
def test_no_attacker_is_read_outside_the_tolls_cause(text):
    assert _toll(text).actor == []


def test_the_counted_dead_after_the_number_are_no_attacker():
    toll = _toll("وارتفعت حصيلة ضحايا العملية التي نفذها في المخيم إلى 6 شهداء.")
    assert all(a.sector != "CVL" for a in toll.actor)


def test_a_toll_with_only_its_dead_passes_the_rescorer():
    assert emitted_events("وارتفع عدد الضحايا في القطاع منذ بدء الحرب إلى 40 ألفا و200 شهيد.",
                          "ASSAULT")


@pytest.mark.parametrize("text", [
    "وارتفعت حصيلة ضحايا سوء التغذية في القطاع إلى 31 طفلا.",
    "وارتفع عدد ضحايا الجوع في شمال غزة إلى 27.",
])
def test_a_toll_of_hunger_is_no_attack(text):
    assert not emitted_events(text, "ASSAULT")


def test_the_cause_noun_stands_before_the_tolls_number():
    text = "عدد الشهداء جراء العدوان على المدينة إلى 12"
    end = toll_cause_end(text, len("عدد الشهداء"), len(text))
    assert text[:end].endswith("العدوان")
    after_number = "عدد الشهداء إلى 12 منذ بدء العدوان"
    assert toll_cause_end(after_number, len("عدد الشهداء"), len(after_number)) is None


def test_a_remark_on_a_toll_without_its_figure_names_no_dead():
    toll = _toll("وقال سكان إن حصيلة القتلى قد تكون أكبر مما أعلنته السلطات بكثير.")
    assert toll.recipient == []
