"""Negated participation (نفى مشاركة، لم يشارك في) and بحث as considering, not talks."""
import pytest

import hadath
from hadath.pipeline import record_to_raw


@pytest.fixture(scope="module")
def pipe():
    return hadath.default_pipeline(True, 0.0)


def _events(pipe, text, event="CONSULT"):
    res = pipe.process(record_to_raw({"id": "t", "text": text}), published="2024-05-05")
    return [e for e in res.events if e.event == event]


@pytest.mark.parametrize("text", [
    "نفى رئيس الحكومة مشاركة حزبه في لقاء عقد مع الوسطاء في عمان.",
    "لم يشارك ممثلو النقابة في اجتماع اللجنة مع وزير العمل.",
    "وتحدث الناطق نافيا حضور بلاده المحادثات التي استضافتها فيينا.",
])
def test_negated_participation_negates_meeting(pipe, text):
    evs = _events(pipe, text)
    assert evs, text
    assert all(e.negated for e in evs), [(e.trigger.text, e.negated) for e in evs]


def test_affirmed_participation_stays_factual(pipe):
    evs = _events(pipe, "شارك ممثلو النقابة في اجتماع اللجنة مع وزير العمل.")
    assert evs and not any(e.negated for e in evs)


def test_meeting_without_one_party_is_not_negated(pipe):
    # "دون" after the trigger: the meeting happened
    evs = _events(pipe, "عقد الاجتماع في المدينة دون مشاركة ممثلي النقابة.")
    assert evs and not any(e.negated for e in evs)


@pytest.mark.parametrize("text", [
    "تدرس الوزارة وتواصل بحث فرض رسوم على الواردات الزراعية.",
    "كلف البرلمان لجنة خاصة لبحث أسباب تأخر صرف الرواتب.",
    "أنهى الفريق العلمي بحثا دام ثلاث سنوات في المخطوطات.",
])
def test_bahth_as_considering_is_no_consult(pipe, text):
    assert not [e for e in _events(pipe, text) if "بحث" in e.trigger.text]


@pytest.mark.parametrize("text", [
    "بحث وزير الداخلية مع نظيره العراقي أسباب تزايد التهريب عبر الحدود.",
    "بحث الجانبان أسباب التوتر على الحدود المشتركة.",
])
def test_bahth_with_partners_stays_talks(pipe, text):
    evs = [e for e in _events(pipe, text) if "بحث" in e.trigger.text]
    assert evs and not any(e.negated or e.hypothetical for e in evs)
