"""Participant classes: who is released by a release noun or verb ("الإفراج عن المعتقلين"،
"أسرى أفرج عنهم"), a place that witnesses an attack ("تشهد المدينة قصفا"), a participle
that describes what a participant undergoes ("ظلت محاصرة"), and vowelled words read as
their bare spelling.  Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of

from hadath.events.structure import words_between


def _texts(members) -> list[str]:
    return [m.text for m in members]


def _countries(members) -> list:
    return [m.country for m in members]


def _event_on(text: str, event: str, trigger: str):
    """The event of ``event`` whose trigger contains ``trigger``."""
    return next(e for e in events_of(text, event) if trigger in e.trigger.text)


def test_vowel_marks_stay_inside_the_word_and_are_dropped():
    text = "في حين كثّف الجيشُ قصفَه"
    assert words_between(text, 0, len(text)) == ["في", "حين", "كثف", "الجيش", "قصفه"]


def test_release_noun_names_the_released_as_recipient_and_the_subject_as_releaser():
    e = _event_on("أعلنت السلطات التركية الإفراج عن ثلاثة صحفيين سويديين.", "RETREAT", "الإفراج")
    assert _countries(e.actor) == ["TUR"]
    assert "صحفيين" in " ".join(_texts(e.recipient))
    assert "صحفيين" not in " ".join(_texts(e.actor))


def test_release_of_prisoners_does_not_make_them_the_actor():
    e = _event_on("تحدث الوزير عن إطلاق سراح الأسرى اللبنانيين.", "RETREAT", "إطلاق سراح")
    assert _countries(e.recipient) == ["LBN"]
    assert "LBN" not in _countries(e.actor)


def test_released_before_a_release_verb_with_a_pronoun_are_its_object():
    e = _event_on("قال معتقلون أفرج عنهم أمس إنهم تعرضوا للضرب.", "RETREAT", "أفرج")
    assert e.actor == []
    assert _texts(e.recipient) == ["معتقلون"]


def test_relative_clause_on_the_released_names_the_releaser_after_the_verb():
    e = _event_on("عاد إلى بيته أحد الأسرى الذين أفرج عنهم الجيش الإسرائيلي أمس.",
                  "RETREAT", "أفرج")
    assert _countries(e.actor) == ["ISR"]
    assert _texts(e.recipient) == ["الأسرى"]


def test_release_verb_with_its_subject_after_it_keeps_the_releaser():
    e = _event_on("أفرج الجيش الإسرائيلي عن عشرة معتقلين.", "RETREAT", "أفرج")
    assert _countries(e.actor) == ["ISR"]


def test_place_witnessing_an_attack_is_its_target_and_the_min_party_its_agent():
    e = _event_on("تشهد مدينة رفح قصفا عنيفا من الجيش الإسرائيلي منذ الصباح.", "ASSAULT", "قصف")
    assert _countries(e.actor) == ["ISR"]
    assert _texts(e.recipient) == ["رفح"]


def test_place_witnessing_raids_is_not_their_agent():
    e = _event_on("شهدت قرية بيت أمر جنوب الخليل اقتحامات متكررة خلال الأسبوع.", "COERCE",
                  "اقتحامات")
    assert e.actor == []
    assert "PSE" in _countries(e.recipient)


def test_country_witnessing_protests_stays_their_actor():
    e = _event_on("شهدت بريطانيا مظاهرات حاشدة تضامنا مع غزة.", "PROTEST", "مظاهرات")
    assert _countries(e.actor) == ["GBR"]


def test_participle_after_a_verb_of_being_describes_the_one_besieged():
    e = _event_on("أكد الوزير أن إسرائيل لا تزال محاصرة سياسيا.", "COERCE", "محاصرة")
    assert e.actor == []
    assert _countries(e.recipient) == ["ISR"]


def test_besieging_noun_with_its_agent_after_it_keeps_the_agent():
    e = _event_on("خلال محاصرة الجيش السوداني لمدينة الفاشر قتل عشرات المدنيين.", "COERCE",
                  "محاصرة")
    assert _countries(e.actor) == ["SDN"]


def test_releaser_before_a_release_noun_with_a_pronoun_stays_the_actor():
    e = _event_on("قررت السلطات التركية الإفراج عنه بعد يومين من اعتقاله.", "RETREAT", "الإفراج")
    assert _countries(e.actor) == ["TUR"]
