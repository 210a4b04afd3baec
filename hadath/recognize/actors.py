"""Actor resolution: find the knowledge-base actors a text mentions, with their country.

Rules, in order (each mention's ``rule`` names the ones that fired):
1. lexicon match through proclitics; the longest match wins, then KIND_PRIORITY;
2. short forms (ambiguous names: عباس، القاعدة) count only after a title word or when a
   full form of the same entry occurs earlier in the document;
3. a role phrase (institution or agent) takes its country from a demonym, country, capital
   or identifying place right after it ("الجيش الإسرائيلي", "وزير خارجية مصر",
   "وزارة الصحة في غزة"), also across a quoted name ("قناة "فلان" الروسية"); a title
   right before a person merges into the person;
4. an institution with a context country ("الاحتلال") takes it when the document mentions
   one of the countries it requires; its compounds naming a force (قوات الاحتلال) take it
   also when the document names no state at all;
5. identifying places (غزة، الضفة الغربية) are emitted as kind "place" with their country;
   otherwise a role phrase keeps country None, except forms marked needs_anchor, which are
   too generic to be actors on their own and are dropped;
6. a person's country and sector come from the role valid on the event date;
7. a body the knowledge base does not name ("اللجنة الوطنية للمساواة") is one organisation
   mention (``organisations.find_unnamed_bodies``);
8. ``read_as_places`` (after the place finder) reads a name that is a country's and a city's
   (عمان) the way the place finder did.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date as Day
from functools import lru_cache

from ..kb import KIND_PRIORITY, Entry, KnowledgeBase, Role, default_kb
from ..records import INTERNATIONAL_CODES, ActorMention, PlaceMention
from ..text import (
    LexiconMatcher,
    Match,
    TextLayer,
    longest_nonoverlapping,
    normalize_key,
    normalize_string,
)
from ..words import (
    CONJUNCTIONS,
    alternation,
    function_words,
    normalised,
    without_conjunction,
    without_proclitics,
)
from .introduced import introduced_people
from .organisations import find_unnamed_bodies
from .places import load_place_stopwords, previous_word

ANCHOR_KINDS = frozenset({"country", "demonym", "capital", "place", "city"})
# Kinds of a name that may be a word of another name (حلف بغداد، دوار الكويت).
PLACE_NAME_KINDS = frozenset({"country", "capital", "place", "city"})
ROLE_KINDS = frozenset({"institution", "agent"})
# كـ ("like") before a name is rare, while common words start with ك + a short name or a
# town (كبار = ك + بار، كبرى = ك + بري، كبيرا = ك + بيرا); as in the place recogniser.
REFUSED_NAME_PROCLITIC = "ك"
# Kinds of a name that may instead begin a person's name (جورجيا ميلوني، فيكتوريا نولاند).
GIVEN_NAME_KINDS = frozenset({"country", "capital", "place", "demonym"})
MAX_GAP = 3
PLACE_LINKER = "في"
LOCATIVE_PREFIX = "ب"
MAX_ROLE_ADJECTIVES = 2    # between a role noun and its demonym
# "العاصمة عمان": a name that is a country and a capital is the capital after this word.
CAPITAL_CUE = normalize_string("العاصمة")
FEMININE_NISBA = normalize_string("ية")
MIN_PLURAL_LETTERS = 4      # fewer letters ending in ون/ين is a function word (بين، الذين)


@dataclass(frozen=True, slots=True)
class ActorWords:
    """The closed word classes of function_words.json this module reads (the file says why
    each exists), normalised.  Built when first needed, not at import: ``hadath kb check``
    imports this module before it validates that file."""
    # Words that may stand between a role phrase and the place that gives its country:
    # linkers, the head noun of a place name (في العاصمة عمان، في محافظة نينوى), and the few
    # adjectives of a security body (الشرطة الوطنية في البصرة); a linker must be among them.
    linking_words: frozenset[str]
    gap_words: frozenset[str]
    # Direction and area nouns (شمال، وسط، محيط) and place heads (مدينة، مخيم): a role noun
    # in the construct state before them names the people of that area ("سكان شمال غزة").
    area_words: frozenset[str]
    # Linkers between a role and the named body it speaks for (باسم) or belongs to (في).
    member_linkers: frozenset[str]
    member_place_linkers: frozenset[str]
    # An envoy's title, the linker and adjectives before the body the envoy is posted to.
    envoy_titles: frozenset[str]
    envoy_post_linkers: frozenset[str]
    envoy_post_adjectives: frozenset[str]
    # Head nouns of a place name (العاصمة، مدينة، مخيم), normalised.
    place_heads: frozenset[str]
    # Descriptive adjectives that may stand between a role noun and its demonym: "شركة أمنية
    # أميركية"، "قوات خاصة بريطانية"، "عناصر مسلحة عراقية".
    role_adjectives: frozenset[str]
    # Adjectives of a role noun that say nothing of its country, kept in its span.
    trailing_adjective: re.Pattern[str]
    # Adjectives naming no single country (الأجانب، العربي): the role noun is no local people.
    supranational_adjectives: frozenset[str]
    # Generic heads that license an organisation's short name (تنظيم القاعدة، حركة فتح).
    org_heads: frozenset[str]
    # Single-word titles that license a person's short name (السيد عباس، الشيخ تميم).
    person_titles: frozenset[str]
    # Heads of a province named like a country ("ولاية النيجر"، "ولاية جورجيا").
    state_name_heads: frozenset[str]
    # Heads of an office title (رئيس، وزير): a bare title takes the document's main state.
    office_title_heads: frozenset[str]
    # Indefinite clash and attack nouns an indefinite مسلح after them describes.
    armed_act_nouns: frozenset[str]
    # Facility nouns a demonym right after names (المستشفى الإندونيسي): no country.
    donor_named_facilities: frozenset[str]
    # Heads of an office that sits in its state (وزارة، وزير): the place after it is its state's.
    seated_office_heads: frozenset[str]
    # Attack nouns (هجوم، غارات، العدوان) and the adjectives of their manner (الجوية،
    # الصاروخي): a head-only adjective after them names the attacker's side.
    attack_nouns: frozenset[str]
    attack_manner_adjectives: frozenset[str]
    # Nouns of a person's family as they stand before a possessive pronoun (عائلت، ذوي) and
    # those pronouns: "عائلته" carries its possessor and heads no construct.
    kin_nouns: frozenset[str]
    possessive_suffixes: tuple[str, ...]


@lru_cache(maxsize=1)
def actor_words() -> ActorWords:
    words = function_words()
    linking = words.actor_linking_words
    place_heads = normalised(words.place_heads)
    body_adjectives = normalised(words.body_adjectives)
    areas = normalised(words.directions) | place_heads
    return ActorWords(
        linking_words=linking,
        gap_words=linking | areas | body_adjectives,
        area_words=areas,
        place_heads=place_heads,
        member_linkers=normalised(words.member_linkers),
        member_place_linkers=normalised(words.member_place_linkers),
        envoy_titles=normalised(words.envoy_titles),
        envoy_post_linkers=normalised(words.envoy_post_linkers),
        envoy_post_adjectives=normalised(words.envoy_post_adjectives),
        role_adjectives=frozenset(
            normalize_string(w) for a in words.role_adjective_stems
            for w in (a, a + "ة", a + "ون", a + "ين", "ال" + a, "ال" + a + "ة", "ال" + a + "ون",
                      "ال" + a + "ين") if not a.endswith("ة") or w in (a, "ال" + a)),
        trailing_adjective=re.compile(
            rf"\s+(ال)?{alternation(words.trailing_adjectives)}(?:ون|ين|ة|ات|تان|تين|ان)?(?!\w)"),
        supranational_adjectives=normalised(words.supranational_adjectives),
        org_heads=normalised(words.org_heads),
        person_titles=normalised(words.person_titles),
        state_name_heads=normalised(words.state_name_heads),
        office_title_heads=normalised(words.office_title_heads),
        armed_act_nouns=normalised(words.armed_act_nouns),
        donor_named_facilities=normalised(words.donor_named_facilities),
        seated_office_heads=normalised(words.seated_office_heads),
        attack_nouns=normalised(words.attack_nouns, words.lam_agent_attack_nouns),
        attack_manner_adjectives=normalised(words.attack_manner_adjectives),
        kin_nouns=normalised(words.kin_nouns),
        possessive_suffixes=tuple(words.possessive_suffixes),
    )


# Sectors of people who live where they are named ("متظاهرون في العاصمة الفرنسية"، "طلاب في
# المدينة الأميركية"): a place head with a demonym after them gives their country.  Armies,
# officials and diplomats are left out: where they stand is not whose they are.
RESIDENT_SECTORS = frozenset({"CVL", "LAB", "EDU", "MED", "OPP", "JRN", "AGR", "REL"})


def _resident_of_named_capital(left: Match[Hit], gap: list[str], words: ActorWords) -> bool:
    """A people noun, a linker and a definite place head before a demonym: "متظاهرون في
    العاصمة الفرنسية" are France's, as "متظاهرون في باريس" would be."""
    entry = left.value.entry
    if len(gap) != 2 or gap[0] not in words.linking_words or entry.sector not in RESIDENT_SECTORS \
            or entry.takes_force_country or entry.context_country is not None:
        return False
    head = gap[1]
    return head.startswith("ال") and (head in words.place_heads or head[2:] in words.place_heads)


