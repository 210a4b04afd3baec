"""Seventeenth session: the people an attack or arrest counts are its recipient, not their
town.  A result clause after the attack noun ("غارة أوقعت 30 شهيدا"، "مجزرة راح ضحيتها
12 شهيدا"، "مما أسفر عن سقوط 4 شهداء") or a result verb before it ("أوقعت الغارات
عشرات الشهداء"), people counted before an attack noun that is the circumstance of their
death ("استشهاد 7 مواطنين، وإصابة 20 آخرين، نتيجة القصف")، a count of a role noun with a pronoun
("5 من صحفييها") and the people counted after an arrest word give the recipient, of the
event's place; a building hit with nobody counted stays, a running total or another
clause's count gives none."""
from __future__ import annotations

import pytest
from conftest import event_on

from hadath.events.arguments.victims import _new_attack_subject
from hadath.events.party_places import _possessed_agent


def _victims(event) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.country, m.sector) for m in event.recipient]


# --- result clauses (arguments/victims._result_victims)

@pytest.mark.parametrize("text, trigger, victim", [
    ("شن الطيران الحربي غارات على مدينة رفح أوقعت أكثر من 30 شهيدا.", "غارات", "شهيدا"),
    ("ارتكبت القوات مجزرة في بلدة بيت حانون راح ضحيتها 12 شهيدا.", "مجزرة", "شهيدا"),
    ("نفذت الطائرات غارات على مدينة دير البلح خلفت 8 شهداء فلسطينيين.", "غارات", "شهداء فلسطينيين"),
    ("واصل الجيش قصفه لمدينة خان يونس مخلفا عشرات الشهداء والجرحى.", "قصفه", "الشهداء"),
])
def test_people_counted_right_after_a_result_verb_are_the_victims(text, trigger, victim):
    event = event_on(text, "ASSAULT", trigger)
    assert (victim, "PSE", "CVL") in _victims(event)
    assert all(m.sector is not None for m in event.recipient)     # the town only says where


def test_a_result_verb_with_its_own_subject_and_preposition_before_the_count():
    event = event_on("تركز القصف على مدينة رفح، وأسفرت الغارات الإسرائيلية عن عشرات الشهداء.",
                     "ASSAULT", "قصف")
    assert ("الشهداء", "PSE", "CVL") in _victims(event)


def test_a_cause_verb_and_a_fall_noun_after_a_clause_taken_up_by_ma():
    event = event_on("قصفت المدفعية بناية مؤلفة من خمسة طوابق في حي الشجاعية شرقي مدينة غزة، "
                     "مما تسبب في سقوط 6 شهداء.", "ASSAULT", "قصفت")
    assert ("شهداء", "PSE", "CVL") in _victims(event)


@pytest.mark.parametrize("text, trigger, victim", [
    ("أوقعت الغارات الإسرائيلية على مدينة رفح 25 شهيدا.", "غارات", "شهيدا"),
    ("أدت غارة إسرائيلية على مخيم البريج إلى سقوط 4 شهداء.", "غارة", "شهداء"),
    ("تسبب قصف إسرائيلي على بلدة عبسان في استشهاد شابين.", "قصف", "شابين"),
])
def test_a_result_verb_before_the_attack_noun_finds_the_people_counted_after_it(text, trigger, victim):
    event = event_on(text, "ASSAULT", trigger)
    assert (victim, "PSE", "CVL") in _victims(event)


def test_a_result_verb_of_another_fact_gives_no_victims():
    event = event_on("أعلنت الكتائب أنها فجرت عبوة ناسفة بدبابة قرب المخيم، بينما أوقعت الغارات "
                     "9 شهداء في مدينة غزة.", "ASSAULT", "فجرت")
    assert not any(m.text == "شهداء" for m in event.recipient)


def test_a_result_with_no_people_leaves_the_building_hit():
    event = event_on("قصفت الطائرات منزلا في مخيم النصيرات، مما أدى إلى تدميره بالكامل.",
                     "ASSAULT", "قصفت")
    assert all(m.sector is None for m in event.recipient)


# --- people counted before the attack noun (party_places._casualties_before)

def test_a_joined_casualty_with_no_people_is_passed_over():
    event = event_on("أعلنت الوزارة استشهاد 7 مواطنين، وإصابة 20 آخرين خلال يومين، نتيجة "
                     "القصف الإسرائيلي على مدينة بيت لاهيا.", "ASSAULT", "قصف")
    assert _victims(event) == [("مواطنين", "PSE", "CVL")]


