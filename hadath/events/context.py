"""Auxiliary modes and discards: is a trigger negated, hypothetical, or no event at all?"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Sentence
from ..text.layer import TextLayer
from ..text.normalize import normalize_key
from ..words import function_words
from .counts import opens_another_fact
from .lexicon import (
    DealTerms,
    DemandGovernors,
    EventRules,
    NounReading,
    SenseCue,
    VowelledHomograph,
    without_asides,
)
from .structure import (
    CLAUSE_BREAK,
    COMPLEMENTISER,
    VOWEL_MARKS,
    VOWELLED_WORD,
    quotation_open,
    unvowelled,
)


@dataclass(frozen=True, slots=True)
class Context:
    negated: bool
    hypothetical: bool
    discard: str | None       # why the trigger is no event, or None
    cues: tuple[str, ...]

    @property
    def factual(self) -> bool:
        """The rules read the trigger as an event that happened."""
        return not (self.discard or self.negated or self.hypothetical)


def _cues_before(layer: TextLayer, matches, sentence: Sentence, t_start: int, window: int,
                 next_word_only=lambda key: False) -> list[str]:
    """The keys of ``matches`` standing before the trigger in its clause, within ``window``
    words; a cue for which ``next_word_only`` holds only right before the trigger's word."""
    text = layer.text
    found = []
    for m in matches:
        if not (sentence.start <= m.start and m.end <= t_start):
            continue
        # "دعت الحكومة، أمس، الفصائل إلى ...": a short aside between commas keeps the clause
        between = without_asides(text[m.end:t_start])
        if CLAUSE_BREAK.search(between):
            continue
        words = len(VOWELLED_WORD.findall(between))
        if words <= (0 if next_word_only(m.key) else window):
            found.append(m.key)
    return found


# the prepositions that end a cue of failure: "فشل في"، "عجز عن"
_FAILURE_PREPOSITIONS = frozenset(normalize_key(w) for w in ("في", "عن"))


def _ends_in_preposition(key: str) -> bool:
    """"فشلت في اعتقال المتهم": a negation cue ending in a preposition negates only the
    verbal noun right after it; "فشل في حماية القرية من هجوم" and "عجز عن منع مقتل"
    leave the attack and the killing told as done."""
    words = normalize_key(key).split()
    return len(words) > 1 and words[-1] in _FAILURE_PREPOSITIONS


def _says_still(layer: TextLayer, cue, still_verbs: frozenset[str]) -> bool:
    """"لا يزال الاحتلال يفرض حصارا"، "لم تزل القوات تحاصر المستشفى": the negation particle
    with a verb of remaining after it says "still", and the act it governs goes on."""
    following = _VOWELLED_WORD.search(layer.text, cue.end)
    return following is not None and not layer.text[cue.end:following.start()].strip() \
        and unvowelled(normalize_key(following.group())) in still_verbs


def _failed_with_subject(layer: TextLayer, sentence: Sentence, t_start: int,
                         rules: EventRules) -> list[str]:
    """"فشلت الشرطة في اعتقال المتهم"، "فشل في إبرام اتفاق": a failure verb, its subject
    (up to ``failure_subject_window`` words) between it and its preposition, negates the
    trigger right after the preposition or right after a support noun there; "فشل في حماية
    القرية من هجوم" leaves the attack told as done."""
    if not rules.failure_verbs:
        return []
    word_start, _ = _word_bounds(layer.text, t_start, t_start)
    clause = [normalize_key(w) for w in _VOWELLED_WORD.findall(
        without_asides(CLAUSE_BREAK.split(layer.text[sentence.start:word_start])[-1]))]
    if len(clause) >= 2 and clause[-1] in rules.failure_support_nouns:
        clause = clause[:-1]
    if not clause or clause[-1] not in rules.failure_verbs:
        return []
    verbs = rules.failure_verbs[clause[-1]]
    reach = clause[-rules.failure_subject_window - 2:-1]
    for word in reversed(reach):
        if _bare_key(word) in verbs or word in verbs:
            return [word + "…" + clause[-1]]
    return []


def _is_future_verb(layer: TextLayer, t_start: int) -> bool:
    """سيقصف / وستعقد: the future prefix written onto the trigger verb itself."""
    word_start, _ = _word_bounds(layer.text, t_start, t_start)
    return layer.text[word_start:t_start].lstrip("وف").startswith("س")


def _asserts_past(layer: TextLayer, cue, t_start: int, past_assertive: frozenset[str]) -> bool:
    """"وكانت واشنطن قد فرضت": the cue stands right before the past-tense trigger word."""
    if cue.key not in past_assertive or cue.end > t_start:
        return False
    between = layer.text[cue.end:t_start]
    return not VOWELLED_WORD.search(between) or between.strip() in ("و", "ف")


def _asserts_clause(layer: TextLayer, sentence: Sentence, cue, t_start: int,
                    rules: EventRules) -> bool:
    """"وكان الوزير قد تلقى أمس اتصالا هاتفيا": قد before one of the assertive past verbs
    asserts the noun that verb governs. "وقد أسفرت الغارة عن ..."، "فقد خاض مقاتلوها
    اشتباكات": قد before any past verb asserts its clause too, unless a كان before it makes
    the clause a pluperfect, the background of the news (وكانت بريطانيا قد فرضت عقوبات);
    before a present verb (قد يؤدي، قد تشهد) it is "may"."""
    if cue.key not in rules.past_assertive or cue.end > t_start:
        return False
    following = VOWELLED_WORD.findall(layer.text[cue.end:t_start])
    if not following:
        return False
    key = normalize_key(following[0])
    if key in rules.assertive_verbs:
        return True
    return not _looks_present(key) and not _pluperfect(layer, sentence, cue.start) \
        and not _counted_trigger(layer, sentence, t_start)


def _counted_trigger(layer: TextLayer, sentence: Sentence, t_start: int) -> bool:
    """"وقد شهدت البلاد 140 هجوما في ذلك العام": a numeral right before the trigger makes
    it a tally of many acts, which the assertion of قد does not make one event."""
    before = VOWELLED_WORD.findall(layer.text[sentence.start:_word_bounds(layer.text, t_start, t_start)[0]])
    return bool(before) and before[-1].isdigit()


