"""Bodies the knowledge base does not name: "اللجنة الوطنية للمساواة في كينيا"،
"جمعية حقوق الإنسان"، "نقابة عمال الموانئ".

A head noun of a body (``unnamed_body_heads``, ``unnamed_labour_heads`` of
function_words.json) followed by its name becomes one organisation mention (rule
``unnamed-body``).  The name is what Arabic allows after the head: a genitive chain ending in
a definite word after an indefinite head ("جمعية حقوق الإنسان"), agreeing definite adjectives
("اللجنة الوطنية"), then a ل phrase or a cause ("للمساواة"، "من أجل فلسطين"), then "في" and a
place.  The knowledge base wins wherever it matched the head, except a match of the head
with generic adjectives only that a cause follows ("التحالف الدولي لدعم ..."): another body.
Heads that are mostly no body (``unnamed_cause_body_heads``: حملة، ملتقى، تحالف ...) name one
only when definite, with an adjective and a cause ("الملتقى الوطني لدعم المقاومة").  An actor
inside the cause is what the body works for, no party of its own.  The body's country is a
demonym among its adjectives or the place after في; a place inside the cause phrase is what
the body works for, not whose it is; else the document's dominant state; else none.  A bare
definite head later in the document ("وقالت اللجنة") is the last body of that head named
before it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..records import ActorMention
from ..text import TextLayer, normalize_string
from ..words import function_words, normalised

ANCHOR_KINDS = frozenset({"country", "demonym", "capital", "place", "city"})
PLACE_KINDS = frozenset({"country", "capital", "place", "city"})
BODY_KIND = "organization"
PEOPLE_KIND = "agent"
DEMONYM_KIND = "demonym"
HOST_KINDS = frozenset({"institution", "organization"})
STATE_KINDS = frozenset({"country", "capital"})
RULE = "unnamed-body"
CIVIL_SECTOR = "SOC"
# The code the knowledge base gives an international non-governmental body.
INTERNATIONAL_BODY = "NGO"
LABOUR_SECTOR = "LAB"
STATE_SECTOR = "GOV"
MAX_NAME_WORDS = 7
MAX_CHAIN_WORDS = 3          # "جمعية حماية حقوق المستهلك"
MIN_NAME_LETTERS = 3        # "الـ" alone, "ما" are no name words
MAX_QUOTED_WORDS = 4
# Proclitics a head may carry, longest first; those with the article make it definite.
_PROCLITICS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
               "وب", "فب", "ول", "فل", "و", "ف", "ب", "ل", "")
_CLAUSE_END = re.compile(r"[،,.:;!?؟؛)\]]")
_QUOTE_OPEN = "\"«“'"
_QUOTE_CLOSE = "\"»”'"
_WORD = re.compile(r"\S+")
FEMININE_NISBA = normalize_string("ية")
MASCULINE_NISBA = normalize_string("ي")
NISBA_ENDINGS = tuple(normalize_string(e) for e in ("ية", "ي", "يين", "يون"))
ARTICLE = "ال"
VERBAL_NOUN_PREFIX = "ت"
ALEF = "ا"
GENITIVE_PARTICLE = normalize_string("في")
FOR_THE_SAKE = (normalize_string("من"), normalize_string("أجل"))


@dataclass(frozen=True, slots=True)
class BodyWords:
    heads: frozenset[str]
    labour_heads: frozenset[str]
    state_words: frozenset[str]
    non_names: frozenset[str]
    adjectives: frozenset[str]
    cause_openers: frozenset[str]
    international_words: frozenset[str]
    cause_heads: frozenset[str]


@lru_cache(maxsize=1)
def body_words() -> BodyWords:
    words = function_words()
    return BodyWords(normalised(words.unnamed_body_heads), normalised(words.unnamed_labour_heads),
                     normalised(words.unnamed_body_state_words), normalised(words.unnamed_body_non_names),
                     normalised(words.unnamed_body_adjectives), normalised(words.unnamed_body_cause_openers),
                     normalised(words.unnamed_body_international_words),
                     normalised(words.unnamed_cause_body_heads))


@dataclass(frozen=True, slots=True)
class Token:
    start: int          # of the word without quotes and punctuation
    end: int
    word: str           # normalised
    quoted_open: bool
    quoted_close: bool
    clause_end: bool    # punctuation right after it


@dataclass(frozen=True, slots=True)
class Head:
    token: int
    base: str
    definite: bool


def tokens_of(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]``, with offsets into ``text``."""
    out = []
    for m in _WORD.finditer(text, start, len(text) if end is None else end):
        word_start, word_end = m.start(), m.end()
        opened = text[word_start] in _QUOTE_OPEN
        while word_start < word_end and not text[word_start].isalnum():
            word_start += 1
        core_end = word_start
        while core_end < word_end and (text[core_end].isalnum() or text[core_end] in "\u0640"
                                       or "\u064b" <= text[core_end] <= "\u0652"):
            core_end += 1
        if core_end == word_start:
            continue
        tail = text[core_end:word_end]
        out.append(Token(word_start, core_end, normalize_string(text[word_start:core_end]), opened,
                         any(c in _QUOTE_CLOSE for c in tail), bool(_CLAUSE_END.search(tail))))
    return out


