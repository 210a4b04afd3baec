"""Lexicon matching through Arabic proclitics, on word boundaries, with exact offsets.

Keys are normalised like the text (see ``normalize``).  A key matches where it starts a
word, or where only a proclitic sequence stands between the word start and the key
(وقطر، بالقاهرة، والولايات المتحدة).  After ل the article's alef is written away
(للولايات = ل + الولايات), so keys that start with ال also match in that contracted form.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Iterable, Iterator, TypeVar

import ahocorasick

from .normalize import Normalized, normalize_key

T = TypeVar("T")

CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")
ARTICLE = "ال"
# Enclitic pronouns an entry may accept when it says so (هجومه، قصفها، اعتقالهم).
ENCLITICS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "نا")


def _proclitic_sequences(with_article: bool) -> frozenset[str]:
    out = set()
    for c in CONJUNCTIONS:
        for p in PREPOSITIONS:
            out.add(c + p)
            if with_article:
                out.add(c + p + ARTICLE)
    return frozenset(out)


_PLAIN = _proclitic_sequences(with_article=False)
_WITH_ARTICLE = _proclitic_sequences(with_article=True)
# The future particle written onto an imperfect verb: سيقصف، وستعقد.
_FUTURE = frozenset(c + "س" for c in CONJUNCTIONS)
# Prefixes allowed before a contracted key (ال dropped after ل): the ل itself is in the key.
_BEFORE_CONTRACTED = frozenset({"", "و", "ف"})
# No allowed proclitic string is longer: a key starting deeper inside a word never matches.
_LONGEST_PREFIX = max(len(p) for p in _WITH_ARTICLE | _FUTURE | _BEFORE_CONTRACTED)


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """A lexicon hit.  ``start``/``end`` cover the key in the original text; ``word_start``
    includes the proclitics; ``prefix`` is the normalised proclitic string."""
    start: int
    end: int
    word_start: int
    prefix: str
    key: str
    value: T


@dataclass(frozen=True, slots=True)
class _Entry(Generic[T]):
    key: str
    value: T
    contracted: bool
    skip: int               # leading key characters that are proclitics, not the entry
    implied_prefix: str     # proclitic fused into the key (ل of للولايات)
    article_ok: bool
    enclitics_ok: bool
    future_ok: bool
    prepositions_ok: bool = True


class LexiconMatcher(Generic[T]):
    """Aho-Corasick over normalised keys.

    ``add(surface, value, article_ok=..., enclitics_ok=...)``: ``article_ok`` lets an
    indefinite key match after ال (هجوم in الهجوم); ``enclitics_ok`` lets pronoun suffixes
    follow it (هجومه); ``prepositions_ok=False`` allows only و/ف before it (the verb حث is
    not in بحث).
    """

    def __init__(self, entries: Iterable[tuple[str, T]] = (), *, article_ok: bool = False,
                 enclitics_ok: bool = False) -> None:
        self._automaton = ahocorasick.Automaton()
        self._entries: dict[str, list[_Entry[T]]] = {}
        self._built = False
        self._last: tuple[Normalized, tuple[Match[T], ...]] | None = None
        self._article_ok = article_ok
        self._enclitics_ok = enclitics_ok
        for surface, value in entries:
            self.add(surface, value)

    def __len__(self) -> int:
        return sum(1 for es in self._entries.values() for e in es if not e.contracted)

    def add(self, surface: str, value: T, *, article_ok: bool | None = None,
            enclitics_ok: bool | None = None, future_ok: bool = False,
            prepositions_ok: bool = True) -> None:
        key = normalize_key(surface)
        if not key:
            raise ValueError(f"empty lexicon key from {surface!r}")
        a_ok = self._article_ok if article_ok is None else article_ok
        e_ok = self._enclitics_ok if enclitics_ok is None else enclitics_ok
        self._put(key, _Entry(key, value, False, 0, "", a_ok, e_ok, future_ok, prepositions_ok))
        if key.startswith(ARTICLE) and len(key) > 3:
            # للولايات = ل + الولايات: the span keeps the fused letters, which are the entry's
            self._put("ل" + key[1:], _Entry(key, value, True, 0, "ل", a_ok, e_ok, future_ok))
        elif a_ok:
            # للهجوم = ل + الهجوم: the span is the bare noun
            self._put("لل" + key, _Entry(key, value, True, 2, "", a_ok, e_ok, future_ok))
        self._built = False
        self._last = None

    def _put(self, key: str, entry: _Entry[T]) -> None:
        self._entries.setdefault(key, []).append(entry)

    def _build(self) -> None:
        self._automaton = ahocorasick.Automaton()
        for key in self._entries:
            self._automaton.add_word(key, key)
        if self._entries:
            self._automaton.make_automaton()
        self._built = True

    def find(self, view: Normalized) -> Iterator[Match[T]]:
        """Every match, overlapping ones included, in order of end position."""
        if not self._built:
            self._build()
        if not self._entries:
            return
        norm = view.norm
        for end_idx, key in self._automaton.iter(norm):
            n_end = end_idx + 1
            n_start = n_end - len(key)
            for entry in self._entries[key]:
                hit = self._accept(norm, n_start, n_end, entry)
                if hit is None:
                    continue
                word_start, key_start, key_end = hit
                if key_end > n_end and view.text[view.origin[n_end]] == "ة":
                    continue        # وزارة is not و + زار + ه: a ta marbuta is no pronoun
                o_start, o_end = view.to_original(key_start, key_end)
                o_word, _ = view.to_original(word_start, word_start + 1)
                prefix = norm[word_start:key_start] + entry.implied_prefix
                yield Match(o_start, o_end, o_word, prefix, entry.key, entry.value)

    def _accept(self, norm: str, n_start: int, n_end: int,
                entry: _Entry[T]) -> tuple[int, int, int] | None:
        end = n_end
        if end < len(norm) and is_word_char(norm[end]):
            if not entry.enclitics_ok:
                return None
            end = _enclitic_end(norm, end)
            if end is None:
                return None
        word_start = n_start
        while word_start > 0 and is_word_char(norm[word_start - 1]):
            word_start -= 1
            if n_start - word_start > _LONGEST_PREFIX:
                return None
        prefix = norm[word_start:n_start]
        if entry.contracted:
            if prefix not in _BEFORE_CONTRACTED:
                return None
        else:
            allowed = _WITH_ARTICLE if entry.article_ok and not entry.key.startswith(ARTICLE) else _PLAIN
            if not entry.prepositions_ok:
                allowed = CONJUNCTIONS
            if prefix not in allowed and not (entry.future_ok and prefix in _FUTURE):
                return None
        return word_start, n_start + entry.skip, end

    def longest(self, view: Normalized) -> list[Match[T]]:
        """Non-overlapping matches, the longest first (ties: the earlier start).  The last
        answer is kept: the coder asks again, sentence by sentence, for the document's view."""
        last = self._last
        if last is not None and last[0] is view:
            return list(last[1])
        found = longest_nonoverlapping(self.find(view))
        self._last = (view, tuple(found))
        return found