_PLUPERFECT_REACH = 4
_KANA = frozenset(k for k in (normalize_key(w) for w in function_words().copular_verbs)
                  if k.startswith("كان"))


def _pluperfect(layer: TextLayer, sentence: Sentence, cue_start: int) -> bool:
    """A past of كان within a few words before قد in its clause (its subject between)."""
    clause = CLAUSE_BREAK.split(layer.text[sentence.start:cue_start])[-1]
    return any(_bare_key(w) in _KANA
               for w in VOWELLED_WORD.findall(clause)[-_PLUPERFECT_REACH:])


# the prefix of a present (imperfect) verb after قد; ن (نظم، نفذ) and ت (تعرضت، تسلموا) also
# begin past verbs: ن is read as past (قد نشهد is rare in reports), ت by its past ending
_PRESENT_PREFIX = "ي"
_PAST_ENDINGS_AFTER_TA = ("ت", "وا", "تا")
_AUXILIARIES = frozenset(normalize_key(w) for w in function_words().impersonal_passive_auxiliaries)
# "وقد تم اعتقال": an auxiliary whose present (ي + it) is listed too is its past form
_PAST_AUXILIARIES = frozenset(w for w in _AUXILIARIES if "ي" + w in _AUXILIARIES)


def _looks_present(key: str) -> bool:
    """A word after قد spelled as a present verb ("يؤدي"، "تشهد"), not a past one ("أسفرت"،
    "خلف"، "تعرضت"); a word after فقد that is its object ("فقد ساقه") is no present verb."""
    if key.startswith(_PRESENT_PREFIX):
        return True
    return key.startswith("ت") and not key.endswith(_PAST_ENDINGS_AFTER_TA) \
        and key not in _PAST_AUXILIARIES


def _is_simulated(layer: TextLayer, sentence: Sentence, t_start: int, t_end: int, event: str,
                  rules: EventRules) -> bool:
    sim = rules.simulated
    if sim is None or event not in sim.events:
        return False
    text = layer.text
    before = CLAUSE_BREAK.split(text[sentence.start:t_start])[-1]
    after = CLAUSE_BREAK.split(text[t_end:sentence.end])[0]
    near = " ".join(VOWELLED_WORD.findall(before)[-sim.window:] + VOWELLED_WORD.findall(after)[:sim.window])
    return bool(sim.pattern.search(normalize_key(near)))


def _denied_clause(layer: TextLayer, neg_matches, sentence: Sentence, t_start: int,
                   denials: frozenset[str]) -> list[str]:
    """"نفت الوزارة، في بيان، أن تكون قد طلبت المشاركة": a denial governs its whole
    reported clause, however far the trigger stands in it."""
    text = layer.text
    for m in neg_matches:
        if m.key not in denials or not (sentence.start <= m.start and m.end <= t_start):
            continue
        between = without_asides(text[m.end:t_start])
        if not CLAUSE_BREAK.search(between) and COMPLEMENTISER.search(between):
            return [m.key]
    return []


def _negated_participation(layer: TextLayer, neg_matches, sentence: Sentence, t_start: int,
                           rules: EventRules) -> list[str]:
    """"نفى الوزير مشاركة بلاده في اجتماع"، "لم يشارك الوفد في المحادثات": the negation
    governs the participation word, and that word the trigger after it, in one clause."""
    if not rules.participation:
        return []
    text = layer.text
    for m in neg_matches:
        if not (sentence.start <= m.start and m.end <= t_start):
            continue
        between = without_asides(text[m.end:t_start])
        if CLAUSE_BREAK.search(between):
            continue
        words = VOWELLED_WORD.findall(between)
        for i, w in enumerate(words[:rules.negation_window + 1]):
            if rules.participation.intersection(_word_keys(normalize_key(w))) \
                    and len(words) - i - 1 <= rules.participation_window:
                return [m.key + "+participation"]
    return []


def _in_word(ch: str) -> bool:
    """A letter or one of the vowel marks written on it (not alphabetic to Python)."""
    return ch.isalpha() or _MARK.fullmatch(ch) is not None


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and _in_word(text[start - 1]):
        start -= 1
    while end < len(text) and _in_word(text[end]):
        end += 1
    return start, end


def _setting_cue(layer: TextLayer, sentence: Sentence, t_start: int, form: str, event: str,
                 rules: EventRules) -> str | None:
    """"وجاء القرار بعد الهجوم الذي شنه مسلحون": an attack named after بعد/إثر/عقب, with a
    main clause before the preposition, is the setting of that clause's fact."""
    text = layer.text
    word_start, _ = _word_bounds(text, t_start, t_start)
    words = [normalize_key(w) for w in VOWELLED_WORD.findall(text[sentence.start:word_start])]
    clause_words = len(VOWELLED_WORD.findall(CLAUSE_BREAK.split(text[sentence.start:word_start])[-1]))
    for cues in rules.setting:
        if event not in cues.events:
            continue
        reach = min(cues.window, clause_words)
        for gap in range(reach):
            i = len(words) - 1 - gap
            if i < 2 or not cues.pattern.fullmatch(words[i]):
                continue
            # a trigger right after the preposition is a noun, whatever its spelling
            if gap and form != "nouns":
                continue
            if i + 1 < len(words) and words[i + 1] in cues.unless_next:
                continue
            if not cues.known_only or _names_known_event(layer, sentence, t_start, rules,
                                                         right_after=gap == 0):
                return "setting"
    return None


_DEFINITE = re.compile(r"[وفبلك]?ال")


def _names_known_event(layer: TextLayer, sentence: Sentence, t_start: int, rules: EventRules,
                       right_after: bool = False) -> bool:
    """"بعد الهجوم"، "إثر هجوم انتحاري الذي ..."، "عقب انفجار وقع ...": an attack already known
    to the reader (the article, or a relative clause on it); "بعد تعرضها لهجوم" still reports one."""
    text = layer.text
    word_start, word_end = _word_bounds(text, t_start, t_start)
    if _DEFINITE.match(normalize_key(text[word_start:word_end])):
        return True
    after = CLAUSE_BREAK.split(text[word_end:sentence.end])[0]
    pronouns = rules.relative.pronouns if rules.relative is not None else frozenset()
    # an indefinite noun takes its relative clause with no pronoun: "غداة انفجار وقع ..."
    describing = rules.relative.describing if right_after and rules.relative is not None else frozenset()
    return any(normalize_key(w) in pronouns or normalize_key(w) in describing
               for w in VOWELLED_WORD.findall(after)[:3])


