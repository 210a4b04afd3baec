"""The footer of scraped text that lost its line breaks, glued to the last paragraph by runs
of 2+ spaces: stamps of a latest-news list, a "more" button, the site's description of itself
and its copyright.  Every sentence and the channel here are made up for these tests."""
from __future__ import annotations

import json
import re

import pytest
from conftest import shared_path
from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.clean import (
    Cleaner,
    fold_arabic,
    split_inline_chrome,
    split_lines,
    validate_chrome,
)
from hadath.records import RawDocument
from hadath.resources import DataError, load_json

FIRST = "قصفت طائرات حربية مستودعا للوقود قرب الميناء صباح اليوم، ما أدى إلى اندلاع حريق كبير."
SECOND = "وقال مسؤول في الدفاع المدني إن فرق الإطفاء سيطرت على النيران بعد ساعات من العمل."
THIRD = "وأضاف أن التحقيق جار لمعرفة حجم الأضرار التي لحقت بالمنشآت المجاورة."
# A fictional channel: its self-description and footer, as a site prints them under every page.
ABOUT = ("قناة الواحة الإخبارية منبر إعلامي مستقل انطلق بثه في ربيع العام 2009 "
         "ويتخذ من مدينة الزرقاء مقرا له.")
ABOUT_LINES = ["قناة الواحة الإخبارية منبر إعلامي مستقل انطلق بثه في ربيع العام 2009",
               "ويتخذ من مدينة الزرقاء مقرا له."]
COPYRIGHT = "جميع الحقوق محفوظة"
MORE = "تصفح المزيد"
STAMPS = ["اليوم 10:15", "اليوم 08:02", "3 آذار", "2 آذار 22:40", "28 شباط"]


def raw_text(content: str) -> RawDocument:
    return RawDocument(doc_id="t", source="t.txt", kind="text", content=content)


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def removed_texts(raw: str, cleaner: Cleaner) -> list[tuple[str, str]]:
    doc = cleaner.clean(raw_text(raw))
    return [(raw[r.start:r.end], r.why) for r in doc.removed]


def assert_accounts_for_everything(raw: str, text: str, removed: list) -> None:
    """The removed spans and the clean text together hold every non-space character of
    ``raw``, in order, and each span is trimmed."""
    kept = list(raw)
    previous_end = 0
    for r in removed:
        assert previous_end <= r.start < r.end <= len(raw)
        assert raw[r.start:r.end] == raw[r.start:r.end].strip()
        kept[r.start:r.end] = [" "] * (r.end - r.start)
        previous_end = r.end
    assert re.sub(r"\s+", "", "".join(kept)) == re.sub(r"\s+", "", text)


# ---------------------------------------------------------------- what goes

@pytest.mark.parametrize("run", ["اليوم اليوم اليوم 4 آذار 4 آذار 4 آذار",
                                 "12 تموز 3 تموز", "5 أيلول", "أمس 23:10",
                                 "منذ 3 ساعات", "9 أيلول 2023"])
def test_a_run_of_stamps_glued_to_the_last_paragraph_goes(cleaner: Cleaner, run: str) -> None:
    raw = f"{FIRST} {SECOND}  {run}  {ABOUT}  {COPYRIGHT}"
    doc = cleaner.clean(raw_text(raw))
    assert doc.text == f"{FIRST} {SECOND}"
    assert [why for _, why in removed_texts(raw, cleaner)] == [
        "timestamp", "site description", "copyright"]


def test_the_whole_footer_of_a_flattened_page_goes(cleaner: Cleaner) -> None:
    raw = (f"{FIRST}  {STAMPS[0]}  {SECOND}   " + "   ".join(STAMPS) +
           f"   {MORE}   {ABOUT}  {COPYRIGHT}")
    doc = cleaner.clean(raw_text(raw))
    assert doc.text == f"{FIRST}  {STAMPS[0]}  {SECOND}"
    assert removed_texts(raw, cleaner) == [
        ("   ".join(STAMPS), "timestamp"), (MORE, "related articles"),
        (ABOUT, "site description"), (COPYRIGHT, "copyright")]
    assert_accounts_for_everything(raw, doc.text, doc.removed)


