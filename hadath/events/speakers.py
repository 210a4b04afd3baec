"""Reported speech: who speaks in a sentence, what a clause reported under a verb of saying
argues, and whether a statement's source is its actor's own voice."""
from __future__ import annotations

from ..records import ActorMention, Event, Sentence, Span
from ..text.layer import TextLayer
from ..text.matcher import Match
from ..text.normalize import normalize_key, normalize_string
from .arguments import Arguments
from .attribution import is_reporter
from .lexicon import EventRules, TriggerSense
from .structure import (
    COMPLEMENTISER,
    STATE_KINDS,
    VOWELLED_WORD,
    Group,
    chain_from,
    office_chain,
    words_between,
)

# Words of an unknown speaker's name before the comma of his title in apposition.
APPOSITION_NAME_WORDS = 4
SPEECH_ACT_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE",
                              "CONCEDE"})


def display_cues(layer: TextLayer, rules: EventRules) -> list[Match[str]]:
    """Verbs of showing that introduce what they show, as a speech verb introduces what is
    said ("عرضت الكتائب مشاهد من استهداف دبابة"): those with a display noun (مشاهد، صورا،
    فيديو) a few words after them in their sentence.  Without one they deploy or offer
    ("نشر قوات"، "عرض مبادرة")."""
    if rules.display_verbs is None:
        return []
    text = layer.text
    out: list[Match[str]] = []
    for verb in rules.display_verbs.longest(layer.view):
        sentence = layer.sentence_at(verb.start)
        end = sentence.end if sentence is not None else len(text)
        following = VOWELLED_WORD.findall(text, verb.end, end)[:rules.display_window]
        if any(_noun_forms(w) & rules.display_nouns for w in following):
            out.append(verb)
    return out


def _noun_forms(word: str) -> set[str]:
    """A word's key with and without a leading و/ف and the article ("والصور" → صور)."""
    key = normalize_key(word)
    bare = key[1:] if len(key) > 3 and key[0] in "وف" else key
    return {key, bare, bare[2:] if bare.startswith("ال") and len(bare) > 4 else bare}


def is_own_statement(event: Event, attribution: Span, actors: list[ActorMention], text: str) -> bool:
    """A speech act's speaker is its actor, not its source ("أكد وزير الدفاع الإيراني أن
    إيران تدعم ..." has no source); a third party reporting it ("أفادت القناة بأن الوزير
    طالب ..."، "قالت هيئة عائلات الأسرى إن رئيس الحكومة يرفض ...") stays the source, even
    when it is of the actor's country."""
    if event.event not in SPEECH_ACT_TYPES:
        return False
    if any(a.start < attribution.end and attribution.start < a.end for a in event.actor):
        return True
    if is_reporter(attribution):
        return False        # a newspaper of the actor's country is not the actor speaking
    named = _mentions_within(attribution, actors)
    if not _speaks_for_actor({s.country for s in named if s.country}, {a.country for a in event.actor}):
        return False
    return _names_actor(named, event.actor, text, attribution.end) \
        or _official_of_state_actor(named, event.actor)


# Sectors whose people speak for their state, its government or its army.
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "SPY"})
# Sectors that say nothing of whom a speaker speaks for ("قيادي"، "الناطق").
UNMARKED_SECTORS = frozenset({"ELI", "UNK"})
# Actors that an official of their country speaks for: the state, or a governing body or
# an army of it ("الحكومة"، "الجيش الإسرائيلي").
STATE_VOICE_KINDS = STATE_KINDS | {"demonym"}
STATE_BODY_KINDS = frozenset({"institution", "organization"})


def _mentions_within(span: Span, actors: list[ActorMention]) -> list[ActorMention]:
    return [a for a in actors if span.start <= a.start and a.end <= span.end]


def _names_actor(speakers: list[ActorMention], actor: list[ActorMention], text: str, source_end: int) -> bool:
    """The source names the actor itself: the same entity ("قالت حماس إن الحركة ترفض")
    or the actor's name set in apposition right after it ("قال القيادي في الحركة، فلان،
    إن ...")."""
    ids = {s.id for s in speakers if s.id}
    names = {normalize_string(s.text) for s in speakers}
    return any(a.id in ids or normalize_string(a.text) in names
               or (a.start >= source_end and not text[source_end:a.start].strip(" ،,"))
               for a in actor)


def _official_of_state_actor(speakers: list[ActorMention], actor: list[ActorMention]) -> bool:
    """An official speaking of what their own state, government or army did is that actor's
    voice ("أكد وزير الخارجية أن بلاده ترفض"); a body of another sector of the same
    country (families of captives, a broadcaster, a former captive) reporting it is a
    source.  So is an official reporting what his state did together with others ("أكد
    المبعوث الأمريكي أن واشنطن والقاهرة تواصلان ..."): he speaks for his own state, not for
    the joint actor."""
    if any(s.sector and s.sector not in OFFICIAL_SECTORS | UNMARKED_SECTORS for s in speakers):
        return False
    if not any(s.sector in OFFICIAL_SECTORS or s.kind in STATE_KINDS for s in speakers):
        return False
    countries = {s.country for s in speakers if s.country}
    return all(a.country in countries for a in actor) \
        and any(_is_state_voice(a) for a in actor)


