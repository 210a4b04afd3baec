"""Organisations read as the wrong party (nineteenth session): the army's radio station is a
medium, not the army; an office of Al Jazeera is the outlet; an indefinite UN office is a UN
body; the bare titles of the UN High Commissioners and of UNRWA's Commissioner-General name
their body once it has been named in full.  Sentences written for these tests."""
from functools import lru_cache

import pytest
from conftest import event_on

from hadath.kb import load_kb
from hadath.recognize.actors import ActorResolver
from hadath.text import TextLayer


@lru_cache(maxsize=1)
def _resolver() -> ActorResolver:
    return ActorResolver(load_kb())


def parties(text):
    return [(m.text, m.id, m.country, m.sector) for m in _resolver().find(TextLayer(text))]


@pytest.mark.parametrize("text, span, entry, country, sector", [
    ("وذكرت إذاعة الجيش الإسرائيلي أن الحكومة ستجتمع مساء اليوم.", "إذاعة الجيش الإسرائيلي",
     "isr-army-radio", "ISR", "JRN"),
    ("ونقلت إذاعة جيش الاحتلال عن ضابط كبير قوله إن العملية ستطول.", "إذاعة جيش الاحتلال",
     "isr-army-radio", "ISR", "JRN"),
    ("وداهمت الشرطة مكتب الجزيرة في المدينة وصادرت معداته.", "مكتب الجزيرة",
     "qat-aljazeera", "QAT", "JRN"),
    ("وانتقد مكتب أممي القيود المفروضة على قوافل الإغاثة.", "مكتب أممي",
     "un-agencies", "UNO", "GOV"),
    ("وقالت المكاتب الأممية في المنطقة إن المخازن فرغت.", "المكاتب الأممية",
     "un-agencies", "UNO", "GOV"),
    ("وحذر المفوض السامي لشؤون اللاجئين من موجة نزوح جديدة.", "المفوض السامي لشؤون اللاجئين",
     "unhcr", "UNO", "REF"),
    ("وقال المفوض العام للأونروا إن المدارس مكتظة بالنازحين.", "المفوض العام للأونروا",
     "unrwa", "UNO", "REF"),
])
def test_named_media_and_un_offices(text, span, entry, country, sector):
    assert (span, entry, country, sector) in parties(text)


def test_army_radio_is_no_army():
    found = parties("وقالت إذاعة الجيش الإسرائيلي إن الطقس سيكون ماطرا.")
    assert [p[1] for p in found] == ["isr-army-radio"]


def test_the_army_itself_is_still_the_army():
    assert ("الجيش الإسرائيلي", "isr-idf", "ISR", "MIL") in parties(
        "وقصف الجيش الإسرائيلي مواقع على الحدود.")


@pytest.mark.parametrize("text, entry", [
    ("أصدر المفوض السامي لحقوق الإنسان بيانا صباحا. وندد المفوض السامي بقصف المدارس.",
     "un-ohchr"),
    ("زار المفوض السامي لشؤون اللاجئين المخيم. ودعا المفوض السامي إلى زيادة التمويل.", "unhcr"),
    ("قالت وكالة الأونروا إن مخازنها فارغة. وأضاف المفوض العام أن الموظفين منهكون.", "unrwa"),
])
def test_bare_commissioner_after_the_full_name(text, entry):
    second = text.split(". ")[1]
    offset = text.index(second)
    later = [p for p in _resolver().find(TextLayer(text)) if p.start >= offset]
    assert [(p.text, p.id) for p in later if p.text.startswith("المفوض")] == [
        (" ".join(second.split()[1:3]), entry)]


def test_bare_commissioner_takes_the_latest_named_office():
    text = ("التقى المفوض السامي لحقوق الإنسان بالوزير. وفي اليوم التالي زار المفوض السامي لشؤون "
            "اللاجئين المعبر. وأكد المفوض السامي أن العائدين بحاجة إلى مأوى.")
    last = [p for p in _resolver().find(TextLayer(text)) if p.start >= text.index("وأكد")]
    assert [(p.text, p.id) for p in last][0] == ("المفوض السامي", "unhcr")


@pytest.mark.parametrize("text", [
    "وقال المفوض السامي إن الأزمة تتفاقم.",
    "وأعلن المفوض العام أن التسجيل يبدأ غدا.",
])
def test_bare_commissioner_alone_names_no_body(text):
    assert parties(text) == []


def test_bare_al_jazeera_after_the_full_name():
    text = "بثت قناة الجزيرة تقريرا عن المخيم. ونددت الجزيرة بمنع طواقمها من الدخول."
    later = [p for p in _resolver().find(TextLayer(text)) if p.start >= text.index("ونددت")]
    assert [(p.text, p.id) for p in later] == [("الجزيرة", "qat-aljazeera")]


@pytest.mark.parametrize("text", [
    "وسيطرت القوات على مدن في ولاية الجزيرة وسط البلاد.",
    "وتقع الجزيرة في وسط البحيرة ويصل إليها القارب مرة في الأسبوع.",
])
def test_bare_al_jazeera_alone_is_no_outlet(text):
    assert "qat-aljazeera" not in [p[1] for p in parties(text)]


def test_raid_on_an_al_jazeera_office_targets_the_outlet():
    event = event_on("اقتحم جنود إسرائيليون مكتب الجزيرة في المدينة فجر اليوم.", "COERCE", "اقتحم")
    assert [(r.text, r.country, r.sector) for r in event.recipient] == [("مكتب الجزيرة", "QAT", "JRN")]