def test_the_footer_glued_to_the_last_paragraph_is_cut_from_it(cleaner: Cleaner) -> None:
    raw = f"{FIRST}  {SECOND}  {STAMPS[2]} {STAMPS[4]}  {MORE}  {ABOUT}  {COPYRIGHT}"
    doc = cleaner.clean(raw_text(raw))
    assert doc.text == f"{FIRST}  {SECOND}"
    assert [why for _, why in removed_texts(raw, cleaner)] == [
        "timestamp", "related articles", "site description", "copyright"]
    assert_accounts_for_everything(raw, doc.text, doc.removed)


def test_chrome_before_the_last_paragraph_stays(cleaner: Cleaner) -> None:
    raw = f"{FIRST}  {MORE}  {SECOND}  {STAMPS[3]}"
    doc = cleaner.clean(raw_text(raw))
    assert doc.text == f"{FIRST}  {MORE}  {SECOND}"
    assert removed_texts(raw, cleaner) == [(STAMPS[3], "timestamp")]


def test_a_site_description_over_two_lines_before_the_copyright_line(cleaner: Cleaner) -> None:
    raw = "\n".join([FIRST, SECOND, "", *ABOUT_LINES, "", COPYRIGHT])
    doc = cleaner.clean(raw_text(raw))
    assert doc.text == f"{FIRST}\n{SECOND}"
    assert removed_texts(raw, cleaner) == [("\n".join(ABOUT_LINES), "site description"),
                                           (COPYRIGHT, "copyright")]


def test_a_page_with_nothing_but_footer_is_empty(cleaner: Cleaner) -> None:
    result = cleaner.try_clean(raw_text(f"  {STAMPS[2]} {STAMPS[4]}  {ABOUT}  {COPYRIGHT}"))
    assert result.reason == "empty"


# ---------------------------------------------------------------- what stays

def test_stamps_glued_between_paragraphs_higher_up_stay(cleaner: Cleaner) -> None:
    # only the footer is cut; dating reads the stamps of embedded cards as page stamps
    raw = f"{FIRST}  {STAMPS[0]}   {STAMPS[1]}  {SECOND} {THIRD}"
    doc = cleaner.clean(raw_text(raw))
    assert doc.text == f"{FIRST}  {STAMPS[0]}\n{STAMPS[1]}  {SECOND} {THIRD}"
    assert doc.removed == []


@pytest.mark.parametrize("prose", [
    "وقال الوزير  إن الحكومة ستعلن خطتها الجديدة في 9 أيلول المقبل.",
    "وطالب المحتجون  بحفظ حقوق العمال المفصولين وإعادتهم إلى وظائفهم قبل نهاية الشهر.",
    "وأشار التقرير إلى أن الاجتماع عقد  يوم 3 آذار  في مقر الوزارة.",
])
def test_double_spaced_prose_with_dates_or_rights_stays_whole(cleaner: Cleaner, prose: str) -> None:
    doc = cleaner.clean(raw_text(f"{FIRST}\n{prose}"))
    assert doc.text == f"{FIRST}\n{prose}"
    assert doc.removed == []


@pytest.mark.parametrize("last", [
    "وانطلقت المسيرة من ساحة البلدية باتجاه مقر المحافظة وسط هتافات المشاركين.",
    "قناة السويس شهدت تراجعا في حركة السفن خلال الأشهر الماضية بسبب التوترات.",
])
def test_a_last_paragraph_before_the_copyright_is_not_a_site_description(
        cleaner: Cleaner, last: str) -> None:
    for raw in (f"{FIRST}  {last}  {COPYRIGHT}", f"{FIRST}\n{last}\n\n{COPYRIGHT}"):
        doc = cleaner.clean(raw_text(raw))
        assert doc.text.split("\n")[-1].endswith(last)
        assert [r.why for r in doc.removed] == ["copyright"]


def test_a_stamp_inside_a_sentence_without_gaps_stays(cleaner: Cleaner) -> None:
    prose = "وأعلنت البلدية اليوم 10:15 موعدا لبدء حملة التنظيف في 3 آذار."
    doc = cleaner.clean(raw_text(prose))
    assert doc.text == prose


def test_lines_without_inline_chrome_are_not_split() -> None:
    patterns = Cleaner().patterns
    text = f"{FIRST}  {SECOND}\n{THIRD}"
    lines = split_lines(text)
    assert split_inline_chrome(lines, patterns) == lines


# ---------------------------------------------------------------- offsets and records

PROSE = [FIRST, SECOND, THIRD]
TAIL = [*STAMPS, MORE, COPYRIGHT, "اليوم اليوم 2 آذار"]
GAPS = ["  ", "   ", " \u00a0", "\n", "\t\t", "\n\n"]


