"""Typed records that flow one way through the pipeline.

ingest -> RawDocument -> clean -> Document -> text layer -> recognise (Mentions)
-> events -> Event -> output.  Offsets are Python string indices into the clean text,
end exclusive.  ``to_dict`` renders the public contract of docs/event-record.md.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PLOVER_QUADS: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}

SECTORS = frozenset(
    "GOV MIL COP REB PTY LEG JUD SPY UAF CVL JRN MED REF OPP ELI BUS LAB EDU REL AGR CRM "
    "SOC PRE UNK".split()
)
INTERNATIONAL_CODES = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "KOS"})
# Types whose two sides are not actor and target (gold-format.md): meeting X is meeting Y.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# The casualty counts an event carries, as field names of ``Event`` and of its record.
COUNT_KINDS = ("killed", "injured", "arrested")


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Removed:
    """A stretch of raw input the cleaner dropped (offsets into the raw input)."""
    start: int
    end: int
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "why": self.why}


@dataclass(slots=True)
class RawDocument:
    """What ingest hands on: undecoded bytes or decoded text plus whatever metadata came with it."""
    doc_id: str
    source: str                     # path, "<stdin>" or "file.jsonl:LINE"
    kind: str                       # "text" | "html"
    content: str
    url: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass(slots=True)
class Document:
    doc_id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None    # YYYY-MM-DD or None
    language: str = "ar"
    removed: list[Removed] = field(default_factory=list)
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id, "url": self.url, "title": self.title,
            "published": self.published, "language": self.language, "text": self.text,
            "removed": [r.to_dict() for r in self.removed],
        }


class DocumentRejected(ValueError):
    """Raised by a stage that cannot use a document; becomes a ``DocError`` in a batch.
    ``reason`` is the short machine code ("empty", "binary", "not-arabic" ...)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(frozen=True, slots=True)
class DocError:
    """A document that could not be processed, and why.  The batch goes on."""
    source: str
    doc_id: str | None
    reason: str                     # short machine code: "empty", "binary", "not-arabic" ...
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "doc_id": self.doc_id, "reason": self.reason,
                "message": self.message}


# ---------------------------------------------------------------- mentions

@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    is_headline: bool = False


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    name: str | None
    country: str | None
    sector: str | None
    id: str | None = None
    kind: str = "actor"             # actor | country | demonym | institution | agent | person
    rule: str = ""                  # how it was resolved, for `kb lookup` and debugging

    def to_entity(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "name": self.name,
                "country": self.country, "sector": self.sector, "id": self.id}


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    precision: str                  # country | admin1 | city | neighbourhood | region
    id: str | None = None
    party: bool = True              # False: only where events happen, never a party (gazetteer)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "name": self.name,
                "country": self.country, "lat": self.lat, "lon": self.lon,
                "precision": self.precision}


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int
    end: int
    text: str
    value: float | int | None       # the number as written; None for vague quantities
    min: int | float | None
    max: int | float | None
    approx: bool = False
    ordinal: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                "min": self.min, "max": self.max, "approx": self.approx}


# Precisions of a time that name a single day (a clock time names its day).
DAY_PRECISIONS = frozenset({"day", "minute"})


@dataclass(frozen=True, slots=True)
class TimeMention:
    start: int
    end: int
    text: str
    value: str | None               # YYYY-MM-DD, YYYY-MM, YYYY or YYYY-MM-DDTHH:MM; None = unresolved
    precision: str | None           # day | month | year | minute | None
    kind: str = "date"              # date | duration | daycount

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                "precision": self.precision}


# ---------------------------------------------------------------- events

@dataclass(frozen=True, slots=True)
class Count:
    min: int | None
    max: int | None
    approx: bool
    cumulative: bool
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"min": self.min, "max": self.max, "approx": self.approx,
                "cumulative": self.cumulative, **self.span.to_dict()}


@dataclass(slots=True)
class Event:
    doc_id: str
    index: int
    event: str
    mode: str | None
    trigger: Span
    sentence: Sentence
    actor: list[ActorMention] = field(default_factory=list)
    recipient: list[ActorMention] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    date_span: Span | None = None
    location: PlaceMention | None = None
    killed: Count | None = None
    injured: Count | None = None
    arrested: Count | None = None
    attributed_to: Span | None = None
    negated: bool = False
    hypothetical: bool = False
    mutual: bool = False            # two-sided fighting: every side is an actor
    confidence: float = 0.5
    rule: str = ""                  # which pattern or model fired
    mentions: list[Span] = field(default_factory=list)   # further triggers merged into it

    @property
    def id(self) -> str:
        return f"{self.doc_id}:{self.index}"

    @property
    def quad(self) -> int:
        return PLOVER_QUADS[self.event]

    @property
    def factual(self) -> bool:
        return not (self.negated or self.hypothetical)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "doc_id": self.doc_id, "event": self.event, "mode": self.mode,
            "quad": self.quad,
            "actor": [a.to_entity() for a in self.actor],
            "recipient": [r.to_entity() for r in self.recipient],
            "date": self.date, "date_precision": self.date_precision,
            "date_span": self.date_span.to_dict() if self.date_span else None,
            "location": self.location.to_dict() if self.location else None,
            "killed": self.killed.to_dict() if self.killed else None,
            "injured": self.injured.to_dict() if self.injured else None,
            "arrested": self.arrested.to_dict() if self.arrested else None,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "trigger": self.trigger.to_dict(),
            "sentence": {"index": self.sentence.index, "start": self.sentence.start,
                         "end": self.sentence.end},
            "negated": self.negated, "hypothetical": self.hypothetical, "mutual": self.mutual,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }


@dataclass(slots=True)
class Result:
    """One document's output: the document record and its events."""
    document: Document
    events: list[Event]
