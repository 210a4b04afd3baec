"""Statement recipients, eighteenth session: a criticism or condemnation with no recipient
names the one criticised as the author of the act it bears on, the act's genitive or
adjective of origin ("انتقد ... تجاهل الحكومة"، "إدانة شديدة لتصريحات الوزير"، "أدان ...،
الهجوم الإسرائيلي"), and after a noun a party with ل over its adjectives ("انتقادات لاذعة
لحزب ..."). Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize("text, trigger, author", [
    # the act's genitive, over an aside naming the critic
    ("انتقد النائب المعارض، العميد المتقاعد فلان، صمت المجتمع الدولي.", "انتقد",
     "المجتمع الدولي"),
    # over a bracket after the subject
    ("انتقد بيان صادر عن بلدية جباليا (شمال قطاع غزة) قرار الجيش الإسرائيلي إغلاق المعبر.",
     "انتقد", "الجيش الإسرائيلي"),
    # a noun with its adjective before the ل of the act
    ("وأصدرت وزارة الخارجية القطرية إدانة شديدة لتصريحات نتنياهو أمس.", "إدانة", "نتنياهو"),
    # the act's adjective of origin after a comma closing the subject
    ("أدان وزير الخارجية النرويجي إسبن بارث إيدي، الهجوم الإسرائيلي الأخير على مخيم النصيرات.",
     "أدان", "الإسرائيلي"),
    # over the subject's name going on and a time aside
    ("دانت وزارة الخارجية والمغتربين في دمشق، اليوم، العدوان الإسرائيلي على حمص.", "دانت",
     "الإسرائيلي"),
])
def test_the_author_of_the_blamed_act_is_the_recipient(text, trigger, author):
    e = event_on(text, "ACCUSE", trigger)
    assert author in texts_of(e.recipient)
    assert author not in texts_of(e.actor)


@pytest.mark.parametrize("text, trigger, blamed", [
    ("وجه وزير الخارجية التركي انتقادات لاذعة لحزب المحافظين البريطاني.", "انتقادات",
     "المحافظين البريطاني"),
    ("وجه وزير الخارجية التركي انتقادات حادة لقيادة الجيش الإسرائيلي.", "انتقادات",
     "الجيش الإسرائيلي"),
])
def test_a_lam_party_over_the_nouns_adjectives_is_the_recipient(text, trigger, blamed):
    e = event_on(text, "ACCUSE", trigger)
    assert texts_of(e.recipient) == [blamed]


@pytest.mark.parametrize("text, trigger, not_blamed", [
    # the act's genitive is who suffers it: a school, journalists
    ("وجهت المنظمة انتقادات حادة لمجزرة مدرسة البنات في المدينة.", "انتقادات", "مدرسة"),
    ("وجه الاتحاد انتقادات حادة لاعتقال الصحفيين في العاصمة.", "انتقادات", "الصحفيين"),
    # a possessive names the author: the adjective of a later act is not read
    ("وجه النائب انتقادات حادة لتعامله مع الهجوم الإسرائيلي على المدينة.", "انتقادات",
     "الإسرائيلي"),
    # a new predicate comes before the act
    ("ندد الحزب بشدة، ووصف قرار الحكومة الأردنية بالخاطئ.", "ندد", "الحكومة الأردنية"),
    # a complementizer: the act belongs to the reported clause
    ("استنكر الوزير التركي بشدة، وقال إن سياسة الحكومة الألمانية خاطئة.", "استنكر",
     "الحكومة الألمانية"),
])
def test_no_author_is_read_past_the_blamed_phrase(text, trigger, not_blamed):
    e = event_on(text, "ACCUSE", trigger)
    assert not any(not_blamed in t for t in texts_of(e.recipient))


def test_a_recipient_read_already_is_kept():
    e = event_on("انتقد وزير الخارجية الأردني الحكومة الإسرائيلية وقرار الجيش الإسرائيلي.",
                 "ACCUSE", "انتقد")
    assert texts_of(e.recipient)[0] == "الحكومة الإسرائيلية"
