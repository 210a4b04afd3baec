"""Thirteenth session: the parties of a demand (own sentences).

- After a verb of demand, a participant the recogniser joined to the subject because the two
  stand side by side ("دعا فلان الإسرائيليين"، "طالب الجيش السكان"، "طالب فلان نظيره
  فلانا") is cut off and read as the one asked (`verbs._with_addressee_split_off`).
- A separate object pronoun after a participle of demand or accusation ("داعيا إياه"،
  "متهما إياها") names the one asked or accused: the nearest agreeing participant before it,
  never the participle's subject (`statements._separate_pronoun_antecedent`).
- A share or a nominative plural of people with the partitive من right after a verb of
  speech ("حث مسؤولون من الأمم المتحدة"، "طالب مجموعة من الأطباء") opens the subject, not
  a counted object (`verbs._partitive_of_speakers`).
"""
from __future__ import annotations

import pytest
from conftest import events_of


def _countries(mentions) -> set:
    return {m.country for m in mentions}


def _texts(mentions) -> list[str]:
    return [m.text for m in mentions]


def _request(text: str):
    [event] = [e for e in events_of(text, "REQUEST") if e.trigger.text != "استقالة"]
    return event


@pytest.mark.parametrize("text, asked", [
    ("دعا إيهود باراك الإسرائيليين إلى التظاهر أمام الكنيست.", "الإسرائيليين"),
    ("طالب جيش الاحتلال السكان بالتوجه إلى الجنوب فورا.", "السكان"),
    ("طالبت حركة حماس السلطة الفلسطينية بوقف ملاحقة المقاومين.", "السلطة الفلسطينية"),
    ("وطالب غانتس نتنياهو بالاستقالة من منصبه.", "نتنياهو"),
    ("طالب زعيم حزب المعارضة بيني غانتس الحكومة الإسرائيلية بإعادة الجنود.",
     "الحكومة الإسرائيلية"),
])
def test_addressee_joined_to_subject_is_cut_off(text: str, asked: str) -> None:
    event = _request(text)
    assert asked in _texts(event.recipient)
    assert asked not in " ".join(_texts(event.actor))
    assert event.actor


def test_second_titled_name_is_the_one_asked() -> None:
    text = ("دعا رئيس حزب العمل بيني غانتس رئيس الوزراء الإسرائيلي بنيامين نتنياهو اليوم"
            " إلى تشكيل لجنة تحقيق في صفقة الأسرى.")
    event = _request(text)
    assert any("نتنياهو" in t for t in _texts(event.recipient))
    assert "الأسرى" not in _texts(event.recipient)
    assert any("غانتس" in t for t in _texts(event.actor))


@pytest.mark.parametrize("text", [
    "دعت حركة المقاومة الإسلامية حماس إلى التظاهر في المدن.",     # the name after its body
    "دعا نتنياهو رئيس الوزراء الإسرائيلي إلى الصبر.",              # his title after the name
    "دعا الرئيس الفلسطيني محمود عباس إلى عقد اجتماع عاجل.",        # the name after the title
])
def test_one_party_in_apposition_stays_whole(text: str) -> None:
    event = _request(text)
    assert event.actor
    assert not event.recipient


def test_singular_demonym_stays_the_adjective_of_the_subject() -> None:
    text = "دعت لجنة المالية في الكنيست الإسرائيلي وزير المالية بتسلئيل سموتريتش إلى تقديم الموازنة."
    event = _request(text)
    assert not any("الإسرائيلي" == t for t in _texts(event.recipient))
    assert any("سموتريتش" in t for t in _texts(event.recipient))


@pytest.mark.parametrize("text, event_type, asked, subject", [
    ("وقال إن نتنياهو يماطل في المفاوضات منذ أشهر، داعياً إياه إلى الاستقالة.",
     "REQUEST", "ISR", None),
    ("قال الرئيس الأميركي جو بايدن إن نتنياهو لا يبذل جهدا كافيا، داعيا إياه إلى قبول"
     " الصفقة.", "REQUEST", "ISR", "USA"),
    ("قال وزير الخارجية المصري إن إسرائيل تعرقل الهدنة، متهما إياها بتجويع السكان.",
     "ACCUSE", "ISR", "EGY"),
])
def test_separate_pronoun_names_the_one_asked(text: str, event_type: str, asked: str,
                                              subject: str | None) -> None:
    [event] = [e for e in events_of(text, event_type) if e.trigger.text.endswith(("اً", "ا"))]
    assert _countries(event.recipient) == {asked}
    assert "separate-pronoun" in event.rule
    if subject is None:
        assert asked not in _countries(event.actor)
    else:
        assert _countries(event.actor) == {subject}


def test_participle_without_separate_pronoun_keeps_its_reading() -> None:
    text = "وانتقد وزير الخارجية الإيراني الحكومة البريطانية، داعياً إلى وقف تصدير السلاح."
    [event] = [e for e in events_of(text, "REQUEST")]
    assert "separate-pronoun" not in event.rule
    assert _countries(event.actor) == {"IRN"}


@pytest.mark.parametrize("text, speaker, asked", [
    ("حث مسؤولون من الأمم المتحدة إسرائيل على فتح المعابر.", "UNO", "ISR"),
    ("طالب مجموعة من الأطباء البريطانيين الحكومة الأردنية بفتح المستشفيات.", "GBR", "JOR"),
])
def test_partitive_after_speech_verb_opens_the_subject(text: str, speaker: str,
                                                       asked: str) -> None:
    event = _request(text)
    assert speaker in _countries(event.actor)
    assert _countries(event.recipient) == {asked}
    assert "partitive-subject" in event.rule


def test_counted_object_of_an_arrest_is_no_subject() -> None:
    text = "اعتقلت الشرطة الإسرائيلية عددا من الشبان في القدس."
    for event in events_of(text, "COERCE"):
        assert "partitive-subject" not in event.rule
        assert not any("الشبان" in t for t in _texts(event.actor))
