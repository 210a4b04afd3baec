"""Bodies the knowledge base does not name (twelfth session): one organisation mention for
a body head and its name, with the body's own country only.  Sentences written for these
tests."""
from __future__ import annotations

import pytest

from hadath.recognize.actors import find_actors
from hadath.recognize.organisations import find_unnamed_bodies, head_of, tokens_of
from hadath.text.layer import analyze


def bodies(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.country, a.sector) for a in find_actors(analyze(text))
            if a.rule.startswith("unnamed-body")]


def actor_texts(text: str) -> list[str]:
    return [a.text for a in find_actors(analyze(text))]


def test_a_committee_with_its_place_takes_that_country() -> None:
    found = bodies("طالبت اللجنة الوطنية للحريات في تونس بإطلاق سراح الطلاب.")
    assert found == [("اللجنة الوطنية للحريات في تونس", "TUN", "SOC")]


def test_a_nisba_among_the_adjectives_is_the_body_country() -> None:
    found = bodies("نددت الجمعية الأردنية للدفاع عن الحريات بالقرار.")
    assert found and found[0][0].startswith("الجمعية الأردنية") and found[0][1] == "JOR"


def test_a_cause_is_not_the_body_country() -> None:
    text = "نظمت الرابطة الشبابية من أجل لبنان مسيرة في الشارع الرئيسي."
    found = bodies(text)
    assert found == [("الرابطة الشبابية من أجل لبنان", None, "SOC")]
    # the country of the cause is no separate participant
    assert "لبنان" not in actor_texts(text)


def test_a_support_phrase_is_a_cause_too() -> None:
    found = bodies("دعت الهيئة الشعبية لنصرة العراق إلى التظاهر.")
    assert found == [("الهيئة الشعبية لنصرة العراق", None, "SOC")]


def test_a_construct_chain_ends_in_a_definite_word() -> None:
    found = bodies("انتقدت جمعية حماية المستهلك ارتفاع الأسعار.")
    assert [f[0] for f in found] == ["جمعية حماية المستهلك"]


def test_a_syndicate_is_labour() -> None:
    found = bodies("أعلنت نقابة سائقي الشاحنات إضرابا مفتوحا.")
    assert found == [("نقابة سائقي الشاحنات", None, "LAB")]


def test_a_state_word_makes_a_committee_governmental() -> None:
    found = bodies("قالت اللجنة الوزارية للإسكان إن العمل سيبدأ قريبا.")
    assert found and found[0][2] == "GOV"


def test_a_definite_head_does_not_take_its_object() -> None:
    # a definite noun cannot govern a genitive: "الانتهاكات" is the verb's object
    assert bodies("أدانت الجمعية الانتهاكات الأخيرة.") == []


def test_a_head_before_a_preposition_is_no_name() -> None:
    assert bodies("وصلت مجموعة من الطلاب إلى الساحة.") == []


def test_an_indefinite_committee_is_no_name() -> None:
    assert bodies("شكلت الحكومة لجنة تحقيق في الحادث.") == []


def test_the_knowledge_base_wins_where_it_matches() -> None:
    found = find_actors(analyze("قالت اللجنة الدولية للصليب الأحمر إن الوضع خطير."))
    assert any(a.id == "icrc" for a in found)
    assert not any(a.rule.startswith("unnamed-body") for a in found)


def test_a_quoted_name_and_its_demonym() -> None:
    found = bodies("أصدرت منظمة \"النور\" المصرية بيانا.")
    assert found == [("منظمة \"النور\" المصرية", "EGY", "SOC")]


def test_a_bare_head_later_is_the_body_named_before() -> None:
    text = "أسست الرابطة الوطنية للتراث في المغرب فرعا جديدا. وقالت الرابطة إنها ستواصل عملها."
    found = bodies(text)
    assert len(found) == 2
    assert found[1][0] == "الرابطة" and found[1][1] == "MAR"


def test_a_people_phrase_ending_the_name_stays_whole() -> None:
    text = "أسست الرابطة الوطنية للمزارعين في المغرب فرعا جديدا."
    found = bodies(text)
    assert [f[0] for f in found] == ["الرابطة الوطنية للمزارعين في المغرب"]
    assert actor_texts(text) == ["الرابطة الوطنية للمزارعين في المغرب"]


def test_a_bare_head_with_no_body_before_is_nothing() -> None:
    assert bodies("وقالت اللجنة إن القرار نهائي.") == []


@pytest.mark.parametrize("word,expected", [
    ("واللجنة", ("لجنه", True)), ("للجمعية", ("جمعيه", True)), ("بنقابة", ("نقابه", False)),
    ("جمعية", ("جمعيه", False)), ("مسيرة", None),
])
def test_head_of_strips_proclitics(word: str, expected: tuple[str, bool] | None) -> None:
    from hadath.recognize.organisations import body_words
    from hadath.text import normalize_string
    words = body_words()
    assert head_of(normalize_string(word), words.heads | words.labour_heads) == expected


def test_tokens_keep_offsets_without_punctuation() -> None:
    text = "قالت «الجمعية»، أمس"
    toks = tokens_of(text)
    assert [text[t.start:t.end] for t in toks] == ["قالت", "الجمعية", "أمس"]
    assert toks[1].quoted_open and toks[1].quoted_close and toks[1].clause_end


def test_no_mentions_added_to_a_text_without_bodies() -> None:
    layer = analyze("قصفت الطائرات المدينة.")
    mentions = find_actors(layer)
    assert find_unnamed_bodies(layer, mentions, None) == mentions


def test_an_international_body_is_not_the_document_state() -> None:
    found = bodies("حذرت مجموعة الدراسات الدولية من تفاقم الأزمة.")
    assert found == [("مجموعة الدراسات الدولية", "NGO", "SOC")]


def test_a_country_after_the_name_is_no_adjective() -> None:
    text = "طالبت مجموعة الدراسات الدولية الولايات المتحدة بالتحرك."
    assert [f[0] for f in bodies(text)] == ["مجموعة الدراسات الدولية"]
    assert "الولايات المتحدة" in actor_texts(text)


def test_a_word_with_a_preposition_breaks_the_construct() -> None:
    assert bodies("دعت منظمة نقابية بفرنسا إلى الإضراب.") == []


def test_a_known_body_in_quotes_stays_the_knowledge_base_one() -> None:
    found = find_actors(analyze("اتهمت منظمة \"هيومن رايتس ووتش\" الحكومة بالتقصير."))
    assert not any(a.rule.startswith("unnamed-body") for a in found)
    assert any(a.country == "NGO" for a in found)


def test_a_committee_of_a_parliament_takes_its_country() -> None:
    found = bodies("انتقدت لجنة الشؤون الخارجية في الكنيست الإسرائيلي القرار.")
    assert found and found[0][1] == "ISR"



def test_a_committee_named_only_by_its_task_is_no_body() -> None:
    assert bodies("بحث الطرفان تشكيل لجنة لإعادة إعمار المدينة المدمرة.") == []


def test_the_international_organisation_told_of_before_is_no_new_body() -> None:
    assert bodies("انتقد الموظف السابق صمت المنظمة الدولية إزاء الحرب.") == []
