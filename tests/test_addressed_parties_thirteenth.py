"""Thirteenth session: the one accused or threatened joined to the subject, and the subject
of a support verb before an arrest noun (own sentences).

- After a verb of accusation or threat, as after a verb of demand, a participant the
  recogniser joined to the subject because the two stand side by side ("اتهم فلان فلانا"،
  "هدد فلان الحكومة") is cut off and read as the one accused or threatened
  (`verbs._with_addressee_split_off`, ADDRESSED_EVENTS).
- A known person after a plural noun of people ("المتظاهرون فلان") and an office title after
  a definite noun of people or an adjective ("العشيرة رئيس الوزراء فلان") start the object.
- An arrest noun whose victims the noun reader took for its agent and
  `coercion._without_victim_arresters` moved out takes the subject before its support verb
  (`coercion._with_support_verb_subject`).
"""
from __future__ import annotations

import pytest
from conftest import countries_of, events_of, texts_of


def _one(text: str, event_type: str):
    [event] = events_of(text, event_type)
    return event


@pytest.mark.parametrize("text, event_type, subject, target", [
    ("اتهم غانتس نتنياهو بإفشال صفقة الأسرى.", "ACCUSE", "غانتس", "نتنياهو"),
    ("حمّل لابيد نتنياهو المسؤولية عن الفشل.", "ACCUSE", "لابيد", "نتنياهو"),
    ("حملت حركة حماس السلطة الفلسطينية المسؤولية عن الأزمة.", "ACCUSE", "حركة حماس",
     "السلطة الفلسطينية"),
    ("هدد بن غفير الحكومة الإسرائيلية بالانسحاب من الائتلاف.", "THREATEN", "بن غفير",
     "الحكومة الإسرائيلية"),
    ("توعد زعيم المعارضة يائير لابيد الحكومة الإسرائيلية بإسقاطها.", "THREATEN", "لابيد",
     "الحكومة الإسرائيلية"),
    ("هدد الجيش الإسرائيلي السكان بقصف منازلهم.", "THREATEN", "الجيش الإسرائيلي", "السكان"),
])
def test_one_accused_or_threatened_joined_to_subject_is_cut_off(
        text: str, event_type: str, subject: str, target: str) -> None:
    event = _one(text, event_type)
    assert target in texts_of(event.recipient)
    assert any(subject in t for t in texts_of(event.actor))
    assert not any(target in t for t in texts_of(event.actor))


@pytest.mark.parametrize("text, event_type, subject, target", [
    ("اتهم المتظاهرون إدارة بايدن بتمويل الحرب على غزة.", "ACCUSE", "المتظاهرون",
     "إدارة بايدن"),
    ("اتهم قادة عسكريون نتنياهو بتعريض أمن الدولة للخطر.", "ACCUSE", "قادة عسكريون",
     "نتنياهو"),
    ("هدد المستوطنون الوزير إيتمار بن غفير بالتظاهر أمام منزله.", "THREATEN", "المستوطنون",
     "بن غفير"),
    ("حمّلت العشيرة رئيس الوزراء الإسرائيلي بنيامين نتنياهو المسؤولية عن مقتل ابنها.",
     "ACCUSE", "عشيرة", "نتنياهو"),
])
def test_person_after_a_noun_of_people_is_the_object(text: str, event_type: str,
                                                     subject: str, target: str) -> None:
    event = _one(text, event_type)
    assert any(target in t for t in texts_of(event.recipient))
    assert any(subject in t for t in texts_of(event.actor))
    assert not any(target in t for t in texts_of(event.actor))


@pytest.mark.parametrize("text, event_type, subject, target", [
    # a title before its holder, a name after its body: one party
    ("اتهم الرئيس التركي رجب طيب أردوغان إسرائيل بارتكاب إبادة.", "ACCUSE", "TUR", "ISR"),
    ("توعد رئيس الأركان الإسرائيلي هرتسي هاليفي حزب الله بالرد.", "THREATEN", "ISR", "LBN"),
    ("اتهمت حركة المقاومة الإسلامية حماس إسرائيل بعرقلة الاتفاق.", "ACCUSE", "PSE", "ISR"),
])
def test_one_party_in_apposition_stays_the_subject(text: str, event_type: str, subject: str,
                                                   target: str) -> None:
    event = _one(text, event_type)
    assert set(countries_of(event.actor)) == {subject}
    assert set(countries_of(event.recipient)) == {target}


def test_office_holder_after_his_office_stays_the_subject() -> None:
    event = _one("ندد الأمين العام لحزب الله حسن نصر الله بالعدوان على الضاحية.", "ACCUSE")
    assert set(countries_of(event.actor)) == {"LBN"}
    assert not any("نصر الله" in t for t in texts_of(event.recipient))


@pytest.mark.parametrize("text, arrester, taken", [
    ("ألمانيا تشن حملة اعتقالات تطال الطلاب المؤيدين لفلسطين.", "DEU", "الطلاب"),
    ("هولندا تنفذ حملة اعتقالات تطال المحتجين المؤيدين لغزة في أمستردام.", "NLD",
     "المحتجين"),
])
def test_support_verb_subject_arrests_when_victims_left_the_agent(text: str, arrester: str,
                                                                  taken: str) -> None:
    [event] = [e for e in events_of(text, "COERCE") if "اعتقالات" in e.trigger.text]
    assert countries_of(event.actor) == [arrester]
    assert taken in texts_of(event.recipient)
    assert "support-verb-subject" in event.rule


@pytest.mark.parametrize("text, judge", [
    ("نددت تركيا بحملة اعتقالات تطال الطلاب المؤيدين لفلسطين.", "TUR"),
    ("أدانت قطر حملة اعتقالات تطال الطلاب المؤيدين لفلسطين.", "QAT"),
])
def test_who_condemns_an_arrest_campaign_is_no_arrester(text: str, judge: str) -> None:
    [event] = [e for e in events_of(text, "COERCE") if "اعتقالات" in e.trigger.text]
    assert judge not in countries_of(event.actor)
    assert "support-verb-subject" not in event.rule
