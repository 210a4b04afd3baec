"""Verbs joined by و: a role noun spelled like the verb is no participant, a verb joined to
a verb that names no event shares its subject, and merged mentions keep each targeted place.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded, events_of

from hadath.events.merge import merge_events
from hadath.records import ActorMention, Event, Sentence, Span


@pytest.mark.parametrize("sentence, actor, recipient", [
    # طالب + a country was read as "students of that country"; as a verb the country is
    # its object, and the masculine verb cannot agree with it as a subject
    ("أدان رئيس الوزراء الأردني القصف وطالب روسيا بوقف الحرب.", "JOR", "RUS"),
    ("انتقد وزير الخارجية التركي الحصار وطالب إسرائيل بفتح المعابر.", "TUR", "ISR"),
])
def test_a_country_after_a_joined_masculine_verb_is_its_object(sentence, actor, recipient):
    actors, recipients = coded(sentence, "REQUEST")
    assert actors == [actor]
    assert recipients == [recipient]


def test_a_country_after_a_joined_verb_of_another_gender_is_its_subject():
    # the feminine verb does not continue the masculine subject: the country is its own
    actors, _ = coded("ندد الوزير الأردني بالقصف وطالبت روسيا بالتهدئة.", "REQUEST")
    assert actors == ["RUS"]


@pytest.mark.parametrize("sentence, actor, recipient", [
    ("وصل وزير الخارجية الأردني إلى القاهرة والتقى الرئيس المصري.", "JOR", "EGY"),
    ("وصل وزير الخارجية الأردني مساء الأحد إلى القاهرة، والتقى الرئيس المصري.", "JOR", "EGY"),
    ("يصل الرئيس التركي إلى القاهرة غدا ويلتقي الرئيس المصري.", "TUR", "EGY"),
])
def test_a_verb_joined_to_a_verb_that_names_no_event_shares_its_subject(sentence, actor,
                                                                        recipient):
    actors, recipients = coded(sentence, "CONSULT")
    assert actors == [actor]
    assert recipients == [recipient]


def test_a_nominative_plural_after_the_joined_verb_is_its_own_subject():
    # "مسلحون" (not "مسلحين") is a subject: the president of the first clause did not attack
    events = events_of("وصل الرئيس التركي إلى القاهرة وهاجم مسلحون قاعدة عسكرية.", "ASSAULT")
    assert all("TUR" not in [a.country for a in e.actor] for e in events)
    assert any("مسلحون" in [a.text for a in e.actor] for e in events)


def test_a_joined_verb_in_a_reported_clause_takes_no_subject_from_before_it():
    # the delegation is the subject of وصل, and it stands after أن, not the minister
    events = events_of("قال الوزير الأردني إن الوفد وصل إلى القاهرة والتقى الرئيس المصري.",
                       "CONSULT")
    assert all("JOR" not in [a.country for a in e.actor] for e in events)


def _place(text: str, start: int, name: str, country: str) -> ActorMention:
    return ActorMention(start, start + len(text), text, name, country, None, None, "place")


def _strike(text: str, word: str, index: int, recipient: list[ActorMention]) -> Event:
    start = text.index(word)
    army = ActorMention(text.index("الجيش"), text.index("الجيش") + 5, "الجيش", "army", "ISR",
                        "MIL", "army", "institution")
    return Event(doc_id="t", index=index, event="ASSAULT", mode=None,
                 trigger=Span(word, start, start + len(word)),
                 sentence=Sentence(0, 0, len(text)), actor=[army], recipient=recipient)


def test_merged_mentions_keep_each_town_they_target():
    text = "واصل الجيش قصفه على بلدة الزوايدة وقصف مخيم الشاطئ"
    first = _strike(text, "قصفه", 0, [_place("الزوايدة", text.index("الزوايدة"), "Zawaida", "PSE")])
    second = _strike(text, "وقصف", 1, [_place("مخيم الشاطئ", text.index("مخيم"), "Shati", "PSE")])
    merged = merge_events([first, second], text)
    assert len(merged) == 1
    assert [r.text for r in merged[0].recipient] == ["الزوايدة", "مخيم الشاطئ"]


def test_merged_mentions_name_a_country_once():
    text = "واصل الجيش قصفه على لبنان وقصف القرى اللبنانية"
    country = ActorMention(text.index("لبنان"), text.index("لبنان") + 5, "لبنان", "Lebanon",
                           "LBN", None, "LBN", "country")
    demonym = ActorMention(text.index("اللبنانية"), text.index("اللبنانية") + 9, "اللبنانية",
                           "Lebanon", "LBN", None, "LBN", "demonym")
    merged = merge_events([_strike(text, "قصفه", 0, [country]),
                           _strike(text, "وقصف", 1, [demonym])], text)
    assert len(merged) == 1
    assert [r.text for r in merged[0].recipient] == ["لبنان"]
