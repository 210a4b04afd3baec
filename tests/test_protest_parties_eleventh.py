"""Eleventh session: who protests and whom a protest addresses.

People named as a protest word's genitive or after its venue are its protesters, not the
town it is held in; civilians named in what a protest demands are no recipient; whoever
breaks a protest up is no protester; a solidarity or mourning protest does not address the
government at home; a slogan's place is no venue; a drone after a verb of shooting down is
no march.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import HEADLINE


def _events(text: str):
    import hadath
    from hadath.pipeline import record_to_raw
    pipeline = hadath.default_pipeline(include_nonfactual=True, min_confidence=0.0, rescore=False)
    result = pipeline.process(record_to_raw({"id": "t", "text": HEADLINE + text}),
                              published="2024-05-02")
    return result.events


def _protest(text: str):
    """The first PROTEST event the pipeline reads in ``text`` (rescorer off)."""
    events = [e for e in _events(text) if e.event == "PROTEST"]
    assert events, text
    return events[0]


@pytest.mark.parametrize(("text", "protester", "country"), [
    ("خرجت تظاهرة كبيرة للمزارعين في مدينة حمص احتجاجا على رفع أسعار الوقود.", "مزارعين", "SYR"),
    ("خرج آلاف المتظاهرين في العاصمة المغربية الرباط تنديدا بغلاء الأسعار.", "المتظاهرين", "MAR"),
    ("اعتصم في مدينة صفاقس عدد من الطلبة ونصبوا خياما أمام الوزارة.", "الطلبة", "TUN"),
])
def test_named_people_are_the_protesters_not_the_town(text: str, protester: str, country: str) -> None:
    event = _protest(text)
    assert [a.text for a in event.actor if protester in a.text], event.actor
    assert all(a.kind not in ("place", "city", "capital") for a in event.actor), event.actor
    assert {a.country for a in event.actor} == {country}


def test_a_crowd_after_a_venue_inside_it_is_no_protester() -> None:
    event = _protest("بدأ طلاب اعتصاما في حرم الجامعة بمدينة غرونوبل للمطالبة بقطع العلاقات مع الشركة.")
    assert not any(a.text == "الجامعة" for a in event.actor), event.actor


def test_demanded_civilians_are_no_recipient() -> None:
    event = _protest("تظاهر مئات الطلاب في مدينة فاس للمطالبة بالإفراج عن المعتقلين.")
    assert not any("المعتقلين" in r.text for r in event.recipient), event.recipient


def test_who_breaks_up_a_protest_is_no_protester() -> None:
    event = _protest("تدخلت الشرطة لفض مظاهرة للمعلمين في الرباط.")
    assert not any(a.sector == "COP" for a in event.actor), event.actor
    assert any("معلمين" in a.text for a in event.actor), event.actor


def test_a_court_stopping_a_strike_is_no_striker() -> None:
    event = next(e for e in _events("أمرت محكمة مغربية بوقف الإضراب الذي دعت إليه نقابة الأطباء.")
                 if e.event == "PROTEST")
    assert not any(a.sector == "JUD" for a in event.actor), event.actor


@pytest.mark.parametrize("text", [
    "عم إضراب شامل مدينة طولكرم حدادا على رحيل ثلاثة شبان من المدينة.",
    "نظم سكان مدينة الزرقاء وقفة تضامنية مع أهالي المعتقلين.",
])
def test_mourning_or_solidarity_does_not_address_the_home_government(text: str) -> None:
    event = _protest(text)
    assert not any(r.kind in ("place", "city", "capital", "country") for r in event.recipient), \
        event.recipient


def test_a_slogan_place_is_no_venue() -> None:
    event = _protest("شارك الآلاف في مسيرة بالعاصمة عمان تحت عنوان أنقذوا القدس.")
    assert event.location is not None and event.location.country == "JOR", event.location


@pytest.mark.parametrize("text", [
    "اعترضت الدفاعات الجوية مسيرتين فوق البحر.",
    "رصد الجيش تسلل مسيرة من الأراضي اللبنانية.",
    "أسقطت القوات مسيرة محملة بالمتفجرات قرب المطار.",
])
def test_a_drone_is_no_march(text: str) -> None:
    assert not [e for e in _events(text) if e.event == "PROTEST"]
