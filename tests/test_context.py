"""Context rules: negation, hypotheticals, goal/topic nouns, background discards.

Every sentence here was written for these tests."""
from __future__ import annotations

import copy

import pytest
from conftest import trigger_context

from hadath.events.lexicon import build_rules, default_rules, validate_rules
from hadath.resources import DataError, load_json
from hadath.text.layer import analyze


def _context(text: str, word: str):
    """Context of the first trigger hit whose text is ``word``, in a one-sentence text."""
    return trigger_context(text, word)


@pytest.mark.parametrize("text, word", [
    ("لم تسجل الشرطة أي اعتقالات في المدينة.", "اعتقالات"),
    ("نفت الوزارة وقوع انفجار في الميناء.", "انفجار"),
])
def test_negation(text, word):
    assert _context(text, word).negated


@pytest.mark.parametrize("text, word", [
    ("لن تستمر المصانع من دون دعم حكومي للطاقة.", "دعم"),
    ("عبرت القافلة الحدود بدون اعتقالات هذه المرة.", "اعتقالات"),
])
def test_without_negates(text, word):
    assert _context(text, word).negated


def test_negation_far_before_the_trigger_does_not_count():
    ctx = _context("لم يكن الطقس سيئا في الصباح عندما وصل الوفد والتقى الوزير بالسفير.", "التقى")
    assert not ctx.negated


@pytest.mark.parametrize("text, word", [
    ("دعا الاتحاد العمالي إلى التظاهر أمام البرلمان يوم الأحد.", "التظاهر"),
    ("طالبت النقابة بالإفراج عن المعتقلين الثلاثة.", "الإفراج عن"),
    ("من المقرر أن يلتقي الرئيسان في عمان الأسبوع المقبل.", "يلتقي"),
    ("سيزور وزير الخارجية الجزائري تونس غدا.", "يزور"),
    ("ستشن القوات غارات على مواقع المهربين في الصحراء.", "غارات"),
])
def test_hypothetical(text, word):
    assert _context(text, word).hypothetical


@pytest.mark.parametrize("text, word", [
    ("ودعت اللجنة إلى تنفيذ اتفاق المصالحة الموقع قبل عامين.", "اتفاق"),
    ("واعتبر الوزير الخطوة خرقا لاتفاق التهدئة.", "اتفاق"),
    ("تتواصل المفاوضات بشأن اتفاق تجاري بين البلدين.", "اتفاق"),
    ("تبذل الوساطة جهودا للتوصل إلى اتفاق ينهي الأزمة.", "اتفاق"),
])
def test_goal_or_topic_noun_is_hypothetical(text, word):
    assert _context(text, word).hypothetical


@pytest.mark.parametrize("text, word", [
    ("تخشى الحكومة نية المتمردين تنفيذ هجمات في العاصمة.", "هجمات"),
    ("دهمت الشرطة المنزل بحجة تنفيذ اعتقالات في الحي.", "اعتقالات"),
])
def test_intention_or_pretext_before_a_noun_is_hypothetical(text, word):
    assert _context(text, word).hypothetical


@pytest.mark.parametrize("text, word", [
    ("بحث رئيس الوزراء في اتصال هاتفي مع نظيره الوضع الإقليمي.", "اتصال هاتفي"),   # not حث
    ("تركت عائلات بلا مأوى بعد هدم منازلها في الحي الشرقي.", "هدم"),              # not لا
])
def test_a_short_cue_inside_another_word_is_no_cue(text, word):
    ctx = _context(text, word)
    assert not ctx.hypothetical and not ctx.negated, ctx


def test_considering_a_measure_is_no_measure_taken():
    assert _context("قال الوزير إن حكومته تواصل بحث فرض عقوبات على الشركة.", "فرض عقوبات").hypothetical


@pytest.mark.parametrize("text, word", [
    ("أعلنت الكتائب تنفيذ هجوم على موقع عسكري في الشمال.", "هجوم"),
    ("تزامن ذلك مع تنفيذ الجيش اعتقالات في عدة بلدات.", "اعتقالات"),
])
def test_carrying_out_an_attack_or_arrests_is_no_goal(text, word):
    ctx = _context(text, word)
    assert not ctx.hypothetical and not ctx.discard, ctx


