"""Shared test helpers: where ../shared is, and skipping cleanly when it is absent."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("HADATH_SHARED", REPO.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when it is not there (outside users)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared corpora are not distributed with hadath)")
    return path


# ---------------------------------------------------------------- running the pipeline

HEADLINE = "عنوان الخبر\n\n"     # a short first line: the sentences under test are body text


def event_types(text: str, published: str = "2024-05-02") -> list[str]:
    """The types of the events the default pipeline emits for ``text`` (as body text)."""
    import hadath
    return [e.event for e in hadath.extract(HEADLINE + text, published=published)]


def assert_event(event: str, text: str) -> None:
    assert event in event_types(text), text


def assert_no_event(event: str, text: str) -> None:
    assert event not in event_types(text), text


def events_of(text: str, event: str, published: str):
    """The events of one type, whatever their confidence, rules only (for tests of argument
    attachment, not of detection)."""
    import hadath
    from hadath.pipeline import record_to_raw
    pipeline = hadath.default_pipeline(include_nonfactual=True, min_confidence=0.0, rescore=False)
    result = pipeline.process(record_to_raw({"id": "t", "text": HEADLINE + text}),
                              published=published)
    events = [e for e in result.events if e.event == event]
    assert events, f"no {event} in {text!r}"
    return events


def coded(text: str, event: str, published: str):
    """Actor and recipient countries of the first event of that type (see ``events_of``)."""
    e = events_of(text, event, published)[0]
    return [a.country for a in e.actor], [r.country for r in e.recipient]
