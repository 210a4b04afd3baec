"""Victims named by a count and a partitive من (thirteenth session): "اعتقال عدد من الشبان"،
"استهداف الجيش عددا من الصحفيين"، "استشهاد اثنين من معتقلي غزة": the whole after من is
who the attack or arrest hit, also when a town was read as the recipient; a place after
من or raiding settlers are no victims."""
from conftest import event_on, texts_of


def _recipients(event) -> list[str]:
    return texts_of(event.recipient)


def test_arrest_noun_after_a_support_verb_takes_the_counted_whole() -> None:
    event = event_on("دخلت قوات الاحتلال مدينة قلقيلية، وبدأت باعتقال عدد من الشبان.",
                     "COERCE", "اعتقال")
    assert _recipients(event) == ["الشبان"]
    assert texts_of(event.actor) == ["قوات الاحتلال"]


def test_attack_noun_with_its_agent_after_it_takes_the_counted_whole() -> None:
    event = event_on("عرضت القناة صورا للحظة استهداف الجيش الإسرائيلي عددا من الصحفيين بقذيفة في مخيم المغازي.",
                     "ASSAULT", "استهداف")
    assert _recipients(event) == ["الصحفيين"]
    assert [m.country for m in event.actor] == ["ISR"]


def test_counted_whole_replaces_the_town_read_as_recipient() -> None:
    event = event_on("أكدت هيئة الأسرى استشهاد ثلاثة من معتقلي مدينة نابلس في السجون.",
                     "ASSAULT", "استشهاد")
    assert _recipients(event) == ["معتقلي مدينة نابلس"]


def test_count_after_a_target_preposition() -> None:
    event = event_on("فتحت الشرطة النار على عدد من المتظاهرين قرب مبنى البرلمان في بغداد.",
                     "ASSAULT", "النار")
    assert _recipients(event)[:1] == ["المتظاهرين"]


def test_places_after_the_partitive_stay_where_it_happened() -> None:
    event = event_on("واصلت قوات الاحتلال اقتحام عدد من القرى قرب مدينة جنين.",
                     "COERCE", "اقتحام")
    assert "القرى" not in " ".join(_recipients(event))
    assert texts_of(event.actor) == ["قوات الاحتلال"]


def test_named_recipient_is_kept() -> None:
    event = event_on("اعتقلت الشرطة الناشط فلان وعددا من رفاقه في العاصمة الأردنية عمان.",
                     "COERCE", "اعتقلت")
    assert _recipients(event)[:1] == ["الناشط فلان"]


def test_raiding_settlers_after_the_partitive_are_no_victims() -> None:
    event = event_on("نددت الوزارة باقتحام عشرات من المستوطنين ساحات المسجد الأقصى صباح اليوم.",
                     "COERCE", "اقتحام")
    assert "المستوطنين" not in _recipients(event)
