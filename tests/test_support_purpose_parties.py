"""A party the support is for is never its doer: the genitive of a noun of what a party strives
for after a support noun ("دعم نضال ..."), a party after ل + a support noun ("وقفة لنصرة ...");
and the author of a condemned act beats the victim read inside its relative clause.
Sentences written for these tests."""
import pytest

from hadath.pipeline import Pipeline, record_to_raw


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.default()


def events(pipeline, text, event):
    raw = record_to_raw({"id": "s1", "text": text, "published": "2024-05-02"}, 0)
    return [e for e in pipeline.process(raw).events if e.event == event]


def countries(parties):
    return [p.country for p in parties]


@pytest.mark.parametrize("text, supported", [
    ("أكدت الحكومة دعم نضال الفلسطينيين من أجل الحرية.", "PSE"),
    ("جدد البرلمان مساندة حقوق سكان غزة في العودة.", "PSE"),
    ("أعلنت الوزارة دعم جهود مصر في الوساطة.", "EGY"),
])
def test_party_after_a_cause_noun_is_the_one_supported(pipeline, text, supported):
    found = events(pipeline, text, "SUPPORT")
    assert found
    assert supported not in countries(found[0].actor)
    assert supported in countries(found[0].recipient)


def test_supporter_named_after_the_noun_is_still_the_doer(pipeline):
    # no cause noun between: "دعم واشنطن لإسرائيل" keeps Washington as the supporter
    found = events(pipeline, "انتقد الخطيب دعم واشنطن لإسرائيل بالسلاح.", "SUPPORT")
    assert all("PSE" not in countries(e.actor) for e in found)


@pytest.mark.parametrize("text", [
    "نظمت النقابة وقفة لنصرة سكان غزة أمام مقرها.",
    "شارك الطلاب في مسيرة لدعم الفلسطينيين في العاصمة.",
])
def test_party_after_li_and_a_support_noun_is_no_protester(pipeline, text):
    for e in events(pipeline, text, "PROTEST"):
        assert not any(a.sector == "CVL" and a.country == "PSE" for a in e.actor)


def test_condemned_act_author_beats_the_victim_inside_its_clause(pipeline):
    text = "اجتمع الوزراء العرب ونددوا بالمجازر التي ترتكبها إسرائيل ضد المدنيين في غزة."
    found = events(pipeline, text, "ACCUSE")
    assert found
    assert countries(found[0].recipient) == ["ISR"]


def test_target_of_a_condemned_act_without_relative_clause_is_no_recipient(pipeline):
    # no relative clause names an author: the side the war is waged on is not the one
    # condemned (seventeenth session, statements.without_harmed_by_condemned_act)
    found = events(pipeline, "اجتمع الوزراء العرب ونددوا بالحرب على لبنان.", "ACCUSE")
    assert found
    assert "LBN" not in countries(found[0].recipient)
