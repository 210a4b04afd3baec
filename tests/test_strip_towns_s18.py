"""Eighteenth session: a region of the trigger's clause and its towns.  A town of another
clause that lies in the region the trigger's clause locates the act in (في/ب) does not make
the place more precise: it tells of another act there.  And a mention set only in a region
does not absorb a later mention set in one of its towns that carries a toll or a target of
its own.  All sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of

STRIP = "Gaza Strip"


def places(text: str, event: str = "ASSAULT") -> list[str | None]:
    return [e.location.name if e.location else None for e in events_of(text, event)]


# ---------------------------------------------------------------- location

@pytest.mark.parametrize("text", [
    # the army's toll in the Strip, then where it widened its operation
    "أعلن الجيش مقتل أربعة جنود في غزة خلال اليومين الماضيين، وقال إنه وسع عملياته في رفح جنوبي القطاع.",
    # a fused ب, and a town of another fact after the comma
    "قتلت القوات عشرة صيادين بغزة منذ بداية الشهر، ونصب المقاومون كمينا شرق خان يونس.",
])
def test_a_town_of_another_clause_does_not_beat_the_region_it_lies_in(text: str) -> None:
    assert places(text)[0] == STRIP


@pytest.mark.parametrize("text, town", [
    # the town in the trigger's own clause still beats the reporter's region
    ("أكد مراسلنا في غزة استشهاد شاب في قصف على بيت لاهيا.", "Beit Lahia"),
    # the region only in a fronted day count, another clause
    ("في اليوم المئة من الحرب على غزة، قصف الجيش مدرسة في دير البلح.", "Deir al-Balah"),
    # a region the act is aimed at (على), made precise by the next clause
    ("شن الطيران غارات على قطاع غزة، واستهدف منزلا في بيت حانون ما أدى إلى استشهاد 5 مواطنين.",
     "Beit Hanoun"),
])
def test_a_town_still_wins_beside_a_region_that_does_not_locate_the_act(text: str, town: str) -> None:
    assert places(text)[0] == town


# ---------------------------------------------------------------- merging

def test_a_strike_on_a_town_with_its_target_is_not_absorbed_by_the_regions_clash() -> None:
    found = places("تواصلت الاشتباكات بين المقاومين وقوات الاحتلال في غزة، في ظل قصف مكثف على جباليا.")
    assert found == [STRIP, "Jabalia"]


def test_a_dated_town_strike_with_its_own_toll_is_not_absorbed_by_the_undated_lead() -> None:
    text = ("يرتكب الاحتلال مجازر جديدة في غزة. "
            "واستهدف الاحتلال اليوم الخميس شقة سكنية غربي مدينة غزة، ما أدى إلى استشهاد اثنين.")
    events = events_of(text, "ASSAULT")
    assert [e.location.name for e in events] == [STRIP, "Gaza City"]
    assert events[0].killed is None and events[1].killed.min == 2


def test_the_regions_toll_told_after_the_town_strike_resumes_it() -> None:
    text = ("استهدف الجيش منزلا في مخيم المغازي، اليوم الخميس. "
            "وأعلنت وزارة الصحة في غزة استشهاد 3 مواطنين في القصف.")
    events = events_of(text, "ASSAULT")
    assert len(events) == 1
    assert events[0].location.name == "Maghazi camp" and events[0].killed.min == 3


@pytest.mark.parametrize("text, town", [
    # a town that only says where in the region the act was, after a comma
    ("دارت معارك طوال الليل بين المقاتلين وقوات الجيش في قطاع غزة، خاصة في خان يونس.", "Khan Yunis"),
])
def test_a_town_that_only_narrows_the_region_still_wins(text: str, town: str) -> None:
    assert places(text)[0] == town
