"""Closed Arabic word classes the event coder reads sentence structure with, from
``hadath/data/function_words.json``: prepositions, particles, pronoun and affix forms, and a
few small classes of verbs and nouns (light verbs, attack nouns, talks verbs, speech cues);
also the few the actor and place recognisers read (titles, heads, subdivision nouns).

Each group of the file is one field of ``FunctionWords``; the field's type says how the code
reads it: a frozenset is asked for membership only, a tuple is read in order (alternatives
of a regular expression, prefixes, suffixes tried longest first) and is marked
``"ordered": true`` in the file.  ``hadath kb check`` runs ``validate_function_words``.
"""
from __future__ import annotations

import re
import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .resources import load_json, require
from .text.normalize import normalize_string

FUNCTION_WORDS_FILE = "function_words.json"
_GROUP_KEYS = frozenset({"why", "ordered", "words"})
# Arabic letters (tatweel among them) and harakat; the words of a phrase are joined by one
# space.  No other character, so a word is also a literal in a regular expression.
_WORD_SHAPE = re.compile(r"[\u0621-\u0652]+(?: [\u0621-\u0652]+)*")
_LETTER = re.compile(r"[\u0621-\u064A]")


@dataclass(frozen=True, slots=True)
class FunctionWords:
    """The groups of function_words.json, one field each, named as in the file."""
    # events/arguments/ (vocabulary.py and the reader of each group)
    directions: tuple[str, ...]
    light_verbs: frozenset[str]
    locative_words: frozenset[str]
    # events/anaphora.py
    town_anaphors: frozenset[str]
    camp_anaphors: frozenset[str]
    strip_anaphors: frozenset[str]
    anaphor_adjectives: frozenset[str]
    building_anaphors: frozenset[str]
    # events/arguments/ (continued)
    target_prepositions: tuple[str, ...]
    attack_target_prepositions: tuple[str, ...]
    time_lam_words: frozenset[str]
    other_prepositions: frozenset[str]
    agent_markers: tuple[str, ...]
    agentive_markers: tuple[str, ...]
    agentive_marker_leads: frozenset[str]
    fired_nouns: frozenset[str]
    agent_head_nouns: frozenset[str]
    escort_nouns: frozenset[str]
    escort_leads: frozenset[str]
    victim_frames: tuple[str, ...]
    survive_frames: frozenset[str]
    attempt_words: frozenset[str]
    claim_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    own_victim_leads: frozenset[str]
    own_member_heads: frozenset[str]
    control_verbs: frozenset[str]
    control_prepositions: frozenset[str]
    report_nouns: frozenset[str]
    resolution_nouns: frozenset[str]
    document_governors: frozenset[str]
    quantifier_subject_heads: frozenset[str]
    report_resumptives: frozenset[str]
    obligation_modals: frozenset[str]
    future_governed_verbs: frozenset[str]
    attempt_governors: frozenset[str]
    habitual_verbs: frozenset[str]
    outlet_report_words: frozenset[str]
    act_judging_verbs: frozenset[str]
    act_evaluating_verbs: frozenset[str]
    outlet_heads: frozenset[str]
    relaying_media_heads: frozenset[str]
    media_plural_heads: frozenset[str]
    outlet_report_clitics: frozenset[str]
    each_of: frozenset[str]
    circumstance_words: frozenset[str]
    death_cause_words: frozenset[str]
    coercing_civilian_stems: frozenset[str]
    impersonal_passive_auxiliaries: frozenset[str]
    release_object_markers: frozenset[str]
    witnessing_verbs: frozenset[str]
    copular_verbs: frozenset[str]
    masdar_leads: frozenset[str]
    fire_platform_nouns: frozenset[str]
    fight_support_verbs: frozenset[str]
    raid_verbs: frozenset[str]
    clash_setting_words: frozenset[str]
    raid_present_verbs: frozenset[str]
    raid_nouns: frozenset[str]
    clash_onset_words: frozenset[str]
    opposed_side_markers: frozenset[str]
    clash_side_pronouns: frozenset[str]
    clash_side_demonstratives: frozenset[str]
    vehicle_target_nouns: frozenset[str]
    instrument_target_nouns: frozenset[str]
    ground_vehicle_words: frozenset[str]
    act_object_nouns: frozenset[str]
    welcomed_act_nouns: frozenset[str]
    result_verbs: tuple[str, ...]
    casualty_nouns: tuple[str, ...]
    result_prepositions: tuple[str, ...]
    result_links: frozenset[str]
    count_phrase_words: frozenset[str]
    victim_aside_openers: frozenset[str]
    passing_openers: tuple[str, ...]
    own_force_nouns: tuple[str, ...]
    person_endings: tuple[str, ...]
    adjunct_words: frozenset[str]
    time_words: frozenset[str]
    quantity_words: frozenset[str]
    number_words: frozenset[str]
    complementizers: frozenset[str]
    clause_openers: frozenset[str]
    protest_target_cues: frozenset[str]
    embassy_cues: frozenset[str]
    chant_cues: frozenset[str]
    flag_words: frozenset[str]
    desecrating_words: frozenset[str]
    protest_support_cues: frozenset[str]
    past_auxiliaries: frozenset[str]
    pronoun_subject_particles: tuple[str, ...]
    subject_pronouns: tuple[str, ...]
    verb_particles: frozenset[str]
    resumptive_prepositions: tuple[str, ...]
    relative_pronouns: frozenset[str]
    derived_noun_starts: tuple[str, ...]
    specifiers: frozenset[str]
    specifier_negations: tuple[str, ...]
    relative_agent_verbs: tuple[str, ...]
    resumed_by_light_verb: frozenset[str]
    support_noun_stems: frozenset[str]
    possessive_suffixes: tuple[str, ...]
    proclitic_words: frozenset[str]
    attack_nouns: frozenset[str]
    attack_noun_prepositions: frozenset[str]
    weapon_subject_nouns: frozenset[str]
    campaign_nouns: frozenset[str]
    lam_agent_attack_nouns: frozenset[str]
    attack_manner_adjectives: frozenset[str]
    # recognize/actors.py: "اشتباك مسلح" (armed, not gunmen)
    armed_act_nouns: frozenset[str]
    directing_support_verbs: frozenset[str]
    ambush_luring_words: frozenset[str]
    ambush_nouns: frozenset[str]
    continuation_words: frozenset[str]
    transitive_continuing_verbs: frozenset[str]
    continuing_verbal_nouns: frozenset[str]
    instrument_heads: frozenset[str]
    joined_openers: frozenset[str]
    # structure.py: the gender a participant shows a verb before it
    masculine_country_names: frozenset[str]
    masculine_singular_heads: frozenset[str]
    # mutual.py
    clash_words: frozenset[str]
    # coder.py: launch sites and detention places
    launch_words: tuple[str, ...]
    protest_purpose_words: frozenset[str]
    protest_support_words: frozenset[str]
    protest_struck_place_words: frozenset[str]
    release_objects: tuple[str, ...]
    detention_nouns: tuple[str, ...]
    treatment_nouns: tuple[str, ...]
    exchange_nouns: frozenset[str]
    party_markers: frozenset[str]
    movement_prepositions: frozenset[str]
    dual_parties: frozenset[str]
    topic_verb_stems: tuple[str, ...]
    pronoun_subject_endings: frozenset[str]
    topic_adverbs: frozenset[str]
    topic_adjuncts: frozenset[str]
    phrase_stop_words: frozenset[str]
    counterpart_nouns: tuple[str, ...]
    bi_support_verbs: tuple[str, ...]
    pledge_words: frozenset[str]
    confronting: frozenset[str]
    descriptive_opener_words: frozenset[str]
    talks_occur_verbs: frozenset[str]
    talks_intransitive_verbs: frozenset[str]
    new_adjectives: tuple[str, ...]
    verbal_noun_spellings: frozenset[str]
    pronoun_carrying_prepositions: tuple[str, ...]
    complement_words: frozenset[str]
    object_aside_openers: frozenset[str]
    object_aside_breakers: frozenset[str]
    accused_participles: frozenset[str]
    # arguments/nouns.py: "، متوعدةً الاحتلال ب": the participant after the participle is threatened
    threat_participles: frozenset[str]
    demand_participles: frozenset[str]
    object_first_verbs: frozenset[str]
    object_first_complements: frozenset[str]
    authored_act_verbs: tuple[str, ...]
    # arguments/statements.py: "هدد بشن عملية في لبنان": whom the threatened act would hit
    threatened_act_prepositions: frozenset[str]
    threatened_act_ends: frozenset[str]
    preposition_object_stance_verbs: frozenset[str]
    authored_with_preposition_verbs: frozenset[str]
    imposed_act_verbs: tuple[str, ...]
    # arguments/parties.py: "X، الجناح العسكري لـY": Y names X's parent, never a party of X's act
    wing_apposition_phrases: frozenset[str]
    # arguments/nouns.py: "قنص جندي"، "اعتقال المرشح": a genitive of people is the patient
    individual_patient_nouns: frozenset[str]
    # arguments/nouns.py: "مقاطعة إسرائيل": the genitive of a boycott or ban noun is its target
    target_genitive_sanction_nouns: frozenset[str]
    # arguments/nouns.py: "جدد دعم المقاومة": the genitive of a support noun is the one supported
    target_genitive_support_nouns: frozenset[str]
    # arguments/statements.py: "أبلغت الحركة الوسطاء رفضها": the pronoun names the verb's subject
    stance_support_verbs: frozenset[str]
    stance_telling_verbs: frozenset[str]
    # arguments/statements.py: "التضامن مع غزة": a town after these may be the one supported
    town_support_links: frozenset[str]
    # arguments/statements.py: "أفاد مراسل الجزيرة بوقوع اشتباكات": the reporter is no party
    correspondent_nouns: frozenset[str]
    correspondent_report_verbs: frozenset[str]
    unit_nouns: frozenset[str]
    necessity_nouns: frozenset[str]
    agent_genitive_nouns: frozenset[str]
    demand_lookalike_nouns: tuple[str, ...]
    content_setting_prepositions: frozenset[str]
    drawing_verbs: frozenset[str]
    # arguments/nouns.py: the subject of a verb of receiving or undergoing aid, support or a
    # sanction is its recipient; the second class takes its object with على
    receiving_verbs: frozenset[str]
    receiving_on_verbs: frozenset[str]
    # arguments/demands.py: "طلبت الأسرة من الصليب الأحمر": the one asked after من
    asked_from_verbs: frozenset[str]
    definite_partitive_heads: frozenset[str]
    # structure.py
    office_heads: frozenset[str]
    # arguments/nearby.py: words after which إلى introduces a destination, not a target
    arrival_words: frozenset[str]
    # arguments/coercion.py: nouns of raided places spelled with a first ب that is no preposition
    raided_place_b_nouns: frozenset[str]
    # arguments/verbs.py: nouns of violence whose genitive after a verb of blame is the one blamed
    condemned_violence_nouns: frozenset[str]
    verbal_an_leads: frozenset[str]
    own_clause_connectives: frozenset[str]
    # structure.py: words of a descriptive phrase whose holder is named after it
    figure_lead_words: frozenset[str]
    # arguments/meetings.py: words after a meeting noun's ب that frame it, naming no met party
    meeting_frame_words: frozenset[str]
    # arguments/protest.py: adjectives of a protest noun after which a place is its cause
    protest_support_adjectives: frozenset[str]
    # arguments/protest.py: demand words after which civilians are what a protest asks for
    protest_demand_words: frozenset[str]
    # arguments/protest.py: verbal nouns of breaking up a protest (its subject is no protester)
    protest_suppression_words: frozenset[str]
    # coder.py: occasions a protest marks (mourning, commemoration): no grievance at home
    protest_occasion_words: frozenset[str]
    # coder.py: slogan and chant nouns after which a place is the slogan's, not the venue
    protest_slogan_words: frozenset[str]
    # protest_places.py: definite counts standing alone for a protest's crowd (الآلاف، المئات)
    protest_crowd_counts: frozenset[str]
    # arguments/coercion.py: nouns of a decision or plan whose genitive is the agent of the act after
    decision_nouns: frozenset[str]
    # coder.py: buildings a raid or closure verb takes as object before the town it is in
    acted_on_building_nouns: frozenset[str]
    # party_places.py: civilian vehicles, shelters and housing blocks a strike hits before the town
    attacked_object_nouns: frozenset[str]
    # party_places.py: participles of coming from a place: the place after them is the attacker's side
    origin_participles: frozenset[str]
    # party_places.py: a preposition with the attack noun's pronoun after a verb of being killed
    casualty_resumptives: frozenset[str]
    # party_places.py: targeting verbs and strike adjectives between an attack and what it hit
    attack_object_leads: frozenset[str]
    # coder.py: one person's role heads an arrest or raid verb takes as object before the town
    acted_on_person_heads: frozenset[str]
    # party_places.py: adverbs passed over between an act and its object before a town
    object_scan_adverbs: frozenset[str]
    # party_places.py: ل prepositions of purpose or time, not the ل of an act noun's object
    non_object_lam_words: frozenset[str]
    # party_places.py: verbal nouns whose bare genitive is the object acted on
    object_taking_act_nouns: frozenset[str]
    # party_places.py: verbs by which an arrest or raid campaign names whom it took (طالت، شملت)
    campaign_reach_verbs: frozenset[str]
    # protest_places.py: participles and verbal nouns of stance whose ل/مع phrase names a cause, not a place
    stance_words: frozenset[str]
    # actors.py: heads of an office title that takes the document's dominant state
    office_title_heads: frozenset[str]
    # actors.py: heads of an office seated in its state (وزارة): a place after it is its state
    seated_office_heads: frozenset[str]
    # arguments/victims.py: verbal nouns of harm whose genitive after a condemnation is the victim
    condemned_victim_acts: frozenset[str]
    # arguments/clauses.py: what the one asked after a joined verb of demand is asked to do
    addressed_complement_openers: frozenset[str]
    # arguments/victims.py: others acted upon like those named before
    other_people_words: frozenset[str]
    # arguments/demands.py: what a demand calls for, named before its verb
    called_for_resumptives: frozenset[str]
    habitual_adverbs: frozenset[str]
    totality_words: frozenset[str]
    people_nouns: frozenset[str]
    joined_clause_links: frozenset[str]
    geminate_past_verbs: frozenset[str]
    thrown_weapon_verbs: tuple[str, ...]
    # arguments/attacks.py: a second doer of an attack, the responder of an attack told after ب
    co_agent_leads: tuple[str, ...]
    response_verbs: frozenset[str]
    own_force_leads: frozenset[str]
    honorific_titles: frozenset[str]
    affiliation_words: frozenset[str]
    led_by: frozenset[str]
    # setting.py
    reception_verbs: tuple[str, ...]
    seat_nouns: tuple[str, ...]
    during_words: tuple[str, ...]
    topic_turn_prepositions: tuple[str, ...]
    topic_turn_nouns: tuple[str, ...]
    topic_turn_qualifiers: tuple[str, ...]
    impersonal_verbs: tuple[str, ...]
    # merge.py
    venue_prepositions: frozenset[str]
    simultaneity_connectors: tuple[str, ...]
    background_openers: tuple[str, ...]
    earlier_later_openers: tuple[str, ...]
    # dating.py
    period_origin_openers: tuple[str, ...]
    month_heads: frozenset[str]
    other_event_prepositions: tuple[str, ...]
    cause_prepositions: tuple[str, ...]
    relative_time_adverbs: tuple[str, ...]
    relative_time_prepositions: tuple[str, ...]
    # attribution.py
    attribution_complementisers: frozenset[str]
    attribution_time_words: frozenset[str]
    attribution_prepositions: frozenset[str]
    speech_objects: frozenset[str]
    attribution_negations: frozenset[str]
    attribution_resumptives: frozenset[str]
    attribution_relatives: frozenset[str]
    construct_heads: frozenset[str]
    kunya_heads: frozenset[str]
    lam_owned_body_heads: frozenset[str]
    source_modifiers: frozenset[str]
    attribution_auxiliaries: frozenset[str]
    named_by: frozenset[str]
    transmit_verbs: tuple[str, ...]
    bridge_words: frozenset[str]
    manner_words: frozenset[str]
    saying_nouns: frozenset[str]
    informant_heads: frozenset[str]
    contrast_connectives: frozenset[str]
    not_contrast_after: frozenset[str]
    verbal_noun_prepositions: frozenset[str]
    resumable_heads: frozenset[str]
    channel_nouns: frozenset[str]
    issued_words: frozenset[str]
    reporter_heads: frozenset[str]
    origin_cues: tuple[str, ...]
    relative_ma: frozenset[str]
    fused_relative_cues: frozenset[str]
    channel_prepositions: frozenset[str]
    # classifier.py
    classifier_subordinators: frozenset[str]
    classifier_relatives: frozenset[str]
    classifier_speech_verbs: frozenset[str]
    # coder.py
    witness_verbs: tuple[str, ...]
    retaliation_nouns: tuple[str, ...]
    protest_cause_nouns: tuple[str, ...]
    protest_cause_prepositions: tuple[str, ...]
    pretext_openers: tuple[str, ...]
    other_place_nouns: tuple[str, ...]
    other_place_adjectives: tuple[str, ...]
    # counts.py
    another_words: tuple[str, ...]
    count_relatives: tuple[str, ...]
    # recognize/actors.py
    actor_linking_words: frozenset[str]
    member_linkers: frozenset[str]
    member_place_linkers: frozenset[str]
    envoy_titles: frozenset[str]
    envoy_post_linkers: frozenset[str]
    envoy_post_adjectives: frozenset[str]
    place_heads: frozenset[str]
    # recognize/organisations.py
    unnamed_body_heads: frozenset[str]
    unnamed_labour_heads: frozenset[str]
    unnamed_body_state_words: frozenset[str]
    unnamed_body_non_names: frozenset[str]
    unnamed_body_adjectives: frozenset[str]
    unnamed_body_cause_openers: frozenset[str]
    unnamed_cause_body_heads: frozenset[str]
    # recognize/places.py
    cause_place_phrases: frozenset[str]
    unnamed_body_international_words: frozenset[str]
    donor_named_facilities: frozenset[str]
    state_name_heads: frozenset[str]
    body_adjectives: frozenset[str]
    role_adjective_stems: frozenset[str]
    trailing_adjectives: tuple[str, ...]
    supranational_adjectives: frozenset[str]
    protest_participation_verbs: frozenset[str]
    protest_participation_pronouns: frozenset[str]
    org_heads: frozenset[str]
    person_titles: frozenset[str]
    # recognize/places.py
    subdivision_nouns: frozenset[str]
    locative_repeat_words: frozenset[str]
    destination_origin_prepositions: frozenset[str]
    # events/merge.py
    additive_connectives: tuple[str, ...]
    # party_places.py: verbs by which a sentence counts its dead or hurt before the attack that hit them
    casualty_verbs: tuple[str, ...]
    # events/arguments/victims.py: who reports a toll is its source, unless its own were hit
    reporting_body_words: tuple[str, ...]
    own_staff_other_nouns: tuple[str, ...]
    own_staff_people_nouns: tuple[str, ...]
    # events/arguments/verbs.py: a family's or a lawyer's noun with a pronoun as a subject
    kin_nouns: frozenset[str]
    # events/arguments/coercion.py: participles of being wanted, whose ل phrase names the pursuer
    pursued_participles: frozenset[str]
    # events/arguments/coercion.py: relatives with no antecedent; none is a name before a verb
    headless_relatives: frozenset[str]
    # events/arguments/nouns.py: what a supported people strives for ("دعم نضال الشعب")
    supported_cause_nouns: frozenset[str]
    # events/arguments/meetings.py: quantity and delegation words between مع and the partner
    partner_lead_words: frozenset[str]
    # events/arguments/statements.py: acts of harm whose على/ضد/بحق phrase names the harmed
    harm_done_nouns: frozenset[str]
    # events/arguments/statements.py: ways of acting whose genitive is the one criticised
    blamed_conduct_nouns: frozenset[str]
    # events/merge.py: plural act nouns that sum up many acts
    summary_act_nouns: frozenset[str]
    # events/arguments/verbs.py: verbal nouns spelled like a body the lexicon names
    body_spelled_verbal_nouns: frozenset[str]
    # events/structure.py: people named by a broken plural or a collective noun
    collective_people_nouns: frozenset[str]


