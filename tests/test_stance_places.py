"""A place in the ل or مع phrase of a stance word ("طلبة مناهضين للحرب على X"، "ناشطة معروفة
بتأييدها لـX") describes a participant: it is neither where the event happened, nor its
target, nor the country of a force named without one (protest_places.stance_place)."""
import hadath
from hadath.events.protest_places import _stance_word, stance_place
from hadath.pipeline import record_to_raw
from hadath.records import Event, Sentence, Span

PIPE = hadath.default_pipeline()


def _events(text: str, event: str) -> list:
    found = PIPE.process(record_to_raw({"id": "t", "text": text}), published="2024-05-05").events
    return [e for e in found if e.event == event]


def _place(event) -> str | None:
    return event.location.text if event.location is not None else None


def test_stance_words_read_through_clitics_and_possessives() -> None:
    for word in ("المناهضين", "ومؤيدة", "بتأييدها", "مساندتهم", "للتضامن", "المتضامنة", "مناصراً"):
        assert _stance_word(word), word
    for word in ("دعماً", "السريع", "مدينة", "الطلاب"):
        assert not _stance_word(word), word


def test_place_after_stance_participle_is_not_the_arrest_location() -> None:
    events = _events("بعد اعتقال الشرطة طالبين متضامنين مع غزة، ساد الهدوء الحرم الجامعي.", "COERCE")
    assert events
    assert _place(events[0]) is None
    assert [(a.text, a.country) for a in events[0].actor] == [("الشرطة", None)]


def test_place_of_the_war_opposed_is_not_the_location() -> None:
    events = _events("اعتقلت الشرطة في مدينة شيكاغو عشرات الطلاب المناهضين للحرب على لبنان.", "COERCE")
    assert events
    assert _place(events[0]) == "شيكاغو"
    assert all(r.country != "LBN" for r in events[0].recipient + events[0].actor)


def test_place_after_possessed_stance_noun_is_no_raid_target() -> None:
    events = _events("داهمت الشرطة منزل الصحفية المعروفة بدعمها لأوكرانيا.", "COERCE")
    assert events
    assert _place(events[0]) is None
    assert all(r.country != "UKR" for r in events[0].recipient)


def test_venue_after_fused_ba_stays_the_location() -> None:
    events = _events("اعتقلت الشرطة طلابا شاركوا في مظاهرة مؤيدة لفلسطين بمدينة ليون.", "COERCE")
    assert events
    assert _place(events[0]) == "ليون"
    assert events[0].actor[0].country == "FRA"


def test_place_outside_any_stance_phrase_is_kept() -> None:
    events = _events("قصفت الطائرات مواقع في غزة أمس.", "ASSAULT")
    assert events
    assert _place(events[0]) == "غزة"


def _event_on(text: str, trigger: str) -> Event:
    start = text.index(trigger)
    return Event("t", 0, "ASSAULT", None, Span(trigger, start, start + len(trigger)),
                 Sentence(0, 0, len(text)))


def test_place_of_the_events_own_trigger_after_a_stance_word_is_kept() -> None:
    # the attack noun stands between the stance word and the place: the place is its own
    text = "واصلت الدول الداعمة للعدوان على بلدة الخيام إرسال الأسلحة."
    place = text.index("الخيام")
    assert not stance_place(place, text, _event_on(text, "عدوان"))
    assert stance_place(place, text, _event_on(text, "إرسال"))


def test_place_introduced_by_fi_after_the_stance_phrase_is_a_venue() -> None:
    text = "اعتقلت الشرطة طلابا مؤيدين لأوكرانيا في مدينة ليون."
    event = _event_on(text, "اعتقلت")
    assert stance_place(text.index("أوكرانيا"), text, event)
    assert not stance_place(text.index("ليون"), text, event)


def test_place_across_a_comma_from_the_stance_word_is_not_in_its_phrase() -> None:
    text = "اعتقلت الشرطة طلابا مؤيدين، لبنان شهد احتجاجات."
    assert not stance_place(text.index("لبنان"), text, _event_on(text, "اعتقلت"))
