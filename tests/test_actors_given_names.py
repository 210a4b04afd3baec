"""Given names spelled like places, the occupation's forces without context, adjectives of
people nouns, and the grouping of an indefinite noun with its adjective."""
import pytest

from hadath import default_pipeline
from hadath.events.structure import build_groups
from hadath.kb import load_kb, validate_kb
from hadath.pipeline import record_to_raw
from hadath.recognize.actors import ActorResolver, read_as_places
from hadath.recognize.places import find_places
from hadath.records import ActorMention
from hadath.text import TextLayer


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver(load_kb())


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline(True, 0.0)


def actors_read_with_places(resolver, text):
    layer = TextLayer(text)
    return read_as_places(resolver.find(layer, date="2024-03-01"), find_places(layer))


def texts(mentions):
    return [m.text for m in mentions]


# ------------------------------------------------------------ given names


@pytest.mark.parametrize("text, name", [
    ("استقبلت رئيسة الحكومة الإيطالية جورجيا ميلوني وفدا من رجال الأعمال", "جورجيا"),
    ("صرحت فيكتوريا نولاند بأن المفاوضات متعثرة", "فيكتوريا"),
    ("وقعت صوفيا كارلسون على العقد الجديد", "صوفيا"),
])
def test_given_name_before_a_surname_is_no_country(resolver, text, name):
    found = actors_read_with_places(resolver, text)
    assert name not in texts(found)
    assert all(m.kind not in ("country", "capital") for m in found)


@pytest.mark.parametrize("text, name, country", [
    ("وصل الوفد إلى جورجيا أمس", "جورجيا", "GEO"),
    ("جورجيا تطالب بسحب القوات الأجنبية", "جورجيا", "GEO"),
    ("قال رئيس جورجيا إن الانتخابات نزيهة", "جورجيا", "GEO"),
])
def test_the_place_reading_of_the_same_name_stays(resolver, text, name, country):
    found = actors_read_with_places(resolver, text)
    assert any(name in m.text and m.country == country for m in found)


def test_given_name_no_longer_becomes_a_participant(pipeline):
    text = "انتقدت فيكتوريا نولاند الحكومة الروسية بشدة"
    events = pipeline.process(record_to_raw({"id": "t", "text": text}), published="2024-03-01").events
    assert events
    for e in events:
        assert all(m.text != "فيكتوريا" for m in (*e.actor, *e.recipient))


# ------------------------------------------------------------ the occupation


@pytest.mark.parametrize("text, phrase", [
    ("داهمت قوات الاحتلال عددا من المنازل فجرا", "قوات الاحتلال"),
    ("هدمت سلطات الاحتلال بناية سكنية قيد الإنشاء", "سلطات الاحتلال"),
    ("اعتقلت شرطة الاحتلال شابين عند البوابة", "شرطة الاحتلال"),
])
def test_forces_of_the_occupation_are_israeli_without_any_country_named(resolver, text, phrase):
    [m] = [m for m in resolver.find(TextLayer(text)) if m.text == phrase]
    assert (m.country, m.rule) == ("ISR", "context-default")


def test_the_bare_noun_still_needs_context(resolver):
    found = resolver.find(TextLayer("تناولت المحاضرة آثار الاحتلال على الزراعة"))
    [m] = [m for m in found if m.text == "الاحتلال"]
    assert (m.country, m.rule) == (None, "institution:no-country")


def test_another_state_named_keeps_the_forces_without_a_country(resolver):
    found = resolver.find(TextLayer("انسحبت قوات الاحتلال من بعض أحياء بغداد"))
    [m] = [m for m in found if m.text == "قوات الاحتلال"]
    assert m.country is None


@pytest.mark.parametrize("text, phrase", [
    ("قصف الاحتلال الإسرائيلي مدرسة تؤوي عائلات", "الاحتلال الإسرائيلي"),
    ("قصف جيش الاحتلال الإسرائيلي مدرسة تؤوي عائلات", "جيش الاحتلال الإسرائيلي"),
])
def test_the_demonym_joins_the_whole_phrase(resolver, text, phrase):
    found = resolver.find(TextLayer(text))
    assert found[0].text == phrase and found[0].country == "ISR"


def test_context_default_forms_are_validated():
    kb = load_kb()
    assert validate_kb(kb) == []
    occupation = kb.get("inst-occupation")
    assert occupation is not None and occupation.context_default_forms
    assert "الاحتلال" not in occupation.context_default_forms


# ------------------------------------------------------------ adjectives of people nouns


@pytest.mark.parametrize("text, adjective", [
    ("نشرت المراكز الدولية الحقوقية تقريرا", "الحقوقية"),
    ("هاجم المستوطنون المتطرفون مزارعين في أرضهم", "المتطرفون"),
    ("نقلت الصحف المحلية الحقوقية بيانا", "الحقوقية"),
])
def test_an_agreeing_people_noun_is_an_adjective(resolver, text, adjective):
    assert adjective not in texts(resolver.find(TextLayer(text)))


