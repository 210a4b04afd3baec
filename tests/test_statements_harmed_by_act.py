"""Statement recipients, seventeenth session: after a verb or noun of condemnation or
refusal, the party behind على/ضد/بحق that follows an act of harm (العدوان على، العنف ضد،
جرائمها بحق) suffered the act and is no one condemned; the act's own demonym or genitive
is.  Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize("text, event, trigger, harmed", [
    ("أدانت الجامعة العربية العدوان الغاشم على لبنان وطالبت بوقفه.", "ACCUSE", "أدانت", "لبنان"),
    ("استنكرت الحكومة، مساء الأحد، التصاعد الخطير في مستوى العنف ضد المسعفين.", "ACCUSE",
     "استنكرت", "المسعفين"),
    ("ودعا الوزير إلى الحوار، مستنكرا الإبادة الجماعية المتواصلة ضد الفلسطينيين في القطاع.",
     "ACCUSE", "مستنكرا", "الفلسطينيين"),
    ("وعبرت النقابة عن تنديدها بجرائمها المتكررة بحق الأسرى.", "ACCUSE", "تنديدها", "الأسرى"),
    ("وقال الوزير الأردني إن بلاده ترفض المشاركة في أي هجوم على إيران.", "REJECT", "ترفض",
     "إيران"),
])
def test_the_party_suffering_the_condemned_act_is_no_recipient(text, event, trigger, harmed):
    e = event_on(text, event, trigger)
    assert harmed not in texts_of(e.recipient)
    assert harmed not in texts_of(e.actor)


def test_the_acts_demonym_is_the_one_condemned():
    e = event_on("ندد الحزب باستمرار الحرب الإسرائيلية على القطاع وعلى لبنان.", "ACCUSE",
                 "ندد")
    assert texts_of(e.recipient) == ["الإسرائيلية"]


@pytest.mark.parametrize("text, event, trigger, kept", [
    # the criticism itself, a decision, a lawsuit: no act of harm before the preposition
    ("رفض رئيس الوزراء البريطاني الانتقادات الموجهة ضد إسرائيل.", "REJECT", "رفض", "إسرائيل"),
    ("أدانت روسيا قرار الحكومة الألمانية ضد إيران.", "ACCUSE", "أدانت", "الحكومة الألمانية"),
    ("رفعت منظمة حقوقية دعوى قضائية ضد الحكومة البريطانية.", "ACCUSE", "رفعت",
     "الحكومة البريطانية"),
])
def test_a_party_against_whom_no_harm_is_done_stays_the_recipient(text, event, trigger, kept):
    e = event_on(text, event, trigger)
    assert texts_of(e.recipient) == [kept]


def test_an_act_in_another_clause_after_a_comma_is_not_read():
    e = event_on("انتقد الرئيس الفرنسي الحكومة الإسرائيلية، بعد الهجمات على المستشفيات.",
                 "ACCUSE", "انتقد")
    assert texts_of(e.recipient) == ["الحكومة الإسرائيلية"]

