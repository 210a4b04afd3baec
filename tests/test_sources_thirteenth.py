"""Thirteenth session: an official speaking of what his state did with other states, and
speakers named by an unknown kunya, on our own example sentences."""
from __future__ import annotations

from conftest import events_of, last_sentence_attributions


def sources(text: str) -> list[str]:
    return [a.source.text for a in last_sentence_attributions(text)[1]]


def source_of(text: str, event: str) -> str | None:
    attributed = events_of(text, event)[0].attributed_to
    return attributed.text if attributed else None


def test_official_of_the_sole_state_actor_is_its_own_voice():
    text = "قال وزير الخارجية الأمريكي إن بلاده ترفض الاتهامات الروسية."
    assert source_of(text, "REJECT") is None
    text = "أكد وزير الدفاع الإيراني أن إيران تدعم المقاومة في لبنان."
    assert source_of(text, "SUPPORT") is None


def test_official_reporting_what_his_state_did_with_others_is_a_source():
    text = "أكد المبعوث الأمريكي أن الولايات المتحدة ومصر وقطر توصلت إلى اتفاق مع الطرفين."
    event = events_of(text, "AGREE")[0]
    assert {a.country for a in event.actor} == {"USA", "EGY", "QAT"}
    assert event.attributed_to is not None and event.attributed_to.text == "المبعوث الأمريكي"
    text = "قال وزير الخارجية الأمريكي إن واشنطن والقاهرة والدوحة ترفض الهجوم على المدينة."
    assert source_of(text, "REJECT") == "وزير الخارجية الأمريكي"


def test_unknown_kunya_speaks_with_its_name_word():
    assert sources("قال أبو زيد إن الشرطة أغلقت السوق القديم.") == ["أبو زيد"]
    assert sources("وقالت أم أحمد إن الجنود فتشوا بيتها ليلا.") == ["أم أحمد"]
    assert sources("وبحسب أبي خالد فإن الحريق أتى على المخزن.") == ["أبي خالد"]


def test_unknown_kunya_takes_one_name_word_and_a_definite_family_name():
    assert sources("قال أبو زيد الحسيني إن الشرطة أغلقت السوق القديم.") == ["أبو زيد الحسيني"]
    assert sources("قال أبو محمد، وهو تاجر في الحي، إن الشرطة أغلقت السوق.") == ["أبو محمد"]


def test_kunya_word_that_is_an_actor_is_not_read_as_a_kunya():
    # a place starting with the kunya word is the actor mention it is, no longer phrase
    assert sources("أعلنت أبو ظبي استعدادها لاستضافة المحادثات بين الطرفين.") == ["أبو ظبي"]
    assert sources("قالت أبو ظبي إن المحادثات ستعقد الأسبوع المقبل.") == ["أبو ظبي"]
