"""The event coder: triggers in context -> typed, argued, dated, counted, sourced events."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from ..kb import default_kb
from ..recognize import Analysis
from ..recognize.actors import dominant_state
from ..recognize.places import Gazetteer, home_country, load_gazetteer
from ..records import ActorMention, Event, PlaceMention, Sentence, Span, TimeMention
from ..text.layer import TextLayer
from ..text.matcher import LexiconMatcher, Match
from ..text.normalize import normalize_key, normalize_string
from ..words import alternation, function_words
from .anaphora import referred_places
from .arguments import (
    PLACE_KINDS,
    PROTEST_SUPPORT_CUES,
    PROTEST_TARGET_CUES,
    STATE_FORCE_SECTORS,
    SUBJECTLESS_READINGS,
    TOWN_KINDS,
    Arguments,
    act_author,
    anchor_after_verb,
    attach,
    carried_subject,
    is_news_outlet,
    joined_clause_start,
    joined_clause_subject,
    joined_verb_takes_object,
    plain_verb_subject,
    possessed_form_in,
    spells_passive,
    stands_as_subject,
    verb_person,
    verbal_noun_lead,
    without_wing_parents,
)
from .arguments.protest import (
    genitive_protesters,
    named_protesters_over_places,
    protesters_after_venue,
    without_demanded_people,
    without_far_protesters,
    without_home_government,
    without_suppressors,
)
from .arguments.statements import without_reporting_correspondents
from .attribution import find_attributions, governing_attribution, is_reporter
from .context import Context, read_context
from .counts import attach_counts, find_counts, opens_another_fact
from .dating import assign_date, lead_sentence_date
from .lexicon import EventRules, TriggerSense, default_rules, default_trigger_matcher
from .merge import merge_events
from .mutual import clash_sides, is_clash, joined_fighters, make_mutual
from .setting import (
    MEETING_MODES,
    inherit_meeting_setting,
    is_own_venue,
    locate_meetings,
    meeting_venues,
    visit_destination,
)
from .structure import (
    CLAUSE_BREAK,
    COMMA,
    COMPLEMENTISER,
    STATE_KINDS,
    VOWELLED_WORD,
    Group,
    attached_prefix,
    build_groups,
    chain_from,
    clause_bounds,
    office_holder,
    word_text,
    words_between,
)

# Closed word classes from hadath/data/function_words.json, which says why each exists.
_WORDS = function_words()

# Words of an unknown speaker's name before the comma of his title in apposition.
APPOSITION_NAME_WORDS = 4
# What a protest is for or against: a place after them is the topic, not the venue.
_PURPOSE_WORDS = frozenset(normalize_string(w) for w in PROTEST_TARGET_CUES | PROTEST_SUPPORT_CUES)
# what a protest is for or against, in the wider sense its places are read with
# (people named for their cause, "تظاهر مؤيدون لفلسطين في نيويورك", are protesters, not a purpose)
_PROTEST_PURPOSE = frozenset(normalize_string(w) for w in PROTEST_TARGET_CUES | _WORDS.protest_purpose_words)
_PROTEST_SUPPORT = frozenset(normalize_string(w) for w in PROTEST_SUPPORT_CUES | _WORDS.protest_support_words)
_PROTEST_STRUCK = frozenset(normalize_string(w) for w in _WORDS.protest_struck_place_words)
_PROTEST_OCCASION = frozenset(normalize_string(w) for w in _WORDS.protest_occasion_words)
# "تحت شعار"، "رفعوا لافتات": a place after a slogan word is the slogan's, not the venue.
_PROTEST_SLOGAN = frozenset(normalize_string(w) for w in _WORDS.protest_slogan_words)
SPEECH_ACT_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE",
                              "CONCEDE"})
PARTICIPANT_BONUS = 0.1
COUNT_BONUS = 0.1
DATE_BONUS = 0.05
BARE_NOUN_PENALTY = 0.15
PRESENT_PENALTY = 0.1


class EventRescorer(Protocol):
    """Rescores a rule-coded candidate event (None: no model for its type)."""

    def confidence(self, rule_score: float, event: Event, layer: TextLayer) -> float | None: ...


@dataclass(slots=True)
class CoderOptions:
    include_nonfactual: bool = False
    min_confidence: float = 0.5
    skip_headline: bool = True
    # Events the sentence classifier scored must clear a slightly higher bar: on event_gsr
    # the mention-vs-report confusion is where false events come from.
    model_margin: float = 0.05


@dataclass(slots=True)
class _DocCues:
    neg: list[Match[str]]
    hyp: list[Match[str]]
    speech: list[Match[str]]
    attribution: list[Match[str]]
    sources: list[Match[str]]
    casualty: list[Match[str]]
    cumulative: list[Match[str]]
    instruments: list[Match[str]]
    goals: list[Match[str]]         # noun-goal cues (بشأن، التوصل إلى ...)
    home_country: str | None        # the document's own country (dateline, else dominant)
    dominant_state: str | None      # the state the document's parties mostly belong to


class EventCoder:
    def __init__(self, triggers: LexiconMatcher[TriggerSense] | None = None,
                 rules: EventRules | None = None, classifier: EventRescorer | None = None,
                 options: CoderOptions | None = None,
                 group_roots: Mapping[str, str] | None = None,
                 gazetteer: Gazetteer | None = None,
                 outsiders: frozenset[str] | None = None) -> None:
        self.triggers = triggers or default_trigger_matcher()
        self.rules = rules or default_rules()
        self.classifier = classifier
        self.options = options or CoderOptions()
        # armed groups and their top group, to keep two groups' attacks apart when merging
        self.group_roots = group_roots if group_roots is not None else default_kb().top_groups()
        # the places a definite place noun may refer back to ("القطاع" after "غزة")
        self.gazetteer = gazetteer or load_gazetteer()
        # mediators and foreigners (kb "outsider"): never the people of the place they are named at
        self.outsiders = default_kb().outsider_ids() if outsiders is None else outsiders

    # ------------------------------------------------------------------ public
    def code(self, analysis: Analysis) -> list[Event]:
        layer = analysis.layer
        view = layer.view
        r = self.rules
        speech = sorted(r.speech_verbs.longest(view) + _display_cues(layer, r), key=lambda m: m.start)
        cues = _DocCues(r.negation.longest(view), r.hypothetical.longest(view),
                        speech, r.attribution.longest(view),
                        r.source_nouns.longest(view), r.casualty.longest(view),
                        r.cumulative.longest(view),
                        r.instruments.longest(view) if r.instruments is not None else [],
                        r.noun_goal.longest(view) if r.noun_goal is not None else [],
                        home_country(layer, analysis.places), _dominant_state_of(analysis.actors))
        hits = _outside_names([h for h in self.triggers.longest(view) if h.value.form != "blocker"],
                              analysis.places, analysis.actors)
        lead_date = lead_sentence_date(analysis)
        events: list[Event] = []
        last_subject: list[ActorMention] = []
        last_statement: Event | None = None        # the last dated speech act
        for sentence in layer.sentences:
            if sentence.is_headline and self.options.skip_headline:
                continue
            s_hits = [h for h in hits if sentence.start <= h.start and h.end <= sentence.end]
            if not s_hits:
                continue
            coded = self._code_sentence(analysis, sentence, s_hits, cues, lead_date, last_subject,
                                        last_statement)
            events.extend(coded)
            last_subject = next((e.actor for e in reversed(coded) if e.actor), last_subject)
            last_statement = next((e for e in reversed(coded)
                                   if e.event in SPEECH_ACT_TYPES and e.date), last_statement)
        lead_index = next((s.index for s in layer.sentences if not s.is_headline), -1)
        venues = meeting_venues(events, analysis.places, analysis.actors, analysis.times, layer.text)
        events = merge_events(events, layer.text, lead_index, self.group_roots)
        locate_meetings(events, venues, layer)
        inherit_meeting_setting(events, layer, venues)
        kept = [e for e in events
                if e.confidence >= self.options.min_confidence
                + (self.options.model_margin if "/model:" in e.rule else 0.0)
                and (self.options.include_nonfactual or e.factual)]
        for i, e in enumerate(kept):
            e.index = i
        return kept

    # ------------------------------------------------------------------ per sentence
    def _code_sentence(self, analysis: Analysis, sentence: Sentence, hits: list[Match[TriggerSense]],
                       cues: _DocCues, lead_date: TimeMention | None,
                       last_subject: list[ActorMention], last_statement: Event | None) -> list[Event]:
        layer = analysis.layer
        text = layer.text
        actors = _beside_verb_triggers(text, [a for a in analysis.actors
                                              if sentence.start <= a.start and a.end <= sentence.end],
                                       hits)
        groups = without_wing_parents(text, build_groups(text, actors))
        speaker = _sentence_speaker(text, sentence, groups, cues.speech)
        counts = find_counts(layer, sentence, cues.casualty, analysis.numbers, analysis.times,
                             cues.cumulative)
        # all actors: a continued statement ("وأضافت أن ...") has its speaker in an earlier sentence
        attributions = find_attributions(layer, sentence, cues.attribution, cues.speech, cues.sources,
                                         analysis.actors)
        continued = any(a.how == "speech-continued" for a in attributions)
        times = [t for t in analysis.times if sentence.start <= t.start and t.end <= sentence.end
                 and t.kind == "date"]
        places = [p for p in analysis.places if sentence.start <= p.start and p.end <= sentence.end]
        referred = referred_places(text, sentence, layer.sentences, analysis.places, self.gazetteer)
        out: list[Event] = []
        contexts: dict[int, Context] = {}     # each hit's context, read once
        trigger_starts = frozenset(h.word_start for h in hits)

        def context_of(i: int) -> Context:
            if i not in contexts:
                h = hits[i]
                contexts[i] = read_context(layer, sentence, h.start, h.end, h.value.form,
                                           self.rules, cues.neg, cues.hyp, h.value.event, cues.goals)
            return contexts[i]

        # an outcome word (استشهد، مقتل) makes its own ASSAULT unless an attack is reported
        # beside it; an attack only alleged or planned ("بزعم محاولته تنفيذ عملية طعن") is not,
        # nor one told as another fact ("ارتفعت حصيلة المجزرة ...، في حين تدور اشتباكات")
        attacks = [h for i, h in enumerate(hits) if h.value.event == "ASSAULT"
                   and not h.value.outcome and context_of(i).factual]
        previous_verb: Event | None = None
        previous_form = ""
        weapons: list[Match[str]] = []      # "استهدفت مسيرة": the drone, not a march
        for i, hit in enumerate(hits):
            sense = hit.value
            if sense.outcome and _attack_beside(text, hit, attacks):
                continue
            if any(w.start < hit.end and hit.start < w.end for w in weapons):
                continue
            ctx = context_of(i)
            if ctx.discard:
                continue
            if sense.form == "reported":
                args = _reported_arguments(text, sentence, groups, hit, speaker, cues.speech)
                if args is None:
                    continue
            else:
                args = attach(text, sentence, groups, sense, hit.start, hit.end, speaker,
                              hidden_passive=spells_passive(hit.key, self.triggers.hidden_passive))
                if args.passive:
                    sense = replace(sense, form="passive")
                if sense.event == "ASSAULT" and _attack_noun_reading(text, sentence, hit, sense) \
                        and not _people_among(args.recipients):
                    args = self._with_outcome_victims(text, sentence, groups, hits, hit, speaker, args)
            if previous_verb is not None and _coordinated_predicate(text, hit, sense, args.how):
                # "توعد حزب الله إسرائيل ... وحملها المسؤولية": the second verb shares the
                # subject, and its pronoun object refers to the first verb's object
                args.actors = [g for g in groups if g.head in previous_verb.actor] or args.actors
                if _has_object_pronoun(text, hit):
                    args.recipients = [g for g in groups if g.head in previous_verb.recipient]
                args.how += "+coordinated"
            elif previous_verb is not None and _coordinated_verb_first(
                    text, hit, sense, args.how, groups, previous_verb, previous_form):
                # "زار الرئيس بيروت والتقى رئيس الحكومة": the subject is the first verb's,
                # the participant after the joined verb its object
                shared = [g for g in groups if g.head in previous_verb.actor]
                if shared and joined_verb_takes_object(text, args, hit.end, shared):
                    args.actors, args.recipients = shared, list(args.actors)
                    args.how += "+coordinated-object"
            elif _joined_verb_first(text, hit, sense, args.how):
                # "وصل الوزير إلى القاهرة والتقى الرئيس": joined to a verb that is no trigger
                shared = plain_verb_subject(text, sentence, groups, hit.start, hit.end, sense.form,
                                            trigger_starts)
                if previous_verb is not None:
                    shared = [g for g in shared if g.start > previous_verb.trigger.end]
                if shared and joined_verb_takes_object(text, args, hit.end, shared):
                    args.actors, args.recipients = shared, list(args.actors)
                    args.how += "+coordinated-plain-verb"
            if _object_read_as_subject(text, groups, hit, args):
                # "... واتهمت تل أبيب بارتكاب مجازر": the object; the subject is unnamed
                args.recipients, args.actors = list(args.actors), []
                if previous_verb is not None and hit.prefix.startswith(("و", "ف")):
                    args.actors = [g for g in groups if g.head in previous_verb.actor]
                args.how += "+object-first"
            if sense.event in STATEMENT_PARTY_TYPES and args.how.startswith("vso"):
                args = _with_subject_continuation(text, groups, args)
            if sense.event in ACT_AUTHOR_TYPES:
                args = _with_act_author(text, sentence, groups, hit, args)
            if not args.actors and _joins_clause_subject(sense, args.how):
                # "ارتكبت القوات مجزرة، ونسفت عشرات البيوت"، "... بعدما قصف منزلا": the
                # subject of the clause the verb is joined to, when no event carried it
                link = joined_clause_start(text, sentence, hit.start, hit.prefix)
                shared = [] if link is None else joined_clause_subject(
                    text, sentence, groups, link, verb_person(text[hit.start:hit.end], sense.form),
                    sense.form)
                if shared:
                    args.actors = [g for g in shared if g not in args.recipients]
                    args.how += "+joined-clause-subject"
            if not args.actors:
                # "أدانت الكويت ... . وطالبت مجلس الأمن": the subject of an earlier sentence
                carried = carried_subject(text, layer.sentences, sentence, analysis.actors,
                                          hit.start, hit.end, sense.form, hit.prefix, args.how)
                if carried:
                    args.actors, args.how = carried, args.how + "+carried-subject"
            sides = clash_sides(text, groups, hit.start, hit.end,
                                clause_bounds(text, sentence, hit.start)[1], args.actors) \
                if sense.event == "ASSAULT" else None
            if sides is not None:
                sides += [g for g in joined_fighters(text, sentence, groups, hit.start) if g not in sides]
            event = Event(
                doc_id=analysis.document.doc_id, index=len(out), event=sense.event, mode=sense.mode,
                trigger=Span(text[hit.start:hit.end], hit.start, hit.end), sentence=sentence,
                actor=_entities(args.actors), recipient=_entities(args.recipients),
                negated=ctx.negated, hypothetical=ctx.hypothetical,
                rule=f"{sense.id}/{sense.form}/{args.how}" + (f"/cues:{','.join(ctx.cues)}" if ctx.cues else ""),
            )
            event.actor = without_reporting_correspondents(text, event.actor, hit.start)
            event.recipient = without_reporting_correspondents(text, event.recipient, hit.start)
            antecedent = _relative_antecedent(text, hit, sense, out)
            if antecedent is not None:
                # "بقصف مدفعي استهدف قاربا": the verb describes the noun before it,
                # whose agent is its subject
                event.actor = list(antecedent.actor)
                event.recipient = [r for r in event.recipient
                                   if (r.country, r.id) not in {(a.country, a.id) for a in event.actor}]
                event.rule += "+relative"
            if event.event == "ASSAULT":
                weapon = _instrument_after(text, hit.end, cues.instruments, self.rules.instrument_window)
                if weapon is not None:
                    event.mode = weapon.value
                    weapons.append(weapon)
            assign_date(event, hit.start, sense.form, times, lead_date, analysis, trigger_starts)
            if event.date is None and last_statement is not None and event.event in SPEECH_ACT_TYPES \
                    and (continued or (sense.form == "reported"
                                       and _joined_speech_cue(text, sentence, cues.speech, hit.start))):
                # "اتهمت روسيا، الخميس، ... . وأضافت أن الرد سيكون قاسيا": said that day
                event.date, event.date_precision = last_statement.date, last_statement.date_precision
                event.date_span = last_statement.date_span
            event.location = _location(event, places, text, hit.start, hits, referred=referred)
            if event.event == "ASSAULT" and not event.actor:
                event.actor = _launching_country(event, places, text)
            local = _place_country_of_people(event, text, hit.end) or cues.home_country
            event.actor = _localised(event.actor, local, self.rules.local_sectors, self.outsiders)
            event.recipient = _localised(event.recipient, local, self.rules.local_sectors, self.outsiders)
            event.actor = _localised(event.actor, cues.dominant_state, PEOPLE_SECTORS, self.outsiders)
            event.recipient = _localised(event.recipient, cues.dominant_state, PEOPLE_SECTORS, self.outsiders)
            if event.event in PLACE_TARGET_TYPES:
                event.recipient = _recipients_with_place(event, hit.end, text, actors)
            attach_counts(event, counts, hit.start)
            governing = governing_attribution(attributions, hit.start)
            attribution = governing.source if governing else None
            # who draws criticism or a threat ("أثار الخطاب انتقادات") leaves its critics
            # unnamed: neither the last subject nor the sentence's speaker stands for them
            drawn = "+drawn" in args.how
            if not event.actor and not drawn and _continues_last_subject(hit, args.how, sentence):
                event.actor = _not_recipients(last_subject, event.recipient)
            if governing and governing.how.startswith("speech") and event.event in SPEECH_ACT_TYPES \
                    and not event.actor and not drawn and attribution.start < sentence.end \
                    and not is_reporter(attribution):
                # the speaker of a statement is its actor ("بحسب بيان" reports, it does not
                # speak; nor does a newspaper relaying what others said, nor one the event
                # already names as its recipient: "نفت إيران اتهامها بـ")
                event.actor = _not_recipients([a for a in _speakers(attribution, analysis.actors)
                                               if not is_news_outlet(a)], event.recipient)
            if attribution and not _is_own_statement(event, attribution, analysis.actors, text):
                event.attributed_to = attribution
            event.confidence = self._confidence(event, sense, hit, analysis, sentence)
            if sides is not None:
                # after scoring: the rescorer learnt clashes with their sides as recipients
                make_mutual(event, _localised(_entities(sides), local, self.rules.local_sectors, self.outsiders))
            if event.event == "ASSAULT":
                event.actor, event.recipient = _armed_groups_of_place(event)
                event.recipient = _soldiers_beside_foreign_target(event)
            if event.event == "PROTEST":
                # after scoring: the place tells who protested and whom a domestic protest
                # addresses; it is no evidence of a protest
                event.location = _location(event, places, text, hit.start, hits, read_purpose=True,
                                           referred=referred)
                purpose = _protest_purpose_start(event, text)
                _without_supported_or_struck_places(event, text, purpose)
                event.actor = without_suppressors(event, text)
                event.actor = _capital_people(without_far_protesters(event, text))
                placed = all(a.kind in PLACE_KINDS for a in event.actor)
                if placed or sense.form == "nouns":
                    # people named after the word are the protesters a place, or for a noun
                    # another participant of the sentence, was read for
                    protesters = genitive_protesters(event, text, actors) \
                        or (protesters_after_venue(event, text, actors) if placed else [])
                    if protesters:
                        event.actor = _localised(protesters, _venue_country(event) or cues.home_country,
                                                 self.rules.local_sectors, self.outsiders)
                        event.recipient = [r for r in event.recipient
                                           if (r.start, r.end) not in {(p.start, p.end) for p in protesters}]
                event.actor = named_protesters_over_places(event.actor, self.rules.local_sectors)
                event.recipient = without_demanded_people(event, text)
                event.recipient = without_home_government(event, text)
                if not event.actor:
                    event.actor = _protesters_of_place(event)
                if not event.recipient and not _about_another_country(event, places, text, purpose):
                    event.recipient = _host_government_of_place(event, text, actors)
            out.append(event)
            if sense.form in ("past", "present") and event.actor:
                previous_verb, previous_form = event, sense.form
        return out

    def _with_outcome_victims(self, text: str, sentence: Sentence, groups: list[Group],
                              hits: list[Match[TriggerSense]], hit: Match[TriggerSense],
                              speaker: list[Group], args: Arguments) -> Arguments:
        """"استشهد شاب فلسطيني برصاص قوات الاحتلال في طوباس": the outcome word the attack
        noun absorbs names the victims (its subject); without them the noun's target would
        fall back to the place."""
        for outcome in _outcomes_before(text, hits, hit):
            told = attach(text, sentence, groups, outcome.value, outcome.start, outcome.end, speaker,
                          hidden_passive=spells_passive(outcome.key, self.triggers.hidden_passive))
            # the outcome's subject after it ("استشهد شاب"، "باستشهاد 36 مدنيا"); one before it
            # may be another clause's subject ("أعلن الأطباء استشهادها")
            victims = [g for g in told.recipients if g.head.kind not in PLACE_KINDS
                       and g not in args.actors and outcome.end <= g.start < hit.start]
            if victims:
                return Arguments(args.actors, victims + args.recipients, args.how + "+outcome-victims",
                                 args.passive)
        return args

    def _confidence(self, event: Event, sense: TriggerSense, hit: Match[TriggerSense],
                    analysis: Analysis, sentence: Sentence) -> float:
        score = sense.strength
        if event.actor:
            score += PARTICIPANT_BONUS
        if any(r.kind != "place" for r in event.recipient):
            score += PARTICIPANT_BONUS
        if event.killed or event.injured or event.arrested:
            score += COUNT_BONUS
        if event.date_span:
            score += DATE_BONUS
        if sense.form == "nouns" and not (event.actor or event.recipient):
            score -= BARE_NOUN_PENALTY
        if sense.form == "present":
            score -= PRESENT_PENALTY
        if self.classifier is not None:
            rescored = self.classifier.confidence(score, event, analysis.layer)
            if rescored is not None:
                event.rule += f"/model:{rescored:.2f}"
                score = rescored
        return max(0.0, min(1.0, score))


VERB_FORMS = ("past", "present", "passive")


def _people_among(groups: list[Group]) -> bool:
    return any(g.head.kind not in PLACE_KINDS for g in groups)


def _outcomes_before(text: str, hits: list[Match[TriggerSense]],
                     attack: Match[TriggerSense]) -> list[Match[TriggerSense]]:
    """The outcome words told right before an attack noun of its clause, nearest first: the
    last one ("استشهد شاب برصاص الاحتلال"، "أصيب ثلاثة في غارة") and those joined before it
    ("استشهد شاب وأصيب آخرون برصاص": the wounded unnamed, the dead are the victims named).
    No other fact's opener and no other attack between; commas only around time adverbs
    ("استشهد شاب، فجر اليوم، برصاص"). Not before two-sided fighting, whose sides are all
    actors."""
    if is_clash(attack.key):
        return []
    chain: list[Match[TriggerSense]] = []
    end = attack.word_start
    for h in reversed([h for h in hits if h.end <= attack.start]):
        if not h.value.outcome or opens_another_fact(text, h.end, end) \
                or not _adverbial_breaks_only(text, h.end, end):
            break
        chain.append(h)
        end = h.start
    return chain


def _attack_beside(text: str, outcome: Match[TriggerSense], attacks: list[Match[TriggerSense]]) -> bool:
    """An attack trigger of the outcome's sentence that no other fact's opener (، في حين،
    ، كما ...) separates from it: the outcome is that attack's."""
    return any(not opens_another_fact(text, min(outcome.end, a.end), max(outcome.start, a.start))
               for a in attacks)


