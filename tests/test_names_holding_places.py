"""Eleventh session, names that hold a place: a party named after its country is the party;
a pact or a roundabout named after a country or a city is no party and no place, nor is an
institute named after its city a place.  The sentences are written for these tests."""
from __future__ import annotations

from hadath.recognize.actors import ActorResolver
from hadath.recognize.places import find_places
from hadath.text import TextLayer


def actors(text: str) -> list[tuple[str, str | None]]:
    found = ActorResolver.default().find(TextLayer(text))
    return [(m.text, m.country) for m in found]


def place_texts(text: str) -> list[str]:
    return [m.text for m in find_places(TextLayer(text))]


def test_a_party_named_after_its_country_is_the_party() -> None:
    found = actors("صوّت نواب حزب البديل من أجل ألمانيا ضد القانون الجديد.")
    # the MPs of the party are one mention of the party (as "عناصر حماس" is of Hamas)
    assert any(t.endswith("حزب البديل من أجل ألمانيا") and c == "DEU" for t, c in found)
    assert ("ألمانيا", "DEU") not in found


def test_pact_and_institute_named_after_a_city_are_not_places() -> None:
    assert "بغداد" not in place_texts("انسحبت الدولة من حلف بغداد بعد سنوات قليلة من توقيعه.")
    assert "ستوكهولم" not in place_texts("أصدر معهد ستوكهولم الدولي لأبحاث السلام تقريره السنوي.")
    assert "بغداد" in place_texts("وصل الوفد إلى بغداد مساء الأحد.")


def test_pact_and_roundabout_give_no_party() -> None:
    assert all(c != "IRQ" for _, c in actors("انضمت الحكومة يومها إلى حلف بغداد."))
    assert all(c != "KWT" for _, c in actors("تجمع مئات الجائعين عند دوار الكويت بانتظار الشاحنات."))
    assert "الكويت" not in place_texts("تجمع مئات الجائعين عند دوار الكويت بانتظار الشاحنات.")


def test_university_named_after_its_city_keeps_the_city_s_country() -> None:
    assert ("جامعة بغداد", "IRQ") in actors("أعلنت جامعة بغداد تعليق الدوام يوم الأحد.")


def test_french_party_named_after_france_is_the_party() -> None:
    assert ("حزب فرنسا الأبية", "FRA") in actors("دعا حزب فرنسا الأبية إلى وقف تصدير السلاح.")
