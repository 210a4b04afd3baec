"""The cleaner: chrome out with its raw offsets, article in, nothing lost silently."""
from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.clean import (EXTRACTED_OFFSETS, CleanError, Cleaner, html_removed, normalize_date,
                          validate_chrome)
from hadath.html import extract_article, locate_in_html, quiet_loggers
from hadath.ingest import iter_raw
from hadath.records import DocError, Document, RawDocument
from hadath.resources import DataError, load_json
from hadath.text.normalize import fold_presentation_forms

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

HEADLINE = "افتتاح جسر جديد فوق نهر المدينة"
PARAGRAPHS = [
    "افتتح محافظ المدينة صباح اليوم الاثنين جسرا جديدا يربط الضفتين بعد ثلاث سنوات من "
    "أعمال البناء، وسط حضور عدد كبير من السكان.",
    "وقال المحافظ في كلمة خلال الحفل إن الجسر سيختصر زمن التنقل بين الأحياء الشرقية "
    "والغربية إلى النصف تقريبا.",
    "وأضاف أن المشروع كلف نحو ثلاثين مليون دينار، وأن العمل جار على مشروعين مماثلين.",
]
CRUMBS = "الرئيسية > أخبار محلية > مشاريع"
SHARE = ["شارك الخبر:", "فيسبوك تويتر واتساب"]
READ_ALSO = ["اقرأ أيضاً", "ارتفاع أسعار الخضار في الأسواق الشعبية", "فريق المدينة يتأهل إلى نصف النهائي"]
COPYRIGHT = "© 2025 جميع الحقوق محفوظة لموقع أخبار المدينة"
COOKIES = ["سياسة الخصوصية وملفات تعريف الارتباط",
           "نستخدم ملفات تعريف الارتباط لتحسين تجربتك، وباستمرارك في التصفح فإنك توافق على ذلك.",
           "موافق"]
TAGS = "الوسوم: جسور، بلدية، مشاريع"

# Prose that mentions chrome words but must stay.
PRIVACY_PROSE = ("وانتقد ناشطون في مؤتمر صحفي عقدوه أمس مشروع القانون الجديد، وقالوا إنه يهدد "
                 "الخصوصية ويمنح الأجهزة الأمنية صلاحيات واسعة للاطلاع على البيانات الشخصية "
                 "للمواطنين دون إذن قضائي، ودعوا البرلمان إلى رفضه وإعادة صياغته بالتشاور مع "
                 "منظمات المجتمع المدني.")
SHARE_PROSE = "شارك آلاف المتظاهرين في مسيرة وسط العاصمة."
COOKIE_CHROME = COOKIES


def made_up_article() -> str:
    return "\n".join([CRUMBS, HEADLINE, "", PARAGRAPHS[0], *SHARE, "", PARAGRAPHS[1], "",
                      PRIVACY_PROSE, "", SHARE_PROSE, PARAGRAPHS[2], "", TAGS, "", *READ_ALSO,
                      "", COPYRIGHT, "", *COOKIES, ""])


def raw_text(content: str, **meta: str | None) -> RawDocument:
    return RawDocument(doc_id="t", source="t.txt", kind="text", content=content, **meta)


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def test_chrome_is_removed_and_offsets_point_at_it(cleaner: Cleaner) -> None:
    raw = made_up_article()
    doc = cleaner.clean(raw_text(raw))
    removed = {raw[r.start:r.end]: r.why for r in doc.removed}
    assert removed[CRUMBS] == "navigation"
    assert removed["\n".join(SHARE)] == "share bar"
    assert removed[TAGS] == "tags"
    assert removed["\n".join(READ_ALSO)] == "related articles"
    assert removed[COPYRIGHT] == "copyright"
    assert removed["\n".join(COOKIES)] == "cookie banner"
    assert len(removed) == 6
    for chrome in [CRUMBS, *SHARE, TAGS, *READ_ALSO, COPYRIGHT, *COOKIES]:
        assert chrome not in doc.text.split("\n")


def test_article_text_stays_with_paragraphs(cleaner: Cleaner) -> None:
    doc = cleaner.clean(raw_text(made_up_article()))
    assert doc.text.split("\n\n") == [HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], PRIVACY_PROSE,
                                      SHARE_PROSE + "\n" + PARAGRAPHS[2]]


