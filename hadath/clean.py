"""From a ``RawDocument`` to a clean ``Document``: article text without site chrome.

HTML goes through trafilatura (``hadath.html``); plain text through our own line cleaner,
whose patterns live in ``hadath/data/chrome.json``, which also runs over trafilatura's
text.  Scraped text that lost its line breaks glues its footer to the last paragraph,
set off only by runs of two spaces ("...آخر الجملة.  9 أيلول 3 أيلول  تصفح المزيد  ..."):
line rules marked ``inline`` also cut such pieces off the end of the text, and a lead-in
rule the site's description of itself before its copyright.  Every stretch the chrome
rules drop is recorded as ``Removed(start, end, why)`` with offsets into the raw input,
so nothing disappears silently: for plain text, the lines (or pieces of lines)
themselves; for HTML, the markup from the first to the last word of the dropped text (see
``html_removed``).  What trafilatura leaves out of an HTML page (menus, footers, scripts)
is its own boilerplate decision and is not listed.

Error handling: ``Cleaner.clean`` raises ``CleanError(reason, message)``; ``Cleaner.try_clean``
returns the same failure as a ``DocError`` so a batch can go on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from .decode import arabic_letter_share, count_arabic_letters
from .html import NoArticleBody, extract_article, locate_in_html
from .records import DocError, Document, DocumentRejected, RawDocument, Removed
from .resources import DataError, load_json, require
from .text.normalize import fold_presentation_forms, normalize_char

CHROME_FILE = "chrome.json"
# Suffix of the ``why`` of an HTML removal whose offsets are into trafilatura's main text
# because the raw page does not hold it word for word.
EXTRACTED_OFFSETS = " (offsets into the extracted main text)"
# Text is Arabic when Arabic makes up this share of its letters (mixed posts that quote
# Hebrew or English still pass) and holds at least a word's worth of Arabic letters.  No
# length floor beyond that: a two-word Arabic sentence is short, not foreign.
MIN_ARABIC_LETTERS = 3
MIN_ARABIC_SHARE = 0.3
# Addresses are Latin letters whatever the language of the text around them.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_BLANK_LINES = re.compile(r"\n{3,}")
# A stretch of a line between runs of 3+ horizontal white-space characters, with some text.
_SEGMENT = re.compile(r"(?:(?![^\S\r\n]{3,})[^\r\n])*\S(?:(?![^\S\r\n]{3,})[^\r\n])*")
# A piece of a line between runs of 2+ horizontal white-space characters: how scraped text
# glues a page's footer to its last paragraph.  A line is cut at such a run only before
# chrome that runs to the end of the text (double spaces inside sentences are common).
_PIECE = re.compile(r"(?:(?![^\S\r\n]{2,})[^\r\n])*\S(?:(?![^\S\r\n]{2,})[^\r\n])*")
_SENTENCE_END = tuple(".!…")
_ISO_DATE = re.compile(r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])")


class CleanError(DocumentRejected):
    """A document that cleaning rejects.  ``reason``: no-article-body | empty | not-arabic."""


# ---------------------------------------------------------------- patterns

@dataclass(frozen=True, slots=True)
class LineRule:
    why: str
    pattern: re.Pattern[str]
    max_words: int
    inline: bool = False     # also cuts such a piece, set off by 2+ spaces, off the text's end


@dataclass(frozen=True, slots=True)
class BlockRule:
    why: str
    heading: re.Pattern[str]
    heading_max_words: int
    item_max_words: int
    max_items: int
    item_pattern: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class KeepRule:
    """A line that is article content however short (a source credit, a byline)."""
    why: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class LeadInRule:
    """Up to ``max_lines`` lines (or pieces of a line) just before chrome of kind ``before``
    that together describe the site: the first matches ``start``, all of them ``pattern``."""
    why: str
    before: str
    start: re.Pattern[str]
    pattern: re.Pattern[str]
    max_lines: int
    max_words: int


@dataclass(frozen=True, slots=True)
class ChromePatterns:
    lines: tuple[LineRule, ...]
    blocks: tuple[BlockRule, ...]
    keep: tuple[KeepRule, ...] = ()
    lead_ins: tuple[LeadInRule, ...] = ()

    @property
    def inline(self) -> tuple[LineRule, ...]:
        return tuple(rule for rule in self.lines if rule.inline)


_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\ufeff\u00a0"


def fold_arabic(text: str) -> str:
    """Fold Arabic-script characters as the text layer does, leave everything else alone
    (so regex escapes such as ``\\S`` in a pattern survive)."""
    return text.translate(_arabic_fold_table())


@lru_cache(maxsize=1)
def _arabic_fold_table() -> dict[int, str]:
    """``str.translate`` table: each Arabic-block or invisible character to its normalised
    form (possibly empty)."""
    chars = [chr(c) for c in range(0x0600, 0x0700)] + list(_INVISIBLE)
    return {ord(ch): normalize_char(ch) for ch in chars}


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(fold_arabic(pattern), re.IGNORECASE)
    except re.error as exc:
        raise DataError(f"{where}: bad regex ({exc})") from exc


def validate_chrome(data: Any) -> ChromePatterns:
    """Check ``chrome.json`` and compile it; raises ``DataError`` naming the bad entry."""
    require(isinstance(data, dict), CHROME_FILE, "must be a JSON object")
    default_words = data.get("short_line_words")
    require(isinstance(default_words, int) and default_words > 0, CHROME_FILE,
            "short_line_words must be a positive integer")
    require(isinstance(data.get("lines"), list), CHROME_FILE, "lines must be a list")
    require(isinstance(data.get("blocks"), list), CHROME_FILE, "blocks must be a list")
    require(isinstance(data.get("keep", []), list), CHROME_FILE, "keep must be a list")
    require(isinstance(data.get("lead_ins", []), list), CHROME_FILE, "lead_ins must be a list")
    lines = tuple(_line_rule(entry, f"{CHROME_FILE} lines[{i}]", default_words)
                  for i, entry in enumerate(data["lines"]))
    blocks = tuple(_block_rule(entry, f"{CHROME_FILE} blocks[{i}]")
                   for i, entry in enumerate(data["blocks"]))
    keep = tuple(_keep_rule(entry, f"{CHROME_FILE} keep[{i}]")
                 for i, entry in enumerate(data.get("keep", [])))
    line_whys = {rule.why for rule in lines}
    lead_ins = tuple(_lead_in_rule(entry, f"{CHROME_FILE} lead_ins[{i}]", line_whys)
                     for i, entry in enumerate(data.get("lead_ins", [])))
    return ChromePatterns(lines=lines, blocks=blocks, keep=keep, lead_ins=lead_ins)


def _require_why(entry: Any, where: str) -> None:
    require(isinstance(entry, dict), where, "must be an object")
    require(isinstance(entry.get("why"), str) and bool(entry["why"].strip()), where,
            "needs a non-empty 'why' label")


def _positive_int(entry: dict[str, Any], key: str, where: str, default: int | None = None) -> int:
    value = entry.get(key, default)
    require(isinstance(value, int) and not isinstance(value, bool) and value > 0, where,
            f"'{key}' must be a positive integer")
    return value


def _line_rule(entry: Any, where: str, default_words: int) -> LineRule:
    _require_why(entry, where)
    require(isinstance(entry.get("pattern"), str), where, "needs a 'pattern' string")
    require(isinstance(entry.get("inline", False), bool), where, "'inline' must be true or false")
    return LineRule(why=entry["why"], pattern=_compile(entry["pattern"], where),
                    max_words=_positive_int(entry, "max_words", where, default_words),
                    inline=entry.get("inline", False))


def _lead_in_rule(entry: Any, where: str, line_whys: set[str]) -> LeadInRule:
    _require_why(entry, where)
    require(entry.get("before") in line_whys, where,
            "'before' must name the why of a line rule")
    for key in ("start", "pattern"):
        require(isinstance(entry.get(key), str), where, f"needs a '{key}' pattern")
    return LeadInRule(why=entry["why"], before=entry["before"],
                      start=_compile(entry["start"], where),
                      pattern=_compile(entry["pattern"], where),
                      max_lines=_positive_int(entry, "max_lines", where),
                      max_words=_positive_int(entry, "max_words", where))


def _keep_rule(entry: Any, where: str) -> KeepRule:
    _require_why(entry, where)
    require(isinstance(entry.get("pattern"), str), where, "needs a 'pattern' string")
    return KeepRule(why=entry["why"], pattern=_compile(entry["pattern"], where))


def _block_rule(entry: Any, where: str) -> BlockRule:
    _require_why(entry, where)
    require(isinstance(entry.get("heading"), str), where, "needs a 'heading' pattern")
    item_pattern = entry.get("item_pattern")
    require(item_pattern is None or isinstance(item_pattern, str), where,
            "'item_pattern' must be a string when given")
    return BlockRule(
        why=entry["why"], heading=_compile(entry["heading"], where),
        heading_max_words=_positive_int(entry, "heading_max_words", where),
        item_max_words=_positive_int(entry, "item_max_words", where),
        max_items=_positive_int(entry, "max_items", where),
        item_pattern=_compile(item_pattern, where) if item_pattern else None,
    )


@lru_cache(maxsize=1)
def default_patterns() -> ChromePatterns:
    return validate_chrome(load_json(CHROME_FILE))


# ---------------------------------------------------------------- line scanning

@dataclass(frozen=True, slots=True)
class Line:
    start: int          # offset of the first non-blank character in the raw text
    end: int            # offset just past the last non-blank character
    text: str           # the stripped line
    folded: str         # ``text`` folded for matching
    words: int
    chrome: str | None = None   # why, when an inline rule cut this piece out of its line

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    """Lines with their offsets in ``text``, split at any line break ("\\n", "\\r\\n",
    "\\r" ...) and also at runs of 3+ spaces: scraped text that lost its line breaks keeps
    block boundaries (teaser lists, footers) as such runs.  Each becomes its own line."""
    lines = []
    offset = 0
    for raw_line in text.splitlines(keepends=True):
        segments = [m for m in _SEGMENT.finditer(raw_line)]
        if not segments:
            lines.append(Line(offset, offset, "", "", 0))
        for m in segments:
            stripped = m.group().strip()
            start = offset + m.start() + len(m.group()) - len(m.group().lstrip())
            lines.append(Line(start, start + len(stripped), stripped, fold_arabic(stripped),
                              len(_WORD.findall(stripped))))
        offset += len(raw_line)
    return lines


def _line_at(start: int, text: str, chrome: str | None = None) -> Line:
    return Line(start, start + len(text), text, fold_arabic(text), len(_WORD.findall(text)),
                chrome)


def _stripped_at(start: int, text: str) -> Line:
    return _line_at(start + len(text) - len(text.lstrip()), text.strip())


def split_inline_chrome(lines: list[Line], patterns: ChromePatterns) -> list[Line]:
    """The footer of a page that lost its line breaks.  From the end of the text back to the
    last prose, a line whose pieces (set off by runs of 2+ spaces) end in chrome that an
    inline rule recognises, or in the site's description before its copyright, is cut: each
    chrome piece becomes a line of its own (``chrome`` set), the pieces before them one line
    with their own spacing.  Higher up, stamps of embedded cards glued between paragraphs stay
    (dating reads them as page stamps): cutting them shifts the sentence indices that event
    merging measures distances in, which moved merges both ways when measured."""
    if not patterns.inline:
        return lines
    tail: list[Line] = []
    i = len(lines)
    while i > 0:
        line = lines[i - 1]
        pieces = [_stripped_at(line.start + m.start(), m.group())
                  for m in _PIECE.finditer(line.text)]
        # the chrome that opens the tail so far (a copyright) may follow a site description
        after = [t for t in tail if not t.blank][:1]
        whys = [_rule_why(piece, patterns.inline) for piece in pieces] + [t.chrome for t in after]
        _mark_lead_ins(pieces + after, whys, patterns)
        whys = whys[:len(pieces)]
        kept = len(pieces) - next((k for k, why in enumerate(reversed(whys)) if why is None),
                                  len(pieces))
        if kept < len(pieces):
            tail[:0] = _regroup(line, pieces[:kept], pieces[kept:], whys[kept:])
        elif line.blank or _rule_why(line, patterns.lines) is not None:
            tail[:0] = [line]
        else:
            break
        i -= 1
        if kept:
            break
    return lines[:i] + tail


def _rule_why(line: Line, rules: tuple[LineRule, ...]) -> str | None:
    for rule in rules:
        if line.words <= rule.max_words and rule.pattern.search(line.folded):
            return rule.why
    return None


def _regroup(line: Line, kept: list[Line], chrome: list[Line],
             whys: list[str | None]) -> list[Line]:
    """The kept pieces as one line with the text between them as it was, then each chrome
    piece as a line of its own."""
    out = []
    if kept:
        start, end = kept[0].start - line.start, kept[-1].end - line.start
        out.append(_line_at(kept[0].start, line.text[start:end]))
    return out + [_line_at(piece.start, piece.text, why) for piece, why in zip(chrome, whys)]


def _mark_lead_ins(lines: list[Line], whys: list[str | None], patterns: ChromePatterns) -> None:
    """Mark the site description just before a copyright line (or piece) as chrome."""
    for i, why in enumerate(whys):
        for rule in patterns.lead_ins:
            if why != rule.before:
                continue
            for j in _lead_in(lines, whys, i, rule, patterns.keep):
                whys[j] = rule.why


def _lead_in(lines: list[Line], whys: list[str | None], anchor: int, rule: LeadInRule,
             keep: tuple[KeepRule, ...]) -> range:
    """The indexes of the lines before ``anchor`` that ``rule`` removes (blank lines
    between them included): the nearest run whose first line matches ``rule.start``."""
    chosen: list[int] = []
    words = 0
    j = anchor - 1
    while j >= 0 and len(chosen) < rule.max_lines:
        line = lines[j]
        if line.blank:
            j -= 1
            continue
        if whys[j] is not None or _is_kept(line, keep) or words + line.words > rule.max_words:
            break
        chosen.insert(0, j)
        words += line.words
        joined = " ".join(lines[k].folded for k in chosen)
        if rule.start.search(line.folded) and rule.pattern.search(joined):
            return range(chosen[0], anchor)
        j -= 1
    return range(0)


def _is_kept(line: Line, rules: tuple[KeepRule, ...]) -> bool:
    return any(rule.pattern.search(line.folded) for rule in rules)


def _line_rule_for(line: Line, rules: tuple[LineRule, ...]) -> str | None:
    return line.chrome or _rule_why(line, rules)


def _is_block_item(line: Line, rule: BlockRule) -> bool:
    if line.words > rule.item_max_words or line.text.endswith(_SENTENCE_END):
        return False
    return rule.item_pattern is None or bool(rule.item_pattern.search(line.folded))


def _block_heading(line: Line, rules: tuple[BlockRule, ...]) -> BlockRule | None:
    for rule in rules:
        if line.words <= rule.heading_max_words and rule.heading.search(line.folded):
            return rule
    return None


def classify_lines(lines: list[Line], patterns: ChromePatterns) -> list[str | None]:
    """For each line the reason it is chrome, or None when it stays."""
    whys: list[str | None] = [None] * len(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.blank or (line.chrome is None and _is_kept(line, patterns.keep)):
            i += 1
            continue
        block = None if line.chrome else _block_heading(line, patterns.blocks)
        if block is None:
            whys[i] = _line_rule_for(line, patterns.lines)
            i += 1
            continue
        whys[i] = block.why
        i = _consume_block(lines, i + 1, block, patterns, whys)
    _mark_lead_ins(lines, whys, patterns)
    return whys


def _consume_block(lines: list[Line], i: int, block: BlockRule, patterns: ChromePatterns,
                   whys: list[str | None]) -> int:
    """Mark the items after a block heading; return the index of the first line left."""
    items = 0
    while i < len(lines) and items < block.max_items:
        line = lines[i]
        if line.blank:
            i += 1
            continue
        if line.chrome is None and _is_kept(line, patterns.keep):
            break
        chrome = _line_rule_for(line, patterns.lines)
        if chrome is not None:
            whys[i] = chrome
        elif _is_block_item(line, block):
            whys[i] = block.why
            items += 1
        else:
            break
        i += 1
    return i


def removed_spans(lines: list[Line], whys: list[str | None]) -> list[Removed]:
    """Adjacent removed lines with the same reason (blank lines between allowed) merge."""
    spans: list[Removed] = []
    previous_kept = True
    for line, why in zip(lines, whys):
        if line.blank:
            continue
        if why is None:
            previous_kept = True
            continue
        if spans and not previous_kept and spans[-1].why == why:
            spans[-1] = Removed(spans[-1].start, line.end, why)
        else:
            spans.append(Removed(line.start, line.end, why))
        previous_kept = False
    return spans


def kept_text(lines: list[Line], whys: list[str | None]) -> str:
    kept = [line.text for line, why in zip(lines, whys) if why is None]
    return _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()


# ---------------------------------------------------------------- the cleaner

class Cleaner:
    """Turns ``RawDocument``s into ``Document``s.  Build it once and reuse it."""

    def __init__(self, patterns: ChromePatterns | None = None) -> None:
        self.patterns = patterns if patterns is not None else default_patterns()

    def strip_chrome(self, text: str) -> tuple[str, list[Removed]]:
        """Plain text without chrome lines and blocks, and what was removed (offsets into
        ``text``)."""
        lines = split_inline_chrome(split_lines(text), self.patterns)
        whys = classify_lines(lines, self.patterns)
        return kept_text(lines, whys), removed_spans(lines, whys)

    def clean(self, raw: RawDocument, *, published: str | None = None) -> Document:
        """Raise ``CleanError`` when the document has no usable Arabic text.

        ``published`` is used only when the input carries no publication date of its own.
        """
        if raw.kind == "html":
            document = self._clean_html(raw)
        else:
            text, removed = self.strip_chrome(fold_presentation_forms(raw.content))
            document = Document(doc_id=raw.doc_id, text=text, url=raw.url, title=raw.title,
                                published=normalize_date(raw.published), removed=removed,
                                source=raw.source)
        if document.published is None:
            document.published = normalize_date(published)
        check_arabic(document.text, raw.source)
        return document

    def try_clean(self, raw: RawDocument, *, published: str | None = None) -> Document | DocError:
        try:
            return self.clean(raw, published=published)
        except CleanError as exc:
            return DocError(raw.source, raw.doc_id, exc.reason, exc.message)

    def _clean_html(self, raw: RawDocument) -> Document:
        try:
            article = extract_article(raw.content, url=raw.url)
        except NoArticleBody:
            raise CleanError("no-article-body",
                             f"{raw.source}: no article text found in the HTML "
                             "(a listing, error or navigation-only page?)") from None
        text, removed = self.strip_chrome(fold_presentation_forms(article.text))
        return Document(doc_id=raw.doc_id, text=text, url=raw.url or article.url,
                        title=raw.title or article.title,
                        published=normalize_date(raw.published) or normalize_date(article.published),
                        removed=html_removed(raw.content, article.text, removed),
                        source=raw.source)


def html_removed(html: str, extracted: str, removed: list[Removed]) -> list[Removed]:
    """What the chrome rules dropped from trafilatura's text, as offsets into the raw HTML
    (the stretch of markup from its first to its last word).  A stretch the page does not
    hold word for word keeps its offsets into trafilatura's text, and its ``why`` says so.
    What trafilatura itself leaves out of the main text is not listed."""
    located: list[Removed] = []
    position = 0
    for span in removed:
        where = locate_in_html(html, extracted[span.start:span.end], position)
        if where is None:
            located.append(Removed(span.start, span.end, f"{span.why}{EXTRACTED_OFFSETS}"))
            continue
        located.append(Removed(where[0], where[1], span.why))
        position = where[1]
    return located


def check_arabic(text: str, source: str) -> None:
    """Raise ``CleanError`` ("empty" or "not-arabic") unless ``text`` is Arabic."""
    if not text.strip():
        raise CleanError("empty", f"{source}: nothing is left after removing site chrome")
    if not is_arabic(text):
        prose = _ADDRESS.sub(" ", text)
        arabic, share = count_arabic_letters(prose), arabic_letter_share(prose)
        raise CleanError("not-arabic", f"{source}: not Arabic text ({arabic} Arabic letters, "
                                       f"{share:.0%} of all letters outside web addresses)")


def is_arabic(text: str) -> bool:
    """Arabic letters are at least ``MIN_ARABIC_SHARE`` of the letters outside URLs and
    e-mail addresses, and there are at least ``MIN_ARABIC_LETTERS`` of them."""
    prose = _ADDRESS.sub(" ", text)
    return (count_arabic_letters(prose) >= MIN_ARABIC_LETTERS
            and arabic_letter_share(prose) >= MIN_ARABIC_SHARE)


def normalize_date(value: str | None) -> str | None:
    """"2024-09-06T09:52:19+03:00" -> "2024-09-06"; None when not a valid calendar date."""
    if not value:
        return None
    match = _ISO_DATE.match(value)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
