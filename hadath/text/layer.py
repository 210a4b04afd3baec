"""Tokens and sentences with offsets, and the ``TextLayer`` every recogniser reads."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

import sentencex

from ..records import Sentence
from .normalize import Normalized, normalize

_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)
_PARAGRAPH = re.compile(r"[^\n]+")
# A first line with no sentence-final punctuation and no more than this many words is a
# headline, kept apart from the body.
HEADLINE_MAX_WORDS = 30
_FINAL_PUNCT = tuple(".!?؟…:")


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


def split_sentences(text: str) -> list[Sentence]:
    """Paragraphs (lines) first, then sentencex inside each; a short unpunctuated first line
    is the headline, unless it is all the text.  Offsets are exact: leading and trailing white space is trimmed."""
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
        cursor = 0
        for seg in sentencex.segment("ar", p_text):
            if not seg.strip():
                continue
            found = p_text.find(seg, cursor)
            if found < 0:          # sentencex altered the segment: fall back to the paragraph rest
                found = cursor
                seg = p_text[cursor:]
            cursor = found + len(seg)
            lead = len(seg) - len(seg.lstrip())
            body = seg.strip()
            if body:
                spans.append((p_start + found + lead, p_start + found + lead + len(body), False))
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