def _capital_named_after(layer: TextLayer, role: Match[Hit], demonym: Match[Hit],
                         after: Match[Hit]) -> bool:
    """The place head and demonym of a resident's phrase followed right away by the place's
    own name ("في العاصمة الفرنسية باريس")."""
    gap = normalize_string(_QUOTES.sub(" ", layer.text[role.end:demonym.word_start])).split()
    return demonym.value.entry.kind == "demonym" and _resident_of_named_capital(role, gap, actor_words()) \
        and after.value.entry.kind in {"capital", "city", "place"} and not after.prefix \
        and not layer.text[demonym.end:after.word_start].strip()


# Kinds of a named body whose country a person named by role right before it takes.
MEMBER_BODY_KINDS = frozenset({"organization", "institution"})
# Sectors of bodies that are also venues: "في" before them says where people are, not whose.
VENUE_BODY_SECTORS = frozenset({"EDU", "MED"})


SPOKESPERSON_RULE = "agent+speaks-for"


def _members_of_named_bodies(layer: TextLayer, resolved: list[Resolved]) -> list[Resolved]:
    """"قال المتحدث باسم الخارجية الإيرانية"، "اعتقل ضابطا في الجيش المصري": a person named by
    role with no country, then one linker, then a named body with a country, speaks for or
    belongs to that body.  One who speaks for it (باسم) is one mention of the body over both;
    a member (في) is one mention of the person, of the body's country."""
    words = actor_words()
    out: list[Resolved] = []
    i = 0
    while i < len(resolved):
        role = resolved[i]
        body = resolved[i + 1] if i + 1 < len(resolved) else None
        if body is not None and role.entry.kind == "agent" and role.country is None \
                and body.entry.kind in MEMBER_BODY_KINDS and body.country is not None \
                and not _named_person_beside(layer, resolved, i, i + 1):
            gap = normalize_string(layer.text[role.end:body.start]).split()
            if len(gap) == 1 and gap[0] in words.member_linkers:
                # "المتحدث باسم كتائب القسام" speaks for the body: the mention is the body
                # itself (its id, name and sector), as "المتحدث باسم الجيش" is in the data
                out.append(replace(body, start=role.start, rule=f"{SPOKESPERSON_RULE}:{body.rule}"))
                i += 2
                continue
            if len(gap) == 1 and gap[0] in words.member_place_linkers \
                    and body.sector not in VENUE_BODY_SECTORS:
                # one participant, the person, with the body as the anchor of its country
                # ("ضابط في الجيش المصري" is an officer, of Egypt, not the army itself)
                out.append(Resolved(role.start, body.end, role.entry, body.country, role.sector,
                                    "agent+member-of-body", body.entry))
                i += 2
                continue
        out.append(role)
        i += 1
    return out


# Words a state's name or demonym may add to an envoy's title before it ("سفير دولة ...").
ENVOY_TITLE_REACH_WORDS = 2


def _envoy_posts(layer: TextLayer, resolved: list[Resolved]) -> list[Resolved]:
    """"المندوبة الأميركية لدى مجلس الأمن"، "سفير الصين في الأمم المتحدة": the body after an
    envoy's title and his state is the envoy's post, no participant of its own; the envoy
    (or his state's name) stays and speaks for the state."""
    return [r for i, r in enumerate(resolved)
            if i > 0 and r.entry.kind in MEMBER_BODY_KINDS
            and _envoy_before_post(layer, resolved[i - 1], r)]


def _envoy_before_post(layer: TextLayer, state: Resolved, body: Resolved) -> bool:
    """``state`` (a state's name or demonym, or an envoy's title read with its state) is
    followed by a post linker, maybe after an adjective of the title, then ``body``; an
    envoy's title opens ``state`` or stands right before it."""
    words = actor_words()
    if state.country is None or state.country == body.country:
        return False
    gap = normalize_string(layer.text[state.end:body.start]).split()
    if not gap or gap[-1] not in words.envoy_post_linkers \
            or any(w not in words.envoy_post_adjectives for w in gap[:-1]):
        return False
    own = normalize_string(layer.text[state.start:state.end]).split()
    before = normalize_string(layer.text[max(0, state.start - 40):state.start]).split()
    titles = own[:1] + before[-ENVOY_TITLE_REACH_WORDS:]
    return any(without_conjunction(w) in words.envoy_titles for w in titles)


