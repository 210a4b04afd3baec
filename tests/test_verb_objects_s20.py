"""A verb's object never becomes its actor (twentieth session): the genitive or adjective of
an act noun the verb takes as object, a participant inside the complement after an unnamed
subject, a counterpart joined to the subject, and a welcomed party after a comma aside.
Sentences written for these tests."""
import pytest
from conftest import countries_of, event_on, texts_of


@pytest.mark.parametrize("text, event, trigger, genitive, recipient", [
    # an indefinite act noun right after the verb: its genitive is no subject
    ("ورفضت تهجير السكان من المخيم.", "REJECT", "رفضت", "السكان", None),
    ("وأيدت الحكومة سابقا، ثم رفضت تزويد الجيش الأوكراني بالسلاح.", "REJECT", "رفضت",
     "الجيش الأوكراني", "UKR"),
    # the unnamed subject before the act noun, then the act's genitive
    ("انتقدت مجموعات طلابية تمويل ألمانيا للمشروع.", "ACCUSE", "انتقدت", "ألمانيا", "DEU"),
    ("أيد رئيس الحزب تعزيز دور اليونيفيل في الجنوب.", "SUPPORT", "أيد", "اليونيفيل", "UNO"),
    # a definite act noun and the adjective of origin that describes it
    ("وأكد المتحدث رفض التصعيد الإسرائيلي في المدينة.", "REJECT", "رفض", "الإسرائيلي", "ISR"),
    ("في حين تدعم بلاده الحرب الروسية على جارتها.", "SUPPORT", "تدعم", "الروسية", "RUS"),
])
def test_object_act_genitive_is_no_actor(text, event, trigger, genitive, recipient):
    e = event_on(text, event, trigger)
    assert genitive not in texts_of(e.actor)
    if recipient is not None:
        assert recipient in countries_of(e.recipient)
    assert "object-act" in e.rule


@pytest.mark.parametrize("text, event, trigger, actor, recipient", [
    # a named subject before an ordinary object keeps both roles
    ("رفضت الحكومة المصرية الخطة الأميركية الجديدة.", "REJECT", "رفضت", "EGY", None),
    ("انتقدت المعارضة الإسرائيلية رئيس الوزراء بشدة.", "ACCUSE", "انتقدت", "ISR", None),
    ("هددت المقاومة الفلسطينية الاحتلال بالرد على الاغتيال.", "THREATEN", "هددت", "PSE",
     "ISR"),
    ("اتهم تقرير أممي إسرائيل بارتكاب انتهاكات.", "ACCUSE", "اتهم", None, "ISR"),
])
def test_subjects_that_are_no_act_noun_keep_their_reading(text, event, trigger, actor,
                                                          recipient):
    e = event_on(text, event, trigger)
    assert "object-act" not in e.rule
    if actor is not None:
        assert actor in countries_of(e.actor)
    if recipient is not None:
        assert recipient in countries_of(e.recipient)
        assert recipient not in countries_of(e.actor)


def test_a_force_noun_may_be_the_subject_of_a_coercion_verb():
    e = event_on("ومنعت غارات الاحتلال وصول المساعدات إلى المدينة.", "COERCE", "منعت")
    assert "object-act" not in e.rule


def test_participant_inside_the_called_for_act_is_no_actor():
    e = event_on("دعا المجلس إلى معاقبة إسرائيل على الهجوم.", "REQUEST", "دعا")
    assert "ISR" not in countries_of(e.actor)
    assert e.rule.endswith("complement")


def test_named_caller_keeps_the_one_called_on():
    e = event_on("دعت روسيا مجلس الأمن الدولي إلى عقد جلسة طارئة.", "REQUEST", "دعت")
    assert countries_of(e.actor) == ["RUS"]
    assert "UNO" in countries_of(e.recipient)


@pytest.mark.parametrize("text, event, trigger", [
    ("أدان وزير الخارجية القطري ونظيره الفرنسي الهجوم على القافلة.", "ACCUSE", "أدان"),
    ("ودعا الرئيس المصري ونظيره التركي إلى وقف فوري للقتال.", "REQUEST", "دعا"),
])
def test_counterpart_joined_to_the_subject_is_a_second_actor(text, event, trigger):
    e = event_on(text, event, trigger)
    assert len(e.actor) == 2
    assert not any(c in countries_of(e.recipient) for c in ("FRA", "TUR"))


def test_counterpart_of_a_meeting_stays_the_other_side():
    e = event_on("التقى وزير الخارجية المصري ونظيره الأردني في عمان.", "CONSULT", "التقى")
    assert countries_of(e.actor) == ["EGY"]
    assert countries_of(e.recipient) == ["JOR"]


@pytest.mark.parametrize("text, recipient", [
    ("رحبت الصين، في بيان، بالجزائر وجهودها في الوساطة.", "الجزائر"),
    ("وأشاد الوزير، أمس، بقطر ودورها في المفاوضات.", "قطر"),
])
def test_welcomed_party_after_a_comma_aside(text, recipient):
    e = event_on(text, "SUPPORT", text.split()[0].removeprefix("و"))
    assert recipient in texts_of(e.recipient)


def test_place_after_a_longer_aside_stays_a_place():
    e = event_on("رحب الرئيس، في كلمة ألقاها أمام البرلمان المنتخب حديثا، بقطر.",
                 "SUPPORT", "رحب")
    assert "قطر" not in texts_of(e.recipient)


@pytest.mark.parametrize("text, event, trigger, actor", [
    # the demonym after a construct title describes its head, the subject
    ("دعت وزيرة الاستيطان الإسرائيلية فلانة الفلانية إلى استمرار العملية.",
     "REQUEST", "دعت", "ISR"),
    # an act noun inside an indefinite chain is part of the subject
    ("أفرجت أجهزة أمن السلطة الفلسطينية عن الصحفي.", "RETREAT", "أفرجت", "PSE"),
])
def test_subject_phrases_with_an_act_noun_inside_stay_subjects(text, event, trigger, actor):
    e = event_on(text, event, trigger)
    assert "object-act" not in e.rule
    assert actor in countries_of(e.actor)


def test_broken_plural_spelled_like_a_verbal_noun_is_no_act():
    e = event_on("ودعا فلان الفلاني أبناء الشعب الفلسطيني إلى الحضور.", "REQUEST", "دعا")
    assert "object-act" not in e.rule


def test_an_adjective_of_no_country_after_an_act_noun_is_not_moved():
    # "السياسة الخارجية" in a title: the adjective names no country, the reading stays
    e = event_on("دعا مسؤول السياسة الخارجية في التكتل فلان الفلاني إلى ضبط النفس.",
                 "REQUEST", "دعا")
    assert "object-act" not in e.rule
    assert "الخارجية" not in texts_of(e.recipient)
