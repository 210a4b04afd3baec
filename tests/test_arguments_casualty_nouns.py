"""ASSAULT participants (sixth session, b): the genitive of a casualty noun is who died or
was hurt, and an armed group announcing an attack noun is its actor. Sentences written for
these tests."""
from __future__ import annotations

import pytest
from conftest import coded, events_of


@pytest.mark.parametrize("text", [
    "أفادت مصادر محلية بمقتل جنديين سوريين قرب الحدود.",
    "أكدت الفصائل مقتل جنديين سوريين في المعارك.",
])
def test_the_genitive_of_a_casualty_noun_is_the_victim(text):
    actors, recipients = coded(text, "ASSAULT")
    assert "SYR" in recipients and "SYR" not in actors


def test_who_reports_a_death_is_not_its_agent():
    e = events_of("أعلنت وزارة الصحة العراقية استشهاد ثلاثة مدنيين.", "ASSAULT")[0]
    assert [a.text for a in e.actor] == []
    assert any("مدنيين" in r.text for r in e.recipient)


def test_a_casualty_noun_keeps_its_marked_agent():
    actors, recipients = coded("أفاد مسعفون باستشهاد شاب فلسطيني بنيران الجيش الإسرائيلي.",
                               "ASSAULT")
    assert actors == ["ISR"] and recipients == ["PSE"]


@pytest.mark.parametrize("text", [
    "أعلنت كتائب القسام، صباح الخميس، استهداف دبابة إسرائيلية قرب المعبر.",
    "أعلنت سرايا القدس -ذراع الجهاد الإسلامي المسلح- استهداف جنود إسرائيليين بقذيفة.",
])
def test_an_armed_group_announcing_an_attack_is_its_actor(text):
    actors, recipients = coded(text, "ASSAULT")
    assert actors == ["PSE"] and recipients == ["ISR"]


def test_an_attack_announced_with_a_lam_object_keeps_its_genitive_agent():
    actors, _ = coded("أعلن الجيش الإسرائيلي استهداف حزب الله لموقع عسكري في الجليل.",
                      "ASSAULT")
    assert actors == ["LBN"]