def _is_state_voice(actor: ActorMention) -> bool:
    return actor.kind in STATE_VOICE_KINDS \
        or (actor.kind in STATE_BODY_KINDS and actor.sector in OFFICIAL_SECTORS)


def _speaks_for_actor(speaker_countries: set[str], actor_countries: set[str | None]) -> bool:
    """The source is the actor's own voice only when every country it names is the actor's:
    "مسؤولون فلسطينيون وأميركيون" reporting what the US did is a source, not the US."""
    return bool(speaker_countries) and speaker_countries <= actor_countries


def not_recipients(speakers: list[ActorMention], recipients: list[ActorMention]) -> list[ActorMention]:
    """The speakers that are not already the event's recipients: not the same body, nor of
    a state named as a recipient ("بكين ترفض اتهامها" said by a Chinese spokesman)."""
    taken = {(r.id, r.country) for r in recipients}
    states = {r.country for r in recipients if r.kind in STATE_KINDS and r.country}
    return [a for a in speakers if (a.id, a.country) not in taken and a.country not in states]


def speakers(attribution: Span, actors: list[ActorMention]) -> list[ActorMention]:
    """The named speakers inside a source phrase: the actors of a speech act that names
    none of its own ("وأضافت: «سنرد»" after "قالت المتحدثة باسم الخارجية الروسية ...")."""
    return [a for a in _mentions_within(attribution, actors) if a.country or a.id]


REPORTED_SUBJECT_GAP = 2     # words between the embedded subject and the predicate ("، هي")


def reported_arguments(text: str, sentence: Sentence, groups: list[Group], hit: Match[TriggerSense],
                        speaker: list[Group], speech: list[Match[str]]) -> Arguments | None:
    """"أكد الوزير أن الحكومة هي المسؤولة عن ...": an accusatory predicate in a clause
    reported under a verb of saying is an accusation by the speaker against the clause's
    subject. Without a verb of saying, a complementizer or a named subject it is no event; a
    speaker told by a pronoun ("أنها صرحت مرارا أن الحكومة هي من تعرقل") leaves the actor
    to be found as for other speech acts."""
    cue = next((c for c in speech if sentence.start <= c.start and c.end <= hit.start), None)
    if cue is None:
        return None
    comps = list(COMPLEMENTISER.finditer(text, cue.end, hit.word_start))
    if not comps:
        return None
    c_end = comps[-1].end()
    subject = [g for g in groups if c_end <= g.start and g.end <= hit.word_start
               and len(words_between(text, g.end, hit.word_start)) <= REPORTED_SUBJECT_GAP]
    if not subject:
        return None
    first = next(i for i, g in enumerate(groups) if g.start >= c_end)
    chain = [g for g in chain_from(text, groups, first) if g.end <= hit.word_start]
    # the chain from the clause's first participant counts only when it reaches the
    # predicate ("أن "إخوة المحور ... ضد الكيان، الذي ارتكب": the relative's antecedent)
    recipients = chain if subject[-1] in chain else subject[-1:]
    # a "speaker" found inside the reported clause is its subject, not who speaks
    if not [g for g in speaker if g.end <= c_end]:
        return Arguments([], recipients, "reported+unnamed-speaker")
    actors = [g for g in speaker if g not in recipients]
    if not actors:
        return None
    return Arguments(actors, recipients, "reported")


def joined_speech_cue(text: str, sentence: Sentence, speech: list[Match[str]], before: int) -> bool:
    """The sentence's verb of saying carries و/ف ("وأشار الوزير إلى أن ..."): the report goes on
    from the statement before, so an accusation it reports was made on that occasion."""
    cue = next((c for c in speech if sentence.start <= c.start and c.end <= before), None)
    return cue is not None and cue.prefix.startswith(("و", "ف"))


def _title_in_apposition(between: str) -> bool:
    """"قال فلان الفلاني، مستشار وزير الدفاع ...": a name we do not know, a comma, then the
    title (at most one word, مستشار/نائب, before the known part)."""
    name, comma, title = max(between.rpartition("،"), between.rpartition(","), key=lambda p: len(p[0]))
    return bool(comma) and 0 < len(name.split()) <= APPOSITION_NAME_WORDS and len(title.split()) <= 1


def sentence_speaker(text: str, sentence: Sentence, groups: list[Group],
                      speech: list[Match[str]]) -> list[Group]:
    """The subject of the sentence's first verb of saying, or of a sentence-initial verb."""
    for cue in speech:
        if not (sentence.start <= cue.start < sentence.end):
            continue
        for i, g in enumerate(groups):
            if g.start < cue.end:
                continue
            gap = len(words_between(text, cue.end, g.start))
            if gap <= 2 or _title_in_apposition(text[cue.end:g.start]):
                return _speaking_group(text, groups, i, cue.end)
            break
        break
    first_words = words_between(text, sentence.start, sentence.end)[:1]
    if groups and first_words and len(words_between(text, sentence.start, groups[0].start)) <= 1:
        return _speaking_group(text, groups, 0, sentence.start)
    return []


def _speaking_group(text: str, groups: list[Group], i: int, lo: int) -> list[Group]:
    """The speaker's chain from group ``i``; an office without a country ("زعيم حزب ...
    الإسرائيلي، فلان") speaks through its holder or body."""
    return office_chain(text, groups, i, lo)