def test_goal_spares_must_be_goal_cues_of_plover_events():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["noun_goal_spares"] = {"ASSAULT": ["كلمة ليست في القائمة"]}
    with pytest.raises(DataError):
        validate_rules(data)
    data["noun_goal_spares"] = {"ATTACK": ["تنفيذ"]}
    with pytest.raises(DataError):
        validate_rules(data)


@pytest.mark.parametrize("text, word", [
    ("يمكنها أن ترفض الشروط إذا توحدت المعارضة.", "ترفض"),
    ("وصرح الوزير عشية زيارته إلى أنقرة بأن العلاقات قوية.", "زيارته"),
])
def test_modal_with_pronoun_and_eve_of_are_hypothetical(text, word):
    assert _context(text, word).hypothetical


def test_qad_before_a_past_verb_asserts_before_a_present_verb_hedges():
    assert not _context("وكانت الحكومة قد فرضت عقوبات على ثلاث شركات للصرافة.", "فرضت عقوبات").hypothetical
    assert not _context("وكان المدعي العام قد اتهم الوزير بالفساد.", "اتهم").hypothetical
    assert _context("وقد تفرض الحكومة عقوبات على شركات الصرافة.", "عقوبات").hypothetical


def test_past_assertive_words_must_be_hypothetical_cues():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["past_assertive"] = ["لقد"]
    with pytest.raises(DataError, match="past_assertive"):
        validate_rules(data)


def test_attack_on_simulated_targets_is_an_exercise_but_a_virtual_meeting_is_real():
    assert _context("تضمن التمرين اقتحام مواقع مفترضة للعدو في الصحراء.", "اقتحام").hypothetical
    assert _context("أجرت الوحدات محاكاة هجوم على قاعدة بحرية.", "هجوم").hypothetical
    assert not _context("عقد وزراء الخارجية اجتماعا افتراضيا مساء الأحد.", "اجتماعا").hypothetical
    assert not _context("هاجم مسلحون قاعدة عسكرية في الصحراء.", "هاجم").hypothetical


def test_simulated_needs_plover_events():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["simulated"]["events"] = ["EXERCISE"]
    with pytest.raises(DataError, match="simulated"):
        validate_rules(data)


def test_goal_cues_do_not_touch_verbs():
    ctx = _context("وبعد جهود طويلة اتفقت الحكومة والنقابة على الأجور.", "اتفقت")
    assert not ctx.hypothetical


def test_plain_report_is_factual():
    ctx = _context("اعتقلت الشرطة التونسية خمسة أشخاص أمس.", "اعتقلت")
    assert not (ctx.negated or ctx.hypothetical or ctx.discard)


def test_background_recap_with_a_year_is_discarded():
    ctx = _context("في الثالث من آذار/مارس 2019 اعتقلت الشرطة خمسة ناشطين.", "اعتقلت")
    assert ctx.discard == "background recap"


def test_a_date_without_a_year_is_no_recap():
    ctx = _context("في الثالث من آذار اعتقلت الشرطة خمسة ناشطين.", "اعتقلت")
    assert ctx.discard is None


def test_negation_window_comes_from_the_data():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["negation_window"] = 7
    assert build_rules(validate_rules(data)).negation_window == 7
    data["negation_window"] = 0
    with pytest.raises(DataError):
        validate_rules(data)


def test_goal_cues_must_be_strings():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["noun_goal_cues"] = ["بشأن", ""]
    with pytest.raises(DataError):
        validate_rules(data)


@pytest.mark.parametrize("text, word", [
    ("حذر الوزير الفصائل من قصف المدن الحدودية.", "قصف"),
    ("ثمة خيار آخر يتمثل في شن غارات على المعسكرات.", "شن غارات"),
    ("حكمت المحكمة على رجلين بالسجن بتهمة خطف سائح.", "خطف"),
])
def test_warnings_options_and_charges_are_hypothetical(text, word):
    assert _context(text, word).hypothetical


