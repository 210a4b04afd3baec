"""Ninth session: PROTEST precision on the wire, once the rescorer lets more through.
Classes stopped by the rules before the model: «مسيرة» as a career or a path (مسيرته
المهنية، مسيرة التعليم، محطات مسيرة الزعيم)، «مسيرة» as a drone written without its shadda
(أطلقت مسيرات، باستخدام مسيرة، المسيرات الانقضاضية)، «تجمع» as a Bedouin, settler or
residential community, and calls for a protest or a strike (دعت النقابة إلى الإضراب، طالبوا
بتنظيم مظاهرات، ودعوات للإضراب) or a strike prepared for (تحضيرا للإضراب). Each class has
the reports that must stay: marches that went out, a rally, a strike that happened, a call
that was answered.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import HEADLINE
from conftest import assert_event as _assert_has


def _protests(text: str):
    """The PROTEST events the rules read in ``text`` (no rescorer, non-factual ones kept)."""
    import hadath
    from hadath.pipeline import record_to_raw
    pipeline = hadath.default_pipeline(include_nonfactual=True, min_confidence=0.0, rescore=False)
    result = pipeline.process(record_to_raw({"id": "t", "text": HEADLINE + text}),
                              published="2024-05-02")
    return [e for e in result.events if e.event == "PROTEST"]


def _assert_factual_protest(text: str) -> None:
    events = _protests(text)
    assert any(not (e.hypothetical or e.negated) for e in events), text


def _assert_no_factual_protest(text: str) -> None:
    assert all(e.hypothetical or e.negated for e in _protests(text)), text


# ---------------------------------------------------------------- مسيرة: a career or a path


@pytest.mark.parametrize("text", [
    "استعرض الكاتب أبرز محطات مسيرة الزعيم الراحل منذ شبابه في القرية.",
    "واصل الطلاب مسيرة التعليم رغم انقطاع الكهرباء عن المدارس.",
    "قال الوزير إن مسيرة العمل المشترك بين البلدين لن تتوقف.",
    "بدأ المهندس مسيرة مهنية طويلة في شركات البناء قبل دخوله البرلمان.",
    "أكد الحزب في بيان النعي التمسك بمسيرة النضال التي بدأها الراحل.",
    "تحدثت الروائية عن المسيرة الأدبية التي خاضتها طوال ثلاثين عاما.",
])
def test_a_career_or_a_path_is_no_march(text):
    assert not _protests(text), text


@pytest.mark.parametrize("text", [
    "خرجت مسيرة حاشدة في وسط المدينة للتنديد بارتفاع الأسعار.",
    "جابت مسيرة شعبية شوارع البلدة رفضا لإغلاق المستشفى.",
    "شارك آلاف في مسيرات في المدن الكبرى للمطالبة بالإفراج عن المعتقلين.",
])
def test_a_march_stays(text):
    _assert_factual_protest(text)


def test_a_march_that_went_out_is_emitted():
    _assert_has("PROTEST", "خرجت مسيرة حاشدة في وسط المدينة للتنديد بارتفاع الأسعار.")


# ---------------------------------------------------------------- مسيرة: a drone


@pytest.mark.parametrize("text", [
    "أطلقت الجماعة مسيرات باتجاه القاعدة العسكرية فجر اليوم.",
    "نفذ الجيش الهجوم باستخدام مسيرة صغيرة على مخزن للذخيرة.",
    "قالت الوزارة إن المسيرات الانقضاضية أصابت محطة الكهرباء.",
    "تصدت الدفاعات الجوية لعشرات المسيرات والصواريخ خلال الليل.",
])
def test_an_unvowelled_drone_is_no_march(text):
    assert not _protests(text), text


def test_police_shooting_at_a_march_keeps_the_march():
    # "أطلقت" three words back fires at the march; it launches no drone
    _assert_factual_protest("أطلقت الشرطة الغاز على مسيرة الطلاب أمام الجامعة.")


# ---------------------------------------------------------------- تجمع: a community


@pytest.mark.parametrize("text", [
    "يعاني تجمع أبو نوار البدوي من انقطاع المياه منذ أشهر.",
    "هدمت الجرافات منشآت في التجمعات السكانية شرقي البلدة.",
])
def test_a_community_is_no_rally(text):
    assert not _protests(text), text


def test_a_rally_stays():
    _assert_factual_protest("شارك المئات في تجمع حاشد أمام مبنى البلدية احتجاجا على هدم المنازل.")


# ---------------------------------------------------------------- calls and preparations


@pytest.mark.parametrize("text", [
    # the call's subject is long: the noun stands beyond the hypothetical cue's window
    "دعت الهيئة العليا لنقابات المعلمين في المحافظات الجنوبية إلى الإضراب يوم الأحد.",
    "ناشد رئيس اللجنة الشعبية في المخيم الشباب الخروج إلى الساحات والتظاهر أمام المقر.",
    # a call noun with its own genitive, or a noun carrying ل after it
    "يرى محللون أن دعوة النقابة إلى إضراب عام تمثل تحولا في موقف الشارع.",
    "تسود حالة من الغضب بين السكان، ودعوات للإضراب يوم غد وإغلاق الطرق.",
    # a strike prepared for
    "تتواصل الاستعدادات في العاصمة تحضيرا للإضراب العام الذي أعلنته النقابات.",
])
def test_a_protest_called_for_or_prepared_is_not_held(text):
    events = _protests(text)
    assert events, text                 # the trigger is read ...
    _assert_no_factual_protest(text)    # ... as a call, not a protest held


@pytest.mark.parametrize("text", [
    "استجابة لدعوة النقابة إلى الإضراب أغلقت المتاجر أبوابها في وسط المدينة.",
    "نفذ عمال الموانئ إضرابا شاملا أمس للمطالبة بزيادة الأجور.",
    "تظاهر آلاف الطلاب أمام الوزارة للمطالبة بإلغاء الرسوم الجديدة.",
])
def test_a_protest_held_or_a_call_answered_stays(text):
    _assert_factual_protest(text)


def test_a_demand_of_the_marchers_is_not_a_call():
    # the call comes after the protest noun: the protest happened
    _assert_factual_protest("خرجت مظاهرات غاضبة في المدينة دعت إليها أحزاب المعارضة.")