def _bare_key(word: str) -> str:
    key = normalize_key(word)
    return key[1:] if len(key) > 3 and key[0] in "وف" else key


def _framed_mention(layer: TextLayer, sentence: Sentence, t_start: int, event: str,
                    rules: EventRules) -> str | None:
    """"ويأتي ذلك بعد هجوم ..."، "أدانت الوزارة الهجوم": the trigger is named under a frame
    (``MentionFrame``), not reported; the frame's name, or None."""
    text = layer.text
    word_start, _ = _word_bounds(text, t_start, t_start)
    before = text[sentence.start:word_start]
    found = list(VOWELLED_WORD.finditer(before))
    words = [_bare_key(m.group()) for m in found]
    # "وفقا" is its own word, not و + "فقا": the word as written counts too
    written = [normalize_key(m.group()) for m in found]
    for frame in rules.frames:
        if event not in frame.events:
            continue
        for i, w in enumerate(words):
            if w not in frame.words and written[i] not in frame.words:
                continue
            if frame.after:
                # "جاء ذلك بعد هجوم ..." frames what follows, up to another fact of the
                # sentence ("...، فيما قتل ثلاثة في غارة")
                # "وراء" as written: its و is no conjunction
                following = range(i + 1, min(i + 1 + frame.window, len(words)))
                if any(words[j] in frame.after or written[j] in frame.after for j in following) \
                        and not opens_another_fact(text, sentence.start + found[i].end(), word_start):
                    return frame.why
            elif len(words) - 1 - i <= frame.window:
                clause = CLAUSE_BREAK.split(before)[-1]
                if len(VOWELLED_WORD.findall(clause)) > len(words) - 1 - i:
                    return frame.why
    return None


def _describes_antecedent(layer: TextLayer, sentence: Sentence, t_start: int, t_end: int,
                          form: str, event: str, rules: EventRules) -> bool:
    """"الرهائن الذين خطفتهم العصابة": the relative clause describes, it does not report."""
    rel = rules.relative
    if rel is None or event not in rel.events or form != "past":
        return False
    text = layer.text
    word_start, word_end = _word_bounds(text, t_start, t_end)
    before = VOWELLED_WORD.findall(text[sentence.start:word_start])
    if not before or normalize_key(before[-1]) not in rel.pronouns:
        return False
    return normalize_key(text[word_start:word_end]).endswith(rel.suffixes)


_ARTICLE = re.compile(r"^[وف]?(?:ال|لل)")
_YEAR = re.compile(r"(?:19|20)[0-9][0-9]")


def _strip_article(key: str) -> str:
    return _ARTICLE.sub("", key, count=1) if len(key) > 4 else key


# possessive pronouns on a verbal noun, as written (a final ة is no pronoun): "دعمها"، "تأييده"
_POSSESSIVES = ("ه", "ها", "هم", "هما", "هن", "نا", "كم")


def _prospective_noun(layer: TextLayer, sentence: Sentence, t_start: int, t_end: int, form: str,
                      event: str, rules: EventRules) -> bool:
    """"اللقاء المرتقب"، "اتفاقا محتملا"، "الاجتماع المقبل": an adjective of prospect after
    the noun, in its clause, makes it a plan, not a report."""
    pro = rules.prospective
    if pro is None or form != "nouns" or event in pro.spares:
        return False
    text = layer.text
    _, word_end = _word_bounds(text, t_end, t_end)
    after = CLAUSE_BREAK.split(text[word_end:sentence.end])[0]
    found = VOWELLED_WORD.findall(after)[:pro.window]
    words = [_strip_article(normalize_key(w)) for w in found]
    if words and _takes_object(text[t_start:word_end], found[0], words[0], event, pro):
        return False
    return any(w in pro.words for w in words)


def _takes_object(trigger_word: str, next_word: str, next_key: str, event: str, pro) -> bool:
    """"دعمها المقترح"، "تأييد المبادرة المقترحة": a verbal noun of a transitive type, possessed
    or in construct (no article), takes the definite word after it as its object; what follows
    describes that object.  A bare prospect adjective ("دعمها المحتمل") still qualifies the noun."""
    possessed = unvowelled(trigger_word).endswith(_POSSESSIVES)
    if event not in pro.transitive or not (possessed or not _DEFINITE.match(normalize_key(trigger_word))):
        return False
    return bool(_DEFINITE.match(normalize_key(next_word))) \
        and (next_key in pro.nouns or next_key not in pro.words)


# words allowed between a noun and the future verb of its relative clause: "القمة التي ستعقد"
_RELATIVE_REACH = 3


def _future_relative(layer: TextLayer, sentence: Sentence, t_end: int, form: str, hyp_matches,
                     rules: EventRules) -> bool:
    """"القمة الطارئة التي ستعقد الخميس"، "الزيارة التي سيقوم بها": a relative clause in the
    future tells of a meeting or visit to come; the noun names a plan, not a report."""
    if form != "nouns" or rules.relative is None:
        return False
    text = layer.text
    for m in hyp_matches:
        if m.start < t_end or m.end > sentence.end or not m.key.startswith("س"):
            continue
        between = text[t_end:m.start]
        words = [normalize_key(w) for w in VOWELLED_WORD.findall(between)]
        if not CLAUSE_BREAK.search(between) and len(words) <= _RELATIVE_REACH \
                and any(w in rules.relative.pronouns for w in words):
            return True
    return False


_FUTURE_GOVERNOR_REACH = 4
_FUTURE_GOVERNED = frozenset(normalize_key(w) for w in function_words().future_governed_verbs)


