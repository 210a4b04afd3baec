"""Who attacked whom in ASSAULT events (tenth session): a body (army, party, state) before an
unvowelled verb of killing is its agent, not its victim; an armed group announcing a killing
claims it; a place after إلى behind a word of arriving is no target; settlers after an
attack noun are its attackers; attacks by armed forces and by settlers told in one sentence
stay two events. Sentences written for these tests."""
from __future__ import annotations

from conftest import countries_of, event_on, events_of, texts_of


def _assault_on(text: str, trigger: str):
    return event_on(text, "ASSAULT", trigger)


def test_army_before_killing_verb_with_time_adjunct_is_the_killer():
    e = _assault_on("قال المرصد إن الجيش الإسرائيلي قتل خلال شهرين 300 مدني في المدينة.", "قتل")
    assert countries_of(e.actor) == ["ISR"]
    assert "ISR" not in countries_of(e.recipient)


def test_group_saying_it_killed_is_the_killer():
    e = _assault_on("أعلنت سرايا القدس أنها قتلت وجرحت عددا من الجنود الإسرائيليين قرب الحدود.",
                    "قتلت")
    assert countries_of(e.actor) == ["PSE"]
    assert countries_of(e.recipient) == ["ISR"]


def test_killing_announced_as_a_noun_is_claimed_by_the_group():
    e = _assault_on("أكدت كتائب القسام اليوم قتل ضابطين إسرائيليين في اشتباك شرق المدينة.", "قتل")
    assert texts_of(e.actor) == ["كتائب القسام"]
    assert countries_of(e.recipient) == ["ISR"]


def test_counted_soldiers_before_the_verb_are_still_its_victims():
    e = _assault_on("قال الجيش الإسرائيلي إن أربعة جنود قتلوا في انفجار عبوة شمال القطاع.",
                    "قتلوا")
    assert e.actor == [] or "ISR" not in countries_of(e.actor)
    assert any("جنود" in m.text for m in e.recipient)


def test_others_wounded_beside_keep_the_killing_passive():
    e = _assault_on("وأوضحت الشرطة أن أحد عناصر القوات العراقية قتل وجرح ثلاثة آخرون في الهجوم.",
                    "قتل")
    assert "IRQ" in countries_of(e.recipient)
    assert "IRQ" not in countries_of(e.actor)


def test_hospitals_the_dead_were_taken_to_are_no_target():
    e = _assault_on("قالت الوزارة إن الاحتلال ارتكب أربع مجازر وصل منها إلى المستشفيات 52 شهيدا.",
                    "مجازر")
    assert not any("المستشفيات" in m.text for m in e.recipient)
    assert countries_of(e.actor) == ["ISR"] or texts_of(e.actor) == ["الاحتلال"]


def test_settlers_after_an_attack_noun_are_the_attackers():
    e = _assault_on("أصيب ثلاثة مزارعين في اعتداء مستوطنين قرب قرية بورين.", "اعتداء")
    assert texts_of(e.actor) == ["مستوطنين"]
    assert not any("مستوطن" in m.text for m in e.recipient)


def test_settlers_behind_lam_after_an_attack_noun_are_the_attackers():
    e = _assault_on("أصيبت سيدة برضوض في اعتداء للمستوطنين شرق البلدة.", "اعتداء")
    assert any("مستوطن" in m.text for m in e.actor)


def test_settlers_killed_remain_the_victims():
    e = _assault_on("قتل مسلحون ثلاثة مستوطنين في هجوم قرب مستوطنة شمال الضفة.", "قتل")
    assert any("مستوطن" in m.text for m in e.recipient)


def test_army_strike_and_settler_attack_in_one_sentence_stay_two_events():
    events = events_of("دمرت جرافات الجيش الإسرائيلي بئرا للمياه شرق طوباس، وعلى مقربة منها "
                       "هاجم مستوطنون رعاة الأغنام في الأغوار.", "ASSAULT")
    actors = [texts_of(e.actor) for e in events]
    assert ["مستوطنون"] in actors
    assert any(a and "مستوطنون" not in a for a in actors)