# Characters that may stand between a title phrase and the person's name beside it.
_NAME_APPOSITION = re.compile(r"[\s،,\-–—]*")


def _named_person_beside(layer: TextLayer, resolved: list[Resolved], role: int, body: int) -> bool:
    """"القيادي في حماس أسامة حمدان"، "أبو حمزة الناطق باسم سرايا القدس": a person's name
    right before the role or right after the body is who the phrase names; the title is
    only its apposition and is left as it is."""
    before = resolved[role - 1] if role > 0 else None
    after = resolved[body + 1] if body + 1 < len(resolved) else None
    return (before is not None and before.entry.kind == "person"
            and _NAME_APPOSITION.fullmatch(layer.text, before.end, resolved[role].start) is not None) \
        or (after is not None and after.entry.kind == "person"
            and _NAME_APPOSITION.fullmatch(layer.text, resolved[body].end, after.start) is not None)


_QUOTES = re.compile(r'["\'()\[\]«»,،\-]')
# A name in quotes between a role noun and its demonym, one to five words.
_QUOTED_NAME = re.compile(r'\s*["«“](?:\s*[^\s"«»“”]+){1,5}\s*["»”]\s*')
_PRIORITY = {k: i for i, k in enumerate(KIND_PRIORITY)}


@dataclass(frozen=True, slots=True)
class Hit:
    entry: Entry
    short: bool


@dataclass(frozen=True, slots=True)
class Resolved:
    start: int
    end: int
    entry: Entry
    country: str | None
    sector: str | None
    rule: str
    anchor: Entry | None = None


