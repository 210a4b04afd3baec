"""Argument attachment in shapes wire reports give it: requests with a complement noun,
plural verbs, construct subjects naming a region, adjuncts between a support verb and its
noun, agent pronouns on attack nouns, genitives acted upon, relative clauses, victims
confronting their attacker, coalitions and their leader, protests' targets and venues.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded, event_types, events_of


def test_plural_verb_takes_its_object_after_it():
    actors, recipients = coded("وتجمع المحتجون أمام البرلمان. وطالبوا الحكومة الفرنسية بوقف "
                               "تصدير السلاح.", "REQUEST")
    assert recipients == ["FRA"] and "FRA" not in actors


def test_region_after_a_construct_subject_gives_its_country():
    actors, recipients = coded("وطالب اتحاد بلديات جنوب لبنان المجتمع الدولي بالتدخل.", "REQUEST")
    assert actors == ["LBN"] and "LBN" not in recipients


def test_subject_before_an_adjunct_phrase_is_the_agent():
    actors, _ = coded("وواصل الجيش الروسي في اليوم الـ20 من حربه على أوكرانيا قصف الأحياء "
                      "السكنية.", "ASSAULT")
    assert actors == ["RUS"]


@pytest.mark.parametrize("text", [
    "وأصيب ثلاثة فلسطينيين برصاص الجيش الإسرائيلي خلال اقتحامه مدينة جنين.",
    "وقالت مصادر محلية إن الجيش الإسرائيلي اعتقل عشرة شبان خلال اقتحامه مدينة طولكرم.",
])
def test_pronoun_on_an_attack_noun_is_its_agent(text):
    actors, recipients = coded(text, "COERCE")
    assert actors == ["ISR"] and "PSE" in recipients


def test_pronoun_on_a_coordinated_attack_noun_refers_to_the_noun_before():
    actors, _ = coded("وندد الوزير الأردني بالاحتلال الإسرائيلي واعتداءاته على المسجد الأقصى.",
                      "ASSAULT")
    assert "JOR" not in actors


@pytest.mark.parametrize("text, event, victims", [
    ("وأدت المعارك إلى حصار وفد حكومي سوداني في المدينة.", "COERCE", "SDN"),
    ("وشهدت العاصمة اغتيال الوزير اللبناني في منزله.", "ASSAULT", "LBN"),
])
def test_unarmed_genitive_of_an_attack_noun_is_acted_upon(text, event, victims):
    actors, recipients = coded(text, event)
    assert recipients == [victims] and victims not in actors


def test_participant_after_an_adjunct_is_no_object_of_a_hidden_passive():
    # مدنيان were killed; the Turkish breach is the agent side, not an object of قتل
    actors, recipients = coded("وفي سوريا، قتل مدنيان في غارة جديدة وخرق تركي آخر للهدنة.",
                               "ASSAULT")
    assert recipients == ["SYR"] and actors == ["TUR"]


def test_complement_noun_genitive_is_the_recipient():
    actors, recipients = coded("كما طالب نواب بمعاقبة إيران.", "REQUEST")
    # the MPs (no country) are the ones who demand; Iran is only the punished party
    assert recipients == ["IRN"] and actors == [None]


def test_armed_genitive_of_an_attack_noun_is_its_agent():
    actors, _ = coded("وقال الجيش إن هجوم حماس أسفر عن مقتل جنديين.", "ASSAULT")
    assert actors == ["PSE"]


@pytest.mark.parametrize("text, actors, recipients", [
    # object pronoun: the participant before the relative is the object, the subject after
    ("وأفرجت السلطات عن الصحفي التركي الذي اعتقلته الشرطة الإيرانية الشهر الماضي.",
     ["IRN"], ["TUR"]),
    # ... or, unwritten, the subject of the main clause
    ("وانسحب الجيش الإسرائيلي من مخيم جنين الذي حاصره لأسبوعين.", ["ISR"], ["PSE"]),
])
def test_relative_clause_with_object_pronoun(text, actors, recipients):
    got_actors, got_recipients = coded(text, "COERCE")
    assert got_actors == actors and got_recipients == recipients


def test_subject_with_allegiance_takes_its_country():
    actors, _ = coded("وقالت الشرطة إن المسلحين من الموالين لحركة طالبان رفضوا الهدنة "
                      "المعلنة.", "REJECT")
    assert "AFG" in actors


@pytest.mark.parametrize("text, event, actor", [
    # a bare plural verb right after a participant describes it
    ("وذكرت صحيفة بريطانية أن 5 من الضباط في الجيش الروسي رفضوا القتال في أوكرانيا.",
     "REJECT", "RUS"),
    ("وقال مسؤول إن مسلحين يشتبه في أنهم من حركة الشباب هددوا سكان القرية بالانتقام.",
     "THREATEN", "SOM"),
])
def test_plural_verb_right_after_its_subject(text, event, actor):
    actors, _ = coded(text, event)
    assert actors == [actor]


def test_victims_after_a_preposition_stay_the_subject_of_a_hidden_passive():
    _, recipients = coded("وطالبت منظمات بالتعرف على مصريين اختفوا أو اعتقلوا في ليبيا خلال "
                          "السنوات الماضية.", "COERCE")
    assert recipients == ["EGY"]


def test_vocalised_passive_plural_keeps_agent_after_marker():
    e = events_of("وقال المسؤول إن خمسة من الجنود قُتلوا بنيران الجيش الإسرائيلي في "
                  "خان يونس.", "ASSAULT")[0]
    assert [a.text for a in e.actor] == ["الجيش الإسرائيلي"]
    assert [r.text for r in e.recipient] == ["الجنود"]


def test_relative_with_resumptive_preposition_takes_the_subject_after_the_verb():
    actors, _ = coded("وتوجهت فرق الإنقاذ إلى الأماكن التي انسحب منها الجيش الروسي.", "RETREAT")
    assert actors == ["RUS"]


def test_plural_verb_skips_a_singular_participant_of_a_relative_clause():
    actors, _ = coded("وخرج آلاف المتظاهرين في لندن تنديدا بالمجزرة التي ارتكبها الجيش "
                      "الإسرائيلي، وطالبوا بوقف الحرب.", "REQUEST")
    assert "ISR" not in actors


def test_genitive_before_the_object_marker_is_the_agent():
    raid = events_of("وأدان الوزير اقتحام أنصار الحزب اليميني لمقر البرلمان.", "COERCE")[0]
    assert [a.text for a in raid.actor] == ["أنصار الحزب"]
    assert all(r.text != "أنصار الحزب" for r in raid.recipient)


def test_support_noun_possessor_is_the_support_verb_subject():
    actors, _ = coded("ويواصل المستوطنون اعتداءاتهم على سكان القرى الفلسطينية.", "ASSAULT")
    assert actors == ["ISR"]


def test_noun_agent_may_stand_after_a_preposition():
    actors, recipients = coded("وتزداد الضغوط على الحكومة الإسرائيلية لإبرام اتفاق مع حماس.",
                               "AGREE")
    assert actors == ["ISR"] and recipients == ["PSE"]


@pytest.mark.parametrize("text, actors", [
    # the pronoun is the object when an instrument (ب) or another preposition follows
    ("وأظهرت الصور الدمار الذي لحق بالمبنى إثر استهدافه بقصف إسرائيلي عنيف.", ["ISR"]),
    ("وتوفي عشرات الأسرى أثناء احتجازهم لدى الجيش الإسرائيلي.", ["ISR"]),
])
def test_pronoun_on_an_attack_noun_before_a_preposition_is_no_agent(text, actors):
    got, _ = coded(text, "COERCE" if "احتجاز" in text else "ASSAULT")
    assert got == actors


def test_pronoun_on_a_noun_of_a_multiword_trigger_is_no_resumptive_object():
    actors, recipients = coded("واستقبل الملك وزير الخارجية المصري الذي أعرب عن تضامنه مع "
                               "الأردن.", "SUPPORT")
    assert actors == ["EGY"] and recipients == ["JOR"]


def test_an_attack_object_after_a_direction_is_no_subject_region():
    actors, _ = coded("وواصل الاحتلال قصف مناطق عدة إلى جانب نسف مبان سكنية غربي رفح.",
                      "ASSAULT")
    assert "PSE" not in actors


def test_coordinated_genitives_stay_objects():
    _, recipients = coded("وجرى اعتقال مستوطنين إسرائيليين وسائحين أمريكيين.", "COERCE")
    assert recipients == ["ISR", "USA"]


@pytest.mark.parametrize("text", [
    "وصدرت مذكرتا اعتقال بحق وزيرين إسرائيليين سابقين.",
    "أصدرت محكمة دولية مذكرتي توقيف بحق قائدين روسيين.",
])
def test_arrest_warrants_are_no_arrests(text):
    from hadath.events.lexicon import default_trigger_matcher
    from hadath.text.layer import analyze
    hits = default_trigger_matcher().longest(analyze(text).view)
    assert not [h for h in hits if h.value.event == "COERCE" and h.value.form != "blocker"]
    assert "COERCE" not in event_types(text)


def test_verb_stem_ending_like_a_pronoun_is_no_resumptive_object():
    actors, recipients = coded("وقالت الحكومة إن تقرير منظمة هيومن رايتس ووتش الذي اتهم روسيا "
                               "بارتكاب جرائم حرب منحاز.", "ACCUSE")
    assert "RUS" not in actors and recipients == ["RUS"]


def test_name_in_brackets_after_a_genitive_is_no_object():
    _, recipients = coded("وتتضمن الخطة إغلاق وكالة غوث وتشغيل اللاجئين الفلسطينيين (الأونروا) "
                          "في القطاع.", "COERCE")
    assert recipients[:1] == ["UNO"]


@pytest.mark.parametrize("text, event, actors, victims", [
    # an adjective after the genitive is no object: the genitive stays acted upon
    ("وتواصل قوات الأمن الأمريكية محاصرة الطلاب المحتجين في الجامعة.", "COERCE", ["USA"], 1),
    # a relative verb after the genitive is no object either; the army admitting the
    # strike is its actor
    ("وأقر الجيش بقصف مدرسة تؤوي نازحين في المدينة.", "ASSAULT", [None], 1),
])
def test_genitive_stays_acted_upon(text, event, actors, victims):
    got_actors, got_recipients = coded(text, event)
    assert got_actors == actors and len(got_recipients) >= victims


def test_unwritten_agent_of_a_relative_skips_people_acted_upon():
    actors, _ = coded("وقالت الوزارة إن القوات الإسرائيلية اعتقلت عددا من الجرحى في المستشفى "
                      "الذي اقتحمته أمس.", "COERCE")
    assert actors == ["ISR"]


def test_participant_after_a_preposition_with_nothing_before_it_stays_the_subject():
    actors, _ = coded("وقالت الحركة إن على الرئيس الأمريكي أن يدعم الخطة.", "SUPPORT")
    assert actors == ["USA"]


def test_attack_relative_with_a_prepositional_pronoun_keeps_its_victims():
    actors, recipients = coded("وداهمت القوات منزل منفذ عملية الطعن التي قتل فيها ثلاثة جنود "
                               "إسرائيليين.", "ASSAULT")
    assert recipients == ["ISR"] and "ISR" not in actors


def test_definite_adjective_before_a_direction_is_no_construct_subject():
    actors, _ = coded("وكان الرسام الأردني قد هدد بمقاطعته الفنية وسط مخيم الزعتري.", "THREATEN")
    assert actors == ["JOR"]


def located(text: str, event: str):
    """Participants' countries, the location's country and the rule of the last event of
    that type."""
    e = events_of(text, event)[-1]
    return ([a.country for a in e.actor], [r.country for r in e.recipient],
            e.location.country if e.location else None, e.rule)


def test_relative_verb_on_an_attack_noun_has_the_main_subject_as_agent():
    actors, recipients, where, _ = located(
        "وقامت روسيا بعد ذلك بحملة على قرية زعفرون شرق أوكرانيا، في هجوم قتل عشرات المدنيين.",
        "ASSAULT")
    assert actors == ["RUS"] and "RUS" not in recipients and where == "UKR"


def test_attacker_named_as_a_country_is_not_the_location():
    actors, _, where, rule = located(
        "وقامت إسرائيل لاحقا بحملة ضد الفلسطينيين، في عدوان قتل المئات من الفلسطينيين.",
        "ASSAULT")
    assert actors == ["ISR"] and where == "PSE" and "relative-on-noun" in rule


def test_victims_in_the_main_clause_are_no_agent_of_the_relative_verb():
    *_, rule = located("ارتفع عدد الشهداء إلى عشرة في غارات استهدفت مدينة رفح.", "ASSAULT")
    assert "relative-on-noun" not in rule


# ---- a plural verb before its object's genitive, a joined verb continuing a fronted
# subject, a pronoun agent after its victims, a possessed undergoer, a victim confronting
# the attacker, a coalition and its leader, flags burnt, the government a protest addresses

def test_plural_attack_verb_takes_the_genitive_of_its_object_as_recipient():
    actors, recipients = coded("واقتحم عشرات المستوطنين القرية، وهاجموا منازل الفلسطينيين "
                               "بالحجارة.", "ASSAULT")
    assert "PSE" in recipients and "PSE" not in actors


def test_singular_verb_before_its_subject_is_unchanged():
    actors, _ = coded("هاجم مستوطنون إسرائيليون منازل في القرية.", "ASSAULT")
    assert actors == ["ISR"]


def test_joined_verb_continues_a_unit_of_a_body_named_before():
    events = events_of("قال شهود إن دورية من الشرطة التركية دخلت السوق صباحا واعتدت على "
                       "الباعة بالضرب.", "ASSAULT")
    assert any([a.country for a in e.actor] == ["TUR"] for e in events)


def test_pronoun_on_an_attack_noun_after_its_victims_is_the_earlier_subject():
    actors, recipients = coded("صعّدت إسرائيل عملياتها في الجنوب، وسقط ضحية اعتداءاتها أمس "
                               "خمسة لبنانيين.", "ASSAULT")
    assert actors == ["ISR"] and "ISR" not in recipients


def test_frame_verb_with_a_possessed_subject_names_the_possessor_as_victim():
    _, recipients = coded("نجا وزير الخارجية التونسي حين تعرض موكبه لهجوم بعبوة ناسفة قرب "
                          "العاصمة.", "ASSAULT")
    assert recipients == ["TUN"]


def test_frame_verb_reaches_over_an_apposition_between_commas():
    _, recipients = coded("تعرض وزير الداخلية التونسي، فلان الفلاني، وهو من أبرز قادة الحكومة "
                          "في الشمال والجنوب، لمحاولة اغتيال في العاصمة.", "ASSAULT")
    assert recipients == ["TUN"]


@pytest.mark.parametrize("text", [
    "استشهد شاب خلال تصديه للقوات الإسرائيلية في المخيم.",
    "قتل مقاتل عندما كان يتصدى للقوات الإسرائيلية شرق المدينة.",
])
def test_victim_confronting_forces_names_them_as_attacker(text):
    actors, _ = coded(text, "ASSAULT")
    assert actors == ["ISR"]


def test_coalition_led_by_a_country_carries_that_country_too():
    _, recipients = coded("استهدف انتحاري رتلا لقوات التحالف بقيادة أميركية قرب المطار.",
                          "ASSAULT")
    assert "USA" in recipients


@pytest.mark.parametrize("text", [
    "تظاهر مئات في وسط المدينة أمس وأحرقوا علم الدنمارك.",
    "وأحرق محتجون أعلام الدنمارك في احتجاجات عمت المدينة أمس.",
])
def test_burning_a_flag_is_a_protest_against_its_country_not_an_attack(text):
    assert "ASSAULT" not in event_types(text)
    actors, recipients = coded(text, "PROTEST")
    assert recipients == ["DNK"] and "DNK" not in actors


def test_raising_a_flag_names_no_target():
    _, recipients = coded("ورفع المتظاهرون أعلام الجزائر خلال مسيرة في باريس.", "PROTEST")
    assert "DZA" not in recipients


def test_anger_at_a_country_is_what_a_protest_is_against_and_not_its_place():
    [e] = events_of("وخرج المحتجون إلى الشوارع في عدة مدن وسط غضب من قرار فرنسا إغلاق "
                    "الحدود.", "PROTEST")
    assert [r.country for r in e.recipient] == ["FRA"]
    assert e.location is None


def test_place_in_what_a_protest_is_against_is_no_venue():
    [e] = events_of("تظاهر الآلاف احتجاجا على القصف في غزة.", "PROTEST")
    assert e.location is None and not e.recipient


def test_domestic_protest_in_a_town_addresses_its_government():
    [e] = events_of("تظاهر مزارعون في ضواحي ليون احتجاجا على أسعار الوقود.", "PROTEST")
    assert [r.country for r in e.recipient] == ["FRA"]


def test_solidarity_protest_in_a_town_addresses_no_government():
    [e] = events_of("تظاهر طلاب في ليون تضامنا مع غزة.", "PROTEST")
    assert "FRA" not in [r.country for r in e.recipient]


@pytest.mark.parametrize("text, event, person", [
    ("اعتقلت قوات الأمن التركية شابا من حي قريب.", "COERCE", "شابا"),
    ("أنذرت قيادة الجيش الإسرائيلي سكان ثلاثة أحياء بإخلائها.", "COERCE", "سكان"),
])
def test_an_indefinite_person_after_a_construct_subject_is_the_object(text, event, person):
    # the construct ends definite ("قوات الأمن"), so it takes no indefinite noun in apposition
    event_, = events_of(text, event)
    assert [a.text for a in event_.recipient] == [person]
    assert person not in " ".join(a.text for a in event_.actor)


def test_an_indefinite_genitive_of_a_bare_noun_stays_one_participant():
    # "عناصر شرطة" ends indefinite: the noun after it is not cut off as a second party
    event_, = events_of("اعتقلت عناصر شرطة محلية ناشطا سوريا.", "COERCE")
    assert [a.country for a in event_.recipient] == ["SYR"]
