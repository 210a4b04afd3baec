"""Shared test helpers: where ../shared is, and skipping cleanly when it is absent."""
from __future__ import annotations

import functools
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


@pytest.fixture(scope="session")
def pipeline():
    """The shipped pipeline with its default options, for the modules that run it directly."""
    import hadath
    return hadath.default_pipeline()


def event_types(text: str, published: str = "2024-05-02") -> list[str]:
    """The types of the events the default pipeline emits for ``text`` (as body text)."""
    import hadath
    return [e.event for e in hadath.extract(HEADLINE + text, published=published)]


def assert_event(event: str, text: str) -> None:
    assert event in event_types(text), text


def assert_no_event(event: str, text: str) -> None:
    assert event not in event_types(text), text


def emitted_events(text: str, event: str, published: str = "2024-05-05") -> list:
    """The events of one type the default pipeline emits for ``text`` (model, thresholds and
    all), the text read whole, without a headline."""
    import hadath
    from hadath.pipeline import record_to_raw
    found = hadath.default_pipeline().process(record_to_raw({"id": "t", "text": text}),
                                              published=published).events
    return [e for e in found if e.event == event]


ARGUMENTS_DAY = "2025-03-04"   # the publication day of the argument tests' sentences


def events_of(text: str, event: str, published: str = ARGUMENTS_DAY):
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


def event_on(text: str, event: str, trigger: str, published: str = ARGUMENTS_DAY):
    """The event of that type whose trigger starts with ``trigger`` (see ``events_of``)."""
    events = [e for e in events_of(text, event, published) if e.trigger.text.startswith(trigger)]
    assert events, f"no {event} event on {trigger!r} in {text!r}"
    return events[0]


def texts_of(mentions) -> list[str]:
    return [m.text for m in mentions]


def countries_of(mentions) -> list:
    return [m.country for m in mentions]


def coded(text: str, event: str, published: str = ARGUMENTS_DAY):
    """Actor and recipient countries of the first event of that type (see ``events_of``)."""
    e = events_of(text, event, published)[0]
    return [a.country for a in e.actor], [r.country for r in e.recipient]


def trigger_context(text: str, word: str, event: str | None = None):
    """The context rules' reading of the first trigger spelled ``word`` (of ``event``, if
    given) in a one-sentence text."""
    from hadath.events.context import read_context
    from hadath.events.lexicon import default_rules, default_trigger_matcher
    from hadath.text.layer import analyze
    layer = analyze(text)
    hits = [h for h in default_trigger_matcher().longest(layer.view)
            if h.value.form != "blocker" and text[h.start:h.end] == word
            and (event is None or h.value.event == event)]
    assert hits, f"no {event or ''} trigger {word!r} in {text!r}"
    hit, rules = hits[0], default_rules()
    sentence = next(s for s in layer.sentences if s.start <= hit.start < s.end)
    return read_context(layer, sentence, hit.start, hit.end, hit.value.form, rules,
                        rules.negation.longest(layer.view), rules.hypothetical.longest(layer.view),
                        hit.value.event)


@functools.lru_cache(maxsize=1)
def _analysing_pipeline():
    from hadath.pipeline import Pipeline
    return Pipeline.default()


def assert_sentences_cover_text(text: str) -> None:
    """``split_sentences`` keeps exact, ordered, trimmed offsets and loses no visible text."""
    from hadath.text.layer import split_sentences
    covered: set[int] = set()
    previous_end = 0
    for s in split_sentences(text):
        body = text[s.start:s.end]
        assert body and body == body.strip()
        assert s.start >= previous_end
        previous_end = s.end
        covered.update(range(s.start, s.end))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


def last_sentence_attributions(text: str, published: str = "2024-09-18"):
    """The text and the attributions ``find_attributions`` reads in its last sentence (a
    first short line could be a headline); each source's span must give back its text."""
    from hadath.events.attribution import find_attributions
    from hadath.events.lexicon import default_rules
    from hadath.records import Document
    analysis = _analysing_pipeline().analyze(Document(doc_id="t", text=text, published=published))
    layer, rules = analysis.layer, default_rules()
    view = layer.view
    sentence = layer.sentences[-1]
    actors = [a for a in analysis.actors if sentence.start <= a.start and a.end <= sentence.end]
    found = find_attributions(layer, sentence, rules.attribution.longest(view),
                              rules.speech_verbs.longest(view), rules.source_nouns.longest(view),
                              actors)
    for a in found:
        assert layer.text[a.source.start:a.source.end] == a.source.text
    return layer.text, found


def source_phrases(text: str, published: str = "2024-09-18") -> list[str]:
    return [a.source.text for a in last_sentence_attributions(text, published)[1]]


def assigned_date(pipeline, text: str, trigger: str, published: str, form: str = "past", *,
                  event: str = "ASSAULT", hypothetical: bool = False) -> str | None:
    """The date ``dating.assign_date`` gives an event whose trigger is the first ``trigger``
    in ``text`` (its sentence's actors attached, the sentence's dates offered)."""
    from hadath.events.dating import assign_date, lead_sentence_date
    from hadath.records import Document, Event, Span
    analysis = pipeline.analyze(Document(doc_id="t", text=text, published=published))
    start = text.index(trigger)
    sentence = analysis.layer.sentence_at(start)
    ev = Event(doc_id="t", index=0, event=event, mode=None, hypothetical=hypothetical,
               trigger=Span(trigger, start, start + len(trigger)), sentence=sentence,
               actor=[a for a in analysis.actors if sentence.start <= a.start < sentence.end])
    times = [t for t in analysis.times if sentence.start <= t.start < sentence.end and t.kind == "date"]
    assign_date(ev, start, form, times, lead_sentence_date(analysis), analysis)
    return ev.date
