"""Twelfth session: objects read as subjects (own sentences).

The genitive of an attack noun right after a transitive verb of continuing, or before an
indefinite weapon written with ب, is the attack's target, not its agent."""
from __future__ import annotations

from conftest import events_of


def _countries(mentions) -> set:
    return {m.country for m in mentions}


def test_genitive_after_continuing_verb_is_target() -> None:
    text = "وقالت سرايا القدس إنها واصلت استهداف جيش الاحتلال في محور نتساريم."
    [attack] = events_of(text, "ASSAULT")
    assert _countries(attack.recipient) == {"ISR"}
    assert "ISR" not in _countries(attack.actor)
    assert "genitive-target" in attack.rule


def test_genitive_after_possessed_continuing_noun_is_target() -> None:
    text = "أكدت كتائب القسام في بيانها مواصلتها استهداف قوات الاحتلال شرق خان يونس."
    [attack] = events_of(text, "ASSAULT")
    assert _countries(attack.recipient) == {"ISR"}
    assert "ISR" not in _countries(attack.actor)


def test_intransitive_continuing_keeps_genitive_as_agent() -> None:
    # تواصل may be the intransitive "went on": the occupation is the shelling's agent
    [attack] = events_of("تواصل قصف الاحتلال على مدينة رفح اليوم.", "ASSAULT")
    assert _countries(attack.actor) == {"ISR"}
    assert "genitive-target" not in attack.rule


def test_target_before_indefinite_weapon() -> None:
    text = "بثت الكتائب مشاهد تظهر استهداف جنود الجيش الإسرائيلي بقذائف هاون شرق المدينة."
    [attack] = events_of(text, "ASSAULT")
    assert _countries(attack.recipient) == {"ISR"}
    assert "ISR" not in _countries(attack.actor)


def test_agent_before_definite_weapon_is_kept() -> None:
    text = "شهدت المدينة استهداف الجيش الإسرائيلي بالقصف المدفعي."
    [attack] = events_of(text, "ASSAULT")
    assert _countries(attack.actor) == {"ISR"}
    assert "genitive-target" not in attack.rule


def test_genitive_of_attack_noun_with_preposition_stays_agent() -> None:
    # هجوم takes its target with على: its genitive before a weapon is the attacker
    text = "قالت الصحيفة إن هجوم حزب الله بمسيرة قرب المعسكر أثار تساؤلات."
    [attack] = events_of(text, "ASSAULT")
    assert _countries(attack.actor) == {"LBN"}
    assert "genitive-target" not in attack.rule


def test_indefinite_genitive_of_targeting_noun_is_target() -> None:
    text = "نشرت الكتائب مشاهد لاستهداف دورية إسرائيلية قرب الحدود."
    [attack] = events_of(text, "ASSAULT")
    assert _countries(attack.recipient) == {"ISR"}
    assert not attack.actor


def test_indefinite_weapon_genitive_stays_agent() -> None:
    text = "أصيب اثنان في استهداف مسيرة إسرائيلية مجموعة من الشبان."
    [attack] = events_of(text, "ASSAULT")
    assert _countries(attack.actor) == {"ISR"}


def test_definite_construct_genitive_stays_agent() -> None:
    text = "رصدت الكاميرا استهداف قوات الاحتلال منزلا في المخيم."
    [attack] = events_of(text, "ASSAULT")
    assert _countries(attack.actor) == {"ISR"}
    assert "indefinite-object" not in attack.rule


def test_object_after_named_subject_in_apposition() -> None:
    text = "واتهم وزير الخارجية المصري، سامح شكري، إسرائيل بعرقلة المفاوضات."
    [accuse] = events_of(text, "ACCUSE")
    assert _countries(accuse.actor) == {"EGY"}
    assert _countries(accuse.recipient) == {"ISR"}



def test_masculine_occupation_after_feminine_verb_is_object() -> None:
    text = "زفت سرايا القدس شهداءها وتتوعد الاحتلال بمفاجآت مؤلمة."
    [threat] = events_of(text, "THREATEN")
    assert _countries(threat.actor) == {"PSE"}
    assert _countries(threat.recipient) == {"ISR"}