class ActorResolver:
    """Builds its automaton once; ``find`` is then one pass over the text."""

    def __init__(self, kb: KnowledgeBase, *, sentence_fallback: bool = False) -> None:
        """``sentence_fallback``: a role phrase left without a country takes the one country
        its sentence names, when the sentence names exactly one (rule ``sentence-country``)."""
        self.kb = kb
        self.sentence_fallback = sentence_fallback
        self.matcher: LexiconMatcher[Hit] = LexiconMatcher()
        for entry in kb.entries:
            role_like = entry.kind in ROLE_KINDS
            for form in entry.forms:
                self.matcher.add(form, Hit(entry, False), article_ok=role_like)
            for form in entry.short_forms:
                self.matcher.add(form, Hit(entry, True), article_ok=False)
        self.place_stopwords = load_place_stopwords()
        # the organisations that have an adjective of their own ("حوثي"), by id
        adjective_ids = {e.id for e in kb.entries if e.kind == "demonym" and e.sector is not None}
        self.adjective_bodies = {e.id: e for e in kb.entries
                                 if e.kind == "organization" and e.id in adjective_ids}

    @classmethod
    def default(cls) -> "ActorResolver":
        """The resolver over the packaged knowledge base, built once per process."""
        return default_resolver()

    # ------------------------------------------------------------ public

    def find(self, layer: TextLayer, *, date: str | None = None) -> list[ActorMention]:
        """Actors in text order, non-overlapping.  ``date`` (YYYY-MM-DD, YYYY-MM or YYYY;
        anything else is ignored) chooses people's roles."""
        date = event_day(date)
        found = [m for m in self.matcher.find(layer.view) if not _simile_before_name(m)]
        matches = self._licensed(layer, found, date)
        chosen = longest_nonoverlapping(_best_per_span(matches, _capital_cued(layer, matches)))
        chosen = _without_adjectives(layer, chosen)
        chosen = [m for m in chosen if not _province_named_like_country(layer, m)]
        chosen = self._without_places_inside_names(layer, chosen)
        # a shared name (لجان المقاومة) does not count for its own default country
        context = {m.value.entry.country for m in chosen
                   if m.value.entry.country and not _shared_name(m.value.entry)}
        resolved = self._compose(layer, chosen, context, date)
        resolved = _members_of_named_bodies(layer, resolved)
        posts = _envoy_posts(layer, resolved)
        resolved = [r for r in resolved if r not in posts]
        resolved = _offices_of_dominant_state(layer, resolved)
        resolved = _forces_of_the_document_state(resolved)
        resolved = _forces_of_the_document_side(layer, resolved)
        if self.sentence_fallback:
            resolved = _sentence_countries(layer, resolved)
        mentions = [self._mention(layer.text, r) for r in resolved]
        # an envoy's post is still the knowledge base's name: no unnamed body is read in it
        mentions = find_unnamed_bodies(layer, mentions, _dominant_state(resolved),
                                       set_aside=tuple((r.start, r.end) for r in posts))
        return sorted(mentions + introduced_people(layer, mentions), key=lambda a: a.start)

    # ------------------------------------------------------------ steps

    def _without_places_inside_names(self, layer: TextLayer, chosen: list[Match[Hit]]) -> list[Match[Hit]]:
        """A country or city that names a pact or a roundabout (after a word of the place
        stopwords' ``no_country_name_heads``: حلف بغداد، دوار الكويت) is no party."""
        heads = self.place_stopwords.no_country_name_heads

        def inside(m: Match[Hit]) -> bool:
            before = previous_word(layer, m.word_start)
            without_conjunction = before[1:] if len(before) > 2 and before[0] in "وف" else before
            return m.value.entry.kind in PLACE_NAME_KINDS and without_conjunction in heads
        return [m for m in chosen if not inside(m)]

    def _licensed(self, layer: TextLayer, matches: list[Match[Hit]],
                  date: str | None) -> list[Match[Hit]]:
        """Keep full-form matches; keep a short-form match only when a full form of its entry
        occurs earlier (the latest such entry wins when several share the short form), or
        when a title or head word precedes it and exactly one candidate fits the date."""
        full = [m for m in matches if not m.value.short]
        titles = {m.end: m.value.entry for m in full if m.value.entry.kind == "institution"}
        by_span: dict[tuple[int, int], list[Match[Hit]]] = {}
        for m in matches:
            if m.value.short:
                by_span.setdefault((m.start, m.end), []).append(m)
        out = list(full)
        full_spans = {(m.start, m.end) for m in full}
        for (start, end), candidates in by_span.items():
            chosen = _latest_introduced(candidates, full, start)
            # a title alone does not turn a demonym or common word (الهندي) into a name
            if chosen is None and (start, end) not in full_spans \
                    and self._titled(layer, candidates[0], set(titles)):
                title = titles.get(len(layer.text[:candidates[0].word_start].rstrip()))
                chosen = _only_fitting(candidates, date, title.sector if title else None)
            if chosen is not None:
                out.append(chosen)
        return out

    @staticmethod
    def _titled(layer: TextLayer, m: Match[Hit], title_ends: set[int]) -> bool:
        raw_before = layer.text[:m.word_start].rstrip()
        before = _QUOTES.sub(" ", raw_before[-40:]).rstrip()
        if m.value.entry.kind == "person":
            return len(raw_before) in title_ends \
                or _last_word(before) in actor_words().person_titles
        return _last_word(before) in actor_words().org_heads

    def _compose(self, layer: TextLayer, chosen: list[Match[Hit]], context: set[str],
                 date: str | None) -> list[Resolved]:
        out: list[Resolved] = []
        i = 0
        while i < len(chosen):
            m = chosen[i]
            entry = m.value.entry
            nxt = chosen[i + 1] if i + 1 < len(chosen) else None
            if nxt is not None and _donor_named_facility(layer, m, nxt):
                single = self._single(layer, m, context, date)
                out.extend([single] if single is not None else [])
                i += 2
                continue
            if entry.kind in ROLE_KINDS and nxt is not None and self._adjacent(layer, m, nxt):
                merged = self._merge_role(m, nxt, date)
                if merged is not None:
                    after = chosen[i + 2] if i + 2 < len(chosen) else None
                    if after is not None and _capital_named_after(layer, m, nxt, after):
                        # "متظاهرون في العاصمة الفرنسية باريس": the capital's name is theirs too
                        merged = replace(merged, end=after.end)
                        i += 1
                    if _force_where_it_acts(layer, m, nxt):
                        merged = replace(merged, rule=merged.rule + WHERE_RULE)
                    out.append(merged)
                    i += 2
                    continue
            single = self._single(layer, m, context, date)
            supranational = _supranational_end(layer, m, single)
            if single is not None and supranational is not None:
                out.append(Resolved(single.start, supranational, entry, None,
                                    single.sector, single.rule + SUPRANATIONAL_RULE))
                i += 1
                while i < len(chosen) and chosen[i].start < supranational:
                    i += 1      # "الناشطين الأجانب": the adjective is no second party
                continue
            if single is not None:
                out.append(_with_trailing_adjective(layer, m, single))
            i += 1
        return out

    @staticmethod
    def _adjacent(layer: TextLayer, left: Match[Hit], right: Match[Hit]) -> bool:
        """Is ``right`` a modifier of ``left``: right after it (a demonym, a genitive
        country), or a place after في/ب (وزارة الصحة في غزة، الشرطة بالقاهرة)?
        A definite role phrase cannot govern a genitive, so right after one only a
        demonym counts ("الاحتلال الحي" is not "the occupation of al-Hayy")."""
        kind = right.value.entry.kind
        gap = normalize_string(_QUOTES.sub(" ", layer.text[left.end:right.word_start])).split()
        proclitic = right.prefix.removesuffix("ال")
        if _named_facility_in_place(left, kind, gap, proclitic):
            return True
        if proclitic == "ب" and kind in {"capital", "place", "city"}:
            return not gap
        if proclitic:
            return False
        if not gap and _kin_with_pronoun(layer, left):
            return False    # "طالبت عائلته الحكومة الأردنية": the body is the verb's object
        if not gap:
            return kind not in {"country", "capital", "place", "city"} or not _definite(layer, left)
        words = actor_words()
        if kind == "demonym" and len(gap) <= MAX_ROLE_ADJECTIVES \
                and all(w in words.role_adjectives for w in gap):
            return True     # "مسؤولون أمنيون سابقون إسرائيليون"
        if kind == "demonym" and _QUOTED_NAME.fullmatch(layer.text, left.end, right.word_start):
            return True     # "قناة "الـ12" الإسرائيلية": the outlet's name, then whose it is
        if kind == "demonym" and _resident_of_named_capital(left, gap, words):
            return True
        if kind not in {"country", "capital", "place", "city"} or len(gap) > MAX_GAP:
            return False
        if all(w in words.area_words for w in gap):
            # "سكان شمال غزة"، "أهالي مخيم جباليا": a construct of an area of the place; an
            # armed body there ("جنود وسط القطاع") is where it fights, not whose it is
            entry = left.value.entry
            return not _definite(layer, left) and not entry.takes_force_country \
                and entry.context_country is None
        # "مسؤولون أمنيون سابقون في إسرائيل": descriptive adjectives of the role before في
        return all(w in words.gap_words or w in words.role_adjectives for w in gap) \
            and any(w in words.linking_words for w in gap)

    def _merge_role(self, role: Match[Hit], other: Match[Hit], date: str | None) -> Resolved | None:
        r_entry, o_entry = role.value.entry, other.value.entry
        if o_entry.kind == "person" and r_entry.kind == "institution":
            country, sector, how = person_role(o_entry, date)
            return Resolved(role.start, other.end, o_entry, country, sector,
                            f"title+person:{how}", r_entry)
        if o_entry.kind == "organization" and r_entry.kind == "agent":
            return Resolved(role.start, other.end, o_entry, o_entry.country, o_entry.sector,
                            "agent+organization", r_entry)
        body = self.adjective_bodies.get(o_entry.id) if o_entry.kind == "demonym" else None
        if body is not None:
            if r_entry.country and not r_entry.needs_country:
                return None
            # "القوات الحوثية"، "مسلحون حوثيون": the group's own forces or people
            return Resolved(role.start, other.end, body, body.country, body.sector,
                            f"{r_entry.kind}+{BODY_ADJECTIVE_RULE}", r_entry)
        if o_entry.kind in ANCHOR_KINDS:
            if r_entry.country and not r_entry.needs_country:
                return None
            if other.key in o_entry.head_only_forms and r_entry.sector in CREED_SECTORS:
                return None     # "الطلاب الصهاينة"، "الجمعيات الصهيونية": their creed, not their state
            # "قوات الاحتلال في جنين": the place is where the force acts, not whose it is
            if r_entry.context_country and o_entry.kind != "demonym":
                return None
            return Resolved(role.start, other.end, r_entry, o_entry.country, r_entry.sector,
                            f"{r_entry.kind}+{o_entry.kind}", o_entry)
        return None

    def _single(self, layer: TextLayer, m: Match[Hit], context: set[str],
                date: str | None) -> Resolved | None:
        entry = m.value.entry
        if entry.kind == "city":
            return None
        if m.key in entry.head_only_forms and not _after_attack_noun(layer, m):
            return None     # "معاداة الصهيونية"، "السيد الحوثي": no head noun it qualifies
        if entry.kind == "person":
            country, sector, how = person_role(entry, date)
            return Resolved(m.start, m.end, entry, country, sector, f"person:{how}")
        if entry.kind in ROLE_KINDS and (entry.needs_country or entry.country is None):
            if entry.context_country and context & entry.context_requires:
                return Resolved(m.start, m.end, entry, entry.context_country, entry.sector,
                                "context-country")
            if m.key in entry.context_default_forms and not context - INTERNATIONAL_CODES:
                # "اقتحمت قوات الاحتلال حيا": a force named with no state in the document;
                # the bare noun (الاحتلال) may be a period of history and still needs context
                return Resolved(m.start, m.end, entry, entry.context_country, entry.sector,
                                "context-default")
            if m.key in entry.anchor_only_forms:
                return None
            return Resolved(m.start, m.end, entry, entry.country, entry.sector,
                            f"{entry.kind}:no-country" if entry.country is None else entry.kind)
        if _context_names_the_other_group(entry, context):
            return Resolved(m.start, m.end, entry, entry.context_country,
                            entry.context_sector or entry.sector, "context-country")
        return Resolved(m.start, m.end, entry, entry.country, entry.sector, entry.kind)

    @staticmethod
    def _mention(text: str, r: Resolved) -> ActorMention:
        name = r.entry.name
        if r.anchor is not None and r.anchor.kind in ANCHOR_KINDS and r.entry.kind in ROLE_KINDS:
            name = f"{r.entry.name} ({r.anchor.name})"
        kind = r.entry.kind
        return ActorMention(r.start, r.end, text[r.start:r.end], name, r.country, r.sector,
                            id=r.entry.id, kind=kind, rule=r.rule)


