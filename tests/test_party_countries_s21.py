"""Party countries (twenty-first session).

Armed groups of a report's home: an armed group named bare ("المقاومة") is of the report's
own country (its dateline's, else the one most of its places lie in) when the report names
an army of another country, unless it names an army of that country (the land is then
where the groups fight, not theirs), an armed group of another country, or the event's
other side is of that country.

Soldiers of the other side: soldiers named without a country, hit by armed groups or an
army of a known country, are of the one other state the report names; not with no
attacker, an attacker of no country, two other states, or an army of the attackers' own
country named in the report."""
import hadath
from hadath.events.party_places import armed_groups_home, armed_groups_of_home, soldiers_of_the_other_side
from hadath.pipeline import record_to_raw
from hadath.records import ActorMention, Event, Sentence, Span


def _parties(text: str) -> list[tuple[str, str, str | None]]:
    result = hadath.default_pipeline().process(record_to_raw({"id": "t", "text": text}),
                                               published="2024-05-02")
    return [(e.event, m.text, m.country) for e in result.events for m in e.actor + e.recipient]


def _mention(text: str, country: str | None, sector: str | None, kind: str = "agent") -> ActorMention:
    return ActorMention(0, len(text), text, text, country, sector, None, kind, "test")


def test_the_resistance_of_a_gaza_report_is_palestinian() -> None:
    text = ("ارتكب جيش الاحتلال الإسرائيلي مجزرة في مخيم النصيرات وسط قطاع غزة. "
            "وأعلنت المقاومة أنها قصفت مستوطنة سديروت.")
    assert ("ASSAULT", "المقاومة", "PSE") in _parties(text)


def test_both_sides_of_a_clash_in_a_west_bank_camp() -> None:
    text = ("اندلعت اشتباكات بين المقاومة وأجهزة أمن السلطة الفلسطينية داخل مخيم جنين شمالي "
            "الضفة الغربية، في حين اقتحم جيش الاحتلال الإسرائيلي بلدة قباطية.")
    parties = _parties(text)
    assert ("ASSAULT", "المقاومة", "PSE") in parties
    assert ("ASSAULT", "السلطة الفلسطينية", "PSE") in parties


def test_a_report_of_rockets_on_its_towns_naming_no_army_gives_no_country() -> None:
    """Most places are Israeli, but the groups fire into them: with no foreign army named
    the report's country is not taken to be the groups'."""
    text = "سقطت صواريخ في مدينة عسقلان وفي أسدود. وقالت المقاومة إنها استهدفت تجمعا للجنود."
    assert ("ASSAULT", "المقاومة", None) in _parties(text)


def test_a_report_naming_the_home_army_gives_the_groups_no_country() -> None:
    text = ("انتشر الجيش اللبناني في بلدة الخيام وفي مدينة صور. "
            "وأعلنت المقاومة أنها قصفت مستوطنة المطلة.")
    assert ("ASSAULT", "المقاومة", None) in _parties(text)


def test_an_armed_group_of_another_country_leaves_the_bare_one_without() -> None:
    army = _mention("جيش الاحتلال", "ISR", "MIL")
    actors = [army, _mention("الحوثيون", "YEM", "REB"), _mention("المقاومة", None, "REB")]
    assert armed_groups_home("PSE", actors) is None
    assert armed_groups_home("PSE", [army, _mention("المقاومة", None, "REB")]) == "PSE"


def test_an_international_force_is_no_foreign_army() -> None:
    actors = [_mention("قوات اليونيفيل", "UNO", "MIL"), _mention("المقاومة", None, "REB")]
    assert armed_groups_home("LBN", actors) is None


def test_no_home_no_country() -> None:
    assert armed_groups_home(None, [_mention("الجيش", "ISR", "MIL")]) is None


