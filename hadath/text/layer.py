"""Tokens and sentences with offsets, and the ``TextLayer`` every recogniser reads."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cached_property

import sentencex

from ..records import Sentence
from .normalize import Normalized, normalize, scare_quotes

_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)
_PARAGRAPH = re.compile(r"[^\n]+")
# A first line with no sentence-final punctuation and no more than this many words is a
# headline, kept apart from the body.
HEADLINE_MAX_WORDS = 30
_FINAL_PUNCT = tuple(".!?؟…:")

# The end of an embedded social post: the post's media or short link, or the signature line
# of an embed ("— الاسم (@handle) July 6, 2024").  Scraped pages run the post straight into
# the next paragraph with no full stop, so a sentence ends after it.
_POST_LINK = r"(?:pic\.twitter\.com|https?://t\.co)/[A-Za-z0-9]+"
_POST_SIGNATURE = r"[—–]\s?[^\n—–()]{1,80}\(@\w+\)\s?(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [^\W\d]+ \d{4})"
_POST_MARKER = re.compile(f"{_POST_LINK}|{_POST_SIGNATURE}")
# What may stand between two markers of one post, or trail its last one ("via @site", tags).
_POST_JOINER = re.compile(r"(?:[\s()]|[#@]\w+|via(?=\s+@))*")
_POST_TAIL = re.compile(r"\)?(?:\s+via\s+@\w+|\s*[#@]\w+)*")
_WORD = re.compile(r"\w")
_CONTINUING_PUNCT = tuple(".,،:;!?؟)")

# A sentence end inside a sentencex segment: one final mark (not an ellipsis), any closing
# quotes or brackets, white space, then a letter.  sentencex pairs straight quotes first with
# second, so one unbalanced mark (Al Mayadeen leaves many) keeps the rest of the paragraph
# in one "sentence".
_INNER_END = re.compile(r'(?<!\W\w)(?<!^\w)(?<!\.)[.!?؟](?![.!?؟])["»”)]*(?=\s+[^\W\d_])')
_OPENING_MARKS = "«“"
# Which marks close which: a straight quote closes a straight one, » or ” any of « and “
# (the wire mixes them).
_FAMILY = {"«": "curly", "“": "curly", "»": "curly", "”": "curly", '"': "straight"}


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str        # as in the clean text
    norm: str        # normalised form


def tokenize(view: Normalized) -> list[Token]:
    tokens = []
    for m in _TOKEN.finditer(view.norm):
        start, end = view.to_original(m.start(), m.end())
        tokens.append(Token(start, end, view.text[start:end], m.group()))
    return tokens


def social_post_ends(paragraph: str) -> list[int]:
    """Offsets in ``paragraph`` right after an embedded post that more text follows."""
    ends: list[int] = []
    markers = list(_POST_MARKER.finditer(paragraph))
    for marker, following in zip(markers, markers[1:] + [None]):
        if following is not None and \
                _POST_JOINER.fullmatch(paragraph, marker.end(), following.start()) is not None:
            continue            # the next marker belongs to the same post
        end = _POST_TAIL.match(paragraph, marker.end()).end()
        if not _in_brackets(paragraph, marker.start(), end) and _sentence_follows(paragraph[end:]):
            ends.append(end)
    return ends


def _in_brackets(paragraph: str, start: int, end: int) -> bool:
    """"(https://t.co/x)" cited inside a sentence that goes on."""
    return paragraph[:start].rstrip().endswith("(") and paragraph[end - 1] == ")"


def _sentence_follows(rest: str) -> bool:
    return _WORD.search(rest) is not None and not rest.lstrip().startswith(_CONTINUING_PUNCT)


def _pieces(paragraph: str) -> list[tuple[int, str]]:
    """The paragraph cut after embedded posts, each piece with its offset."""
    cuts = [0, *social_post_ends(paragraph), len(paragraph)]
    return [(a, paragraph[a:b]) for a, b in itertools.pairwise(cuts)]


def _segment(piece: str) -> list[tuple[int, int]]:
    """sentencex's sentences in ``piece`` as exact (start, end) offsets, white space trimmed."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for seg in sentencex.segment("ar", piece):
        if not seg.strip():
            continue
        found = piece.find(seg, cursor)
        if found < 0:          # sentencex altered the segment: fall back to the piece's rest
            found = cursor
            seg = piece[cursor:]
        cursor = found + len(seg)
        lead = len(seg) - len(seg.lstrip())
        body = seg.strip()
        if body:
            spans.extend(_split_swallowed(piece, found + lead, found + lead + len(body)))
    return spans