def _simile_before_name(m: Match[Hit]) -> bool:
    """ك before a surname or a place name: a common word, not "like" + the name."""
    named = m.value.short or m.value.entry.kind in PLACE_NAME_KINDS
    return named and REFUSED_NAME_PROCLITIC in m.prefix


def _best_per_span(matches: list[Match[Hit]],
                   capital_spans: frozenset[tuple[int, int]] = frozenset()) -> list[Match[Hit]]:
    """Among matches covering the same span, keep the highest-priority kind; in
    ``capital_spans`` a capital comes first."""
    def rank(m: Match[Hit]) -> tuple[bool, int]:
        kind = m.value.entry.kind
        return (not (kind == "capital" and (m.start, m.end) in capital_spans), _PRIORITY[kind])

    best: dict[tuple[int, int], Match[Hit]] = {}
    for m in matches:
        key = (m.start, m.end)
        if key not in best or rank(m) < rank(best[key]):
            best[key] = m
    return list(best.values())


def _sentence_countries(layer: TextLayer, resolved: list[Resolved]) -> list[Resolved]:
    """Give a country-less role phrase the country of its sentence when the sentence's
    countries, demonyms, capitals, places and resolved role phrases name exactly one."""
    out = []
    for r in resolved:
        if r.entry.kind in ROLE_KINDS and r.country is None and r.entry.needs_country \
                and not r.entry.context_country and SUPRANATIONAL_RULE not in r.rule:
            sentence = layer.sentence_at(r.start)
            if sentence is not None:
                named = {o.country for o in resolved
                         if o.country and sentence.start <= o.start < sentence.end
                         and (o.entry.kind in ANCHOR_KINDS or o.entry.kind in ROLE_KINDS)}
                if len(named) == 1:
                    r = Resolved(r.start, r.end, r.entry, named.pop(), r.sector,
                                 f"{r.rule}+sentence-country", r.anchor)
        out.append(r)
    return out


# A bare office title takes the document's state only when that state has this many
# mentions and at least half of all the document's state mentions.
DOMINANT_STATE_MENTIONS = 5
DOMINANT_STATE_SHARE = 0.5
# The head رئيس names an office of a state only in a government title (not رئيس الأركان).
GOVERNMENT_SECTOR = "GOV"
RULE_NO_COUNTRY = "institution:no-country"


def _dominant_state(resolved: list[Resolved]) -> str | None:
    return dominant_state([r.country for r in resolved])


def dominant_state(countries: Iterable[str | None]) -> str | None:
    """The state a document is clearly about: the country of at least
    ``DOMINANT_STATE_MENTIONS`` of its actor mentions and of at least half of those naming
    a state (international bodies left out)."""
    counts: dict[str, int] = {}
    for country in countries:
        if country and country not in INTERNATIONAL_CODES:
            counts[country] = counts.get(country, 0) + 1
    if not counts:
        return None
    top = max(counts, key=lambda c: counts[c])
    total = sum(counts.values())
    if counts[top] >= DOMINANT_STATE_MENTIONS and counts[top] >= DOMINANT_STATE_SHARE * total:
        return top
    return None


def _bare_office_title(layer: TextLayer, r: Resolved) -> bool:
    """"رئيس الحكومة"، "وزير الأمن"، "لرئيس الوزراء": an office title of two words or more
    resolved with no country, no anchor and no name after it in its span."""
    if r.rule != RULE_NO_COUNTRY or r.entry.kind != "institution":
        return False
    words = normalize_string(layer.text[r.start:r.end]).split()
    if len(words) < 2:
        return False
    head = words[0].removeprefix("ال")
    heads = actor_words().office_title_heads
    if head not in heads:
        return False
    return head != normalize_string("رئيس") or r.entry.sector == GOVERNMENT_SECTOR


def _offices_of_dominant_state(layer: TextLayer, resolved: list[Resolved]) -> list[Resolved]:
    """In a document clearly about one state, a bare office title ("انتقد الوزير رئيس
    الحكومة") is that state's office; measured on the shared wire texts (in sample) right
    for about 19 in 20 such titles, against about 4 in 5 without the dominance condition."""
    bare = [_bare_office_title(layer, r) for r in resolved]
    state = _dominant_state(resolved) if any(bare) else None
    if state is None:
        return resolved
    return [Resolved(r.start, r.end, r.entry, state, r.sector, "institution:document-state", r.anchor)
            if is_bare else r for r, is_bare in zip(resolved, bare)]


# Letters a bare force name may carry before it (و، ف، ب، ل، ك and the article): "وللآليات".
MAX_FORCE_PREFIX_LETTERS = 4
# Mentions of one country's bodies of the sector a document needs before its bare force names
# take that country.  Armed groups are often named once as someone else's cause ("the Houthis
# back the resistance"), state forces named once are nearly always the ones acting (wire audit,
# in sample).
FORCE_SIDE_MENTIONS = {"MIL": 1, "REB": 2}


def _forces_of_the_document_side(layer: TextLayer, resolved: list[Resolved]) -> list[Resolved]:
    """An armed body or its members named bare ("الجيش"، "الجنود"، "آليات عسكرية"،
    "المقاومة"; entries marked force_country) are of the one state or people whose bodies of
    the same sector (army or armed groups) the document names: "قوات الاحتلال ... ثم أصاب
    الجنود"، "مقاتلين لحركة حماس ... المقاومة".  When the document names bodies of that
    sector of two countries (the Lebanese army beside the Israeli one) it says nothing.
    Weapons several sides use (drones, artillery: the entry's force_country_exempt) are
    left alone: in a report of Hezbollah's strikes they are as often its own."""
    mentions = _force_countries_by_sector(resolved)
    out: list[Resolved] = []
    for r in resolved:
        side = mentions.get(r.sector or "", {})
        if r.country is None and r.entry.takes_force_country and len(side) == 1 \
                and sum(side.values()) >= FORCE_SIDE_MENTIONS.get(r.sector or "", 1) \
                and not _exempt_force_form(layer.text[r.start:r.end], r.entry):
            r = Resolved(r.start, r.end, r.entry, next(iter(side)), r.sector,
                         f"{r.rule}+document-force", r.anchor)
        out.append(r)
    return out