def _tokens_of_paragraphs_with(text: str, heads: frozenset[str]) -> list[Token]:
    """The words of the paragraphs that hold a head, the last word of each closing its
    clause (a name does not run on into the next paragraph).  Normalising works character
    by character, so a paragraph whose normalised text holds no head has no word that does."""
    out: list[Token] = []
    start = 0
    for paragraph in text.split("\n"):
        normalised = normalize_string(paragraph)
        if any(head in normalised for head in heads):
            toks = tokens_of(text, start, start + len(paragraph))
            if toks:
                toks[-1] = replace(toks[-1], clause_end=True)
            out.extend(toks)
        start += len(paragraph) + 1
    return out


def head_of(word: str, heads: frozenset[str]) -> tuple[str, bool] | None:
    """The head noun a word carries after its proclitics, and whether it has the article."""
    return _head_forms(heads).get(word)


@lru_cache(maxsize=4)
def _head_forms(heads: frozenset[str]) -> dict[str, tuple[str, bool]]:
    """Every head with every proclitic, to its head and whether it has the article; where two
    readings spell the same word, the longer proclitic wins."""
    forms: dict[str, tuple[str, bool]] = {}
    for prefix in reversed(_PROCLITICS):
        for head in heads:
            forms[prefix + head] = (head, prefix.endswith(ARTICLE) or prefix.endswith("لل"))
    return forms


def _agrees(word: str, feminine: bool | None) -> bool:
    """A definite adjective of the head: a nisba of its gender or a listed adjective; after
    a genitive (``feminine`` None) a nisba of any form, of the genitive noun."""
    words = body_words()
    if not word.startswith(ARTICLE) or word in words.non_names:
        return False
    if word in words.adjectives:
        return True
    if feminine is None:
        return _nisba(word)
    return _nisba_of_gender(word, feminine)


def _nisba_of_gender(word: str, feminine: bool) -> bool:
    return word.endswith(FEMININE_NISBA) if feminine else \
        word.endswith(MASCULINE_NISBA) and not word.endswith(FEMININE_NISBA)


