"""Named parties left empty (twelfth session): a verb joined inside its sentence goes on
with the subject of the verb that opens it, also when that subject is a noun no lexicon
names described by an adjective of origin; a sentence that opens with a short clause closed
by a comma still gives its subject to a verb carried into the next sentence.  Sentences
written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded, events_of


@pytest.mark.parametrize("sentence, country", [
    # an unnamed noun described by an adjective of origin, joined by و
    ("حذر المحلل السياسي المصري من اتساع رقعة الحرب، ودعا إلى حل سياسي عاجل.", "EGY"),
    # the subject itself right after the opening verb, joined by ثم
    ("انتقد الكاتب الفرنسي سياسة الهجرة الجديدة، ثم طالب بمراجعتها فورا.", "FRA"),
    # joined by كما after a comma
    ("أشادت الصحفية التونسية بالمبادرة الشبابية، كما طالبت بتوسيعها لتشمل المحافظات كلها.",
     "TUN"),
])
def test_joined_verb_takes_the_opening_subject(sentence, country):
    actors, _ = coded(sentence, "REQUEST")
    assert country in actors


@pytest.mark.parametrize("sentence, absent", [
    # a known noun right after the opening verb behind an unnamed subject is its object
    ("انتقد الوزير الحكومة الإسرائيلية، ثم طالب بوقف الحرب.", "ISR"),
    # the joined verb does not agree with the opening one
    ("حذرت الصحيفة البريطانية من التصعيد، ودعا إلى التهدئة.", "GBR"),
    # a place after a preposition describes no subject
    ("وصل الوزير إلى طهران مساء أمس، ودعا إلى الحوار.", "IRN"),
    # nor a party further on, inside the opening clause's complement
    ("تحدث المدير عن المفاوضات مع الحكومة السورية، ودعا إلى الحوار.", "SYR"),
])
def test_no_opening_subject_from_objects_or_disagreeing_verbs(sentence, absent):
    actors, _ = coded(sentence, "REQUEST")
    assert absent not in actors


def test_short_clause_before_comma_gives_its_subject_to_the_next_sentence():
    text = ("واقتحمت القوات الإسرائيلية بلدة عزون، شرقي قلقيلية، وفرضت حظر التجول. "
            "كما اقتحمت مدينة طوباس.")
    raids = [e for e in events_of(text, "COERCE") if e.trigger.start > text.index("كما")]
    assert raids
    assert [a.country for a in raids[0].actor] == ["ISR"]


def test_lead_phrase_before_comma_is_still_passed_over():
    text = ("وفي السياق نفسه، أدانت الخارجية القطرية الهجوم على المدرسة. "
            "كما طالبت بفتح تحقيق دولي.")
    actors, _ = coded(text, "REQUEST")
    assert actors == ["QAT"]
