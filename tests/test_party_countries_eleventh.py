"""Party countries (eleventh session): bare armed bodies take the country of the document's
other bodies of their sector; well-known universities; family names spelled like towns."""
from hadath.kb import KnowledgeBase, load_kb, validate_kb
from hadath.recognize.actors import ActorResolver
from hadath.recognize.places import PlaceFinder
from hadath.text import TextLayer


def _countries(text: str, surface: str) -> list[str | None]:
    mentions = ActorResolver(load_kb()).find(TextLayer(text))
    return [m.country for m in mentions if m.text == surface]


def test_bare_soldiers_take_the_one_army_the_document_names() -> None:
    text = "توغلت قوات الاحتلال الإسرائيلي في أطراف المخيم فجرا. وأطلق الجنود النار على شاب قرب المدرسة."
    assert _countries(text, "الجنود") == ["ISR"]


def test_bare_resistance_takes_the_named_armed_group_country() -> None:
    text = "أعلنت كتائب القسام وسرايا القدس قصف موقع عسكري. وقالت المقاومة إنها أصابت هدفها."
    assert _countries(text, "المقاومة") == ["PSE"]


def test_one_armed_group_named_as_a_supporter_is_too_little() -> None:
    text = "أكد الحوثيون في بيان أنهم سيواصلون دعم المقاومة حتى وقف الحرب."
    assert _countries(text, "المقاومة") == [None]


def test_two_armies_leave_the_bare_army_without_country() -> None:
    text = "تبادل الجيش اللبناني إطلاق النار مع الجيش الإسرائيلي. وقال الجيش إن أحد عناصره أصيب."
    assert _countries(text, "الجيش") == [None]


def test_drones_are_left_to_their_own_sentence() -> None:
    text = "قصفت قوات الاحتلال الإسرائيلي أطراف البلدة. وقال حزب الله إن المسيرات أصابت ثكنة."
    assert _countries(text, "المسيرات") == [None]


def test_columbia_university_is_american() -> None:
    text = "تظاهر الطلاب في جامعة كولومبيا احتجاجا على الحرب."
    assert _countries(text, "جامعة كولومبيا") == ["USA"]


def test_family_name_spelled_like_a_town_is_no_place() -> None:
    layer = TextLayer("دمرت الغارة منزلا لعائلة قرمان في المخيم.")
    assert [p.text for p in PlaceFinder.default().find(layer)] == []


def test_force_country_exemptions_are_validated() -> None:
    record = {"id": "x", "name": "x", "ar": ["الجيش"], "sector": "MIL", "source": "test",
              "force_country_exempt": ["المسيرات"]}
    problems = validate_kb(KnowledgeBase((), raw={"institutions.json": [record]}))
    assert any("force_country_exempt forms not in ar" in p for p in problems)
    assert any("without force_country" in p for p in problems)