def test_windows_line_ends_keep_exact_offsets(cleaner: Cleaner) -> None:
    raw = made_up_article().replace("\n", "\r\n")
    doc = cleaner.clean(raw_text(raw))
    assert {raw[r.start:r.end] for r in doc.removed} >= {CRUMBS, COPYRIGHT, TAGS}
    assert "\r" not in doc.text


def test_long_prose_about_cookies_is_never_a_short_line_rule(cleaner: Cleaner) -> None:
    prose = ("وأوضح التقرير أن " + "الشركات الكبرى تجمع بيانات المستخدمين عبر ملفات تعريف "
             "الارتباط " * 4 + "وأن الهيئة التنظيمية ستفرض عليها قواعد جديدة خلال العام المقبل.")
    text = "\n".join([PARAGRAPHS[0], "سياسة الخصوصية", prose])
    doc = cleaner.clean(raw_text(text))
    assert prose in doc.text


def non_space(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_accounts_for_everything(raw: str, doc: Document) -> None:
    kept = list(raw)
    previous_end = 0
    for r in doc.removed:
        assert previous_end <= r.start < r.end <= len(raw)
        assert raw[r.start:r.end] == raw[r.start:r.end].strip()
        kept[r.start:r.end] = [" "] * (r.end - r.start)
        previous_end = r.end
    assert non_space("".join(kept)) == non_space(doc.text)


def test_nothing_disappears_silently(cleaner: Cleaner) -> None:
    raw = made_up_article()
    assert_accounts_for_everything(raw, cleaner.clean(raw_text(raw)))


CHROME_LINES = [CRUMBS, *SHARE, COPYRIGHT, *COOKIES, TAGS, "اشترك في النشرة البريدية",
                "تابعونا على تويتر", "إعلان", *READ_ALSO]
PROSE_LINES = [*PARAGRAPHS, PRIVACY_PROSE, SHARE_PROSE, HEADLINE]
line = st.one_of(st.sampled_from(CHROME_LINES), st.sampled_from(PROSE_LINES),
                 st.just(""), st.sampled_from(["  ", "\t"]))


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(line, min_size=1, max_size=25),
       padding=st.sampled_from(["", " ", "\t", "  "]),
       newline=st.sampled_from(["\n", "\r\n", "   ", " \u00a0  "]))
def test_removed_plus_clean_is_the_raw_text(lines: list[str], padding: str, newline: str) -> None:
    raw = newline.join(padding + entry + padding for entry in lines)
    text, removed = Cleaner().strip_chrome(raw)
    assert_accounts_for_everything(raw, Document(doc_id="g", text=text, removed=removed))
    assert "\n\n\n" not in text


def test_text_that_is_not_arabic(cleaner: Cleaner) -> None:
    english = "The city council opened a new bridge over the river on Monday morning."
    with pytest.raises(CleanError) as err:
        cleaner.clean(raw_text(english))
    assert err.value.reason == "not-arabic"
    mostly_english = english * 5 + " قال الوزير."
    assert cleaner.try_clean(raw_text(mostly_english)).reason == "not-arabic"


def test_chrome_only_text_is_empty(cleaner: Cleaner) -> None:
    result = cleaner.try_clean(raw_text("\n".join([*SHARE, COPYRIGHT, *COOKIES])))
    assert isinstance(result, DocError) and result.reason == "empty"
    assert result.source == "t.txt"


@pytest.mark.parametrize("value, expected", [
    ("2024-09-06T09:52:19+03:00", "2024-09-06"), ("2024-09-06", "2024-09-06"),
    ("2024/9/6", "2024-09-06"), ("2024-02-30", None), ("yesterday", None), (None, None)])
def test_normalize_date(value: str | None, expected: str | None) -> None:
    assert normalize_date(value) == expected


def test_published_argument_only_when_input_has_none(cleaner: Cleaner) -> None:
    text = "\n".join(PARAGRAPHS)
    own = cleaner.clean(raw_text(text, published="2023-05-01T08:00:00Z"), published="2024-01-01")
    assert own.published == "2023-05-01"
    fallback = cleaner.clean(raw_text(text), published="2024-01-01T10:00:00")
    assert fallback.published == "2024-01-01"
    assert cleaner.clean(raw_text(text)).published is None


