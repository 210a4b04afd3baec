"""Validate every data file the package ships, with the validator of the module that uses
it.  ``hadath kb check`` runs this; so does the test suite."""
from __future__ import annotations

from typing import Any, Callable

from .resources import DataError, load_json


def _validators() -> dict[str, Callable[[Any], Any]]:
    # Imported here so that checking one file does not need every stage importable.
    from .clean import validate_chrome
    from .events.classifier import validate_model_file
    from .events.counts import validate_count_words
    from .events.lexicon import validate_rules, validate_triggers
    from .recognize.numwords import validate_numbers
    from .recognize.places import validate_gazetteer, validate_place_stopwords
    from .recognize.times import validate_time_words
    from .store.dedup import validate_lexicon
    from .store.export import validate_acled_mapping
    from .words import validate_function_words
    return {
        "chrome.json": validate_chrome,
        "triggers.json": validate_triggers,
        "event_rules.json": validate_rules,
        "function_words.json": validate_function_words,
        "casualty_counts.json": validate_count_words,
        "numbers.json": validate_numbers,
        "time_words.json": validate_time_words,
        "gazetteer.json.gz": validate_gazetteer,
        "place_stopwords.json": validate_place_stopwords,
        "event_classifier.json.gz": validate_model_file,
        "dedup.json": validate_lexicon,
        "acled_mapping.json": validate_acled_mapping,
    }


def check_data_files() -> list[str]:
    """Problems found in the shipped data files other than the actor knowledge base."""
    problems = []
    for name, validate in _validators().items():
        try:
            validate(load_json(name))
        except (DataError, ValueError, KeyError, TypeError) as exc:
            problems.append(f"{name}: {exc}")
    return problems