def find_unnamed_bodies(layer: TextLayer, mentions: list[ActorMention], document_state: str | None,
                        set_aside: tuple[tuple[int, int], ...] = ()) -> list[ActorMention]:
    """``mentions`` with the bodies the knowledge base does not name added, and the places
    and demonyms inside their names taken out.  ``set_aside``: spans of names the knowledge
    base matched but the recogniser dropped as no participant ("لدى مجلس الأمن" after an
    envoy); no head is read inside them."""
    words = body_words()
    heads = words.heads | words.labour_heads | words.cause_heads
    toks = _tokens_of_paragraphs_with(layer.text, heads)
    if not toks:
        return mentions
    covering = _covering(toks, mentions)
    bodies: list[tuple[ActorMention, list[ActorMention]]] = []
    last_of_head: dict[str, ActorMention] = {}
    i = 0
    while i < len(toks):
        found = head_of(toks[i].word, heads)
        owner = covering[i]
        if found is None or (owner is not None and not _extendable(owner, toks[i])
                             and _renamed_for_cause(toks, covering, i, owner) is None) \
                or any(start <= toks[i].start < end for start, end in set_aside):
            i += 1
            continue
        head = Head(i, found[0], found[1])
        body = _read_body(layer.text, toks, covering, head, owner, document_state)
        if body is None and head.definite and owner is None and found[0] in last_of_head \
                and found[0] not in words.cause_heads:
            earlier = last_of_head[found[0]]
            body = (ActorMention(toks[i].start, toks[i].end, layer.text[toks[i].start:toks[i].end],
                                 earlier.name, earlier.country, earlier.sector, None, BODY_KIND,
                                 f"{RULE}:earlier-named"), [], i + 1)
        if body is None:
            i += 1
            continue
        mention, inside, next_i = body
        bodies.append((mention, inside))
        if mention.rule != f"{RULE}:earlier-named":
            last_of_head[found[0]] = mention
        i = next_i
    if not bodies:
        return mentions
    dropped = {id(m) for _, inside in bodies for m in inside}
    replaced = {id(covering[_token_at(toks, b.start)]) for b, _ in bodies
                if covering[_token_at(toks, b.start)] is not None}
    kept = [m for m in mentions if id(m) not in dropped and id(m) not in replaced]
    return sorted(kept + [b for b, _ in bodies], key=lambda m: m.start)


def _token_at(toks: list[Token], start: int) -> int:
    return next(i for i, t in enumerate(toks) if t.end > start)


def _covering(toks: list[Token], mentions: list[ActorMention]) -> list[ActorMention | None]:
    out: list[ActorMention | None] = []
    j = 0
    ordered = sorted(mentions, key=lambda m: m.start)
    for t in toks:
        while j < len(ordered) and ordered[j].end <= t.start:
            j += 1
        m = ordered[j] if j < len(ordered) and ordered[j].start < t.end else None
        out.append(m)
    return out


def _extendable(owner: ActorMention, head: Token) -> bool:
    """A knowledge-base match of the bare head alone ("نقابة"، "الجمعيات") with no country
    may grow into the body's name; any longer match is the knowledge base's own name."""
    return owner.kind == "agent" and owner.country is None and owner.end <= head.end


def _renamed_for_cause(toks: list[Token], covering: list[ActorMention | None], i: int,
                       owner: ActorMention) -> int | None:
    """The last token of the knowledge base's match when a cause follows it and the match
    is a head with generic adjectives only ("التحالف الدولي" + "لدعم ..."): the cause names
    another body than the entry.  A match with an adjective of its own (a place's: "الاتحاد
    الأوروبي") stays the entry, whatever purpose follows it ("يسعى ... لدعم أوكرانيا")."""
    words = body_words()
    if owner.start != toks[i].start or not toks[i].word.startswith(ARTICLE):
        return None
    last = _to_end_of_mention(toks, covering, i)
    generic = words.international_words | words.adjectives
    if toks[last].end != owner.end or last == i or toks[last].clause_end \
            or not all(t.word in generic for t in toks[i + 1:last + 1]):
        return None
    return last if last + 1 < len(toks) and _cause_phrase(toks, covering, last + 1) is not None \
        else None


