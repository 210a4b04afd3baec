"""The event coder: triggers in context -> typed, argued, dated, counted, sourced events."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Protocol

from ..kb import default_kb
from ..recognize import Analysis
from ..recognize.places import Gazetteer, home_country, load_gazetteer
from ..records import ActorMention, Event, Sentence, Span, TimeMention
from ..text.layer import TextLayer
from ..text.matcher import LexiconMatcher, Match
from .anaphora import referred_places
from .arguments import (
    PLACE_KINDS,
    Arguments,
    attach,
    carried_subject,
    is_news_outlet,
    joined_clause_start,
    joined_clause_subject,
    joined_verb_takes_object,
    plain_verb_subject,
    spells_passive,
    verb_person,
    weapon_agents,
    without_wing_parents,
)
from .arguments.continuation import (
    ACT_AUTHOR_TYPES,
    STATEMENT_PARTY_TYPES,
    object_read_as_subject,
    with_act_author,
    with_subject_continuation,
)
from .arguments.coordination import (
    continues_last_subject,
    coordinated_predicate,
    coordinated_verb_first,
    has_object_pronoun,
    joined_verb_first,
    joins_clause_subject,
    relative_antecedent,
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
from .counts import attach_counts, find_counts
from .dating import assign_date, lead_sentence_date, time_to_come
from .hits import (
    attack_beside,
    attack_noun_of_relative,
    attack_noun_reading,
    beside_verb_triggers,
    instrument_after,
    outcomes_across_asides,
    outcomes_before,
    outside_names,
    people_among,
)
from .lexicon import EventRules, TriggerSense, default_rules, default_trigger_matcher
from .location import location
from .merge import merge_events
from .mutual import (
    clash_sides,
    joined_fighters,
    make_mutual,
    raiding_side,
    reporting_parties,
)
from .party_places import (
    PEOPLE_SECTORS,
    PLACE_TARGET_TYPES,
    SETTING_SECTORS,
    armed_groups_home,
    armed_groups_of_home,
    armed_groups_of_place,
    dominant_state_of,
    launching_country,
    localised,
    place_country_of_people,
    recipients_with_place,
    sides_hit_over_towns,
    short_report_setting,
    soldiers_beside_foreign_target,
    soldiers_of_the_other_side,
    with_country,
)
from .protest_places import (
    about_another_country,
    capital_people,
    counted_crowd,
    counted_demonym,
    host_government_of_place,
    protest_purpose_start,
    protesters_of_place,
    venue_country,
    without_supported_or_struck_places,
)
from .setting import inherit_meeting_setting, locate_meetings, meeting_venues
from .speakers import (
    SPEECH_ACT_TYPES,
    display_cues,
    is_own_statement,
    joined_speech_cue,
    not_recipients,
    reported_arguments,
    sentence_speaker,
    speakers,
)
from .structure import Group, build_groups, clause_bounds, words_between

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
    short_setting: str | None       # the one country of all a short report's places
    armed_home: str | None          # the country of the armed groups it names bare


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
        speech = sorted(r.speech_verbs.longest(view) + display_cues(layer, r), key=lambda m: m.start)
        home = home_country(layer, analysis.places)
        cues = _DocCues(r.negation.longest(view), r.hypothetical.longest(view),
                        speech, r.attribution.longest(view),
                        r.source_nouns.longest(view), r.casualty.longest(view),
                        r.cumulative.longest(view),
                        r.instruments.longest(view) if r.instruments is not None else [],
                        r.noun_goal.longest(view) if r.noun_goal is not None else [],
                        home, dominant_state_of(analysis.actors),
                        short_report_setting(layer, analysis.places),
                        armed_groups_home(home, analysis.actors))
        hits = outside_names([h for h in self.triggers.longest(view) if h.value.form != "blocker"],
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
        actors = beside_verb_triggers(text, [a for a in analysis.actors
                                              if sentence.start <= a.start and a.end <= sentence.end],
                                       hits)
        groups = without_wing_parents(text, build_groups(text, actors))
        speaker = sentence_speaker(text, sentence, groups, cues.speech)
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
            if sense.outcome and attack_beside(text, hit, attacks):
                continue
            if any(w.start < hit.end and hit.start < w.end for w in weapons):
                continue
            ctx = context_of(i)
            if ctx.discard:
                continue
            if sense.form == "reported":
                args = reported_arguments(text, sentence, groups, hit, speaker, cues.speech)
                if args is None:
                    continue
            else:
                args = attach(text, sentence, groups, sense, hit.start, hit.end, speaker,
                              hidden_passive=spells_passive(hit.key, self.triggers.hidden_passive))
                if args.passive:
                    sense = replace(sense, form="passive")
                if sense.event == "ASSAULT" and (
                        attack_noun_reading(text, sentence, hit, sense)
                        or attack_noun_of_relative(text, hits, hit, args.how) is not None):
                    args = self._with_outcome_victims(text, sentence, groups, hits, hit, speaker, args)
            if previous_verb is not None and coordinated_predicate(hit, sense, args.how):
                # "توعد حزب الله إسرائيل ... وحملها المسؤولية": the second verb shares the
                # subject, and its pronoun object refers to the first verb's object
                args.actors = [g for g in groups if g.head in previous_verb.actor] or args.actors
                if has_object_pronoun(text, hit):
                    args.recipients = [g for g in groups if g.head in previous_verb.recipient]
                args.how += "+coordinated"
            elif previous_verb is not None and coordinated_verb_first(
                    text, hit, sense, args.how, groups, previous_verb, previous_form):
                # "زار الرئيس بيروت والتقى رئيس الحكومة": the subject is the first verb's,
                # the participant after the joined verb its object
                shared = [g for g in groups if g.head in previous_verb.actor]
                if shared and joined_verb_takes_object(text, args, hit.end, shared):
                    args.actors, args.recipients = shared, list(args.actors)
                    args.how += "+coordinated-object"
            elif joined_verb_first(text, hit, sense, args.how):
                # "وصل الوزير إلى القاهرة والتقى الرئيس": joined to a verb that is no trigger
                shared = plain_verb_subject(text, sentence, groups, hit.start, hit.end, sense.form,
                                            trigger_starts)
                if previous_verb is not None:
                    shared = [g for g in shared if g.start > previous_verb.trigger.end]
                if shared and joined_verb_takes_object(text, args, hit.end, shared):
                    args.actors, args.recipients = shared, list(args.actors)
                    args.how += "+coordinated-plain-verb"
            if object_read_as_subject(text, groups, hit, args):
                # "... واتهمت تل أبيب بارتكاب مجازر": the object; the subject is unnamed
                args.recipients, args.actors = list(args.actors), []
                if previous_verb is not None and hit.prefix.startswith(("و", "ف")):
                    args.actors = [g for g in groups if g.head in previous_verb.actor]
                args.how += "+object-first"
            if sense.event in STATEMENT_PARTY_TYPES and args.how.startswith("vso"):
                args = with_subject_continuation(text, groups, args)
            if sense.event in ACT_AUTHOR_TYPES:
                args = with_act_author(text, sentence, groups, hit, args)
            if not args.actors and joins_clause_subject(sense, args.how):
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
                                clause_bounds(text, sentence, hit.start)[1], args.actors,
                                s_end=sentence.end, s_start=sentence.start) \
                if sense.event == "ASSAULT" else None
            if sides is not None:
                sides += [g for g in joined_fighters(text, sentence, groups, hit.start)
                          + raiding_side(text, sentence, groups, hit.start, hit.end) if g not in sides]
            event = Event(
                doc_id=analysis.document.doc_id, index=len(out), event=sense.event, mode=sense.mode,
                trigger=Span(text[hit.start:hit.end], hit.start, hit.end), sentence=sentence,
                actor=_entities(args.actors), recipient=_entities(args.recipients),
                negated=ctx.negated, hypothetical=ctx.hypothetical,
                rule=f"{sense.id}/{sense.form}/{args.how}" + (f"/cues:{','.join(ctx.cues)}" if ctx.cues else ""),
            )
            event.actor = without_reporting_correspondents(text, event.actor, hit.start)
            event.recipient = without_reporting_correspondents(text, event.recipient, hit.start)
            antecedent = relative_antecedent(text, hit, sense, out)
            if antecedent is not None:
                # "بقصف مدفعي استهدف قاربا": the verb describes the noun before it,
                # whose agent is its subject
                event.actor = list(antecedent.actor)
                event.recipient = [r for r in event.recipient
                                   if (r.country, r.id) not in {(a.country, a.id) for a in event.actor}]
                event.rule += "+relative"
            if event.event == "ASSAULT":
                weapon = instrument_after(text, hit.end, cues.instruments, self.rules.instrument_window)
                if weapon is not None:
                    event.mode = weapon.value
                    weapons.append(weapon)
            if not event.hypothetical and time_to_come(event, hit.start, sense.form, times, analysis,
                                                       trigger_starts):
                event.hypothetical = True       # "يزور الرئيس القاهرة الأربعاء المقبل"
                event.rule += "/time-to-come"
            assign_date(event, hit.start, sense.form, times, lead_date, analysis, trigger_starts)
            if event.date is None and last_statement is not None and event.event in SPEECH_ACT_TYPES \
                    and (continued or (sense.form == "reported"
                                       and joined_speech_cue(text, sentence, cues.speech, hit.start))):
                # "اتهمت روسيا، الخميس، ... . وأضافت أن الرد سيكون قاسيا": said that day
                event.date, event.date_precision = last_statement.date, last_statement.date_precision
                event.date_span = last_statement.date_span
            event.location = location(event, places, text, hit.start, hits, referred=referred)
            if event.event == "ASSAULT" and not event.actor:
                event.actor = launching_country(event, places, text)
            local = place_country_of_people(event, text, hit.end) or cues.home_country
            event.actor = localised(event.actor, local, self.rules.local_sectors, self.outsiders)
            event.recipient = localised(event.recipient, local, self.rules.local_sectors, self.outsiders)
            event.actor = localised(event.actor, cues.dominant_state, PEOPLE_SECTORS, self.outsiders)
            event.recipient = localised(event.recipient, cues.dominant_state, PEOPLE_SECTORS, self.outsiders)
            event.actor = localised(event.actor, cues.short_setting, SETTING_SECTORS, self.outsiders)
            event.recipient = localised(event.recipient, cues.short_setting, SETTING_SECTORS, self.outsiders)
            if event.event in PLACE_TARGET_TYPES:
                event.recipient = recipients_with_place(event, hit.end, text, actors)
            attach_counts(event, counts, hit.start)
            governing = governing_attribution(attributions, hit.start)
            attribution = governing.source if governing else None
            # who draws criticism or a threat ("أثار الخطاب انتقادات") leaves its critics
            # unnamed: neither the last subject nor the sentence's speaker stands for them;
            # nor is who only reports an agreement ("قال المبعوث إن الاتفاق ...") its party
            drawn = "+drawn" in args.how or "+reporter" in args.how
            if not event.actor and not drawn and continues_last_subject(hit, args.how, sentence):
                event.actor = not_recipients(last_subject, event.recipient)
            if governing and governing.how.startswith("speech") and event.event in SPEECH_ACT_TYPES \
                    and not event.actor and not drawn and attribution.start < sentence.end \
                    and not is_reporter(attribution):
                # the speaker of a statement is its actor ("بحسب بيان" reports, it does not
                # speak; nor does a newspaper relaying what others said, nor one the event
                # already names as its recipient: "نفت إيران اتهامها بـ")
                event.actor = not_recipients([a for a in speakers(attribution, analysis.actors)
                                               if not is_news_outlet(a)], event.recipient)
            if attribution and not is_own_statement(event, attribution, analysis.actors, text):
                event.attributed_to = attribution
            event.confidence = self._confidence(event, sense, hit, analysis, sentence)
            if sides is not None:
                # after scoring: the rescorer learnt clashes with their sides as recipients
                reporting = reporting_parties(text, sentence, hit.end, event.attributed_to, analysis.actors)
                sectors, outsiders = self.rules.local_sectors, self.outsiders
                make_mutual(event, localised(_entities(sides), local, sectors, outsiders),
                            localised(reporting, local, sectors, outsiders))
            event.actor = armed_groups_of_home(event.actor, cues.armed_home, event.recipient)
            event.recipient = armed_groups_of_home(event.recipient, cues.armed_home, event.actor)
            if event.event == "ASSAULT":
                event.recipient = sides_hit_over_towns(event, hit.end, text, actors)
                event.actor, event.recipient = armed_groups_of_place(event)
                event.recipient = soldiers_beside_foreign_target(event)
                event.recipient = soldiers_of_the_other_side(event, analysis.actors)
            if event.event == "PROTEST":
                # after scoring: the place tells who protested and whom a domestic protest
                # addresses; it is no evidence of a protest
                event.location = location(event, places, text, hit.start, hits, read_purpose=True,
                                           referred=referred)
                purpose = protest_purpose_start(event, text)
                without_supported_or_struck_places(event, text, purpose)
                event.actor = without_suppressors(event, text)
                event.actor = capital_people(without_far_protesters(event, text))
                placed = all(a.kind in PLACE_KINDS for a in event.actor)
                if placed or sense.form == "nouns":
                    # people named after the word are the protesters a place, or for a noun
                    # another participant of the sentence, was read for
                    protesters = genitive_protesters(event, text, actors) \
                        or (protesters_after_venue(event, text, actors) if placed else [])
                    if protesters:
                        event.actor = localised(protesters, venue_country(event) or cues.home_country,
                                                 self.rules.local_sectors, self.outsiders)
                        event.recipient = [r for r in event.recipient
                                           if (r.start, r.end) not in {(p.start, p.end) for p in protesters}]
                event.actor = named_protesters_over_places(event.actor, self.rules.local_sectors)
                event.recipient = without_demanded_people(event, text)
                event.recipient = without_home_government(event, text)
                event.actor = counted_crowd(event, text) or counted_demonym(event, text, actors) \
                    or event.actor
                if not event.actor:
                    event.actor = protesters_of_place(event)
                if not event.recipient and not about_another_country(event, places, text, purpose):
                    event.recipient = host_government_of_place(event, text, actors)
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
        attack = attack_noun_of_relative(text, hits, hit, args.how) or hit
        chain = outcomes_before(text, hits, attack)
        chain += [h for h in outcomes_across_asides(text, hits, attack) if h not in chain]
        named = [self._outcome_victims(text, sentence, groups, outcome, attack, speaker)
                 for outcome in chain]
        # "ارتقى 6 شهداء في قصف"، "بمقتل أحد قادة الكتيبة برصاص ...": the people an outcome
        # names right after it are its victims, whatever the attack word's reading took them
        # for; a subject further on may be another verb's ("أصيب 13 بعدما نفذت القوات ضربة")
        actors = [g for g in args.actors
                  if not any(g in victims and len(words_between(text, outcome.end, g.start)) <= 1
                             for outcome, victims in zip(chain, named))]
        named = [[g for g in victims if g not in actors] for victims in named]
        if args.actors and not actors:
            # "استشهد 5 جراء قصف من طائرة مسيرة": the weapon it came from is the agent left
            actors = weapon_agents(text, hit.end, clause_bounds(text, sentence, hit.start)[1], groups)
        victims = next((v for v in named if v), [])
        if not victims or people_among(args.recipients):
            if actors == args.actors:
                return args
            return Arguments(actors, args.recipients, args.how + "+outcome-not-agent", args.passive)
        if attack is not hit:
            # the relative verb's object is the building hit; the people named are the victims
            return Arguments(actors, victims, args.how + "+outcome-victims", args.passive)
        return Arguments(actors, victims + [g for g in args.recipients if g not in victims],
                         args.how + "+outcome-victims", args.passive)

    def _outcome_victims(self, text: str, sentence: Sentence, groups: list[Group],
                         outcome: Match[TriggerSense], attack: Match[TriggerSense],
                         speaker: list[Group]) -> list[Group]:
        """The outcome's subject after it ("استشهد شاب"، "باستشهاد 36 مدنيا"); one before it
        may be another clause's subject ("أعلن الأطباء استشهادها")."""
        told = attach(text, sentence, groups, outcome.value, outcome.start, outcome.end, speaker,
                      hidden_passive=spells_passive(outcome.key, self.triggers.hidden_passive))
        return [g for g in told.recipients if g.head.kind not in PLACE_KINDS
                and outcome.end <= g.start < attack.start]

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


def _entities(chain: list[Group]) -> list[ActorMention]:
    seen: set[tuple] = set()
    out = []
    for g in chain:
        head = g.head
        if head.country is None and g.country is not None:
            head = with_country(head, g.country)
        key = (head.id, head.country, head.sector, head.start)
        if key not in seen:
            seen.add(key)
            out.append(head)
    return out
