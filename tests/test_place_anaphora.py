"""Eleventh session, places referred back to: a definite place noun ("المدينة"، "المخيم"،
"القطاع") with no name after it is the town, camp or Strip named shortly before.  The
sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of

from hadath.events.anaphora import find_place_anaphors, referred_places
from hadath.recognize.places import find_places, load_gazetteer
from hadath.text import TextLayer


def referred(text: str) -> list[list[tuple[str, str, str | None]]]:
    layer = TextLayer(text)
    places = find_places(layer)
    out = []
    for sentence in layer.sentences:
        found = referred_places(text, sentence, layer.sentences, places, load_gazetteer())
        for p in found:
            assert text[p.start:p.end] == p.text
        out.append([(p.text, p.name, p.country) for p in found])
    return out


def test_town_noun_refers_to_the_town_named_before() -> None:
    text = "دخلت دورية عسكرية مدينة طولكرم مساء أمس. وانتشر الجنود في أحياء المدينة حتى الفجر."
    assert referred(text)[1] == [("المدينة", "Tulkarm", "PSE")]


def test_preposition_lam_keeps_the_second_lam_in_the_span() -> None:
    text = "حاصرت القوات بلدة قباطية منذ يومين. ونفذت حملة مداهمات واسعة للبلدة اليوم."
    assert referred(text)[1] == [("لبلدة", "Qabatiya", "PSE")]


def test_camp_noun_refers_to_a_camp_not_to_its_town() -> None:
    text = "وصلت تعزيزات إلى مدينة جنين ومخيم جنين صباحا. واعتقلت القوات ثلاثة شبان داخل المخيم."
    (place,) = referred(text)[1]
    assert place[0] == "المخيم" and "camp" in place[1].lower()


def test_two_towns_before_leave_the_noun_unresolved() -> None:
    text = "أغلق الجيش مدينة نابلس ومدينة قلقيلية صباحا. ثم داهم الجنود منازل في المدينة."
    assert referred(text)[1] == []


def test_town_named_too_far_back_is_not_taken() -> None:
    text = ("اقتحمت القوات مدينة أريحا فجرا. وأطلقت قنابل الغاز. وأصيب عدد من الشبان. "
            "ونقل المصابون إلى المستشفى. ثم انسحبت الدوريات من المدينة.")
    assert referred(text)[4] == []


@pytest.mark.parametrize("phrase", ["القطاع الخاص", "البلدة القديمة", "المدينة المنورة"])
def test_noun_with_another_definite_word_after_it_is_no_anaphor(phrase: str) -> None:
    text = f"تحدث الخبير عن {phrase} في تقرير جديد."
    layer = TextLayer(text)
    assert find_place_anaphors(text, 0, len(text), find_places(layer)) == []


def test_describing_adjective_keeps_the_anaphor() -> None:
    text = "قصفت الطائرات قطاع غزة ليلا. وتواصل القصف على القطاع، وسط نزوح الآلاف."
    assert referred(text)[1] == [("القطاع", "Gaza Strip", "PSE")]


def test_coercion_in_the_town_referred_back_is_located_there() -> None:
    text = "فرضت قوات الاحتلال طوقا على بلدة عزون منذ الصباح. وبعد الظهر اقتحمت القوات البلدة."
    found = events_of(text, "COERCE")
    assert found, "no COERCE"
    last = max(found, key=lambda e: e.trigger.start)
    assert last.location is not None
    assert (last.location.text, last.location.country, last.location.precision) == ("البلدة", "PSE", "city")
    assert [(r.text, r.country) for r in last.recipient] == [("البلدة", "PSE")]


def test_sentence_with_its_own_town_keeps_it() -> None:
    text = "دخلت القوات مدينة سلفيت صباحا. ثم داهمت منازل في بلدة حوارة جنوب المدينة."
    found = events_of(text, "COERCE")
    assert found
    last = max(found, key=lambda e: e.trigger.start)
    assert last.location is not None and last.location.text != "المدينة"


def test_strip_referred_back_beats_the_attacking_country() -> None:
    text = "دخلت الحرب على قطاع غزة شهرها الرابع. وتواصل إسرائيل قصف القطاع بلا توقف."
    found = events_of(text, "ASSAULT")
    last = max(found, key=lambda e: e.trigger.start)
    assert last.location is not None
    assert (last.location.text, last.location.name, last.location.country) == ("القطاع", "Gaza Strip", "PSE")


def test_strip_named_after_its_town_is_the_antecedent() -> None:
    text = "تتواصل الحرب على غزة لليوم المئة. وقصفت الطائرات منازل في القطاع."
    assert referred(text)[1] == [("القطاع", "Gaza Strip", "PSE")]