def _outside_names(hits: list[Match[TriggerSense]], places: list[PlaceMention],
                   actors: list[ActorMention]) -> list[Match[TriggerSense]]:
    """"اقتحمت القوات بلدة كفر دان"، "قالت منظمة العفو الدولية": a trigger word that is part
    of a place name, or of an organisation's name after its first word, names no event."""
    return [h for h in hits if not _inside_place(h, places) and not _inside_organization(h, actors)]


def _inside_place(hit: Match[TriggerSense], places: list[PlaceMention]) -> bool:
    """The hit starts within a place mention (wholly inside it, or running out of it)."""
    return any(p.start <= hit.start < p.end for p in places)


def _inside_organization(hit: Match[TriggerSense], actors: list[ActorMention]) -> bool:
    """The hit lies within an organisation's name, after its start.  A name that begins with
    the trigger is a verb the recogniser took in ("طالب الأمين العام"); a noun read as the
    object of a support verb outside the name is the event ("سحب القوات الإسرائيلية")."""
    if hit.value.id.endswith("+support"):
        return False
    return any(m.kind == "organization" and m.start < hit.start and hit.end <= m.end
               for m in actors)


def _is_verb_trigger(mention: ActorMention, hits: list[Match[TriggerSense]]) -> bool:
    """"طالب الوزير ..." read as a verb is no student: a people noun spelled like a verb
    trigger (the counted reading, "ثلاثة طلاب", drops the trigger instead) names nobody."""
    return mention.kind == "agent" and any(
        h.start <= mention.start and mention.end <= h.end
        and h.value.form in VERB_FORMS for h in hits)