def _straight_quote_opens(text: str, i: int, open_straight: bool) -> bool | None:
    """Whether the straight quote at ``i`` opens (True) or closes (False) a quotation, read
    from its neighbours; None for a mark with white space on both sides."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([":
        return None if after.isspace() else True
    if after.isspace() or not after.isalnum():
        return False
    word = text[text.rfind(" ", 0, i) + 1:i]
    if len(word) <= 2 or word.endswith("ـ"):      # a proclitic: و"الجيش"، لـ"جيش"
        return True
    return not open_straight


def _quote_closes(segment: str) -> list[tuple[int, int | None]]:
    """Every quotation opened in ``segment`` that is not a short quoted name: its opening mark
    and the offset past its closing mark (None when it never closes there)."""
    names = scare_quotes(segment)
    stack: list[int] = []
    closes: dict[int, int | None] = {}
    for i, ch in enumerate(segment):
        if i in names or ch not in _FAMILY:
            continue
        if ch == '"':
            open_straight = any(segment[k] == '"' for k in stack)
            opens = _straight_quote_opens(segment, i, open_straight)
            if opens is None:
                continue
        else:
            opens = ch in _OPENING_MARKS
        if opens:
            stack.append(i)
            closes[i] = None
            continue
        family = _FAMILY[ch]
        for depth in range(len(stack) - 1, -1, -1):
            if _FAMILY[segment[stack[depth]]] == family:
                closes[stack[depth]] = i + 1
                del stack[depth:]
                break
    return sorted(closes.items())


def _swallowed_ends(segment: str) -> list[int]:
    """Offsets in a sentencex segment where a sentence ends that sentencex kept inside a
    wrongly paired quote: an end outside every quotation, or one whose open quotations never
    close in the segment.  A quotation that closes after the end (quoted speech of several
    sentences, a title “الهدنة.. إلى أين؟”) keeps it."""
    if not any(q in segment for q in _FAMILY):
        return []
    quotes = _quote_closes(segment)
    ends: list[int] = []
    for m in _INNER_END.finditer(segment):
        cut = m.end()
        if m.group()[0] != "." and len(m.group()) > 1:
            continue        # "برنامج «ماذا بعد؟» الأسبوعي": a title's own question mark
        open_here = [close for start, close in quotes
                     if start < m.start() and (close is None or close > cut)]
        if all(close is None for close in open_here):
            ends.append(cut)
    return ends


def _split_swallowed(piece: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence piece[start:end] cut at its swallowed sentence ends; each part is given
    to sentencex again (a wrongly paired quote may have hidden more ends in it)."""
    ends = _swallowed_ends(piece[start:end])
    if not ends:
        return [(start, end)]
    spans: list[tuple[int, int]] = []
    for a, b in itertools.pairwise([start, *(start + e for e in ends), end]):
        spans.extend((a + s, a + e) for s, e in _segment(piece[a:b]))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Paragraphs (lines) first, then sentencex inside each; a short unpunctuated first line
    is the headline, unless it is all the text.  A sentence also ends after an embedded
    social post.  Offsets are exact: leading and trailing white space is trimmed."""
    spans: list[tuple[int, int, bool]] = []
    first = True
    for para in _PARAGRAPH.finditer(text):
        p_start, p_text = para.start(), para.group()
        if not p_text.strip():
            continue
        if first:
            first = False
            stripped = p_text.strip()
            if len(stripped.split()) <= HEADLINE_MAX_WORDS and not stripped.endswith(_FINAL_PUNCT):
                lead = len(p_text) - len(p_text.lstrip())
                spans.append((p_start + lead, p_start + lead + len(stripped), True))
                continue
        for offset, piece in _pieces(p_text):
            spans.extend((p_start + offset + a, p_start + offset + b, False) for a, b in _segment(piece))
    if len(spans) == 1:
        spans = [(spans[0][0], spans[0][1], False)]     # a text of one line is all body
    return [Sentence(i, s, e, h) for i, (s, e, h) in enumerate(spans)]


@dataclass(frozen=True)
class TextLayer:
    """The clean text with its normalised view, tokens and sentences, computed once."""
    text: str

    @cached_property
    def view(self) -> Normalized:
        return normalize(self.text)

    @property
    def norm(self) -> str:
        return self.view.norm

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.view)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text)

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None


def analyze(text: str) -> TextLayer:
    return TextLayer(text)
