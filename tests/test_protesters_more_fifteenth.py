"""More protesters, fifteenth session: supporters and people in solidarity named by a plural
the knowledge base lacked, and a singular demonym counted before a protest noun. Sentences
written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize("text, trigger, protesters", [
    ("تظاهر مؤيدون للحق الفلسطيني في مدينة شيكاغو مساء الأحد.", "تظاهر", "مؤيدون"),
    ("تظاهر المؤيدون للاجئين أمام مبنى البلدية في مدينة ميلانو.", "تظاهر", "المؤيدون"),
    ("تظاهر متضامنون مع لبنان في مدينة مرسيليا.", "تظاهر", "متضامنون"),
    ("اعتصم المتضامنون أمام مقر الحكومة في مدينة دبلن.", "اعتصم", "المتضامنون"),
])
def test_supporters_and_people_in_solidarity_are_the_protesters(text, trigger, protesters):
    e = event_on(text, "PROTEST", trigger)
    assert texts_of(e.actor) == [protesters]
    assert e.actor[0].sector == "CVL"


def test_people_in_solidarity_are_the_ones_arrested():
    e = event_on("اعتقلت الشرطة عشرات المتضامنين قرب البرلمان في مدريد.", "COERCE", "اعتقلت")
    assert any("المتضامنين" in r.text for r in e.recipient)


@pytest.mark.parametrize("text, trigger, demonym, country", [
    ("خرج أكثر من مئة ألف فرنسي في مسيرة بالعاصمة باريس.", "مسيرة", "فرنسي", "FRA"),
    ("خرج ما يقارب نصف مليون ألماني في مظاهرة بمدينة برلين.", "مظاهرة", "ألماني", "DEU"),
    ("خرج 20 ألف هولندي في مظاهرة بمدينة أمستردام.", "مظاهرة", "هولندي", "NLD"),
])
def test_a_counted_demonym_is_the_protesters(text, trigger, demonym, country):
    e = event_on(text, "PROTEST", trigger)
    assert texts_of(e.actor) == [demonym]
    assert (e.actor[0].country, e.actor[0].sector) == (country, "CVL")


@pytest.mark.parametrize("text, trigger, absent", [
    # an office before the demonym: one official, not a crowd
    ("خرج وزير فرنسي في مسيرة بالعاصمة باريس.", "مسيرة", "فرنسي"),
    # the demonym names what the march is about, after the noun
    ("خرج الآلاف في مسيرة بمدينة ليون تضامنا مع ألف لبناني جريح.", "خرج", "لبناني"),
    # a counted demonym of an earlier clause, not before the protest noun
    ("قال التقرير إن ألف سوري عادوا، وخرج المئات في مسيرة بمدينة حلب.", "خرج", "سوري"),
])
def test_a_demonym_that_counts_no_crowd_is_not_the_protesters(text, trigger, absent):
    e = event_on(text, "PROTEST", trigger)
    assert absent not in texts_of(e.actor)
    assert e.actor, "the protest keeps some protesters"



@pytest.mark.parametrize("text, trigger, victim, country", [
    ("قتلت قوات الاحتلال متضامنة إيطالية قرب قرية في شمال الضفة.", "قتلت", "متضامنة إيطالية", "ITA"),
    ("أصيبت المتضامنة الكندية برصاص الجنود في بلدة قرب الخليل.", "برصاص", "المتضامنة الكندية", "CAN"),
])
def test_a_woman_in_solidarity_is_a_civilian_of_her_country(text, trigger, victim, country):
    e = event_on(text, "ASSAULT", trigger)
    match = [r for r in e.recipient if r.text == victim]
    assert match, texts_of(e.recipient)
    assert (match[0].country, match[0].sector) == (country, "CVL")


def test_an_adjective_of_solidarity_on_states_names_no_activists():
    e = event_on("أعلنت الدول المتضامنة مع أوكرانيا عقوبات جديدة على روسيا.", "SANCTION", "عقوبات")
    assert not any("المتضامنة" in a.text for a in e.actor + e.recipient)


@pytest.mark.parametrize("text, trigger, victim, attacker", [
    ("وفي الخليل قتلت متضامنة كندية برصاص الاحتلال.", "قتلت", "متضامنة كندية", "الاحتلال"),
    ("وفي جنين قتل شاب برصاص قوات الاحتلال مساء أمس.", "قتل", "شاب", "قوات الاحتلال"),
])
def test_a_passive_after_a_fronted_place_keeps_the_victim_acted_upon(text, trigger, victim, attacker):
    e = event_on(text, "ASSAULT", trigger)
    assert victim in texts_of(e.recipient)
    assert attacker in texts_of(e.actor)


@pytest.mark.parametrize("text, trigger, attacker", [
    # an object stands between the people and the marker: the verb is active
    ("وفي نابلس قتل مستوطن شابا برصاص مسدسه.", "قتل", "مستوطن"),
    # forces after the verb are its doers
    ("وفي جنين قتلت قوات الاحتلال شابا برصاص قناص.", "قتلت", "قوات الاحتلال"),
])
def test_an_active_verb_with_its_object_keeps_its_doer(text, trigger, attacker):
    e = event_on(text, "ASSAULT", trigger)
    assert attacker in texts_of(e.actor)