@settings(max_examples=200, deadline=None)
@given(prose=st.lists(st.sampled_from(PROSE), min_size=1, max_size=6),
       tail=st.lists(st.sampled_from(TAIL), max_size=8),
       about=st.booleans(),
       gaps=st.lists(st.sampled_from(GAPS), min_size=16, max_size=16))
def test_the_footer_goes_and_every_paragraph_stays(prose: list[str], tail: list[str],
                                                   about: bool, gaps: list[str]) -> None:
    pieces = prose + tail + ([ABOUT, COPYRIGHT] if about else [])
    raw = "".join(piece + gap for piece, gap in zip(pieces, gaps))
    text, removed = Cleaner().strip_chrome(raw)
    assert_accounts_for_everything(raw, text, removed)
    for sentence in PROSE:
        assert text.count(sentence) == prose.count(sentence)
    assert text.endswith(prose[-1])


@settings(max_examples=100, deadline=None)
@given(pieces=st.lists(st.sampled_from(PROSE + TAIL + [ABOUT]), min_size=1, max_size=12),
       gaps=st.lists(st.sampled_from(GAPS), min_size=12, max_size=12))
def test_removed_plus_clean_is_the_raw_text(pieces: list[str], gaps: list[str]) -> None:
    raw = "".join(piece + gap for piece, gap in zip(pieces, gaps))
    text, removed = Cleaner().strip_chrome(raw)
    assert_accounts_for_everything(raw, text, removed)


# ---------------------------------------------------------------- the data file

def test_inline_rules_and_lead_ins_load() -> None:
    patterns = validate_chrome(load_json("chrome.json"))
    assert {rule.why for rule in patterns.inline} >= {"timestamp", "copyright"}
    assert [rule.before for rule in patterns.lead_ins] == ["copyright"]


BASE = {"short_line_words": 25, "blocks": [],
        "lines": [{"why": "copyright", "pattern": "الحقوق محفوظة", "inline": True}]}


@pytest.mark.parametrize("broken", [
    {**BASE, "lines": [{"why": "copyright", "pattern": "x", "inline": "yes"}]},
    {**BASE, "lead_ins": [{"why": "about", "before": "footer", "start": "^x", "pattern": "y",
                           "max_lines": 2, "max_words": 30}]},
    {**BASE, "lead_ins": [{"why": "about", "before": "copyright", "start": "(", "pattern": "y",
                           "max_lines": 2, "max_words": 30}]},
    {**BASE, "lead_ins": [{"why": "about", "before": "copyright", "pattern": "y",
                           "max_lines": 2, "max_words": 30}]},
    {**BASE, "lead_ins": [{"why": "about", "before": "copyright", "start": "^x", "pattern": "y",
                           "max_lines": 0, "max_words": 30}]},
    {**BASE, "lead_ins": {"why": "about"}},
])
def test_validator_rejects_bad_inline_and_lead_in_entries(broken: dict) -> None:
    with pytest.raises(DataError):
        validate_chrome(broken)


def test_injected_patterns_without_inline_rules_leave_lines_whole() -> None:
    patterns = validate_chrome({**BASE, "lines": [{"why": "copyright", "max_words": 3,
                                                   "pattern": "الحقوق محفوظة"}]})
    raw = f"{FIRST}  {COPYRIGHT}"
    text, removed = Cleaner(patterns).strip_chrome(raw)
    assert text == raw and removed == []


# ---------------------------------------------------------------- the shared scraped file

@pytest.mark.shared
def test_no_scraped_wire_text_ends_in_chrome_or_keeps_a_copyright(cleaner: Cleaner) -> None:
    path = shared_path("corpus", "almayadeen_2024", "articles_dev.jsonl")
    rules = {rule.why: rule for rule in cleaner.patterns.lines}

    def is_chrome(piece: str, why: str) -> bool:
        rule = rules[why]
        return len(piece.split()) <= rule.max_words and bool(rule.pattern.search(fold_arabic(piece)))

    left = []
    with open(path, encoding="utf-8") as records:
        for record in records:
            result = cleaner.try_clean(raw_text(json.loads(record)["text"]))
            pieces = [p.strip() for p in re.split(r"[^\S\n]{2,}|\n", getattr(result, "text", ""))
                      if p.strip()]
            left += [p for p in pieces if is_chrome(p, "copyright")]
            left += [p for p in pieces[-1:] if is_chrome(p, "timestamp")]
    assert left == []
