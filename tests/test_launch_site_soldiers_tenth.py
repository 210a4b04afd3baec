"""Tenth session: the country a weapon was launched from stands for an unnamed shooter, and
soldiers hit by fighters in their own land are not those fighters' countrymen.  Sentences
written for these tests."""
from __future__ import annotations

from conftest import countries_of, event_on, texts_of

from hadath.events.party_places import _soldiers_country
from hadath.records import ActorMention, Event, Sentence, Span


def test_launch_site_country_is_the_actor_when_no_shooter_is_named():
    e = event_on("أعلنت الشرطة أن صاروخين أطلقا من قطاع غزة سقطا قرب مدينة عسقلان مساء الاثنين.",
                 "ASSAULT", "صاروخين")
    assert countries_of(e.actor) == ["PSE"]
    assert texts_of(e.actor) == ["قطاع غزة"]
    assert "ISR" in countries_of(e.recipient)


def test_launch_site_after_a_launch_noun():
    e = event_on("رصدت الدفاعات الجوية إطلاق طائرة مسيرة من اليمن باتجاه مدينة إيلات.",
                 "ASSAULT", "طائرة")
    assert countries_of(e.actor) == ["YEM"]


def test_a_named_shooter_keeps_the_actor():
    e = event_on("أطلق الحوثيون صاروخا من اليمن باتجاه مدينة إيلات فجر اليوم.", "ASSAULT", "صاروخا")
    assert texts_of(e.actor) == ["الحوثيون"]


def test_a_site_in_the_country_hit_is_no_actor():
    e = event_on("سقطت قذيفة أطلقت من مدينة درعا على بلدة الصنمين صباح الأحد.", "ASSAULT", "قذيفة")
    assert e.actor == []


def test_min_qibal_names_no_launch_site():
    e = event_on("أطلقت النار من قبل مسلحين على دورية للشرطة في مدينة البصرة.", "ASSAULT", "أطلقت")
    assert all(a.kind != "place" for a in e.actor)


def test_soldiers_hit_by_home_fighters_are_not_their_countrymen():
    e = event_on("أعلنت كتائب القسام أنها قتلت أربعة جنود في اشتباك شرق مدينة رفح.", "ASSAULT", "قتلت")
    assert countries_of(e.actor) == ["PSE"]
    assert "PSE" not in countries_of(e.recipient)


def test_soldiers_of_the_foreign_army_the_sentence_names():
    e = event_on("أعلنت سرايا القدس أنها قصفت جنودا وآليات جيش الاحتلال الإسرائيلي قرب بلدة القرارة.",
                 "ASSAULT", "قصفت")
    assert countries_of([r for r in e.recipient if r.text == "جنودا"]) == ["ISR"]


def test_soldiers_with_no_attacker_named_take_the_foreign_army_named():
    e = event_on("أصيب ثلاثة جنود في اشتباكات بمدينة رفح أمس، بينما واصل جيش الاحتلال قصف أحياء "
                 "المدينة.", "ASSAULT", "اشتباكات")
    assert countries_of(e.recipient) == ["ISR"]


def test_soldiers_hit_by_a_foreign_attacker_stay_the_places():
    e = event_on("قتلت غارة روسية خمسة جنود في ريف إدلب أمس.", "ASSAULT", "قتلت")
    assert countries_of(e.actor) == ["RUS"]
    assert "SYR" in countries_of([r for r in e.recipient if r.text == "جنود"])


def test_soldiers_hit_by_unnamed_gunmen_stay_the_places():
    e = event_on("قتل مسلحون ثلاثة جنود في هجوم على حاجز قرب مدينة درعا.", "ASSAULT", "قتل")
    assert countries_of([r for r in e.recipient if r.text == "جنود"]) == ["SYR"]


def _mention(text: str, country: str | None, sector: str | None, kind: str = "agent") -> ActorMention:
    return ActorMention(0, len(text), text, None, country, sector, None, kind)


def _attack(actor: list[ActorMention]) -> Event:
    text = "هجوم"
    return Event(doc_id="t", index=0, event="ASSAULT", mode=None, trigger=Span(text, 0, len(text)),
                 sentence=Sentence(0, 0, len(text)), actor=actor)


def test_soldiers_country_rules():
    group = _mention("الكتائب", "PSE", "REB")
    occupier = _mention("جيش الاحتلال", "ISR", "MIL", "institution")
    home_army = _mention("الجيش", "SYR", "MIL", "institution")
    # home fighters: the one foreign army named, else none
    assert _soldiers_country(_attack([group]), "PSE", [group, occupier]) == "ISR"
    assert _soldiers_country(_attack([group]), "PSE", [group]) is None
    # no attacker: a named army of the place keeps the place's country
    assert _soldiers_country(_attack([]), "SYR", [home_army, occupier]) == "SYR"
    assert _soldiers_country(_attack([]), "PSE", [occupier]) == "ISR"
    # a foreign attacker: the place's country
    assert _soldiers_country(_attack([occupier]), "LBN", [occupier]) == "LBN"
