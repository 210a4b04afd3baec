"""The accused is not the accuser, eighteenth session: a joined verb of accusation, blame or
demand with an object pronoun ("واتهمته"، "وتتهمه"، "وحمّلته") whose subject was read in the
object of the clause before it takes the pronoun's antecedent as the one accused and the
subject carried from before it as the accuser. Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize("text, trigger, accuser, accused", [
    # over a time aside after the genitive of the earlier clause's object
    ("وأصدرت وزارة الخارجية الأردنية بيانا حادا بشأن خطاب نتنياهو، يوم الأحد، واتهمته "
     "بتقويض جهود التهدئة.", "اتهمته", "وزارة الخارجية الأردنية", "نتنياهو"),
    # a present verb joined to a participle clause on the object
    ("رفع المحتجون لافتات تهاجم الرئيس الأميركي جو بايدن وتتهمه بدعم الحرب.", "تتهمه",
     "المحتجون", "جو بايدن"),
    # a blame verb whose second object was read as the subject
    ("حمّلت حركة الجهاد الإسلامي يوم السبت رئيس الوزراء الإسرائيلي بنيامين نتنياهو "
     "المسؤولية عن مصير الأسرى، وحمّلته والإدارة الأميركية مسؤولية فشل المحادثات.",
     "حمّلته", "حركة الجهاد الإسلامي", "بنيامين نتنياهو"),
])
def test_the_pronouns_antecedent_is_the_accused(text, trigger, accuser, accused):
    e = event_on(text, "ACCUSE", trigger)
    assert accuser in texts_of(e.actor)
    assert accused not in texts_of(e.actor)
    assert accused in texts_of(e.recipient)


def test_a_second_object_stays_beside_the_accused():
    e = event_on("حمّلت حركة الجهاد الإسلامي يوم السبت رئيس الوزراء الإسرائيلي بنيامين "
                 "نتنياهو المسؤولية عن مصير الأسرى، وحمّلته والإدارة الأميركية مسؤولية فشل "
                 "المحادثات.", "ACCUSE", "حمّلته")
    assert "الإدارة الأميركية" in texts_of(e.recipient)


@pytest.mark.parametrize("text, trigger, accuser, accused", [
    # the subject of the earlier clause read already: unchanged
    ("هاجمت حركة حماس الحكومة الإسرائيلية بشدة واتهمتها بتعطيل الصفقة.", "اتهمتها",
     "حركة حماس", "الحكومة الإسرائيلية"),
    # a speaker and the one spoken of in the reported clause: unchanged
    ("قال الرئيس التركي رجب طيب أردوغان إن نتنياهو يطيل الحرب، واتهمه بالسعي إلى البقاء "
     "في الحكم.", "اتهمه", "رجب طيب أردوغان", "نتنياهو"),
    # verb-first with its subject written after it: no pronoun, no change
    ("واتهم وزير الخارجية المصري إسرائيل بعرقلة الاتفاق.", "اتهم", "وزير الخارجية المصري",
     "إسرائيل"),
])
def test_readings_left_alone(text, trigger, accuser, accused):
    e = event_on(text, "ACCUSE", trigger)
    assert accuser in texts_of(e.actor)
    assert accused in texts_of(e.recipient)



def test_a_coordinated_genitive_is_no_carried_subject():
    # "للجرحى والمفقودين": the second of the pair stands after و only, the pair after ل
    e = event_on("خرج آلاف المتظاهرين في عمّان أمس للمطالبة بالإغاثة للجرحى والمفقودين، "
                 "ورفع المشاركون لافتات تنتقد الرئيس الأميركي جو بايدن وتتهمه بدعم الحرب.",
                 "ACCUSE", "تتهمه")
    assert "جو بايدن" in texts_of(e.recipient)
    assert not {"الجرحى", "المفقودين", "للجرحى"} & set(texts_of(e.actor))


def test_only_genitives_before_the_accused_leave_the_accuser_unknown():
    e = event_on("تجمع المئات طلبا للدواء للجرحى والمفقودين، وحملوا صورا تنتقد وزير "
                 "الدفاع يوآف غالانت وتتهمه بترك الجنود وحدهم.", "ACCUSE", "تتهمه")
    assert not any("غالانت" in t for t in texts_of(e.actor))
    assert any("غالانت" in t for t in texts_of(e.recipient))
