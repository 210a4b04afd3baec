"""Main text and metadata of a news page, with trafilatura (and htmldate for the date)."""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import htmldate
import trafilatura

# trafilatura and htmldate log every page they cannot parse; our caller gets a DocError
# instead, so they are quietened, but only while they run on our behalf.
_CHATTY_LOGGERS = ("trafilatura", "htmldate")

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
    with quiet_loggers(_CHATTY_LOGGERS):
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


@contextmanager
def quiet_loggers(names: tuple[str, ...], level: int = logging.CRITICAL) -> Iterator[None]:
    """Raise the named loggers to ``level`` for the duration of the block, then put their
    own levels back (an application that configured them keeps its configuration)."""
    loggers = [logging.getLogger(name) for name in names]
    saved = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(level, logger.getEffectiveLevel()))
    try:
        yield
    finally:
        for logger, previous in zip(loggers, saved):
            logger.setLevel(previous)


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
        with quiet_loggers(_CHATTY_LOGGERS):
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


# Between two words of the extracted text the page may hold white space, tags and
# character references; a punctuation mark may itself be written as a reference.
_MARKUP_GAP = r"(?:\s|<[^>]*>|&#?\w+;)*"
_TOKEN = re.compile(r"\w+|[^\w\s]")
_ITEM_MARKER = re.compile(r"^[-*•]\s+", re.MULTILINE)


def locate_in_html(html: str, text: str, start: int = 0) -> tuple[int, int] | None:
    """Where ``text`` (a stretch of the extracted main text) stands in the raw ``html``:
    the offsets of its first and last character, searching from ``start`` first and then
    from the top of the page.  None when the page does not hold it word for word."""
    tokens = _TOKEN.findall(_ITEM_MARKER.sub("", text))
    if not tokens:
        return None
    pattern = re.compile(_MARKUP_GAP.join(
        re.escape(token) if token[0].isalnum() or token[0] == "_"
        else f"(?:{re.escape(token)}|&#?\\w+;)" for token in tokens))
    found = pattern.search(html, start) or (pattern.search(html) if start else None)
    return (found.start(), found.end()) if found else None