ARTICLE_PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>افتتاح جسر جديد فوق نهر المدينة | أخبار المدينة</title>
<meta property="og:title" content="{headline}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-03-10T09:15:00+02:00">
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/local">أخبار محلية</a></li>
<li><a href="/sport">رياضة</a></li><li><a href="/economy">اقتصاد</a></li></ul></nav>
<div class="cookie-banner"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك، وباستمرارك في التصفح فإنك توافق على ذلك.</p>
<button>موافق</button></div>
<main><article><h1>{headline}</h1>
<p>{p0}</p><p>{p1}</p><p>{p2}</p>
<div class="share"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
</article></main>
<footer><p>© 2025 جميع الحقوق محفوظة لموقع أخبار المدينة</p>
<a href="/privacy">سياسة الخصوصية</a> <a href="/about">من نحن</a></footer>
</body></html>""".format(headline=HEADLINE, p0=PARAGRAPHS[0], p1=PARAGRAPHS[1], p2=PARAGRAPHS[2])


def raw_html(content: str, **meta: str | None) -> RawDocument:
    return RawDocument(doc_id="h", source="h.html", kind="html", content=content, **meta)


def test_html_page_gives_article_title_and_date(cleaner: Cleaner) -> None:
    doc = cleaner.clean(raw_html(ARTICLE_PAGE))
    for paragraph in PARAGRAPHS:
        assert paragraph in doc.text.split("\n")
    for chrome in ["رياضة", "موافق", "جميع الحقوق محفوظة", "ملفات تعريف الارتباط", "واتساب"]:
        assert chrome not in doc.text
    assert doc.title is not None and HEADLINE in doc.title
    assert doc.published == "2025-03-10"
    assert doc.removed == []


def test_html_metadata_from_the_input_wins(cleaner: Cleaner) -> None:
    doc = cleaner.clean(raw_html(ARTICLE_PAGE, title="عنوان من المصدر", published="2025-03-09",
                                 url="https://example.org/a/1"))
    assert (doc.title, doc.published, doc.url) == ("عنوان من المصدر", "2025-03-09",
                                                   "https://example.org/a/1")


@pytest.mark.parametrize("page", [
    "<html><head><title>خطأ</title></head><body></body></html>",
    "<html><body><nav><a href='/'>الرئيسية</a> <a href='/x'>أخبار</a></nav></body></html>",
    "<html><body><ul>" + "".join(
        f"<li><a href='/n{i}'>{p}</a></li>" for i, p in enumerate(PARAGRAPHS * 2)) + "</ul></body></html>",
])
def test_html_without_article_body(cleaner: Cleaner, page: str) -> None:
    result = cleaner.try_clean(raw_html(page))
    assert isinstance(result, DocError)
    assert result.reason == "no-article-body", result.message


def test_chrome_file_validates() -> None:
    patterns = validate_chrome(load_json("chrome.json"))
    assert patterns.lines and patterns.blocks


@pytest.mark.parametrize("broken", [
    {"short_line_words": 25, "lines": [{"pattern": "x"}], "blocks": []},
    {"short_line_words": 25, "lines": [{"why": "w", "pattern": "(unclosed"}], "blocks": []},
    {"short_line_words": 0, "lines": [], "blocks": []},
    {"short_line_words": 25, "lines": [], "blocks": [{"why": "w", "heading": "x"}]},
])
def test_chrome_validator_rejects_bad_entries(broken: dict) -> None:
    with pytest.raises(DataError):
        validate_chrome(broken)


def test_cleaner_uses_injected_patterns() -> None:
    patterns = validate_chrome({"short_line_words": 25, "blocks": [],
                                "lines": [{"why": "house ad", "pattern": "^حمل تطبيقنا"}]})
    raw = "\n".join([PARAGRAPHS[0], "حمل تطبيقنا الآن", COPYRIGHT])
    doc = Cleaner(patterns).clean(raw_text(raw))
    assert [(raw[r.start:r.end], r.why) for r in doc.removed] == [("حمل تطبيقنا الآن", "house ad")]
    assert COPYRIGHT in doc.text


# ---------------------------------------------------------------- shared corpus

@pytest.mark.shared
def test_seed_cookie_banner_ends_up_removed(cleaner: Cleaner) -> None:
    path = SHARED / "corpus" / "seed" / "sisi_blinken_2024-09-18.txt"
    if not path.exists():
        pytest.skip("../shared/corpus/seed is absent")
    raw = next(iter_raw([str(path)]))
    assert isinstance(raw, RawDocument)
    doc = cleaner.clean(raw)
    tail = [line.strip() for line in raw.content.strip().splitlines() if line.strip()][-3:]
    removed_text = "\n".join(raw.content[r.start:r.end] for r in doc.removed)
    for line_text in tail:
        assert line_text in removed_text
        assert line_text not in doc.text
    assert all(r.why == "cookie banner" for r in doc.removed)
    assert_accounts_for_everything(raw.content, doc)


def token_counts(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text))


def overlap(expected: str, got: str) -> tuple[float, float]:
    gold, found = token_counts(expected), token_counts(got)
    common = sum((gold & found).values())
    return common / sum(gold.values()), common / sum(found.values())


@pytest.mark.shared
def test_cnn_page_recovers_the_expected_body(cleaner: Cleaner) -> None:
    base = SHARED / "corpus" / "raw_html"
    expected_path = base / "newspaper4k_arabic_article" / "arabic_article.expected.txt"
    goose_path = base / "goose3_cnn_arabic" / "test_cnn_arabic.expected.json"
    pages = [base / "newspaper4k_arabic_article" / "arabic_article.html",
             base / "goose3_cnn_arabic" / "test_cnn_arabic.html"]
    if not expected_path.exists() or not all(p.exists() for p in pages):
        pytest.skip("../shared/corpus/raw_html is absent")
    expected = expected_path.read_text(encoding="utf-8")
    goose_lead = json.loads(goose_path.read_text(encoding="utf-8"))["expected"]["cleaned_text"]
    metadata = base / "newspaper4k_arabic_article" / "arabic_article.expected_metadata.json"
    title = json.loads(metadata.read_text(encoding="utf-8"))["title"]
    for page in pages:
        raw = next(iter_raw([str(page)]))
        doc = cleaner.clean(raw)
        recall, precision = overlap(expected, doc.text)
        assert recall >= 0.95 and precision >= 0.95, (page.name, recall, precision)
        lead_recall, _ = overlap(goose_lead, doc.text)
        assert lead_recall >= 0.9, (page.name, lead_recall)
        assert doc.title == title


@pytest.mark.shared
def test_listing_page_is_not_an_article(cleaner: Cleaner) -> None:
    page = SHARED / "corpus" / "raw_html" / "aljazeera_tag_listing" / "aljazeera_palestine_tag_listing.html"
    if not page.exists():
        pytest.skip("../shared/corpus/raw_html is absent")
    result = cleaner.try_clean(next(iter_raw([str(page)])))
    assert isinstance(result, DocError) and result.reason == "no-article-body"


def test_flattened_text_splits_at_wide_gaps(cleaner: Cleaner) -> None:
    # Scraped text that lost its line breaks: blocks are separated by runs of spaces.
    raw = "   ".join([PARAGRAPHS[0], PARAGRAPHS[1], "تصفح المزيد", "3 آذار 10:15",
                      "اليوم 08:40", COPYRIGHT])
    doc = cleaner.clean(raw_text(raw))
    assert doc.text.split("\n") == [PARAGRAPHS[0], PARAGRAPHS[1]]
    assert [r.why for r in doc.removed] == ["related articles", "timestamp", "copyright"]
    assert raw[doc.removed[1].start:doc.removed[1].end] == "3 آذار 10:15   اليوم 08:40"
    assert_accounts_for_everything(raw, doc)


# ---------------------------------------------------------------- what counts as Arabic

@pytest.mark.parametrize("short", ["انفجرت سيارة.", "عاد الهدوء", "من أطلق النار؟",
                                   "وأصيب ثلاثة آخرون.", "لا تعليق بعد."])
def test_short_arabic_sentences_are_arabic(cleaner: Cleaner, short: str) -> None:
    doc = cleaner.clean(raw_text(short))
    assert doc.text == short


@pytest.mark.parametrize("foreign", [
    "Police said two people were hurt.",
    "המשטרה אמרה ששני אנשים נפצעו בתאונה.",
    "Breaking: ok لا",                                  # two Arabic letters are not a text
    "2024-09-18 14:30",
    "The minister met his counterpart in Cairo on Tuesday and they signed a deal. " * 3
    + "قال الوزير.",
])
def test_non_arabic_text_is_rejected(cleaner: Cleaner, foreign: str) -> None:
    result = cleaner.try_clean(raw_text(foreign))
    assert isinstance(result, DocError) and result.reason == "not-arabic", result


def test_web_addresses_do_not_make_arabic_text_foreign(cleaner: Cleaner) -> None:
    post = ("تظاهر العشرات أمام البلدية. التفاصيل: "
            "https://news.example.org/local/2025/03/protest-in-front-of-the-city-hall-building"
            " أو راسلونا على editor.desk@news.example.org")
    assert cleaner.clean(raw_text(post)).text == post


# ---------------------------------------------------------------- trailers

@pytest.mark.parametrize("follow", ["تابعونا على تيليغرام", "تابعونا على تلغرام",
                                    "تابعونا عبر قناتنا على تليجرام", "تابعونا على إنستجرام",
                                    "تابعونا:"])
def test_follow_us_lines_are_removed(cleaner: Cleaner, follow: str) -> None:
    raw = "\n".join([PARAGRAPHS[0], "", follow])
    doc = cleaner.clean(raw_text(raw))
    assert [(raw[r.start:r.end], r.why) for r in doc.removed] == [(follow, "subscription prompt")]


def test_footer_links_line_is_navigation(cleaner: Cleaner) -> None:
    footer = "من نحن | اتصل بنا | أعلن معنا | سياسة الخصوصية"
    raw = "\n".join([PARAGRAPHS[0], footer])
    doc = cleaner.clean(raw_text(raw))
    assert [(raw[r.start:r.end], r.why) for r in doc.removed] == [(footer, "navigation")]


CREDIT = "المصدر: وكالة الأخبار المحلية + وكالات"


def test_source_credit_at_the_end_is_kept(cleaner: Cleaner) -> None:
    # The credit is the article's own attribution, not site chrome.
    raw = "\n".join([*PARAGRAPHS, "", CREDIT, "", COPYRIGHT])
    doc = cleaner.clean(raw_text(raw))
    assert doc.text.split("\n")[-1] == CREDIT
    assert [raw[r.start:r.end] for r in doc.removed] == [COPYRIGHT]


def test_source_credit_ends_a_block_of_short_items(cleaner: Cleaner) -> None:
    raw = "\n".join([*PARAGRAPHS, "", *READ_ALSO, CREDIT])
    doc = cleaner.clean(raw_text(raw))
    assert [(raw[r.start:r.end], r.why) for r in doc.removed] == [
        ("\n".join(READ_ALSO), "related articles")]
    assert CREDIT in doc.text.split("\n")


def test_keep_rules_are_validated() -> None:
    base = {"short_line_words": 25, "lines": [], "blocks": []}
    assert validate_chrome({**base, "keep": [{"why": "credit", "pattern": "^المصدر:"}]}).keep
    with pytest.raises(DataError):
        validate_chrome({**base, "keep": [{"pattern": "^المصدر:"}]})
    with pytest.raises(DataError):
        validate_chrome({**base, "keep": "المصدر"})


# ---------------------------------------------------------------- HTML removals

FOLLOW_LINE = "تابعونا على تيليغرام"
PAGE_WITH_CHROME_IN_BODY = ARTICLE_PAGE.replace(
    f"<p>{PARAGRAPHS[2]}</p>",
    f"<p>{PARAGRAPHS[2]}</p>\n<p><strong>تابعونا</strong> على <a href='/t'>تيليغرام</a></p>"
    "\n<p>© 2025 جميع الحقوق محفوظة لموقع&nbsp;أخبار المدينة</p>")


def without_markup(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]*>|&nbsp;", " ", html)).strip()


def test_html_removals_point_into_the_raw_page(cleaner: Cleaner) -> None:
    page = PAGE_WITH_CHROME_IN_BODY
    doc = cleaner.clean(raw_html(page))
    assert FOLLOW_LINE not in doc.text and PARAGRAPHS[2] in doc.text
    found = [(without_markup(page[r.start:r.end]), r.why) for r in doc.removed]
    assert (FOLLOW_LINE, "subscription prompt") in found
    assert all(not r.why.endswith(EXTRACTED_OFFSETS) for r in doc.removed)
    assert [r.start for r in doc.removed] == sorted(r.start for r in doc.removed)


def test_html_removal_not_in_the_page_says_whose_offsets(cleaner: Cleaner) -> None:
    extracted = PARAGRAPHS[0] + "\n" + FOLLOW_LINE
    _, removed = cleaner.strip_chrome(extracted)
    located = html_removed("<html><body><p>nothing alike</p></body></html>", extracted, removed)
    assert len(located) == 1 and located[0].why == "subscription prompt" + EXTRACTED_OFFSETS
    assert extracted[located[0].start:located[0].end] == FOLLOW_LINE


@pytest.mark.parametrize("text, page, located", [
    ("جميع الحقوق محفوظة", "<p>جميع <b>الحقوق</b>\n محفوظة</p>", "جميع <b>الحقوق</b>\n محفوظة"),
    ("قال \"لا\" ثم غادر.", "<p>قال &quot;لا&quot; ثم <i>غادر</i>.</p>",
     "قال &quot;لا&quot; ثم <i>غادر</i>."),
    ("- أول عنصر\n- ثاني عنصر", "<ul><li>أول عنصر</li><li>ثاني عنصر</li></ul>",
     "أول عنصر</li><li>ثاني عنصر"),
])
def test_locate_in_html_sees_through_markup(text: str, page: str, located: str) -> None:
    where = locate_in_html(page, text)
    assert where is not None and page[where[0]:where[1]] == located


def test_locate_in_html_says_none_for_absent_text() -> None:
    assert locate_in_html("<p>نص آخر تماما</p>", "جميع الحقوق محفوظة") is None


# ---------------------------------------------------------------- logging stays scoped

def test_quiet_loggers_restores_levels() -> None:
    logger = logging.getLogger("trafilatura")
    before = logger.level
    try:
        logger.setLevel(logging.INFO)
        with quiet_loggers(("trafilatura",)):
            assert not logging.getLogger("trafilatura.core").isEnabledFor(logging.ERROR)
        assert logger.level == logging.INFO
        extract_article(ARTICLE_PAGE)
        assert logger.level == logging.INFO
    finally:
        logger.setLevel(before)


def test_importing_hadath_leaves_library_loggers_alone() -> None:
    # trafilatura sets htmldate's level itself on import; hadath must add nothing to that.
    levels = "print(*(logging.getLogger(n).level for n in ('trafilatura', 'htmldate')))"
    alone = f"import logging, trafilatura, htmldate; {levels}"
    with_hadath = f"import logging, trafilatura, htmldate, hadath.html, hadath.pipeline; {levels}"
    outputs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=True).stdout for code in (alone, with_hadath)]
    assert outputs[0].split() and outputs[0] == outputs[1]


def _as_glyphs(text: str) -> str:
    """The text written the way PDF extraction writes it: each letter as one of its
    Arabic presentation forms."""
    glyph = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)):
        letter = unicodedata.normalize("NFKC", chr(code))
        if len(letter) == 1 and letter != chr(code):
            glyph.setdefault(letter, chr(code))
    return "".join(glyph.get(ch, ch) for ch in text)


def test_presentation_forms_are_cleaned_to_the_letters_they_show(cleaner: Cleaner) -> None:
    raw = made_up_article()
    glyphs = _as_glyphs(raw)
    assert glyphs != raw and len(glyphs) == len(raw)
    doc, plain = cleaner.clean(raw_text(glyphs)), cleaner.clean(raw_text(raw))
    assert doc.text == plain.text
    assert doc.removed == plain.removed


def test_a_text_written_only_in_presentation_forms_is_arabic(cleaner: Cleaner) -> None:
    doc = cleaner.clean(raw_text(_as_glyphs(PARAGRAPHS[0])))
    assert doc.text == PARAGRAPHS[0]


@settings(max_examples=200)
@given(st.text(st.one_of(st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFE),
                         st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)), max_size=40))
def test_folding_presentation_forms_keeps_length_and_meaning(text: str) -> None:
    folded = fold_presentation_forms(text)
    assert len(folded) == len(text)
    assert unicodedata.normalize("NFKC", folded) == unicodedata.normalize("NFKC", text)


def test_ligatures_of_several_letters_are_left_alone() -> None:
    assert fold_presentation_forms("ﻻ ﷲ") == "ﻻ ﷲ"
    assert fold_presentation_forms("ﺇﺳﺮﺍﺋﻴﻞ") == "إسرائيل"
