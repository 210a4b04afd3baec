"""Places in a protest's sentence: where what it is for or against begins, places it
stands with or protests about (neither its protesters nor whom it addresses), the people of
its place as its protesters, and the government a domestic protest addresses."""
from __future__ import annotations

from dataclasses import replace

from ..recognize.numwords import number_tables
from ..records import ActorMention, Event, PlaceMention
from ..text.normalize import normalize_string
from ..words import function_words, normalised
from .arguments import PLACE_KINDS, PROTEST_SUPPORT_CUES, PROTEST_TARGET_CUES
from .arguments.protest import last_holding_verb_end
from .structure import (
    VOWELLED_WORD,
    attached_prefix,
    has_break,
    word_text,
    words_between,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

# what a protest is for or against, in the wider sense its places are read with
# (people named for their cause, "تظاهر مؤيدون لفلسطين في نيويورك", are protesters, not a purpose)
_PROTEST_PURPOSE = frozenset(normalize_string(w) for w in PROTEST_TARGET_CUES | _WORDS.protest_purpose_words)
_PROTEST_SUPPORT = frozenset(normalize_string(w) for w in PROTEST_SUPPORT_CUES | _WORDS.protest_support_words)
_PROTEST_STRUCK = normalised(_WORDS.protest_struck_place_words)
_PROTEST_OCCASION = normalised(_WORDS.protest_occasion_words)
# "تحت شعار"، "رفعوا لافتات": a place after a slogan word is the slogan's, not the venue.
_PROTEST_SLOGAN = normalised(_WORDS.protest_slogan_words)


def protest_purpose_start(event: Event, text: str) -> int | None:
    """Where what a protest is for or against begins after its trigger ("مظاهرة داعمة
    لفلسطين"، "وقفات تضامنية مع"، "للمطالبة بوقف الحرب على"): a place named from there on
    is the protest's cause, not its venue."""
    for word in VOWELLED_WORD.finditer(text, event.trigger.end, event.sentence.end):
        bare = normalize_string(word_text(word).removeprefix("و"))
        if bare in _PROTEST_PURPOSE or bare in _PROTEST_SLOGAN:
            return word.start()
    return None


def _previous_words(text: str, start: int, floor: int, n: int = 2) -> list[str]:
    """The ``n`` words before ``start`` (not before ``floor``), nearest first, normalised."""
    return [normalize_string(w) for w in reversed(words_between(text, max(floor, start - 40), start))][:n]


def supported_place(start: int, text: str, event: Event) -> bool:
    """A place right after a word of support, or one word later ("داعمة لفلسطين"، "تضامنا
    مع غزة"، "تضامنية مع أهل غزة"): whom the protest stands with."""
    before = _previous_words(text, start - len(attached_prefix(text, start)), event.sentence.start, 3)
    return any(word in _PROTEST_SUPPORT
               or (word == "مع" and i + 1 < len(before) and before[i + 1] in _PROTEST_SUPPORT)
               for i, word in enumerate(before[:2]))


_STANCE = normalised(_WORDS.stance_words)
# a word starting with ل that is a particle, not the ل phrase of a stance word ("لم"، "لقد")
_NOT_LAM_PHRASE = normalised(_WORDS.verb_particles, _WORDS.clause_openers)
_POSSESSIVE = tuple(normalize_string(s) for s in _WORDS.possessive_suffixes)
_PLACE_HEADS = normalised(_WORDS.place_heads)
# words from the stance word to the place: "المناهضين للحرب الإسرائيلية على X"
STANCE_PLACE_WORDS = 4


def _stance_word(word: str) -> bool:
    """A stance word (``stance_words``) after و/ف, ب/ل (لل) and the article, bare or with
    a possessive pronoun ("بتأييدها"، "مساندتهم")."""
    key = normalize_string(word)
    for clitics in (("و", "ف"), ("ب", "ل"), ("ال", "ل")):
        if key in _STANCE:
            return True
        key = next((key[len(c):] for c in clitics if key.startswith(c) and len(key) - len(c) > 2), key)
    if key in _STANCE:
        return True
    stem = next((key[:-len(s)] for s in _POSSESSIVE if key.endswith(s) and len(key) - len(s) > 2), None)
    return stem is not None and (stem in _STANCE or (stem.endswith("ت") and stem[:-1] + "ه" in _STANCE))


def _opens_stance_phrase(word: str) -> bool:
    key = normalize_string(word)
    return key == "مع" or (key.startswith("ل") and key not in _NOT_LAM_PHRASE)


def _opens_venue(word: str) -> bool:
    """في, or a word with a fused ب ("بجامعة"، "بمدينة"; not the place head بلدة)."""
    key = normalize_string(word)
    return key == "في" or (key.startswith("ب") and key not in _PLACE_HEADS)


def stance_place(start: int, text: str, event: Event) -> bool:
    """"اعتقلت الشرطة طلبة مناهضين للحرب على X"، "داهمت منزل ناشطة معروفة بتأييدها لـX"،
    "أطلقت صواريخ في إطار دعمها لـX": a place in the ل or مع phrase of a stance word (at most
    ``STANCE_PLACE_WORDS`` words after it, in its clause) describes a participant or says
    why; it is not where the event happened nor its target.  Not a place after في or a
    fused ب (a venue: "احتجاجات مؤيدة لـX بجامعة Y"), nor when the event's own trigger is
    the stance word or stands between it and the place ("الدول الداعمة للعدوان على X")."""
    prefix = attached_prefix(text, start)
    word_start = start - len(prefix)
    if normalize_string(prefix).lstrip("وف").startswith("ب"):
        return False
    before = list(VOWELLED_WORD.finditer(text, max(event.sentence.start, word_start - 80), word_start))
    before = before[-(STANCE_PLACE_WORDS + 1):]
    stance = next((i for i in reversed(range(len(before))) if _stance_word(word_text(before[i]))), None)
    if stance is None:
        return False
    s_start, s_end = before[stance].start(), before[stance].end()
    gap = [word_text(w) for w in before[stance + 1:]]
    if has_break(text, s_end, word_start) or s_start <= event.trigger.start < word_start \
            or any(_opens_venue(w) for w in gap):
        return False
    return any(_opens_stance_phrase(w) for w in [*gap, prefix.lstrip("وف")][:2])


def _supported_or_struck_place(mention: ActorMention, text: str, event: Event, cut: int | None) -> bool:
    """A place named in a protest's purpose after a word of support ("داعمة لفلسطين"،
    "تضامنا مع غزة") or where the war or killing protested against happens ("الحرب على
    غزة"، "الجرائم في رفح") is neither the protesters nor whom the protest addresses."""
    if mention.kind not in PLACE_KINDS or mention.start < event.trigger.end:
        return False
    if supported_place(mention.start, text, event):
        return True
    if cut is None or mention.start < cut:
        return False
    prefix = attached_prefix(text, mention.start)
    before = _previous_words(text, mention.start - len(prefix), event.sentence.start)
    return bool(before) and (before[0] in _PROTEST_STRUCK
                             or (prefix.endswith("ل") and before[0] in _PROTEST_PURPOSE))


def without_supported_or_struck_places(event: Event, text: str, cut: int | None) -> None:
    """``cut``: where the protest's purpose starts (``protest_purpose_start``)."""
    event.actor = [a for a in event.actor if not _supported_or_struck_place(a, text, event, cut)]
    event.recipient = [r for r in event.recipient if not _supported_or_struck_place(r, text, event, cut)]


def about_another_country(event: Event, places: list[PlaceMention], text: str,
                           cut: int | None) -> bool:
    """"تظاهر المئات في مدينة ليون تنديدا بالقصف على لبنان": a protest about what happens
    in another country (a place from ``cut``, where its purpose starts) does not address
    its own government."""
    loc = event.location
    return loc is not None and any(
        p.country and p.country != loc.country and p.start < event.sentence.end
        and ((cut is not None and cut <= p.start)
             or (p.start > event.trigger.end and supported_place(p.start, text, event)))
        for p in places)


def capital_people(actors: list[ActorMention]) -> list[ActorMention]:
    """"شهدت العاصمة الفرنسية باريس مظاهرة": a capital that protests is its people, not the
    government it stands for elsewhere."""
    return [replace(a, sector="CVL") if a.kind == "capital" and a.sector == "GOV" else a for a in actors]


def protesters_of_place(event: Event) -> list[ActorMention]:
    """A protest with no named protesters is by civilians of the place it happens in
    ("شهدت مدينة البصرة مظاهرة" → IRQ CVL)."""
    loc = event.location
    if loc is None or loc.country is None or not (event.sentence.start <= loc.start < event.sentence.end):
        return []
    return [ActorMention(loc.start, loc.end, loc.text, loc.name, loc.country, "CVL", None,
                         "place", "protesters-of-place")]


def venue_country(event: Event) -> str | None:
    """The country of a protest's place when its sentence names it."""
    loc = event.location
    if loc is None or not (event.sentence.start <= loc.start < event.sentence.end):
        return None
    return loc.country


def host_government_of_place(event: Event, text: str,
                              named: list[ActorMention]) -> list[ActorMention]:
    """"قام متظاهرون في ضواحي نابولي بالاحتجاج على إجراءات المفوض": a protest with no named
    target, held in a town of the protesters' own country, addresses that country's
    government; the town stands for it (as a venue the knowledge base names does in
    arguments).  Not a solidarity protest, nor one whose sentence names people or bodies of
    another country ("تظاهر الآلاف في روتردام للتنديد بالحرب الإسرائيلية")."""
    loc = event.location
    if loc is None or loc.country is None or loc.precision == "country" \
            or not (event.sentence.start <= loc.start < event.sentence.end) \
            or any(a.country and a.country != loc.country for a in event.actor
                   + [m for m in named if event.sentence.start <= m.start < event.sentence.end
                      and m.kind not in PLACE_KINDS]):
        return []
    words = {w.lstrip("و") for w in text[event.sentence.start:event.sentence.end].split()}
    if words & PROTEST_SUPPORT_CUES:
        return []
    # a protest of solidarity ("وقفة تضامنية"، "للتضامن مع") or one marking an occasion
    # ("إضراب حدادا على"، "إحياء لذكرى") asks nothing of its own government
    plain = {normalize_string(w).removeprefix("و") for w in words}
    if plain & (_PROTEST_SUPPORT | _PROTEST_OCCASION):
        return []
    return [ActorMention(loc.start, loc.end, loc.text, loc.name, loc.country, None, None,
                         "place", "host-government")]


# the knowledge base's entry for protesters (hadath/data/actors/agents.json)
PROTESTERS_ENTRY = "agent-protesters"
_CROWD_COUNTS = normalised(_WORDS.protest_crowd_counts)
_CROWD_HEADS = normalised(_WORDS.quantity_words)


def _crowd_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first words in [start, end) when they are a crowd count standing alone ("الآلاف"،
    "عشرات الآلاف"), else None."""
    words = list(VOWELLED_WORD.finditer(text, start, end))[:2]
    bare = [normalize_string(word_text(w)) for w in words]
    if bare and bare[0] in _CROWD_COUNTS:
        return words[0].start(), words[0].end()
    if len(bare) == 2 and bare[0] in _CROWD_HEADS and bare[1] in _CROWD_COUNTS:
        return words[0].start(), words[1].end()
    return None


def _crowd_before_noun(event: Event, text: str) -> tuple[int, int] | None:
    """"نظم العشرات وقفة احتجاجية"، "نفذ العشرات من المودعين وقفة": a crowd count as the
    subject of the verb right before a protest noun (its own "من" phrase allowed between);
    "شارك المئات في مسيرة": or right before في and the protest noun they join."""
    before = list(VOWELLED_WORD.finditer(text, max(event.sentence.start, event.trigger.start - 60),
                                         event.trigger.start))[-4:]
    if has_break(text, before[0].start() if before else event.trigger.start, event.trigger.start):
        return None
    bare = [normalize_string(word_text(w)) for w in before]
    for last, between in ((len(bare) - 1, None), (len(bare) - 3, "من"), (len(bare) - 2, "في")):
        if last < 0 or bare[last] not in _CROWD_COUNTS or (between and bare[last + 1] != between):
            continue
        first = last - 1 if last > 0 and bare[last - 1] in _CROWD_HEADS else last
        return before[first].start(), before[last].end()
    return None


HOLDING_GAP_WORDS = 8     # "شارك الآلاف في العاصمة X في مسيرة": the venue between count and noun
HOLDING_LOOKBACK_CHARS = 120


def _crowd_after_holding_verb(event: Event, text: str) -> tuple[int, int] | None:
    """"شارك عشرات الآلاف في العاصمة X في مسيرة"، "نظم المئات في ساحة المدينة وقفة": a crowd
    count right after a verb of taking part in or holding a protest, the noun a few words on
    in its clause (its venue between, not what it is for); not before a protest verb, which
    has a subject of its own."""
    verb_end = last_holding_verb_end(event, text, HOLDING_LOOKBACK_CHARS, HOLDING_GAP_WORDS)
    if verb_end is None:
        return None
    span = _crowd_span(text, verb_end, event.trigger.start)
    if span is None:
        return None
    gap = [normalize_string(w).removeprefix("و") for w in words_between(text, span[1], event.trigger.start)]
    if len(gap) > HOLDING_GAP_WORDS or has_break(text, span[1], event.trigger.start) \
            or any(w in _PROTEST_PURPOSE for w in gap):
        return None
    return span


def counted_crowd(event: Event, text: str) -> list[ActorMention]:
    """"تظاهر الآلاف أمام البرلمان في مدريد"، "احتشد عشرات الآلاف في أوسلو": a crowd named by
    its count alone, right after a protest verb or as the subject before a protest noun, is
    the protesters (civilians of the venue's country); a place or body read as the actor
    there is where or before what they protest.  Nothing when people named before the
    trigger, or after the count's "من" ("الآلاف من الطلاب"), are the actors."""
    if any(a.kind not in PLACE_KINDS and a.start < event.trigger.start for a in event.actor):
        return []
    span = _crowd_span(text, event.trigger.end, event.sentence.end) or _crowd_before_noun(event, text) \
        or _crowd_after_holding_verb(event, text)
    if span is None:
        return []
    start, end = span
    after = list(VOWELLED_WORD.finditer(text, end, event.sentence.end))[:1]
    if after and normalize_string(word_text(after[0])) == "من" \
            and any(a.kind not in PLACE_KINDS and after[0].end() < a.start <= after[0].end() + 2
                    for a in event.actor):
        return []
    return [ActorMention(start, end, text[start:end], "protesters", venue_country(event), "CVL",
                         PROTESTERS_ENTRY, "agent", "counted-crowd")]


def _count_words() -> frozenset[str]:
    """Words that end a count: the number words of numbers.json (units, tens, hundreds,
    scales: "ربع مليون"، "عشرة آلاف") and function_words' quantity words ("مئات")."""
    return frozenset(number_tables().words) | normalised(_WORDS.quantity_words)


_COUNT_ENDS = _count_words()


def counted_demonym(event: Event, text: str, named: list[ActorMention]) -> list[ActorMention]:
    """"خرج ربع مليون بريطاني في مظاهرة"، "تجمع 3 آلاف إيطالي في مسيرة": a singular demonym
    right after a count (the counted noun of ألف، مليون ... is singular), standing right before
    the protest noun or before في and the noun, names the protesters a place was read for:
    civilians of the demonym's country.  Nothing when people were already read as actors."""
    if any(a.kind not in PLACE_KINDS for a in event.actor):
        return []
    for m in named:
        if m.kind != "demonym" or not (event.sentence.start <= m.start and m.end <= event.trigger.start):
            continue
        gap = [normalize_string(w) for w in words_between(text, m.end, event.trigger.start)]
        before = _previous_words(text, m.start, event.sentence.start, 1)
        if gap not in ([], ["في"]) or has_break(text, m.end, event.trigger.start) or not before \
                or not (before[0] in _COUNT_ENDS or before[0][:1].isdigit()):
            continue
        return [replace(m, sector="CVL", rule="counted-demonym")]
    return []