def _read_body(text: str, toks: list[Token], covering: list[ActorMention | None], head: Head,
               owner: ActorMention | None,
               document_state: str | None) -> tuple[ActorMention, list[ActorMention], int] | None:
    words = body_words()
    i = head.token + 1
    if i >= len(toks) or toks[head.token].clause_end:
        return None
    if toks[i].word in words.non_names:
        return None
    feminine = head.base.endswith(normalize_string("ة"))
    renamed_end = None if owner is None or _extendable(owner, toks[head.token]) \
        else _renamed_for_cause(toks, covering, head.token, owner)
    # a head that names a body only with a cause, or a knowledge-base match a cause renames
    needs_cause = head.base in words.cause_heads or renamed_end is not None
    if needs_cause and not head.definite:
        return None
    name_end = _quoted_name(toks, i) if renamed_end is None else renamed_end
    quoted = name_end is not None and renamed_end is None
    if quoted and not all(_free_or_anchor(m) for m in covering[i:name_end + 1]):
        return None
    own: list[ActorMention] = []
    if name_end is None:
        name_end = _genitive_chain(toks, covering, i) if not head.definite \
            and not _indefinite_adjective(toks[i].word, covering[i], feminine) else None
        if name_end is None and not _agrees(toks[i].word, feminine):
            return None
        if name_end is None:
            name_end = i - 1
    agreement = feminine if name_end < i else None
    chain_end = name_end
    # adjectives: of the head or, after a genitive, of its last word
    j = name_end + 1
    while j < len(toks) and j - head.token <= MAX_NAME_WORDS and not toks[j - 1].clause_end \
            and _agrees(toks[j].word, agreement) and _adjective_slot(toks[j], covering[j]):
        if covering[j] is not None and covering[j].kind in ANCHOR_KINDS:
            own.append(covering[j])
        name_end = j
        j += 1
    if not head.definite and not quoted and (name_end < i or _task_after(toks[i], covering[i])):
        return None     # "لجنة لإعادة الإعمار": a committee for a task, named by no word
    # a ل phrase or a cause: "للمساواة"، "لحقوق الإنسان"، "من أجل فلسطين"
    j = name_end + 1
    phrase_end = None
    if j < len(toks) and not toks[j - 1].clause_end and j - head.token <= MAX_NAME_WORDS:
        phrase_end = _cause_phrase(toks, covering, j) if needs_cause \
            else _purpose_phrase(toks, covering, j)
    if needs_cause and (phrase_end is None or name_end < i):
        return None     # "الحملة العسكرية"، "الحركة لدعم ...": no body named for a cause
    if phrase_end is None and head.definite and name_end >= i \
            and all(t.word in words.international_words for t in toks[i:name_end + 1]):
        return None     # "المنظمة الدولية": a body told of before (the UN), no name of its own
    if phrase_end is not None:
        name_end = phrase_end
    # "في" and a place right after the name: where the body is
    j = name_end + 1
    if j + 1 < len(toks) and not toks[j - 1].clause_end and toks[j].word == GENITIVE_PARTICLE \
            and covering[j + 1] is not None and _host(covering[j + 1]) \
            and covering[j + 1].start == toks[j + 1].start:
        place = covering[j + 1]
        own.append(place)
        name_end = max(k for k in range(j + 1, len(toks)) if toks[k].start < place.end)
    if name_end <= head.token:
        return None
    name_end = _to_end_of_mention(toks, covering, name_end)
    # "هيئة عائلات الأسرى الإسرائيليين": people of the name with their demonym
    # and "اتحاد بلديات جنوب لبنان": a place that ends the construct is where the body is
    own.extend(m for m in _mentions_in(covering, head.token + 1, chain_end)
               if m is not owner and (m.kind == PEOPLE_KIND and m.country or m.kind in PLACE_KINDS))
    start, end = toks[head.token].start, toks[name_end].end
    if owner is not None:
        start = min(start, owner.start)
    inside = _mentions_in(covering, head.token + 1, name_end)
    name_words = {t.word for t in toks[head.token:name_end + 1]}
    country = next((m.country for m in own if m.country), None)
    how = "own-country"
    if country is None and name_words & words.international_words:
        country, how = INTERNATIONAL_BODY, "international"
    if country is None:
        country, how = document_state, "document-state"
    if country is None:
        how = "no-country"
        if _state_right_after(toks, covering, name_end):
            # "طالبت رابطة ... الولايات المتحدة": the state is the verb's object; the event
            # coder reads a body with no country and the state after it as one party
            return None
    host = next((m for m in own if m.kind in HOST_KINDS), None)
    if host is not None and host.sector:
        sector = host.sector
    elif owner is not None and owner.sector and renamed_end is None:
        sector = owner.sector
    elif head.base in words.labour_heads:
        sector = LABOUR_SECTOR
    elif name_words & words.state_words:
        sector = STATE_SECTOR
    else:
        sector = CIVIL_SECTOR
    span = text[start:end]
    return (ActorMention(start, end, span, span, country, sector, None, BODY_KIND,
                         f"{RULE}:{how}"), inside, name_end + 1)