def test_short_aside_between_commas_keeps_the_cue():
    ctx = _context("دعت الحكومة، أمس، النقابات إلى التظاهر أمام البرلمان.", "التظاهر")
    assert ctx.hypothetical


def test_long_clause_after_a_comma_cuts_the_cue():
    ctx = _context("دعت الحكومة إلى الهدوء، وبعد ساعات تظاهر المئات أمام البرلمان.", "تظاهر")
    assert not ctx.hypothetical


@pytest.mark.parametrize("text", [
    "شن الجيش استهدافا لمواقع المسلحين قرب الحدود.",
    "أطلقت الشرطة الغاز لتفريق المحتجين أمام المبنى.",
    "سيرت القوات الدوريات في أحياء القارة الأفريقية.",
])
def test_discards_are_whole_words(text):
    # استهداف contains هداف, تفريق contains فريق, الدوريات contains الدوري: no sport here
    layer = analyze(text)
    rules = default_rules()
    s_norm = layer.norm
    assert not any(d.pattern.search(s_norm) for d in rules.discards if d.why == "sport")


def test_sport_sentence_is_discarded():
    text = "سجل المهاجم هدفين في المباراة وقاد فريقه إلى الفوز في الدوري."
    layer = analyze(text)
    assert any(d.why == "sport" and d.pattern.search(layer.norm) for d in default_rules().discards)


def test_a_threatened_action_has_not_happened():
    assert _context("هدد النواب بمقاطعة جلسات البرلمان المقبلة.", "مقاطعة").hypothetical


@pytest.mark.parametrize("text, word", [
    ("وشدد الوزيران على ضرورة انسحاب القوات الأجنبية من البلاد.", "انسحاب"),
    ("وبحث الجانبان تسهيل إدخال المساعدات إلى المدينة.", "إدخال المساعدات"),
])
def test_what_must_happen_or_be_made_easier_has_not_happened(text, word):
    assert _context(text, word).hypothetical


@pytest.mark.parametrize("text, word", [
    ("أحبطت قوات الأمن محاولة اغتيال وزير الداخلية قرب منزله.", "اغتيال"),
    ("وأجهضت الشرطة أمس مخططا لتفجير مقر البلدية في المدينة.", "تفجير"),
])
def test_foiled_attack_is_not_reported_as_done(text, word):
    ctx = _context(text, word)
    assert ctx.hypothetical and not ctx.discard


def test_anniversary_discards_an_attack_but_spares_a_march():
    attack = _context("أحيا السكان ذكرى الهجوم على السوق القديم بالشموع.", "هجوم")
    march = _context("تظاهر مئات الطلاب أمس في ذكرى تأسيس الجامعة للمطالبة بخفض الرسوم.", "تظاهر")
    assert attack.discard == "anniversary"
    assert march.discard is None


def test_diplomatic_protest_to_an_envoy_is_no_street_protest():
    ctx = _context("احتجت وزارة الخارجية رسميا لدى السفير على تصريحات نائبه.", "احتجت")
    assert ctx.discard == "diplomatic protest"
    street = _context("احتج عشرات العمال أمام المصنع على تأخر الرواتب.", "احتج")
    assert street.discard is None


def test_discard_spares_and_only_must_name_plover_types():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["discard"].append({"why": "x", "pattern": "y", "only": ["PARADE"]})
    with pytest.raises(DataError):
        validate_rules(data)
    rules = build_rules(validate_rules(load_json("event_rules.json")))
    anniversary = next(d for d in rules.discards if d.why == "anniversary")
    assert not anniversary.applies_to("PROTEST") and anniversary.applies_to("ASSAULT")


def test_a_denial_negates_its_whole_reported_clause():
    assert _context("نفت الوزارة أن تكون قوات الأمن قد اعتقلت أي صحفي خلال الاحتجاجات.", "اعتقلت").negated
    assert not _context("نفت الوزارة الخبر. واعتقلت الشرطة ثلاثة صحفيين.", "اعتقلت").negated


