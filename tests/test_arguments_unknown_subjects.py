"""A subject no lexicon knows right after a verb of speech does not hand its place to the
object after it: a title with a name nobody listed, a noun of kin or counsel with a pronoun,
and a titled name closed by a comma (sentences written for these tests)."""
from __future__ import annotations

import pytest
from conftest import coded

from hadath.events.arguments.word_shapes import (
    definite_title,
    kin_with_pronoun,
    name_like,
)


@pytest.mark.parametrize("sentence, event, recipients", [
    # a definite title, its adjective and an unlisted name, then the one asked
    ("دعت النائبة المستقلة سلمى عوّاد الحكومة الأردنية إلى فتح المعبر.", "REQUEST", ["JOR"]),
    ("اتهم المستشار السابق فادي منصور الحكومة المصرية بتعذيب السجناء.", "ACCUSE", ["EGY"]),
])
def test_unknown_subject_leaves_the_object_its_place(sentence, event, recipients):
    assert coded(sentence, event) == ([], recipients)


@pytest.mark.parametrize("sentence, event, recipients", [
    # a noun of kin with a pronoun (a participant with no country since the twentieth
    # session): no construct, so the body after it is the object
    ("طالبت عائلته الحكومة الأردنية بالعمل على إطلاق سراحه.", "REQUEST", ["JOR"]),
    ("هددت أسرتها الجيش الإسرائيلي بمقاضاته أمام المحاكم.", "THREATEN", ["ISR"]),
    ("اتهم ذووه الشرطة التركية بإخفاء الأدلة.", "ACCUSE", ["TUR"]),
])
def test_kin_with_a_pronoun_leaves_the_object_its_place(sentence, event, recipients):
    assert coded(sentence, event) == ([None], recipients)


def test_lawyer_with_pronoun_is_split_from_the_one_asked():
    # the recogniser joins "محاميه" and the court into one party; the court is asked
    actors, recipients = coded("طالب محاميه المحكمة الإسرائيلية بالإفراج عنه فورا.", "REQUEST")
    assert recipients == ["ISR"] and "ISR" not in actors


def test_titled_name_closed_by_a_comma_keeps_the_object_after_it():
    sentence = "أدان الأمين العام كريم حداد، الهجوم الإسرائيلي على المدرسة."
    assert coded(sentence, "ACCUSE") == ([], ["ISR"])


def test_titled_name_before_a_comma_gives_no_complement_genitive_as_object():
    # after the comma stands what is asked for, not the one asked
    sentence = "طالب المستشار السابق كريم حداد، بإصدار أوامر اعتقال بحق الوزير الإسرائيلي."
    assert coded(sentence, "REQUEST") == ([], [])


@pytest.mark.parametrize("sentence, event, recipients", [
    # "المتحدث الرسمي" ends its phrase: the country after the name is the one accused
    ("اتهم المتحدث الرسمي سامر يوسف إسرائيل بقصف المستشفى.", "ACCUSE", ["ISR"]),
    ("هدد القيادي البارز فادي منصور الحكومة المصرية بالتصعيد.", "THREATEN", ["EGY"]),
])
def test_unlisted_name_after_a_closed_title_is_no_office_body(sentence, event, recipients):
    assert coded(sentence, event)[1] == recipients


@pytest.mark.parametrize("sentence, event, actors, recipients", [
    # the recognised holder after the title stays the subject
    ("دعا الرئيس الفرنسي إيمانويل ماكرون إسرائيل إلى وقف إطلاق النار.", "REQUEST",
     ["FRA"], ["ISR"]),
    # an office whose body follows under باسم stays the subject
    ("دعا المتحدث باسم الجيش الإسرائيلي السكان إلى مغادرة منازلهم.", "REQUEST", ["ISR"], [None]),
])
def test_known_subjects_after_the_verb_stay(sentence, event, actors, recipients):
    assert coded(sentence, event) == (actors, recipients)


def test_person_after_kin_noun_is_the_same_one_named_again():
    # "نائبته فلانة": the name after the noun with a pronoun is in apposition to it
    actors, _ = coded("وأيدت نائبته كامالا هاريس موقفه من الحرب.", "SUPPORT")
    assert actors == ["USA"]


@pytest.mark.parametrize("word, expected", [
    ("عائلته", True), ("أسرتها", True), ("ذويهم", True), ("محاميه", True),
    ("عائلة", False), ("بيانه", False), ("فيها", False),
])
def test_kin_with_pronoun(word, expected):
    assert kin_with_pronoun(word) is expected


@pytest.mark.parametrize("word, expected", [
    ("المتحدث", True), ("النائبة", True), ("متحدث", False), ("الحكومة", False),
])
def test_definite_title(word, expected):
    assert definite_title(word) is expected


@pytest.mark.parametrize("word, expected", [
    ("سامي", True), ("منصور", True), ("باسم", False), ("لشؤون", False), ("نظيره", False),
    ("الجيش", False), ("أمس", False),
])
def test_name_like(word, expected):
    assert name_like(word) is expected
