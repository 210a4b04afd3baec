"""Trigger lexicon and context rules, loaded from ``data/triggers.json`` and
``data/event_rules.json`` and validated."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..records import PLOVER_QUADS
from ..resources import DataError, load_json, require
from ..text.matcher import LexiconMatcher
from ..text.normalize import normalize_string

FORM_KINDS = ("past", "present", "passive", "nouns")


@dataclass(frozen=True, slots=True)
class TriggerSense:
    id: str
    event: str
    mode: str | None
    form: str          # past | present | passive | nouns
    strength: float
    outcome: bool = False   # reports an attack's result (استشهد، مقتل), not the attack


@dataclass(frozen=True, slots=True)
class Discard:
    why: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class EventRules:
    window: int
    negation: LexiconMatcher[str]
    hypothetical: LexiconMatcher[str]
    future_prefix: re.Pattern[str]
    discards: tuple[Discard, ...]
    speech_verbs: LexiconMatcher[str]
    attribution: LexiconMatcher[str]
    source_nouns: LexiconMatcher[str]
    casualty: LexiconMatcher[str]          # value: killed | injured | arrested
    cumulative: LexiconMatcher[str]


def validate_triggers(data: Any) -> list[dict[str, Any]]:
    require(isinstance(data, dict) and isinstance(data.get("triggers"), list),
            "triggers.json", "needs a 'triggers' list")
    require(all(isinstance(b, str) and b.strip() for b in data.get("blockers", [])),
            "triggers.json", "blockers must be non-empty strings")
    seen: set[str] = set()
    for i, t in enumerate(data["triggers"]):
        where = f"triggers.json entry {i} ({t.get('id')})"
        require(isinstance(t.get("id"), str) and t["id"] not in seen, where, "id missing or repeated")
        seen.add(t["id"])
        require(t.get("event") in PLOVER_QUADS, where, f"unknown PLOVER type {t.get('event')!r}")
        require(t.get("mode") is None or isinstance(t.get("mode"), str), where, "mode must be a string or null")
        require(isinstance(t.get("strength"), (int, float)) and 0 < t["strength"] <= 1, where,
                "strength must be in (0, 1]")
        for kind in FORM_KINDS:
            forms = t.get(kind, [])
            require(isinstance(forms, list) and all(isinstance(f, str) and f.strip() for f in forms),
                    where, f"{kind} must be a list of non-empty strings")
        require(any(t.get(k) for k in FORM_KINDS), where, "has no forms")
    return data["triggers"]


BLOCKER = TriggerSense("blocker", "", None, "blocker", 0.0)


def build_trigger_matcher(entries: list[dict[str, Any]],
                          blockers: list[str] = ()) -> LexiconMatcher[TriggerSense]:
    matcher: LexiconMatcher[TriggerSense] = LexiconMatcher()
    for phrase in blockers:
        matcher.add(phrase, BLOCKER, article_ok=True, enclitics_ok=True)
    for t in entries:
        for kind in FORM_KINDS:
            sense = TriggerSense(t["id"], t["event"], t.get("mode"), kind, float(t["strength"]),
                                 bool(t.get("outcome", False)))
            for form in t.get(kind, []):
                # verbal nouns take the article and pronoun suffixes; verbs take suffixes only
                matcher.add(form, sense, article_ok=(kind == "nouns"), enclitics_ok=True,
                            future_ok=(kind == "present"))
    return matcher


def _cue_matcher(words: list[str], value: str = "", *, article_ok: bool = False) -> LexiconMatcher[str]:
    m: LexiconMatcher[str] = LexiconMatcher()
    for w in words:
        m.add(w, value or w, article_ok=article_ok)
    return m


def validate_rules(data: Any) -> dict[str, Any]:
    where = "event_rules.json"
    require(isinstance(data, dict), where, "must be an object")
    for key in ("negation", "hypothetical", "speech_verbs", "attribution", "source_nouns",
                "cumulative_cues"):
        require(isinstance(data.get(key), list) and all(isinstance(w, str) for w in data[key]),
                where, f"{key} must be a list of strings")
    require(isinstance(data.get("window"), int) and data["window"] > 0, where, "window must be > 0")
    cues = data.get("casualty_cues")
    require(isinstance(cues, dict) and set(cues) == {"killed", "injured", "arrested"}, where,
            "casualty_cues needs killed, injured, arrested")
    for d in data.get("discard", []):
        require(isinstance(d.get("why"), str) and isinstance(d.get("pattern"), str), where,
                "discard entries need 'why' and 'pattern'")
        try:
            re.compile(d["pattern"])
        except re.error as exc:
            raise DataError(f"{where}: bad discard pattern {d['pattern']!r}: {exc}") from exc
    return data


def build_rules(data: dict[str, Any]) -> EventRules:
    casualty: LexiconMatcher[str] = LexiconMatcher()
    for kind, words in data["casualty_cues"].items():
        for w in words:
            casualty.add(w, kind, article_ok=True, enclitics_ok=True)
    return EventRules(
        window=data["window"],
        negation=_cue_matcher(data["negation"], "neg"),
        hypothetical=_cue_matcher(data["hypothetical"], "hyp"),
        future_prefix=re.compile(normalize_string(data["hypothetical_prefix_verbs"])),
        discards=tuple(Discard(d["why"], re.compile(d["pattern"])) for d in data.get("discard", [])),
        speech_verbs=_cue_matcher(data["speech_verbs"], "speech"),
        attribution=_cue_matcher(data["attribution"], "attr"),
        source_nouns=_cue_matcher(data["source_nouns"], "source", article_ok=True),
        casualty=casualty,
        cumulative=_cue_matcher(data["cumulative_cues"], "cumulative", article_ok=True),
    )


@lru_cache(maxsize=1)
def default_trigger_matcher() -> LexiconMatcher[TriggerSense]:
    data = load_json("triggers.json")
    return build_trigger_matcher(validate_triggers(data), data.get("blockers", []))


@lru_cache(maxsize=1)
def default_rules() -> EventRules:
    return build_rules(validate_rules(load_json("event_rules.json")))