def _beside_verb_triggers(text: str, mentions: list[ActorMention],
                          hits: list[Match[TriggerSense]]) -> list[ActorMention]:
    """The participants once the verb triggers are read as verbs: a mention inside a verb
    names nobody, one the recogniser fused with the country after the verb ("طالب روسيا"
    read as "students (Russia)") is that country, a participant of every verb of the
    sentence ("أدان الرئيس الهجوم وطالب روسيا بوقفه": Russia is the one condemned too)."""
    out: list[ActorMention] = []
    for m in mentions:
        if _is_verb_trigger(m, hits):
            continue
        out.append(next((a for h in hits if h.value.form in VERB_FORMS
                         and (a := anchor_after_verb(text, m, h.start, h.end)) is not None), m))
    return out


def _display_cues(layer: TextLayer, rules: EventRules) -> list[Match[str]]:
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


def _is_own_statement(event: Event, attribution: Span, actors: list[ActorMention], text: str) -> bool:
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
    speakers = _mentions_within(attribution, actors)
    if not _speaks_for_actor({s.country for s in speakers if s.country}, {a.country for a in event.actor}):
        return False
    return _names_actor(speakers, event.actor, text, attribution.end) \
        or _official_of_state_actor(speakers, event.actor)


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
    source."""
    if any(s.sector and s.sector not in OFFICIAL_SECTORS | UNMARKED_SECTORS for s in speakers):
        return False
    if not any(s.sector in OFFICIAL_SECTORS or s.kind in STATE_KINDS for s in speakers):
        return False
    countries = {s.country for s in speakers if s.country}
    return any(a.country in countries and _is_state_voice(a) for a in actor)


def _is_state_voice(actor: ActorMention) -> bool:
    return actor.kind in STATE_VOICE_KINDS \
        or (actor.kind in STATE_BODY_KINDS and actor.sector in OFFICIAL_SECTORS)


def _speaks_for_actor(speaker_countries: set[str], actor_countries: set[str | None]) -> bool:
    """The source is the actor's own voice only when every country it names is the actor's:
    "مسؤولون فلسطينيون وأميركيون" reporting what the US did is a source, not the US."""
    return bool(speaker_countries) and speaker_countries <= actor_countries


def _not_recipients(speakers: list[ActorMention], recipients: list[ActorMention]) -> list[ActorMention]:
    """The speakers that are not already the event's recipients: not the same body, nor of
    a state named as a recipient ("بكين ترفض اتهامها" said by a Chinese spokesman)."""
    taken = {(r.id, r.country) for r in recipients}
    states = {r.country for r in recipients if r.kind in STATE_KINDS and r.country}
    return [a for a in speakers if (a.id, a.country) not in taken and a.country not in states]


def _continues_last_subject(hit: Match[TriggerSense], how: str, sentence: Sentence) -> bool:
    """"... . وطالب بالإفراج عن المعتقلين": a sentence-initial verb joined by و/ف with no
    subject of its own continues the last named subject."""
    return hit.prefix.startswith(("و", "ف")) and hit.word_start - sentence.start <= 1 \
        and how.split("/")[0] in ("v", "v+pronoun-subject", "v+noun-complement")


def _relative_antecedent(text: str, hit: Match[TriggerSense], sense: TriggerSense,
                         earlier: list[Event]) -> Event | None:
    """A past verb right after an indefinite noun trigger of its type, with at most its
    adjectives between, is a relative clause on that noun ("بقصف إسرائيلي استهدف")."""
    if sense.form != "past" or hit.prefix or not earlier:
        return None
    noun = earlier[-1]
    if noun.event != sense.event or "/nouns/" not in noun.rule or not noun.actor:
        return None
    between = text[noun.trigger.end:hit.word_start]
    if CLAUSE_BREAK.search(between) or len(words_between(text, noun.trigger.end, hit.word_start)) > 2 \
            or any(w.startswith("ال") for w in between.split()) \
            or text[max(0, noun.trigger.start - 2):noun.trigger.start].endswith("ال"):
        return None
    return noun


def _instrument_after(text: str, t_end: int, instruments: list[Match[str]],
                      window: int) -> Match[str] | None:
    """"قصفت طائرات الاحتلال"، "استهدفت مسيرة إسرائيلية سيارة": the weapon named after an
    attack trigger, in its clause; its value is the attack's mode."""
    for m in instruments:
        if m.start < t_end:
            continue
        between = text[t_end:m.word_start]
        if CLAUSE_BREAK.search(between) or len(words_between(text, t_end, m.word_start)) > window:
            return None
        return m
    return None