def _force_countries_by_sector(resolved: list[Resolved]) -> dict[str, dict[str, int]]:
    """How many mentions of each sector name each state, leaving out international bodies
    and forces whose only country is the place they act in."""
    mentions: dict[str, dict[str, int]] = {}
    for r in resolved:
        if r.country and r.sector and r.country not in INTERNATIONAL_CODES \
                and not r.rule.endswith(WHERE_RULE):
            side = mentions.setdefault(r.sector, {})
            side[r.country] = side.get(r.country, 0) + 1
    return mentions


# Sectors of armed forces and police: a place after them says where they act, not whose they are.
LOCATED_FORCE_SECTORS = frozenset({"MIL", "COP"})
# The rule suffix of a force merged with the place it acts in ("جنود في مخيم X").
WHERE_RULE = ":where"


def _force_where_it_acts(layer: TextLayer, role: Match[Hit], place: Match[Hit]) -> bool:
    """"جنود في مخيم X"، "الشرطة في مدينة Y"، "جندي بقطاع غزة": an armed force or police
    body joined to a place by a linker (not a genitive: "جيش مصر"، "شرطة نيويورك") stands
    where it acts.  An office (وزارة الداخلية في غزة، وزير الدفاع في فرنسا) sits in its
    own state and is left out."""
    entry = role.value.entry
    if entry.sector not in LOCATED_FORCE_SECTORS or place.value.entry.kind not in PLACE_NAME_KINDS:
        return False
    head = normalize_string(layer.text[role.start:role.end]).split()[0]
    words = actor_words()
    if head in words.seated_office_heads or head.removeprefix("ال") in words.seated_office_heads:
        return False
    gap = normalize_string(_QUOTES.sub(" ", layer.text[role.end:place.word_start])).split()
    return place.prefix.removesuffix("ال") == "ب" or any(w in words.linking_words for w in gap)


def _forces_of_the_document_state(resolved: list[Resolved]) -> list[Resolved]:
    """A force named with the place it acts in ("استهدفت سيارة للشرطة في مدينة X"، "مقتل
    جندي في بلدة Y") is of the one state whose forces of the same sector the document names
    otherwise ("الشرطة الإسرائيلية"، "جيش الاحتلال"), not of the place; with no such state, or
    several, the place's country stays."""
    sides = _force_countries_by_sector(resolved)
    out: list[Resolved] = []
    for r in resolved:
        side = sides.get(r.sector or "", {})
        if r.rule.endswith(WHERE_RULE) and len(side) == 1 and r.country not in side:
            r = replace(r, country=next(iter(side)), rule=r.rule + "+document-force")
        out.append(r)
    return out


def _exempt_force_form(text: str, entry: Entry) -> bool:
    """Is ``text`` (with its proclitics) one of the entry's force_country_exempt forms?"""
    words = normalize_string(text)
    for form in entry.force_country_exempt:
        core = form.removeprefix("ال")
        if words.endswith(core) and len(words) - len(core) <= MAX_FORCE_PREFIX_LETTERS:
            return True
    return False


def _capital_cued(layer: TextLayer, matches: list[Match[Hit]]) -> frozenset[tuple[int, int]]:
    """Spans of capital matches right after the word العاصمة."""
    return frozenset((m.start, m.end) for m in matches
                     if m.value.entry.kind == "capital" and not m.prefix
                     and _last_word(layer.text[max(0, m.word_start - 30):m.word_start]) == CAPITAL_CUE)


def _without_adjectives(layer: TextLayer, chosen: list[Match[Hit]]) -> list[Match[Hit]]:
    """The matches less the nouns of people that stand as adjectives (see
    ``_adjective_of_previous``), also when joined by و to an adjective before them
    ("منظمات نقابية وحقوقية"، "المنظمات الدولية والحقوقية")."""
    kept: list[Match[Hit]] = []
    kept_ends: set[int] = set()
    for m in chosen:
        if _adjective_of_previous(layer, m) or _coordinated_adjective(layer, m, kept_ends):
            continue
        kept.append(m)
        kept_ends.add(m.end)
    return kept


def _coordinated_adjective(layer: TextLayer, m: Match[Hit], kept_ends: set[int]) -> bool:
    """وحقوقية after a feminine nisba that is no participant of its own: an adjective word
    (الدولية) or one read as an adjective.  After a kept noun ("اعتقلت صحفية وحقوقية") the
    two are coordinated people."""
    if m.value.entry.kind != "agent" or " " in m.key or m.prefix.removesuffix("ال") != "و":
        return False
    if not m.key.endswith(FEMININE_NISBA):
        return False
    before = previous_word(layer, m.word_start)
    gap_start = len(layer.text[:m.word_start].rstrip())
    if gap_start in kept_ends or \
            _has_article(before) != (m.prefix.endswith("ال") or _has_article(m.key)):
        return False
    # the word before must itself be an adjective: of a feminine noun or a plural in ات
    # ("منظمات نقابية", not "اعتقلت الشرطة صحفية")
    head = previous_word(layer, _word_start_before(layer.text, gap_start))
    return before.endswith(FEMININE_NISBA) and _has_article(head) == _has_article(before) \
        and head.endswith(("ه", "ات")) and not head.endswith(FEMININE_NISBA)


def _province_named_like_country(layer: TextLayer, m: Match[Hit]) -> bool:
    """"ولاية النيجر" (a state of Nigeria)، "ولاية جورجيا": a country's name right after the
    head noun of a province names that province, not the country."""
    if m.value.entry.kind != "country":
        return False
    before = layer.text[:m.word_start].rstrip()
    previous = before[_word_start_before(before, len(before)):]
    return normalize_string(previous) in actor_words().state_name_heads


