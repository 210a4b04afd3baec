"""A short report's setting (twentieth session): people named bare in a report of a few
sentences whose places all lie in one country, a town or region among them, are that
country's; analysts and students, a second country named whole, or a longer report leave
them without one."""
import hadath
from hadath.events.party_places import short_report_setting
from hadath.pipeline import record_to_raw


def _parties(text: str) -> list[tuple[str, str, str | None]]:
    result = hadath.default_pipeline().process(record_to_raw({"id": "t", "text": text}),
                                               published="2024-05-02")
    return [(e.event, m.text, m.country) for e in result.events for m in e.actor + e.recipient]


def _setting(text: str) -> str | None:
    pipeline = hadath.default_pipeline()
    document = pipeline.cleaner.try_clean(record_to_raw({"id": "t", "text": text}))
    analysis = pipeline.analyze(document)
    return short_report_setting(analysis.layer, analysis.places)


def test_doctors_of_a_lede_set_in_one_town_take_its_country() -> None:
    text = "قصفت طائرات حربية منزلا في بلدة بيت لاهيا. واتهم الأطباء الجيش بقصف محيط المستشفى."
    assert ("ACCUSE", "الأطباء", "PSE") in _parties(text)


def test_journalists_of_a_lede_set_in_a_lebanese_town_are_lebanese() -> None:
    text = "أغارت طائرات حربية على حي في مدينة صور. وطالب الصحفيون بحماية طواقمهم."
    assert ("REQUEST", "الصحفيون", "LBN") in _parties(text)


def test_analysts_speak_about_the_place_and_take_no_country_from_it() -> None:
    text = "قال محللون إن القصف على خان يونس لن يحقق أهدافه. واتهم المحللون الحكومة بإطالة الحرب."
    assert ("ACCUSE", "المحللون", None) in _parties(text)


def test_a_second_country_named_whole_leaves_the_people_without_one() -> None:
    text = "نظم ناشطون في فرنسا وقفة لأجل سكان رفح. واتهم الناشطون الحكومة بالصمت."
    assert _setting(text) is None
    assert ("ACCUSE", "الناشطون", None) in _parties(text)


def test_countries_named_whole_only_set_no_report() -> None:
    text = "قصفت إسرائيل لبنان. واتهم الأطباء الجيش بقصف محيط المستشفى."
    assert _setting(text) is None
    assert ("ACCUSE", "الأطباء", None) in _parties(text)


def test_a_longer_report_with_one_town_is_not_set_there() -> None:
    text = ("قصفت طائرات حربية منزلا في بلدة بيت لاهيا. وأصيب طفل بجروح. وتضررت مدرسة قريبة. "
            "وهرعت سيارات الإسعاف إلى المكان. واتهم الأطباء الجيش بقصف محيط المستشفى.")
    assert _setting(text) is None
    assert ("ACCUSE", "الأطباء", None) in _parties(text)


def test_state_bodies_are_not_given_the_setting() -> None:
    text = "قال محللون إن القصف على خان يونس لن يحقق أهدافه. واتهم المحللون الحكومة بإطالة الحرب."
    assert _setting(text) == "PSE"
    assert ("ACCUSE", "الحكومة", None) in _parties(text)


def test_a_place_people_stand_with_sets_no_report() -> None:
    text = "خرج مئات في مدن عدة بمسيرات داعمة لسكان خان يونس. واتهم الناشطون الحكومة بالتقصير."
    assert _setting(text) is None
    assert ("ACCUSE", "الناشطون", None) in _parties(text)


def test_a_place_named_as_the_cause_leaves_the_others_to_set_the_report() -> None:
    text = ("قصفت طائرات حربية منزلا في بلدة بيت لاهيا. وأطلق متطوعون حملة تضامنا مع بيت لاهيا، "
            "واتهم الأطباء الجيش بقصف محيط المستشفى.")
    assert _setting(text) == "PSE"