def _to_end_of_mention(toks: list[Token], covering: list[ActorMention | None], last: int) -> int:
    """A mention the name ends inside ("للمزارعين في المغرب", one people phrase) is all of it
    in the name."""
    m = covering[last]
    while m is not None and last + 1 < len(toks) and toks[last + 1].start < m.end:
        last += 1
    return last


def _adjective_slot(tok: Token, m: ActorMention | None) -> bool:
    """No actor, a demonym or place, or a one-word knowledge-base match read as an adjective
    here ("لجنة الشؤون الخارجية": not the foreign ministry)."""
    return m is None or m.kind == DEMONYM_KIND or m.start >= tok.start and m.end <= tok.end


def _state_right_after(toks: list[Token], covering: list[ActorMention | None], last: int) -> bool:
    nxt = last + 1
    return nxt < len(toks) and not toks[last].clause_end and covering[nxt] is not None \
        and covering[nxt].kind in STATE_KINDS and covering[nxt].start == toks[nxt].start


def _host(m: ActorMention) -> bool:
    """What a body may be "in": a place, or a state body with its country (في الكنيست)."""
    return m.kind in PLACE_KINDS or m.kind in HOST_KINDS and m.country is not None


def _nisba(word: str) -> bool:
    return word.endswith(NISBA_ENDINGS)


def _bare_proper_name(tok: Token, m: ActorMention | None) -> bool:
    """A place's name with no proclitic ("مؤسسة فلسطين"): definite by itself."""
    return m is not None and m.kind in PLACE_KINDS and m.start == tok.start


def _free_or_anchor(m: ActorMention | None) -> bool:
    return m is None or m.kind in ANCHOR_KINDS


def _free_anchor_or_people(m: ActorMention | None) -> bool:
    """A word a genitive chain may hold: no actor, a place, or people ("نقابة عمال الموانئ")."""
    return _free_or_anchor(m) or m is not None and m.kind == PEOPLE_KIND


def _mentions_in(covering: list[ActorMention | None], first: int, last: int) -> list[ActorMention]:
    out: list[ActorMention] = []
    for m in covering[first:last + 1]:
        if m is not None and m not in out:
            out.append(m)
    return out


def _quoted_name(toks: list[Token], i: int) -> int | None:
    """The last token of a name in quotes right after the head: "منظمة "أمانا""."""
    if not toks[i].quoted_open:
        return None
    for k in range(i, min(len(toks), i + MAX_QUOTED_WORDS)):
        if toks[k].quoted_close:
            return k
        if toks[k].clause_end:
            return None
    return None


def _indefinite_adjective(word: str, m: ActorMention | None, feminine: bool) -> bool:
    """"لجنة أممية"، "منظمة إسرائيلية": a nisba of the head's gender right after an
    indefinite head is its adjective, so no construct follows it ("اتهمت لجنة أممية إسرائيل":
    the state is the verb's object).  Verbal nouns of the same ending ("تنمية"، "حماية"،
    "رعاية") head constructs and are no adjective."""
    if m is not None:
        return m.kind == DEMONYM_KIND
    if word.startswith(ARTICLE) or not word.isalpha() or _verbal_noun_shape(word):
        return False
    return _nisba_of_gender(word, feminine)


def _verbal_noun_shape(word: str) -> bool:
    """تفعية (تنمية، توعية) and فعاية (حماية، رعاية): verbal nouns, not nisbas."""
    stem = word[:-len(FEMININE_NISBA)] if word.endswith(FEMININE_NISBA) else None
    return stem is not None and len(stem) == 3 \
        and (stem.startswith(VERBAL_NOUN_PREFIX) or stem[2] == ALEF)


def _task_after(tok: Token, m: ActorMention | None) -> bool:
    """A word with the preposition ل right after an indefinite head ("لجنة لإعادة ...",
    "هيئة لمتابعة ..."): what the body is for, not a construct naming it."""
    return m is None and tok.word.startswith("ل") and not tok.word.startswith("لل") \
        and len(tok.word) > MIN_NAME_LETTERS + 1


