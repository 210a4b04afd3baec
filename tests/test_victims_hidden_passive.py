"""One reader of the unvowelled passive of a verb of harm (victims._hidden_passive_arguments);
sentences written for these tests."""
from __future__ import annotations

import pytest
from test_arguments import attached

from hadath.events.arguments.victims import OWN_STAFF, _names_own_staff
from hadath.words import function_words


@pytest.mark.parametrize("sentence, trigger, actors, recipients", [
    # people acted upon right after a singular verb, then the marker and its party
    ("وجرحت ممرضة كندية برصاص جنود الجيش الروسي قرب المستشفى.", "جرحت", ["RUS"], ["CAN"]),
    ("واعتقل طبيب مصري من قبل الشرطة الإيرانية في طهران.", "اعتقل", ["IRN"], ["EGY"]),
    ("وخطف طبيب فرنسي على يد مسلحين سوريين أمس.", "خطف", ["SYR"], ["FRA"]),
])
@pytest.mark.parametrize("spelled_passive", [True, False])
def test_people_before_a_marked_agent_are_the_victims(sentence, trigger, actors, recipients,
                                                      spelled_passive):
    # the same reading whether or not the stem is one that spells its passive
    assert attached(sentence, trigger, "ASSAULT", hidden_passive=spelled_passive) \
        == (actors, recipients)


@pytest.mark.parametrize("sentence, trigger, subject", [
    # an object between the people and the marker: the first is the subject
    ("وجرحت ممرضة كندية طفلا برصاص جنود الجيش الروسي.", "جرحت", "CAN"),
    # an adjunct between them: this reading leaves the verb to the other readers
    ("وقتلت ممرضة كندية أمس في المدينة برصاص جنود الجيش الروسي.", "قتلت", "CAN"),
    # armed people after the verb are no victims of it
    ("وقتل جندي روسي برصاص قناص أوكراني قرب الجبهة.", "قتل", "RUS"),
])
def test_no_marked_agent_reading_without_victims_right_before_the_marker(sentence, trigger,
                                                                         subject):
    # the verb path alone (no passive stem): the people after the verb stay its subject
    actors, _ = attached(sentence, trigger, "ASSAULT", hidden_passive=False)
    assert actors == [subject]


def test_a_plural_verb_before_people_and_a_marker_is_no_marked_passive():
    # "قتلوا" carries its subject: the people after it are its object
    actors, _ = attached("وقال الشهود إن الجنود الروس قتلوا صحفيا فرنسيا برصاص قناصاتهم.",
                         "قتلوا", "ASSAULT", hidden_passive=False)
    assert actors == ["RUS"]


def test_marker_leads_are_data():
    assert {"على", "من"} <= function_words().agentive_marker_leads


@pytest.mark.parametrize("word", ["موظفيها", "مراسليه", "طاقمها", "مقره", "مديرها"])
def test_own_staff_joins_people_and_premises(word):
    assert OWN_STAFF.match(word)


@pytest.mark.parametrize("clause, named", [
    ("ومقتل اثنين من موظفيها", True),
    ("وقصف ومقرها", True),           # one proclitic letter on the noun
    ("استهداف بمستشفياتها", True),
    ("ووبموظفيها", False),           # never more than one proclitic letter
    ("مقتل عشرة مواطنين", False),
])
def test_a_body_names_its_own_staff(clause, named):
    assert _names_own_staff(clause, 0, len(clause)) is named