def _group_kinds() -> dict[str, bool]:
    """Group name -> whether the code reads it in order (a tuple field)."""
    hints = typing.get_type_hints(FunctionWords)
    return {name: typing.get_origin(hint) is tuple for name, hint in hints.items()}


def _validate_word(group: str, index: int, word: Any, seen: set[str]) -> None:
    where = f"{FUNCTION_WORDS_FILE}: group '{group}'"
    require(isinstance(word, str), where, f"entry {index} ({word!r}) is not a string")
    require(word.strip() != "", where, f"entry {index} is empty or only white space")
    require(_WORD_SHAPE.fullmatch(word) is not None and _LETTER.search(word) is not None, where,
            f"entry {word!r} must be Arabic letters (with harakat), words joined by one space")
    require(word not in seen, where, f"repeats {word!r}")
    seen.add(word)


def _validate_group(name: str, ordered: bool, group: Any) -> list[str]:
    where = f"{FUNCTION_WORDS_FILE}: group '{name}'"
    require(isinstance(group, dict), where, "must be an object with 'why' and 'words'")
    extra = sorted(set(group) - _GROUP_KEYS)
    require(not extra, where, f"unknown keys {extra}")
    why = group.get("why")
    require(isinstance(why, str) and why.strip() != "", where, "needs a 'why' description")
    marked = group.get("ordered", False)
    require(isinstance(marked, bool), where, "'ordered' must be true or false")
    require(marked == ordered, where,
            "the code reads it in order: mark it \"ordered\": true" if ordered
            else "the code reads it as a set: drop \"ordered\"")
    words = group.get("words")
    require(isinstance(words, list) and len(words) > 0, where, "'words' must be a non-empty list")
    seen: set[str] = set()
    for index, word in enumerate(words):
        _validate_word(name, index, word, seen)
    return words


