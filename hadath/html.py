"""Main text and metadata of a news page, with trafilatura (and htmldate for the date)."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

import htmldate
import trafilatura

# trafilatura logs every page it cannot parse; the caller gets a DocError instead.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

# Only dates stated in the page's metadata (meta tags, JSON-LD, <time>, URL): a date picked
# out of running text or a copyright year is not the publication date.
_STRICT_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# htmldate's extensive search reports a page that only shows a year as YYYY-01-01.
_YEAR_ONLY_GUESS = re.compile(r"^\d{4}-01-01$")
_BLANK_RUN = re.compile(r"\n{2,}")
_LIST_ITEM = ("- ", "* ", "• ")
# A text with at least this many list items making up this share of its characters is a
# listing page.
MIN_LISTING_ITEMS = 3
LISTING_SHARE = 0.5
# A main text none of whose paragraphs has this many words is navigation, not an article.
MIN_PROSE_WORDS = 8


class NoArticleBody(ValueError):
    """The page has no main text that trafilatura could find."""


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    text: str                       # paragraphs joined by "\n"
    title: str | None
    published: str | None           # as the page states it (ISO date), or None
    url: str | None


def extract_article(html: str, *, url: str | None = None) -> HtmlArticle:
    """The article of an HTML page: main text (paragraph breaks kept), title, date, url.

    Raises ``NoArticleBody`` when the page has no main text (a listing page, an error
    page, a page of nothing but navigation).
    """
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True, deduplicate=True, date_extraction_params=_STRICT_DATE_PARAMS,
    )
    fields = _as_dict(extracted)
    text = _paragraphs(fields.get("text") or "")
    if not has_prose(text):
        raise NoArticleBody("the page has no article body")
    if looks_like_listing(text):
        raise NoArticleBody("the page is a listing of teasers, not an article")
    page_url = url or _nonempty(fields.get("url"))
    return HtmlArticle(text=text, title=_nonempty(fields.get("title")),
                       published=_nonempty(fields.get("date")) or _htmldate(html, page_url),
                       url=page_url)


def has_prose(text: str) -> bool:
    """At least one paragraph long enough to be a sentence, not a menu or a caption."""
    return any(len(line.split()) >= MIN_PROSE_WORDS for line in text.split("\n"))


def looks_like_listing(text: str) -> bool:
    """Main text that is mostly list items (trafilatura writes <li> as "- ...") is a
    listing or index page: teaser cards, not one article."""
    lines = text.split("\n")
    items = [line for line in lines if line.startswith(_LIST_ITEM)]
    if len(items) < MIN_LISTING_ITEMS:
        return False
    return sum(map(len, items)) >= LISTING_SHARE * sum(map(len, lines))


def _as_dict(extracted: Any) -> dict[str, Any]:
    if extracted is None:
        return {}
    if isinstance(extracted, dict):
        return extracted
    return extracted.as_dict()


def _htmldate(html: str, url: str | None) -> str | None:
    try:
        found = htmldate.find_date(html, url=url, original_date=True, extensive_search=True)
    except (ValueError, TypeError):
        return None
    if not found or _YEAR_ONLY_GUESS.match(found):
        return None
    return found


def _paragraphs(text: str) -> str:
    lines = [line.strip() for line in text.splitlines()]
    return _BLANK_RUN.sub("\n", "\n".join(line for line in lines if line)).strip()


def _nonempty(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
