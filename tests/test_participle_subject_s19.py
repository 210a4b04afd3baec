"""Whom a circumstantial participle of a statement shares as subject, nineteenth session:
with no speaker found, the sentence's first participant stands for the main clause's
subject only when it may be a verb's subject.  A genitive or a participant after a
preposition is nobody who speaks, so the participle is left without an actor; a participant
counted by a noun of quantity ("آلاف الطلاب"، "العديد من الناشطين") still heads the clause.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize("text, event, trigger, not_actor", [
    # the genitive of a verbal noun inside a reported clause
    ("قال إن القانون الدولي يفرض حماية المدنيين في كل الظروف، داعيا إلى وقف فوري للقتال.",
     "REQUEST", "داعيا", "المدنيين"),
    # the genitive of the subject noun: the picture does not call, the people who saw it do
    ("أثارت صورة الطفلة الجريحة غضبا واسعا، مطالبين بمحاسبة المسؤولين.",
     "REQUEST", "مطالبين", "طفلة"),
    # a participant after a preposition of place
    ("ساد الغضب في البرلمان العراقي، مطالبين الحكومة بطرد السفير.",
     "REQUEST", "مطالبين", "البرلمان العراقي"),
])
def test_a_genitive_or_adjunct_is_no_speaker(text, event, trigger, not_actor):
    e = event_on(text, event, trigger)
    assert not any(not_actor in t for t in texts_of(e.actor))


@pytest.mark.parametrize("text, event, trigger, actor", [
    # counted by a definite noun of quantity and من
    ("تجمع العديد من الناشطين أمام السفارة الأمريكية في عمان، مطالبين بطرد السفير.",
     "REQUEST", "مطالبين", "الناشطين"),
    # the subject written after the verb: unchanged
    ("أكد وزير الخارجية القطري أن المفاوضات مستمرة، داعيا إسرائيل إلى وقف الهجمات.",
     "REQUEST", "داعيا", "وزير الخارجية القطري"),
    ("ندد الرئيس التركي رجب طيب أردوغان بالقصف، متهما إسرائيل بارتكاب جرائم حرب.",
     "ACCUSE", "متهما", "رجب طيب أردوغان"),
])
def test_the_main_clause_subject_stays(text, event, trigger, actor):
    e = event_on(text, event, trigger)
    assert actor in texts_of(e.actor)


def test_the_one_asked_is_kept_when_no_one_asks():
    e = event_on("أثارت صورة الطفلة الجريحة غضبا واسعا، مطالبين الحكومة بمحاسبة المسؤولين.",
                 "REQUEST", "مطالبين")
    assert "الحكومة" in texts_of(e.recipient)
    assert "الحكومة" not in texts_of(e.actor)


def test_a_pronoun_subject_may_refer_back_over_a_preposition():
    # "لكنها": the pronoun's antecedent stands after من, and is still who does not support
    e = event_on("أفاد أحد المساعدين المقربين من المرشحة الرئاسية بأنها ستواصل العمل لكنها "
                 "لا تدعم فرض عقوبات على الشركات.", "REJECT", "لا تدعم")
    assert "المرشحة" in texts_of(e.actor)
