"""Tenth session: PROTEST parties and places.

A place named in what a protest is for or against (للمطالبة بوقف الحرب على X، تنديدا بالقصف
على X، داعمة لـX، تضامنا مع أهل X) is neither where the protest was held, nor its
protesters, nor whom it addresses; a protest about another country's war does not address
the host government; a capital that protests is its people, not its government.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import HEADLINE


def _protest(text: str):
    """The first PROTEST event the pipeline reads in ``text`` (rescorer off)."""
    import hadath
    from hadath.pipeline import record_to_raw
    pipeline = hadath.default_pipeline(include_nonfactual=True, min_confidence=0.0, rescore=False)
    result = pipeline.process(record_to_raw({"id": "t", "text": HEADLINE + text}),
                              published="2024-05-02")
    events = [e for e in result.events if e.event == "PROTEST"]
    assert events, text
    return events[0]


@pytest.mark.parametrize(("text", "venue", "country"), [
    ("خرج مئات الطلاب في مسيرة بمدينة مونتريال للمطالبة بإنهاء الحصار على غزة.",
     "مونتريال", "CAN"),
    ("تظاهر المئات في مدينة ليون تنديدا بالقصف على لبنان.", "ليون", "FRA"),
    ("شارك طلاب في احتجاجات مؤيدة لفلسطين بجامعة أمستردام في هولندا.", "أمستردام", "NLD"),
])
def test_the_venue_not_the_cause_is_the_location(text: str, venue: str, country: str) -> None:
    event = _protest(text)
    assert event.location is not None and event.location.text == venue, text
    assert all(a.country == country for a in event.actor if a.country), text


@pytest.mark.parametrize("text", [
    "نظمت جمعيات مدنية في مدينة فاس وقفات تضامنية مع أهل غزة.",
    "خرجت مسيرة طلابية في مدينة مراكش تندد بالغارات على رفح.",
])
def test_a_cause_alone_gives_no_location(text: str) -> None:
    event = _protest(text)
    assert event.location is None or event.location.country == "MAR", text
    assert all(a.country != "PSE" for a in event.actor), text


@pytest.mark.parametrize(("text", "cause"), [
    ("خرج مئات الطلاب في مسيرة بمدينة مونتريال للمطالبة بإنهاء الحصار على غزة.", "PSE"),
    ("تظاهر المئات في مدينة ليون تنديدا بالقصف على لبنان.", "LBN"),
    ("نظم ناشطون في أوسلو وقفة احتجاجية مؤيدة لفلسطين أمام البرلمان.", "PSE"),
])
def test_the_struck_or_supported_place_is_no_recipient(text: str, cause: str) -> None:
    event = _protest(text)
    assert all(r.country != cause for r in event.recipient), text


def test_a_protest_about_another_country_does_not_address_its_own_government() -> None:
    event = _protest("تظاهر المئات في مدينة ليون تنديدا بالقصف على لبنان.")
    assert event.recipient == [], event.recipient


def test_a_domestic_protest_still_addresses_the_host_government() -> None:
    event = _protest("تظاهر مئات العمال في مدينة مرسيليا احتجاجا على رفع أسعار الوقود.")
    assert [r.country for r in event.recipient] == ["FRA"]


def test_a_target_named_after_the_purpose_stays_the_recipient() -> None:
    event = _protest("خرجت مسيرة حاشدة في مدينة فاس تضامنا مع لبنان وللمطالبة بقطع العلاقات مع إسرائيل.")
    assert [r.country for r in event.recipient] == ["ISR"]
    assert event.location is not None and event.location.text == "فاس"


def test_a_protesting_capital_is_its_people() -> None:
    event = _protest("شهدت العاصمة الفرنسية باريس مسيرة كبيرة دعما لغزة.")
    assert [(a.country, a.sector) for a in event.actor] == [("FRA", "CVL")]
    assert event.location is not None and event.location.text == "باريس"
