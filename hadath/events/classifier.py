"""Tells reports of an ASSAULT or PROTEST from mere mentions, one candidate event at a time.

The rule coder proposes candidate events; this model rescores each one.  It is a logistic
regression over hashed features of two kinds:

* the sentence's words, word bigrams and character n-grams (L2-normalised, scaled by the
  model's ``text_scale``);
* the candidate's context as the rules saw it: trigger form (past/present/passive/noun),
  sense, how the actor was attached, context cues, whether an actor, recipient, casualty
  count, date, place or source was found, the words right before and after the trigger
  (بعد / إثر / منذ ... before a trigger mark background), the sentence's first words, the
  trigger's position, a question mark, the rule score.

It is trained by ``scripts/train_classifier.py`` on the dev half of openeventdata's
arabic_event_gsr (MIT) and shipped as ``data/event_classifier.json.gz``; the script's
``--cv`` measures it out of sample through the whole pipeline (docs/detection.md).
Scoring needs no scikit-learn.
"""
from __future__ import annotations

import itertools
import math
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from ..records import COUNT_KINDS
from ..resources import data_path, load_json, require
from ..text.normalize import normalize_string
from ..words import function_words

N_FEATURES = 1 << 18
MODEL_VERSION = 2
CHAR_NGRAMS = (2, 3, 4, 5)
# The coder keeps a model-scored event when its confidence reaches min_confidence plus
# model_margin (0.5 + 0.05 by default); ``combine`` maps the model's own threshold there.
DEFAULT_BAR = 0.55
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
VERBAL_FORMS = frozenset({"past", "passive"})


def _hash(gram: str) -> int:
    return zlib.crc32(gram.encode("utf-8")) % N_FEATURES


def _words(text: str) -> list[str]:
    return _WORD.findall(_DIGITS.sub("0", text))


def features(sentence_norm: str) -> dict[int, float]:
    """Hashed, L2-normalised n-gram counts of a normalised sentence."""
    return dict(_sentence_features(sentence_norm))


