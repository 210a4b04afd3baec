"""Aircraft, drones, guns and warships after من right after an attack word, or after ب,
are what the attack came from or was made with: its agent, never its target.  Sentences
written for these tests."""
from __future__ import annotations

from conftest import event_on, texts_of


def test_drone_after_min_is_the_attacker_not_the_target():
    e = event_on("أصيب راع جراء قصف من طائرة مسيرة روسية على قرية قرب خاركيف.", "ASSAULT", "قصف")
    assert [a.country for a in e.actor] == ["RUS"]
    assert not any(r.sector == "MIL" for r in e.recipient)


def test_drone_after_ba_is_the_instrument_and_the_victims_stay():
    e = event_on("أعلنت الوزارة استشهاد مسعفين اثنين جراء استهدافهما بطائرة مسيرة إسرائيلية قرب "
                 "مدينة جنين.", "ASSAULT", "استهداف")
    assert [a.country for a in e.actor] == ["ISR"]
    assert "مسعفين" in texts_of(e.recipient)


def test_artillery_shells_are_no_target_of_the_named_attacker():
    e = event_on("واستهدف الحزب ثكنة زرعيت بقذائف المدفعية صباح اليوم.", "ASSAULT", "استهدف")
    assert all(r.sector != "MIL" or r.text != "المدفعية" for r in e.recipient)


def test_forces_after_ba_stay_the_target_of_a_bomb():
    e = event_on("وفجر المقاومون عبوة ناسفة بقوة إسرائيلية راجلة قرب مخيم نور شمس.", "ASSAULT", "فجر")
    assert "ISR" in [r.country for r in e.recipient]


def test_partitive_min_is_no_source():
    e = event_on("استهدفت الفصائل عددا من الطائرات المسيرة الإسرائيلية فوق جنوب لبنان.",
                 "ASSAULT", "استهدف")
    assert "ISR" not in [a.country for a in e.actor]