def _is_future_governor(word: str) -> bool:
    """سيشارك / وستستضيف / سيتم: the future prefix on a verb that takes an event noun."""
    key = normalize_key(word)
    if key[:1] in ("و", "ف") and key[1:2] == "س":
        key = key[1:]
    return key.startswith("س") and key[1:] in _FUTURE_GOVERNED


def _future_governed(layer: TextLayer, sentence: Sentence, t_start: int, form: str,
                     event: str) -> bool:
    """"سيشارك الوزير في اجتماع"، "ستجبر الجيش على الانسحاب": a future verb a few words
    before an event noun, in its clause, governs it; the event is to come. A threat stays
    (the threatened reply is the THREATEN event), and a complementiser between opens a
    clause of its own ("ستثبت أن ...")."""
    if form != "nouns" or event == "THREATEN":
        return False
    text = layer.text
    word_start, _ = _word_bounds(text, t_start, t_start)
    clause = CLAUSE_BREAK.split(without_asides(text[sentence.start:word_start]))[-1]
    words = VOWELLED_WORD.findall(clause)[-(_FUTURE_GOVERNOR_REACH + 1):]
    for i, word in enumerate(words):
        if _is_future_governor(word):
            return not COMPLEMENTISER.search(" ".join(words[i + 1:]))
    return False


# words allowed between a verb of trying or of habit and the event noun it governs (its
# subject, a preposition): "حاولت الأجهزة الأمنية الفلسطينية اعتقاله"
_UNREALISED_REACH = 4
_ATTEMPT_GOVERNORS = frozenset(normalize_key(w) for w in function_words().attempt_governors)
_HABITUAL_VERBS = frozenset(normalize_key(w) for w in function_words().habitual_verbs)
_GOVERNED_PREPOSITIONS = frozenset(normalize_key(w) for w in ("إلى", "على"))
_ADJUNCT_PREPOSITIONS = frozenset(normalize_key(w) for words in (
    function_words().other_prepositions, function_words().relative_time_prepositions,
    function_words().cause_prepositions, ("في", "خلال", "أثناء")) for w in words)


def _complement_of_another(word: str) -> bool:
    """"حاولوا التصدي لهذه الاقتحامات"، "حاولوا الفرار بعد اعتقال": a word with ب/ل written on
    it, or a preposition of an adjunct, before the trigger: the trigger is the complement of
    another noun (the governor's object) or of the adjunct, not the governor's object."""
    key = _bare_key(word)
    if key in _GOVERNED_PREPOSITIONS:
        return False
    return key in _ADJUNCT_PREPOSITIONS or (len(key) > 3 and key[0] in "بل")


def _governor_keys(word: str) -> tuple[str, ...]:
    """The word's keys (``_word_keys``), but a three-letter stem left by taking و/ف off is no
    key: "وسعت القوات الاقتحامات" is widened, not sought."""
    key = normalize_key(word)
    return tuple(k for k in _word_keys(key) if k == key or len(k) > 3)


def _unrealised_governor(layer: TextLayer, sentence: Sentence, t_start: int, form: str,
                         event: str) -> str | None:
    """"حاولت الشرطة اعتقاله"، "سعت الحكومة إلى الإفراج عن"، "دأبت القوات على اعتقال": a verb
    or noun of trying, seeking or studying (``attempt_governors``), or of a habit
    (``habitual_verbs``), a few words before an event noun in its clause governs it; the act
    is not told as done once: "attempted" or "habitual". An attempted attack stays an ASSAULT."""
    if form != "nouns":
        return None
    text = layer.text
    word_start, _ = _word_bounds(text, t_start, t_start)
    clause = CLAUSE_BREAK.split(without_asides(text[sentence.start:word_start]))[-1]
    words = VOWELLED_WORD.findall(clause)[-(_UNREALISED_REACH + 1):]
    # "حاول المقاومون التصدي لاقتحام": ب/ل on the trigger after other words makes it the
    # complement of the noun before it; only "في محاولة لاقتحام" is the governor's own
    prefixed = text[word_start:t_start].lstrip("وف").startswith(("ب", "ل"))
    for i in range(len(words) - 1, -1, -1):
        keys = _governor_keys(words[i])
        if _HABITUAL_VERBS.intersection(keys):
            kind = "habitual"
        elif _ATTEMPT_GOVERNORS.intersection(keys):
            kind = "attempted"
        else:
            continue
        between = words[i + 1:]
        if (kind == "attempted" and event == "ASSAULT") or COMPLEMENTISER.search(" ".join(between)) \
                or any(_complement_of_another(w) for w in between) \
                or (between and prefixed):
            return None
        return kind
    return None


def _word_keys_stripped(word: str) -> set[str]:
    """A word's keys (``_word_keys``) with and without the article."""
    keys = _word_keys(normalize_key(word))
    return set(keys) | {_strip_article(k) for k in keys}


def _protest_demand(layer: TextLayer, sentence: Sentence, t_start: int, t_end: int, event: str,
                    rules: EventRules) -> bool:
    """"تظاهرات حاشدة في المدينة تطالب بـ"، "خرجت مسيرة، للمطالبة بـ"، "طالب المحتجون بـ": the
    demand is the protest's own, coded as the PROTEST (``ProtestDemand``)."""
    pdm = rules.protest_demand
    if pdm is None or event not in pdm.events:
        return False
    text = layer.text
    word_start, word_end = _word_bounds(text, t_start, t_end)
    trigger_keys = _word_keys_stripped(text[word_start:word_end])
    after = _VOWELLED_WORD.findall(CLAUSE_BREAK.split(text[word_end:sentence.end])[0])[:1]
    after_keys = _word_keys_stripped(after[0]) if after else set()
    if pdm.unless_after.intersection(after_keys):
        return False
    sentence_before = [_word_keys_stripped(w) for w in _VOWELLED_WORD.findall(text[sentence.start:word_start])]
    near = sentence_before if pdm.adjuncts.intersection(trigger_keys) else \
        [_word_keys_stripped(w) for w in _VOWELLED_WORD.findall(CLAUSE_BREAK.split(text[sentence.start:word_start])[-1])]
    if any(pdm.words.intersection(k) for k in near[-pdm.window:]):
        return True
    # "خرجت مسيرة في المدينة. وطالب المتظاهرون ب": protesters named as the subject speak for a
    # protest reported just before; alone ("وطالب المتظاهرون الحكومة ب") they still demand
    if not pdm.subjects.intersection(after_keys):
        return False
    earlier = _VOWELLED_WORD.findall(text[:word_start])[-pdm.subject_reach:]
    return any(pdm.words.intersection(_word_keys_stripped(w)) for w in earlier)


