"""Twentieth session: people joined by و to a person counted after a casualty word add to
its count ('مقتل ضابط و3 جنود' = 4, 'استشهاد طبيب وممرض' = 2, 'استشهد شاب وطفلان' = 3),
after at most a short qualifier of the first one; not across a place or a time (another
fact), not a number that counts something else or that another casualty word takes.
Our own example sentences."""
from __future__ import annotations

import pytest

from hadath.events.counts import find_counts
from hadath.events.lexicon import default_rules
from hadath.records import Document


def _counts(pipeline, text: str) -> dict[str, int]:
    """The first count of each kind found in the text: kind -> its lower bound."""
    analysis = pipeline.analyze(Document(doc_id="t", text=text, published="2024-09-18"))
    view, rules = analysis.layer.view, default_rules()
    out: dict[str, int] = {}
    for sentence in analysis.layer.sentences:
        for c in find_counts(analysis.layer, sentence, rules.casualty.longest(view),
                             analysis.numbers, analysis.times, rules.cumulative.longest(view)):
            out.setdefault(c.kind, c.count.min)
    return out


@pytest.mark.parametrize("text, kind, expected", [
    # a singular noun and a counted plural
    ("أعلن الجيش مقتل ضابط و3 جنود في كمين قرب الحدود مساء أمس.", "killed", 4),
    ("استشهد طفل و4 نساء في غارة على منزل في المخيم أمس.", "killed", 5),
    ("اعتقلت القوات طفلا و5 شبان خلال اقتحام البلدة فجرا.", "arrested", 6),
    ("أصيب شاب و3 آخرون برصاص المستوطنين قرب القرية.", "injured", 4),
    # two singular nouns, the first with its qualifier
    ("أقر الجيش بمقتل قائد كتيبة وقائد سرية في المعارك الأخيرة.", "killed", 2),
    ("أعلنت الوزارة استشهاد طبيب وممرض في قصف على المستشفى.", "killed", 2),
    # a singular noun and a dual, a kin noun
    ("استشهد شاب وطفلان في قصف على الحي الشرقي أمس.", "killed", 3),
    ("استشهد رجل ووالده في غارة على منزلهما بالبلدة.", "killed", 2),
    # a feminine noun writes its ة as ت before the pronoun
    ("استشهد رجل وزوجته وطفلتهما في غارة على منزلهم بالبلدة.", "killed", 3),
    ("أصيبت سيدة ووالدتها برصاص الجنود عند مدخل القرية.", "injured", 2),
])
def test_people_joined_by_and_add_to_the_count(pipeline, text, kind, expected):
    assert _counts(pipeline, text).get(kind) == expected


@pytest.mark.parametrize("text, kind, expected", [
    # a place between them: two facts, the first count stays one
    ("استشهد شاب في جنين وطفل في نابلس برصاص الجنود.", "killed", 1),
    # the number after و is the wounded of a casualty word of its own
    ("استشهد طفل و3 أصيبوا في قصف على المخيم أمس.", "killed", 1),
    ("استشهاد شاب وإصابة 3 آخرين برصاص الجنود في المدينة.", "killed", 1),
    # a number of something else
    ("قتل جندي و15 عاما مضت على خدمته في الجيش.", "killed", 1),
    # a casualty noun after و is no more people of this count
    ("استشهد شاب وجريح في القصف على المخيم أمس.", "killed", 1),
])
def test_no_join_across_another_fact_or_count(pipeline, text, kind, expected):
    assert _counts(pipeline, text).get(kind) == expected


@pytest.mark.parametrize("text, kind, expected", [
    ("أعلنت قناة الجزيرة مقتل مصورها في غارة على خان يونس أمس.", "killed", 1),
    ("أعلنت القناة إصابة مراسلها بشظايا قذيفة في المدينة.", "injured", 1),
    ("أعلنت الحركة استشهاد قائدها في غارة على العاصمة.", "killed", 1),
    # a definite person joined after a definite one
    ("أعلن الجيش مقتل الضابط والجندي في كمين قرب الحدود.", "killed", 2),
])
def test_a_possessed_person_noun_counts_one(pipeline, text, kind, expected):
    assert _counts(pipeline, text).get(kind) == expected


def test_a_possessed_person_noun_after_an_arrest_counts_nothing(pipeline):
    # like a kin noun ("اعتقال شقيقه"), an arrest of someone's own is mostly background
    assert "arrested" not in _counts(pipeline, "بعد اعتقال مراسلها في المدينة أغلقت القناة مكتبها.")
