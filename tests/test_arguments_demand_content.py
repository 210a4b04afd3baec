"""REQUEST participants: who is asked stands before what is asked for.  Inside the إلى / ب
complement of a verb of demand (or after a modal of obligation) a place after a preposition,
or anyone after عن, belongs to the demanded action and is never looked for as the recipient;
the addressee is the object, the party after من, or the subject of the modal's clause.  A
modal's demander is the statement's speaker, never a party of its own clause."""
from conftest import coded, events_of

from hadath.events.arguments.demands import _modal_clause_subject, _obligation_modal
from hadath.events.structure import Group
from hadath.records import ActorMention


def _rules(text: str) -> list[str]:
    return [e.rule for e in events_of(text, "REQUEST")]


def test_place_inside_call_is_no_recipient() -> None:
    actors, recipients = coded("ودعا وزير الخارجية المصري إلى وقف القصف على مدينة صور.", "REQUEST")
    assert actors == ["EGY"] and recipients == []


def test_released_people_are_no_recipient() -> None:
    actors, recipients = coded("وطالب الرئيس الفرنسي بالإفراج عن الرهائن الإسرائيليين.", "REQUEST")
    assert actors == ["FRA"] and recipients == []


def test_object_before_complement_is_the_addressee() -> None:
    _, recipients = coded("وطالب رئيس الوزراء العراقي الحكومة اللبنانية بالتحرك لوقف القصف على"
                          " الجنوب.", "REQUEST")
    assert recipients == ["LBN"]


def test_party_after_min_is_the_addressee() -> None:
    actors, recipients = coded("وطلبت قطر من مجلس الأمن التدخل لوقف الهجمات على لبنان.", "REQUEST")
    assert actors == ["QAT"] and recipients == ["UNO"]


def test_modal_subject_is_the_one_asked() -> None:
    actors, recipients = coded('وقال وزير الخارجية الأردني: "يجب أن تتوقف إسرائيل عن هدم'
                               ' المنازل في الضفة".', "REQUEST")
    assert actors == ["JOR"] and recipients == ["ISR"]


def test_modal_content_place_is_no_recipient() -> None:
    actors, recipients = coded("وقال الرئيس التركي إنه لا بد من وقف الحرب على غزة فورا.",
                               "REQUEST")
    assert actors == ["TUR"] and recipients == []


def test_modal_later_clause_party_is_no_recipient() -> None:
    actors, recipients = coded("وقال الرئيس التركي إنه يجب أن تتوقف المعارك فورا وأن تنسحب"
                               " إسرائيل من الجنوب.", "REQUEST")
    assert actors == ["TUR"] and "ISR" not in recipients


def test_modal_subject_before_it_is_asked_not_asking() -> None:
    actors, recipients = coded("وقالت الوزيرة إن إسرائيل يجب أن تنسحب من الأراضي المحتلة.",
                               "REQUEST")
    assert recipients == ["ISR"] and "ISR" not in actors
    assert any("modal+fronted-subject" in r for r in _rules(
        "وقالت الوزيرة إن إسرائيل يجب أن تنسحب من الأراضي المحتلة."))


def test_modal_words_are_recognised() -> None:
    assert _obligation_modal("يجب أن") and _obligation_modal("لا بد من")
    assert not _obligation_modal("دعا")


def _group(text: str, word: str, country: str) -> Group:
    start = text.index(word)
    return Group((ActorMention(start, start + len(word), word, word, country, "GOV",
                               kind="institution"),))


def test_modal_subject_needs_its_own_clause() -> None:
    t_end = len("يجب أن")
    later = "يجب أن يتوقف القصف فورا ويتحرك المجلس"
    assert _modal_clause_subject(later, [_group(later, "المجلس", "LBN")], t_end) == []
    governed = "يجب أن يمثل أمام المجلس"
    assert _modal_clause_subject(governed, [_group(governed, "المجلس", "LBN")], t_end) == []
    own = "يجب أن تنسحب الحكومة"
    subject = [_group(own, "الحكومة", "LBN")]
    assert _modal_clause_subject(own, subject, t_end) == subject
