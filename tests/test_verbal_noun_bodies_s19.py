"""A body's name read as a verbal noun before its preposition ("بالقضاء على") is no party."""
from hadath.events.arguments.verbs import _verbal_noun_body, _without_verbal_noun_bodies
from hadath.events.structure import Group
from hadath.records import ActorMention


def _group(text: str, word: str) -> Group:
    start = text.index(word)
    mention = ActorMention(text=word, start=start, end=start + len(word), name="judiciary",
                           country=None, sector="JUD", kind="institution")
    return Group((mention,))


def test_elimination_before_its_preposition_is_an_act():
    text = "توعد الوزير بالقضاء على قادة الجماعة المسلحة."
    assert _verbal_noun_body(text, _group(text, "القضاء"))


def test_defending_before_its_preposition_is_an_act():
    text = "دعا المجلس إلى الدفاع عن سكان المدينة."
    assert _verbal_noun_body(text, _group(text, "الدفاع"))


def test_judiciary_as_a_party_stays():
    text = "انتقد المحامون القضاء بسبب تأخير المحاكمات."
    groups = [_group(text, "القضاء")]
    assert _without_verbal_noun_bodies(text, groups) == groups


def test_judiciary_with_another_preposition_stays():
    text = "أحال الوزير الملف إلى القضاء في العاصمة."
    assert not _verbal_noun_body(text, _group(text, "القضاء"))


def test_threat_of_elimination_names_no_judiciary():
    from hadath.pipeline import Pipeline, record_to_raw
    raw = record_to_raw({"id": "t1", "published": "2024-05-01",
                         "text": "هدد وزير الدفاع الإسرائيلي بالقضاء على قادة الجماعة."}, 0)
    events = [e for e in Pipeline.default().process(raw).events if e.event == "THREATEN"]
    assert events
    assert all(m.sector != "JUD" for e in events for m in e.recipient)
    assert events[0].actor[0].country == "ISR"
