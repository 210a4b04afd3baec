"""Closed word classes as sets of normalised keys, for membership tests on read words."""
from __future__ import annotations

from collections.abc import Iterable

from ..text.normalize import normalize_string


def normalised(*groups: Iterable[str]) -> frozenset[str]:
    """The normalised keys of all the words of ``groups``."""
    return frozenset(normalize_string(w) for words in groups for w in words)
