"""Participants the verb's object side owns: the antecedent of an object pronoun on a verb
after a relative pronoun, a demonym qualifying the object of an attack or coercion word, a
party named in an escort phrase, and the subject of a pluperfect parted from قد by a comma.
Sentences written for these tests."""
from __future__ import annotations

from conftest import countries_of, event_on, texts_of

# relative clause with an object pronoun on the verb, antecedent out of reach

def test_named_antecedent_of_object_pronoun_is_never_the_arrester():
    e = event_on("تمتنع السلطات الإسرائيلية عن كشف مكان المهندس الأردني سامر خليل حداد الذي "
                  "اعتقلته عند عودته من الجسر.", "COERCE", "اعتقلته")
    assert "JOR" not in countries_of(e.actor)
    assert countries_of(e.actor) == ["ISR"]


def test_subject_after_the_pronoun_verb_stays_the_arrester():
    e = event_on("طالبت النقابة بالإفراج عن المهندس سامر خليل حداد الذي اعتقلته الشرطة "
                  "المصرية عند عودته.", "COERCE", "اعتقلته")
    assert countries_of(e.actor) == ["EGY"]


def test_relative_verb_without_object_pronoun_keeps_its_antecedent_as_subject():
    e = event_on("قالت الوزارة إن الشرطة الأردنية التي اعتقلت ثلاثة مهربين تواصل التحقيق.",
                  "COERCE", "اعتقلت")
    assert countries_of(e.actor) == ["JOR"]


# pluperfect subject parted from قد by a comma

def test_pluperfect_subject_before_a_comma_is_the_accuser():
    e = event_on("وكان الرئيس الفرنسي، قد اتهم روسيا بتقويض الاستقرار في المنطقة.",
                  "ACCUSE", "اتهم")
    assert countries_of(e.actor) == ["FRA"]
    assert countries_of(e.recipient) == ["RUS"]


def test_pluperfect_without_comma_reads_the_same():
    e = event_on("وكان الرئيس الفرنسي قد اتهم روسيا بتقويض الاستقرار في المنطقة.",
                  "ACCUSE", "اتهم")
    assert countries_of(e.actor) == ["FRA"]


def test_comma_before_qad_without_kana_makes_no_pluperfect_subject():
    e = event_on("وصل الرئيس الفرنسي، وقد اتهم روسيا بتقويض الاستقرار في المنطقة.",
                  "ACCUSE", "اتهم")
    assert "v+pluperfect" not in e.rule


# a demonym after the object noun names the side acted upon

def test_demonym_after_the_demolished_houses_is_the_target_side():
    e = event_on("تحذر منظمات حقوقية من تسارع هدم المنازل الفلسطينية في الأغوار.",
                  "COERCE", "هدم")
    assert "PSE" not in countries_of(e.actor)
    assert "PSE" in countries_of(e.recipient)


def test_demonym_after_object_noun_and_its_adjective_is_the_target_side():
    e = event_on("أعلنت الفصائل قصف مواقع عسكرية إسرائيلية قرب الحدود.", "ASSAULT", "قصف")
    assert "ISR" not in countries_of(e.actor)
    assert "ISR" in countries_of(e.recipient)


def test_demonym_after_an_aircraft_noun_stays_the_attacker():
    e = event_on("قصفت طائرات إسرائيلية مبنى سكنيا في البلدة.", "ASSAULT", "قصفت")
    assert countries_of(e.actor) == ["ISR"]


def test_demonym_right_after_the_attack_noun_stays_the_attacker():
    e = event_on("أصيب ثلاثة مدنيين في قصف إسرائيلي على البلدة.", "ASSAULT", "قصف")
    assert countries_of(e.actor) == ["ISR"]


# a party in an escort phrase is not the target

def test_police_escorting_the_raid_is_not_its_target():
    e = event_on("اقتحم عشرات المستوطنين ساحات الحرم تحت حماية شرطة الاحتلال صباح اليوم.",
                  "COERCE", "اقتحم")
    assert countries_of(e.actor) == ["ISR"]
    assert not any("شرطة" in t for t in texts_of(e.recipient))


def test_army_named_with_bi_escort_is_not_the_target():
    e = event_on("اقتحم مستوطنون موقعا أثريا قرب نابلس بحماية الجيش الإسرائيلي.",
                  "COERCE", "اقتحم")
    assert not any("الجيش" in t for t in texts_of(e.recipient))


def test_raid_on_a_police_station_keeps_the_police_as_target():
    e = event_on("اقتحم مسلحون مقر الشرطة الأفغانية في قندهار فجر اليوم.", "COERCE", "اقتحم")
    assert "AFG" in countries_of(e.recipient)
