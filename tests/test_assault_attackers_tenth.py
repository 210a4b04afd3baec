"""Who attacked whom in ASSAULT events (tenth session, second round): soldiers named
without a country whom a state's army (or the state) reports killed or wounded are its
own, not those of the place the fighting is in; an attack noun left without an attacker,
carrying a pronoun and a bare object after it, is done by the army, armed group or state
the pronoun refers back to. Sentences written for these tests."""
from __future__ import annotations

from conftest import countries_of, events_of, texts_of


def _soldiers_hit(text: str, noun: str):
    """The ASSAULT event whose recipients include ``noun`` and those recipients."""
    for e in events_of(text, "ASSAULT"):
        named = [m for m in e.recipient if noun in m.text]
        if named:
            return e, named
    raise AssertionError(f"no ASSAULT event with {noun!r} hit in {text!r}")


def test_soldiers_an_army_reports_killed_are_its_own():
    e, soldiers = _soldiers_hit("أعلن الجيش الإسرائيلي مساء أمس مقتل جنديين في اشتباك قرب بلدة "
                                "في جنوب لبنان.", "جنديين")
    assert countries_of(soldiers) == ["ISR"]
    assert "ISR" not in countries_of(e.actor)


def test_soldiers_a_state_admits_wounded_are_its_own():
    _, officers = _soldiers_hit("اعترفت إسرائيل بإصابة ثلاثة ضباط بجروح بالغة في معارك داخل "
                                "مدينة رفح.", "ضباط")
    assert countries_of(officers) == ["ISR"]


def test_soldiers_an_armed_group_reports_killed_do_not_take_its_country():
    e, soldiers = _soldiers_hit("أعلنت سرايا القدس قتل 4 جنود في كمين شرق مدينة خان يونس.", "جنود")
    assert countries_of(e.actor) == ["PSE"]
    assert all("reporting-army" not in m.rule for m in soldiers)


def test_army_reporting_its_own_strike_gives_the_victims_no_country_of_its_own():
    e, soldiers = _soldiers_hit("أعلن الجيش الإسرائيلي أنه قتل 3 مسلحين في غارة على بلدة في "
                                "جنوب لبنان.", "مسلحين")
    assert countries_of(e.actor) == ["ISR"]
    assert "ISR" not in countries_of(soldiers)


def _assault_on(text: str, trigger: str):
    events = [e for e in events_of(text, "ASSAULT") if e.trigger.text.startswith(trigger)]
    assert events, f"no ASSAULT event on {trigger!r} in {text!r}"
    return events[0]


def test_attack_noun_with_pronoun_and_object_is_the_earlier_armys():
    e = _assault_on("قصف الجيش الإسرائيلي صباح اليوم بلدة شرق المدينة، بينما أوقعت غاراته أكثر "
                    "من 15 قتيلا في مخيم قريب.", "غاراته")
    assert texts_of(e.actor) == ["الجيش الإسرائيلي"]
    assert e.rule.split("/")[2].endswith("possessor-object")


def test_pronoun_antecedent_passes_over_a_bare_soldier_noun():
    e = _assault_on("أعلن الجيش مقتل جندي آخر في الشمال، في حين أوقعت غاراته عشرات القتلى في "
                    "المدينة.", "غاراته")
    assert texts_of(e.actor) == ["الجيش"]


def test_pronoun_on_a_noun_of_being_hit_is_the_victim_not_the_attacker():
    e = _assault_on("توفي الشاب صباح اليوم متأثرا بإصابته برصاص الجيش قرب الحاجز.", "إصابته")
    assert "possessor-object" not in e.rule


def test_pronoun_noun_followed_by_a_preposition_takes_no_possessor():
    e = _assault_on("أعلن الجيش الإسرائيلي بدء عملية في المخيم، وتوغله في الحي الشرقي.", "توغله")
    assert "possessor-object" not in e.rule
