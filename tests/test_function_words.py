"""function_words.json: its validator, and how the coder's modules read its groups."""
import copy
import dataclasses
import re
from pathlib import Path

import pytest

from hadath import datacheck
from hadath.events import attribution, coder, counts, dating, location, merge, setting
from hadath.events.arguments import (
    nouns,
    relatives,
    statements,
    victims,
    vocabulary,
    word_shapes,
)
from hadath.recognize import actors
from hadath.resources import DataError, load_json
from hadath.text.normalize import normalize_string
from hadath.words import (
    FUNCTION_WORDS_FILE,
    FunctionWords,
    alternation,
    function_words,
    validate_function_words,
)

EVENTS_DIR = Path(coder.__file__).parent
RECOGNIZE_DIR = EVENTS_DIR.parent / "recognize"


@pytest.fixture()
def data() -> dict:
    return copy.deepcopy(load_json(FUNCTION_WORDS_FILE))


def _group_names() -> list[str]:
    return [f.name for f in dataclasses.fields(FunctionWords)]


def _ordered_names() -> list[str]:
    words = function_words()
    return [name for name in _group_names() if isinstance(getattr(words, name), tuple)]


def test_the_shipped_file_validates(data):
    words = validate_function_words(data)
    assert isinstance(words, FunctionWords)
    assert all(getattr(words, name) for name in _group_names())


def test_the_file_holds_exactly_the_groups_the_code_reads(data):
    assert set(data["groups"]) == set(_group_names())


def test_every_group_is_read_by_a_module():
    files = [*EVENTS_DIR.rglob("*.py"), *RECOGNIZE_DIR.glob("*.py")]
    sources = "\n".join(p.read_text(encoding="utf-8") for p in files if p.name != "words.py")
    unread = [name for name in _group_names() if not re.search(rf"\.{name}\b", sources)]
    assert unread == []


def test_ordered_groups_load_as_tuples_in_file_order(data):
    words = function_words()
    for name in _ordered_names():
        assert data["groups"][name].get("ordered") is True
        assert getattr(words, name) == tuple(data["groups"][name]["words"])


def test_unordered_groups_load_as_sets(data):
    words = function_words()
    for name in set(_group_names()) - set(_ordered_names()):
        assert "ordered" not in data["groups"][name]
        assert getattr(words, name) == frozenset(data["groups"][name]["words"])


def test_a_suffix_tried_earlier_never_hides_a_later_one():
    # the coder strips the first of these a word ends with
    suffixes = function_words().possessive_suffixes
    for i, earlier in enumerate(suffixes):
        assert not any(later.endswith(earlier) for later in suffixes[i + 1:])


def test_module_constants_are_the_loaded_groups():
    words = function_words()
    assert vocabulary.LIGHT_VERBS is words.light_verbs
    assert vocabulary.POSSESSIVE_SUFFIXES is words.possessive_suffixes
    assert set(words.directions) <= vocabulary.LOCATIVE_WORDS
    assert words.locative_words <= vocabulary.LOCATIVE_WORDS
    assert word_shapes.PERSON_ENDINGS == ("", *words.person_endings)
    assert [w for [w] in relatives.RESUMPTIVE_PREPOSITIONS] == list(words.resumptive_prepositions)
    assert statements.SPECIFIER_LEADS[0] == []
    assert words.phrase_stop_words <= vocabulary.PHRASE_STOPS
    assert dating.MONTH_HEADS is words.month_heads


