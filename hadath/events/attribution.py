"""According to whom: the source a reported fact is attributed to."""
from __future__ import annotations

from ..records import Sentence, Span
from ..text.layer import TextLayer
from ..text.matcher import Match
from .structure import CLAUSE_BREAK, WORD

MAX_SOURCE_WORDS = 5
_STOP_WORDS = {"إن", "ان", "أن", "بأن", "انه", "أنه", "إنه", "في", "اليوم", "أمس", "الذي", "التي"}


def _phrase_after(text: str, start: int, limit: int) -> Span | None:
    """The noun phrase from ``start``: up to MAX_SOURCE_WORDS words, stopping at punctuation,
    a complementiser or a preposition that starts an adjunct."""
    stop = CLAUSE_BREAK.search(text, start, limit)
    end_limit = stop.start() if stop else limit
    words = list(WORD.finditer(text, start, end_limit))
    kept = []
    for w in words[:MAX_SOURCE_WORDS]:
        if w.group() in _STOP_WORDS or (kept and w.group() == "في"):
            break
        kept.append(w)
    if not kept:
        return None
    s, e = kept[0].start(), kept[-1].end()
    return Span(text[s:e], s, e)


def find_attribution(layer: TextLayer, sentence: Sentence, attribution_cues: list[Match[str]],
                     speech_cues: list[Match[str]], source_cues: list[Match[str]]) -> Span | None:
    """'بحسب X' / 'وفق X' anywhere in the sentence, else 'قالت/ذكرت X إن ...' when X is a
    source-like noun phrase."""
    text = layer.text
    for cue in attribution_cues:
        if sentence.start <= cue.start < sentence.end:
            span = _phrase_after(text, cue.end, sentence.end)
            if span:
                return span
    for cue in speech_cues:
        if not (sentence.start <= cue.start < sentence.end):
            continue
        span = _phrase_after(text, cue.end, sentence.end)
        if span and any(span.start <= s.start < span.end for s in source_cues):
            return span
    return None