def validate_function_words(data: Any) -> FunctionWords:
    """The groups of function_words.json; raise ``DataError`` naming the file and group
    when it does not follow its schema or lacks a group the code reads."""
    where = FUNCTION_WORDS_FILE
    require(isinstance(data, dict), where, "top level must be an object")
    description = data.get("description")
    require(isinstance(description, str) and description.strip() != "", where,
            "needs a 'description'")
    groups = data.get("groups")
    require(isinstance(groups, dict), where, "'groups' must be an object")
    kinds = _group_kinds()
    missing = [name for name in kinds if name not in groups]
    require(not missing, where, f"groups the code needs are missing: {missing}")
    unknown = sorted(set(groups) - set(kinds))
    require(not unknown, where, f"groups no code reads: {unknown}")
    values = {}
    for name, ordered in kinds.items():
        words = _validate_group(name, ordered, groups[name])
        values[name] = tuple(words) if ordered else frozenset(words)
    return FunctionWords(**values)


@lru_cache(maxsize=1)
def function_words() -> FunctionWords:
    return validate_function_words(load_json(FUNCTION_WORDS_FILE))


CONJUNCTIONS = ("و", "ف")
MIN_STEM_LETTERS = 3


def without_proclitics(word: str, slots: Sequence[Sequence[str]],
                       min_letters: int = MIN_STEM_LETTERS) -> str:
    """The word without the proclitics written on it, taken off from its front one slot at a
    time: from each of ``slots`` in order, the first clitic of the slot the word opens with
    is taken off when at least ``min_letters`` letters stay (a shorter word keeps it and the
    slot's next clitic is tried), so each slot takes off at most one.

    Callers choose the slots, which is where the readers differ on purpose:
    ``(CONJUNCTIONS,)`` takes off و/ف only (``without_conjunction``); ``(CONJUNCTIONS,
    ("ب", "ل"), ("ال",))`` a conjunction, a preposition and the article in their order
    ("وبالاستهداف" → "استهداف", but "للعدوان" → "لعدوان"); a slot listing "لل" and "بال"
    before "ل" and "ب" also reads those as one proclitic ("وللعدوان" → "عدوان"); one slot per
    letter (``(("و",), ("ف",), ("ب",), ("ال",))``) lets و and ف both go."""
    for clitics in slots:
        for clitic in clitics:
            if word.startswith(clitic) and len(word) - len(clitic) >= min_letters:
                word = word[len(clitic):]
                break
    return word


def without_conjunction(word: str) -> str:
    """The word without a leading و / ف when more than three letters stay ("وتمكن" → "تمكن")."""
    return without_proclitics(word, (CONJUNCTIONS,))


def normalised(*groups: Iterable[str]) -> frozenset[str]:
    """The normalised keys of all the words of ``groups``: a word class as a set to test
    read words against."""
    return frozenset(normalize_string(w) for words in groups for w in words)


def alternation(words: Iterable[str]) -> str:
    """A regular-expression group matching any of ``words``, tried in their order."""
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"
