"""A whole people named by its head noun (الشعب، شعب، الشعوب، أهل) with a demonym after it or
a country or place in the genitive is the civilians of that country (agent-peoples, needs_anchor);
the bare head noun names no party.  Sentences written for these tests."""
import pytest

from hadath.kb import load_kb
from hadath.pipeline import Pipeline, record_to_raw
from hadath.recognize.actors import ActorResolver
from hadath.text import TextLayer


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver(load_kb())


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.default()


def parties(resolver, text):
    return [(m.text, m.country, m.sector) for m in resolver.find(TextLayer(text))]


@pytest.mark.parametrize("text, expected", [
    ("عبر الوزير عن تضامنه مع الشعب الفلسطيني.", ("الشعب الفلسطيني", "PSE", "CVL")),
    ("وصلت قافلة مساعدات للشعب اللبناني.", ("للشعب اللبناني", "LBN", "CVL")),
    ("أشاد المتحدث بالشعب السوري.", ("الشعب السوري", "SYR", "CVL")),
    ("حيا الخطيب الشعبَ اليمنيَّ على صموده.", ("الشعبَ اليمنيَّ", "YEM", "CVL")),
    ("وقف النواب إلى جانب شعب فلسطين.", ("شعب فلسطين", "PSE", "CVL")),
    ("أعلنت البلدية دعمها لشعب غزة.", ("شعب غزة", "PSE", "CVL")),
    ("وزعت الجمعية الطرود على أهل غزة.", ("أهل غزة", "PSE", "CVL")),
])
def test_people_with_demonym_or_place_is_that_countrys_civilians(resolver, text, expected):
    name, country, sector = expected
    assert any(found.endswith(name) and (c, s) == (country, sector)
               for found, c, s in parties(resolver, text))


@pytest.mark.parametrize("text", [
    "قال الخطيب إن الشعب لن ينسى.",
    "خرج الشعب إلى الساحات.",
    "اجتمع أهل الحي في المسجد.",
    "دافعت اللجنة عن حقوق الشعوب.",
])
def test_bare_people_noun_is_no_party(resolver, text):
    assert not any(sector == "CVL" for _, _, sector in parties(resolver, text))


def test_peoples_of_a_region_stay_international(resolver):
    assert ("الشعوب العربية", "IGO", "CVL") in parties(resolver, "ناشد الأمين الشعوب العربية التحرك.")


def test_names_with_the_people_noun_keep_their_body(resolver):
    found = parties(resolver, "انعقدت جلسة مجلس الشعب السوري أمس.")
    assert not any(sector == "CVL" for _, _, sector in found)
    assert any(sector == "LEG" for _, _, sector in found)


def test_support_for_a_people_has_it_as_recipient(pipeline):
    raw = record_to_raw({"id": "p1", "text": "أعلن الرئيس تضامنه الكامل مع الشعب اللبناني أمس.",
                         "published": "2024-03-05"}, 0)
    supports = [e for e in pipeline.process(raw).events if e.event == "SUPPORT"]
    assert supports
    assert [(a.country, a.sector) for a in supports[0].recipient] == [("LBN", "CVL")]
