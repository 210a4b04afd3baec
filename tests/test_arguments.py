"""Who did it to whom: argument attachment on sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded

import hadath
from hadath.pipeline import record_to_raw

PUBLISHED = "2025-03-04"


@pytest.mark.parametrize("sentence, event, actors, recipients", [
    # verb-subject-object, with a time adverb between verb and subject
    ("أدانت قطر اليوم الغارة الإسرائيلية على مدرسة في غزة.", "ACCUSE", ["QAT"], ["ISR"]),
    ("بحث الرئيس المصري مع نظيره الفرنسي الأوضاع في المنطقة.", "CONSULT", ["EGY"], ["FRA"]),
    # a counted group after a verb is its object, not its subject
    ("وخلال الحرب قتلت الغارات آلاف المدنيين الفلسطينيين.", "ASSAULT", [], ["PSE"]),
    ("وقتل مسلحون خمسة جنود عراقيين في كمين.", "ASSAULT", [None], ["IRQ"]),
    # subject fronted at the head of the clause, also after a complementiser
    ("وقال المتحدث إن إيران تدعم سوريا في مواجهة الإرهاب.", "SUPPORT", ["IRN"], ["SYR"]),
    ("حماس رفضت المقترح الأمريكي.", "REJECT", ["PSE"], ["USA"]),
    # coordinated subjects
    ("واتفقت مصر والأردن على تنسيق المواقف.", "AGREE", ["EGY", "JOR"], []),
    # a verbal noun takes its agent as an adjective and its target after على
    ("وأسفر قصف إسرائيلي على بلدة حولا عن مقتل شخصين.", "ASSAULT", ["ISR"], ["LBN"]),
    # a genitive of people after an action noun is the victim
    ("ونددت الأمم المتحدة بتهجير الفلسطينيين من شمال القطاع.", "COERCE", [], ["PSE"]),
    # the condemnation's recipient is the act's agent (none named here), not its victim
    ("ونددت الأمم المتحدة بتهجير الفلسطينيين من شمال القطاع.", "ACCUSE", ["UNO"], []),
    # a circumstantial participle shares the main clause's subject and takes its own object
    ("وأدان وزير الخارجية الأردني القصف، مطالبا إسرائيل بوقف عملياتها.", "REQUEST", ["JOR"], ["ISR"]),
])
def test_participants(sentence, event, actors, recipients):
    got_actors, got_recipients = coded(sentence, event)
    assert got_actors == actors
    assert got_recipients == recipients


def test_mediation_between_parties():
    actors, recipients = coded("وتقود قطر ومصر وساطة بين إسرائيل وحركة حماس.", "CONSULT")
    assert set(actors) == {"QAT", "EGY"} and set(recipients) == {"ISR", "PSE"}


def test_victim_subject_of_undergo_frame():
    actors, recipients = coded("وتعرضت سوريا أمس لهجوم بطائرات مسيرة.", "ASSAULT")
    assert recipients == ["SYR"] and "SYR" not in actors


def test_coordinated_predicate_shares_subject_and_pronoun_object():
    text = "وتوعد حزب الله إسرائيل بالرد وحملها المسؤولية عن الهجوم."
    assert coded(text, "THREATEN") == (["LBN"], ["ISR"])
    assert coded(text, "ACCUSE") == (["LBN"], ["ISR"])


@pytest.mark.parametrize("sentence, event, actors, recipients", [
    # a group after a preposition is the target, never the subject
    ("وقال الوزير الفرنسي إن بلاده لا تؤيد فرض عقوبات على روسيا.", "SANCTION", ["FRA"], ["RUS"]),
    # a pronoun carried by إن/لكن is the verb's subject: the group after the verb is its object
    ("وقالت الحكومة الأردنية إنها ترفض المقترح الإسرائيلي.", "REJECT", ["JOR"], ["ISR"]),
    ("وقال الجيش الإسرائيلي إنه قصف مواقع لحزب الله.", "ASSAULT", ["ISR"], ["LBN"]),
    # a possessive pronoun on a meeting noun is its agent; the next group the other party
    ("وأكد وزير الخارجية التركي خلال لقائه نظيره الإيراني أن البلدين متفقان.", "CONSULT",
     ["TUR"], ["IRN"]),
    # a noun's subject is found across a short comma aside
    ("وأجرت القوات السعودية، الأسبوع الماضي، مناورة عسكرية في البحر الأحمر.", "MOBILIZE",
     ["SAU"], []),
    # a verb opening its clause after a comma takes the participant heading the clause before
    ("وقال مصدر مصري إن إسرائيل، ترفض بشدة، المقترح القطري.", "REJECT", ["ISR"], []),
    ("وزير الخارجية الإيراني، عباس عراقجي، يرفض الاتهامات الأمريكية.", "REJECT", ["IRN"], ["USA"]),
])
def test_structural_readings(sentence, event, actors, recipients):
    got_actors, got_recipients = coded(sentence, event)
    assert got_actors == actors
    assert got_recipients == recipients


@pytest.mark.parametrize("sentence, event", [
    ("واستمرت الاحتجاجات ضد الحكومة العراقية.", "PROTEST"),
    ("وشنت الشرطة حملة اعتقالات ضد ناشطين مصريين.", "COERCE"),
])
def test_group_after_against_is_the_nouns_target(sentence, event):
    actors, recipients = coded(sentence, event)
    assert recipients and recipients[0] in {"IRQ", "EGY"}
    assert not set(recipients) & {c for c in actors if c}


@pytest.mark.parametrize("sentence, event, not_actor", [
    # negatives: the object after a pronoun-subject verb never becomes the subject
    ("وقال الرئيس المصري إنه يدعم لبنان في أزمته.", "SUPPORT", "LBN"),
    ("وقالت الحكومة الأردنية إنها ترفض المقترح الإسرائيلي.", "REJECT", "ISR"),
])
def test_no_object_read_as_subject(sentence, event, not_actor):
    actors, _ = coded(sentence, event)
    assert not_actor not in actors


def test_proclitic_written_before_a_quoted_name():
    from hadath.events.structure import attached_prefix
    text = 'الموقع التابع لـ"قوات" الجيش و"الشرطة"'
    assert attached_prefix(text, text.index("قوات")) == "ل"
    assert attached_prefix(text, text.index("الشرطة")) == "و"
    assert attached_prefix(text, text.index("الجيش")) == ""


def test_protest_without_named_protesters_is_by_civilians_of_the_place():
    actors, _ = coded("وشهدت مدينة البصرة أمس مظاهرة حاشدة احتجاجا على انقطاع الكهرباء.", "PROTEST")
    assert actors == ["IRQ"]


@pytest.mark.parametrize("sentence, event, actors, recipients", [
    # a group after في/داخل is where a noun's action happened, not its genitive agent;
    # the agent is the subject of the verb that carries the noun
    ("وكانت البحرية الفرنسية قد شنت غارة في ليبيا الشهر الماضي.", "ASSAULT", ["FRA"], []),
    # قام ب + action noun: the subject of قام is the noun's agent
    ("وقامت الشرطة التونسية باعتقال ثلاثة شبان في صفاقس.", "COERCE", ["TUN"], []),
])
def test_light_verbs_and_locatives(sentence, event, actors, recipients):
    got_actors, got_recipients = coded(sentence, event)
    assert got_actors == actors
    assert all(r in got_recipients for r in recipients)
    assert not set(got_actors) & {"LBY"}


def test_attack_verb_with_only_civilians_after_it_reads_as_passive():
    actors, recipients = coded("خطف مهندس ألماني أمس من موقع عمله في دلتا النيجر.", "ASSAULT")
    assert recipients == ["DEU"]
    assert "DEU" not in actors


def test_attack_verb_with_an_object_stays_active():
    actors, recipients = coded("خطف مسلحون مهندسا ألمانيا في دلتا النيجر.", "ASSAULT")
    assert recipients == ["DEU"]
    assert "DEU" not in actors


def attached(sentence: str, trigger: str, event: str, form: str = "past", *,
             hidden_passive: bool = True):
    """Participants' countries that ``attach`` gives the trigger word, straight from the
    recognised mentions (independent of detection and of the coder's options)."""
    from hadath.events.arguments import attach
    from hadath.events.lexicon import TriggerSense
    from hadath.events.structure import build_groups
    pipeline = hadath.default_pipeline()
    result = pipeline.process(record_to_raw({"id": "t", "text": "عنوان الخبر\n\n" + sentence}),
                              published=PUBLISHED)
    analysis = pipeline.analyze(result.document)
    text = analysis.layer.text
    start = text.index(trigger, text.index(sentence[:10]))
    s = next(s for s in analysis.layer.sentences if s.start <= start < s.end)
    groups = build_groups(text, [a for a in analysis.actors if s.start <= a.start and a.end <= s.end])
    args = attach(text, s, groups, TriggerSense("t", event, None, form, 0.9), start,
                  start + len(trigger), [], hidden_passive=hidden_passive)
    return [g.country for g in args.actors], [g.country for g in args.recipients]


@pytest.mark.parametrize("sentence, trigger, actors, recipients", [
    # a participant before the verb and an adjunct after it: the participant was killed
    ("وقال المتحدث إن جنديا فرنسيا قتل أمس في انفجار عبوة.", "قتل", [], ["FRA"]),
    ("وذكر البيان أن ثلاثة جنود كنديين قتلوا وأصيب اثنان آخران.", "قتلوا", [], ["CAN"]),
    # the participant after the verb with only an adjunct after it
    ("وقتل جندي بريطاني في انفجار قرب القاعدة.", "قتل", [], ["GBR"]),
    # the agent of a passive follows a marker
    ("واعتقل صحفي تركي على يد الشرطة الإيرانية.", "اعتقل", ["IRN"], ["TUR"]),
])
def test_hidden_passive_reading(sentence, trigger, actors, recipients):
    assert attached(sentence, trigger, "ASSAULT") == (actors, recipients)


@pytest.mark.parametrize("sentence, trigger, actor", [
    # an object after the verb, also after a time word: active
    ("وقال المصدر إن مسلحين سوريين خطفوا أمس دبلوماسيا.", "خطفوا", "SYR"),
    ("وقال المصدر إن القوات الروسية قتلت خمسة مسلحين.", "قتلت", "RUS"),
    # the clause ends at a comma and the object follows the aside
    ("واغتال الجيش الإسرائيلي، بعد ظهر أمس، قياديين في جنين.", "اغتال", "ISR"),
])
def test_hidden_passive_verb_with_an_object_stays_active(sentence, trigger, actor):
    actors, _ = attached(sentence, trigger, "ASSAULT")
    assert actors == [actor]


def test_hidden_passive_needs_the_flag():
    sentence = "وقال المتحدث إن جنديا فرنسيا قتل أمس في انفجار عبوة."
    assert attached(sentence, "قتل", "ASSAULT", hidden_passive=False)[0] == ["FRA"]


def test_spells_passive_accepts_person_endings_only():
    from hadath.events.arguments import spells_passive
    stems = frozenset({"قتل", "اعتقل"})
    assert spells_passive("قتلوا", stems) and spells_passive("اعتقلت", stems)
    assert not spells_passive("هاجموا", stems) and not spells_passive("قتلهم", stems)


def test_attack_noun_after_fi_names_who_it_hit():
    # "جرح في هجوم": the participant before the circumstance noun is its target
    assert attached("وقال البيان إن جنديا أميركيا جرح في هجوم قرب المطار.", "هجوم",
                    "ASSAULT", "nouns") == ([], ["USA"])


@pytest.mark.parametrize("sentence, event, actor", [
    # forces with a possessive pronoun belong to the speaker
    ("وقال الجيش الإسرائيلي إن جنوده قتلوا ثلاثة مسلحين في جنين.", "ASSAULT", "ISR"),
    # a noun of people followed by من and the body it belongs to is one participant
    ("وتجمع متظاهرون من الطلاب الأردنيين أمام البرلمان.", "PROTEST", "JOR"),
    # the article of a definite action noun is no preposition: the subject before the
    # support verb is its agent
    ("وقالت مصادر محلية إن الطائرات الإسرائيلية نفذت الغارة قرب المطار.", "ASSAULT", "ISR"),
])
def test_agent_found_through_the_phrase(sentence, event, actor):
    actors, _ = coded(sentence, event)
    assert actor in actors


def test_affiliated_body_gives_its_country():
    from hadath.events.structure import build_groups
    from hadath.records import ActorMention
    text = "مسلحون موالون لحركة طالبان"
    first = ActorMention(0, 6, "مسلحون", "مسلحون", None, "UAF", "x", "agent", "t")
    org_start = text.index("لحركة")
    org = ActorMention(org_start, len(text), text[org_start:], "طالبان", "AFG", "REB", "y",
                       "organization", "t")
    groups = build_groups(text, [first, org])
    assert len(groups) == 1 and groups[0].country == "AFG"
    # a country after من is where from, not whom the participant belongs to
    text2 = "جنود من لبنان"
    country = ActorMention(8, 13, "لبنان", "لبنان", "LBN", None, "z", "country", "t")
    soldiers = ActorMention(0, 4, "جنود", "جنود", None, "MIL", "x", "agent", "t")
    assert len(build_groups(text2, [soldiers, country])) == 2


@pytest.mark.parametrize("sentence, event, actors, recipients", [
    # a protest's recipient is what it is against; the protesters are its subject
    ("وتظاهر آلاف الطلاب أمام السفارة احتجاجا على الحرب الإسرائيلية في غزة.", "PROTEST",
     [None], ["ISR"]),
    ("واعتصم عشرات العمال أمام البرلمان رفضا لقرار الحكومة المصرية، دعما لزملائهم في تونس.",
     "PROTEST", [None], ["EGY"]),
    # whom a protest supports is no participant
    ("وخرج مئات المحتجين في القاهرة تضامنا مع لبنان.", "PROTEST", ["EGY"], []),
    # a counted crowd after a protest verb is its subject, not its object
    ("وتجمع مئات المتظاهرين المصريين أمام السفارة.", "PROTEST", ["EGY"], []),
    # pluperfect: the subject stands between كان and قد
    ("وكانت إسرائيل قد هددت لبنان بالرد.", "THREATEN", ["ISR"], ["LBN"]),
    ("وكان وزير العدل الأمريكي قد اتهم إيران بدعم الإرهاب.", "ACCUSE", ["USA"], ["IRN"]),
    # a demonym on the genitive of an action noun names the recipient, the support verb's
    # subject the actor; on the action noun itself it stays the agent
    ("وجدد وزير الخارجية السوري رفض الوجود التركي في الشمال.", "REJECT", ["SYR"], ["TUR"]),
    ("وشنت المقاتلات غارات جوية إسرائيلية على جنوب لبنان.", "ASSAULT", ["ISR"], ["LBN"]),
    # a target owned by a body: the body is the recipient
    # (the wounded soldiers take the one army the sentence names: victims, not the attacker)
    ("وأصيب جنديان في هجوم استهدف دورية للجيش الأمريكي شمال بغداد.", "ASSAULT", [],
     ["USA", "USA"]),
    ("وكان مسلحون قد استهدفوا قافلة لقوات الأمم المتحدة.", "ASSAULT", [None], ["UNO"]),
    ("واطلقت دبابة إسرائيلية قذيفة على تجمع للمواطنين الفلسطينيين.", "ASSAULT", ["ISR"], ["PSE"]),
    # تعرض إلى هجوم: the subject of تعرض is the victim
    ("وتعرضت قاعدة تابعة للجيش الباكستاني إلى هجوم انتحاري.", "ASSAULT", [], ["PAK"]),
])
def test_protest_roles_and_owned_targets(sentence, event, actors, recipients):
    got_actors, got_recipients = coded(sentence, event)
    assert got_actors == actors
    assert got_recipients == recipients


@pytest.mark.parametrize("sentence, recipients", [
    # a protest with no named target, held at home, is addressed to the host government
    ("واعتصم عشرات الممرضين أمس في مدن عدة شمال المغرب للمطالبة بتحسين ظروف العمل.", ["MAR"]),
    ("وأضرب سائقو سيارات الأجرة في العاصمة التونسية تونس احتجاجا على رفع الرسوم.", ["TUN"]),
    # ... but not a rally of another country's citizens abroad, nor one of solidarity
    ("وتظاهر مئات الطلاب الجزائريين في باريس أمس.", []),
    ("وخرج مئات المحتجين في القاهرة تضامنا مع لبنان.", []),
    # a named target wins over the host
    ("وتظاهر آلاف الطلاب في عمان احتجاجا على الغارات الإسرائيلية.", ["ISR"]),
])
def test_protest_host_government(sentence, recipients):
    _, got_recipients = coded(sentence, "PROTEST")
    assert got_recipients == recipients


@pytest.mark.parametrize("sentence, event, actors, recipients", [
    # a capital after a locative word is the place, after a movement preposition the
    # destination; as a subject it stands for its government
    ("واتهمت برلين موسكو بشن هجمات إلكترونية.", "ACCUSE", ["DEU"], ["RUS"]),
    # a definite body after a definite noun of people is the verb's object
    ("وطالب المتظاهرون الحكومة الأردنية بالإفراج عن الموقوفين.", "REQUEST", [None], ["JOR"]),
    # a pronoun subject refers to the nearest earlier subject of its sentence
    ("ورحبت الحكومة الأردنية بالقرار، لكنها طالبت إسرائيل بوقف الاستيطان.", "REQUEST",
     ["JOR"], ["ISR"]),
    # the subject of a support verb is the agent of its ب-noun, also across a time aside
    ("ودفعت وزارة الدفاع التركية، مساء أمس، بتعزيزات عسكرية نحو الحدود.", "MOBILIZE",
     ["TUR"], []),
])
def test_speech_acts_and_places(sentence, event, actors, recipients):
    assert coded(sentence, event) == (actors, recipients)


def test_place_after_locative_is_no_participant():
    pipeline = hadath.default_pipeline(include_nonfactual=True, min_confidence=0.0)
    result = pipeline.process(record_to_raw({"id": "t", "text": "عنوان\n\nعقد الوزراء العرب اجتماعا طارئا في برلين لبحث الأزمة."}),
                              published=PUBLISHED)
    consults = [e for e in result.events if e.event == "CONSULT"]
    assert consults and all("DEU" not in [a.country for a in e.actor] for e in consults)


def test_dual_subject_refers_to_the_two_parties():
    text = "واجتمع وزيرا خارجية تونس والمغرب، وأعلن المتحدث أن البلدين اتفقا على فتح الحدود."
    actors, _ = coded(text, "AGREE")
    assert set(actors) == {"TUN", "MAR"}


def test_statement_is_no_city():
    from hadath.recognize.actors import find_actors
    from hadath.text import TextLayer
    mentions = find_actors(TextLayer("وقال الجيش في بيان إن وحداته انسحبت."))
    assert mentions and all(m.country != "KWT" for m in mentions)


@pytest.mark.parametrize("sentence, actors, recipients", [
    # the survivor of an attempt (نجا من) and the one who underwent it (بتعرض ... لمحاولة)
    ("نجا محافظ البصرة، صباح اليوم، من محاولة اغتيال بعبوة ناسفة.", [], ["IRQ"]),
    ("أفادت الشرطة بتعرض رئيس البرلمان العراقي لمحاولة اغتيال في العاصمة.", [], ["IRQ"]),
    # people acted upon before an attack noun are its victims, not its agents
    ("وأكد المستشفى إصابة عشرة أشخاص سوريين وسيارة مفخخة انفجرت قرب السوق.", [], ["SYR"]),
    # victims owned by the speaker: its country, not the country of the place
    ("أعلنت القوات الأمريكية مقتل اثنين من جنودها، وإصابة ثالث، في هجوم قرب الموصل.",
     [], ["USA"]),
    # the agent is who claimed the attack or was credited with it later in the sentence
    ("وتعرضت دورية للجيش قرب الحدود إلى هجوم بالقذائف، نسب إلى المتمردين التاميل.",
     ["LKA"], [None]),
    ("وأسفر الهجوم على قاعدة عسكرية عن مقتل ثلاثة جنود، وأعلنت حركة الشباب مسؤوليتها عنه.",
     ["SOM"], [None]),
])
def test_survivors_owned_victims_and_claims(sentence, actors, recipients):
    assert coded(sentence, "ASSAULT") == (actors, recipients)


def test_a_partitive_of_an_earlier_clause_is_not_a_later_attack_victim():
    sentence = ("أقر الجيش بمقتل أحد جنوده بقذيفة من الحدود، بينما قالت وزارة الصحة إن ثلاثة "
                "مدنيين أصيبوا في غارات على قرية شمالية.")
    pipeline = hadath.default_pipeline(include_nonfactual=True, min_confidence=0.0, rescore=False)
    result = pipeline.process(record_to_raw({"id": "t", "text": "عنوان الخبر\n\n" + sentence}),
                              published=PUBLISHED)
    raids = [e for e in result.events if e.trigger.text.endswith("غارات")]
    assert raids and all("own-victims" not in e.rule for e in raids)


def test_support_verb_subject_before_a_short_aside_is_the_actor():
    actors, _ = coded("نفذت القوات المسلحة الأردنية، اليوم الثلاثاء، ثلاثة إنزالات جوية لمساعدات إنسانية.",
                      "AID")
    assert actors == ["JOR"]
