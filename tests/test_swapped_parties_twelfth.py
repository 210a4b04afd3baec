"""Twelfth session: targets read as actors (own sentences).

The threatened after a participle of threatening, the target of a boycott or ban noun, the
author of a statement noun carried by a verb of telling or expressing, and the person
arrested after a hand-act noun whose genitive carries a ل-complement of its own."""
from __future__ import annotations

from conftest import events_of


def _countries(mentions) -> set:
    return {m.country for m in mentions}


def test_threatened_after_participle_is_recipient() -> None:
    text = "أصدرت كتائب القسام بيانا عن عملياتها في الضفة، متوعدةً الاحتلال بمزيد من الضربات."
    [threat] = events_of(text, "THREATEN")
    assert _countries(threat.recipient) == {"ISR"}
    assert "ISR" not in _countries(threat.actor)
    assert "threatened" in threat.rule


def test_threat_participle_before_preposition_keeps_old_reading() -> None:
    # no participant right after the participle: nothing is read as threatened
    text = "أعلنت كتائب القسام مسؤوليتها عن الهجوم، متوعدة بمزيد من العمليات."
    for threat in events_of(text, "THREATEN"):
        assert "threatened" not in threat.rule


def test_boycotted_genitive_is_recipient() -> None:
    [boycott] = events_of("تتسع مقاطعة إسرائيل في الجامعات الأوروبية.", "SANCTION")
    assert _countries(boycott.recipient) == {"ISR"}
    assert not boycott.actor


def test_boycotter_before_the_noun_stays_actor() -> None:
    [boycott] = events_of("قررت النقابة مقاطعة منتجات إسرائيلية في أسواقها.", "SANCTION")
    assert _countries(boycott.recipient) == {"ISR"}
    assert [m.text for m in boycott.actor] == ["نقابة"]


def test_ban_genitive_with_its_own_object_is_agent() -> None:
    [ban] = events_of("ندد الوزير بحظر الكنيست أنشطة الوكالة في القدس.", "SANCTION")
    assert _countries(ban.actor) == {"ISR"}
    assert "sanctioned" not in ban.rule


def test_author_of_rejection_told_to_a_state() -> None:
    text = "وقال متحدث إن حركة الجهاد أبلغت القاهرة رفضها أي وجود للقوات الإسرائيلية في المدينة."
    [rejection] = events_of(text, "REJECT")
    assert _countries(rejection.actor) == {"PSE"}
    assert _countries(rejection.recipient) == {"ISR"}
    assert "possessed-stance" in rejection.rule


def test_author_of_expressed_rejection_over_an_aside() -> None:
    text = "عبّرت كينيا، التي توترت علاقاتها بجيرانها مؤخراً، عن رفضها للخطة الإسرائيلية."
    [rejection] = events_of(text, "REJECT")
    assert _countries(rejection.actor) == {"KEN"}
    assert _countries(rejection.recipient) == {"ISR"}


def test_one_told_after_pronoun_subject_is_not_the_author() -> None:
    text = "وأكدت الحركة أنها أبلغت القاهرة رفضها أي وجود للقوات الإسرائيلية في المدينة."
    for rejection in events_of(text, "REJECT"):
        assert "possessed-stance" not in rejection.rule


def test_arrested_candidate_with_his_complement_is_recipient() -> None:
    text = "السلطات تعيد اعتقال المرشح للانتخابات الرئاسية بعد ساعات من الإفراج عنه."
    [arrest] = events_of(text, "COERCE")
    assert [m.text for m in arrest.recipient] == ["المرشح"]
    assert not any(m.text == "المرشح" for m in arrest.actor)


def test_arresting_force_before_lam_party_stays_actor() -> None:
    text = "كشف المراسل تفاصيل اعتقال الجيش الإسرائيلي لمراسل القناة في المستشفى."
    [arrest] = events_of(text, "COERCE")
    assert _countries(arrest.actor) == {"ISR"}
    assert [m.text for m in arrest.recipient] == ["مراسل"]
