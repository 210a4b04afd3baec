"""Places as parties (twelfth session): a crowd named by its count is the protesters, not
the town or a body read there; the victims named after a casualty noun before an attack
noun are its recipients, not the town it happened in."""
import hadath
from hadath.pipeline import record_to_raw

PIPE = hadath.default_pipeline()


def _events(text: str, event: str) -> list:
    found = PIPE.process(record_to_raw({"id": "t", "text": text}), published="2024-05-05").events
    return [e for e in found if e.event == event]


def _parties(mentions) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in mentions]


def test_counted_crowd_after_protest_verb_is_the_protesters() -> None:
    events = _events("تظاهر المئات في شوارع مدينة ميلانو أمس السبت.", "PROTEST")
    assert events
    assert _parties(events[0].actor) == [("المئات", "ITA")]
    assert events[0].actor[0].sector == "CVL"


def test_counted_crowd_with_quantity_head_keeps_both_words() -> None:
    events = _events("احتشد عشرات الآلاف في وسط العاصمة أوسلو للمطالبة بوقف إطلاق النار.", "PROTEST")
    assert events
    assert _parties(events[0].actor) == [("عشرات الآلاف", "NOR")]


def test_body_in_front_of_which_a_crowd_protests_is_no_protester() -> None:
    events = _events("تظاهر الآلاف أمام مبنى البرلمان في مدريد رفضا للحرب على غزة.", "PROTEST")
    assert events
    assert _parties(events[0].actor) == [("الآلاف", "ESP")]


def test_counted_crowd_subject_before_protest_noun() -> None:
    events = _events("نظم العشرات وقفة احتجاجية أمام القنصلية في مدينة ميلانو.", "PROTEST")
    assert events
    assert _parties(events[0].actor) == [("العشرات", "ITA")]


def test_named_people_after_the_count_stay_the_protesters() -> None:
    events = _events("تظاهر الآلاف من الطلاب في مدينة ميلانو ضد رفع الرسوم.", "PROTEST")
    assert events
    assert [m.text for m in events[0].actor] != ["الآلاف"]
    assert all(m.kind != "place" for m in events[0].actor)


def test_protest_with_no_crowd_named_keeps_the_people_of_its_place() -> None:
    events = _events("خرجت مظاهرة حاشدة في مدينة ليون للتنديد بالقصف.", "PROTEST")
    assert events
    assert [(m.country, m.sector) for m in events[0].actor] == [("FRA", "CVL")]


def test_victims_after_a_casualty_noun_are_the_recipients_not_the_town() -> None:
    events = _events("ذكر الهلال الأحمر إصابة ثلاثة عمال برصاص الجنود عند حاجز قرب مدينة قلقيلية.", "ASSAULT")
    assert events
    assert _parties(events[0].recipient) == [("عمال", "PSE")]


def test_attack_with_no_victim_named_still_hits_the_town() -> None:
    events = _events("قصفت طائرات الاحتلال أطراف بلدة الخيام جنوبي لبنان.", "ASSAULT")
    assert events
    assert [m.country for m in events[0].recipient] == ["LBN"]


def test_soldiers_hurt_in_a_ramming_are_the_recipients_with_their_country() -> None:
    events = _events("أعلن الجيش الإسرائيلي إصابة جنديين بعملية دهس قرب مدينة نابلس.", "ASSAULT")
    assert events
    assert [m.text for m in events[0].recipient] == ["جنديين"]
    assert events[0].recipient[0].country != "PSE"


def test_casualty_of_another_clause_is_not_the_attack_victim() -> None:
    events = _events("أعلن الجيش إصابة جندي في مدينة رفح وسط تكثيف الاحتلال قصف مدينة خان يونس.", "ASSAULT")
    assert all("جندي" not in [m.text for m in e.recipient] for e in events if e.trigger.text == "قصف")


def test_people_an_arrest_campaign_reached_are_its_recipients() -> None:
    events = _events("نفذ الجيش فجر اليوم حملة اعتقالات في قرى شمال مدينة جنين طالت نحو عشرين طالبا جامعيا.",
                     "COERCE")
    assert events
    assert _parties(events[0].recipient) == [("طالبا", "PSE")]


def test_counted_people_after_campaign_verb_replace_the_town() -> None:
    events = _events("جرت حملة الاعتقالات الليلة الماضية في قرية بيت أمر وشملت ثلاثين عاملا.", "COERCE")
    assert events
    assert [m.text for m in events[0].recipient] == ["عاملا"]


def test_campaign_verb_of_a_contrasted_clause_is_not_read() -> None:
    events = _events("شن الجيش حملة اعتقالات في الضفة الغربية، فيما استهدفت غارات إسرائيلية منزلا في غزة.",
                     "COERCE")
    assert events
    assert [m.country for m in events[0].recipient] == ["PSE"]
    assert "منزلا" not in [m.text for m in events[0].recipient]


def test_reach_verb_after_a_contrast_has_its_own_subject() -> None:
    events = _events("واصل الجيش حصاره لمدينة رفح، في حين استهدفت الفصائل جنوده شرق المدينة.", "COERCE")
    assert all("الفصائل" not in [m.text for m in e.recipient] for e in events)


def test_the_counted_crowd_names_the_knowledge_bases_protesters_entry():
    from hadath.events.protest_places import PROTESTERS_ENTRY
    from hadath.kb import default_kb
    entry = default_kb().get(PROTESTERS_ENTRY)
    assert entry is not None and entry.sector == "CVL"