@pytest.mark.parametrize("text, kept", [
    ("قتل المسلحون المدنيين في القرية", "المدنيين"),
    ("اعتقلت الشرطة الصحفيين أمام المحكمة", "الصحفيين"),
])
def test_a_people_noun_that_does_not_agree_stays_a_participant(resolver, text, kept):
    assert kept in texts(resolver.find(TextLayer(text)))


def test_organisation_with_a_rights_adjective_is_one_mention(resolver):
    found = resolver.find(TextLayer("طالبت جمعية حقوقية الحكومة الأردنية بالتحقيق"))
    assert texts(found)[0] == "جمعية حقوقية"


@pytest.mark.parametrize("text, phrase", [
    ("نقل سكان محليون المصابين إلى المستشفى", "سكان محليون"),
    ("تحدث المسعفون المحليون عن نقص المعدات", "المسعفون المحليون"),
])
def test_local_adjective_is_kept_in_the_span(resolver, text, phrase):
    assert phrase in texts(resolver.find(TextLayer(text)))


def test_definite_local_adjective_needs_a_definite_noun(resolver):
    found = resolver.find(TextLayer("أصاب مسعفين المحليون"))
    assert "مسعفين" in texts(found)


# ------------------------------------------------------------ grouping


def mention(text, start, kind, country=None):
    return ActorMention(start, start + len(text), text, None, country, None, kind=kind)


def test_noun_with_adjective_does_not_take_the_next_body_as_genitive():
    text = "طالب سكان محليون الحكومة بالتعويض"
    residents = mention("سكان محليون", text.index("سكان"), "agent")
    government = mention("الحكومة", text.index("الحكومة"), "institution")
    groups = build_groups(text, [residents, government])
    assert [g.head.text for g in groups] == ["سكان محليون", "الحكومة"]


def test_one_word_noun_still_takes_a_definite_genitive():
    text = "اعتقل عناصر الشرطة متظاهرين"
    members = mention("عناصر", text.index("عناصر"), "agent")
    police = mention("الشرطة", text.index("الشرطة"), "institution")
    groups = build_groups(text, [members, police])
    assert len(groups) == 1


def test_residents_and_medics_are_both_participants(pipeline):
    text = "احتجزت الشرطة مسعفين وسكانا محليين قرب الجسر"
    raw = record_to_raw({"id": "t", "text": text})
    events = pipeline.process(raw, published="2024-03-01").events
    recipients = [m.text for e in events for m in e.recipient]
    assert "مسعفين" in recipients and "سكانا محليين" in recipients


@pytest.mark.parametrize("text, left, left_kind, right", [
    ("وصل رئيس أركان الجيش السوداني إلى المطار", "رئيس أركان", "institution", "الجيش السوداني"),
    ("جرفت مجموعات مسلحة للاحتلال الأرض", "مجموعات مسلحة", "agent", "للاحتلال"),
])
def test_titles_and_possessors_with_lam_stay_one_participant(text, left, left_kind, right):
    first = mention(left, text.index(left), left_kind)
    second = mention(right, text.index(right), "institution")
    assert len(build_groups(text, [first, second])) == 1


def test_organisation_with_adjective_is_closed_too():
    text = "دعت منظمات حقوقية السلطات إلى التحقيق"
    groups_ = build_groups(text, [mention("منظمات حقوقية", text.index("منظمات"), "organization"),
                                  mention("السلطات", text.index("السلطات"), "institution")])
    assert [g.head.text for g in groups_] == ["منظمات حقوقية", "السلطات"]


@pytest.mark.parametrize("text, adjective", [
    ("شاركت في الوقفة نقابات عمالية وحقوقية من عدة مدن", "وحقوقية"),
    ("ناشد الأهالي المنظمات الدولية والحقوقية التدخل", "والحقوقية"),
])
def test_adjective_joined_by_wa_to_an_adjective(resolver, text, adjective):
    assert adjective not in texts(resolver.find(TextLayer(text)))


def test_people_joined_by_wa_after_a_verb_stay(resolver):
    found = resolver.find(TextLayer("أوقفت الشرطة صحفية وحقوقية عند الحاجز"))
    assert "وحقوقية" in texts(found) or "حقوقية" in texts(found)


@pytest.mark.parametrize("text, kept", [
    ("اندلعت اشتباكات بين مسلحين ورجال الأمن", "مسلحين"),
    ("وقعت مواجهات بين متظاهرين وقوات الأمن", "متظاهرين"),
])
def test_function_words_ending_like_plurals_take_no_adjective(resolver, text, kept):
    assert kept in texts(resolver.find(TextLayer(text)))
