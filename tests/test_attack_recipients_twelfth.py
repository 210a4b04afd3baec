"""Who an attack hit (twelfth session): a building, civilian vehicle, shelter or housing
block named as what a strike or shelling hit, before the town it was in, is the recipient
(with the town's country), not the town; a strike on a town alone keeps the town."""
from conftest import emitted_events


def _assaults(text: str) -> list:
    return emitted_events(text, "ASSAULT")


def _recipients(event) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in event.recipient]


def test_civilian_car_hit_in_a_town_is_the_recipient() -> None:
    events = _assaults("شنت طائرات الاحتلال غارة على سيارة مدنية في بلدة بيت حانون شمالي القطاع.")
    assert events
    assert _recipients(events[0]) == [("سيارة مدنية", "PSE")]


def test_housing_block_destroyed_in_a_city_is_the_recipient() -> None:
    events = _assaults("دمرت الطائرات الإسرائيلية مربعا سكنيا كاملا في مدينة رفح.")
    assert events
    assert _recipients(events[0]) == [("مربعا سكنيا كاملا", "PSE")]


def test_flat_hit_after_strike_adjective_takes_the_towns_country() -> None:
    events = _assaults("أدت غارة إسرائيلية على شقة سكنية في مدينة صور إلى أضرار مادية كبيرة.")
    assert events
    assert _recipients(events[0]) == [("شقة سكنية", "LBN")]


def test_strike_on_a_town_alone_keeps_the_town() -> None:
    events = _assaults("شنت طائرات الاحتلال غارة على بلدة عيترون جنوبي لبنان.")
    assert events
    assert _recipients(events[0]) == [("عيترون", "LBN")]