def _trigger_word_start(text: str, t_start: int, keys: frozenset[str]) -> int | None:
    """Where the trigger's word starts, when that word (clitics aside) is one of ``keys``."""
    word_start, word_end = _word_bounds(text, t_start, t_start)
    if keys.intersection(_word_keys(normalize_key(text[word_start:word_end]))):
        return word_start
    return None


def _unsourced_modal(layer: TextLayer, sentence: Sentence, t_start: int, event: str,
                     rules: EventRules) -> bool:
    """"ووجد التقرير أن الاتحاد يجب أن يتكيف"، "لا بد من مراجعة السياسة": a modal of obligation
    that no one in the sentence states is the writer's analysis, not a demand (``ModalSources``)."""
    mod = rules.modal_sources
    if mod is None or event not in mod.events:
        return False
    text = layer.text
    word_start = _trigger_word_start(text, t_start, mod.triggers)
    if word_start is None:
        return False
    before = text[sentence.start:word_start]
    if quotation_open(before):
        return False
    if any(sentence.start <= m.start and m.end <= word_start
           for m in rules.speech_verbs.longest(layer.view)):
        return False
    return not any(mod.words.intersection(_word_keys(normalize_key(w)))
                   for w in _VOWELLED_WORD.findall(before))


def _self_exhortation(layer: TextLayer, sentence: Sentence, t_start: int, t_end: int,
                      event: str, rules: EventRules) -> bool:
    """"يجب أن نتحد"، "لا بد من أن نواصل"، "ضرورة الاعتماد على أنفسنا": the speaker urges
    their own side, asking nothing of another (``SelfExhortation``)."""
    exh = rules.self_exhortation
    if exh is None or event not in exh.events:
        return False
    text = layer.text
    word_start = _trigger_word_start(text, t_start, exh.triggers)
    if word_start is None:
        return False
    trigger_words = [normalize_key(w) for w in _VOWELLED_WORD.findall(text[word_start:t_end])]
    after = [normalize_key(w) for w in
             _VOWELLED_WORD.findall(CLAUSE_BREAK.split(text[t_end:sentence.end])[0])]
    if any(exh.reflexives.intersection(_word_keys(w)) for w in after[:exh.window]):
        return True
    if trigger_words and trigger_words[-1] != "ان":
        if not after or after[0] != "ان":
            return False
        after = after[1:]
    return bool(after) and len(after[0]) > 3 and after[0].startswith(exh.prefixes)


def _agreed_opinion(layer: TextLayer, sentence: Sentence, t_start: int, t_end: int,
                    event: str, rules: EventRules) -> bool:
    """"اتفق الوزراء على أن الأزمة طويلة": agreeing that something is so, an opinion, not a
    deal (``AgreedOpinion``); "اتفقا على أن يتم التبادل" stays a deal."""
    opi = rules.agreed_opinion
    if opi is None or event not in opi.events:
        return False
    text = layer.text
    if _trigger_word_start(text, t_start, opi.triggers) is None:
        return False
    _, word_end = _word_bounds(text, t_start, t_end)
    after = [normalize_key(w) for w in
             _VOWELLED_WORD.findall(CLAUSE_BREAK.split(text[word_end:sentence.end])[0])]
    for i, word in enumerate(after[:opi.window]):
        if word != "علي" or i + 1 >= len(after) or after[i + 1] not in opi.that:
            continue
        rest = after[i + 2:]
        if not rest or any(opi.keep.intersection(_word_keys(w)) for w in rest):
            return False
        # a present verb after a bare أن is the action agreed on
        return not (after[i + 1] == "ان" and (rest[0] in opi.verb_words or (
            len(rest[0]) > 2 and rest[0].startswith(opi.verb_prefixes))))
    return False


def _noun_reading(layer: TextLayer, sentence: Sentence, t_start: int, t_end: int, event: str,
                  rules: EventRules) -> NounReading | None:
    """"بناء على طلب الحكومة"، "في طلب قدمته الشركة"، "بطلب من": the trigger word after a
    preposition, or with ب/ل/ك on it, is the verbal noun and names a request; "تقدمت تركيا
    بطلب" makes one (``NounReading``)."""
    text = layer.text
    word_start, word_end = _word_bounds(text, t_start, t_end)
    key = _bare_key(text[word_start:word_end])
    for reading in rules.noun_readings:
        if event not in reading.events:
            continue
        prefixed = len(key) > 1 and key[0] in "بلك" and key[1:] in reading.triggers
        if not prefixed and key not in reading.triggers:
            continue
        # short asides skipped: "كشفت الوكالة، الأميركية، عن طلب"
        before = CLAUSE_BREAK.split(without_asides(text[sentence.start:word_start]))[-1]
        clause = [_word_keys(normalize_key(w)) for w in _VOWELLED_WORD.findall(before)]
        after_preposition = bool(clause) and bool(reading.prepositions.intersection(clause[-1]))
        if not (prefixed or after_preposition):
            continue
        if any(reading.support.intersection(k) for k in clause):
            continue
        return reading
    return None


def _names_purpose(layer: TextLayer, sentence: Sentence, t_start: int, form: str, event: str,
                   rules: EventRules) -> bool:
    """"تسعى لانسحاب القوات"، "تحالف لدعم القضية": ل on an indefinite verbal noun is
    'in order to'; the article (للاتفاق) or another preposition leaves it a noun phrase.  For the
    ``article_events`` it is ل with the article that does ("للمطالبة ب")."""
    if rules.purpose is None or form != "nouns":
        return False
    word_start, word_end = _word_bounds(layer.text, t_start, t_start)
    if event in rules.purpose.events and layer.text[word_start:t_start].lstrip("وف") == "ل":
        return not _governed_by(layer, sentence, word_start, rules.purpose.governors)
    return event in rules.purpose.article_events \
        and normalize_key(layer.text[word_start:word_end]).lstrip("وف").startswith("لل")


