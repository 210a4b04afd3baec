"""Thirteenth session: the parties of an agreement are never the one who only tells of it.
A first-person verb in a quotation ("وافقنا على ...") has the quoted speaker as its subject;
a speaker before a bare complementiser is no party when the reported clause names its own
parties or he speaks for an international body; parties named after بين are the actors.
Each class has the reports whose speaker must stay a party.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of


def _parties(text: str) -> list[tuple[set[str], set[str]]]:
    return [({a.text for a in e.actor}, {r.text for r in e.recipient})
            for e in events_of(text, "AGREE")]


def _actor_texts(text: str) -> set[str]:
    return {a for actors, _ in _parties(text) for a in actors}


# ---------------------------------------------------------------- a reporter is no party


@pytest.mark.parametrize(("text", "reporter"), [
    ("وصرح الرئيس اللبناني بأن قبول تركيا بالاتفاق مع اليونان خطوة مهمة.", "الرئيس اللبناني"),
    ("وأكد الأمين العام للأمم المتحدة أن الاتفاق يتضمن وقف القتال في اليمن.",
     "الأمين العام للأمم المتحدة"),
    ("قالت وزارة الخارجية الأمريكية إن هناك اتفاقا بين مصر وقطر على الخطة.",
     "وزارة الخارجية الأمريكية"),
])
def test_a_speaker_before_a_bare_complementiser_is_no_party(text, reporter):
    assert reporter not in _actor_texts(text), _parties(text)


def test_the_clause_own_participant_takes_the_reporter_place():
    parties = _parties("وترى الحكومة السورية أن قبول تركيا بالاتفاق مع اليونان جاء متأخرا.")
    assert ({"تركيا"}, {"اليونان"}) in parties, parties


@pytest.mark.parametrize(("text", "party"), [
    ("أعلنت مصر أنها وقعت اتفاقا مع قطر لتطوير الموانئ.", "مصر"),
    ("أعلنت مصر وقطر أن الاتفاق دخل حيز التنفيذ أمس.", "مصر"),
    ("قال المتحدث باسم الحكومة العراقية إن الاتفاق مع تركيا يشمل تقاسم المياه.",
     "المتحدث باسم الحكومة العراقية"),
])
def test_a_speaker_who_is_the_subject_or_a_side_stays_a_party(text, party):
    assert party in _actor_texts(text), _parties(text)


# ---------------------------------------------------------------- a first-person verb


def test_a_first_person_verb_takes_the_quoted_speaker_not_the_object():
    text = "وقالت حركة حماس في بيان: وافقنا على مقترح قطر وعلى قرار مجلس الأمن."
    parties = _parties(text)
    assert parties and all("حركة حماس" in actors and "قطر" not in actors
                           and "مجلس الأمن" not in actors for actors, _ in parties), parties


def test_a_third_person_verb_keeps_its_subject():
    parties = _parties("وافقت قطر على مقترح مصر لوقف إطلاق النار.")
    assert any("قطر" in actors for actors, _ in parties), parties


# ---------------------------------------------------------------- parties after بين


def test_parties_after_between_are_the_actors_not_the_critic():
    parties = _parties("وانتقدت إيران السعودية بعد توقيع اتفاق دفاعي بين مصر والأردن.")
    assert parties and all(actors == {"مصر", "الأردن"} for actors, _ in parties), parties


def test_signatories_named_as_subject_keep_their_agreement():
    parties = _parties("وقعت مصر والأردن أمس اتفاقا للتعاون في مجال الطاقة.")
    assert any({"مصر", "الأردن"} <= actors for actors, _ in parties), parties
