"""Attack participants around an indefinite attack or weapon noun phrase: a verb right after
the phrase is a relative clause on it (or has it as subject), so a demonym inside the phrase
is the attacker and the verb's object the target, also when a demonym ends the object
phrase.  Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of

from hadath.events.arguments.relatives import _attack_phrase_before


def _event_on(text: str, verb: str):
    """The ASSAULT event whose trigger is ``verb`` (else the one it was merged into)."""
    events = events_of(text, "ASSAULT")
    return next((e for e in events if e.trigger.text == verb), events[0])


def test_object_of_the_relative_verb_is_no_attacker():
    e = _event_on("قتل خمسة أشخاص إثر قصف روسي استهدف مستشفى ميدانيا في خاركيف.", "استهدف")
    assert [a.country for a in e.actor] == ["RUS"]
    assert "مستشفى" in [r.text for r in e.recipient]
    assert "مستشفى" not in [a.text for a in e.actor]


def test_demonym_ending_the_object_phrase_is_the_target():
    e = _event_on("وقالت الوزارة إن قذائف مدفعية استهدفت مواقع عسكرية أذربيجانية ليلا.",
                  "استهدفت")
    assert "AZE" not in [a.country for a in e.actor]
    assert "AZE" in [r.country for r in e.recipient]


def test_verbal_noun_after_operation_takes_its_genitive_as_target():
    e = _event_on("بثت الحركة مشاهد من عملية قنص جندي هندي قرب الحدود.", "قنص")
    assert "IND" not in [a.country for a in e.actor]
    assert "IND" in [r.country for r in e.recipient]


def test_phrase_over_adjectives_instrument_and_demonym_is_found():
    text = "ارتفعت الحصيلة بعد هجوم بطائرات مسيرة روسية استهدف محطة للطاقة."
    noun = _attack_phrase_before(text, [], 0, text.index("استهدف"))
    assert noun is not None and noun.group() == "هجوم"


def test_definite_word_before_the_verb_ends_the_phrase():
    text = "وقالت إن الغارة الجديدة استهدفت مخزنا."
    assert _attack_phrase_before(text, [], 0, text.index("استهدفت")) is None


# ---- the agent after a word of continuing, a weapon written with ب

def test_continuation_verb_subject_is_the_attacker_and_the_verb_reading_object_the_target():
    e = _event_on("عاودت مقاتلات الجيش الروسي قصف مستشفى في مدينة خاركيف.", "قصف")
    assert [a.country for a in e.actor] == ["RUS"]
    assert "مستشفى" in [r.text for r in e.recipient]


def test_genitive_of_a_continuation_noun_before_a_support_noun_is_the_attacker():
    e = _event_on("جاء ذلك مع استمرار القوات التركية في شن غارات جوية على قرى سورية.",
                  "غارات جوية")
    assert [a.country for a in e.actor] == ["TUR"]
    assert "TUR" not in [r.country for r in e.recipient]


def test_weapon_written_with_bi_is_no_recipient():
    e = _event_on("وهاجمت القوات الروسية بالمسيرات مواقع أوكرانية قرب المدينة.", "هاجمت")
    assert [a.country for a in e.actor] == ["RUS"]
    assert all("مسيرات" not in r.text for r in e.recipient)