# words allowed between a verb and the noun its ل governs: "تعرضت القرية لحصار"
_GOVERNOR_REACH = 4


def _governed_by(layer: TextLayer, sentence: Sentence, word_start: int,
                 governors: frozenset[str]) -> bool:
    """One of ``governors`` stands shortly before the trigger word in its clause ("تصدى
    لاقتحام"، "تعرضت القرية لحصار"): the ل is its complement's, not one of purpose."""
    clause = CLAUSE_BREAK.split(layer.text[sentence.start:word_start])[-1]
    before = _VOWELLED_WORD.findall(clause)[-_GOVERNOR_REACH:]
    return any(governors.intersection(_word_keys(normalize_key(w))) for w in before)


def _deal_term(layer: TextLayer, sentence: Sentence, t_start: int, form: str, event: str,
               rules: EventRules) -> bool:
    """"وقف إطلاق النار الدائم، وإطلاق سراح الأسرى": a noun joined by و to a ceasefire is a
    term of the deal (``DealTerms``)."""
    deal = rules.deal_terms
    if deal is None or form != "nouns" or event not in deal.events:
        return False
    text = layer.text
    word_start, _ = _word_bounds(text, t_start, t_start)
    if not text[word_start:t_start].startswith("و"):
        return False
    words = [normalize_key(w) for w in _VOWELLED_WORD.findall(text[sentence.start:word_start])]
    for skipped in range(min(deal.modifiers, len(words)) + 1):
        if skipped and _strip_article(words[-skipped]) not in deal.adjectives \
                and words[-skipped] not in deal.adjectives:
            break
        end = len(words) - skipped
        if any(end >= len(h) and _ends_phrase(words[end - len(h):end], h) for h in deal.heads):
            return True
    return _ceasefire_within_reach(layer, sentence, word_start, deal)


def _ceasefire_within_reach(layer: TextLayer, sentence: Sentence, word_start: int,
                            deal: DealTerms) -> bool:
    """"هدنة إنسانية في غزة لمدة أربعة أيام وتبادل أسرى وإدخال المساعدات": a ceasefire head a
    few words back in the clause, a place or a term between, still governs the joined noun."""
    if not deal.reach:
        return False
    clause = CLAUSE_BREAK.split(layer.text[sentence.start:word_start])[-1]
    words = [normalize_key(w) for w in _VOWELLED_WORD.findall(clause)][-deal.reach:]
    return any(_ends_phrase(words[end - len(h):end], h)
               for h in deal.heads for end in range(len(h), len(words) + 1))


def _ends_phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    """``words`` spell ``phrase``, the first one maybe with و/ف and one of ب/ل (لوقف، ووقف)."""
    return tuple(words[1:]) == phrase[1:] and phrase[0] in _word_keys(words[0])


_LIST_COMMA = re.compile(r"[،,]\s*$")
# a comma before an earlier و-joined term of the same list: "لتغيير موقفها، ووقف القتال، وحظر"
_EARLIER_TERM_COMMA = re.compile(r"[،,](?=\s*و)")
_LIST_TERM_REACH = 2
_LIST_REACH_CAP = 3


def _carries_preposition(key: str) -> bool:
    """بإلغاء، لتكثيف، وبحظر: a word carrying ب/ل (a stem long enough not to start with it)."""
    bare = _bare_key(key)
    return len(bare) > 3 and bare[0] in "بل"


def _joined_bare_stem(text: str, t_start: int, t_end: int) -> bool:
    """"، وحظر تصدير السلاح": a past-form trigger joined by و with no ending, spelled like its
    verbal noun; in a list of demands it is the noun."""
    word_start, word_end = _word_bounds(text, t_start, t_end)
    # "واعتقلت الشرطة": a verb's own ending shows it is no verbal noun
    inflected = normalize_key(text[t_start:t_end]).endswith(_PAST_ENDINGS)
    return text[word_start:t_start] == "و" and word_end == t_end and not inflected


_PAST_ENDINGS = ("ت", "وا")


def _demanded(layer: TextLayer, sentence: Sentence, t_start: int, t_end: int, form: str,
              event: str, rules: EventRules) -> bool:
    """"دعت المحكمة السلطات إلى توقيف المتهم"، "طالبوا بإلغاء القرار، وإغلاق المكتب": the
    verbal noun is the object of a demand, a call or a threat (``DemandGovernors``); so is a
    و-joined past form spelled like it ("طالبوا بوقف الحرب، وحظر بيع السلاح")."""
    gov = rules.demands
    if gov is None:
        return False
    if event in gov.direct_events:
        return _called_meeting(layer, sentence, t_start, form, gov)
    if event not in gov.events:
        return False
    text = layer.text
    if form != "nouns" and not (form == "past" and _joined_bare_stem(text, t_start, t_end)):
        return False
    word_start, word_end = _word_bounds(text, t_start, t_start)
    trigger_key = normalize_key(text[word_start:word_end])
    before = text[sentence.start:word_start]
    window = gov.window
    if trigger_key.startswith("و"):
        # a term in a list of demands: "بإلغاء الاتفاقية، وإغلاق السفارة"; the earlier terms
        # have their own words, so the call may stand a whole term further back ("طالبوا
        # المجلس بقرار ملزم لوقف القتال في المدينة، وحظر بيع السلاح"), and a term further
        # for each earlier و-joined term ("للضغط على الحكومة لتغيير موقفها، ووقف القتال، وحظر")
        if _LIST_COMMA.search(before) is not None:
            before, terms = _EARLIER_TERM_COMMA.subn(" ", _LIST_COMMA.sub(" ", before))
            window = gov.window * min(_LIST_TERM_REACH + terms, _LIST_REACH_CAP)
    clause = _clause_keys(before, 0)
    words = clause[-window:]
    i = _nearest_call(words, gov)
    if i is None:
        return False
    # the answer may stand before the window: "أيدت المحكمة في العاصمة أمس طلب الحكومة ..."
    if _call_answered(clause, i + len(clause) - len(words), gov):
        return False    # "استجابة لدعوة النقابة إلى الإضراب": the call was answered
    between = words[i + 1:]
    return _carries_preposition(trigger_key) or any(
        w in gov.prepositions or _carries_preposition(w) for w in between)