def _word_start_before(text: str, end: int) -> int:
    """Where the word that ends at ``end`` starts."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def _adjective_of_previous(layer: TextLayer, m: Match[Hit]) -> bool:
    """"مؤسسة حقوقية"، "المنظمات الحقوقية"، "المستوطنون المتطرفون": a one-word noun of people
    that agrees with the word right before it is that word's adjective, not a participant.
    Agreement: the same article, and the same sound-plural ending (which also marks case,
    so "قتل المسلحون المدنيين" stays two participants), or a feminine nisba (ية) after a
    feminine noun or a plural in ات.  Singular masculine words are left alone: "اعتقل الجيش
    الصحفي" shows no agreement that tells an adjective from an object."""
    if m.value.entry.kind != "agent" or " " in m.key:
        return False
    proclitic = m.prefix.removesuffix("ال")
    if proclitic:
        return False
    before = previous_word(layer, m.word_start)
    if not before or _has_article(before) != (m.prefix.endswith("ال") or _has_article(m.key)):
        return False
    word, prev = m.key, before
    if _armed_adjective(word, prev):
        return True
    if word.endswith(("ون", "ين")):
        # a sound plural has a stem before its ending: not بين، حين، الذين
        return prev.endswith(word[-2:]) and len(prev.removeprefix("ال")) > MIN_PLURAL_LETTERS
    return word.endswith(FEMININE_NISBA) and prev.endswith(("ه", "ات"))


def _named_facility_in_place(facility: Match[Hit], kind: str, gap: list[str], proclitic: str) -> bool:
    """"مستشفى كمال عدوان بشمال غزة"، "مستشفى الأمل في خان يونس": a facility noun, its
    own name (one to three words), then في or ب and the place it stands in:
    the place is whose the facility is."""
    words = actor_words()
    if kind not in {"country", "capital", "place", "city"} or proclitic not in ("", "ب") \
            or facility.key.split()[-1] not in words.donor_named_facilities:
        return False
    # a definite facility takes adjectives ("المستشفى الأهلي"), an indefinite one its name
    definite = _has_article(facility.key.split()[-1]) or facility.prefix.endswith("ال")
    name = 0
    while name < len(gap) and name < MAX_GAP and _plain_name_word(gap[name], words) \
            and (not definite or _has_article(gap[name])):
        name += 1
    rest = gap[name:]
    if name == 0 or proclitic and rest:
        return False
    if proclitic:
        return True
    if not rest:
        return False
    linker, areas = rest[0], rest[1:]
    return all(w in words.area_words for w in areas) \
        and (linker == PLACE_LINKER or linker.startswith(LOCATIVE_PREFIX)
             and linker.removeprefix(LOCATIVE_PREFIX) in words.area_words)


def _plain_name_word(word: str, words: ActorWords) -> bool:
    return word.isalpha() and len(word) > 1 and word not in words.gap_words and word != PLACE_LINKER \
        and not (word.startswith(LOCATIVE_PREFIX) and word.removeprefix(LOCATIVE_PREFIX) in words.area_words)


def _kin_with_pronoun(layer: TextLayer, m: Match[Hit]) -> bool:
    """The mention's last word is a noun of a person's family with a possessive pronoun
    ("عائلته"، "ذويهم"): the pronoun is its genitive, so no name after it is one."""
    words = actor_words()
    # read as written: normalised, the ة of "أسرة" is the pronoun ه of "أسره"
    last = layer.text[m.start:m.end].split()[-1]
    return any(last.endswith(suffix) and normalize_string(last[:-len(suffix)]) in words.kin_nouns
               for suffix in words.possessive_suffixes)


def _donor_named_facility(layer: TextLayer, facility: Match[Hit], right: Match[Hit]) -> bool:
    """"المستشفى الإندونيسي"، "مستشفى الكويتي": a demonym right after a hospital noun is the
    hospital's name (the state that built it), neither its staff's country nor a party."""
    if facility.value.entry.kind not in ROLE_KINDS or right.value.entry.kind != "demonym" \
            or right.prefix.removesuffix("ال"):
        return False
    facility_word = normalize_string(layer.text[facility.start:facility.end])
    return facility_word in actor_words().donor_named_facilities \
        and not layer.text[facility.end:right.word_start].strip()


BODY_ADJECTIVE_RULE = "body-adjective"
# Sectors of people and bodies who may profess a creed (a person, students, writers,
# associations, parties, leaders, extremists): after them a head-only adjective of a state
# (صهيوني) names the creed ("شخص صهيوني" of a foreign president), not the state; after the
# state's bodies and forces (الطيران، الحكومة، جندي، العصابات) it names the state.
CREED_SECTORS = frozenset({"CVL", "SOC", "PTY", "REL", "OPP", "EDU", "JRN", "ELI", "UAF"})
# Words of an attack's manner between the attack noun and a head-only adjective
# ("الغارات الجوية الصهيونية"، "الهجوم الصاروخي الحوثي").
MAX_MANNER_ADJECTIVES = 2


def _after_attack_noun(layer: TextLayer, m: Match[Hit]) -> bool:
    """"لهجوم حوثي"، "العدوان الصهيوني"، "الغارات الجوية الصهيونية": the adjective, with
    nothing written on it, follows an attack noun, maybe over adjectives of its manner, each
    agreeing with it in the article; it names the attacker's side.  Not after any other noun
    ("معاداة الصهيونية"، "المشروع الصهيوني") nor a preposition ("للصهيونية")."""
    if m.prefix:
        return False
    words = actor_words()
    definite = _has_article(m.key)
    end = m.word_start
    for _ in range(MAX_MANNER_ADJECTIVES + 1):
        before = layer.text[:end].rstrip()
        start = _word_start_before(before, len(before))
        word = normalize_string(before[start:])
        if not word.isalpha() or _has_article(word) != definite:
            return False
        if _bare_noun(word) in words.attack_nouns:
            return True
        if without_conjunction(word).removeprefix("ال") not in words.attack_manner_adjectives:
            return False
        end = start
    return False


def _bare_noun(word: str) -> str:
    """The noun without its conjunction, preposition and article (وللعدوان → عدوان): a
    preposition with the article is one proclitic here."""
    return without_proclitics(word, (CONJUNCTIONS, ("لل", "بال", "كال", "ال", "ب", "ل")))


# The singular masculine forms of مسلح (a gunman, or the adjective armed), normalised.
ARMED_SINGULAR_FORMS = frozenset(normalize_string(w) for w in ("مسلح", "مسلحا"))


def _armed_adjective(word: str, previous: str) -> bool:
    """"اشتباك مسلح"، "هجوما مسلحا": an indefinite singular مسلح right after an indefinite
    clash or attack noun is its adjective (the plural stays people: "هجوم مسلحين")."""
    return word in ARMED_SINGULAR_FORMS and previous in actor_words().armed_act_nouns


def _with_trailing_adjective(layer: TextLayer, m: Match[Hit], r: Resolved) -> Resolved:
    """"سكان محليون"، "المسعفين المحليين": an adjective of the role noun that names no country
    belongs to its span."""
    if r.entry.kind not in ROLE_KINDS:
        return r
    found = actor_words().trailing_adjective.match(layer.text, r.end)
    if found is None or bool(found.group(1)) != (m.prefix.endswith("ال") or _has_article(m.key)):
        return r
    return Resolved(r.start, found.end(), r.entry, r.country, r.sector, r.rule, r.anchor)


