"""Ninth session: CONSULT precision on wire news.
Classes: a site or a facility visited by one party (a reporter, a tourist, an inspecting
officer; a school, a hospital, a port) is no meeting; a crowd or families gathering, or a
person meeting their own children, are no talks; a meeting or a visit called off, put off,
set for later, prepared for or expected, or one that a call asks for ("دعت ... الطرفين إلى
الاجتماع"), is not held; a gathering of a body named as the venue of a statement ("قال
... في اجتماع لوزراء ...") is the statement's setting. Each class has the reports that must
stay (the near misses).

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no

# ---------------------------------------------------------------- a place visited by one party


@pytest.mark.parametrize("text", [
    "زار مراسل القناة المحلية المكان المدمر ونقل صور الخراب.",
    "زار الصحفي المستشفى المتضرر وتحدث عن نقص الأدوية.",
    "ويزور المتحف الوطني في العاصمة آلاف السياح كل شهر.",
    "نشرت المدونة مقطعا وثقت فيه زيارتها الأولى إلى ميناء المدينة بعد القصف.",
    "تفقد قائد الأركان في زيارة مفاجئة الوحدات المنتشرة على الحدود الشمالية.",
    "جالت السفينة في البحر المتوسط وزارت خلالها موانئ عدة لجمع التبرعات.",
])
def test_a_place_visited_by_one_party_is_no_consult(text):
    _assert_no("CONSULT", text)


@pytest.mark.parametrize("text", [
    "زار وزير الخارجية الأردني دمشق أمس والتقى نظيره السوري.",
    "بدأ الرئيس الفرنسي زيارة رسمية إلى الجزائر يلتقي خلالها الرئيس الجزائري.",
    "استقبل أمير الكويت في قصر بيان وزير الخارجية البريطاني.",
])
def test_a_visit_to_another_party_stays(text):
    _assert_has("CONSULT", text)


# ---------------------------------------------------------------- crowds and families


@pytest.mark.parametrize("text", [
    "اجتمعت الحشود في الساحة الكبرى لأداء صلاة الغائب.",
    "اجتمعت عائلات نازحة في مدرسة مهجورة هربا من البرد.",
    "تأمل الأم أن تنتهي الحرب قريبا لتلتقي بأولادها في الشمال.",
])
def test_a_gathering_of_crowds_or_kin_is_no_consult(text):
    _assert_no("CONSULT", text)


@pytest.mark.parametrize("text", [
    "اجتمع وزراء خارجية دول الخليج في الرياض لبحث الأزمة.",
    "التقى رئيس الوزراء عائلات الجنود الأسرى في مكتبه أمس.",
])
def test_a_meeting_of_named_parties_stays(text):
    _assert_has("CONSULT", text)


# ---------------------------------------------------------------- meetings not held (yet)


@pytest.mark.parametrize("text", [
    "ألغى رجل الأعمال الأمريكي زيارته إلى الهند في اللحظة الأخيرة.",
    "أعلنت الجامعة العربية تأجيل اجتماع وزراء الخارجية العرب إلى موعد لاحق.",
    "قال المتحدث إن اجتماعا بين الوفدين سيعقد في عمان الأسبوع المقبل.",
    "أرجأ وزير الدفاع الألماني زيارته المقررة إلى كييف بسبب الطقس.",
    "يستعد وزير الخارجية الإيطالي الجديد لزيارة تونس والجزائر بعد غد.",
    "من المتوقع أن تعقد غدا الاثنين في العاصمة القطرية الدوحة جولة محادثات جديدة بين الطرفين.",
    "تأمل الحكومة في استضافة قمة المنظمة الإقليمية العام المقبل.",
])
def test_a_meeting_called_off_or_to_come_is_no_consult(text):
    _assert_no("CONSULT", text)


@pytest.mark.parametrize("text", [
    "عقد وزير الخارجية اجتماعا مع نظيره التونسي في قرطاج أمس.",
    "وصل الرئيس إلى أنقرة في زيارة رسمية والتقى نظيره التركي.",
    "التقى المبعوث الأممي من أجل السلام قادة الأحزاب في بيروت اليوم.",
])
def test_a_meeting_held_stays(text):
    _assert_has("CONSULT", text)


# ---------------------------------------------------------------- a meeting asked for


@pytest.mark.parametrize("text", [
    "دعت الأمم المتحدة الحكومة والمتمردين في الجنوب إلى الاجتماع في جنيف الشهر المقبل.",
    "دعت الوساطة الأفريقية الطرفين المتنازعين على الحدود إلى عقد لقاء مباشر دون شروط.",
])
def test_a_meeting_asked_for_is_no_consult(text):
    _assert_no("CONSULT", text)


@pytest.mark.parametrize("text", [
    "توجه الوزير إلى الاجتماع مع نظيره الأردني في عمان أمس.",
    "التقى الرئيس وزير الخارجية الفرنسي ودعا إلى وقف الحرب.",
])
def test_a_meeting_held_near_a_call_stays(text):
    _assert_has("CONSULT", text)


# ---------------------------------------------------------------- a meeting as a venue


@pytest.mark.parametrize("text", [
    "وقال المبعوث الأممي في اجتماع لوزراء الزراعة في نيروبي إن الجفاف يهدد الملايين.",
    "وخلال اجتماع في بروكسل للمانحين الأوروبيين، أعلن المفوض حزمة جديدة من القروض.",
])
def test_a_meeting_as_the_venue_of_a_statement_is_no_consult(text):
    _assert_no("CONSULT", text)


@pytest.mark.parametrize("text", [
    "التقى وزير الخارجية في اجتماع لوزراء الخارجية العرب مع نظيره السوري.",
    "شارك الوزير في اجتماع لوزراء الخارجية العرب في الرباط.",
])
def test_a_meeting_joined_or_with_a_named_party_stays(text):
    _assert_has("CONSULT", text)