def _place_country_of_people(event: Event, text: str, t_end: int) -> str | None:
    """The event's place, unless it belongs to what the event is about ("تظاهر الطلاب
    احتجاجا على الحرب في غزة" happens elsewhere)."""
    loc = event.location
    if loc is None:
        return None
    if any(r.kind == "country" and r.start <= loc.start < r.end for r in event.recipient):
        return None     # "هتفوا «الموت لأمريكا»": the country is the target, not the people's
    if loc.start > t_end and any(normalize_string(w) in _PURPOSE_WORDS
                                 for w in words_between(text, t_end, loc.start)):
        return None
    if event.event == "PROTEST" and loc.start > t_end and _supported_place(loc.start, text, event):
        return None     # "وقفة تضامنية مع غزة": whom the protesters stand with, not theirs
    return loc.country


def _localised(mentions: list[ActorMention], country: str | None,
               local_sectors: frozenset[str], outsiders: frozenset[str]) -> list[ActorMention]:
    """"تظاهر المواطنون أمام مبنى المحافظة في البصرة"، "طالبت الحكومة": people and bodies
    named without a country (citizens, students, the government, parliament) are those of
    the place the event happens in, else of the report's country.  Armies, armed groups,
    refugees and outsiders (mediators, foreigners: kb "outsider") are not assumed local."""
    if country is None:
        return mentions
    return [_with_country(m, country)
            if m.country is None and m.kind in ("agent", "institution") and m.sector in local_sectors
            and m.id not in outsiders else m for m in mentions]


def _speakers(attribution: Span, actors: list[ActorMention]) -> list[ActorMention]:
    """The named speakers inside a source phrase: the actors of a speech act that names
    none of its own ("وأضافت: «سنرد»" after "قالت المتحدثة باسم الخارجية الروسية ...")."""
    return [a for a in actors if attribution.start <= a.start and a.end <= attribution.end
            and (a.country or a.id)]


REPORTED_SUBJECT_GAP = 2     # words between the embedded subject and the predicate ("، هي")