def test_patterns_built_from_groups_match_each_of_their_words():
    words = function_words()
    assert all(nouns.BI_SUPPORT_VERBS.match(w) for w in words.bi_support_verbs)
    assert all(relatives.RELATIVE_AGENT_VERB.match(w + "ها") for w in words.relative_agent_verbs)
    assert all(vocabulary.OWN_FORCES.match(w + "هم") for w in words.own_force_nouns)
    assert all(vocabulary.TOPIC_VERBS.match("و" + w) for w in words.topic_verb_stems)
    assert all(re.fullmatch(victims.CASUALTY_NOUNS, w) for w in words.casualty_nouns)
    assert all(setting._DURING.search(w + " ") for w in words.during_words)
    assert all(merge._SIMULTANEOUS.search("و" + w) for w in words.simultaneity_connectors)
    assert all(dating.PERIOD_ORIGIN.search(w) for w in words.period_origin_openers)
    assert all(dating.RELATIVE_TIME.search(w) for w in words.relative_time_adverbs)
    assert all(location._WITNESS_VERB.fullmatch("و" + w) for w in words.witness_verbs)
    assert all(location._CAUSE_CLAUSE.match(w + "ا على") for w in words.retaliation_nouns)
    assert all(location._PROTEST_CAUSE.match(f"{noun}ا {preposition}")
               for noun in words.protest_cause_nouns for preposition in words.protest_cause_prepositions)
    assert all(counts._another().fullmatch("و" + w) for w in words.another_words)
    assert all(counts._relative().match(f" {w} ") for w in words.count_relatives)
    assert all(actors.actor_words().trailing_adjective.fullmatch(f" ال{w}ين")
               for w in words.trailing_adjectives)


def test_a_phrase_with_a_space_matches_as_a_phrase_only():
    pattern = re.compile(alternation(["على هامش"]) + "$")
    assert pattern.match("على هامش")
    assert not pattern.match("على")


def test_normalised_groups_are_compared_in_normalised_form():
    raw = function_words().attribution_complementisers
    assert attribution._COMPLEMENTISERS == {normalize_string(w) for w in raw}
    assert attribution._COMPLEMENTISERS != raw        # the file keeps the written spelling
    titles = function_words().person_titles
    assert actors.actor_words().person_titles == {normalize_string(w) for w in titles}


def _problem(data: dict) -> str:
    with pytest.raises(DataError) as caught:
        validate_function_words(data)
    return str(caught.value)


def test_a_missing_group_is_named(data):
    del data["groups"]["light_verbs"]
    message = _problem(data)
    assert "missing" in message and "light_verbs" in message


def test_a_group_no_code_reads_is_named(data):
    data["groups"]["spare_words"] = {"why": "unused", "words": ["كلمة"]}
    assert "spare_words" in _problem(data)


def test_an_empty_group_is_named(data):
    data["groups"]["attack_nouns"]["words"] = []
    message = _problem(data)
    assert "attack_nouns" in message and "non-empty" in message


def test_a_repeated_word_is_named(data):
    group = data["groups"]["unit_nouns"]["words"]
    group.append(group[0])
    message = _problem(data)
    assert "unit_nouns" in message and "repeats" in message


def test_a_word_that_is_no_string_is_named(data):
    data["groups"]["chant_cues"]["words"].append(7)
    message = _problem(data)
    assert "chant_cues" in message and "not a string" in message


@pytest.mark.parametrize("word", ["  ", "", "abc", "(مقر", "على  هامش", " في"])
def test_a_word_of_other_characters_is_named(data, word):
    data["groups"]["seat_nouns"]["words"].append(word)
    assert "seat_nouns" in _problem(data)


def test_a_group_without_why_is_named(data):
    del data["groups"]["flag_words"]["why"]
    message = _problem(data)
    assert "flag_words" in message and "why" in message


def test_the_order_mark_must_agree_with_the_code(data):
    name = _ordered_names()[0]
    del data["groups"][name]["ordered"]
    assert name in _problem(data)


def test_kb_check_reports_a_broken_file_by_name(monkeypatch):
    real = datacheck.load_json

    def broken(name):
        data = real(name)
        if name == FUNCTION_WORDS_FILE:
            data = copy.deepcopy(data)
            data["groups"]["dual_parties"]["words"] = []
        return data

    monkeypatch.setattr(datacheck, "load_json", broken)
    problems = datacheck.check_data_files()
    assert len(problems) == 1 and problems[0].startswith(f"{FUNCTION_WORDS_FILE}:")
    assert "dual_parties" in problems[0]
