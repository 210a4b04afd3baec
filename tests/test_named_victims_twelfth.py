"""Victims named with a verb before the attack (twelfth session): the people an outcome verb
names before an attack noun, the relative verb describing that noun, or a result verb's
casualty noun after the noun's own phrase are the attack's recipients, not the house or the
town it hit; with nobody named the building or town stays."""
from conftest import emitted_events


def _assaults(text: str) -> list:
    return emitted_events(text, "ASSAULT")


def _recipients(event) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in event.recipient]


def test_victims_before_a_strike_described_by_a_relative_verb() -> None:
    events = _assaults("استشهد 4 مواطنين بينهم طفلان إثر غارة إسرائيلية استهدفت منزلا في بلدة بني سهيلا.")
    assert len(events) == 1
    assert _recipients(events[0]) == [("مواطنين", "PSE")]
    assert [m.country for m in events[0].actor] == ["ISR"]


def test_victims_before_an_aside_of_commas() -> None:
    events = _assaults("استشهد 7 مواطنين، بينهم طفلان، وأصيب آخرون إثر غارة إسرائيلية على منزل في دير البلح.")
    assert len(events) == 1
    assert _recipients(events[0]) == [("مواطنين", "PSE")]


def test_result_verb_complement_after_the_attack_phrase() -> None:
    events = _assaults("أسفر قصف إسرائيلي على منزل في بلدة عبسان عن استشهاد 6 أشخاص.")
    assert len(events) == 1
    assert _recipients(events[0]) == [("أشخاص", "PSE")]


def test_result_verb_before_a_strike_on_a_town_names_the_victims() -> None:
    events = _assaults("أدت غارة إسرائيلية على بلدة عيترون إلى استشهاد شابين.")
    assert len(events) == 1
    assert _recipients(events[0]) == [("شابين", "LBN")]


def test_relative_verb_without_victims_keeps_the_house() -> None:
    events = _assaults("دمرت غارة إسرائيلية استهدفت منزلا في بلدة بني سهيلا أجزاء منه.")
    assert events
    assert ("منزلا", "PSE") in [r for e in events for r in _recipients(e)]


def test_another_fact_after_the_comma_is_no_victim_of_the_shelling() -> None:
    events = _assaults("استشهد شاب، فيما قصفت المدفعية الإسرائيلية بلدة الخيام.")
    shelling = [e for e in events if e.trigger.text.startswith("قصفت")]
    assert len(shelling) == 1
    assert _recipients(shelling[0]) == [("الخيام", "LBN")]


def test_result_verb_with_lam_names_the_victims() -> None:
    events = _assaults("قصفت الطائرات الإسرائيلية منزلا في بلدة عبسان، مما أدى لمقتل ثلاثة مزارعين.")
    assert len(events) == 1
    assert ("مزارعين", "PSE") in _recipients(events[0])


def test_victim_who_died_of_wounds_after_a_comma() -> None:
    events = _assaults("استشهد شاب فلسطيني اليوم، متأثرا بإصابته برصاص جنود الاحتلال في بلدة بيتا.")
    wounds = [e for e in events if e.trigger.text == "إصابته"]
    assert len(wounds) == 1
    assert _recipients(wounds[0]) == [("شاب فلسطيني", "PSE")]
