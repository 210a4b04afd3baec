"""A raid, arrest, siege or closure no reading gives an agent: the army, police or security
service named before it in its sentence carries it out, unless the trigger names its own
agent ("من قبل ...") or, for a seizure or displacement, an armed body of the other side
stands before it.  Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of


def _countries(members) -> list:
    return [m.country for m in members]


def _coerce_on(text: str, trigger: str):
    """The COERCE event whose trigger starts with ``trigger``."""
    events = events_of(text, "COERCE")
    return next(e for e in events if e.trigger.text.startswith(trigger))


def test_force_of_an_earlier_clause_carries_out_arrests_that_went_with_a_raid():
    e = _coerce_on("توغلت وحدات الجيش الإسرائيلي في بلدة قباطية مساء أمس، وتخللت العملية "
                   "مداهمات واعتقالات.", "اعتقالات")
    assert _countries(e.actor) == ["ISR"]


def test_force_that_released_a_man_arrested_him():
    e = _coerce_on("أطلقت الشرطة الإسرائيلية سراح المزارع بعد يومين من اعتقاله قرب بيت أمر.",
                   "اعتقال")
    assert _countries(e.actor) == ["ISR"]


def test_resisting_fighters_do_not_stop_the_force_being_the_raider():
    e = _coerce_on("تصدى مقاومون لقوات الاحتلال في مخيم الفارعة، بينما شهدت قرى أخرى "
                   "اعتقالات.", "اعتقالات")
    assert _countries(e.actor) == ["ISR"]


def test_agent_phrase_after_the_trigger_keeps_the_force_out():
    events = events_of("فرّ ضابط في الجيش الإسرائيلي من اليونان خوفا من اعتقاله من قبل "
                       "السلطات هناك.", "COERCE")
    assert all("ISR" not in _countries(e.actor) for e in events)


def test_seizure_after_armed_group_of_other_side_gets_no_force_agent():
    events = events_of("واصلت الفصائل الفلسطينية عملياتها ضد الجيش الإسرائيلي، ومن أبرزها "
                       "الاستيلاء على آلية عسكرية.", "COERCE")
    assert all("ISR" not in _countries(e.actor) for e in events)


def test_young_man_after_a_joined_arrest_verb_is_taken_not_the_arrester():
    e = _coerce_on("اقتحمت قوات الاحتلال مستشفى في طوباس واعتقلت شابا جريحا.", "اعتقلت")
    assert _countries(e.actor) == ["ISR"]
    assert [m.text for m in e.recipient] == ["شابا"]


def test_people_held_are_no_arrester():
    # bodies held (جثامين ... احتجزتها) are no arrest at all since the nineteenth session
    e = _coerce_on("أفرجت قوات الاحتلال عن عشرين أسيرا احتجزتهم خلال الحرب.", "احتجز")
    assert _countries(e.actor) == ["ISR"]
    assert all(m.text != "قوات الاحتلال" for m in e.recipient)