def test_an_aside_naming_a_part_of_the_victims_stays_in_their_stretch():
    event = event_on("جرح 6 فلسطينيين بينهم سيدة حالتها خطيرة برصاص الاحتلال في مدينة قلقيلية.",
                     "ASSAULT", "برصاص")
    assert ("فلسطينيين", "PSE", None) in _victims(event)


def test_another_participant_between_keeps_the_victims_of_the_earlier_fact():
    event = event_on("استشهد شابان في مخيم بلاطة، بعد ساعات من اقتحام قوة خاصة مدينة نابلس "
                     "وإطلاق نار على منزل فيها.", "ASSAULT", "إطلاق")
    assert not any(m.text == "شابان" for m in event.recipient)


def test_a_partitive_whole_before_the_attack_is_left_to_the_partitive_readers():
    event = event_on("أعلن مصدر أمني إصابة ثلاثة من رجال الأمن في هجوم على حاجز قرب المدينة.",
                     "ASSAULT", "هجوم")
    assert not any(m.text == "رجال الأمن" and "counted" in m.rule for m in event.recipient)


def test_a_running_total_gives_no_victims():
    event = event_on("ارتفعت حصيلة الشهداء منذ بداية الحرب إلى 40 ألفا بعد غارة على مدينة "
                     "دير البلح.", "ASSAULT", "غارة")
    assert not any(m.sector == "CVL" for m in event.recipient)


# --- a count of a role noun with a pronoun (party_places._counted_possessed_victims)

@pytest.mark.parametrize("word, entry", [
    ("صحفييها", "agent-journalists"),
    ("عائلته", "agent-families"),
    ("جنودهم", "agent-soldiers"),
    ("مسعفيه", "agent-medics"),
])
def test_a_role_noun_with_a_pronoun_reads_as_its_lexicon_entry(word, entry):
    assert _possessed_agent(word).id == entry


@pytest.mark.parametrize("word", ["منزله", "بيتها", "قلبه"])
def test_other_nouns_with_a_pronoun_are_no_role(word):
    assert _possessed_agent(word) is None


def test_journalists_counted_with_a_pronoun_are_the_victims():
    event = event_on("أعلنت الإذاعة استشهاد 4 من صحفييها بغارة إسرائيلية على مخيم المغازي.",
                     "ASSAULT", "غارة")
    assert _victims(event) == [("صحفييها", "PSE", "JRN")]


def test_family_members_counted_with_a_pronoun_are_the_victims():
    event = event_on("استشهد 3 من أفراد عائلته في غارة على مخيم جباليا.", "ASSAULT", "غارة")
    assert _victims(event) == [("أفراد عائلته", "PSE", "CVL")]


# --- arrests (party_places._counted_arrested)

def test_the_people_counted_after_an_arrest_noun_are_its_recipient():
    event = event_on("أفادت الإذاعة باعتقال نحو 300 شخص في مخيم جباليا.", "COERCE", "اعتقال")
    assert [(m.country, m.sector) for m in event.recipient] == [("PSE", "CVL")]


def test_the_arrest_agent_after_the_noun_is_no_recipient():
    event = event_on("أعلن الحزب توقيف الشرطة نحو 200 شاب في العاصمة.", "COERCE", "توقيف")
    assert [m.text for m in event.recipient] == ["شاب"]
    assert [m.sector for m in event.actor] == ["COP"]


@pytest.mark.parametrize("clause, new_attack", [
    ("وتسبب قصف مدفعي لاحق في استشهاد شابين", True),
    ("وأسفرت غارة ثانية عن إصابة طفل", True),
    ("وأسفرت الغارات عن عشرات الشهداء", False),
    ("مما أدى إلى سقوط 4 شهداء", False),
])
def test_a_result_verb_with_an_indefinite_attack_as_subject_tells_that_attacks_result(clause, new_attack):
    verb = clause.split()[1] if clause.startswith("مما") else clause.split()[0]
    verb_end = clause.index(verb) + len(verb)
    assert _new_attack_subject(clause, verb_end, len(clause)) is new_attack


def test_an_office_holder_far_before_the_attack_does_not_take_the_towns_country():
    event = event_on("أعلن الجيش إصابة قائد كتيبة المدرعات في المنطقة الشمالية العقيد فلان بجروح "
                     "في انفجار عبوة ناسفة بمخيم جنين.", "ASSAULT", "انفجار")
    assert not any(m.sector == "ELI" and m.country == "PSE" for m in event.recipient)
