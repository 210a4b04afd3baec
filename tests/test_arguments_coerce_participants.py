"""Who raids, arrests and seizes: the agent of a raid or an arrest noun that is the
circumstance of another predicate ("برصاص الجيش خلال اقتحامه البلدة"، "انسحبت القوات بعد
اعتقال شبان"), settlers as the agents of their own raids and seizures, and the impersonal
passive after تم، يتم، جرى, which names no agent.  Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of


def _texts(members) -> list[str]:
    return [m.text for m in members]


def _countries(members) -> list:
    return [m.country for m in members]


def _coerce_on(text: str, trigger: str):
    """The COERCE event whose trigger starts with ``trigger``."""
    events = events_of(text, "COERCE")
    return next(e for e in events if e.trigger.text.startswith(trigger))


def test_pronoun_on_raid_noun_after_the_shooter_is_the_raider():
    e = _coerce_on("أصيب ثلاثة شبان برصاص قوات الاحتلال خلال اقتحامها بلدة عزون فجر اليوم.",
                   "اقتحام")
    assert _countries(e.actor) == ["ISR"]
    assert "ISR" not in _countries(e.recipient)


def test_pronoun_on_raid_noun_after_a_clash_names_the_force():
    e = _coerce_on("اندلعت مواجهات بين شبان وقوات الجيش الإسرائيلي خلال اقتحامها مخيم العروب.",
                   "اقتحام")
    assert _countries(e.actor) == ["ISR"]


def test_subject_of_main_clause_carries_out_the_arrest_it_follows():
    e = _coerce_on("انسحبت قوات الاحتلال من مخيم الفارعة بعد اعتقال عشرة شبان.", "اعتقال")
    assert _countries(e.actor) == ["ISR"]
    assert _texts(e.recipient) == ["شبان"]


def test_victim_subject_before_a_circumstance_raid_stays_acted_upon():
    e = _coerce_on("اعتقل شاب فلسطيني خلال اقتحام بلدة بيتا.", "اقتحام")
    assert "PSE" not in _countries(e.actor)


def test_counted_settlers_after_raid_verb_are_its_subject():
    e = _coerce_on("اقتحم عشرات المستوطنين ساحات المسجد الأقصى صباح اليوم.", "اقتحم")
    assert _texts(e.actor) == ["المستوطنين"]
    assert "المستوطنين" not in _texts(e.recipient)


def test_settlers_before_a_seizure_noun_are_its_agents():
    e = _coerce_on("يحاول المستوطنون الاستيلاء على أراضي القرية.", "الاستيلاء")
    assert _texts(e.actor) == ["المستوطنون"]
    assert e.recipient == [] or "المستوطنون" not in _texts(e.recipient)


def test_settlers_after_a_raid_noun_are_its_agents():
    e = _coerce_on("أغلقت الشرطة الطريق تزامنا مع اقتحام مئات المستوطنين باحات المسجد.",
                   "اقتحام")
    assert _texts(e.actor) == ["المستوطنين"]


def test_displaced_settlers_are_acted_upon():
    e = _coerce_on("اشتكى سكان الجليل من استمرار تهجير المستوطنين عن بيوتهم.", "تهجير")
    assert "المستوطنين" not in _texts(e.actor)


def test_participant_before_impersonal_passive_is_acted_upon():
    e = _coerce_on("قالت الشرطة إن المدير السابق للشركة تم توقيفه في المطار.", "توقيف")
    assert e.actor == []


def test_agent_of_impersonal_passive_named_with_min_qibal():
    e = _coerce_on("تم اعتقال الناشط من قبل الشرطة الإسرائيلية.", "اعتقال")
    assert _countries(e.actor) == ["ISR"]
