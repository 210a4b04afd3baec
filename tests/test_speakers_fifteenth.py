"""Statement actors left empty (fifteenth session): councils the knowledge base does not name
speak as unnamed bodies.  Sentences written for these tests."""
from __future__ import annotations

from hadath.pipeline import Pipeline, record_to_raw
from hadath.recognize.actors import find_actors
from hadath.text.layer import analyze


def bodies(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.country, a.sector) for a in find_actors(analyze(text))
            if a.rule.startswith("unnamed-body")]


def actors_of(text: str, event: str) -> list[list[str]]:
    record = Pipeline.default().process(record_to_raw({"id": "t", "text": text, "published": "2024-05-02"}, 0))
    return [[a.text for a in e.actor] for e in record.events if e.event == event]


def test_a_council_with_a_genitive_and_its_place_is_a_body() -> None:
    found = bodies("ندد مجلس الأوقاف الإسلامية في القدس بإغلاق البوابات.")
    assert found == [("مجلس الأوقاف الإسلامية في القدس", "PSE", "SOC")]


def test_a_definite_council_with_an_agreeing_adjective_is_a_body() -> None:
    found = bodies("طالب المجلس الإقليمي للمزارعين بتعويضات عن الأضرار.")
    assert [f[0] for f in found] == ["المجلس الإقليمي للمزارعين"]


def test_a_military_council_is_of_the_state() -> None:
    found = bodies("أعلن المجلس العسكري الانتقالي حظر التجول في العاصمة.")
    assert found and found[0][2] == "GOV"


def test_the_knowledge_base_keeps_its_own_councils() -> None:
    found = find_actors(analyze("دعا مجلس الأمن الدولي إلى وقف القتال."))
    assert not any(a.rule.startswith("unnamed-body") for a in found)
    assert any(a.country == "UNO" for a in found)


def test_a_council_with_no_name_is_no_body() -> None:
    assert bodies("عقد مجلس من وجهاء القرية لقاء مع الأهالي.") == []
    assert bodies("شارك في المجلس عدد من الأهالي.") == []


def test_a_council_speaks_as_the_actor_of_its_condemnation() -> None:
    assert actors_of("ندد مجلس الكنائس الإنجيلية في الأردن بالهجوم على المصلين.", "ACCUSE") \
        == [["مجلس الكنائس الإنجيلية في الأردن"]]


def people(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.country) for a in find_actors(analyze(text))]


def test_officials_with_adjectives_before_their_country_place() -> None:
    assert ("مسؤولون أمنيون سابقون في إسرائيل", "ISR") \
        in people("رفض مسؤولون أمنيون سابقون في إسرائيل خطة الانسحاب.")


def test_officials_with_two_adjectives_before_their_demonym() -> None:
    assert ("مسؤولون أمنيون سابقون أردنيون", "JOR") \
        in people("انتقد مسؤولون أمنيون سابقون أردنيون قرار الإغلاق.")


def test_an_unlisted_word_in_the_gap_keeps_the_place_apart() -> None:
    found = people("رفض مسؤولون التقوا أمس في الأردن خطة الانسحاب.")
    assert not any(text.startswith("مسؤولون") and country == "JOR" for text, country in found)


def test_officials_with_adjectives_speak_as_actors() -> None:
    assert actors_of("رفض مسؤولون سياسيون في لبنان خطة الحكومة الجديدة.", "REJECT") \
        == [["مسؤولون سياسيون في لبنان"]]
