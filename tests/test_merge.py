"""Document-local merging: several mentions of one happening are one event, two happenings
are two.  Every sentence here was written for these tests."""
from __future__ import annotations

import hadath
from hadath.pipeline import record_to_raw

# rules only: what is merged must not depend on the rescorer's scores
RULES_ONLY = hadath.default_pipeline(rescore=False)


def _assaults(text: str):
    raw = record_to_raw({"id": "t", "text": "عنوان\n\n" + text, "published": "2024-05-02"})
    return [e for e in RULES_ONLY.process(raw, published="2024-05-02").events if e.event == "ASSAULT"]


def test_strikes_on_two_towns_stay_two_events():
    text = ("قصفت طائرات حربية إسرائيلية منزلا في مدينة خان يونس اليوم الخميس. "
            "كما قصفت طائرات حربية إسرائيلية منزلا في مدينة دير البلح اليوم الخميس.")
    events = _assaults(text)
    places = sorted(e.location.name for e in events if e.location)
    assert len(events) == 2, [(e.trigger.text, e.location) for e in events]
    assert places[0] != places[1]


def test_a_strike_named_again_in_the_next_sentence_is_one_event():
    text = ("قصفت طائرات حربية إسرائيلية منزلا في مدينة خان يونس اليوم الخميس. "
            "وأسفر القصف عن مقتل ثلاثة أشخاص.")
    events = _assaults(text)
    assert len(events) == 1
    assert [m.text for m in events[0].mentions] == ["قصف"]
    assert events[0].killed is not None and events[0].killed.min == 3


def test_a_drone_named_after_an_attack_verb_gives_its_mode_and_is_no_march():
    events = [e for e in RULES_ONLY.process(record_to_raw(
        {"id": "t", "text": "عنوان\n\nاستهدفت مسيرة إسرائيلية سيارة في مدينة صور مساء الأحد."}),
        published="2024-05-02").events]
    assert [(e.event, e.mode) for e in events] == [("ASSAULT", "drone")]


def test_the_attack_named_again_with_its_place_and_day_is_the_same_attack():
    text = "هاجم مسلحون سوقا شعبيا وقتلوا خمسة أشخاص. ووقع الهجوم مساء الأحد في مدينة الموصل."
    events = _assaults(text)
    assert len(events) == 1, [(e.trigger.text, e.recipient) for e in events]
    assert events[0].date == "2024-04-28"
    assert events[0].location is not None and events[0].location.country == "IRQ"


def test_the_undated_lead_sums_up_the_dated_report_that_follows():
    text = ("قتل خمسة أشخاص في هجوم مسلح على سوق في مدينة الموصل. "
            "وقال مسؤول أمني إن مسلحين هاجموا السوق صباح اليوم وقتلوا خمسة أشخاص.")
    events = _assaults(text)
    assert len(events) == 1, [(e.trigger.text, e.date) for e in events]
    assert events[0].date == "2024-05-02"


def test_undated_attacks_each_told_by_their_own_verb_and_target_stay_apart():
    text = ("استهدفت سرايا المقاومة دبابة للجيش الإسرائيلي بقذيفة مضادة للدروع. "
            "واستهدفت أيضا تجمعا لجنود الجيش الإسرائيلي برشقة صاروخية.")
    assert len(_assaults(text)) == 2


def test_attacks_in_opposite_directions_in_one_sentence_are_two():
    text = ("هاجم مقاتلو حزب الله ثكنة للجيش الإسرائيلي في الجليل "
            "وقصفت طائرات إسرائيلية بلدة الخيام في جنوب لبنان.")
    events = _assaults(text)
    directions = {(tuple(sorted({a.country for a in e.actor})), tuple(sorted({r.country for r in e.recipient})))
                  for e in events}
    assert (("LBN",), ("ISR",)) in directions and (("ISR",), ("LBN",)) in directions


def test_a_meeting_told_from_either_side_is_one_meeting():
    raw = record_to_raw({"id": "t", "text": "عنوان\n\nالتقى وزير الخارجية المصري نظيره الأردني في عمان. "
                         "وبحث الوزير الأردني مع الوزير المصري الأوضاع في غزة."})
    events = [e for e in RULES_ONLY.process(raw, published="2024-05-02").events if e.event == "CONSULT"]
    assert len(events) == 1


def test_kama_after_a_comma_opens_another_fact_in_the_same_sentence():
    raw = record_to_raw({"id": "t", "text": "عنوان\n\nخففت وزارة الداخلية الأردنية القيود على التجمعات، "
                         "كما أصدر الملك عفوا عن 120 موقوفا."})
    events = [e for e in RULES_ONLY.process(raw, published="2024-05-02").events if e.event == "CONCEDE"]
    assert len(events) == 2


def test_a_background_sentence_does_not_merge_into_the_news():
    text = ("أحرق مسلحون مخازن للحبوب في ريف محافظة تعز. "
            "يشار إلى أن مخازن أخرى أحرقت في هجوم مماثل على ريف المحافظة في 3 آب/أغسطس الماضي.")
    events = _assaults(text)
    assert len(events) == 2
    assert events[0].date is None


def test_an_attack_and_a_series_over_a_period_in_one_sentence_stay_apart():
    text = ("هاجم مسلحون سوقا في بلدة جبلية مساء الجمعة ما أدى إلى مقتل 9 أشخاص. "
            "ووقع الهجوم في الإقليم الشمالي؛ وهو من المناطق التي تشهد هجمات متكررة منذ سبع سنوات، "
            "ما أسفر عن مقتل آلاف السكان.")
    events = _assaults(text)
    attack = next(e for e in events if e.trigger.text == "هاجم")
    assert attack.date == "2024-04-26"
    assert (attack.killed.min, attack.killed.max) == (9, 9)
    assert [m.text for m in attack.mentions] == ["هجوم"]