def test_denials_must_be_negation_cues():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["denials"] = ["كذبت الأنباء"]
    with pytest.raises(DataError, match="denials"):
        validate_rules(data)


@pytest.mark.parametrize("text, word", [
    ("وجاء قرار الحكومة بإغلاق المعبر بعد الهجوم الذي شنه مسلحون على الثكنة.", "هجوم"),
    ("أعلنت البلدية الحداد ثلاثة أيام إثر التفجير الذي هز السوق القديم.", "تفجير"),
])
def test_a_known_attack_after_a_preposition_is_the_setting(text, word):
    assert _context(text, word).discard == "setting"


@pytest.mark.parametrize("text, word", [
    ("غرقت الناقلة بعد تعرضها لهجوم قرب الساحل.", "هجوم"),           # indefinite: reported
    ("بعد الهجوم على الثكنة أغلقت الشرطة الطريق.", "هجوم"),        # no main clause before
    ("هاجم مسلحون حاجزا للشرطة بعد ظهر أمس.", "هاجم"),
])
def test_a_reported_attack_is_no_setting(text, word):
    assert _context(text, word).discard != "setting"


def test_a_gathering_named_as_the_time_of_another_fact_is_the_setting():
    assert _context("قتل متظاهران خلال التظاهرة التي نظمت أمام البرلمان.", "تظاهرة").discard == "setting"
    assert _context("تجمع مئات العمال أمام البرلمان في العاصمة.", "تجمع").discard is None


def test_a_relative_clause_describing_a_person_is_no_event():
    ctx = _context("أفرجت الشرطة عن الصحفي الذي اختطفته جماعة مسلحة قبل عامين.", "اختطفته")
    assert ctx.discard == "relative-description"
    assert _context("اختطفت جماعة مسلحة صحفيا قبل عامين.", "اختطفت").discard is None


@pytest.mark.parametrize("text, word, why", [
    ("يخشى المراقبون انفجار الأزمة بين الحزبين بعد الانتخابات.", "انفجار", "explosion metaphor"),
    ("تظاهر الموظف بالمرض كي يغيب عن العمل.", "تظاهر", "pretend"),
    ("نجا الوزير من محاولات اغتيال عدة خلال مسيرته.", "اغتيال", "series/background"),
    ("3 مارس: مقتل 12 جنديا في كمين 9 مارس: هجوم على قافلة إغاثة", "هجوم", "timeline"),
])
def test_background_and_metaphor_discards(text, word, why):
    assert _context(text, word).discard == why


def test_a_protest_with_its_crowd_is_not_pretence():
    assert _context("تظاهر آلاف الطلاب أمام وزارة التعليم احتجاجا على الرسوم.", "تظاهر").discard is None


def test_incitement_charges_make_a_protest_noun_hypothetical():
    assert _context("وجهت النيابة إلى الناشطين تهمة التحريض على التظاهر.", "التظاهر").hypothetical


def test_setting_cues_must_name_plover_types():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["setting_cues"][0]["events"] = ["PARADE"]
    with pytest.raises(DataError, match="setting_cues"):
        validate_rules(data)


@pytest.mark.parametrize("text, word", [
    ("صرح الوزير للصحفيين غداة انفجار وقع قرب المحطة الشمالية.", "انفجار"),
    ("أغلقت السلطات المعبر إثر هجوم أسفر عن جرح حارسين.", "هجوم"),
])
def test_an_indefinite_attack_described_by_a_past_verb_is_the_setting(text, word):
    assert _context(text, word).discard == "setting"


def test_an_attack_reached_through_another_word_is_still_reported():
    # the describing verb only counts for a noun right after the preposition
    ctx = _context("غرقت السفينة بعد تعرضها لهجوم استهدف مقدمتها.", "هجوم")
    assert ctx.discard != "setting"


def test_a_running_death_toll_is_no_new_attack():
    assert _context("وقتل 40 شرطيا في الولاية حتى الآن.", "قتل").discard == "running total"
    # an attack named in between makes it a report of that attack
    assert _context("وقتل 4 شرطيين في هجوم على الحاجز حتى الآن.", "قتل").discard != "running total"
    assert _context("وقتل 4 شرطيين في الولاية أمس.", "قتل").discard is None


