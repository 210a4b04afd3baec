"""Countries of parties (thirteenth session): a troop carrier is an army's vehicle, not a
ship; a force's vehicle or post hit or raided in a town is that force's side, not the
town's; a civilian car there keeps the town's country."""
from conftest import emitted_events

from hadath.recognize.actors import ActorResolver
from hadath.text import TextLayer

RESOLVER = ActorResolver.default()


def _actors(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.id, m.country) for m in RESOLVER.find(TextLayer(text))]


def _recipients(event) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in event.recipient]


def test_troop_carrier_with_demonym_is_that_states_army() -> None:
    assert ("ناقلة جند روسية", "inst-army", "RUS") in _actors("دمرت المسيرة ناقلة جند روسية قرب النهر.")


def test_troop_carriers_named_bare_are_an_army_not_ships() -> None:
    found = _actors("قال المتحدث إن مقاتليه أصابوا ناقلات الجنود عند مدخل البلدة.")
    assert ("ناقلات الجنود", "inst-army", None) in found
    assert all(i != "agent-shipping" for _, i, _ in found)


def test_oil_tanker_stays_a_ship() -> None:
    found = _actors("احتجزت القوات البحرية ناقلة نفط قبالة الساحل.")
    assert any(i == "agent-shipping" for _, i, _ in found)


def test_police_car_shot_at_in_a_town_is_the_police_of_the_other_side() -> None:
    events = emitted_events("أفاد الإسعاف الإسرائيلي بمقتل عنصرين من شرطة الاحتلال، والسبب كمين استهدف "
                            "سيارة الشرطة في الخليل.", "ASSAULT")
    recipients = [r for e in events for r in _recipients(e)]
    assert ("سيارة الشرطة", "ISR") in recipients
    assert ("سيارة الشرطة", "PSE") not in recipients


def test_police_car_of_a_named_state_keeps_that_state() -> None:
    events = emitted_events("أطلق مسلحون النار على سيارة الشرطة في قرية قرب بعقوبة.", "ASSAULT")
    recipients = [r for e in events for r in _recipients(e)]
    assert recipients
    assert all(country == "IRQ" for _, country in recipients)


def test_civilian_car_in_a_town_keeps_the_towns_country() -> None:
    events = emitted_events("قصفت طائرة مسيرة سيارة مدنية في بلدة بيت لاهيا.", "ASSAULT")
    assert events
    assert _recipients(events[0]) == [("سيارة مدنية", "PSE")]
