"""Party countries (twelfth session): people in a capital named by its demonym; a person named
by role who speaks for or belongs to the named body after them; descriptive adjectives
between a role noun and its demonym."""
from hadath.kb import load_kb
from hadath.recognize.actors import ActorResolver
from hadath.text import TextLayer


def _mentions(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in ActorResolver(load_kb()).find(TextLayer(text))]


def test_people_in_a_capital_named_by_its_demonym_are_its_people() -> None:
    text = "هتف طلاب في العاصمة الإيطالية ضد صفقات السلاح."
    assert ("طلاب في العاصمة الإيطالية", "ITA") in _mentions(text)


def test_the_capitals_own_name_after_the_demonym_joins_the_phrase() -> None:
    text = "سار متظاهرون في العاصمة الإسبانية مدريد نحو مقر الحكومة."
    mentions = _mentions(text)
    assert ("متظاهرون في العاصمة الإسبانية مدريد", "ESP") in mentions
    assert not any(t == "مدريد" for t, _ in mentions)


def test_soldiers_in_a_capital_are_not_its_people() -> None:
    text = "انتشر جنود في العاصمة العراقية بعد الانفجار."
    assert not any(t.startswith("جنود في العاصمة") for t, _ in _mentions(text))


def test_a_spokesperson_takes_the_country_of_the_body_they_speak_for() -> None:
    text = "أكد المتحدث باسم وزارة الدفاع التركية أن القوات في حالة تأهب."
    assert _mentions(text)[0][1] == "TUR"
    assert _mentions(text)[0][0].startswith("المتحدث باسم وزارة الدفاع")


def test_a_member_named_in_a_body_takes_its_country() -> None:
    text = "اعتقلت الشرطة ضابطا في الجيش الأردني قرب الحدود."
    assert ("ضابطا في الجيش الأردني", "JOR") in _mentions(text)


def test_a_title_beside_a_known_persons_name_is_left_to_the_name() -> None:
    text = "قال الناطق باسم حكومة الاحتلال بنيامين نتنياهو إن الحرب مستمرة."
    assert not any(t.startswith("الناطق باسم") for t, _ in _mentions(text))


def test_a_university_after_in_is_where_people_are() -> None:
    text = "اعتصم الطلاب في جامعة هارفارد ثلاثة أيام."
    mentions = _mentions(text)
    assert ("جامعة هارفارد", "USA") in mentions
    assert not any(t.startswith("الطلاب في جامعة") for t, _ in mentions)


def test_a_body_a_person_is_held_by_gives_no_country() -> None:
    text = "طالبت عائلة محتجز لدى حركة حماس بالإفراج عنه."
    assert not any(t.startswith("محتجز لدى") for t, _ in _mentions(text))


def test_a_descriptive_adjective_may_stand_before_the_demonym() -> None:
    text = "توقع الخبير الاقتصادي الفرنسي تباطؤ النمو."
    assert any(t.endswith("الاقتصادي الفرنسي") and c == "FRA" for t, c in _mentions(text))
