"""Which side a demonym near an attack names: the side hit when it closes an object phrase
of nouns joined by و, or the people counted after a verb of being killed; the attacker when
it qualifies the attack noun. Sentences written for these tests."""
from __future__ import annotations

from conftest import countries_of, event_on

# a demonym closing coordinated objects names the side hit


def test_demonym_after_coordinated_positions_is_the_target_side():
    e = event_on("قصفت الفصائل مواقع وتجمعات عسكرية إسرائيلية قرب الحدود.",
                 "ASSAULT", "قصفت")
    assert "ISR" not in countries_of(e.actor)
    assert "ISR" in countries_of(e.recipient)


def test_demonym_after_coordinated_objects_without_a_subject_is_no_attacker():
    e = event_on("استهدفت منازل ومحال تجارية فلسطينية في أطراف البلدة.",
                 "ASSAULT", "استهدفت")
    assert countries_of(e.actor) == []
    assert countries_of(e.recipient) == ["PSE"]


def test_demonym_after_coordinated_aircraft_stays_the_attacker():
    e = event_on("قصفت طائرات ومدفعية إسرائيلية أطراف البلدة.", "ASSAULT", "قصفت")
    assert countries_of(e.actor) == ["ISR"]


def test_nominative_plural_demonym_after_coordinated_people_stays_the_attacker():
    e = event_on("هاجم مستوطنون ومتطرفون إسرائيليون منازل في القرية.", "ASSAULT", "هاجم")
    assert "ISR" in countries_of(e.actor)


# a demonym the count stands before names the dead


def test_counted_demonym_after_a_death_verb_is_the_victim():
    e = event_on("استشهد أكثر من 4 آلاف فلسطيني في القطاع خلال شهرين.", "ASSAULT", "استشهد")
    assert countries_of(e.actor) == []
    assert countries_of(e.recipient) == ["PSE"]


def test_demonym_after_a_partitive_count_is_no_killer():
    e = event_on("استشهد نحو مئة من الكوادر الصحية الفلسطينية في القطاع منذ بدء الحرب.",
                 "ASSAULT", "استشهد")
    assert "PSE" not in countries_of(e.actor)


def test_demonym_of_the_attack_after_a_count_stays_the_killer():
    e = event_on("استشهد 5 بقصف إسرائيلي على البلدة الحدودية.", "ASSAULT", "قصف")
    assert countries_of(e.actor) == ["ISR"]


def test_demonym_of_the_attack_after_the_counted_dead_stays_the_killer():
    e = event_on("استشهد ثلاثة آلاف فلسطيني في قصف إسرائيلي على المدينة.", "ASSAULT", "قصف")
    assert countries_of(e.actor) == ["ISR"]
    assert countries_of(e.recipient) == ["PSE"]


# a demonym in another fact is not the killer


def test_demonym_after_an_opener_of_another_fact_is_not_the_one_who_wounded():
    e = event_on("أصيب 3 شبان خلال اقتحام قوات الاحتلال البلدة، فيما أطلق فلسطيني النار "
                 "على دورية قرب المستوطنة.", "ASSAULT", "أصيب")
    assert "PSE" not in countries_of(e.actor)


def test_people_killed_in_another_fact_are_not_the_killers():
    e = event_on("قتل جنديان وأصيب 5 في كمين قرب المعبر، في حين ودّع الأهالي 16 فلسطينيا "
                 "سقطوا في المخيم.", "ASSAULT", "قتل")
    assert "PSE" not in countries_of(e.actor)


def test_attacker_named_before_another_fact_opener_stays_alone():
    e = event_on("قتل جنديان في كمين نصبه مقاتلون قرب المعبر، في حين دفن الأهالي 16 فلسطينيا "
                 "في مقبرة المخيم.", "ASSAULT", "قتل")
    assert "PSE" not in countries_of(e.actor)
    assert countries_of(e.recipient) != []


def test_demonym_on_an_attack_noun_after_another_fact_opener_stays_the_killer():
    e = event_on("وفي شرق المدينة استشهد شابان على الأقل، بينما أصيب آخرون في قصف إسرائيلي "
                 "استهدف تجمعا للمواطنين.", "ASSAULT", "استشهد")
    assert countries_of(e.actor) == ["ISR"]
