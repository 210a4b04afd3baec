"""Event coder readings: reported accusations, hidden passives, verbal nouns after a verb.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

import hadath
from hadath.events.lexicon import default_trigger_matcher
from hadath.text.normalize import normalize


def _events(text: str):
    return hadath.extract("عنوان الخبر\n\n" + text, published="2024-05-02")


def _forms(text: str) -> dict[str, str]:
    return {text[h.start:h.end]: h.value.form
            for h in default_trigger_matcher().longest(normalize(text)) if h.value.form != "blocker"}


# ---------------------------------------------------------------- reported accusations

@pytest.mark.parametrize("text, actor, recipient", [
    ("وقال وزير الخارجية الأردني إن الحكومة الإسرائيلية هي المسؤولة عن تعطيل وصول المساعدات.",
     "JOR", "ISR"),
    ("أكدت الخارجية القطرية أن حركة حماس هي من يعرقل التفاهمات الأخيرة.", "QAT", "PSE"),
    ("صرح الرئيس الفرنسي بأن الحكومة الروسية تتحمل مسؤولية تدهور الأوضاع.", "FRA", "RUS"),
])
def test_accusatory_predicate_under_a_verb_of_saying_is_an_accusation(text, actor, recipient):
    accusations = [e for e in _events(text) if e.event == "ACCUSE"]
    assert accusations, text
    e = accusations[0]
    assert actor in {a.country for a in e.actor}
    assert recipient in {r.country for r in e.recipient}
    assert "/reported/" in e.rule


@pytest.mark.parametrize("text", [
    "ويتحمل المسؤول عن الملف مهمة التنسيق بين الوزارات.",
    "الحكومة الإسرائيلية هي المسؤولة عن إدارة المعابر منذ سنوات.",
])
def test_accusatory_predicate_without_a_speaker_is_no_accusation(text):
    assert not [e for e in _events(text) if e.event == "ACCUSE" and "/reported/" in e.rule]


# ---------------------------------------------------------------- hidden passives

def test_killing_verb_before_a_civilian_noun_is_victim_framed():
    # the raid (مداهمة) is an act of its own; the arrest verb is the one read as a passive
    events = [e for e in _events("اعتقل مدنيون أتراك خلال مداهمة في مدينة إزمير.")
              if e.event == "COERCE" and e.mode == "arrest"]
    assert events
    assert all("/passive/" in e.rule for e in events)
    assert all(a.sector != "CVL" for e in events for a in e.actor)


def test_verb_with_a_named_agent_stays_active():
    events = [e for e in _events("اعتقلت الشرطة التركية 12 شخصا في إسطنبول.") if e.event == "COERCE"]
    assert events
    assert "TUR" in {a.country for a in events[0].actor}
    assert "/passive/" not in events[0].rule


# ---------------------------------------------------------------- verbal nouns after a verb

@pytest.mark.parametrize("text, word", [
    ("قالت الحكومة الألمانية إنها لا تدعم حظر تصدير الأسلحة.", "حظر"),
    ("وأكد الوزير أن بلاده لن تقبل منع الصحفيين من العمل.", "منع"),
])
def test_past_form_right_after_a_verb_or_particle_is_a_noun(text, word):
    forms = _forms(text)
    assert forms.get(word) == "nouns", forms


def test_past_form_opening_a_clause_stays_a_verb():
    forms = _forms("وحظر البرلمان استيراد السلع من الخارج.")
    assert forms.get("حظر") == "past", forms


# ---------------------------------------------------------------- running tolls

def test_a_running_toll_is_an_assault_with_a_cumulative_count():
    events = _events("وارتفع عدد الشهداء في مدينة رفح منذ بداية الحرب إلى 1200 شهيد، وفق مصادر طبية.")
    tolls = [e for e in events if e.event == "ASSAULT"]
    assert tolls and tolls[0].killed is not None
    assert (tolls[0].killed.min, tolls[0].killed.cumulative) == (1200, True)
    assert "assault.toll" in tolls[0].rule


def test_a_toll_noun_under_negation_is_not_emitted():
    assert not [e for e in _events("لم تعرف حصيلة الضحايا حتى مساء اليوم.") if e.event == "ASSAULT"]


def test_a_death_beside_an_only_alleged_attack_is_its_own_assault():
    # the stabbing is what the police allege he intended; the killing is reported
    events = _events("استشهد شاب فلسطيني عند الحاجز بعد زعم الشرطة نيته تنفيذ عملية طعن.")
    assert [e.trigger.text for e in events if e.event == "ASSAULT"] == ["استشهد"]


def test_a_death_beside_a_reported_attack_is_that_attack():
    events = _events("استشهد شاب فلسطيني في قصف إسرائيلي على المخيم.")
    assert [e.trigger.text for e in events if e.event == "ASSAULT"] == ["قصف"]


# ---------------------------------------------------------------- speakers and sources

def test_a_newspaper_of_the_actors_country_stays_the_source_of_its_statement():
    [e] = [e for e in _events("أفادت صحيفة هآرتس الإسرائيلية بأن وزير الدفاع الإسرائيلي طالب "
                              "الحكومة بوقف العملية.") if e.event == "REQUEST"]
    assert [a.text for a in e.actor] == ["وزير الدفاع الإسرائيلي"]
    assert e.attributed_to is not None and e.attributed_to.text.startswith("صحيفة")


def test_a_speaker_of_the_actors_country_is_the_actor_not_a_source():
    [e] = [e for e in _events("أكد وزير الدفاع الإيراني أن إيران تدعم الحوار بين الجارين.")
           if e.event == "SUPPORT"]
    assert e.attributed_to is None


def test_a_verb_spelled_like_a_people_noun_names_nobody():
    # طالب read as the verb: it is no "student" beside the minister
    [e] = [e for e in _events("قال مصدر إن وزير المالية المصري طالب البنك بخفض الفائدة.")
           if e.event == "REQUEST"]
    assert [a.country for a in e.actor] == ["EGY"]


# ---------------------------------------------------------------- continued statements

def test_a_threat_in_a_continued_statement_is_made_by_the_previous_speaker():
    text = ("قال المتحدث باسم وزارة الدفاع التركية إن الطائرات دمرت مخابئ للمسلحين في الجبال. "
            "وأضاف أن الرد على أي هجوم جديد سيكون مضاعفا.")
    threats = [e for e in _events(text) if e.event == "THREATEN"]
    assert threats, text
    assert "TUR" in {a.country for a in threats[0].actor}
    assert threats[0].attributed_to is None


# ---------------------------------------------------------------- people of the place

def test_people_and_bodies_named_without_a_country_are_those_of_the_place():
    events = _events("تظاهر مئات الطلاب أمام مبنى المحافظة في مدينة البصرة احتجاجا على انقطاع الكهرباء.")
    protests = [e for e in events if e.event == "PROTEST"]
    assert protests and {a.country for a in protests[0].actor} == {"IRQ"}


def test_armies_are_not_assumed_to_be_of_the_place():
    from hadath.events.party_places import localised
    from hadath.records import ActorMention
    army = ActorMention(0, 5, "الجيش", "armed forces", None, "MIL", "inst-army", "institution")
    students = ActorMention(6, 12, "الطلاب", "students", None, "EDU", "agent-students", "agent")
    mediators = ActorMention(13, 20, "الوسطاء", "mediators", None, "EDU", "agent-mediators", "agent")
    out = localised([army, students, mediators], "IRQ", frozenset({"EDU"}), frozenset({"agent-mediators"}))
    assert [m.country for m in out] == [None, "IRQ", None]


def test_the_speaker_is_the_title_after_an_unknown_name():
    text = "أعلن ماهر الفلاني، نائب وزير الداخلية العراقي، مساء الخميس أن الرد على الهجوم سيكون حاسما."
    threats = [e for e in _events(text) if e.event == "THREATEN"]
    assert threats and "IRQ" in {a.country for a in threats[0].actor}


def test_a_sentence_opening_with_and_plus_verb_continues_the_last_subject():
    text = ("أعلنت وزارة الخارجية الأردنية رفضها للقرار الإسرائيلي الجديد. "
            "وطالبت بوقف الاستيطان فورا.")
    requests = [e for e in _events(text) if e.event == "REQUEST"]
    assert requests and "JOR" in {a.country for a in requests[0].actor}


def test_the_place_that_witnessed_a_protest_is_its_location():
    from hadath.pipeline import record_to_raw
    rules_only = hadath.default_pipeline(rescore=False)
    text = "عنوان الخبر\n\nشهدت العاصمة الفرنسية باريس، اليوم السبت، مظاهرة حاشدة تضامنا مع سكان غزة."
    result = rules_only.process(record_to_raw({"id": "t", "text": text}), published="2024-05-02")
    protests = [e for e in result.events if e.event == "PROTEST"]
    assert protests and protests[0].location is not None
    assert protests[0].location.country == "FRA"


def test_a_continued_statement_is_dated_by_the_statement_it_continues():
    text = ("قالت وزارة الخارجية الإثيوبية، الثلاثاء، إن القاهرة تتحمل مسؤولية التوتر على الحدود. "
            "وأضافت أن الرد على هذه التصريحات سيكون حاسما.")
    threats = [e for e in _events(text) if e.event == "THREATEN"]
    assert threats and threats[0].date == "2024-04-30"


def test_according_to_a_statement_reports_it_does_not_act():
    events = _events("وخففت الوزارة القيود على التجمعات في العاصمة، بحسب بيان للرئاسة.")
    concede = [e for e in events if e.event == "CONCEDE"]
    assert concede and not any("الرئاسة" in a.text for a in concede[0].actor)
    assert concede[0].attributed_to is not None and concede[0].attributed_to.text == "بيان للرئاسة"


def test_a_verb_describing_an_indefinite_attack_noun_shares_its_attacker():
    events = [e for e in _events("قتل خمسة مدنيين فجر الثلاثاء جراء قصف إسرائيلي طال أحياء "
                                 "في جنوب لبنان.") if e.event == "ASSAULT"]
    assert events and {a.country for a in events[0].actor} == {"ISR"}
    events = [e for e in _events("أصيب ثلاثة صيادين بقصف مدفعي إسرائيلي استهدف قاربهم "
                                 "قبالة شاطئ رفح.") if e.event == "ASSAULT"]
    assert len(events) == 1 and {a.country for a in events[0].actor} == {"ISR"}
