"""Precision of the non-attack types (AGREE, RETREAT, CONSULT, REQUEST, SUPPORT) on wire news:
commentators agreeing in opinion, deals named as a goal or a prospect, homographs
(بحث عن = search, استقبال الجرحى, طالب = student), support named inside a criticism.
Each class has its negatives and the reports that must stay.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no

# ---------------------------------------------------------------- AGREE

@pytest.mark.parametrize("text", [
    "اتفق محللان عسكريان على أن التصعيد في الجنوب يحمل رسائل متعددة للطرفين.",
    "اتفق خبراء اقتصاديون على أن خفض العملة سيرفع الأسعار في الأشهر القادمة.",
])
def test_commentators_agreeing_in_opinion_is_no_agreement(text):
    _assert_no("AGREE", text)


@pytest.mark.parametrize("text", [
    "اتفق الطرفان على أن تبدأ جولة المفاوضات الجديدة في الدوحة.",
    "وقع البلدان اتفاقا لتقاسم مياه النهر في العاصمة أمس.",
    "وافقت الحكومة على مقترح النقابة لرفع الأجور.",
])
def test_real_agreements_stay(text):
    _assert_has("AGREE", text)


@pytest.mark.parametrize("text", [
    "قال الوزير إن الاتفاق بات قريبا بين الحكومة والمعارضة.",
    "تحدث المبعوث عن اتفاق محتمل بين الفصيلين في الأسابيع المقبلة.",
    "وتعد هذه الخطوة انتهاكا لاتفاقية الهدنة الموقعة بين البلدين.",
    "قالت المنظمة إن الممارسات تخالف الاتفاقيات الدولية لحماية المدنيين.",
    "ارتفع عدد المستوطنات إلى أعلى مستوى منذ اتفاقيات أوسلو.",
    "تسعى الوساطة لاتفاق ينهي القتال في الإقليم.",
])
def test_agreement_named_as_prospect_law_or_landmark_is_no_event(text):
    _assert_no("AGREE", text)


# ---------------------------------------------------------------- RETREAT

@pytest.mark.parametrize("text", [
    "طرحت الحكومة مقترحا يشمل وقف القتال مقابل الإفراج عن المعتقلين.",
    "أكد الوسيط أن المساعي لإطلاق سراح الرهائن مستمرة.",
    "قلل الوزير من تهديدات شريكه في الائتلاف بالانسحاب من الحكومة.",
    "وانسحب الأمر نفسه على المدن الساحلية التي شهدت أمطارا غزيرة.",
])
def test_release_or_withdrawal_as_goal_threat_or_idiom_is_no_event(text):
    _assert_no("RETREAT", text)


@pytest.mark.parametrize("text", [
    "انسحبت القوات الأجنبية من الإقليم صباح اليوم بعد عملية استمرت أسبوعا.",
    "أفرجت السلطات عن عشرة معتقلين أمس.",
    "عاد السكان إلى الحي بعد انسحاب الآليات العسكرية منه.",
])
def test_real_withdrawals_and_releases_stay(text):
    _assert_has("RETREAT", text)


# ---------------------------------------------------------------- CONSULT

@pytest.mark.parametrize("text", [
    "خرج الناس بحثا عن الطعام فيما يبحث عن ابنه أب مفجوع بين الأنقاض.",
    "استقبل مستشفى الشفاء 40 جريحا خلال الليل.",
    "ناقشت حلقة من برنامج حواري تداعيات الأزمة الاقتصادية.",
    "تحدث الوزير عن اللقاء المرتقب بين الزعيمين في العاصمة.",
    "التقت الجزيرة مع عائلات النازحين في المخيم.",
    "يتذكر الأهالي اجتماع العائلة على مائدة العيد.",
    "صعد المتسلقون إلى قمة جبلية شاهقة في الشمال.",
])
def test_consult_homographs_interviews_and_prospects_are_no_meeting(text):
    _assert_no("CONSULT", text)


@pytest.mark.parametrize("text", [
    "استقبل الرئيس التونسي وزير الخارجية الجزائري في قصر قرطاج.",
    "استقبل الرئيس الأمين العام للجامعة العربية في قصر قرطاج.",
    "ناقش مجلس الوزراء مشروع الموازنة الجديدة في جلسته.",
    "عقد الوزيران لقاء في القاهرة أمس.",
])
def test_real_meetings_stay(text):
    _assert_has("CONSULT", text)


# ---------------------------------------------------------------- REQUEST

@pytest.mark.parametrize("text", [
    "وقالت الوزارة إن 300 طالب عادوا إلى المدارس رغم القصف.",
    "تحاصر القوات نحو ألف طالب داخل الجامعة.",
    "قصفت الطائرات منزلا في شارع الدعوة وسط المدينة.",
])
def test_student_and_street_name_are_no_request(text):
    _assert_no("REQUEST", text)


@pytest.mark.parametrize("text", [
    "وطالب المحتجون الحكومة بالاستقالة.",
    "وقال المتحدث إن 30 نائبا طالبوا بجلسة طارئة للبرلمان.",
])
def test_real_demands_stay(text):
    _assert_has("REQUEST", text)


# ---------------------------------------------------------------- SUPPORT

@pytest.mark.parametrize("text", [
    "تظاهر المئات مستنكرين دعم الحكومة للشركة المتهمة بالتلوث.",
    "طالب النواب بقطع الدعم العسكري للنظام.",
    "أيدت المحكمة العليا قرار الحكومة بإغلاق الصحيفة.",
    "تأسس التحالف الوطني لدعم المزارعين قبل عقد.",
    "قررت خمس دول إيقاف دعمها للبرنامج لمدة عام.",
    "أوقفت الشرطة الناشط لساعات بذريعة دعمه للتخريب.",
])
def test_support_named_in_criticism_purpose_or_court_ruling_is_no_support(text):
    _assert_no("SUPPORT", text)


@pytest.mark.parametrize("text", [
    "أعربت الرابطة عن دعمها لجهود الوساطة بين الطرفين.",
    "أيدت 120 دولة مشروع القرار في الجمعية العامة.",
])
def test_real_support_stays(text):
    _assert_has("SUPPORT", text)
