"""Fifteenth session: a bare noun of people with an adjective that names no single country
(foreign, Arab) is not the people of the place or of the report's state."""
import pytest

from hadath.events.arguments.protest import relative_clause_participants
from hadath.kb import load_kb
from hadath.pipeline import record_to_raw
from hadath.recognize.actors import SUPRANATIONAL_RULE, ActorResolver
from hadath.records import Event, Sentence, Span
from hadath.text import TextLayer


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver(load_kb())



def mentions(resolver, text):
    return [(m.text, m.country, m.sector) for m in resolver.find(TextLayer(text))]


def supranational(resolver, text):
    return [m.text for m in resolver.find(TextLayer(text)) if SUPRANATIONAL_RULE in m.rule]


@pytest.mark.parametrize("text, phrase, sector", [
    ("طردت السلطات الصحفيين الأجانب من البلاد", "الصحفيين الأجانب", "JRN"),
    ("وصل ناشطون أجانب إلى القرية صباحا", "ناشطون أجانب", "CVL"),
    ("خاطب الزعيم الشباب العربي في كلمته", "الشباب العربي", "CVL"),
    ("اجتمع الوزير بالطلاب العرب في الجامعة", "الطلاب العرب", "EDU"),
])
def test_supranational_adjective_joins_the_span_with_no_country(resolver, text, phrase, sector):
    assert (phrase, None, sector) in mentions(resolver, text)
    assert phrase in supranational(resolver, text)


def test_adjective_is_no_second_party(resolver):
    found = mentions(resolver, "طردت السلطات الصحفيين الأجانب من البلاد")
    assert not any(t == "الأجانب" for t, _, _ in found)


@pytest.mark.parametrize("text, phrase", [
    # a definite noun and an indefinite adjective do not agree: a predicate, not a phrase
    ("كان الصحفيين أجانب كلهم", "الصحفيين"),
    # a demonym still names the state
    ("وصل الناشطون الإسرائيليون إلى المدينة", "الناشطون الإسرائيليون"),
])
def test_other_shapes_are_left_alone(resolver, text, phrase):
    assert not any(t.startswith(phrase) for t in supranational(resolver, text))


def test_army_with_arab_in_its_name_keeps_its_state(resolver):
    found = mentions(resolver, "قصف الجيش العربي السوري مواقع المسلحين")
    assert any(c == "SYR" for _, c, _ in found)
    assert not supranational(resolver, "قصف الجيش العربي السوري مواقع المسلحين")


@pytest.mark.parametrize("victim, country", [
    ("ناشط أجنبي", None),
    # the bare noun still takes the place's country
    ("ناشط", "PSE"),
])
def test_victim_country_with_and_without_foreign(pipeline, victim, country):
    raw = record_to_raw({"id": "t1", "text": f"أصيب {victim} برصاص الجيش في مدينة نابلس صباح اليوم.",
                         "published": "2024-08-10"})
    events = pipeline.process(raw).events
    victims = [r for e in events for r in e.recipient if r.text.startswith("ناشط")]
    assert victims and all(v.country == country for v in victims)


# --- people joining a protest, named in a relative clause after its noun

def _protest(pipeline, text):
    raw = record_to_raw({"id": "t", "text": text, "published": "2024-09-18"})
    return next(e for e in pipeline.process(raw).events if e.event == "PROTEST")


def test_relative_clause_people_are_the_protesters(pipeline):
    event = _protest(pipeline, "نظمت في برلين وقفة داعمة للقضية الفلسطينية شارك فيها عشرات "
                               "الناشطين والمتضامنين الألمان.")
    assert [(a.text, a.country) for a in event.actor] == [
        ("الناشطين", "DEU"), ("المتضامنين الألمان", "DEU")]


def _event_for(text, trigger):
    start = text.index(trigger)
    return Event("t", 0, "PROTEST", "demo", Span(trigger, start, start + len(trigger)),
                 Sentence(0, 0, len(text)))


def _named(resolver, text):
    return resolver.find(TextLayer(text))


@pytest.mark.parametrize("text, trigger, expected", [
    ("شهدت المدينة مظاهرات كبيرة، شاركت فيها حشود غفيرة من الفرنسيين للمطالبة بوقف الحرب.",
     "مظاهرات", [("الفرنسيين", "CVL")]),
    ("شهدت المدينة مظاهرة شارك فيها مئات من الطلاب تضامنا مع غزة.", "مظاهرة", [("الطلاب", "EDU")]),
])
def test_people_counted_in_the_clause(resolver, text, trigger, expected):
    found = relative_clause_participants(_event_for(text, trigger), text, _named(resolver, text))
    assert [(a.text, a.sector) for a in found] == expected


@pytest.mark.parametrize("text, trigger", [
    # ministers are no protesters a place was read for
    ("شهدت المدينة مظاهرة شارك فيها وزراء سابقون.", "مظاهرة"),
    # the clause belongs to the war named after the cause word, not to the protest
    ("شهدت المدينة مظاهرة احتجاجا على حرب شاركت فيها فرنسا.", "مظاهرة"),
    # a new clause of its own: the students joined another sit-in
    ("شهدت المدينة مظاهرة ضد القرار، وشارك الطلاب في اعتصام آخر.", "مظاهرة"),
])
def test_other_clauses_name_no_protesters(resolver, text, trigger):
    assert relative_clause_participants(_event_for(text, trigger), text, _named(resolver, text)) == []
