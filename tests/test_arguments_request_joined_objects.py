"""REQUEST participants, third round: the one asked right after a joined verb of demand
whose subject is not written, and the author of a document described by an adjective or a
drafting verb (sentences written for these tests)."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize("sentence, trigger, actors, recipients", [
    # a definite noun of people after a verb agreeing with the earlier subject, then إلى
    ("توغلت قوات الاحتلال في شمال المدينة، كما دعت السكان إلى مغادرة منازلهم.", "دعت",
     ["قوات الاحتلال"], ["السكان"]),
    ("اقتحم الجيش الإسرائيلي البلدة وطالب الأهالي بإخلاء بيوتهم فورا.", "طالب",
     ["الجيش الإسرائيلي"], ["الأهالي"]),
    # a feminine noun right after a masculine verb cannot be its subject
    ("حذر مجلس الأمن من تقليص المساعدات ودعا إسرائيل إلى احترام التزاماتها.", "دعا",
     ["مجلس الأمن"], ["إسرائيل"]),
])
def test_object_after_joined_verb_is_the_one_asked(sentence, trigger, actors, recipients):
    e = event_on(sentence, "REQUEST", trigger)
    assert texts_of(e.actor) == actors
    assert texts_of(e.recipient) == recipients


@pytest.mark.parametrize("sentence, trigger, actor", [
    # near misses: a subject of its own written after the joined verb
    ("اقتحم الجيش الإسرائيلي البلدة ودعت الحكومة السكان إلى الصمود.", "دعت", "الحكومة"),
    ("وصل الوزير القطري إلى عمّان، ودعت الحكومة الأردنية إلى وقف القتال.", "دعت",
     "الحكومة الأردنية"),
    # the verb opens its sentence: the noun after it is read as its subject
    ("دعت الحكومة المصرية إلى وقف القتال.", "دعت", "الحكومة المصرية"),
])
def test_written_subject_after_joined_verb_stays_the_caller(sentence, trigger, actor):
    e = event_on(sentence, "REQUEST", trigger)
    assert texts_of(e.actor) == [actor]
    assert actor not in texts_of(e.recipient)


def test_people_noun_without_agreeing_subject_before_is_not_moved():
    # the clause before has a feminine subject, the joined verb is masculine: no antecedent
    sentence = "أعلنت الحكومة المصرية الحداد، وطالب المواطنين بالهدوء."
    e = event_on(sentence, "REQUEST", "طالب")
    assert "people-object" not in e.rule
    assert "الحكومة المصرية" not in texts_of(e.actor)


@pytest.mark.parametrize("sentence, actors, recipients", [
    # a drafting verb with a pronoun after the document noun names its author
    ("عرضت البعثة مشروع قرار أعدته الحكومة المصرية يطالب إسرائيل بالانسحاب من المعبر.",
     ["الحكومة المصرية"], ["إسرائيل"]),
    # an adjective between the document noun and the verb
    ("أصدر مجلس الأمن قرارا جديدا يطالب إسرائيل بوقف العمليات.", ["مجلس الأمن"], ["إسرائيل"]),
    ("وجهت الحكومة الأردنية رسالة حازمة تدعو إسرائيل إلى وقف العمليات.",
     ["الحكومة الأردنية"], ["إسرائيل"]),
])
def test_document_described_before_its_verb(sentence, actors, recipients):
    e = event_on(sentence, "REQUEST", "ي" if "يطالب" in sentence else "تدعو")
    assert texts_of(e.actor) == actors
    assert texts_of(e.recipient) == recipients


def test_plain_noun_before_present_verb_is_no_document():
    # "شابا" is no document noun: the document reading is not made
    sentence = "رأى الصحفي شابا يطالب الحكومة الأردنية بالإفراج عن أخيه."
    e = event_on(sentence, "REQUEST", "يطالب")
    assert "document" not in e.rule
    assert texts_of(e.actor) == ["الحكومة الأردنية"]
