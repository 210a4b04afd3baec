"""Casualty counts: which number counts the killed, injured or arrested of an event."""
from __future__ import annotations

from dataclasses import dataclass

from ..records import Count, Event, NumberMention, Sentence, Span, TimeMention
from ..text.layer import TextLayer
from ..text.matcher import Match
from .structure import CLAUSE_BREAK, WORD

# Counts belong to violent or coercive events; other types never carry casualty figures.
COUNT_TYPES = {"killed": ("ASSAULT",), "injured": ("ASSAULT",), "arrested": ("COERCE", "ASSAULT")}
CUE_TO_NUMBER_WORDS = 3     # "مقتل 9", "إصابة نحو 2800", "ارتفع عدد الشهداء إلى 40005"
NUMBER_TO_CUE_WORDS = 2     # "40 شهيدا", "9 أشخاص قتلى"


@dataclass(frozen=True, slots=True)
class CountMention:
    kind: str                  # killed | injured | arrested
    count: Count
    anchor: int                # offset used to find the nearest event


def _usable(n: NumberMention, times: list[TimeMention]) -> bool:
    if n.ordinal or (n.min is None and n.max is None):
        return False
    return not any(t.start <= n.start < t.end or n.start <= t.start < n.end for t in times)


def _gap_ok(text: str, start: int, end: int, max_words: int) -> bool:
    if end < start:
        return False
    between = text[start:end]
    return not CLAUSE_BREAK.search(between) and len(WORD.findall(between)) <= max_words


def find_counts(layer: TextLayer, sentence: Sentence, cues: list[Match[str]],
                numbers: list[NumberMention], times: list[TimeMention],
                cumulative_cues: list[Match[str]]) -> list[CountMention]:
    text = layer.text
    nums = [n for n in numbers if sentence.start <= n.start and n.end <= sentence.end
            and _usable(n, times)]
    out: list[CountMention] = []
    used: set[int] = set()
    for cue in cues:
        if not (sentence.start <= cue.start and cue.end <= sentence.end):
            continue
        best = None
        for n in nums:
            if n.start in used:
                continue
            if n.start >= cue.end and _gap_ok(text, cue.end, n.start, CUE_TO_NUMBER_WORDS):
                best = n
                break
            if n.end <= cue.start and _gap_ok(text, n.end, cue.start, NUMBER_TO_CUE_WORDS):
                best = n
        if best is None:
            continue
        used.add(best.start)
        start, end = min(best.start, cue.start), max(best.end, cue.end)
        cumulative = any(c.start < best.start and c.start >= sentence.start for c in cumulative_cues)
        lo = _as_int(best.min)
        hi = _as_int(best.max)
        out.append(CountMention(cue.value, Count(lo, hi, best.approx, cumulative,
                                                 Span(text[start:end], start, end)), cue.start))
    return out


def _as_int(v):
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def attach_counts(event: Event, counts: list[CountMention], t_start: int) -> None:
    """Give the event the sentence's counts of its kind, nearest to its trigger first."""
    for kind in ("killed", "injured", "arrested"):
        if event.event not in COUNT_TYPES[kind]:
            continue
        mine = [c for c in counts if c.kind == kind]
        if mine:
            best = min(mine, key=lambda c: abs(c.anchor - t_start))
            setattr(event, kind, best.count)
