"""The pipeline: raw document -> clean document -> text layer -> mentions -> events.

Every stage is an object handed to ``Pipeline``; ``Pipeline.default()`` wires the shipped
ones.  A document that fails at any stage becomes a ``DocError``; the batch goes on.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Protocol

from .clean import Cleaner
from .events.coder import CoderOptions, EventCoder
from .recognize import Analysis
from .recognize.actors import read_as_places
from .recognize.places import without_person_names
from .records import (ActorMention, DocError, Document, NumberMention, PlaceMention, RawDocument,
                      Result, TimeMention)
from .text.layer import TextLayer


class ActorFinder(Protocol):
    def find(self, layer: TextLayer, *, date: str | None = None) -> list[ActorMention]: ...


class PlaceFinder(Protocol):
    def find(self, layer: TextLayer) -> list[PlaceMention]: ...


class NumberFinder(Protocol):
    def find(self, layer: TextLayer) -> list[NumberMention]: ...


class TimeFinder(Protocol):
    def find(self, layer: TextLayer, published: str | None) -> list[TimeMention]: ...


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    include_nonfactual: bool = False
    min_confidence: float = 0.5
    prefer: str = "past"          # how a bare weekday or year-less date is read
    # The shipped rescorer was trained on 2007-08 newspaper sentences: it filters mentions
    # from reports well there but costs recall on recent conflict reporting (docs/detection.md).
    rescore: bool = True


class Pipeline:
    def __init__(self, cleaner: Cleaner, actors: ActorFinder, places: PlaceFinder,
                 numbers: NumberFinder, times: TimeFinder, coder: EventCoder) -> None:
        self.cleaner = cleaner
        self.actors = actors
        self.places = places
        self.numbers = numbers
        self.times = times
        self.coder = coder

    @classmethod
    def default(cls, options: PipelineOptions | None = None) -> "Pipeline":
        from .events.classifier import load_default_classifier
        from .recognize.actors import ActorResolver
        from .recognize.numbers import NumberFinder as Numbers
        from .recognize.places import PlaceFinder as Places
        from .recognize.times import TimeFinder as Times

        options = options or PipelineOptions()
        coder = EventCoder(classifier=load_default_classifier() if options.rescore else None,
                           options=CoderOptions(include_nonfactual=options.include_nonfactual,
                                                min_confidence=options.min_confidence))
        return cls(Cleaner(), ActorResolver.default(), Places.default(), Numbers.default(),
                   _TimesWithPreference(Times.default(), options.prefer), coder)

    def analyze(self, document: Document) -> Analysis:
        layer = TextLayer(document.text)
        times = self.times.find(layer, document.published)
        found = self.actors.find(layer, date=document.published)
        places = without_person_names(self.places.find(layer), found)
        return Analysis(
            document=document, layer=layer,
            actors=read_as_places(found, places),
            places=places,
            numbers=self.numbers.find(layer),
            times=times,
        )

    def process_document(self, document: Document) -> Result:
        return Result(document, self.coder.code(self.analyze(document)))

    def process(self, raw: RawDocument, *, published: str | None = None) -> Result | DocError:
        cleaned = self.cleaner.try_clean(raw, published=published)
        if isinstance(cleaned, DocError):
            return cleaned
        try:
            return self.process_document(cleaned)
        except Exception as exc:  # one bad document must not end the batch
            return DocError(raw.source, raw.doc_id, "internal-error",
                            f"{type(exc).__name__}: {exc}")

    def run(self, items: Iterable[RawDocument | DocError], *,
            published: str | None = None) -> Iterator[Result | DocError]:
        for item in items:
            yield item if isinstance(item, DocError) else self.process(item, published=published)


class _TimesWithPreference:
    def __init__(self, finder, prefer: str) -> None:
        self._finder = finder
        self._prefer = prefer

    def find(self, layer: TextLayer, published: str | None) -> list[TimeMention]:
        return self._finder.find(layer, published, prefer=self._prefer)


def record_to_raw(record: dict, index: int = 0) -> RawDocument | DocError:
    """A corpus-style dict ({id, text|html, published, title, url}) as a RawDocument."""
    doc_id = str(record.get("id") or record.get("doc_id") or f"doc-{index}")
    source = f"record:{index}"
    if isinstance(record.get("html"), str):
        kind, content = "html", record["html"]
    elif isinstance(record.get("text"), str):
        kind, content = "text", record["text"]
    else:
        return DocError(source, doc_id, "no-text", "record has neither 'text' nor 'html'")
    return RawDocument(doc_id, source, kind, content, url=record.get("url"),
                       title=record.get("title"), published=record.get("published"))