def _call_answered(words: list[str], i: int, gov: DemandGovernors) -> bool:
    """A word of ``gov.answered`` (an answer, an approval) before the call at ``i`` in its
    clause ("استجابة لدعوة"، "أيدت المحكمة طلب الحكومة"), the answer itself not only sought:
    after إلى/على or a verb of trying ("تسعى الشركات إلى تلبية طلب الرئيس بمنحه"، "حاولت
    تلبية دعوات") the call is still unanswered."""
    for j in range(i - 1, -1, -1):
        if gov.answered.intersection(_word_keys(words[j])):
            return not (j and (gov.prepositions.intersection(_word_keys(words[j - 1]))
                               or _ATTEMPT_GOVERNORS.intersection(_governor_keys(words[j - 1]))))
    return False


def _clause_keys(before: str, window: int) -> list[str]:
    """The normalised words of the last clause of ``before`` (asides left out), the last
    ``window`` of them (0: all)."""
    clause = CLAUSE_BREAK.split(without_asides(before))[-1]
    keys = [normalize_key(w) for w in VOWELLED_WORD.findall(clause)]
    return keys if window == 0 else keys[-window:]


def _nearest_call(words: list[str], gov: DemandGovernors) -> int | None:
    """Where the nearest word of demand or call stands in ``words``, looking back from the
    end; None when there is none or a word of ``gov.stops`` comes first."""
    for i in range(len(words) - 1, -1, -1):
        keys = _word_keys(words[i])
        if gov.stops.intersection(keys):
            return None
        if gov.words.intersection(keys):
            return i
    return None


def _called_meeting(layer: TextLayer, sentence: Sentence, t_start: int, form: str,
                    gov: DemandGovernors) -> bool:
    """"دعت الولايات المتحدة الطرفين إلى الاجتماع في جنيف"، "دعا إلى عقد لقاء": a meeting
    noun right after a preposition (or after one and a verbal noun of holding) with a call
    before it in its clause is asked for, not held."""
    if form != "nouns":
        return False
    word_start, _ = _word_bounds(layer.text, t_start, t_start)
    words = _clause_keys(layer.text[sentence.start:word_start], gov.direct_window or gov.window)
    if words and gov.direct_between.intersection(_word_keys(words[-1])):
        words = words[:-1]
    if not words or not gov.prepositions.intersection(_word_keys(words[-1])):
        return False
    return _nearest_call(words[:-1], gov) is not None


def _counted_noun(layer: TextLayer, sentence: Sentence, t_start: int, t_end: int,
                  rules: EventRules) -> bool:
    """"نحو 300 طالب"، "آلاف طالب": a verb trigger spelled like a count noun, right after a
    numeral (not a year) or a quantity word, is the noun."""
    counted = rules.counted
    if counted is None:
        return False
    text = layer.text
    word_start, word_end = _word_bounds(text, t_start, t_end)
    if normalize_key(text[word_start:word_end]) not in counted.words:
        return False
    before = VOWELLED_WORD.findall(text[sentence.start:word_start])
    if not before or CLAUSE_BREAK.search(text[sentence.start:word_start].rstrip()[-1:]):
        return False
    last = before[-1]
    if last.isdigit():
        return not _YEAR.fullmatch(last)
    return _bare_key(last) in counted.quantities


def _word_keys(key: str) -> tuple[str, ...]:
    """A word's normalised key as written, without و/ف, and without one of ب/ل as well
    (ومنع، لمنع، بتهديد); the first letter may be the stem's own (فروعها، بقاء)."""
    bare = _bare_key(key)
    keys = (key, bare) if bare != key else (key,)
    if len(bare) > 3 and bare[0] in "بل":
        keys += (bare[1:],)
    return keys


# a word with its short vowels (أُوقفت، الـمقاطعة): \w+ would cut it at a vowel
_VOWELLED = rf"[\w{VOWEL_MARKS}]"
_MARK = re.compile(rf"[{VOWEL_MARKS}]")
_VOWELLED_WORD = re.compile(_VOWELLED + "+")
_WORD_END = re.compile(_VOWELLED + "*")
_WORD_START = re.compile(_VOWELLED + "*$")


def _sense_cue(layer: TextLayer, sentence: Sentence, t_start: int, t_end: int, form: str,
               event: str, rules: EventRules) -> SenseCue | None:
    """The first ``SenseCue`` whose words stand next to the trigger in its clause, or None."""
    text = layer.text
    word_start = t_start - len(_WORD_START.search(text[sentence.start:t_start]).group())
    word_end = t_end + len(_WORD_END.match(text, t_end, sentence.end).group())
    first = _word_keys(normalize_key(_VOWELLED_WORD.match(text, word_start).group()))
    before = [_word_keys(normalize_key(w)) for w in
              _VOWELLED_WORD.findall(CLAUSE_BREAK.split(text[sentence.start:word_start])[-1])]
    after = [_word_keys(normalize_key(w)) for w in
             _VOWELLED_WORD.findall(CLAUSE_BREAK.split(text[word_end:sentence.end])[0])]
    for cue in rules.senses:
        if event not in cue.events or (cue.forms and form not in cue.forms):
            continue
        if cue.triggers and not cue.triggers.intersection(first):
            continue
        if after and cue.unless_after.intersection(after[0]):
            continue
        if cue.unless_before and any(cue.unless_before.intersection(k) for k in before):
            continue
        if cue.unless_later and any(cue.unless_later.intersection(k) for k in after):
            continue
        near_before = before[-cue.before_window:] if cue.before_window else []
        found_before = any(cue.before.intersection(k) for k in near_before)
        found_after = any(cue.after.intersection(k) for k in after[:cue.after_window])
        if (found_before and found_after) if cue.paired else (found_before or found_after):
            return cue
    return None


