"""REQUEST participants, second round: what is called for named before the verb, the one
asked written as a pronoun, a people or a second action inside what is demanded, plural
verbs that carry their subject, and the content of a noun of demand (sentences written
for these tests)."""
from __future__ import annotations

import pytest
from conftest import coded


@pytest.mark.parametrize("sentence, actors", [
    # "الذي دعت إليه X": the caller after the verb, nobody after it is asked
    (("نفذ العمال الإضراب الذي دعت إليه النقابات الفرنسية وسط خلاف بين الحكومة الفرنسية "
      "والمعارضة."), ["FRA"]),
    ("انطلقت مسيرة في عمان دعا إليها حزب أردني معارض وسط توتر بين الأردن وإسرائيل.", ["JOR"]),
])
def test_called_for_before_the_verb_leaves_no_addressee(sentence, actors):
    assert coded(sentence, "REQUEST") == (actors, [])


def test_called_for_after_relative_keeps_the_sentence_subject():
    # "الحوار الذي طالما دعا إليه": the speaker of the sentence is the caller
    sentence = "أكد الرئيس التونسي أهمية الحوار الذي طالما دعا إليه."
    assert coded(sentence, "REQUEST") == (["TUN"], [])


def test_addressee_after_the_verb_without_resumptive_stays():
    sentence = "دعا الرئيس المصري الحكومة الأردنية إلى زيارة القاهرة."
    assert coded(sentence, "REQUEST") == (["EGY"], ["JOR"])


@pytest.mark.parametrize("sentence, actors", [
    # the pronoun is the one asked: the place visited is what is asked for
    ("دعاهم الرئيس المصري إلى زيارة الأردن.", ["EGY"]),
    # a message resumed with فيها: who stands before the verb is the message's addressee
    ("وجه الوزير القطري رسالة إلى المزارعين دعاهم فيها إلى زيارة الأردن.", []),
    (("ألقت الطائرات الإسرائيلية منشورات على سكان مدينة خان يونس تطالبهم فيها بمغادرة "
      "منازلهم."), []),
])
def test_pronoun_addressee_leaves_recipient_empty(sentence, actors):
    assert coded(sentence, "REQUEST") == (actors, [])


def test_message_verb_without_pronoun_keeps_its_object():
    # no object pronoun on the verb: the participants after it are read as before (the
    # residents and their town are one party, "سكان مدينة خان يونس"; which role the verb
    # after a message noun gives them is the VSO reading's, not this rule's)
    sentence = "ألقت الطائرات الإسرائيلية منشورات تطالب سكان مدينة خان يونس بمغادرة منازلهم."
    actors, recipients = coded(sentence, "REQUEST")
    assert "PSE" in actors + recipients


@pytest.mark.parametrize("sentence, actors", [
    ("دعا وزير الخارجية المصري إلى حماية الشعب الفلسطيني من التهجير.", ["EGY"]),
    ("طالب البرلمان العربي بحماية الفلسطينيين في الضفة الغربية.", ["IGO"]),
    # the genitive of a second verbal noun with its own ل
    ("دعا الاتحاد الأوروبي إلى تحرك دولي عاجل لإنقاذ المدنيين في السودان.", ["EUR"]),
    ("ودعا الرئيس الجزائري إلى الإفراج عن كل الأسرى الفلسطينيين.", ["DZA"]),
])
def test_people_acted_upon_in_the_content_is_no_recipient(sentence, actors):
    assert coded(sentence, "REQUEST") == (actors, [])


@pytest.mark.parametrize("sentence, recipients", [
    # an indefinite demonym describes the demanded action; one after another noun names
    # whose it is: the demand is aimed at that side
    ("طالبت الجامعة العربية بانسحاب إسرائيلي كامل من الأراضي المحتلة.", ["ISR"]),
    ("دعت الخارجية القطرية إلى وقف العدوان الإسرائيلي على لبنان.", ["ISR"]),
    # a government the action is aimed at stays
    ("دعا الاتحاد الأوروبي إلى تحرك دولي عاجل ضد الحكومة السودانية.", ["SDN"]),
])
def test_side_the_demand_is_aimed_at_stays(sentence, recipients):
    assert coded(sentence, "REQUEST")[1] == recipients


@pytest.mark.parametrize("sentence, actors, recipients", [
    # a plural past verb of four letters carries its subject: the state after it is asked
    ("أصدر رؤساء الحكومات الثلاث بيانا مشتركا يوم الأحد دعوا فيه تركيا إلى وقف العمليات.",
     [], ["TUR"]),
])
def test_plural_verb_object_is_the_one_asked(sentence, actors, recipients):
    assert coded(sentence, "REQUEST") == (actors, recipients)


def test_singular_verb_before_its_subject_keeps_it():
    sentence = "دعت تركيا إلى وقف العمليات العسكرية."
    assert coded(sentence, "REQUEST") == (["TUR"], [])


def test_noun_of_demand_content_is_no_recipient():
    sentence = "ندد الاتحاد الأوروبي بالهجوم، إلى جانب المطالبة بالإفراج عن كافة المعتقلين في تونس."
    assert coded(sentence, "REQUEST") == (["EUR"], [])


def test_noun_of_demand_addressee_with_lam_stays():
    sentence = "وجه الرئيس الفرنسي دعوة لإسرائيل لوقف العمليات في لبنان."
    assert "ISR" in coded(sentence, "REQUEST")[1]
