"""Tenth session: sources ("according to whom") on our own example sentences."""
from __future__ import annotations

import pytest
from conftest import last_sentence_attributions

from hadath.pipeline import Pipeline, record_to_raw


def sources(text: str) -> list[str]:
    return [a.source.text for a in last_sentence_attributions(text)[1]]


def test_multiword_speech_cue_keeps_its_source_noun():
    # "أفادت مصادر" is one speech cue; its source noun is the subject, not the addressee
    assert sources("أفادت مصادر للإذاعة بأن الفيضانات غمرت ثلاث قرى.") == ["مصادر"]
    assert sources("أفادت مصادر محلية للقناة بأن مسلحين أحرقوا سوقا.") == ["مصادر محلية"]


def test_verbal_noun_of_a_speech_verb_introduces_nothing():
    assert sources("وأغلق الجنود الطريق ومنعوا الأهالي من نقل الجرحى.") == []
    assert sources("وتولت فرق الدفاع المدني بنقل المصابين إلى المستشفى.") == []


def test_informant_nisba_is_an_adjective():
    assert sources("أكد مصدر أمني في الشرطة المحلية اعتقال خمسة أشخاص.") \
        == ["مصدر أمني في الشرطة المحلية"]


def test_definite_body_after_fi_stays_in_the_source():
    assert sources("قال مسؤول في الجيش إن طائرة مسيرة أسقطت قرب الحدود.") == ["مسؤول في الجيش"]


def test_channel_after_fi_is_still_cut():
    assert sources("وقالت وزارة الداخلية في بيان إن الشرطة اعتقلت عشرة.") == ["وزارة الداخلية"]


def test_transmitter_set_off_by_a_comma_relays_its_origin():
    assert sources('ونقلت "الصحيفة"، عن مصادر مطلعة، أن الوفد غادر العاصمة.') == ["مصادر مطلعة"]


def test_contrast_connective_ends_the_source_stretch():
    full, found = last_sentence_attributions(
        "قالت الشرطة إن لصوصا سرقوا المصرف، في حين أحرق محتجون سيارات في الساحة.")
    governing = [a for a in found if a.start <= full.index("أحرق") < a.end]
    assert [a.source.text for a in found] == ["الشرطة"]
    assert governing == []


def test_contrast_connective_inside_a_quotation_is_the_speakers():
    full, found = last_sentence_attributions(
        'وأضاف الوزير: "نحن نفاوض بينما يرفض الطرف الآخر كل عرض".')
    assert [a.source.text for a in found if a.start <= full.index("يرفض") < a.end] == ["الوزير"]


def test_fima_about_is_no_connective():
    full, found = last_sentence_attributions(
        "قالت اللجنة إن الاجتماع انتهى، فيما يخص الميزانية لم يتفق الأعضاء.")
    assert [a.source.text for a in found if a.start <= full.index("يتفق") < a.end] == ["اللجنة"]


def test_verb_after_a_contrast_connective_opens_its_own_source():
    full, found = last_sentence_attributions(
        "أفادت مصادر محلية بغرق قارب قرب الشاطئ، في حين أعلنت البحرية إنقاذ عشرة من ركابه.")
    assert [a.source.text for a in found if a.start <= full.index("إنقاذ") < a.end] == ["البحرية"]


def test_office_after_fi_stays_in_the_source():
    assert sources("أفاد مسؤول في وزارة الزراعة بنفوق مئات المواشي.") \
        == ["مسؤول في وزارة الزراعة"]


# ---------------------------------------------------------------- places: refugee camps

def _location_of(text: str) -> tuple[str, str] | None:
    result = Pipeline.default().process(record_to_raw({"id": "t", "text": text}),
                                        published="2024-05-05")
    located = [e.location for e in result.events if e.location is not None]
    return (located[0].text, located[0].country) if located else None


@pytest.mark.parametrize("text, expected", [
    ("اقتحمت قوات الاحتلال مخيم عايدة شمال بيت لحم واعتقلت ثلاثة شبان.", ("مخيم عايدة", "PSE")),
    ("اندلعت اشتباكات مسلحة في مخيم عين الحلوة أمس.", ("مخيم عين الحلوة", "LBN")),
    # "الرشيدية" alone is a Moroccan city; the camp is in south Lebanon
    ("قصفت مسيرة منزلا في مخيم الرشيدية فجر اليوم.", ("مخيم الرشيدية", "LBN")),
    ("قصفت طائرات حربية أطراف مخيم اليرموك جنوب العاصمة.", ("مخيم اليرموك", "SYR")),
])
def test_refugee_camps_resolve_to_their_country(text, expected):
    assert _location_of(text) == expected
