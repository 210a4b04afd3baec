"""People the knowledge base does not know, introduced by a title in apposition.

News names an official once in full between commas after the title, then by surname:
"قال وزير الزراعة الكيني، فلان علان، إن ... وأضاف علان أن ...".  The title phrase gives
the person's country and sector; without this reader the name is no participant at all,
and a verb's subject slot filled by it is skipped for the next actor ("اتهم علان روسيا"
would make Russia the accuser).

Only the narrow, comma-enclosed form is read: two to four plain words (no article, no
vowel marks, no function word) right after a role phrase that opens with a title word and
has a country.  The name and its last word (the surname, four letters or more) are then
actors wherever they stand in the document after the introduction, unless another actor
already covers that place.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from ..records import ActorMention
from ..text import TextLayer, normalize_string
from ..words import function_words

RULE = "introduced-name"
ROLE_MENTION_KINDS = frozenset({"institution", "agent"})
MIN_SURNAME_LETTERS = 4
_NAME_WORD = r"[\u0621-\u063a\u0641-\u064a]+"      # letters only: a vowelled word is no foreign name
_MARKS = "\u064b-\u065f\u0670"
# ", first [middle] last ," right after the title phrase; the name stops at the comma
_APPOSITION = re.compile(rf"\s*[،,]\s*((?:{_NAME_WORD}\s+){{1,3}}{_NAME_WORD})\s*[،,]")


@dataclass(frozen=True, slots=True)
class IntroducedName:
    name: str               # the name as written at its introduction
    surname: str            # its last word, normalised
    after: int              # where its introduction ends
    country: str
    sector: str | None


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    words = function_words()
    return frozenset(normalize_string(w) for w in (*words.office_heads, *words.person_titles))


@lru_cache(maxsize=1)
def _closed_class_words() -> frozenset[str]:
    """Every word of function_words.json: none of them is part of a person's name here."""
    words = function_words()
    out: set[str] = set()
    for value in (getattr(words, f.name) for f in dataclasses.fields(words)):
        if isinstance(value, (tuple, frozenset, dict)):     # a dict's words are its keys
            out.update(normalize_string(w) for w in value if isinstance(w, str))
    return frozenset(out)


def _is_name_word(word: str) -> bool:
    # the article as written: normalised, ألبرت would start with it too
    return not word.startswith(("ال", "وال")) and normalize_string(word) not in _closed_class_words()


def _introductions(text: str, mentions: list[ActorMention]) -> list[IntroducedName]:
    taken = [(m.start, m.end) for m in mentions]
    out: list[IntroducedName] = []
    for m in mentions:
        if m.kind not in ROLE_MENTION_KINDS or not m.country or not m.text.split():
            continue
        if normalize_string(m.text.split()[0]) not in _title_words():
            continue
        found = _APPOSITION.match(text, m.end)
        if found is None:
            continue
        words = found.group(1).split()
        if not all(_is_name_word(w) for w in words) \
                or any(s < found.end(1) and found.start(1) < e for s, e in taken):
            continue
        surname = normalize_string(words[-1])
        out.append(IntroducedName(found.group(1), surname, found.end(1), m.country, m.sector))
    return out


def _occurrences(text: str, person: IntroducedName, start: int) -> list[tuple[int, int]]:
    """Spans of the person's full name, or else its surname, after ``start`` (a proclitic
    stays outside the span)."""
    pattern = re.compile(rf"(?<![\w{_MARKS}])[وف]?[لب]?({re.escape(person.name)}"
                         rf"|{re.escape(person.name.split()[-1])})(?![\w{_MARKS}])")
    return [(f.start(1), f.end(1)) for f in pattern.finditer(text, start)]


def introduced_people(layer: TextLayer, mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions of people introduced in apposition (the introduction itself included), in
    text order, none overlapping ``mentions``."""
    text = layer.text
    taken = [(m.start, m.end) for m in mentions]
    out: list[ActorMention] = []
    for person in _introductions(text, mentions):
        introduction = (person.after - len(person.name), person.after)
        spans = [introduction]
        if len(person.surname) >= MIN_SURNAME_LETTERS:
            spans += _occurrences(text, person, person.after)
        for start, end in spans:
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            out.append(ActorMention(start, end, text[start:end], person.name, person.country,
                                    person.sector, None, "person", RULE))
    return sorted(out, key=lambda a: a.start)
