"""Parties of statement events (eleventh session, second round): the author of a condemned,
rejected or welcomed act named in a relative clause on it, and a body or an adjective of
origin written right after the subject.  Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded


@pytest.mark.parametrize("sentence, event, actor, recipient", [
    # ب-object of a condemning verb, its author in a relative clause
    ("نددت الكويت بالقرار الذي اتخذته الحكومة الإسرائيلية بشأن المستوطنات.",
     "ACCUSE", "KWT", "ISR"),
    ("أدانت السعودية بشدة بالغارات التي شنتها القوات الأميركية على المدينة.",
     "ACCUSE", "SAU", "USA"),
    # a welcomed ruling
    ("رحبت جنوب أفريقيا بالحكم الذي أصدرته محكمة العدل الدولية أمس.",
     "SUPPORT", "ZAF", "UNO"),
])
def test_author_of_the_act_is_the_recipient(sentence, event, actor, recipient):
    actors, recipients = coded(sentence, event)
    assert actors == [actor]
    assert recipients == [recipient]


def test_verbal_noun_in_construct_takes_the_author_as_recipient():
    # "إدانة المجزرة التي ارتكبها الجيش": the army is condemned, not condemning
    actors, recipients = coded("طالبت قطر بإدانة الهجمات التي نفذتها القوات الروسية في المدينة.",
                               "ACCUSE")
    assert "RUS" in recipients
    assert "RUS" not in actors


def test_relative_clause_on_the_statement_itself_keeps_its_agent():
    # the criticism that the minister directed: the minister criticised
    actors, _ = coded("أثارت الانتقادات التي أطلقها وزير الخارجية التركي جدلا واسعا في البرلمان.",
                      "ACCUSE")
    assert "TUR" in actors


@pytest.mark.parametrize("sentence, event, actor, recipient", [
    # the body a council belongs to, after لـ
    ("طالب المجلس الوزاري لجامعة الدول العربية بوقف القتال في المدينة.", "REQUEST", "IGO", None),
    # an adjective of origin agreeing with an indefinite subject, then the object
    ("اتهمت منظمات حقوقية مصرية الشرطة الإسرائيلية بتعذيب المعتقلين.", "ACCUSE", "NGO", "ISR"),
])
def test_continuation_of_the_subject_is_no_recipient(sentence, event, actor, recipient):
    actors, recipients = coded(sentence, event)
    assert actors == [actor]
    assert recipients == ([recipient] if recipient else [])


def test_plural_people_after_the_subject_stay_the_object():
    actors, recipients = coded("حمّلت منظمات حقوقية الإسرائيليين المسؤولية عن الحادث.", "ACCUSE")
    assert actors == ["NGO"]
    assert recipients == ["ISR"]
