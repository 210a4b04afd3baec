"""Forces and the places they act in (twelfth session): soldiers and police joined to a
place by a linker take the state whose forces the document names, not the place's; a
genitive, a demonym and an office seated in its state keep theirs."""
from conftest import event_on

import hadath
from hadath.kb import load_kb
from hadath.pipeline import record_to_raw
from hadath.recognize.actors import ActorResolver
from hadath.text import TextLayer


def _countries(text: str, surface: str) -> list[str | None]:
    mentions = ActorResolver(load_kb()).find(TextLayer(text))
    return [m.country for m in mentions if m.text == surface]


def _recipients(text: str) -> list[tuple[str, str | None]]:
    result = hadath.default_pipeline().process(record_to_raw({"id": "t", "text": text}),
                                               published="2024-05-02")
    return [(m.text, m.country) for e in result.events if e.event == "ASSAULT" for m in e.recipient]


def test_police_in_a_town_take_the_state_whose_police_the_report_names() -> None:
    text = ("قالت الشرطة الإسرائيلية إن مسلحين فتحوا النار. "
            "وأصيب اثنان من الشرطة في مدينة نابلس بجروح طفيفة.")
    assert _countries(text, "الشرطة في مدينة نابلس") == ["ISR"]


def test_soldiers_in_a_camp_take_the_army_of_the_report() -> None:
    text = "أقر جيش الاحتلال بإصابة ضابط في مخيم النصيرات خلال المعارك."
    assert _countries(text, "ضابط في مخيم النصيرات") == ["ISR"]


def test_a_soldier_with_bi_before_the_place_is_located_too() -> None:
    text = "قال الجيش الإسرائيلي إن جنديا برفح قتل أمس."
    assert _countries(text, "جنديا برفح") == ["ISR"]


def test_with_no_other_force_named_the_place_still_gives_the_country() -> None:
    text = "انتشر الجنود في مدينة الخرطوم بعد المعارك."
    assert _countries(text, "الجنود في مدينة الخرطوم") == ["SDN"]


def test_forces_of_two_states_named_leave_the_place_country() -> None:
    text = ("تبادل الجيش اللبناني والجيش الإسرائيلي إطلاق النار. "
            "وأصيب جندي في جنوب لبنان.")
    assert _countries(text, "جندي في جنوب لبنان") == ["LBN"]


def test_a_genitive_place_is_whose_the_force_is() -> None:
    text = "قالت الشرطة الإسرائيلية إن شرطة القاهرة اعتقلت رجلا."
    assert _countries(text, "شرطة القاهرة") == ["EGY"]


def test_an_office_seated_in_its_state_keeps_the_place_country() -> None:
    text = "قالت شرطة الاحتلال إن وزارة الداخلية في غزة نشرت عناصرها."
    assert _countries(text, "وزارة الداخلية في غزة") == ["PSE"]


def test_soldiers_hit_by_the_place_fighters_are_not_given_the_place_country() -> None:
    text = "أعلنت كتائب القسام أنها استهدفت جنودا في مخيم البريج بقذيفة."
    recipients = _recipients(text)
    assert ("جنودا في مخيم البريج", "PSE") not in recipients
    assert any(surface.startswith("جنودا") for surface, _ in recipients)


def test_those_who_withdraw_named_after_the_verb_are_not_the_police_before_it():
    text = "حاصرت الشرطة الإسرائيلية الحي بعد الهجوم، فيما انسحب منفذو الهجوم من المكان."
    assert event_on(text, "RETREAT", "انسحب").actor == []
    text = "أغلقت الشرطة الإسرائيلية الطريق ثم انسحبت من الموقع."
    assert [a.country for a in event_on(text, "RETREAT", "انسحبت").actor] == ["ISR"]