def test_casualties_of_an_attack_named_with_a_demonstrative_are_background():
    text = "ومثل المتهم أمام المحكمة أمس، وكان قد قتل في ذلك التفجير ثلاثة حراس."
    assert _context(text, "قتل").discard == "earlier attack"


@pytest.mark.parametrize("text, word, why", [
    ("ويأتي قرار الإغلاق بعد يومين من هجوم مسلح على قافلة للإغاثة قرب الحدود.", "هجوم", "comes-after"),
    ("وجاءت الزيارة غداة اشتباكات عنيفة في الريف الشرقي.", "اشتباكات", "comes-after"),
    ("أدانت الخارجية الفرنسية بشدة الهجوم المسلح على مخفر للشرطة.", "هجوم", "condemned"),
    ("وفتحت النيابة تحقيقا في التفجير الذي استهدف مقر البلدية.", "تفجير", "investigated"),
])
def test_an_attack_named_under_a_frame_is_a_mention(text, word, why):
    assert _context(text, word).discard == why


@pytest.mark.parametrize("text, word", [
    # the attack before the frame is the report; the frame only covers what follows it
    ("قصفت الطائرات حيا سكنيا شرق المدينة، ويأتي ذلك بعد أيام من التهدئة.", "قصفت"),
    # a condemnation far from the attack, in another clause, does not cover it
    ("أدانت الحكومة ما جرى أمس، وقال شهود إن مسلحين هاجموا المخفر فجرا.", "هاجموا"),
    ("هاجم مسلحون مقر البلدية أمس وقتلوا حارسين.", "هاجم"),
    # the frame ends where the sentence opens another fact
    ("وجاء ذلك بعد هجوم على حاجز للجيش، فيما قتل ثلاثة جنود في غارة على مواقعهم.", "قتل"),
])
def test_a_reported_attack_is_no_framed_mention(text, word):
    assert _context(text, word).discard is None


def test_mention_frames_are_validated():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["mention_frames"][0]["window"] = 0
    with pytest.raises(DataError, match="mention_frames"):
        validate_rules(data)


@pytest.mark.parametrize("key, bad, message", [
    ("prospective_adjectives", {"words": ["مرتقب"], "window": 0}, "prospective_adjectives"),
    ("purpose_prefix", {"events": ["HUG"]}, "purpose_prefix"),
    ("counted_homographs", {"words": ["طالب"]}, "counted_homographs"),
])
def test_precision_cues_are_validated(key, bad, message):
    data = copy.deepcopy(load_json("event_rules.json"))
    data[key] = bad
    with pytest.raises(DataError, match=message):
        validate_rules(data)


@pytest.mark.parametrize("text, word", [
    ("تحدث الوزير عن الاجتماع المرتقب بين الوفدين.", "اجتماع"),
    ("تعمل اللجنة لانسحاب القوات من الإقليم.", "انسحاب"),
])
def test_prospect_and_purpose_make_a_noun_hypothetical(text, word):
    assert _context(text, word).hypothetical


def test_the_article_keeps_a_noun_after_li_a_report():
    assert not _context("تطرق التقرير للانسحاب من الإقليم الشهر الماضي.", "للانسحاب").hypothetical


@pytest.mark.parametrize("text, discarded", [
    ("وقالت المدرسة إن 450 طالب عادوا إلى الفصول.", True),
    ("وفي اجتماع 2019 طالب المندوب بتحقيق دولي.", False),
])
def test_count_noun_after_a_numeral_is_no_verb(text, discarded):
    assert (_context(text, "طالب").discard == "counted-noun") is discarded


def test_qad_before_a_past_support_verb_asserts_its_noun():
    assert not _context("وكان الوزير قد تلقى أمس الاثنين اتصالا هاتفيا من نظيره.", "اتصالا هاتفيا").hypothetical
    assert _context("وقال الناطق إن الوزير قد يتلقى اتصالا هاتفيا من نظيره.", "اتصالا هاتفيا").hypothetical


