"""Tenth session: condemned acts and bare office titles.

* after a verb or noun of condemnation, the direct genitive of a condemned act of harm
  (اغتيال، تهجير، مقتل ...) is the one who suffered it, not the one condemned: it is no
  recipient; a state, an army or a government as that genitive is the act's agent and
  stays, and an agent named behind a marker (برصاص، على يد) takes the victim's place;
* a bare office title (رئيس الحكومة، وزير الأمن) with no country takes the state a
  document is clearly about, and none when no state dominates it.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, texts_of

from hadath.recognize.actors import find_actors
from hadath.text import TextLayer

# ------------------------------------------------ the victim of a condemned act


@pytest.mark.parametrize("text, trigger, victim", [
    ("ندد وزير الخارجية الإيراني باغتيال القائد الميداني في مدينة صور.", "ندد", "القائد"),
    ("ندد الاتحاد الأوروبي بتهجير السكان الفلسطينيين من الأحياء الشرقية.", "ندد",
     "السكان"),
    ("واستنكرت النقابة في بيان استهداف الصحفيين أثناء تغطيتهم للأحداث.", "استنكرت",
     "الصحفيين"),
])
def test_the_victim_of_a_condemned_act_is_no_recipient(text, trigger, victim):
    e = event_on(text, "ACCUSE", trigger)
    assert not any(victim in t for t in texts_of(e.recipient)), texts_of(e.recipient)
    # the one who condemns stays the actor
    assert e.actor


def test_acts_joined_by_wa_share_the_victim():
    text = "ندد الاتحاد الأوروبي بتجويع وتهجير سكان المخيمات الشمالية."
    e = event_on(text, "ACCUSE", "ندد")
    assert not any("سكان" in t for t in texts_of(e.recipient))
    assert countries_of(e.actor) == ["EUR"]


def test_a_state_as_genitive_is_the_agent_condemned():
    text = "أدانت حركة حماس اغتيال إسرائيل القائد العسكري في ضاحية العاصمة."
    e = event_on(text, "ACCUSE", "أدانت")
    assert countries_of(e.recipient) == ["ISR"]


def test_an_agent_behind_a_marker_replaces_the_victim():
    text = "صدرت بيانات منددة بمقتل الناشطة الأميركية برصاص جنود الجيش الإسرائيلي قرب نابلس."
    e = event_on(text, "ACCUSE", "منددة")
    assert "USA" not in countries_of(e.recipient)
    assert countries_of(e.recipient) == ["ISR"]


def test_the_genitive_of_a_condemned_statement_stays_the_one_blamed():
    # a statement is no act of harm: its genitive is its author, the one condemned
    text = "أدان وزير الخارجية الأردني تصريحات وزير المالية الإسرائيلي الأخيرة."
    e = event_on(text, "ACCUSE", "أدان")
    assert countries_of(e.recipient) == ["ISR"]
    assert "condemned-victim" not in e.rule


# ------------------------------------------------ bare office titles


def _country_of(text: str, form: str) -> str | None:
    mentions = [m for m in find_actors(TextLayer(text), date="2024-05-02") if m.text == form]
    assert mentions, form
    return mentions[-1].country


ISRAEL_DOCUMENT = (
    "قالت الحكومة الإسرائيلية إن الجيش الإسرائيلي سيواصل عملياته، وأكد وزير الخارجية "
    "الإسرائيلي أن إسرائيل لن تتراجع. وذكرت الإذاعة الإسرائيلية أن المعارضة الإسرائيلية "
    "تطالب بانتخابات. وانتقد زعيم المعارضة قرار رئيس الحكومة تأجيل الجلسة.")


def test_a_bare_office_title_takes_the_dominant_state():
    assert _country_of(ISRAEL_DOCUMENT, "رئيس الحكومة") == "ISR"


def test_a_bare_minister_title_takes_the_dominant_state():
    text = ISRAEL_DOCUMENT + " ورد وزير الأمن على الانتقادات في مؤتمر صحفي."
    assert _country_of(text, "وزير الأمن") == "ISR"


def test_no_dominant_state_leaves_the_title_without_country():
    text = ("التقى وزير الخارجية المصري نظيره التركي في أنقرة، وبحثا مع الوفد القطري "
            "والوفد الأردني الأوضاع في المنطقة. وقال رئيس الحكومة إن الاتصالات مستمرة.")
    assert _country_of(text, "رئيس الحكومة") is None


def test_a_title_with_its_own_demonym_keeps_it():
    text = ISRAEL_DOCUMENT + " واستقبل الرئيس الإسرائيلي رئيس الحكومة الفرنسي في القدس."
    assert _country_of(text, "رئيس الحكومة الفرنسي") == "FRA"


def test_a_bare_head_of_staff_is_no_office_of_government():
    # رئيس heads a government office only: the chief of staff is an army's
    text = ISRAEL_DOCUMENT + " وزار رئيس الأركان الجبهة."
    mentions = [m for m in find_actors(TextLayer(text), date="2024-05-02")
                if m.text == "رئيس الأركان"]
    assert all(m.rule != "institution:document-state" for m in mentions)
