"""Tenth session, coder leftovers: a body of the actor's own country reporting its act is a
source, not the actor's voice; verbs of showing (عرضت، نشرت ... مشاهد) and خلص إلى أن
introduce their source."""
from __future__ import annotations

from hadath.events.speakers import _names_actor, _official_of_state_actor
from hadath.pipeline import record_to_raw
from hadath.records import ActorMention


def _events(pipe, text: str, event: str):
    res = pipe.process(record_to_raw({"id": "t", "text": text}), published="2024-09-09")
    return [e for e in res.events if e.event == event]


def _source(e) -> str | None:
    return e.attributed_to.text if e.attributed_to else None


def _mention(text: str, start: int, country: str | None, sector: str | None, kind: str,
             id_: str | None) -> ActorMention:
    return ActorMention(start, start + len(text), text, None, country, sector, id_, kind)


# ---------------------------------------------------------------- own voice


def test_families_of_the_actors_country_reporting_it_stay_the_source(pipeline):
    events = _events(pipeline, "قالت عائلات الأسرى الإسرائيليين إن رئيس الوزراء بنيامين نتنياهو "
                               "يرفض إبرام صفقة تبادل مع الحركة.", "REJECT")
    assert [_source(e) for e in events] == ["عائلات الأسرى الإسرائيليين"]


def test_an_official_of_another_body_reporting_a_leaders_act_stays_the_source(pipeline):
    events = _events(pipeline, "قال مسؤول عسكري إسرائيلي إن نتنياهو اتهم قادة الجيش بالتقصير.", "ACCUSE")
    assert [_source(e) for e in events] == ["مسؤول عسكري إسرائيلي"]


def test_a_minister_speaking_of_his_states_act_is_its_voice(pipeline):
    events = _events(pipeline, "قال وزير الخارجية الإيراني إن إيران ترفض الشروط الأميركية الجديدة.", "REJECT")
    assert [[a.country for a in e.actor] for e in events] == [["IRN"]]
    assert [_source(e) for e in events] == [None]


def test_an_official_speaks_for_the_state_not_a_broadcaster():
    state = [_mention("إيران", 40, "IRN", None, "country", "IRN")]
    minister = [_mention("وزير الخارجية", 4, "IRN", "GOV", "institution", "inst-foreign")]
    broadcaster = [_mention("التلفزيون الإيراني", 4, "IRN", "JRN", "institution", "inst-state-media")]
    assert _official_of_state_actor(minister, state)
    assert not _official_of_state_actor(broadcaster, state)


def test_an_official_does_not_speak_for_another_person_of_his_country():
    leader = [_mention("نتنياهو", 40, "ISR", "GOV", "person", "isr-netanyahu")]
    official = [_mention("مسؤول إسرائيلي", 4, "ISR", "GOV", "institution", "inst-government")]
    assert not _official_of_state_actor(official, leader)


def test_the_actors_name_in_apposition_to_the_source_is_the_speaker():
    text = "قال القيادي في الحركة، سامر خليل، إن الاحتلال يتحمل المسؤولية."
    source_end = text.index("،")
    speakers = [_mention("الحركة", text.index("الحركة"), "PSE", "REB", "organization", "pse-x")]
    named = _mention("سامر خليل", text.index("سامر"), "PSE", "REB", "person", "pse-y")
    other = _mention("الاحتلال", text.index("الاحتلال"), "ISR", "MIL", "organization", "isr-z")
    assert _names_actor(speakers, [named], text, source_end)
    assert not _names_actor(speakers, [other], text, source_end)


# ---------------------------------------------------------------- display verbs


def test_a_group_showing_footage_of_its_attack_is_its_source(pipeline):
    events = _events(pipeline, "نشرت سرايا القدس مقطع فيديو يظهر قصف مقاتليها تجمعا لجنود الاحتلال "
                               "قرب مدينة خان يونس.", "ASSAULT")
    assert [_source(e) for e in events] == ["سرايا القدس"]


def test_a_state_showing_pictures_is_the_source_of_what_they_show(pipeline):
    events = _events(pipeline, "نشرت روسيا صورا تظهر قصف أوكرانيا مدينة بيلغورود.", "ASSAULT")
    assert [_source(e) for e in events] == ["روسيا"]


def test_deploying_forces_is_no_source(pipeline):
    events = _events(pipeline, "نشرت روسيا قوات إضافية على الحدود بعد أن قصفت أوكرانيا مدينة بيلغورود.",
                     "ASSAULT")
    assert [[a.country for a in e.actor] for e in events] == [["UKR"]]
    assert [_source(e) for e in events] == [None]


def test_a_conclusion_introduces_its_source(pipeline):
    events = _events(pipeline, "خلصت لجنة تحقيق أممية إلى أن الجيش الإسرائيلي قصف مدرسة تؤوي نازحين "
                               "في رفح.", "ASSAULT")
    assert [_source(e) for e in events] == ["لجنة تحقيق أممية"]
