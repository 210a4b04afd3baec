"""According to whom: the sources a sentence's facts are attributed to, each with the part of
the sentence it governs.

Two constructions name a source:

* a *speech verb* with its subject: "قالت وزارة الصحة إن ..." (the verb first, as in most
  news prose), or "الجيش قال إن ..." (the subject first);
* an *attribution cue* with its object: "بحسب مراسل الجزيرة", "وفق ما ذكرت وكالة ...".

A source governs the sentence part its construction introduces: a speech verb or a
sentence-initial cue the text after it, up to the next source; a cue placed after its
content ("...، وفق وكالة ...") the text before it that no speech verb claims.  So
"قالت الوزارة إن ...، فيما أفاد شهود بأن ..." gives two sources for two parts.

A cue set off by commas mid-sentence ("قتل ثلاثة، وفق الوزارة، في قصف ...") governs the
clause it interrupts, after it as well; a source phrase opening a sentence before a colon
("مصدر أمني: ...") the text after the colon.  A relay cue after a speaker ("أكد الوزير، بحسب
ما نقلت الوكالة، أن") leaves the speaker the source; "نقلاً عن X" makes X the source.

A speech verb that opens its sentence with no subject of its own ("وأضافت أن ...",
"وتابع: ...", "وأشارت في بيانها إلى أن ...") continues the previous sentence's speaker: its
source is the one governing the end of the sentence before (itself possibly a continuation).

The source phrase is an actor mention when the subject is one (that is where the noun phrase
ends), else a noun phrase read from the words: a head, adjectives and a genitive, never an
addressee ("لـ..."), a time word, a complementiser or a verb's object.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ..records import ActorMention, Sentence, Span
from ..text.layer import TextLayer
from ..text.matcher import Match
from ..text.normalize import normalize_string
from ..words import function_words, normalised
from .structure import CLAUSE_BREAK, NISBA_ENDING, quotation_open

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

MAX_SOURCE_WORDS = 6
MAX_NAME_WORDS = 4          # a quoted name ("صحيفة «نيويورك تايمز»"); longer quotes are speech
MAX_SPEAKING_NAME_WORDS = 8     # ... unless a complementiser follows the quote (a group's long name)
# Words a cue may sit away from its content and still be "at the start": و/ف + a connective.
LEADING_WORDS = 2
# Words allowed between a speech verb and its subject (a time word: "أعلنت اليوم وزارة").
SUBJECT_GAP = 1
# Content words before a clause-final speech verb for it to report what came before.
POSTPOSED_MIN_WORDS = 3
# Words of an aside between a speaker and the complementiser ("قال فلان، خلال زيارته ...، إن").
ASIDE_WORDS = 12
# Words of an addressee after its ل-word ("لوكالة الأنباء الفرنسية").
ADDRESSEE_WORDS = 3

_WORD = re.compile(r"[\w\u064B-\u065F\u0670\u0640]+")
_QUOTES = "\"«»“”"
_CLOSE_QUOTE = re.compile(r"[\"»”]")
# Inside a source phrase parentheses and a dash-led aside also end it ("كتائب ... -الجناح").
_PHRASE_BREAK = re.compile(r"[،,;؛:.!?؟()\[\]]|\s[-–—]")


def _norm_set(words: Iterable[str]) -> frozenset[str]:
    return normalised(words)


# Closed classes of function words, compared in normalised form.
_COMPLEMENTISERS = _norm_set(_WORDS.attribution_complementisers)
_TIME_WORDS = _norm_set(_WORDS.attribution_time_words)
_PREPOSITIONS = _norm_set(_WORDS.attribution_prepositions)
# Objects of idiomatic speech verbs ("لفت الانتباه إلى أن", "لفتت النظر"): never a subject.
_SPEECH_OBJECTS = _norm_set(_WORDS.speech_objects)
_NEGATIONS = _norm_set(_WORDS.attribution_negations)
_RESUMPTIVE = _norm_set(_WORDS.attribution_resumptives)
_RELATIVES = _norm_set(_WORDS.attribution_relatives)
# Source heads always in construct with what follows ("وكالة رويترز", "وزارة الصحة"): the
# next word is their genitive whatever its form.
_CONSTRUCT_HEADS = _norm_set(_WORDS.construct_heads)
_KUNYA_HEADS = _norm_set(_WORDS.kunya_heads)
# Indefinite modifiers that are neither nisba adjectives nor definite ("مصدر مطلع",
# "مسؤول رفيع المستوى"), and definite adjectives of names and titles ("وزارة الصحة العامة"،
# "المبعوث الخاص").
_MODIFIERS = _norm_set(_WORDS.source_modifiers)
_MARKED_NISBA = re.compile(r"(يه|يون|يين|يات)$")
_JOINED_NISBA = re.compile(r"(يه|يون|يين)$")     # "ومحلية"; not يات: "وروايات" is a noun
# Normalised definite أفعل: the article, the hamza-less alif, three consonants.
_ELATIVE = re.compile(r"^[وفب]?الا[^\Wا]{3}$")
_AUXILIARIES = _norm_set(_WORDS.attribution_auxiliaries)  # "وكانت الوزارة أفادت"
_NAMED_BY = _norm_set(_WORDS.named_by)        # "المتحدث باسم الجيش": the phrase goes on
_PRONOUN_SUFFIX = re.compile(r"(ه|ها|هم|هما)$")
_TRANSMIT_VERBS = _WORDS.transmit_verbs     # "نقلت الوكالة عن مصادر": the source is after عن
# Sentences a continued statement ("وأضافت أن ...") may reach back through, continuations
# included ("قال ... . وأضاف ... . وتابع ...").
MAX_CONTINUATION = 3
# Words that may stand between a subjectless speech verb and its complementiser: a
# preposition the verb governs ("أشارت إلى أن", "شدد على أن") or "also".
_BRIDGE_WORDS = _norm_set(_WORDS.bridge_words)
# Circumstantial participles of saying between the verb and its speech ("وأضافت مؤكدة: «...»").
_MANNER_WORDS = _norm_set(_WORDS.manner_words)
# Verbal nouns of saying: "نقلت عن مصدر عسكري تأكيده"، "اكتفى بالقول": what the source
# said, not part of its name.  Compared without a pronoun suffix or a preposition.
_SAYING_NOUNS = _norm_set(_WORDS.saying_nouns)
# "مصدر عسكري": an informant head whose bare nisba is an adjective, not its genitive.
_INFORMANT_HEADS = _norm_set(_WORDS.informant_heads)
# "من نقل الجرحى"، "بنقل": after a preposition a speech-verb form is a verbal noun.
_VERBAL_NOUN_PREPOSITIONS = _norm_set(_WORDS.verbal_noun_prepositions)
_CONTRAST = _norm_set(_WORDS.contrast_connectives)
_COMMA_ONLY_CONTRAST = _norm_set(["فيما"])   # "فيما يخص": a connective only after a comma
_NOT_CONTRAST_AFTER = _norm_set(_WORDS.not_contrast_after)
# Source nouns a bare definite form of which resumes an earlier, fuller mention.
_RESUMABLE_HEADS = _norm_set(_WORDS.resumable_heads)
# What a source speaks through; "بيان للرئاسة"، "بيان صادر عن الوزارة": the owner is the source.
_CHANNEL_NOUNS = _norm_set(_WORDS.channel_nouns)
_ISSUED = _norm_set(_WORDS.issued_words)
# Heads of media and informant phrases: they relay what others say.
_REPORTER_HEADS = _norm_set(_WORDS.reporter_heads)
_ORIGIN_CUES = _WORDS.origin_cues       # normalised: also نقلاً عن
_RELATIVE_MA = _norm_set(_WORDS.relative_ma)
# Cues with the relative fused to them: "حسبما أفادت الوكالة", "بحسبما نقلته".
_FUSED_RELATIVE_CUES = _norm_set(_WORDS.fused_relative_cues)
# Prepositions opening a channel aside after the verb ("وأضافت في بيانها أن", "خلال مؤتمر").
_CHANNEL_PREPOSITIONS = _norm_set(_WORDS.channel_prepositions)


@dataclass(frozen=True, slots=True)
class Attribution:
    """A source and the stretch of the sentence [start, end) it governs."""
    source: Span
    start: int
    end: int
    how: str            # speech | speech-svo | speech-postposed | speech-continued | colon |
                        # cue | cue-postposed | cue-aside


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str
    norm: str           # normalised, quotes and tatweel stripped

    @property
    def definite(self) -> bool:
        n = self.norm
        return n.startswith(("ال", "لل", "وال", "بال", "فال"))


def _words(text: str, start: int, end: int) -> list[_Word]:
    return [_Word(m.start(), m.end(), m.group(), normalize_string(m.group()))
            for m in _WORD.finditer(text, start, end)]


def _is_stop(w: _Word, speech_starts: frozenset[int]) -> bool:
    n = w.norm
    return (n in _COMPLEMENTISERS or n in _TIME_WORDS or n in _PREPOSITIONS or n in _RELATIVES
            or n in _SPEECH_OBJECTS or n in _RESUMPTIVE or n in _MANNER_WORDS or w.start in speech_starts
            or n.isdigit() or _is_saying_noun(n))


def _is_saying_noun(n: str) -> bool:
    return n in _SAYING_NOUNS or _PRONOUN_SUFFIX.sub("", n) in _SAYING_NOUNS


def _mention_at(actors: Sequence[ActorMention], w: _Word) -> ActorMention | None:
    """The longest actor mention starting in word ``w`` (after its proclitics)."""
    found = [a for a in actors if w.start <= a.start < w.end]
    return max(found, key=lambda a: a.end - a.start, default=None)


def _is_addressee(w: _Word, nxt: _Word | None, actors: Sequence[ActorMention],
                  source_starts: frozenset[int], speech_starts: frozenset[int]) -> bool:
    """"مصادر طبية للجزيرة", "مصدر لوكالة ...": a ل-word naming a source, an actor, or ending
    the phrase is the addressee; "لحقوق الإنسان" inside a name is not."""
    if not w.norm.startswith("ل") or w.norm.startswith("ال"):
        return False
    if w.norm == "ل":          # "لـ«الشرق الأوسط»": the preposition written apart
        return True
    if any(w.start < s < w.end for s in source_starts) or _mention_at(actors, w) is not None:
        return True
    return nxt is None or _is_stop(nxt, speech_starts) or not nxt.definite


# Sectors of media: a ل-word naming one after a speaker is whom he spoke to.
_MEDIA_SECTORS = frozenset({"JRN"})


def _is_title(text: str, head: _Word, end: int, source_starts: frozenset[int]) -> bool:
    """Does the phrase name an office: a definite noun or a source noun ("المدير"، "عضو")
    with an adjective or a genitive of its own ("المدير العام"، "عضو المجلس")?  One headed by
    a bare name ("سامي العلي") or a bare title ("الوزير") does not."""
    return (head.definite or any(head.start <= s < head.end for s in source_starts)) \
        and len(_words(text, head.start, end)) >= 2


def _names_itself(start: int, end: int, actors: Sequence[ActorMention]) -> bool:
    """Does the phrase so far name whose it is: an actor mention of a country ("الجيش
    الإسرائيلي")?  A title or a body of none ("الرئيس السابق"، "البحرية") does not."""
    return any(start <= a.start < end and a.country for a in actors)


def _is_owner_after_title(w: _Word, nxt: _Word | None, actors: Sequence[ActorMention],
                          source_starts: frozenset[int], speech_starts: frozenset[int]) -> bool:
    """"المهمة البحرية للاتحاد الأوروبي"، "الرئيس السابق لمجلس الأمن": after a definite
    title or body naming no one, with an adjective or a genitive of its own, a ل-word
    naming a body that is no medium is its owner, not an addressee ("قال المتحدث لوكالة
    ..."، "للجزيرة"، "للصحفيين أن"، and after a bare title "قال الوزير لرئيس الحكومة" stay
    addressees)."""
    n = w.norm
    if not n.startswith("ل") or n.startswith("ال") or nxt is None or _is_stop(nxt, speech_starts):
        return False
    noun = n[2:] if n.startswith("لل") else n[1:]
    if noun in _REPORTER_HEADS:
        return False
    mention = _mention_at(actors, w)
    if mention is not None:
        return mention.sector not in _MEDIA_SECTORS
    names_body = noun in _CONSTRUCT_HEADS or any(w.start < s < w.end for s in source_starts)
    return names_body and (nxt.definite or _mention_at(actors, nxt) is not None)


def _close_quotes(text: str, start: int, end: int, limit: int) -> int:
    """Balance the quotes of text[start:end]: take the closing mark when it is near (up to
    ``limit``), else cut before the unbalanced opening mark."""
    inside = text[start:end]
    opens = sum(inside.count(q) for q in "«“")
    closes = sum(inside.count(q) for q in "»”")
    straight = inside.count('"')
    if opens == closes and straight % 2 == 0:
        return end
    m = _CLOSE_QUOTE.search(text, end, limit)
    if m and not CLAUSE_BREAK.search(text, end, m.start()) and len(_words(text, end, m.start())) <= 2:
        return m.end()
    last_open = max(inside.rfind(q) for q in "«“\"")
    if last_open < 0:
        # only a closing mark: the name opened before ``start`` (“واشنطن بوست”), keep it out
        last_open = max(inside.rfind(q) for q in "»”")
    cut = start + last_open
    while cut > start and text[cut - 1].isspace():
        cut -= 1
    return cut


def _quote_unit(text: str, w: _Word, limit: int) -> int | None:
    """A word right after an opening quote starts a quoted name: its end is past the closing
    mark (0 when the quote does not close before ``limit``); None when ``w`` is not quoted."""
    if w.start == 0 or text[w.start - 1] not in _QUOTES:
        return None
    close = _CLOSE_QUOTE.search(text, w.start, limit)
    if close is None or w.norm in _PREPOSITIONS or w.norm in _NEGATIONS:
        return 0                # a quotation, not a name ("أعلنت الشرطة «مقتل ثلاثة ...»")
    length = len(_words(text, w.start, close.start()))
    if length > MAX_NAME_WORDS and not (length <= MAX_SPEAKING_NAME_WORDS
                                        and _complementiser_follows(text, close.end())):
        return 0
    return close.end()


def _complementiser_follows(text: str, at: int) -> bool:
    """"قالت «كتائب ... مخيم بلاطة» إن": a complementiser after the closing mark (a time word
    may come first) makes a long quote the name of who speaks, not what is said."""
    words = _words(text, at, min(len(text), at + 60))
    first = 1 if words and words[0].norm in _TIME_WORDS else 0
    return len(words) > first and words[first].norm in _COMPLEMENTISERS \
        and not CLAUSE_BREAK.search(text, at, words[first].start)


def _completes_construct(text: str, head: _Word, mention: ActorMention | None) -> bool:
    """A head mention running past the head word with a definite genitive or ending in an
    adjective ("وزارة الصحة في غزة"، "مصادر إسرائيلية") is complete: no object may be read
    as its genitive ("صحيفة نيويورك" is not: "تايمز" may follow)."""
    if mention is None or mention.end <= head.end:
        return False
    inside = _words(text, head.end, mention.end)
    return any(w.definite for w in inside) or bool(inside) and _is_adjective(inside[-1])


def _is_construct_head(n: str) -> bool:
    """A construct head, with a proclitic و/ف/ب or not (not lstrip: "وزارة" starts with و)."""
    return n in _CONSTRUCT_HEADS or (n[:1] in "وفب" and n[1:] in _CONSTRUCT_HEADS)


def _is_unknown_kunya(head: _Word, mention: ActorMention | None) -> bool:
    """"قال أبو زيد إن"، "قالت أم أحمد": a kunya the actor recogniser does not know names the
    speaker with the word after it; one that is an actor ("أبو ظبي") is read as that actor."""
    return mention is None and head.norm in _KUNYA_HEADS


def _is_marked_adjective(w: _Word) -> bool:
    """An adjective no noun could be: a feminine or plural nisba ("إسرائيلية"، "مطلعون"),
    unlike a bare final ي ("مستشفى" normalises to one)."""
    return bool(_MARKED_NISBA.search(w.norm)) or w.norm in _MODIFIERS


def _is_informant(head: _Word, taken: int) -> bool:
    """Only the informant head so far ("مصادر في الهلال الأحمر")."""
    return taken == 1 and head.norm.lstrip("وف") in _INFORMANT_HEADS


def _is_informant_adjective(head: _Word, w: _Word, taken: int) -> bool:
    """"مصدر عسكري"، "مصدر قيادي": a bare nisba right after an informant head."""
    return taken == 1 and head.norm.lstrip("وف") in _INFORMANT_HEADS \
        and NISBA_ENDING.search(w.norm) is not None


def _is_adjective(w: _Word) -> bool:
    return bool(NISBA_ENDING.search(w.norm)) or w.norm in _MODIFIERS


def _is_bare_institution(head: _Word, mention: ActorMention | None) -> bool:
    """"جيش الاحتلال"، "شرطة البلدية": an indefinite institution noun that the actor
    recogniser took alone, belonging to no country, has its owner in the genitive after it."""
    return mention is not None and mention.kind == "institution" and mention.country is None \
        and not head.definite and mention.end <= head.end


def _is_elative(w: _Word) -> bool:
    """A definite elative or colour adjective of the أفعل pattern ("الهلال الأحمر"، "البيت
    الأبيض"، "الشرق الأوسط"), which no nisba ending marks."""
    return _ELATIVE.match(w.norm) is not None


def _accepts(w: _Word, state: str, nisba_used: bool, named: bool = False) -> bool:
    """May ``w`` extend a phrase in ``state`` (construct | definite | indefinite | genitive)?
    ``named``: ``w`` starts an actor mention (a country is no adjective: "الأردن")."""
    n = w.norm
    adjective = _is_adjective(w) or (not named and _is_elative(w))
    if state == "construct":
        return True
    if state in ("definite", "genitive"):
        # "... لحقوق الإنسان"، "الأمم المتحدة للطفولة": a definite ل-complement names too
        return w.definite and (adjective or any(c.isdigit() for c in n)) \
            or state == "genitive" and n.startswith("وال") or n.startswith("لل")
    return w.definite or n in _MODIFIERS or (adjective and not nisba_used)


def _noun_phrase(text: str, start: int, limit: int, actors: Sequence[ActorMention],
                 source_starts: frozenset[int], speech_starts: frozenset[int]) -> Span | None:
    """The noun phrase beginning at the first word from ``start``: a head (an actor mention
    when one starts there), then adjectives (definite after a definite head), a genitive
    after a construct head, quoted names, "باسم ..." and one "في + definite noun"."""
    brk = _PHRASE_BREAK.search(text, start, limit)
    stop_at = brk.start() if brk else limit
    words = _words(text, start, stop_at)
    if not words or _is_stop(words[0], speech_starts) or words[0].norm == "ل":
        return None
    owner = _channel_owner(text, words, stop_at, actors, source_starts, speech_starts)
    if owner is not None:
        return owner
    head_mention = _mention_at(actors, words[0])
    end = max(words[0].end, head_mention.end if head_mention else 0)
    quoted = _quote_unit(text, words[0], stop_at)
    if quoted == 0:
        return None
    end = max(end, quoted or 0)
    state = ("construct" if (_is_construct_head(words[0].norm) or _is_bare_institution(words[0], head_mention)
                             or _is_unknown_kunya(words[0], head_mention))
             and not _completes_construct(text, words[0], head_mention)
             else "definite" if words[0].definite or head_mention else "indefinite")
    used_fi = nisba_used = False
    taken = 1
    # a kunya takes one name word, then only definite adjectives ("أبو زيد الحسيني")
    chain = 1 if _is_unknown_kunya(words[0], head_mention) else 0
    for i, w in enumerate(words[1:], start=1):
        if w.end <= end:            # inside the head mention or a quoted name
            continue
        if taken >= MAX_SOURCE_WORDS:
            break
        nxt = words[i + 1] if i + 1 < len(words) else None
        mention = _mention_at(actors, w)
        quoted = _quote_unit(text, w, stop_at)
        if quoted == 0:
            break
        if quoted and state in ("definite", "genitive"):
            break               # a complete name then a quotation ("المحكمة «لا يمكن ...»")
        if quoted:
            end, taken = quoted, taken + 1
            state = "definite" if state != "indefinite" else state
            continue
        if w.norm == "في" and not used_fi and (state != "construct" or _is_informant(words[0], taken)) \
                and nxt is not None \
                and (nxt.definite or _mention_at(actors, nxt) is not None) \
                and not _is_stop(nxt, speech_starts):
            used_fi, state = True, "definite"
            end = max(nxt.end, (_mention_at(actors, nxt) or nxt).end)
            taken += 2
            continue
        if state in ("definite", "genitive") and _is_title(text, words[0], end, source_starts) \
                and not _names_itself(words[0].start, end, actors) \
                and _is_owner_after_title(w, nxt, actors, source_starts, speech_starts):
            # "الرئيس السابق لمجلس الأمن"، "المديرية العامة لشرطة القطاع": whose title it is
            state = "construct" if mention is None or mention.end <= w.end else "definite"
            end = max(w.end, mention.end if mention else 0)
            taken += 1
            continue
        if _is_stop(w, speech_starts) or _is_addressee(w, nxt, actors, source_starts, speech_starts):
            break
        if w.norm in _NAMED_BY:
            state = "construct"
        elif mention is not None and mention.kind == "person" and state != "indefinite":
            state = "definite"  # the speaker's name after the title ("وزير الخارجية فلان")
        elif not _accepts(w, state, nisba_used, named=mention is not None):
            break
        elif state == "construct" and not w.definite and (
                _is_marked_adjective(w) or _is_informant_adjective(words[0], w, taken)):
            # "مصادر إسرائيلية"، "مصدر مطلع": an adjective, not a genitive
            state, nisba_used = "indefinite", True
        elif state == "construct":
            # an indefinite genitive is itself in construct ("هيئة مقاومة الجدار") or a
            # foreign name ("وكالة رويترز"); either way one more word may follow
            chain += 1
            state = "genitive" if w.definite else (
                "construct" if w.norm in _CONSTRUCT_HEADS or chain < 2 else "name")
        elif state == "indefinite":
            nisba_used = nisba_used or not w.definite
            state = "genitive" if w.definite else "indefinite"
        elif w.norm.startswith("لل"):
            state = "genitive"          # its own coordinated nouns may follow ("والثقافة")
        end = max(w.end, mention.end if mention else 0)
        taken += 1
        if state == "name":
            # an unquoted foreign name after its head ("وكالة رويترز"): nothing but
            # definite adjectives may follow
            state = "definite"
    end = _channel_cut(text, words[0].start, end, source_starts)
    end = _close_quotes(text, words[0].start, end, stop_at)
    s = words[0].start
    if end <= s:
        return None
    # "وفق زعمه", "بحسب قوله": a pronoun, not a source.
    if len(_words(text, s, end)) == 1 and head_mention is None and not words[0].definite \
            and _PRONOUN_SUFFIX.search(words[0].norm) and s not in source_starts:
        return None
    return _with_conjuncts(text, Span(text[s:end], s, end), stop_at, actors, source_starts,
                           speech_starts)


def _with_conjuncts(text: str, span: Span, limit: int, actors: Sequence[ActorMention],
                    source_starts: frozenset[int], speech_starts: frozenset[int]) -> Span:
    """"مصادر طبية وشهود عيان"، "مصادر أمنية ومحلية": sources joined by و are one source
    phrase (the record holds one span, so it covers them all): a joined source noun or
    actor, or a joined adjective after an adjective."""
    following = _words(text, span.end, limit)
    if not following:
        return span
    w = following[0]
    if not w.norm.startswith("و") or len(w.norm) < 3 or _is_stop(w, speech_starts):
        return span
    bare = _Word(w.start + 1, w.end, w.text[1:], w.norm[1:])
    last = _words(text, span.start, span.end)[-1]
    if _is_adjective(last) and _JOINED_NISBA.search(bare.norm) and bare.definite == last.definite:
        return Span(text[span.start:w.end], span.start, w.end)
    # the source or actor starts after the و: "ووزارة" joins, "وزارة" is one word
    named = any(w.start < s < w.end for s in source_starts) \
        or any(w.start < a.start < w.end for a in actors)
    if not named:
        return span
    conjunct = _noun_phrase(text, w.start, limit, actors, source_starts, speech_starts)
    if conjunct is None or not _is_source(conjunct, source_starts, actors):
        return span
    return Span(text[span.start:conjunct.end], span.start, conjunct.end)


def _channel_owner(text: str, words: list[_Word], limit: int, actors: Sequence[ActorMention],
                   source_starts: frozenset[int], speech_starts: frozenset[int]) -> Span | None:
    """"بحسب بيان للرئاسة"، "وفق بيان صادر عن وزارة الصحة": a statement is not a source,
    whose statement it is is."""
    head = words[0].norm
    if len(words) < 2 or not (head in _CHANNEL_NOUNS or (head[:1] in "وفب" and head[1:] in _CHANNEL_NOUNS)):
        return None
    second = words[1]
    if second.norm.startswith("ل") and not second.norm.startswith("ال") and len(second.norm) > 2:
        # "بيان للرئاسة": the preposition is fused to the owner, so the span keeps the
        # channel noun and stays an exact stretch of the text
        owner = _noun_phrase(text, second.start, limit, actors, source_starts, speech_starts)
        if owner is None:
            return None
        return Span(text[words[0].start:owner.end], words[0].start, owner.end)
    if len(words) > 3 and second.norm in _ISSUED and words[2].norm == "عن":
        return _noun_phrase(text, words[3].start, limit, actors, source_starts, speech_starts)
    return None


def _channel_cut(text: str, start: int, end: int, source_starts: frozenset[int]) -> int:
    """"وزارة الصحة في بيان": a channel noun after في is what the source spoke through, not
    part of its name (even when an actor mention ran over it); another source noun is where
    the source belongs ("مصدر عسكري في الجيش"، "مسؤول في وزارة الصحة")."""
    words = _words(text, start, end)
    for w, nxt in pairwise(words):
        if w.norm == "في" and _is_channel(nxt) and any(nxt.start <= s < nxt.end for s in source_starts):
            cut = w.start
            while cut > start and text[cut - 1].isspace():
                cut -= 1
            return cut
    return end


def _is_channel(w: _Word) -> bool:
    """"بيان"، "بيانها"، "تقرير": a channel noun, with a pronoun suffix or not."""
    return w.norm in _CHANNEL_NOUNS or _PRONOUN_SUFFIX.sub("", w.norm) in _CHANNEL_NOUNS


def _is_source(span: Span, source_starts: frozenset[int], actors: Sequence[ActorMention]) -> bool:
    """Does the phrase hold a source noun or an actor (not just any noun)?"""
    return any(span.start <= s < span.end for s in source_starts) or any(
        span.start <= a.start < span.end for a in actors)


def _content_words(text: str, start: int, end: int) -> int:
    return len(_words(text, start, end))


def _after_speech(text: str, cue: Match[str], sentence: Sentence, actors: Sequence[ActorMention],
                  source_starts: frozenset[int], speech_starts: frozenset[int]) -> Span | None:
    """The subject of a speech verb in verb-first order, when it is a source."""
    words = _words(text, _verb_end(text, cue), sentence.end)
    for skip in range(min(SUBJECT_GAP, len(words)) + 1):
        if skip and words[skip - 1].norm not in _TIME_WORDS:
            break
        if skip >= len(words):
            break
        if CLAUSE_BREAK.search(text, _verb_end(text, cue), words[skip].start) and not skip:
            break
        span = _noun_phrase(text, words[skip].start, sentence.end, actors, source_starts,
                            speech_starts)
        if span and (_is_source(span, source_starts, actors)
                     or _introduces_clause(text, span.end, sentence.end)):
            if normalize_string(cue.key).startswith(_TRANSMIT_VERBS):
                return _original_source(text, span, sentence, actors, source_starts,
                                        speech_starts) or span
            return span
    return None


def _verb_end(text: str, cue: Match[str]) -> int:
    """The end of the cue's first word: a cue that runs on into its subject ("أفادت مصادر")
    has the subject inside it, so the subject is read from the verb's end."""
    first = _WORD.match(text, cue.start)
    return first.end() if first else cue.end


def _is_verbal_noun(text: str, cue: Match[str]) -> bool:
    """"منعت الإسعاف من نقل الجرحى"، "قامت الشرطة بنقل": a speech-verb form after a
    preposition, written apart or fused (ب، ل), is a verbal noun and introduces no speech."""
    if normalize_string(cue.prefix).lstrip("وف") in ("ب", "ل"):
        return True
    before = _words(text, max(0, cue.word_start - 20), cue.word_start)
    return bool(before) and before[-1].norm.lstrip("و") in _VERBAL_NOUN_PREPOSITIONS \
        and not CLAUSE_BREAK.search(text, before[-1].end, cue.word_start)


def _introduces_clause(text: str, end: int, limit: int) -> bool:
    """"قال فلان إن ..." / "أشار فلان إلى أن" / "أضاف فلان: ..." / "قال فلان، خلال ...، إن": whatever the lexicons know of the
    subject, a phrase followed by a complementiser (at once or after an aside) speaks."""
    words = _words(text, end, limit)[:ASIDE_WORDS]
    if not words:
        return False
    if text[end:limit].lstrip()[:1] == ":":
        return True             # "وأضاف فلان: «...»"
    first = 1 if words[0].norm in _BRIDGE_WORDS else 0
    if len(words) > first and words[first].norm in _COMPLEMENTISERS:
        return True             # "وأشار فلان إلى أن ..."
    if _addressed_clause(text, words):
        return True             # "قال فلان لوكالة الأنباء إن ..."
    return bool(CLAUSE_BREAK.match(text, end)) and any(w.norm in _COMPLEMENTISERS for w in words)


def _addressed_clause(text: str, words: Sequence[_Word]) -> bool:
    """"قال فلان لوكالة «رويترز» إن"، "أكد الوزير للصحفيين أن"، "لـ«الميادين»، إن": the
    words after the speaker are an addressee (a ل-word and at most a few more, a comma
    at its end only) and a complementiser follows it."""
    if not _is_addressee_word(words[0]):
        return False
    for i, w in enumerate(words[1:ADDRESSEE_WORDS + 1], start=1):
        if w.norm in _COMPLEMENTISERS:
            between = text[words[i - 1].end:w.start]
            return not CLAUSE_BREAK.search(text, words[0].end, words[i - 1].end) \
                and not between.strip(" \"»”،,")
        if _is_stop(w, frozenset()):
            return False
    return False


def _is_addressee_word(w: _Word) -> bool:
    """A ل-word that may open an addressee: not the article, a complementiser ("لأن"), a
    time word ("لاحقا") or a preposition ("لدى")."""
    n = w.norm
    return n.startswith("ل") and not n.startswith("ال") and n not in _COMPLEMENTISERS \
        and n not in _TIME_WORDS and n not in _PREPOSITIONS


def _original_source(text: str, span: Span, sentence: Sentence, actors: Sequence[ActorMention],
                     source_starts: frozenset[int], speech_starts: frozenset[int]) -> Span | None:
    """"نقلت الوكالة عن مصادر ...": the one the transmitter quotes."""
    words = _words(text, span.end, sentence.end)
    if len(words) < 2 or words[0].norm != "عن" or _breaks_before_origin(text, span.end, words[0].start):
        return None
    inner = _noun_phrase(text, words[1].start, sentence.end, actors, source_starts, speech_starts)
    return inner if inner and _is_source(inner, source_starts, actors) else None


def _breaks_before_origin(text: str, end: int, at: int) -> bool:
    """"نقلت الوكالة، عن مصادر": a lone comma (after a closing quote or not) may set off the
    transmitter; any other break ends the construction."""
    between = re.sub(r"[\s\"»”]", "", text[end:at])
    return between not in ("", "،", ",")


def _before_speech(text: str, cue: Match[str], sentence: Sentence, actors: Sequence[ActorMention],
                   source_starts: frozenset[int], speech_starts: frozenset[int]) -> Span | None:
    """Subject-first "الجيش الإسرائيلي قال إن ...": an actor or source phrase opening the
    clause and ending right before the verb."""
    clause_start = sentence.start
    for m in CLAUSE_BREAK.finditer(text, sentence.start, cue.word_start):
        clause_start = m.end()
    words = _words(text, clause_start, cue.word_start)
    if not words or len(words) > MAX_SOURCE_WORDS:
        return None
    first = 1 if words[0].norm in _AUXILIARIES else 0
    if first >= len(words):
        return None
    span = _noun_phrase(text, words[first].start, cue.word_start, actors, source_starts,
                        speech_starts)
    if span is None or _content_words(text, span.end, cue.word_start) \
            or not _is_source(span, source_starts, actors):
        return None
    return span


def _is_postposed_speech(text: str, cue: Match[str], subject: Span, sentence: Sentence,
                         contrasts: Callable[[], Sequence[int]]) -> bool:
    """"...، قال المتحدث." / "... قال مسؤول في الوزارة": the verb closes the sentence and
    introduces nothing, so it reports what came before it."""
    if _content_words(text, sentence.start, cue.word_start) < POSTPOSED_MIN_WORDS:
        return False
    rest = _words(text, subject.end, sentence.end)
    if any(w.norm in _COMPLEMENTISERS for w in rest) or len(rest) > 3 \
            or CLAUSE_BREAK.search(text, subject.end, sentence.end - 1):
        return False
    # "..., في حين أعلنت المقاومة استهداف ...": it opens a clause
    return not any(c < cue.word_start and not _words(text, c, cue.word_start)[2:] for c in contrasts())


def _contrast_starts(text: str, sentence: Sentence) -> list[int]:
    """Where the sentence's contrast connectives start ("في حين"، "بينما"، "، فيما")."""
    words = _words(text, sentence.start, sentence.end)
    found = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        # a quotation's own "بينما" is the speaker's, not the text's (tested last: it
        # counts quotes over the sentence so far)
        if _opens_contrast(text, sentence.start, w, nxt) \
                and not quotation_open(text[sentence.start:w.start]):
            found.append(w.start)
    return found


def _opens_contrast(text: str, start: int, w: _Word, nxt: _Word | None) -> bool:
    if nxt is not None and f"{w.norm} {nxt.norm}" in _CONTRAST:
        return True                     # "في حين"
    if w.norm not in _CONTRAST:
        return False
    if w.norm not in _COMMA_ONLY_CONTRAST:
        return True                     # "بينما"
    after_comma = text[start:w.start].rstrip()[-1:] in ("،", ",")
    return after_comma and not (nxt is not None and nxt.norm in _NOT_CONTRAST_AFTER)


def _colon_sources(text: str, sentence: Sentence, actors: Sequence[ActorMention],
                   source_starts: frozenset[int], speech_starts: frozenset[int]) -> list[Span]:
    """Ticker style "مصدر أمني: ..."، "🔴 الدفاع المدني: ...": a source phrase that opens
    the sentence (or follows a bullet mark) and ends at a colon speaks what follows it."""
    found: list[Span] = []
    for colon in re.finditer(":", text[sentence.start:sentence.end]):
        at = sentence.start + colon.start()
        opening = _opening_before(text, sentence.start, at)
        if opening is None:
            continue
        words = _words(text, opening, at)
        if not words or len(words) > MAX_SOURCE_WORDS:
            continue
        span = _noun_phrase(text, words[0].start, at, actors, source_starts, speech_starts)
        if span is not None and not _words(text, span.end, at) \
                and _is_source(span, source_starts, actors):
            found.append(span)
    return found


def _opening_before(text: str, start: int, at: int) -> int | None:
    """Where the stretch before ``at`` opens: the sentence start or just after a mark that
    is neither a word, a space, a quote nor clause punctuation (a bullet, an emoji); None
    when clause punctuation comes first."""
    i = at
    while i > start:
        ch = text[i - 1]
        if ch.isalnum() or ch.isspace() or ch in _QUOTES or "\u064B" <= ch <= "\u065F" \
                or ch in "\u0640\u0670":
            i -= 1
            continue
        return None if CLAUSE_BREAK.match(ch) or ch in "()[]-–—" else i
    return i


def _inside_cue(text: str, verb: Match[str], attribution_cues: Sequence[Match[str]]) -> bool:
    """"بحسب ما نقلت الوكالة"، "حسبما أفادت": the verb of the relative clause of an
    attribution cue belongs to the cue; it introduces nothing of its own."""
    for cue in attribution_cues:
        if cue.start <= verb.start < cue.end:
            return True
        if not 0 <= verb.word_start - cue.end <= _RELATIVE_GAP_CHARS:
            continue        # only "ما" (or nothing) may stand between the cue and its verb
        between = _words(text, cue.end, verb.word_start)
        if not between and _ends_in_relative(cue.key):
            return True
        if len(between) == 1 and between[0].norm in _RELATIVE_MA:
            return True
    return False


_RELATIVE_GAP_CHARS = 6     # room for " لما " between a cue and its relative's verb


def _aside_end(text: str, span: Span, sentence: Sentence) -> int:
    """An aside governs the clause it interrupts: up to the clause break after it."""
    rest = text[span.end:sentence.end]
    comma = span.end + len(rest) - len(rest.lstrip())
    brk = CLAUSE_BREAK.search(text, comma + 1, sentence.end)
    return brk.start() if brk else sentence.end


def _is_aside(text: str, span: Span, sentence: Sentence) -> bool:
    """Is the cue's source set off by a comma with the sentence going on after it?"""
    return text[span.end:sentence.end].lstrip()[:1] in ("،", ",") \
        and _content_words(text, span.end, sentence.end) >= POSTPOSED_MIN_WORDS


def _names_origin(key: str) -> bool:
    """"نقلا عن X": X is where the report comes from, not a relay of it."""
    return normalize_string(key).startswith(_ORIGIN_CUES)


def _ends_in_relative(key: str) -> bool:
    """Does the cue end in the relative "ما", written apart ("وفق ما"، "وفقا لما") or fused
    ("حسبما")?  Its verb follows before the source."""
    last = normalize_string(key).split()[-1]
    return last in _RELATIVE_MA or last in _FUSED_RELATIVE_CUES


def _is_leading(text: str, sentence: Sentence, pos: int) -> bool:
    start = _after_stamp(text, sentence.start, pos)
    return _content_words(text, start, pos) <= LEADING_WORDS - 1 or \
        normalize_string(text[start:pos]).strip() in ("و", "ف")


def _is_stamp(text: str, sentence: Sentence) -> bool:
    """"اليوم 12:27": a sentence of time words and digits only."""
    return _after_stamp(text, sentence.start, sentence.end) == sentence.end


def _after_stamp(text: str, start: int, pos: int) -> int:
    """Past a live blog's time stamps that open the sentence ("اليوم 12:27  اليوم 11:34
    وأشار إلى أن"): time words and digits only, at least one digit."""
    words = _words(text, start, pos)
    stamp = 0
    while stamp < len(words) and (words[stamp].norm.isdigit() or words[stamp].norm in _TIME_WORDS):
        stamp += 1
    if not any(w.norm.isdigit() for w in words[:stamp]):
        return start
    return words[stamp].start if stamp < len(words) else pos


def find_attributions(layer: TextLayer, sentence: Sentence, attribution_cues: list[Match[str]],
                      speech_cues: list[Match[str]], source_cues: list[Match[str]],
                      actors: Sequence[ActorMention] = (),
                      continuation_depth: int = 0) -> list[Attribution]:
    """Every source in the sentence, with the stretch it governs, in text order.  A
    continued statement's source lies in an earlier sentence (its span is there); pass the
    document's actors for that sentence's source phrases to use them too."""
    text = layer.text
    inside = [a for a in actors if sentence.start <= a.start and a.end <= sentence.end]
    source_starts = frozenset(s.start for s in source_cues if sentence.start <= s.start < sentence.end)
    speech = [c for c in speech_cues if sentence.start <= c.start < sentence.end
              and not _inside_cue(text, c, attribution_cues) and not _is_verbal_noun(text, c)]
    speech_starts = frozenset(c.word_start for c in speech)
    forward: list[tuple[int, Span, str]] = []
    backward: list[tuple[int, Span, str]] = []
    continued: list[Match[str]] = []
    aside_ends: dict[int, int] = {}         # an aside cue's position -> where it stops governing
    # read only when a source may need them: most sentences have none
    contrasts = cache(lambda: _contrast_starts(text, sentence))
    for cue in speech:
        subject = _after_speech(text, cue, sentence, inside, source_starts, speech_starts)
        if subject is not None:
            if _is_postposed_speech(text, cue, subject, sentence, contrasts):
                backward.append((cue.word_start, subject, "speech-postposed"))
            else:
                forward.append((cue.word_start, subject, "speech"))
            continue
        subject = _before_speech(text, cue, sentence, inside, source_starts, speech_starts)
        if subject is not None:
            forward.append((subject.start, subject, "speech-svo"))
        elif _is_leading(text, sentence, cue.word_start) and _speaks_without_subject(text, cue, sentence):
            continued.append(cue)
    if continued and continuation_depth < MAX_CONTINUATION:
        previous = _previous_speaker(layer, sentence, attribution_cues, speech_cues, source_cues,
                                     actors, continuation_depth + 1)
        if previous is not None:
            forward.append((continued[0].word_start, previous, "speech-continued"))
    forward.extend((span.start, span, "colon") for span in
                   _colon_sources(text, sentence, inside, source_starts, speech_starts))
    for cue in attribution_cues:
        if not (sentence.start <= cue.start < sentence.end):
            continue
        words = _words(text, cue.end, sentence.end)
        # "وفق ما ذكرت/نقلته X", "حسبما أوردته X": the relative and its verb stand before
        # the source
        if _ends_in_relative(cue.key):
            words = words[1:]
        elif len(words) >= 2 and words[0].norm in _RELATIVE_MA:
            words = words[2:]
        # "وفق ما أفاد به X": a preposition carrying the relative's pronoun
        if words and words[0].norm in _RESUMPTIVE:
            words = words[1:]
        if not words:
            continue
        span = _noun_phrase(text, words[0].start, sentence.end, inside, source_starts, speech_starts)
        if span is None:
            continue
        chained = _chained_to(forward, text, cue)
        if chained is not None:
            # "كشفت الشبكة، نقلاً عن صحيفة ..., أن": the original source speaks for the
            # verb; "أكد الوزير، بحسب ما نقلت الوكالة، أن": the agency only relays him
            if _names_origin(cue.key) or is_reporter(forward[chained][1]):
                forward[chained] = (forward[chained][0], span, "cue")
        elif _is_leading(text, sentence, cue.word_start):
            forward.append((cue.word_start, span, "cue"))
        elif _is_aside(text, span, sentence):
            # "قتل ثلاثة، وفق الوزارة، في قصف ...": an aside covers the clause it interrupts
            backward.append((cue.word_start, span, "cue-aside"))
            aside_ends[cue.word_start] = _aside_end(text, span, sentence)
        else:
            backward.append((cue.word_start, span, "cue-postposed"))
    forward = [(at, _resumed_source(layer, sentence, span), how) for at, span, how in forward]
    backward = [(at, _resumed_source(layer, sentence, span), how) for at, span, how in backward]
    return _regions(sentence, sorted(forward, key=lambda f: f[0]), sorted(backward, key=lambda b: b[0]),
                    aside_ends, contrasts() if forward else ())


def _resumed_source(layer: TextLayer, sentence: Sentence, span: Span) -> Span:
    """"وأضاف المصدر أن ...": a bare definite source noun resumes the source named earlier
    in the article ("مصدر رفيع المستوى في الحركة"); that fuller phrase is the source."""
    words = _words(span.text, 0, len(span.text))
    if len(words) != 1 or not words[0].norm.startswith("ال"):
        return span
    head = words[0].norm[2:]
    if head not in _RESUMABLE_HEADS:
        return span
    forms = {head, head[:-2] + "ين" if head.endswith("ان") else head}
    text = layer.text
    earlier = [w for w in _words(text, 0, sentence.start)
               if w.norm.lstrip("وف") in forms and not w.definite]
    if not earlier:
        return span
    w = earlier[-1]
    start = w.start + (len(w.text) - len(w.text.lstrip("وف")) if w.norm not in forms else 0)
    where = layer.sentence_at(start)
    limit = where.end if where is not None else sentence.start
    phrase = _noun_phrase(text, start, limit, (), frozenset({start}), frozenset())
    if phrase is None or len(_words(phrase.text, 0, len(phrase.text))) < 2:
        return span
    return phrase


def _speaks_without_subject(text: str, cue: Match[str], sentence: Sentence) -> bool:
    """The speech verb introduces speech at once, with no subject between (a participle of
    saying may stand between: "وأضافت مؤكدة «...»"): a complementiser
    (after "إلى"/"على"/"أيضا"), a colon or a quote ("وأضافت أن", "وتابع: «...»"), or one
    after a channel aside ("وأضافت في بيانها أن", "وقال، خلال مؤتمر صحفي، إن")."""
    words = _words(text, cue.end, sentence.end)
    start = words[0].end if words and words[0].norm in _MANNER_WORDS else cue.end
    if start != cue.end:
        words = words[1:]
    after = text[start:sentence.end].lstrip()
    if after[:1] in (":", *_QUOTES):
        return True
    first = 1 if words and words[0].norm in _BRIDGE_WORDS else 0
    if len(words) > first and words[first].norm in _COMPLEMENTISERS:
        return True
    aside = after[:1] in ("،", ",") or (bool(words) and words[0].norm in _CHANNEL_PREPOSITIONS)
    if not aside:
        return False
    for w in words[1:ASIDE_WORDS]:
        if w.norm in _COMPLEMENTISERS:
            return True
    return False


def _previous_speaker(layer: TextLayer, sentence: Sentence, attribution_cues: list[Match[str]],
                      speech_cues: list[Match[str]], source_cues: list[Match[str]],
                      actors: Sequence[ActorMention], depth: int) -> Span | None:
    """The source governing the end of the sentence before this one, if that is a body
    sentence of the same text (a live blog's time stamp standing as a sentence of its own
    is passed over)."""
    sentences = layer.sentences
    i = next((k for k, s in enumerate(sentences) if s.start == sentence.start), None)
    if not i:
        return None
    while i > 1 and _is_stamp(layer.text, sentences[i - 1]):
        i -= 1
    previous = sentences[i - 1]
    if previous.is_headline:
        return None
    found = find_attributions(layer, previous, attribution_cues, speech_cues, source_cues,
                              actors, depth)
    last = _words(layer.text, previous.start, previous.end)
    source = attribution_at(found, last[-1].start) if last else None
    if source is None and depth == 1:
        source = _opening_subject(layer.text, previous, sentence, actors, source_cues, speech_cues)
    return source


def _opening_subject(text: str, previous: Sentence, sentence: Sentence,
                     actors: Sequence[ActorMention], source_cues: Sequence[Match[str]],
                     speech_cues: Sequence[Match[str]]) -> Span | None:
    """"أشادت الجبهة بالعملية ... . وقالت في بيان إن ...": a sentence with no source of its
    own whose first verb (a praise, a thanks, a charge: no verb of saying) has a named party
    for subject; a continued statement right after it, its verb of the same gender, is that
    party's.  The subject's first word must start an actor mention or a source noun."""
    words = _words(text, previous.start, previous.end)
    if not _tells_speech(text, words):
        return None
    inside = [a for a in actors if previous.start <= a.start and a.end <= previous.end]
    # "وكانت حماس، قد وصفت": the auxiliary stands for the verb, its subject follows it
    lead = 0 if words and words[0].norm in _AUXILIARIES else \
        next((i + 1 for i, w in enumerate(words[:LEAD_PHRASE_WORDS])
              if text[w.end:w.end + 1] in ("،", ",")), 0)
    if any(_mention_at(inside, w) is not None for w in words[:lead]):
        return None         # a subject before the comma, not a lead phrase
    words = words[lead:]
    if words and words[0].norm in ("كما", "وكما"):
        words = words[1:]
    if len(words) < 2:
        return None
    verb, head = words[0], words[1]
    continuing = _words(text, sentence.start, sentence.end)
    cue = next((w for w in continuing if any(c.word_start == w.start for c in speech_cues)), None)
    if cue is None or _is_feminine_verb(verb.norm) != _is_feminine_verb(cue.norm):
        return None
    source_starts = frozenset(c.start for c in source_cues if previous.start <= c.start < previous.end)
    mention = _mention_at(inside, head)
    if not (mention is not None and mention.kind not in _PLACE_KINDS
            or any(head.start <= s < head.end for s in source_starts)):
        return None
    # the verb's object after a preposition ("أشادت الحركة بالعملية") ends the subject
    limit = next((w.start for w in words[2:] if w.norm.startswith("بال")), previous.end)
    speech_starts = frozenset(c.word_start for c in speech_cues if previous.start <= c.start < previous.end)
    return _noun_phrase(text, head.start, limit, inside, source_starts, speech_starts)


def _tells_speech(text: str, words: Sequence[_Word]) -> bool:
    """Does the sentence report what its subject said, though by no verb of saying: a
    complementiser, a participle of saying ("مؤكدة أن"، "واصفا") or a quotation longer than
    a name?"""
    if any(w.norm in _COMPLEMENTISERS or w.norm in _MANNER_WORDS for w in words):
        return True
    return any(_quote_unit(text, w, words[-1].end) == 0 for w in words)


# Words of a lead phrase set off by a comma before the verb ("من جانبها،"، "وفي سياق متصل،").
LEAD_PHRASE_WORDS = 3
_PLACE_KINDS = frozenset({"capital"})


def _is_feminine_verb(n: str) -> bool:
    """A past verb's feminine ending ("أشادت"، "وقالت"); a pronoun suffix aside."""
    return n.endswith("ت")


def _chained_to(forward: list[tuple[int, Span, str]], text: str, cue: Match[str]) -> int | None:
    for i, (_, span, _how) in enumerate(forward):
        if span.end <= cue.word_start and not _words(text, span.end, cue.word_start):
            return i
    return None


def _regions(sentence: Sentence, forward: list[tuple[int, Span, str]],
             backward: list[tuple[int, Span, str]],
             aside_ends: dict[int, int], contrasts: Sequence[int] = ()) -> list[Attribution]:
    out: list[Attribution] = []
    for i, (pos, span, how) in enumerate(forward):
        end = forward[i + 1][0] if i + 1 < len(forward) else sentence.end
        # a contrasted clause after the source's content is the text's own ("، في حين ...")
        end = min([c for c in contrasts if max(pos, span.end) < c < end] + [end])
        out.append(Attribution(span, pos, end, how))
    left = sentence.start
    for pos, span, how in backward:
        # the part before the cue that no earlier speech verb or cue already governs
        start = max([left] + [min(a.end, pos) for a in out if a.start < pos])
        # an aside no speech verb governs goes on to the end of the clause it interrupts
        end = pos
        if how == "cue-aside" and not any(a.start < pos < a.end for a in out):
            end = min([f[0] for f in forward if f[0] > pos] + [aside_ends[pos]])
        if start < end:
            out.append(Attribution(span, start, end, how))
        left = end
    return sorted(out, key=lambda a: a.start)


def governing_attribution(attributions: Sequence[Attribution], pos: int) -> Attribution | None:
    """The attribution governing the text at ``pos``: the innermost stretch holding it."""
    holding = [a for a in attributions if a.start <= pos < a.end]
    return min(holding, key=lambda a: a.end - a.start) if holding else None


def is_reporter(source: Span) -> bool:
    """Is the source a medium or an informant ("صحيفة ..."، "مراسل ..."، "مصادر ...")
    rather than a party speaking for itself?  A reporter's nationality says nothing of
    whose statement it relays."""
    words = _words(source.text, 0, len(source.text))
    return bool(words) and _strip_clitics(words[0].norm) in _REPORTER_HEADS


def _strip_clitics(n: str) -> str:
    for prefix in ("وال", "فال", "بال", "ال", "و", "ف", "ب"):
        if n.startswith(prefix) and n[len(prefix):] in _REPORTER_HEADS:
            return n[len(prefix):]
    return n


def attribution_at(attributions: Sequence[Attribution], pos: int) -> Span | None:
    """The source governing the text at ``pos``."""
    governing = governing_attribution(attributions, pos)
    return governing.source if governing else None


def find_attribution(layer: TextLayer, sentence: Sentence, attribution_cues: list[Match[str]],
                     speech_cues: list[Match[str]], source_cues: list[Match[str]],
                     actors: Sequence[ActorMention] = ()) -> Span | None:
    """One source for the whole sentence: the first in text order (use ``find_attributions``
    and ``attribution_at`` for the source of one trigger's clause)."""
    found = find_attributions(layer, sentence, attribution_cues, speech_cues, source_cues, actors)
    return found[0].source if found else None