def _genitive_chain(toks: list[Token], covering: list[ActorMention | None], i: int) -> int | None:
    """The last token of a construct chain that ends in a definite word ("حقوق الإنسان",
    "الصداقة"), with no word of another actor in it."""
    words = body_words()
    for k in range(i, min(len(toks), i + MAX_CHAIN_WORDS)):
        w = toks[k].word
        if w in words.non_names or not _free_anchor_or_people(covering[k]) or not w.isalpha() \
                or len(w) <= MIN_NAME_LETTERS or toks[k].quoted_open and k > i:
            return None
        if w.startswith(ARTICLE) or _bare_proper_name(toks[k], covering[k]):
            return k
        if w.startswith(("لل", "بال")) or covering[k] is not None and covering[k].start > toks[k].start:
            return None     # a word with a proclitic preposition stands in no construct
        if toks[k].clause_end:
            return None
    return None


def _purpose_phrase(toks: list[Token], covering: list[ActorMention | None], j: int) -> int | None:
    """"للمساواة"، "لحقوق الإنسان"، "لدعم غزة"، "من أجل فلسطين": its last token.  A place in
    it is what the body works for, not whose it is."""
    words = body_words()
    first = toks[j].word
    if toks[j].quoted_open:
        return None     # "لبحث ..." in quotes: what a body is asked to do, not its name
    if (first, toks[j + 1].word if j + 1 < len(toks) else "") == FOR_THE_SAKE:
        return _object_of(toks, covering, j + 2)
    if not first.startswith("ل") or first.startswith(ARTICLE) or len(first) < 4:
        return None
    if not _free_anchor_or_people(covering[j]):
        return None
    is_cause = first in words.cause_openers
    # "للتضامن مع فلسطين": a cause word may take its object through another ("مع")
    obj = j + 2 if is_cause and j + 1 < len(toks) and not toks[j].clause_end \
        and toks[j + 1].word in words.cause_openers else j + 1
    if first.startswith("لل"):
        end = j
        if is_cause:
            end = _object_of(toks, covering, obj) or j
    else:
        end = _object_of(toks, covering, obj) if is_cause else \
            _genitive_chain(toks, covering, j + 1)
        if end is None:
            return None
    # "للعدالة والمساواة": one coordinated definite noun
    if end + 1 < len(toks) and not toks[end].clause_end \
            and toks[end + 1].word.startswith("وال") and covering[end + 1] is None:
        end += 1
    return end


def _cause_phrase(toks: list[Token], covering: list[ActorMention | None], j: int) -> int | None:
    """The last token of a cause ("لدعم ..."، "من أجل ...") at ``j``; no other ل phrase."""
    pair = (toks[j].word, toks[j + 1].word if j + 1 < len(toks) else "")
    if pair != FOR_THE_SAKE and toks[j].word not in body_words().cause_openers:
        return None
    return _purpose_phrase(toks, covering, j)


def _object_of(toks: list[Token], covering: list[ActorMention | None], k: int) -> int | None:
    """The last token of a cause's object: an actor of the knowledge base ("فلسطين"، "الشعب
    الفلسطيني"، "المقاومة"، a movement or a state body: what the body works for is no
    party of its own) or a definite chain."""
    if k >= len(toks) or toks[k - 1].clause_end:
        return None
    m = covering[k]
    if m is not None:
        if m.start < toks[k].start:
            return None
        return max(i for i in range(k, len(toks)) if toks[i].start < m.end)
    end = _genitive_chain(toks, covering, k)
    return None if end is None else _with_adjectives(toks, covering, end)


def _with_adjectives(toks: list[Token], covering: list[ActorMention | None], end: int) -> int:
    """The last token of a cause's definite object with its adjectives ("الشعب الفلسطيني")."""
    while end + 1 < len(toks) and not toks[end].clause_end \
            and _agrees(toks[end + 1].word, None) and _adjective_slot(toks[end + 1], covering[end + 1]):
        end += 1
    return end