def _reported_arguments(text: str, sentence: Sentence, groups: list[Group], hit: Match[TriggerSense],
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


def _joined_speech_cue(text: str, sentence: Sentence, speech: list[Match[str]], before: int) -> bool:
    """The sentence's verb of saying carries و/ف ("وأشار الوزير إلى أن ..."): the report goes on
    from the statement before, so an accusation it reports was made on that occasion."""
    cue = next((c for c in speech if sentence.start <= c.start and c.end <= before), None)
    return cue is not None and cue.prefix.startswith(("و", "ف"))


# Acts whose verb, joined to a clause with no event of its own ("ارتكبت القوات مجزرة،
# ونسفت ..."), goes on with that clause's subject; readings that name no subject, and the
# two that took a counted noun after a joined verb for a new subject or an object with no
# subject before it ("ونسفت عشرات البيوت").
JOINED_SUBJECT_TYPES = frozenset({"ASSAULT", "COERCE"})
JOINED_SUBJECT_READINGS = SUBJECTLESS_READINGS | {"v+unnamed-subject", "v+counted-object"}


def _joins_clause_subject(sense: TriggerSense, how: str) -> bool:
    return sense.event in JOINED_SUBJECT_TYPES and sense.form in ("past", "present") \
        and how in JOINED_SUBJECT_READINGS


def _coordinated_predicate(text: str, hit: Match[TriggerSense], sense: TriggerSense, how: str) -> bool:
    return sense.form in ("past", "present") and hit.prefix.startswith(("و", "ف")) \
        and not how.startswith("vso")


def _joined_verb_first(text: str, hit: Match[TriggerSense], sense: TriggerSense, how: str) -> bool:
    """A verb joined by و/ف, read verb-first with a subject after it, with no object pronoun."""
    return sense.form in ("past", "present") and hit.prefix.startswith(("و", "ف")) \
        and how == "vso" and not _has_object_pronoun(text, hit)


def _coordinated_verb_first(text: str, hit: Match[TriggerSense], sense: TriggerSense, how: str,
                            groups: list[Group], previous: Event, previous_form: str) -> bool:
    """A verb joined by و/ف to the verb before it, of its tense and agreement, with no
    object pronoun and no other subject between them, read verb-first with a subject after
    it: that subject may well be its object (see ``joined_verb_takes_object``)."""
    return sense.form == previous_form and _joined_verb_first(text, hit, sense, how) \
        and verb_person(text[hit.start:hit.end], sense.form) \
        == verb_person(previous.trigger.text, previous_form) \
        and _follows_clause_of(text, previous, groups, hit)


def _follows_clause_of(text: str, previous: Event, groups: list[Group],
                       hit: Match[TriggerSense]) -> bool:
    """Between the previous verb and ``hit`` stands no participant that may be the subject
    of a clause of its own ("... أعلنت الحركة بدء المعركة، فاقتحمت ..."): only the previous
    verb's participants, places, and participants behind a preposition or a noun."""
    own = previous.actor + previous.recipient
    spans = {(m.start, m.end) for m in own}
    ids = {m.id for m in own if m.id}

    def is_own(g: Group) -> bool:
        return g.head.kind in PLACE_KINDS or g.head.id in ids \
            or any((m.start, m.end) in spans for m in g.mentions)

    return not any(not is_own(g) and stands_as_subject(text, g, previous.trigger.end)
                   for g in groups if previous.trigger.end <= g.start and g.end <= hit.start)


def _has_object_pronoun(text: str, hit: Match[TriggerSense]) -> bool:
    return re.search(r"(ها|هم|ه)(?!\w)", text[hit.start:hit.end]) is not None


def _entities(chain: list[Group]) -> list[ActorMention]:
    seen: set[tuple] = set()
    out = []
    for g in chain:
        head = g.head
        if head.country is None and g.country is not None:
            head = _with_country(head, g.country)
        key = (head.id, head.country, head.sector, head.start)
        if key not in seen:
            seen.add(key)
            out.append(head)
    return out


def _with_country(m: ActorMention, country: str) -> ActorMention:
    return ActorMention(m.start, m.end, m.text, m.name, country, m.sector, m.id, m.kind,
                        m.rule + "+context-country")


# Sectors of the people a report names bare ("المتظاهرون"، "العمال"، "الجرحى"، "المعارضة")
# that are those of the state the report is clearly about when no place gives a country.
# Companies, courts, leaders and officials are left out: beside that state a report names
# foreign and international ones bare as often (world companies, the ICC prosecutor; wire
# texts, in sample).
PEOPLE_SECTORS = frozenset({"CVL", "LAB", "EDU", "MED", "OPP", "JRN", "AGR", "REL"})


def _dominant_state_of(actors: list[ActorMention]) -> str | None:
    """The state a report is clearly about by the parties it names (the standard bare office
    titles take it by: 5+ mentions, half of those naming a state)."""
    return dominant_state(a.country for a in actors)


def _title_in_apposition(between: str) -> bool:
    """"قال فلان الفلاني، مستشار وزير الدفاع ...": a name we do not know, a comma, then the
    title (at most one word, مستشار/نائب, before the known part)."""
    name, comma, title = max(between.rpartition("،"), between.rpartition(","), key=lambda p: len(p[0]))
    return bool(comma) and 0 < len(name.split()) <= APPOSITION_NAME_WORDS and len(title.split()) <= 1


def _sentence_speaker(text: str, sentence: Sentence, groups: list[Group],
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
    holder = office_holder(text, groups, i, lo)
    return chain_from(text, groups, i if holder is None else holder)


# Types whose victims are the people of the place they happen in (not protests, which
# have no target there, nor deployments).
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"})
TARGET_PLACE_PRECISIONS = ("neighbourhood", "city", "admin1", "region")


OBJECT_FIRST_VERBS = frozenset(normalize_string(w) for w in _WORDS.object_first_verbs)
OBJECT_FIRST_COMPLEMENTS = frozenset(normalize_string(w) for w in _WORDS.object_first_complements)
LEAD_TIME_WORDS = _WORDS.time_words


def _object_read_as_subject(text: str, groups: list[Group], hit: Match[TriggerSense],
                            args: Arguments) -> bool:
    """"واتهمت تل أبيب بارتكاب مجازر"، "التي حمّلت الأجهزة الأمنية المسؤولية": a verb whose
    object comes before its complement, read verb-first with one participant and nothing
    else named after it, right before that complement: the participant is the object."""
    if not args.how.startswith("vso") or not args.actors or args.recipients \
            or normalize_string(text[hit.start:hit.end]) not in OBJECT_FIRST_VERBS:
        return False
    end = args.actors[-1].end
    if args.actors[0].start < hit.end or CLAUSE_BREAK.search(text, hit.end, end):
        return False    # "اتهم الرئيس، فلان، الحكومة ب": a subject in apposition
    last = args.actors[-1].mentions
    if len(last) > 1 and last[-1].kind == "demonym" and last[-2].kind == "person":
        return False    # "حث الرئيس فلان الإسرائيليين على": the people after the name are the object
    lead = words_between(text, hit.end, args.actors[0].start)
    if lead and not lead[-1].startswith("ال") and lead[-1] not in LEAD_TIME_WORDS:
        return False    # "يحث حلفاء الرئيس على": the group is the genitive of the subject
    word = VOWELLED_WORD.search(text, end)
    if word is None or CLAUSE_BREAK.search(text, end, word.start()) \
            or any(g.start < word.end() and word.start() < g.end for g in groups):
        return False    # "اتهم الجيش بغزة": ب on a place, no complement
    complement = normalize_string(word_text(word))
    return complement in OBJECT_FIRST_COMPLEMENTS \
        or (complement.startswith("ب") and len(complement) > 3)


STATEMENT_PARTY_TYPES = frozenset({"REQUEST", "ACCUSE", "CONSULT", "REJECT", "SUPPORT", "THREATEN",
                                   "SANCTION", "AGREE", "AID", "CONCEDE"})
SUBJECT_ROLE_KINDS = frozenset({"institution", "agent"})
PEOPLE_PLURAL_ENDINGS = ("يين", "يون", "ين", "ون")


def _with_subject_continuation(text: str, groups: list[Group], args: Arguments) -> Arguments:
    """"طالب المجلس الوزاري لمجلس التعاون ..."، "اتهمت منظمات حقوقية فلسطينية ...": a
    participant written right after the verb's subject that only continues it (the body an
    office belongs to, an adjective of origin) was read as the verb's object; it joins the
    subject, whose country it gives when the subject has none; the object is then the
    participant right after it."""
    if not args.actors or not args.recipients:
        return args
    subject = args.actors[-1]
    taken = 0
    for g in args.recipients:
        if text[subject.end:g.start - len(attached_prefix(text, g.start))].strip() \
                or not _continues_subject(text, subject, g):
            break
        subject = Group(subject.mentions + g.mentions)
        taken += 1
    if not taken:
        return args
    args.actors = args.actors[:-1] + [subject]
    args.recipients = args.recipients[taken:] or _object_right_after(text, groups, subject)
    args.how += "+subject-continued"
    return args


def _object_right_after(text: str, groups: list[Group], subject: Group) -> list[Group]:
    """The participant written right after the subject, with its coordinated ones."""
    for i, g in enumerate(groups):
        if g.start >= subject.end:
            between = text[subject.end:g.start - len(attached_prefix(text, g.start))]
            return chain_from(text, groups, i) if not between.strip() else []
    return []


def _continues_subject(text: str, subject: Group, g: Group) -> bool:
    """The body after لـ that an office or a countryless body belongs to ("المنسق الخاص
    للأمم المتحدة")، or a bare adjective of origin agreeing with an indefinite subject
    ("منظمات حقوقية فلسطينية"; not a plural of people: "حمّلت منظمات الإسرائيليين")."""
    last = subject.mentions[-1]
    if attached_prefix(text, g.start).lstrip("وف").startswith("ل") \
            or g.mentions[0].text.startswith("لل"):
        return last.kind in SUBJECT_ROLE_KINDS or subject.country is None
    if len(g.mentions) != 1 or g.mentions[0].kind != "demonym":
        return False
    adjective = g.mentions[0].text
    subject_word = text[last.start:last.end].split()[-1]
    return not adjective.startswith("ال") and not subject_word.startswith("ال") \
        and not adjective.endswith(PEOPLE_PLURAL_ENDINGS)


ACT_AUTHOR_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE"})
RELATIVE_PRONOUN_WORDS = frozenset(_WORDS.relative_pronouns)


def _with_act_author(text: str, sentence: Sentence, groups: list[Group],
                     hit: Match[TriggerSense], args: Arguments) -> Arguments:
    """"نددت الوزارة بالقرار الذي أعلنه الوزير"، "رحبت بالحكم الذي أصدرته المحكمة": who
    took the condemned, rejected or welcomed act or decision, named in a relative clause on
    it, is the recipient.  A verbal noun in construct with that act ("إدانة المجزرة التي
    ارتكبها الجيش") had its author read as its own agent: it is the recipient there too."""
    c_end = clause_bounds(text, sentence, hit.start)[1]
    if "+relative-agent" in args.how and not args.recipients \
            and _construct_with_object(text, hit):
        args.recipients, args.actors = list(args.actors), []
        args.how += "+act-author"
        return args
    if args.recipients or "+relative-agent" in args.how:
        return args
    after = [g for g in args.actors if g.start >= hit.end]
    anchor = after[-1].end if after else hit.end
    author = [g for g in act_author(text, groups, anchor, c_end) if g not in args.actors]
    if author and not any(anchor <= g.start < author[0].start for g in groups):
        args.recipients = author
        args.how += "+act-author"
    return args


def _construct_with_object(text: str, hit: Match[TriggerSense]) -> bool:
    """The verbal noun has no article and the next word is a definite noun, its object
    ("إدانة المجزرة"), not an adjective of the noun ("الانتقادات الحادة")."""
    if "ال" in attached_prefix(text, hit.start) or normalize_string(text[hit.start:hit.end]).startswith("ال"):
        return False
    word = VOWELLED_WORD.search(text, hit.end)
    return word is not None and word_text(word).startswith("ال") \
        and word_text(word) not in RELATIVE_PRONOUN_WORDS


def _recipients_with_place(event: Event, t_end: int, text: str,
                           sentence_actors: list[ActorMention]) -> list[ActorMention]:
    """Material conflict in a named place: victims named without a country (جنود، مدنيون)
    are taken to be of the place's country (soldiers only when the fight does not show them
    to be the other side's: ``_soldiers_country``), and with no victim named at all the
    place's country is the target ("غارة على بلدة حولا" → LBN)."""
    if event.recipient:
        event = replace(event, recipient=_acted_on_for_towns(event, t_end, text))
    loc = event.location
    if loc is None or loc.country is None \
            or not (event.sentence.start <= loc.start < event.sentence.end):
        return event.recipient
    if loc.precision == "country":
        return _attacked_foreign_country(event, t_end)
    if loc.precision not in TARGET_PLACE_PRECISIONS:
        return event.recipient
    if event.recipient:
        soldiers = _soldiers_country(event, loc.country, sentence_actors)
        return [_victim_with_country(r, loc.country, soldiers) for r in event.recipient]
    acted_on = _acted_on_before(event, loc.start, loc.country, t_end, text)
    if acted_on is not None:
        return [acted_on]
    if any(a.country == loc.country for a in event.actor) \
            or (loc.start < t_end and not _undergoing_place(event, loc, text)
                and not _attacked_before(event, loc, text)):
        return []
    return [ActorMention(loc.start, loc.end, loc.text, loc.name, loc.country, None, None,
                         "place", "attacked-place")]


def _normalised(*groups: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize_string(w) for words in groups for w in words)


# What a raid, closure or arrest takes as object before the town it happens in: a building
# or one person named by role (read after one ال); words skipped before that object (counts,
# times) and words ending its phrase (prepositions, directions, place heads, times; not
# على, which normalised is also the name علي).
_ACTED_ON_BUILDINGS = _normalised(_WORDS.acted_on_building_nouns)
_ACTED_ON_PERSONS = _normalised(_WORDS.acted_on_person_heads)
_BEFORE_OBJECT = _normalised(_WORDS.number_words, _WORDS.quantity_words, _WORDS.time_words,
                             _WORDS.quantifier_subject_heads)
_OBJECT_PHRASE_ENDS = _normalised(_WORDS.locative_words, _WORDS.directions, _WORDS.place_heads,
                                  _WORDS.time_words, _WORDS.other_prepositions)
# at most so many words from the trigger (or its agent) to the town, and in the object's phrase
ACTED_ON_GAP_WORDS = 10
ACTED_ON_PHRASE_WORDS = 5


def _building_word(key: str) -> bool:
    """A building noun, bare or with a possessive pronoun ("منزله"، "منزلها")."""
    return key in _ACTED_ON_BUILDINGS or possessed_form_in(key, _ACTED_ON_BUILDINGS)


def _word_key(m: re.Match[str]) -> str:
    return normalize_string(word_text(m))


def _governed_phrase_end(key: str) -> bool:
    """"بالضفة"، "بمدينة": a word with a fused ب before ال or a phrase-ending word, not a
    word that starts with ب (بلدية)."""
    return key.startswith("ب") and (key[1:].startswith("ال") or key[1:] in _OBJECT_PHRASE_ENDS)


def _object_phrase_end(words: list[re.Match[str]]) -> int:
    """The end of the object's phrase: its head, and the words after it (a genitive, an
    adjective, a name) up to a preposition, a direction, a place head, a conjunction or a
    lone proclitic (the ب of "برام الله", whose town the words stop before)."""
    end = words[0].end()
    for w in words[1:ACTED_ON_PHRASE_WORDS]:
        key = _word_key(w)
        if len(key) < 2 or key in _OBJECT_PHRASE_ENDS or key.startswith("و") or _governed_phrase_end(key):
            break
        end = w.end()
    return end


def _acted_on_for_towns(event: Event, t_end: int, text: str) -> list[ActorMention]:
    """A town read as a coercion's object ("اقتحمت القوات منزلا في بلدة X" → X) gives way
    to the building or person named before it."""
    out: list[ActorMention] = []
    for r in event.recipient:
        acted_on = _acted_on_before(event, r.start, r.country, t_end, text) \
            if r.kind in TOWN_KINDS and r.country is not None else None
        out.append(r if acted_on is None else acted_on)
    return list({(m.start, m.end): m for m in out}.values())


def _acted_on_before(event: Event, place_start: int, country: str | None, t_end: int,
                     text: str) -> ActorMention | None:
    """"دهم الجنود ورشتي نجارة في بلدة X"، "أوقفت الشرطة الناشطة فلانة في مدينة Y":
    the first word after the trigger and its agent, in the same clause before the town, is
    a building or one person named by role; that is what was acted on, of the town's
    country, and the town is no recipient in its own right."""
    if event.event != "COERCE" or country is None:
        return None
    start = max([t_end] + [a.end for a in event.actor if t_end <= a.start < place_start])
    if place_start <= start or CLAUSE_BREAK.search(text, start, place_start):
        return None
    words = list(VOWELLED_WORD.finditer(text, start, place_start))
    if len(words) > ACTED_ON_GAP_WORDS:
        return None
    first = next((i for i, w in enumerate(words)
                  if not w.group().isdigit() and _word_key(w) not in _BEFORE_OBJECT), None)
    if first is None:
        return None
    head = _word_key(words[first])
    head = head[2:] if head.startswith("ال") and len(head) > 3 else head
    if _building_word(head):
        kind, rule = "place", "acted-on-building"
    elif head in _ACTED_ON_PERSONS:
        kind, rule = "agent", "acted-on-person"
    else:
        return None
    begin, end = words[first].start(), _object_phrase_end(words[first:])
    return ActorMention(begin, end, text[begin:end], None, country, None, None, kind, rule)


# attackers whose land the fight may be in without the soldiers they hit being theirs
FIGHTING_SECTORS = frozenset({"MIL", "REB"})


def _victim_with_country(victim: ActorMention, place_country: str,
                         soldiers_country: str | None) -> ActorMention:
    """A victim named without a country takes the place's, or, for soldiers, theirs."""
    if victim.country is not None or victim.kind != "agent":
        return victim
    country = soldiers_country if victim.sector in STATE_FORCE_SECTORS else place_country
    return victim if country is None else _with_country(victim, country)


def _soldiers_country(event: Event, place_country: str,
                      sentence_actors: list[ActorMention]) -> str | None:
    """The country of soldiers named without one, hit in a place of ``place_country``.
    "أعلنت الكتائب قتل جنود في جباليا": fighters attacking in their own land (the event's
    attackers, or with none named the sentence's armed groups) hit the other side's
    soldiers: the one state force of another country the sentence names (جيش الاحتلال،
    آليات الاحتلال), else none rather than their own.  With no attacker named (a town read
    as the agent names none) and no army of the place named, a foreign force the sentence
    names owns them ("أصيب 4 جنود في معارك برفح، في حين أعلن جيش الاحتلال"); otherwise
    they are the place's."""
    named = [a for a in event.actor if a.kind not in TOWN_KINDS]
    attackers = {a.country for a in named if a.country}
    forces = {m.country for m in sentence_actors if m.country and m.sector in STATE_FORCE_SECTORS}
    if not named and place_country in forces:
        return place_country
    foreign = forces - attackers - {place_country}
    fighters = named or sentence_actors
    if any(a.country == place_country and a.sector in FIGHTING_SECTORS for a in fighters):
        return next(iter(foreign)) if len(foreign) == 1 else None
    if not named and len(foreign) == 1:
        return next(iter(foreign))
    return place_country


# "تعرضت بلدة X لقصف"، "شهدت مدينة X غارات": the subject of a verb of undergoing or
# witnessing, before the trigger, is the place hit.
_UNDERGO_VERB = re.compile(rf"(?<!\w)[وف]?(?:{alternation(_WORDS.witness_verbs)}"
                           rf"|{alternation(_WORDS.victim_frames)})(?!\w)")
# words from the verb to the trigger: "تعرضت أطراف بلدات X وY وZ، صباح اليوم، لقصف"
UNDERGOER_WORDS = 12


_TARGET_BEFORE = re.compile(rf"(?<!\w){alternation(_WORDS.attack_target_prepositions)}\s*$")


def _attacked_before(event: Event, loc: PlaceMention, text: str) -> bool:
    """"بعد شهر من الحرب على غزة، كثف الجيش غاراته": a place named as what the war or
    attack is on, before the trigger, is the target of the attacks a foreign actor carries
    out after it (not of the defenders' own operations)."""
    return bool(event.actor) and all(a.country and a.country != loc.country for a in event.actor) \
        and _TARGET_BEFORE.search(text, max(0, loc.start - 8), loc.start) is not None


def _undergoing_place(event: Event, loc: PlaceMention, text: str) -> bool:
    """The place stands between a verb of undergoing or witnessing and the trigger, in the
    trigger's clause, a few words before it."""
    verbs = list(_UNDERGO_VERB.finditer(text, event.sentence.start, loc.start))
    if not verbs:
        return False
    verb = verbs[-1]
    between = text[verb.end():event.trigger.start]
    return len(between.split()) <= UNDERGOER_WORDS \
        and not opens_another_fact(text, verb.end(), event.trigger.start)


def _attacked_foreign_country(event: Event, t_end: int) -> list[ActorMention]:
    """"شنت تركيا غارة في العراق": a country's forces acting in another country named after
    the trigger, with no target of their own, act against that country."""
    loc = event.location
    if event.recipient or loc.start < t_end or not event.actor \
            or any(a.country is None or a.country == loc.country for a in event.actor):
        return event.recipient
    return [ActorMention(loc.start, loc.end, loc.text, loc.name, loc.country, None, None,
                         "place", "attacked-country")]


# armed groups named without a country ("المقاومة"، "الفصائل"): not assumed local in general
LOCAL_ARMED_SECTORS = frozenset({"REB"})


def _armed_groups_of_place(event: Event) -> tuple[list[ActorMention], list[ActorMention]]:
    """"اشتبكت المقاومة مع قوات الاحتلال في جنين": an armed group named without a country,
    fighting in a place where no other party of the attack belongs, is that place's.  Not
    when a place is the other side ("قصفت المقاومة مواقع بغلاف غزة": the group fires from
    its land into another's)."""
    loc = event.location
    if loc is None or loc.country is None:
        return event.actor, event.recipient
    known = [m for m in event.actor + event.recipient if m.country is not None]
    if any(m.country == loc.country or m.kind in PLACE_KINDS for m in known):
        return event.actor, event.recipient

    def localised(mentions: list[ActorMention]) -> list[ActorMention]:
        return [_with_country(m, loc.country) if m.country is None and m.sector in LOCAL_ARMED_SECTORS
                else m for m in mentions]
    return localised(event.actor), localised(event.recipient)


# what may follow a comma between an outcome and its attack noun: time adverbs, and the
# preposition that makes a past-spelled attack word a verbal noun ("، اليوم، في قصف")
_ADVERBIAL_AFTER_BREAK = _normalised(_WORDS.time_words, _WORDS.masdar_leads)


def _adverbial_breaks_only(text: str, start: int, end: int) -> bool:
    """Every clause break between ``start`` and ``end`` is a comma after which only time
    adverbs (or a verbal noun's preposition) come: the words after the first break do not
    open a clause of their own."""
    breaks = list(CLAUSE_BREAK.finditer(text, start, end))
    if not breaks:
        return True
    if not all(COMMA.fullmatch(b.group()) for b in breaks):
        return False
    return all(normalize_string(w) in _ADVERBIAL_AFTER_BREAK
               for w in VOWELLED_WORD.findall(text, breaks[0].end(), end))


def _attack_noun_reading(text: str, sentence: Sentence, hit: Match[TriggerSense],
                         sense: TriggerSense) -> bool:
    """An attack noun, or an attack word spelled like a past verb after a preposition that
    makes it a verbal noun ("استشهد شابان في قصف طائرة")."""
    if sense.form == "nouns":
        return True
    return sense.form == "past" and verbal_noun_lead(text, clause_bounds(text, sentence, hit.start)[0],
                                                      hit.start)


def _bare_forces(recipients: list[ActorMention]) -> list[ActorMention]:
    return [r for r in recipients if r.country is None and r.kind == "agent"
            and r.sector in STATE_FORCE_SECTORS]


def _with_forces_country(recipients: list[ActorMention], country: str) -> list[ActorMention]:
    return [_with_country(r, country) if r in _bare_forces(recipients) else r for r in recipients]


def _soldiers_beside_foreign_target(event: Event) -> list[ActorMention]:
    """"أسرت الكتائب جنوداً ومستوطنين إسرائيليين": soldiers or vehicles named without a
    country beside other people or forces hit, all of one country that no attacker has, are
    of that country.  Places beside them do not count: a town or region says where, not
    whose the soldiers are."""
    if not _bare_forces(event.recipient):
        return event.recipient
    attackers = {a.country for a in event.actor}
    beside = {r.country for r in event.recipient if r.country is not None and r.kind not in PLACE_KINDS}
    if len(beside) != 1 or beside & attackers:
        return event.recipient
    return _with_forces_country(event.recipient, next(iter(beside)))


def _protest_purpose_start(event: Event, text: str) -> int | None:
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


def _supported_place(start: int, text: str, event: Event) -> bool:
    """A place right after a word of support, or one word later ("داعمة لفلسطين"، "تضامنا
    مع غزة"، "تضامنية مع أهل غزة"): whom the protest stands with."""
    before = _previous_words(text, start - len(attached_prefix(text, start)), event.sentence.start, 3)
    return any(word in _PROTEST_SUPPORT
               or (word == "مع" and i + 1 < len(before) and before[i + 1] in _PROTEST_SUPPORT)
               for i, word in enumerate(before[:2]))


def _supported_or_struck_place(mention: ActorMention, text: str, event: Event, cut: int | None) -> bool:
    """A place named in a protest's purpose after a word of support ("داعمة لفلسطين"،
    "تضامنا مع غزة") or where the war or killing protested against happens ("الحرب على
    غزة"، "الجرائم في رفح") is neither the protesters nor whom the protest addresses."""
    if mention.kind not in PLACE_KINDS or mention.start < event.trigger.end:
        return False
    if _supported_place(mention.start, text, event):
        return True
    if cut is None or mention.start < cut:
        return False
    prefix = attached_prefix(text, mention.start)
    before = _previous_words(text, mention.start - len(prefix), event.sentence.start)
    return bool(before) and (before[0] in _PROTEST_STRUCK
                             or (prefix.endswith("ل") and before[0] in _PROTEST_PURPOSE))


def _without_supported_or_struck_places(event: Event, text: str, cut: int | None) -> None:
    """``cut``: where the protest's purpose starts (``_protest_purpose_start``)."""
    event.actor = [a for a in event.actor if not _supported_or_struck_place(a, text, event, cut)]
    event.recipient = [r for r in event.recipient if not _supported_or_struck_place(r, text, event, cut)]


def _about_another_country(event: Event, places: list[PlaceMention], text: str,
                           cut: int | None) -> bool:
    """"تظاهر المئات في مدينة ليون تنديدا بالقصف على لبنان": a protest about what happens
    in another country (a place from ``cut``, where its purpose starts) does not address
    its own government."""
    loc = event.location
    return loc is not None and any(
        p.country and p.country != loc.country and p.start < event.sentence.end
        and ((cut is not None and cut <= p.start)
             or (p.start > event.trigger.end and _supported_place(p.start, text, event)))
        for p in places)


def _capital_people(actors: list[ActorMention]) -> list[ActorMention]:
    """"شهدت العاصمة الفرنسية باريس مظاهرة": a capital that protests is its people, not the
    government it stands for elsewhere."""
    return [replace(a, sector="CVL") if a.kind == "capital" and a.sector == "GOV" else a for a in actors]


def _protesters_of_place(event: Event) -> list[ActorMention]:
    """A protest with no named protesters is by civilians of the place it happens in
    ("شهدت مدينة البصرة مظاهرة" → IRQ CVL)."""
    loc = event.location
    if loc is None or loc.country is None or not (event.sentence.start <= loc.start < event.sentence.end):
        return []
    return [ActorMention(loc.start, loc.end, loc.text, loc.name, loc.country, "CVL", None,
                         "place", "protesters-of-place")]


def _venue_country(event: Event) -> str | None:
    """The country of a protest's place when its sentence names it."""
    loc = event.location
    if loc is None or not (event.sentence.start <= loc.start < event.sentence.end):
        return None
    return loc.country


def _host_government_of_place(event: Event, text: str,
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


_PRECISION_RANK = {"neighbourhood": 0, "city": 1, "admin1": 2, "region": 3, "country": 4}
VERBAL_QUADS = (1, 3)


# "شهدت المدينة مظاهرة": the subject of a verb of witnessing is where the event happened.
_WITNESS_VERB = re.compile(rf"(?<!\w)[وف]?{alternation(_WORDS.witness_verbs)}(?!\w)")


def _witnessing_place(event: Event, places: list[PlaceMention], text: str,
                      t_start: int) -> PlaceMention | None:
    if "+support/" not in event.rule:
        return None     # the support verb was found within reach (asides skipped) by the matcher
    verbs = list(_WITNESS_VERB.finditer(text, event.sentence.start, t_start))
    if not verbs:
        return None
    verb = verbs[-1]
    between = [p for p in places if verb.end() <= p.start and p.end <= t_start]
    return min(between, key=lambda p: _PRECISION_RANK.get(p.precision, 5)) if between else None


# "قصفت موقعا في الجليل ردا على الاعتداء على بلدة ...": the places of the act answered are
# not where this one happened.
_CAUSE_CLAUSE = re.compile(rf"(?<!\w)[وف]?{alternation(_WORDS.retaliation_nouns)}[اًّ]*\s+(?:على|ل)")
# What a protest is against ("احتجاجا على"، "تنديدا بـ"، "وسط غضب متزايد من قرار X"): a place
# named there is what the protest is about, never where it is held.
_PROTEST_CAUSE = re.compile(rf"(?<!\w)[وف]?{alternation(_WORDS.protest_cause_nouns)}[اًّ]*(?:\s+\w+)?"
                            rf"(?:\s+{alternation(_WORDS.protest_cause_prepositions)}(?!\w)|\s+[بل])")


def _victims_country(event: Event) -> PlaceMention | None:
    """The country of the first victim named with one that is not the attacker's."""
    attackers = {a.country for a in event.actor}
    victim = next((r for r in event.recipient if r.country and r.country not in attackers), None)
    if victim is None:
        return None
    return PlaceMention(victim.start, victim.end, victim.text, victim.country, victim.country,
                        None, None, "country", f"iso:{victim.country}")


def _after_another_trigger(event: Event, hits: list[Match[TriggerSense]], place_start: int) -> bool:
    """"أدانت الوزارة قصف مدرسة في غزة"، "التقى الوزير نظيره لبحث الأوضاع في غزة": another
    event word of the sentence stands between the trigger and the place, whose clause the
    place belongs to.  A statement keeps the place of the meeting it was made at ("طالب
    البيان الختامي للقمة التي عقدت في الرياض")."""
    return any(event.trigger.end <= h.start and h.end <= place_start
               and h.value.form != "blocker"
               and not (event.event != "CONSULT" and h.value.event == "CONSULT"
                        and h.value.mode in MEETING_MODES)
               for h in hits)


MEETING_VENUE_WORDS = 5     # "للقمة العربية الإسلامية التي عقدت في X"


def _named_with_meeting(event: Event, hits: list[Match[TriggerSense]], text: str,
                        place: PlaceMention) -> bool:
    """"طالب البيان الختامي للاجتماع الطارئ في عمّان": a place a few words after a meeting
    word of the statement's sentence is the meeting's venue, where the statement was made
    (not a topic)."""
    if event.event == "CONSULT":
        return False    # its own venue is read by ``is_own_venue`` ("محادثات ... في غزة" is a topic)
    meetings = [h for h in hits if h.value.event == "CONSULT" and h.value.mode in MEETING_MODES
                and event.sentence.start <= h.start and h.end <= place.start]
    if not meetings:
        return False
    last = max(m.end for m in meetings)
    between = text[last:place.start]
    return len(between.split()) <= MEETING_VENUE_WORDS and not CLAUSE_BREAK.search(between)


def _outside_later_facts(places: list[PlaceMention], text: str, t_end: int) -> list[PlaceMention]:
    """"استشهد 22 فلسطينيا في غارات على رفح، في حين أفادت الإذاعة باعتقال 600 من مخيم جباليا":
    a place after a clause that opens another fact (في حين، فيما، كما ...) is that fact's,
    when the event's own stretch after its trigger names one.  (With only places before the
    trigger left, the old choice stays: the target country of an attack with no named sides
    is read from a place after the trigger.)"""
    kept = [p for p in places if p.start < t_end or not opens_another_fact(text, t_end, p.start)]
    return kept or places


def _vowelled(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` that lets harakat stand between their letters ("أُطلقت")."""
    return "(?:" + "|".join("[\u064B-\u0652]*".join(re.escape(c) for c in w) for w in words) + ")"


_LAUNCH_WORD = re.compile(rf"(?<!\w)[وفبل]?{_vowelled(_WORDS.launch_words)}(?!\w)")
# what may stand between the launch word and the place: its subject and object, then من and
# an optional direction ("أطلق حزب الله صاروخين من جنوب لبنان")
_LAUNCH_TAIL = re.compile(rf"((?:\s+[^\s،,؛;.:]+){{0,4}}?)\s+من\s+[\"“«']?"
                          rf"(?:{alternation(_WORDS.directions)}\s+)?$")
# words from the weapon (or the attack it made) to the launch word after it:
# "استهدافه بطائرة من دون طيار، أطلقت من لبنان"
LAUNCHED_WEAPON_WORDS = 6


def _launch_site(event: Event, place: PlaceMention, text: str) -> bool:
    """"أطلقت المقاومة صواريخ من شمال القطاع"، "اعترض صاروخا أطلق من اليمن": the place right
    after من closing a launch phrase is where the weapon left from, when the event's trigger
    is the launch, its weapon, or the attack the weapon made a few words before it."""
    for launch in _LAUNCH_WORD.finditer(text, event.sentence.start, place.start):
        tail = _LAUNCH_TAIL.fullmatch(text, launch.end(), place.start)
        if tail is None or any(w.startswith(_WORDS.release_objects) for w in tail.group(1).split()):
            continue
        t = event.trigger
        if launch.start() <= t.start < place.start:
            return True
        between = text[t.end:launch.start()]
        if t.end <= launch.start() and len(between.split()) <= LAUNCHED_WEAPON_WORDS \
                and not opens_another_fact(text, t.end, launch.start()):
            return True
    return False


def _launching_country(event: Event, places: list[PlaceMention], text: str) -> list[ActorMention]:
    """"أطلقت صواريخ من جنوب لبنان على الجليل": with no shooter named, the country the
    weapon left from stands for the attacker (as a reader takes "rockets from Lebanon"),
    when it is not the country hit: neither the event's place nor a victim's."""
    hit_countries = {r.country for r in event.recipient if r.country}
    if event.location is not None and event.location.country:
        hit_countries.add(event.location.country)
    site = next((p for p in places if p.country and p.country not in hit_countries
                 and _launch_site(event, p, text)), None)
    if site is None:
        return []
    return [ActorMention(site.start, site.end, site.text, site.name, site.country, None, None,
                         "place", "launch-site")]


_DETENTION_NOUN = re.compile(rf"(?<!\w)[وفبل]?(?:ال|ل)?{alternation(_WORDS.detention_nouns)}"
                             rf"\s*[\"“«']?\s*$")
DETENTION_REACH = 30    # characters before the place: "مركز احتجاز “X”"


def _detention_place(place: PlaceMention, text: str) -> bool:
    """"سجن عوفر"، "معتقل X": a place named right after a detention noun is where people are
    held.  After من it is where they came from ("أفرج عنهم من سجن X") and stays."""
    start = max(0, place.start - DETENTION_REACH)
    noun = _DETENTION_NOUN.search(text, start, place.start)
    return noun is not None and not text[start:noun.start()].rstrip().endswith("من")


# words from a detention place to a place locating it: "معتقل X العسكري بصحراء النقب"
DETENTION_SETTING_WORDS = 4


def _held_places(places: list[PlaceMention], text: str, t_end: int) -> list[PlaceMention]:
    """The detention places named after an arrest trigger, with the places that locate
    them right after, in their clause ("نقلوا إلى معتقل X في النقب")."""
    held = [p for p in places if p.start >= t_end and _detention_place(p, text)]
    return [p for p in places if p in held
            or any(h.end <= p.start and len(text[h.end:p.start].split()) <= DETENTION_SETTING_WORDS
                   and not CLAUSE_BREAK.search(text, h.end, p.start) for h in held)]


def _without_launch_and_detention_places(event: Event, places: list[PlaceMention],
                                         text: str) -> list[PlaceMention]:
    """An attack did not happen where its rocket was launched from; an arrest did not
    happen in the prison the arrested were taken to, named after the trigger."""
    if event.event == "ASSAULT":
        places = [p for p in places if not _launch_site(event, p, text)]
    if event.event == "COERCE" and event.mode == "arrest":
        held = _held_places(places, text, event.trigger.end)
        places = [p for p in places if p not in held]
    return places


def _location(event: Event, places: list[PlaceMention], text: str, t_start: int,
              hits: list[Match[TriggerSense]], read_purpose: bool = False,
              referred: Sequence[PlaceMention] = ()) -> PlaceMention | None:
    """The event's place among the sentence's (``_sentence_location``).  ``referred``: the
    places the sentence refers back to ("اقتحمت القوات المدينة", ``anaphora``); they are
    candidates only when the sentence's own places give none below country level, and are
    taken only when the same choice among all of them picks one.  Over a country the
    sentence names (often a party's: "تواصل إسرائيل قصف القطاع") only one of the trigger's
    own clause counts: the Strip of a later sentence-like clause is no better than the
    country ("خطف المسلحون رهائن من بلدة إسرائيلية. ثم بدأ الجيش هجومه على القطاع")."""
    found = _sentence_location(event, places, text, t_start, hits, read_purpose)
    if not referred or (found is not None and found.precision != "country"):
        return found
    if any(found is p for p in places):
        referred = [r for r in referred if not _in_another_clause(r, text, event.trigger)]
        if not referred:
            return found
    everything = sorted([*places, *referred], key=lambda p: p.start)
    chosen = _sentence_location(event, everything, text, t_start, hits, read_purpose)
    return chosen if chosen is not None and any(chosen is r for r in referred) else found


def _sentence_location(event: Event, places: list[PlaceMention], text: str, t_start: int,
                       hits: list[Match[TriggerSense]], read_purpose: bool = False) -> PlaceMention | None:
    """Material events happen where the sentence says; a visit where it goes; a statement
    or meeting only has a place when one is introduced by في/ب in the trigger's own clause
    (a topic such as "مفاوضات ... في قطاع غزة" is not where the talks were held).  A
    meeting's venue named elsewhere, and the place of statements made at it, come later
    (``setting``).  ``read_purpose``: a protest's place is read before what the protest is
    for or against in the wider sense (``_protest_purpose_start``); the rescorer learnt the
    narrower reading, so the coder asks for it only once the event is scored."""
    if not places:
        return None
    witnessed = _witnessing_place(event, places, text, t_start)
    if witnessed is not None:
        return witnessed
    if event.event == "ASSAULT":
        # "قصفت إسرائيل ...": a country named as the attacker is not where the attack was;
        # with no other place, the victims' country is
        unnamed = [p for p in places if not (p.precision == "country" and p.end <= t_start
                                             and any(a.start == p.start and p.end == a.end
                                                     for a in event.actor))]
        if not unnamed:
            return _victims_country(event)
        places = unnamed
    destination = visit_destination(event, places, text)
    if destination is not None:
        return destination
    if event.quad in VERBAL_QUADS:
        c_start, c_end = clause_bounds(text, event.sentence, t_start)
        places = [p for p in places if c_start <= p.start < c_end and p.start > t_start
                  and p.precision in ("city", "neighbourhood")
                  and not _after_another_trigger(event, hits, p.start)
                  and ((attached_prefix(text, p.start).endswith("ب")
                        or text[max(0, p.start - 4):p.start].strip().endswith("في"))
                       and (event.mode == "visit" or is_own_venue(event, p, text)
                            or _named_with_meeting(event, hits, text, p))
                       # a visit takes place where the visitor goes ("زيارته إلى طهران")
                       or (event.mode == "visit"
                           and text[max(0, p.start - 4):p.start].strip().endswith(("إلى", "الى"))))]
        if not places:
            return None
    else:
        own = _without_launch_and_detention_places(event, places, text)
        if len(own) < len(places):
            # with the launch site or prison gone, a place of another fact is no fallback
            own = [p for p in own if p.start < event.trigger.end
                   or not opens_another_fact(text, event.trigger.end, p.start)]
            if not own:
                return _victims_country(event) if event.event == "ASSAULT" else None
            places = own
        else:
            places = _outside_later_facts(places, text, event.trigger.end)
    cause = _CAUSE_CLAUSE.search(text, t_start, event.sentence.end)
    if event.event == "PROTEST":
        against = _PROTEST_CAUSE.search(text, event.sentence.start, event.sentence.end)
        cut = against.start() if against else None
        if read_purpose:
            cut = min((x for x in (cut, _protest_purpose_start(event, text)) if x is not None), default=None)
        if cut is not None:
            places = [p for p in places if p.start < cut]
        if read_purpose:
            places = [p for p in places if not _supported_place(p.start, text, event)]
        if (cut is not None or read_purpose) and not places:
            return None
    before_cause = [p for p in places if p.start < cause.start()] if cause else places
    after = [p for p in before_cause if p.start >= t_start] or before_cause or places
    return _best_place(after, text, event.trigger)


# The rank of a place (lowest first) by its precision, in the trigger's clause and in
# another clause (punctuation between them): a town of the trigger's clause beats a district
# named in another one ("دفعت بتعزيزات إلى مدينة X، وسط اشتباكات في مخيم Y"), a governorate
# beats a town; a place inside a region still beats the region (a town named after the
# comma usually tells where in it the event was), and a whole country comes last.
_CLAUSE_RANK = {"neighbourhood": (0.0, 1.5), "city": (1.0, 2.5), "admin1": (2.0, 2.75),
                "region": (3.0, 4.5), "country": (5.0, 6.5)}
_UNKNOWN_PRECISION_RANK = (7.0, 8.0)


def _in_another_clause(place: PlaceMention, text: str, trigger: Span) -> bool:
    lo, hi = (trigger.end, place.start) if place.start >= trigger.end else (place.end, trigger.start)
    return hi > lo and CLAUSE_BREAK.search(text, lo, hi) is not None


def _best_place(places: list[PlaceMention], text: str, trigger: Span) -> PlaceMention:
    """The most specific place, those of the trigger's clause first (``_CLAUSE_RANK``), then
    the nearest.  A place of another clause in a country none of the trigger's clause's
    places below country level lies in comes after all of them: "استمر القصف على القطاع،
    بينما تستضيف العاصمة المصرية جولة محادثات" happened in the Strip.  (A country of the
    trigger's clause is often the actor's, "المقاومة في لبنان", so it does not count.)"""
    other = {id(p) for p in places if _in_another_clause(p, text, trigger)}
    own_countries = {p.country for p in places if id(p) not in other and p.precision != "country"}

    def rank(p: PlaceMention) -> tuple[bool, float, int]:
        own_rank, other_rank = _CLAUSE_RANK.get(p.precision or "", _UNKNOWN_PRECISION_RANK)
        if id(p) not in other:
            return (False, own_rank, abs(p.start - trigger.start))
        return (bool(own_countries) and p.country not in own_countries, other_rank, abs(p.start - trigger.start))

    return min(places, key=rank)