def test_the_other_side_of_the_home_country_keeps_the_group_without_one() -> None:
    """"قصفت المقاومة عسقلان" in a report most of whose places are Israeli: it fires into
    that country, it is not of it."""
    group = _mention("المقاومة", None, "REB")
    target = _mention("عسقلان", "ISR", None, kind="place")
    assert armed_groups_of_home([group], "ISR", [target]) == [group]


def test_people_and_bodies_other_than_armed_groups_are_left_alone() -> None:
    people = [_mention("المتظاهرون", None, "CVL"), _mention("الجنود", None, "MIL")]
    assert armed_groups_of_home(people, "PSE", []) == people
    named = _mention("حزب الله", "LBN", "REB", kind="organization")
    assert armed_groups_of_home([named], "PSE", []) == [named]


def _recipients(actor: list[ActorMention], recipient: list[ActorMention],
                document: list[ActorMention]) -> list[tuple[str, str | None]]:
    event = Event("t", 0, "ASSAULT", None, Span("قتلت", 0, 4), Sentence(0, 0, 40),
                  actor=actor, recipient=recipient)
    return [(m.text, m.country) for m in soldiers_of_the_other_side(event, document)]


GROUP = _mention("كتائب القسام", "PSE", "REB", kind="organization")
SOLDIERS = _mention("جنود", None, "MIL")
ISRAELI = _mention("الإسرائيلي", "ISR", None, kind="demonym")


def test_soldiers_killed_by_a_named_group_in_a_report_of_the_war_on_gaza() -> None:
    text = "في اليوم الـ200 من العدوان الإسرائيلي على غزة، أعلنت كتائب القسام أنها قتلت 4 جنود في خان يونس."
    assert ("ASSAULT", "جنود في خان يونس", "ISR") in _parties(text)


def test_the_one_other_state_of_the_report() -> None:
    assert _recipients([GROUP], [SOLDIERS], [GROUP, ISRAELI, SOLDIERS]) == [("جنود", "ISR")]


def test_two_other_states_say_nothing() -> None:
    document = [GROUP, ISRAELI, _mention("الأردن", "JOR", None, kind="country"), SOLDIERS]
    assert _recipients([GROUP], [SOLDIERS], document) == [("جنود", None)]


def test_an_army_of_the_attackers_country_keeps_them_without_one() -> None:
    """"قتلت قوات الدعم السريع جنودا" beside the Sudanese army: the soldiers may be theirs."""
    rsf = _mention("قوات الدعم السريع", "SDN", "REB", kind="organization")
    army = _mention("الجيش السوداني", "SDN", "MIL", kind="institution")
    document = [rsf, army, _mention("الإمارات", "ARE", None, kind="country"), SOLDIERS]
    assert _recipients([rsf], [SOLDIERS], document) == [("جنود", None)]


def test_no_attacker_or_an_attacker_of_no_country_says_nothing() -> None:
    assert _recipients([], [SOLDIERS], [GROUP, ISRAELI]) == [("جنود", None)]
    bare = _mention("المقاومة", None, "REB")
    assert _recipients([bare], [SOLDIERS], [bare, ISRAELI]) == [("جنود", None)]


def test_an_attacker_that_is_no_armed_body_says_nothing() -> None:
    state = _mention("إيران", "IRN", None, kind="country")
    assert _recipients([state], [SOLDIERS], [state, ISRAELI]) == [("جنود", None)]


def test_international_bodies_are_no_other_side() -> None:
    un = _mention("الأمم المتحدة", "UNO", "GOV", kind="organization")
    assert _recipients([GROUP], [SOLDIERS], [GROUP, un, ISRAELI]) == [("جنود", "ISR")]


def test_civilians_and_soldiers_with_a_country_are_left_alone() -> None:
    civilians = _mention("مدنيين", None, "CVL")
    egyptian = _mention("جنود مصريين", "EGY", "MIL")
    assert _recipients([GROUP], [civilians, egyptian], [GROUP, ISRAELI]) == [("مدنيين", None), ("جنود مصريين", "EGY")]