def _vowelled_homograph(layer: TextLayer, sentence: Sentence, t_start: int, event: str,
                        rules: EventRules) -> VowelledHomograph | None:
    """"مسيّرة إسرائيلية": the trigger word's own short vowels make it another word."""
    text = layer.text
    word_start = t_start - len(_WORD_START.search(text[sentence.start:t_start]).group())
    word = _VOWELLED_WORD.match(text, word_start).group()
    keys = _word_keys(normalize_key(word))
    for homograph in rules.vowelled:
        if event in homograph.events and homograph.triggers.intersection(keys) \
                and any(mark in word for mark in homograph.marks):
            return homograph
    return None


def _continued(layer: TextLayer, sentence: Sentence, t_start: int, form: str,
               rules: EventRules) -> bool:
    """"تواصل القوات قصفها للمدينة": a noun trigger after a verb of going on with it, in its
    clause, within ``continuation_window`` words (the subject between)."""
    if form != "nouns" or not rules.continuation_verbs:
        return False
    clause = _VOWELLED_WORD.findall(CLAUSE_BREAK.split(layer.text[sentence.start:t_start])[-1])
    first = max(0, len(clause) - rules.continuation_window - 1)
    for i in range(first, len(clause)):
        w = clause[i]
        if normalize_key(w) in rules.continuation_verbs or _bare_key(w) in rules.continuation_verbs:
            before = _bare_key(clause[i - 1]) if i else ""
            return before not in rules.continuation_not_after
    return False


def read_context(layer: TextLayer, sentence: Sentence, t_start: int, t_end: int, form: str,
                 rules: EventRules, neg_matches, hyp_matches, event: str = "",
                 goal_matches=None) -> Context:
    """``*_matches``: the document's cue matches (computed once per document by the caller;
    ``goal_matches`` is looked up here when not given)."""
    s_norm_start, s_norm_end = layer.view.to_normalized(sentence.start, sentence.end)
    s_norm = layer.norm[s_norm_start:s_norm_end]
    for d in rules.discards:
        if d.applies_to(event) and d.pattern.search(s_norm):
            return Context(False, False, d.why, (d.why,))
    background = _setting_cue(layer, sentence, t_start, form, event, rules) \
        or _framed_mention(layer, sentence, t_start, event, rules)
    if background is None and _describes_antecedent(layer, sentence, t_start, t_end, form, event, rules):
        background = "relative-description"
    if background is None and _counted_noun(layer, sentence, t_start, t_end, rules):
        background = "counted-noun"
    if background is None and _protest_demand(layer, sentence, t_start, t_end, event, rules):
        background = rules.protest_demand.why
    if background is None and _unsourced_modal(layer, sentence, t_start, event, rules):
        background = rules.modal_sources.why
    if background is None and _self_exhortation(layer, sentence, t_start, t_end, event, rules):
        background = rules.self_exhortation.why
    if background is None and _agreed_opinion(layer, sentence, t_start, t_end, event, rules):
        background = rules.agreed_opinion.why
    if background is None:
        reading = _noun_reading(layer, sentence, t_start, t_end, event, rules)
        background = reading.why if reading is not None else None
    if background is None:
        homograph = _vowelled_homograph(layer, sentence, t_start, event, rules)
        background = homograph.why if homograph is not None else None
    sense = _sense_cue(layer, sentence, t_start, t_end, form, event, rules)
    if background is None and sense is not None and not sense.hypothetical:
        background = sense.why
    if background:
        return Context(False, False, background, (background,))
    neg_matches = [m for m in neg_matches if not _says_still(layer, m, rules.still_verbs)]
    neg = _cues_before(layer, neg_matches, sentence, t_start, rules.negation_window,
                       next_word_only=_ends_in_preposition)
    if not neg:
        neg += _failed_with_subject(layer, sentence, t_start, rules)
    neg += _denied_clause(layer, neg_matches, sentence, t_start, rules.denials)
    if not neg:
        neg += _negated_participation(layer, neg_matches, sentence, t_start, rules)
    if form in ("past", "passive"):
        hyp_matches = [m for m in hyp_matches
                       if not _asserts_past(layer, m, t_start, rules.past_assertive)]
    hyp_matches = [m for m in hyp_matches if not _asserts_clause(layer, sentence, m, t_start, rules)]
    hyp = _cues_before(layer, hyp_matches, sentence, t_start, rules.window)
    if form == "nouns" and rules.noun_goal is not None:
        # "مفاوضات بشأن صفقة"، "للتوصل إلى اتفاق": the noun names a goal or a topic
        if goal_matches is None:
            goal_matches = rules.noun_goal.longest(layer.view)
        spared = rules.noun_goal_spares.get(event, frozenset())
        hyp += _cues_before(layer, [m for m in goal_matches if m.key not in spared], sentence,
                            t_start, rules.noun_goal_window)
    sentence_text = layer.text[sentence.start:sentence.end]
    question = sentence_text.rstrip().endswith(("?", "؟"))
    future = form in ("present", "past") and _is_future_verb(layer, t_start)
    if _is_simulated(layer, sentence, t_start, t_end, event, rules):
        hyp.append("simulated")
    if _prospective_noun(layer, sentence, t_start, t_end, form, event, rules):
        hyp.append("prospect")
    if _future_relative(layer, sentence, t_end, form, hyp_matches, rules):
        hyp.append("future-relative")
    if _future_governed(layer, sentence, t_start, form, event):
        hyp.append("future-governor")
    if _names_purpose(layer, sentence, t_start, form, event, rules):
        hyp.append("purpose")
    unrealised = _unrealised_governor(layer, sentence, t_start, form, event)
    if unrealised:
        hyp.append(unrealised)
    if _deal_term(layer, sentence, t_start, form, event, rules):
        hyp.append(rules.deal_terms.why)
    if sense is not None and sense.hypothetical:
        hyp.append(sense.why)
    if _demanded(layer, sentence, t_start, t_end, form, event, rules):
        hyp.append("demanded")
    hypothetical = bool(hyp) or question or future
    # a cue the rescorer never saw in training: it only feeds its rule override
    going_on = ["continued"] if _continued(layer, sentence, t_start, form, rules) else []
    return Context(bool(neg), hypothetical, None, tuple(neg + hyp + (["?"] if question else [])
                                                        + (["س-"] if future else []) + going_on))
