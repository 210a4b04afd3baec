"""The object or person named before a town as what was acted on (twentieth session): a
town the argument readers took as the object after its في or ب gives way to the object
named before that preposition, as the place fallback's town already did; possessed role
nouns, the object of a verbal noun such as استهداف, a plural in ي and an object after
a ل of its own are read as objects; adverbs, ل phrases of purpose, an outcome after ل
and the event's own place named before the town are not.  The sentences are written for
these tests."""
from __future__ import annotations

import pytest
from conftest import event_on


def _recipients(text: str, event_type: str, trigger: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in event_on(text, event_type, trigger).recipient]


@pytest.mark.parametrize("text, event_type, trigger, hit", [
    # a name no lexicon knows, before the town the verb reader took as its object
    ("اعتقلت قوات الاحتلال سامر خليل في مدينة نابلس.", "COERCE", "اعتقلت", "سامر خليل"),
    # the subject's adjective in ون is passed over
    ("أحرق مستوطنون متطرفون خيمة عائلية في مدينة الخليل.", "ASSAULT", "أحرق", "خيمة عائلية"),
    # a verbal noun whose genitive is its object
    ("نشرت الفصائل مشاهد استهداف تجهيزات للمراقبة في بلدة المطلة.", "ASSAULT", "استهداف",
     "تجهيزات للمراقبة"),
    # a plural in ي where no adjective can stand: after a verb, after من, with ل
    ("هاجم مستوطنون قاطفي زيتون في بلدة ترمسعيا.", "ASSAULT", "هاجم", "قاطفي زيتون"),
    ("نفذت الجرافات عمليات هدم واسعة النطاق للمباني في مخيم طولكرم.", "COERCE", "هدم", "مباني"),
    # an adverb is passed over
    ("جرفت الجرافات أيضا الشوارع الرئيسية في مخيم جنين.", "COERCE", "جرفت", "الشوارع الرئيسية"),
])
def test_the_object_before_the_town_is_the_recipient(text: str, event_type: str, trigger: str,
                                                     hit: str) -> None:
    assert _recipients(text, event_type, trigger)[0][0] == hit


@pytest.mark.parametrize("text, trigger, person, sector", [
    ("استهدفت طائرة مسيرة إسرائيلية عائلته في حي الرمال.", "استهدفت", "عائلته", "CVL"),
    ("بثت القناة مشاهد اغتيال مراسلها في مدينة غزة.", "اغتيال", "مراسلها", "JRN"),
])
def test_a_possessed_role_noun_is_the_person_hit(text: str, trigger: str, person: str, sector: str) -> None:
    hit = event_on(text, "ASSAULT", trigger).recipient
    assert [(m.text, m.sector, m.country) for m in hit] == [(person, sector, "PSE")]


@pytest.mark.parametrize("text, event_type, trigger, town", [
    # the town right after the verb, after على, or after a part of itself
    ("قصفت المدفعية الإسرائيلية بلدة الخيام.", "ASSAULT", "قصفت", "الخيام"),
    ("شنت الطائرات غارة على بلدة حولا.", "ASSAULT", "غارة", "حولا"),
    ("اقتحمت القوات أحياء متفرقة في مدينة طولكرم.", "COERCE", "اقتحمت", "طولكرم"),
    # a ل of purpose, or an outcome after ل, names no object
    ("أغلقت الشرطة المعابر لمدة يومين في مدينة الخليل.", "COERCE", "أغلقت", "المعابر"),
    # a direction and the event's own place named first, before the town it lies in
    ("اقتحمت القوات الإسرائيلية شرقي حي الزيتون بمدينة غزة.", "COERCE", "اقتحمت", "غزة"),
    ("قصف الجيش الإسرائيلي جنوبي حي الزيتون بمدينة غزة.", "ASSAULT", "قصف", "غزة"),
])
def test_no_other_word_is_taken_for_the_object(text: str, event_type: str, trigger: str, town: str) -> None:
    assert _recipients(text, event_type, trigger)[0][0] == town


@pytest.mark.parametrize("text, trigger, not_object", [
    ("صادرت القوات مساحات لصالح المستوطنين الجدد في بلدة عقربا.", "صادرت", "صالح"),
    ("أدت غارات الاحتلال الليلة لسقوط شهداء جدد في مدينة رفح.", "غارات", "سقوط"),
])
def test_a_lam_of_no_object_is_not_taken(text: str, trigger: str, not_object: str) -> None:
    event_type = "COERCE" if trigger == "صادرت" else "ASSAULT"
    assert all(not_object not in m.text for m in event_on(text, event_type, trigger).recipient)


def test_a_post_of_an_army_named_in_the_object_is_that_army_s() -> None:
    hit = event_on("أعلنت الكتائب اقتحام نقطة عسكرية أقامها جيش الاحتلال في مخيم جباليا.",
                   "COERCE", "اقتحام").recipient
    assert [(m.country, m.sector) for m in hit] == [("ISR", "MIL")]
    assert hit[0].text.startswith("نقطة عسكرية")


def test_a_noun_in_ta_marbuta_is_no_possessed_role_noun() -> None:
    # "عربة" normalised ends in ه like a pronoun, but is no possessed "عرب"
    hit = event_on("استهدفت الطائرات الحربية عربة بث في مخيم النصيرات.", "ASSAULT", "استهدفت").recipient
    assert [(m.text, m.sector) for m in hit] == [("عربة بث", None)]


@pytest.mark.parametrize("text, event_type, trigger, hit", [
    # with no actor named, the word after the verb is its subject, the accusative one its object
    ("صادرت جمعية استيطانية أرضا زراعية في بلدة سلوان.", "COERCE", "صادرت", "أرضا زراعية"),
    ("قصفت منزلا في مخيم البريج.", "ASSAULT", "قصفت", "منزلا"),
])
def test_an_unnamed_subject_is_no_object(text: str, event_type: str, trigger: str, hit: str) -> None:
    assert [t for t, _ in _recipients(text, event_type, trigger)] == [hit]
