"""hadath: Arabic news to sourced PLOVER event records, offline.

    >>> import hadath
    >>> events = hadath.extract(text, published="2024-09-18")
    >>> [e.to_dict() for e in events]
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from .records import DocError, Document, Event, Result

__version__ = "0.1.0"
__all__ = ["extract", "extract_documents", "default_pipeline", "Store", "Event", "Document",
           "Result", "DocError", "__version__"]


def __getattr__(name: str):
    # The store pulls in database code: import it only when asked for.
    if name == "Store":
        from .store import Store
        return Store
    raise AttributeError(f"module 'hadath' has no attribute {name!r}")


@lru_cache(maxsize=4)
def default_pipeline(include_nonfactual: bool = False, min_confidence: float = 0.5,
                     prefer: str = "past", rescore: bool = True):
    """The shipped pipeline, built once per option set (loading the lexicons takes a moment)."""
    from .pipeline import Pipeline, PipelineOptions
    return Pipeline.default(PipelineOptions(include_nonfactual, min_confidence, prefer, rescore))


def extract(text: str, *, published: str | None = None, doc_id: str = "doc",
            include_nonfactual: bool = False) -> list[Event]:
    """Events in one plain-text article.  ``published`` (YYYY-MM-DD) anchors relative dates;
    without it they stay unresolved.  Raises ``ValueError`` when the text cannot be used."""
    from .pipeline import record_to_raw
    raw = record_to_raw({"id": doc_id, "text": text, "published": published})
    result = default_pipeline(include_nonfactual).process(raw, published=published)
    if isinstance(result, DocError):
        raise ValueError(f"{result.reason}: {result.message}")
    return result.events


def extract_documents(records: Iterable[dict], *, published: str | None = None,
                      include_nonfactual: bool = False,
                      rescore: bool = True) -> Iterator[Result | DocError]:
    """Batch form: corpus-style dicts ({id, text|html, published, title, url}) in, one
    ``Result`` or ``DocError`` out per record, in order.  ``rescore=False``: rules only."""
    from .pipeline import record_to_raw
    pipeline = default_pipeline(include_nonfactual, rescore=rescore)
    for i, record in enumerate(records):
        raw = record_to_raw(record, i)
        yield raw if isinstance(raw, DocError) else pipeline.process(raw, published=published)
