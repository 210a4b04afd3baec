"""Recognisers: actors, places, numbers and times, each a class constructed with its data.

``Analysis`` is what this stage hands to the event coder: the document, its text layer and
every mention found in it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..records import ActorMention, Document, NumberMention, PlaceMention, TimeMention
from ..text.layer import TextLayer


@dataclass(slots=True)
class Analysis:
    document: Document
    layer: TextLayer
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
