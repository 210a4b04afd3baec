"""Where meetings and the statements reported from them take place (hadath.events.setting)."""
from __future__ import annotations

from conftest import events_of


def _location(text: str, event: str, index: int = 0) -> tuple[str, str] | None:
    e = events_of(text, event)[index]
    return (e.location.text, e.location.country) if e.location else None


RECEPTION = ("استقبل رئيس الحكومة المغربية عزيز أخنوش اليوم الثلاثاء وزير الخارجية الإسباني "
             "خوسيه مانويل ألباريس، بحضور سفير إسبانيا بالرباط. ")


def test_a_reception_is_at_the_host_seat_when_the_document_names_it():
    assert _location(RECEPTION, "CONSULT") == ("الرباط", "MAR")


def test_a_reception_has_no_place_when_the_document_names_no_seat():
    text = "استقبل رئيس الحكومة المغربية عزيز أخنوش اليوم الثلاثاء وزير الخارجية الإسباني."
    assert _location(text, "CONSULT") is None


def test_the_location_points_to_the_place_mention():
    e = events_of(RECEPTION, "CONSULT")[0]
    text = "عنوان الخبر\n\n" + RECEPTION
    assert text[e.location.start:e.location.end] == e.location.text


def test_statements_of_the_sides_after_a_meeting_carry_its_place():
    text = RECEPTION + ("وأكد رئيس الحكومة المغربية دعم بلاده لجهود التهدئة في المنطقة. "
                        "وتم التوافق على تعزيز التعاون بين البلدين في مجال الطاقة.")
    assert _location(text, "SUPPORT") == ("الرباط", "MAR")
    assert _location(text, "AGREE") == ("الرباط", "MAR")


FRONTED = "وفي الرباط، التقى وزير الخارجية المغربي ناصر بوريطة نظيره البرتغالي اليوم الاثنين. "


def test_a_venue_heading_the_sentence_is_the_meeting_place():
    assert _location(FRONTED, "CONSULT") == ("الرباط", "MAR")


def test_a_venue_in_a_date_aside_is_the_meeting_place():
    text = "التقى وزير الخارجية المغربي ناصر بوريطة نظيره البرتغالي، الأربعاء، بمدريد."
    assert _location(text, "CONSULT") == ("مدريد", "ESP")


def test_a_side_accusing_after_the_meeting_inherits_its_place():
    text = FRONTED + "واتهم بوريطة جبهة البوليساريو بعرقلة الحل السياسي."
    assert _location(text, "ACCUSE") == ("الرباط", "MAR")


def test_another_party_speaking_after_the_meeting_keeps_no_place():
    text = FRONTED + "واتهمت الحكومة الجزائرية المغرب بعرقلة الحل السياسي."
    assert _location(text, "ACCUSE") is None


def test_a_turn_to_another_matter_ends_the_setting():
    text = FRONTED + "وفي سياق متصل، اتهم بوريطة جبهة البوليساريو بعرقلة الحل السياسي."
    assert _location(text, "ACCUSE") is None


def test_a_statement_outside_any_meeting_keeps_no_place():
    assert _location("دعا المتحدث باسم الخارجية الصينية إلى وقف التصعيد في المنطقة.",
                     "REQUEST") is None


def test_a_statement_during_a_visit_is_at_its_destination():
    text = "أعلن وزير الخارجية الياباني، أثناء زيارته أنقرة اليوم الجمعة، أن بلاده تدعم الحوار."
    assert _location(text, "CONSULT") == ("أنقرة", "TUR")
    assert _location(text, "SUPPORT") == ("أنقرة", "TUR")


def test_a_visit_takes_place_at_its_destination():
    assert _location("يزور وزير الخارجية الهندي اليوم العاصمة الكينية نيروبي في جولة أفريقية.",
                     "CONSULT") == ("نيروبي", "KEN")
    # the place recogniser's span keeps the fused ل of "للبرازيل"
    assert _location("بدأ وزير الخارجية الهندي زيارة رسمية للبرازيل تستمر يومين.",
                     "CONSULT") == ("للبرازيل", "BRA")


def test_a_place_after_a_topic_noun_is_not_a_venue():
    text = "بحث وزير الخارجية الفرنسي مع نظيره الإيطالي، الأوضاع في مدينة بنغازي."
    assert _location(text, "CONSULT") is None
