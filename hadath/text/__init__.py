"""The Arabic text layer: normalised view with offset map, tokens, sentences, lexicon matcher."""
from .layer import TextLayer, analyze
from .matcher import LexiconMatcher, Match, longest_nonoverlapping
from .normalize import Normalized, normalize, normalize_key, normalize_string

__all__ = ["TextLayer", "analyze", "LexiconMatcher", "Match", "longest_nonoverlapping",
           "Normalized", "normalize", "normalize_key", "normalize_string"]