# People named as of no single state: no country, and no context gives them one
# (events/party_places.with_country, _sentence_countries).
SUPRANATIONAL_RULE = "+supranational"


def _supranational_end(layer: TextLayer, m: Match[Hit], r: Resolved | None) -> int | None:
    """"الناشطين الأجانب"، "الشباب العربي"، "صحفيون أجانب": a bare noun of people with no
    country, then an agreeing adjective that names no single country, ends where the adjective
    does; such people are neither the place's nor the report's state's."""
    if r is None or r.entry.kind != "agent" or r.country is not None or r.end != m.end:
        return None
    found = _NEXT_WORD.match(layer.text, m.end)
    if found is None or normalize_string(found.group(1)) not in actor_words().supranational_adjectives:
        return None
    definite = m.prefix.endswith("ال") or _has_article(m.key)
    return found.end() if _has_article(found.group(1)) == definite else None


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _has_article(word: str) -> bool:
    return word.removeprefix("و").removeprefix("ف").startswith(("ال", "بال", "لل", "كال"))


def _definite(layer: TextLayer, m: Match[Hit]) -> bool:
    """Does the match end in a word with the article (الجيش، وزارة الصحة، للاحتلال)?"""
    words = layer.text[m.start:m.end].replace("\u0640", "").split()
    if len(words) > 1:
        return words[-1].startswith("ال")
    return m.prefix.endswith(("ال", "لل")) or bool(words) and words[0].startswith("ال")


def _latest_introduced(candidates: list[Match[Hit]], full: list[Match[Hit]],
                       start: int) -> Match[Hit] | None:
    """The candidate whose entry was last named in full before ``start``."""
    ids = {c.value.entry.id: c for c in candidates}
    earlier = [m for m in full if m.end <= start and m.value.entry.id in ids]
    if not earlier:
        return None
    return ids[max(earlier, key=lambda m: m.start).value.entry.id]


def _only_fitting(candidates: list[Match[Hit]], date: str | None,
                  title_sector: str | None) -> Match[Hit] | None:
    """The one candidate with a role on ``date``; if several, the one whose role there has
    the title's sector (الرئيس -> GOV); None while still ambiguous."""
    fitting = [c for c in candidates if _fits_date(c.value.entry, date)]
    if len(fitting) > 1 and title_sector and date:
        fitting = [c for c in fitting
                   if any(r.valid_on(date) and r.sector == title_sector for r in c.value.entry.roles)]
    return fitting[0] if len(fitting) == 1 else None


def _fits_date(entry: Entry, date: str | None) -> bool:
    if entry.kind != "person" or date is None or not entry.roles:
        return True
    return any(r.valid_on(date) for r in entry.roles)


def _last_word(s: str) -> str:
    words = normalize_string(s).split()
    return words[-1] if words else ""


def person_role(person: Entry, date: str | None) -> tuple[str | None, str | None, str]:
    """Country, sector and which rule chose them: the role valid on ``date``; else the
    nearest role in time (sector ELI if it had ended, None if it had not begun yet).
    With no date, the current open-ended role, else the latest one."""
    if not person.roles:
        return None, None, "no-role"
    if date is None:
        current = [r for r in person.roles if r.end is None]
        role = max(current or person.roles, key=lambda r: r.start or "")
        return role.country, role.sector, "latest-role"
    valid = [r for r in person.roles if r.valid_on(date)]
    if valid:
        role = max(valid, key=lambda r: r.start or "")
        return role.country, role.sector, "role-on-date"
    role = min(person.roles, key=lambda r: _distance(r, date))
    if role.end is not None and role.end < date:
        return role.country, "ELI", "former-role"
    return role.country, None, "future-role"


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\d{4}-\d{2}")
_YEAR = re.compile(r"\d{4}")


def event_day(date: str | None) -> str | None:
    """A YYYY-MM-DD to compare role dates with: a month or year stands for its middle."""
    if not date:
        return None
    date = date.strip()[:10]
    if _MONTH.fullmatch(date):
        date += "-15"
    elif _YEAR.fullmatch(date):
        date += "-07-01"
    if not _DAY.fullmatch(date):
        return None
    try:
        Day.fromisoformat(date)
    except ValueError:
        return None
    return date


def _distance(role: Role, date: str) -> int:
    day = Day.fromisoformat(date)
    edges = [Day.fromisoformat(x) for x in (role.start, role.end) if x]
    return min(abs((e - day).days) for e in edges) if edges else 10 ** 6


def read_as_places(actors: list[ActorMention], places: list[PlaceMention]) -> list[ActorMention]:
    """A name both a country's and a city's ("عمان": Oman, Amman) is read one way: where the
    place reader took it for a city of another country, the actor is that city's country,
    and so is a role phrase anchored by it ("المحتجون في عمان").  A country or capital that
    is also a given name (جورجيا، فيكتوريا) and that the place reader did not take for a
    place is the start of a person's name ("جورجيا ميلوني") and is dropped."""
    cities = {p.end: p for p in places if p.precision != "country" and p.country}
    out = []
    for a in actors:
        if _given_name_not_place(a, places):
            continue
        place = cities.get(a.end)
        if place is None or place.country == a.country:
            pass
        elif a.kind == "country" and place.start == a.start:
            a = ActorMention(a.start, a.end, a.text, place.name, place.country, None, None,
                             "place", f"{a.rule}+city-reading")
        elif a.rule.endswith("+country") and place.start > a.start:
            name = f"{(a.name or '').rsplit(' (', 1)[0]} ({place.name})"
            a = ActorMention(a.start, a.end, a.text, name, place.country, a.sector, a.id,
                             a.kind, f"{a.rule}+city-reading")
        out.append(a)
    return out


def _given_name_not_place(actor: ActorMention, places: list[PlaceMention]) -> bool:
    """The place reader decides whether a given name is a place (its given_names rule, with
    its surname and locative tests), so the actor follows its reading."""
    if actor.kind not in GIVEN_NAME_KINDS:
        return False
    if not _given_names() & {normalize_key(actor.text), normalize_key(actor.text[1:])}:
        return False
    return not any(p.start < actor.end and actor.start < p.end for p in places)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return load_place_stopwords().given_names


@lru_cache(maxsize=1)
def default_resolver() -> ActorResolver:
    return ActorResolver(default_kb())


def find_actors(layer: TextLayer, date: str | None = None) -> list[ActorMention]:
    """Actors in ``layer`` with the default knowledge base (built once per process)."""
    return default_resolver().find(layer, date=date)


def _context_names_the_other_group(entry: Entry, context: set[str]) -> bool:
    """An organization's name another group shares (لجان المقاومة): the document names a
    country of the other group's conflict and not the entry's own country."""
    return _shared_name(entry) and bool(context & entry.context_requires) \
        and entry.country not in context


def _shared_name(entry: Entry) -> bool:
    return entry.kind == "organization" and entry.context_country is not None
