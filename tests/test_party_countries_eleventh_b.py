"""Party countries, second round (eleventh session): people named in the construct state
before an area of a place; people named bare in a report clearly about one state; special
forces as armed bodies; a broken-plural demonym."""
import hadath
from hadath.kb import load_kb
from hadath.pipeline import record_to_raw
from hadath.recognize.actors import ActorResolver
from hadath.text import TextLayer


def _countries(text: str, surface: str) -> list[str | None]:
    mentions = ActorResolver(load_kb()).find(TextLayer(text))
    return [m.country for m in mentions if m.text == surface]


def _parties(text: str) -> list[tuple[str, str, str | None]]:
    result = hadath.default_pipeline().process(record_to_raw({"id": "t", "text": text}),
                                               published="2024-05-02")
    return [(e.event, m.text, m.country) for e in result.events for m in e.actor + e.recipient]


def test_people_before_an_area_of_a_place_are_its_people() -> None:
    text = "ناشد سكان شمال قطاع غزة المنظمات الدولية إرسال الغذاء."
    assert _countries(text, "سكان شمال قطاع غزة") == ["PSE"]


def test_people_before_a_town_head_noun_are_its_people() -> None:
    assert _countries("اشتكى أهالي مخيم جباليا من نقص المياه.", "أهالي مخيم جباليا") == ["PSE"]


def test_a_definite_noun_before_an_area_is_no_construct() -> None:
    assert _countries("اشتكى السكان شمال غزة من البرد.", "السكان") == [None]


def test_soldiers_in_an_area_are_not_its_people() -> None:
    text = "هاجم مقاتلون جنودا وسط قطاع غزة."
    assert not any(m.text.startswith("جنودا وسط") for m in ActorResolver(load_kb()).find(TextLayer(text)))


def test_bare_protesters_take_the_state_a_report_is_clearly_about() -> None:
    text = ("انتقد وزير المالية الإسرائيلي سياسة الحكومة الإسرائيلية. وقال زعيم المعارضة الإسرائيلية "
            "إن الحكومة الإسرائيلية فشلت، فيما هاجم الوزير الإسرائيلي رئيس الكنيست الإسرائيلي. "
            "وطالب المتظاهرون بإجراء انتخابات مبكرة.")
    assert ("REQUEST", "المتظاهرون", "ISR") in _parties(text)


def test_bare_people_stay_without_country_when_no_state_dominates() -> None:
    text = "وطالب المتظاهرون بإجراء انتخابات مبكرة."
    assert ("REQUEST", "المتظاهرون", None) in _parties(text)


def test_a_special_force_is_the_armed_body_the_document_names() -> None:
    text = "قال الجيش الإسرائيلي إن جنوده أصابوا مسلحا. واعتقلت قوة خاصة شابين من منزلهما ليلا."
    assert _countries(text, "قوة خاصة") == ["ISR"]


def test_special_force_with_a_demonym_is_that_state_s() -> None:
    assert _countries("داهمت قوة خاصة أردنية مخبأ المهربين.", "قوة خاصة أردنية") == ["JOR"]


def test_broken_plural_demonym_of_spain() -> None:
    assert _countries("اعتصم الطلاب الإسبان أمام مبنى الجامعة.", "الطلاب الإسبان") == ["ESP"]


def test_mediators_do_not_take_the_report_s_country() -> None:
    text = ("قصفت المدفعية الإسرائيلية حي الشجاعية في غزة. وفي خان يونس أصيب ثلاثة شبان. "
            "وقالت حركة حماس في غزة إنها سلمت ردها إلى الوسطاء، ورفضت الحركة شروط الوسطاء الجديدة.")
    parties = [(text_, country) for _, text_, country in _parties(text)]
    assert ("الوسطاء", "PSE") not in parties


def test_outsider_flag_is_validated() -> None:
    from hadath.kb import _record_problems
    rec = {"id": "agent-x", "name": "x", "ar": ["س"], "sector": "GOV", "country": "EGY",
           "outsider": True, "source": "test"}
    assert any("outsider" in p for p in _record_problems("agents", 0, rec))