# Sixteenth session: a term of a list of demands may stand a whole term after the call.
@pytest.mark.parametrize("text", [
    "طالب المؤتمر الدولي في جنيف مجلس الأمن بإصدار قرار عاجل لوقف القتال في السودان، وحظر بيع السلاح إلى الطرفين.",
    "دعت النقابات الحكومة إلى إلغاء القانون الجديد المثير للجدل في البرلمان، وحظر استيراد سلع الشركات المخالفة.",
])
def test_a_sanction_listed_after_a_long_demand_is_demanded(text: str) -> None:
    ctx = trigger_context(text, "حظر", "SANCTION")
    assert ctx.hypothetical and "demanded" in ctx.cues


@pytest.mark.parametrize("text", [
    # no comma: the ban is the subject's own act, told after the demand's clause ends
    "طالب المتظاهرون بإلغاء القرار أمس بعد أن حظر الوزير بيع السلاح إلى الطرفين.",
    # the list term follows a fact, not a call
    "أعلن المجلس قرارا جديدا بشأن تنظيم الأسواق المحلية في المدن الكبرى والقرى، وحظر بيع السلاح.",
])
def test_a_ban_after_no_call_in_reach_stays_a_fact(text: str) -> None:
    ctx = trigger_context(text, "حظر", "SANCTION")
    assert "demanded" not in ctx.cues


# Sixteenth session: hopes, aims and bills.
@pytest.mark.parametrize("text, word, event", [
    # a request noun governing a list
    ("ختم المؤتمر جلساته في المدينة بطلب لوقف القتال فورا لأسباب إنسانية، والإفراج عن الرهائن.",
     "الإفراج عن", "RETREAT"),
    ("نقل الوسطاء طلبا من العائلات إلى الجيش بالإفراج عن الصيادين المحتجزين.", "الإفراج عن", "RETREAT"),
    # pressure, and a list of three terms after the aim
    ("يراهن المتطوعون على النقابات للضغط على الوزير لتعديل قراره، ووقف الاقتطاعات، وحظر استيراد القمح.",
     "حظر", "SANCTION"),
    ("يعول السكان على الأمم المتحدة في الضغط على الطرفين لوقف القتال، وحظر بيع السلاح.", "حظر", "SANCTION"),
    # a request turned down is still only a request
    ("رفضت المحكمة طلب الوزارة تمديد إغلاق المصنع لشهرين وحظر نشاطه.", "حظر", "SANCTION"),
    # an answer that is itself only sought leaves the request unanswered
    ("تسعى الشركات إلى تلبية طلب الوزير بمنحه مليون دولار كتبرعات لصندوق البلدية.", "تبرعات", "AID"),
])
def test_an_act_asked_for_or_pressed_for_is_hypothetical(text: str, word: str, event: str) -> None:
    ctx = trigger_context(text, word, event)
    assert ctx.hypothetical and "demanded" in ctx.cues


@pytest.mark.parametrize("text, word, event", [
    # the request was answered: the release is told as done
    ("استجابت الحكومة لطلب النقابة بالإفراج عن العمال المعتقلين.", "الإفراج عن", "RETREAT"),
    # the list follows a fact, the demand comes after it
    ("أعلن الجيش انسحابه من البلدة، وأفرج عن الأسرى، وطالب السكان بالعودة.", "انسحابه", "RETREAT"),
    ("وزعت البلدية تبرعات على الأسر الفقيرة، ثم طلبت من التجار المساعدة.", "تبرعات", "AID"),
    # a request granted, however far back the approval stands in the clause
    ("وافقت المحكمة العليا في العاصمة صباح أمس على طلب الوزارة تمديد إغلاق المصنع لشهرين وحظر نشاطه.",
     "حظر", "SANCTION"),
])
def test_an_act_told_before_any_request_or_granted_stays_a_fact(text: str, word: str, event: str) -> None:
    assert "demanded" not in trigger_context(text, word, event).cues