def _enclitic_end(norm: str, pos: int) -> int | None:
    word_end = pos
    while word_end < len(norm) and is_word_char(norm[word_end]):
        word_end += 1
    return word_end if norm[pos:word_end] in ENCLITICS else None


def longest_nonoverlapping(matches: Iterable[Match[T]]) -> list[Match[T]]:
    """The longest matches first (ties: the earlier start), each kept unless it overlaps
    a kept one's span with its proclitics; in order of start."""
    ordered = sorted(matches, key=lambda m: (-(m.end - m.start), m.start))
    if any(m.start >= m.end or m.word_start >= m.end for m in ordered):
        return _longest_pairwise(ordered)
    chosen: list[Match[T]] = []
    taken: set[int] = set()        # offsets covered by the kept matches (spans are non-empty)
    for m in ordered:
        if taken.isdisjoint(range(m.start, m.end)):
            chosen.append(m)
            taken.update(range(m.word_start, m.end))
    return sorted(chosen, key=lambda m: m.start)


def _longest_pairwise(ordered: list[Match[T]]) -> list[Match[T]]:
    """``longest_nonoverlapping`` over spans that may be empty, interval by interval."""
    chosen: list[Match[T]] = []
    taken: list[tuple[int, int]] = []
    for m in ordered:
        if any(m.start < e and s < m.end for s, e in taken):
            continue
        chosen.append(m)
        taken.append((m.word_start, m.end))
    return sorted(chosen, key=lambda m: m.start)