@lru_cache(maxsize=256)
def _sentence_features(sentence_norm: str) -> tuple[tuple[int, float], ...]:
    """``features`` as (index, value) pairs in insertion order: a sentence's candidates
    (often several, for both event types) are scored from one hashing."""
    words = _words(sentence_norm)
    counts: dict[int, float] = {}
    for w in words:
        for h in _word_hashes(w):
            counts[h] = counts.get(h, 0.0) + 1.0
    for a, b in zip(words, words[1:]):
        h = _hash(f"b:{a} {b}")
        counts[h] = counts.get(h, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return tuple((k, v / norm) for k, v in counts.items())


@lru_cache(maxsize=1 << 15)
def _word_hashes(word: str) -> tuple[int, ...]:
    """The hashed word feature, then its character n-grams, in that order."""
    grams = ["w:" + word]
    padded = f" {word} "
    for n in CHAR_NGRAMS:
        grams.extend("c:" + padded[i:i + n] for i in range(len(padded) - n + 1))
    return tuple(_hash(g) for g in grams)


@dataclass(frozen=True, slots=True)
class Candidate:
    """What the rules know about one candidate event, in plain values (easy to build in tests)."""
    event: str
    sentence_norm: str
    trigger_start: int              # offsets of the trigger inside sentence_norm
    trigger_end: int
    form: str                       # past | present | passive | nouns
    sense: str
    how: str                        # how the actor was attached (rule string, 3rd part)
    cues: tuple[str, ...] = ()
    has_actor: bool = False
    has_recipient: bool = False
    counts: tuple[str, ...] = ()    # which of killed/injured/arrested were found
    has_date: bool = False
    has_place: bool = False
    attributed: bool = False
    rule_score: float = 0.5
    two_sided: bool = False         # a clash whose named sides are of two countries or more
    running_total: bool = False     # its killed or injured count is a running total


class _EventLike(Protocol):
    event: str
    rule: str
    trigger: Any
    sentence: Any
    actor: list
    recipient: list
    date_span: Any
    location: Any
    attributed_to: Any


def parse_rule(rule: str) -> tuple[str, str, str, tuple[str, ...]]:
    """(sense id, form, how, cues) from a coder rule string ``sense/form/how[/cues:a,b]``."""
    parts = rule.split("/")
    sense, form = parts[0], parts[1] if len(parts) > 1 else ""
    how = parts[2] if len(parts) > 2 else ""
    cues: tuple[str, ...] = ()
    for part in parts[3:]:
        if part.startswith("cues:"):
            cues = tuple(c for c in part[5:].split(",") if c)
    return sense, form, how, cues


def candidate_from_event(event: _EventLike, layer: Any, rule_score: float) -> Candidate:
    """A coder ``Event`` (before the model has scored it) as a ``Candidate``."""
    s0, s1 = layer.view.to_normalized(event.sentence.start, event.sentence.end)
    t0, t1 = layer.view.to_normalized(event.trigger.start, event.trigger.end)
    sense, form, how, cues = parse_rule(event.rule)
    return Candidate(
        event=event.event, sentence_norm=layer.norm[s0:s1], trigger_start=max(0, t0 - s0),
        trigger_end=max(0, t1 - s0), form=form, sense=sense, how=how, cues=cues,
        has_actor=bool(event.actor), has_recipient=bool(event.recipient),
        counts=tuple(k for k in COUNT_KINDS if getattr(event, k, None)),
        has_date=event.date_span is not None, has_place=event.location is not None,
        attributed=event.attributed_to is not None, rule_score=rule_score,
        two_sided=_two_sided_clash(event, layer.text),
        running_total=has_running_total(event))


def has_running_total(event: Any) -> bool:
    """Whether the event's killed or injured count is a running total ("ارتفع عدد الشهداء
    إلى ...")."""
    return any(getattr(event, k, None) is not None and getattr(event, k).cumulative
               for k in ("killed", "injured"))


def _two_sided_clash(event: _EventLike, text: str) -> bool:
    """A clash or an exchange of fire whose named sides (places left out) are of two
    countries or more ("اشتباكات بين الجيش اللبناني وقوات إسرائيلية")."""
    # imported here: ``hadath kb check`` imports this module before it validates the word
    # classes those modules read when imported
    from .arguments import PLACE_KINDS
    from .mutual import after_exchange_noun, is_clash
    if not (is_clash(event.trigger.text) or after_exchange_noun(text, event.trigger.start)):
        return False
    return len({m.country for m in event.actor + event.recipient
                if m.country and m.kind not in PLACE_KINDS}) >= 2


_CLAUSE_MARK = re.compile(r"[،,;؛:«»\"]")


def _bare(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def structure_names(before: list[str], text_before: str) -> list[str]:
    """Where the trigger stands: after a subordinator or a relative pronoun (within three
    words), under a verb of saying, and how many clause marks precede it.  The words are
    normalised, و/ف stripped: a trigger right after a subordinator sits in a background clause
    (بعد الهجوم، إثر اشتباكات), right after a relative it describes a participant (الذي خطفته)."""
    words = function_words()
    subordinators = words.classifier_subordinators
    near = [_bare(w) for w in before[-3:]]
    names = []
    if any(w in subordinators or (w[:1] in "بل" and w[1:] in subordinators) for w in near):
        names.append("sub:near")
    if any(w in words.classifier_relatives for w in near[-2:]):
        names.append("rel:near")
    if any(_bare(w) in words.classifier_speech_verbs for w in before):
        names.append("speech:before")
    marks = len(_CLAUSE_MARK.findall(text_before))
    names.append(f"marks:{min(marks, 3)}")
    return names


def _position_bucket(index: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (5, "3-5"), (10, "6-10")):
        if index <= limit:
            return name
    return "11+"


def context_names(c: Candidate, length: bool = True) -> list[str]:
    """The named (unhashed) context features of a candidate; readable in tests and docs.
    ``length``: whether the sentence-length bucket is one of them (docs/detection.md,
    "Eleventh session: the retrain": it can stand for the training source, not the report)."""
    before = _words(c.sentence_norm[:c.trigger_start])
    trigger = _words(c.sentence_norm[c.trigger_start:c.trigger_end])
    after = _words(c.sentence_norm[c.trigger_end:])
    whole = _words(c.sentence_norm)
    names = [f"form:{c.form}", f"sense:{c.sense}", f"how:{c.how.split('+')[0]}",
             f"pos:{_position_bucket(len(before))}",
             f"rs:{min(10, max(0, round(c.rule_score * 10)))}"]
    if length:
        names.append(f"len:{_position_bucket(len(whole) // 4)}")
    names += [f"cue:{cue}" for cue in c.cues]
    names += structure_names(before, c.sentence_norm[:c.trigger_start])
    flags = {"actor": c.has_actor, "recipient": c.has_recipient, "date": c.has_date,
             "place": c.has_place, "attributed": c.attributed, "count": bool(c.counts),
             "question": "?" in c.sentence_norm or "؟" in c.sentence_norm}
    names += [f"has:{k}" for k, v in flags.items() if v]
    names += [f"count:{k}" for k in c.counts]
    participants = "ar" if c.has_actor and c.has_recipient else (
        "a" if c.has_actor else "r" if c.has_recipient else "none")
    names += [f"form*part:{c.form}*{participants}",
              f"form*count:{c.form}*{bool(c.counts)}"]
    if before:
        names.append(f"L1:{before[-1]}")
    if len(before) > 1:
        names += [f"L2:{before[-2]}", f"L12:{before[-2]} {before[-1]}"]
    if trigger:
        names.append(f"T:{trigger[0]}")
    if after:
        names.append(f"R1:{after[0]}")
    if whole:
        names.append(f"S1:{whole[0]}")
    if len(whole) > 1:
        names.append(f"S2:{whole[0]} {whole[1]}")
    return names


@dataclass(frozen=True, slots=True)
class ExtraFeatures:
    """Optional n-gram namespaces beside the whole-sentence ones, each L2-normalised
    (docs/detection.md, ninth session).  All off by default; of the shipped models only
    PROTEST's reads the clause (``clause_scale`` 1).

    * ``local_window`` k > 0: the words within k of the trigger (and the trigger's own);
    * ``clause_scale`` > 0: the clause holding the trigger, cut at clause marks and at
      subordinators, relatives, verbs of saying and complementisers, plus which kind of
      boundary opened it;
    * ``by_form``: the same n-grams once more, crossed with the trigger form."""
    local_window: int = 0
    local_scale: float = 1.0
    clause_scale: float = 0.0
    by_form: bool = False

    @property
    def active(self) -> bool:
        return (self.local_window > 0 and self.local_scale > 0) or self.clause_scale > 0


NO_EXTRA = ExtraFeatures()
_TOKEN = re.compile(r"\w+|[،,;؛:«»()\"]")


def _ngram_block(words: list[str], namespace: str) -> dict[int, float]:
    """Hashed, L2-normalised word, word-bigram and character n-gram counts of ``words``,
    in a namespace of their own (so they do not share weights with the sentence's)."""
    grams = [f"w:{w}" for w in words] + [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
    for w in words:
        padded = f" {w} "
        grams.extend("c:" + padded[i:i + n] for n in CHAR_NGRAMS
                     for i in range(len(padded) - n + 1))
    counts: dict[int, float] = {}
    for gram in grams:
        h = _hash(f"{namespace}{gram}")
        counts[h] = counts.get(h, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


def local_words(c: Candidate, window: int) -> list[str]:
    """The trigger's words with up to ``window`` words on either side."""
    before = _words(c.sentence_norm[:c.trigger_start])
    trigger = _words(c.sentence_norm[c.trigger_start:c.trigger_end])
    after = _words(c.sentence_norm[c.trigger_end:])
    return before[len(before) - window:] + trigger + after[:window] if window else trigger


def _boundary_kind(token: str) -> str | None:
    """Which kind of clause a token opens: a clause mark, a subordinator, a relative, a
    verb of saying or a complementiser; None for any other word."""
    if not token[:1].isalnum() and token[:1] != "_":
        return "mark"
    words = function_words()
    bare = _bare(_DIGITS.sub("0", token))
    if bare in words.classifier_subordinators or (
            bare[:1] in "بل" and bare[1:] in words.classifier_subordinators):
        return "sub"
    if bare in words.classifier_relatives:
        return "rel"
    if bare in words.classifier_speech_verbs:
        return "speech"
    if token in _complementisers() or bare in _complementisers():
        return "comp"
    return None


@lru_cache(maxsize=1)
def _complementisers() -> frozenset[str]:
    return frozenset(normalize_string(w) for w in function_words().attribution_complementisers)


def trigger_clause(c: Candidate) -> tuple[list[str], str]:
    """The words of the clause holding the trigger and the kind of boundary that opened it
    ("start" at the sentence's start).  A word that opens a clause (بعد، الذي، قال، أن)
    belongs to the clause it opens; a clause mark belongs to none."""
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(c.sentence_norm)]
    first = next((i for i, (_, start) in enumerate(tokens) if start >= c.trigger_start), len(tokens))
    last = next((i for i, (_, start) in enumerate(tokens) if start >= c.trigger_end), len(tokens))
    opened, kind = 0, "start"
    for i in range(first - 1, -1, -1):
        found = _boundary_kind(tokens[i][0])
        if found is not None:
            opened, kind = (i + 1 if found == "mark" else i), found
            break
    closed = next((i for i in range(last, len(tokens)) if _boundary_kind(tokens[i][0])), len(tokens))
    words = [_DIGITS.sub("0", t) for t, _ in tokens[opened:closed] if _boundary_kind(t) != "mark"]
    return words, kind


def extra_features(c: Candidate, extra: ExtraFeatures) -> dict[int, float]:
    """The optional namespaces of ``extra`` for ``c`` (empty when none is on)."""
    out: dict[int, float] = {}

    def add(block: dict[int, float], scale: float) -> None:
        for k, v in block.items():
            out[k] = out.get(k, 0.0) + v * scale

    forms = ("", f"{c.form}|") if extra.by_form else ("",)
    if extra.local_window > 0 and extra.local_scale > 0:
        words = local_words(c, extra.local_window)
        for form in forms:
            add(_ngram_block(words, f"l:{form}"), extra.local_scale)
    if extra.clause_scale > 0:
        words, kind = trigger_clause(c)
        for form in forms:
            add(_ngram_block(words, f"k:{form}"), extra.clause_scale)
            h = _hash(f"k:{form}open:{kind}")
            out[h] = out.get(h, 0.0) + 1.0
    return out


def candidate_features(c: Candidate, text_scale: float = 1.0,
                       extra: ExtraFeatures = NO_EXTRA, length: bool = True) -> dict[int, float]:
    """Sentence n-grams (scaled) plus binary context features (the length bucket only with
    ``length``), hashed into one space, plus the optional namespaces of ``extra``."""
    out = {k: v * text_scale for k, v in _sentence_features(c.sentence_norm)} if text_scale else {}
    for name in context_names(c, length):
        h = _hash("x:" + name)
        out[h] = out.get(h, 0.0) + 1.0
    if extra.active:
        for k, v in extra_features(c, extra).items():
            out[k] = out.get(k, 0.0) + v
    return out


def combine(probability: float, threshold: float, bar: float = DEFAULT_BAR) -> float:
    """The model probability as a coder confidence: monotone, and ``threshold`` (chosen by
    cross-validation) lands exactly on the coder's bar, so the coder keeps the event iff
    ``probability >= threshold``."""
    p = min(1.0, max(0.0, probability))
    t = min(0.999, max(0.001, threshold))
    if p >= t:
        return bar + (1.0 - bar) * (p - t) / (1.0 - t)
    return bar * p / t


# How much rule evidence may override a low model score (docs/detection.md):
#   none        the model decides alone
#   count       a past/passive trigger with an actor or recipient and a casualty count
#   participant a past/passive trigger with an actor or recipient
#   report      "participant", or any trigger (a noun too) with a participant and a count
OVERRIDE_LEVELS = ("none", "count", "participant", "report")


def strong_rule_evidence(c: Candidate, level: str = "count") -> bool:
    """Whether the rules' reading of ``c`` is strong enough, at ``level``, to stand whatever
    the model says: the model was trained on 2007-08 newspaper sentences and is unsure of
    modern wire-style reports that the rules read well.  From ``count`` up: a past or
    passive trigger with a participant and a casualty count, a running total with a
    participant (event_gsr, the model's data, has almost none: the war tolls of recent news
    are new to it), a clash between sides of two named countries, an attack told as going
    on with its attacker and target named ("يواصل الجيش قصفه للمدينة"), or an armed group's
    claim of its own attack on a named target ("أعلنت الكتائب استهداف دبابة")."""
    if level == "none" or not (c.has_actor or c.has_recipient):
        return False
    if c.two_sided or c.running_total or _continued_attack(c) or _claimed_attack(c):
        return True
    if level == "report" and c.counts:
        return True
    if c.form not in VERBAL_FORMS:
        return False
    return level in ("participant", "report") or bool(c.counts)


def _continued_attack(c: Candidate) -> bool:
    """"يواصل الجيش قصفه للمدينة": a supported attack noun after a verb of going on with
    it, with both its attacker and its target named.  Modern wire reports an ongoing
    campaign this way; the 2007-08 training sentences almost never do."""
    return "continued" in c.cues and c.sense.endswith("+support") and c.has_actor and c.has_recipient


def _claimed_attack(c: Candidate) -> bool:
    """"أعلنت الكتائب استهداف دبابة إسرائيلية": an armed group announcing its own attack on a
    named target claims it (the rules' ``+announced`` reading).  All six such event_gsr
    sentences are reports (docs/detection.md, "Sixteenth session")."""
    return "announced" in c.how.split("+") and c.has_actor and c.has_recipient


@dataclass(frozen=True, slots=True)
class LinearModel:
    event: str
    bias: float
    weights: dict[int, float]
    threshold: float = 0.5
    text_scale: float = 1.0
    rule_override: str = "none"
    extra: ExtraFeatures = NO_EXTRA
    length_feature: bool = True

    def probability(self, feats: dict[int, float]) -> float:
        weight = self.weights.get
        z = self.bias + sum([v * weight(k, 0.0) for k, v in feats.items()])
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class SentenceClassifier:
    """Rescoring of candidate ASSAULT/PROTEST events.  ``confidence`` is what the coder uses;
    ``probability`` scores a bare sentence (no rule context) for the types it knows."""

    def __init__(self, models: dict[str, LinearModel], bar: float = DEFAULT_BAR) -> None:
        self.models = models
        self.bar = bar

    def candidate_probability(self, c: Candidate) -> float | None:
        model = self.models.get(c.event)
        if model is None:
            return None
        return model.probability(candidate_features(c, model.text_scale, model.extra,
                                                    model.length_feature))

    def candidate_confidence(self, c: Candidate) -> float | None:
        p = self.candidate_probability(c)
        if p is None:
            return None
        model = self.models[c.event]
        score = combine(p, model.threshold, self.bar)
        if strong_rule_evidence(c, model.rule_override):
            score = max(score, c.rule_score)
        return score

    def confidence(self, rule_score: float, event: _EventLike, layer: Any) -> float | None:
        """The coder's confidence for a candidate event, or None for types without a model."""
        if event.event not in self.models:
            return None
        return self.candidate_confidence(candidate_from_event(event, layer, rule_score))

    def probability(self, sentence_norm: str, event: str) -> float | None:
        model = self.models.get(event)
        if model is None:
            return None
        return model.probability(features(sentence_norm))


def validate_model_file(data: Any) -> dict[str, LinearModel]:
    where = "event_classifier.json.gz"
    require(isinstance(data, dict) and isinstance(data.get("models"), dict), where, "needs 'models'")
    require(data.get("n_features") == N_FEATURES, where, "was trained with another featuriser")
    # version 1 files (sentence n-grams only, no threshold) still load
    require(data.get("version", 1) in (1, MODEL_VERSION), where,
            f"is version {data.get('version')}, this code reads versions 1 and {MODEL_VERSION}")
    models = {}
    for event, m in data["models"].items():
        require(isinstance(m, dict) and isinstance(m.get("bias"), (int, float))
                and isinstance(m.get("weights"), dict), where, f"model {event} needs bias and weights")
        threshold = m.get("threshold", 0.5)
        scale = m.get("text_scale", 1.0)
        require(isinstance(threshold, (int, float)) and 0.0 < threshold < 1.0, where,
                f"model {event}: threshold must be in (0, 1)")
        require(isinstance(scale, (int, float)) and scale >= 0.0, where,
                f"model {event}: text_scale must be >= 0")
        override = m.get("rule_override", "none")
        length = m.get("length_feature", True)
        require(isinstance(length, bool), where, f"model {event}: length_feature must be true or false")
        require(override in OVERRIDE_LEVELS, where,
                f"model {event}: rule_override must be one of {', '.join(OVERRIDE_LEVELS)}")
        require(all(str(k).isdigit() and int(k) < N_FEATURES for k in m["weights"]), where,
                f"model {event}: weight keys must be feature indices below {N_FEATURES}")
        models[event] = LinearModel(event, float(m["bias"]),
                                    {int(k): float(v) for k, v in m["weights"].items()},
                                    float(threshold), float(scale), override,
                                    _validate_extra(m.get("extra", {}), f"{where}: model {event}"),
                                    length)
    return models


def _validate_extra(data: Any, where: str) -> ExtraFeatures:
    """The optional ``extra`` namespaces of a model (absent: none, as the shipped file)."""
    require(isinstance(data, dict) and set(data) <= set(ExtraFeatures.__slots__), where,
            f"'extra' must be an object with keys among {', '.join(ExtraFeatures.__slots__)}")
    window = data.get("local_window", 0)
    require(isinstance(window, int) and window >= 0, where, "extra.local_window must be an integer >= 0")
    scales = [data.get("local_scale", 1.0), data.get("clause_scale", 0.0)]
    require(all(isinstance(v, (int, float)) and v >= 0 for v in scales), where,
            "extra scales must be numbers >= 0")
    require(isinstance(data.get("by_form", False), bool), where, "extra.by_form must be true or false")
    return ExtraFeatures(window, float(scales[0]), float(scales[1]), data.get("by_form", False))


def _extra_payload(extra: ExtraFeatures) -> dict[str, Any]:
    return {"local_window": extra.local_window, "local_scale": extra.local_scale,
            "clause_scale": extra.clause_scale, "by_form": extra.by_form}


def model_payload(models: Iterable[LinearModel], trained_on: str) -> dict[str, Any]:
    """The JSON form of ``models`` that ``validate_model_file`` reads back (``extra`` only
    when a model uses it and ``length_feature`` only when off, so files without them keep
    their exact form)."""
    return {"version": MODEL_VERSION, "n_features": N_FEATURES, "trained_on": trained_on,
            "models": {m.event: _model_payload(m) for m in models}}


def _model_payload(m: LinearModel) -> dict[str, Any]:
    out: dict[str, Any] = {"bias": m.bias, "threshold": m.threshold, "text_scale": m.text_scale,
                           "rule_override": m.rule_override,
                           "weights": {str(k): v for k, v in sorted(m.weights.items())}}
    if m.extra.active:
        out["extra"] = _extra_payload(m.extra)
    if not m.length_feature:
        out["length_feature"] = False
    return out


@lru_cache(maxsize=1)
def load_default_classifier() -> SentenceClassifier | None:
    """The shipped model, or None when the package was built without it."""
    if not data_path("event_classifier.json.gz").is_file():
        return None
    return SentenceClassifier(validate_model_file(load_json("event_classifier.json.gz")))
