"""Trigger lexicon: support-verb nouns, nouns written like verbs, narrowed senses.

Every sentence here was written for these tests."""
from __future__ import annotations

import copy

import pytest

import hadath
from hadath.events.lexicon import (LightVerbs, build_light_verbs, build_trigger_matcher,
                                   default_trigger_matcher, validate_rules, validate_triggers)
from hadath.resources import DataError, load_json
from hadath.text.normalize import normalize


def _hits(text: str) -> list[tuple[str, str, str]]:
    """(matched text, sense id, form) of every non-blocker trigger hit."""
    return [(text[h.start:h.end], h.value.id, h.value.form)
            for h in default_trigger_matcher().longest(normalize(text)) if h.value.form != "blocker"]


def _ids(text: str) -> set[str]:
    return {sense for _, sense, _ in _hits(text)}


def _events(text: str) -> set[str]:
    return {e.event for e in hadath.extract("عنوان الخبر\n\n" + text, published="2024-05-02")}


# ---------------------------------------------------------------- support verbs

@pytest.mark.parametrize("text, sense", [
    ("فرضت الحكومة البريطانية أمس عقوبات على ثلاث شركات", "sanction.sanction+support"),
    ("أجرى الجيش التركي مناورة عسكرية قرب الحدود", "mobilize.weapons+support"),
    ("أرسلت الكويت مساعدات إلى السودان", "aid.humanitarian+support"),
    ("نظم المئات وقفة أمام مبنى البلدية", "protest.demo+support"),
    ("وأطلقت دورية للجيش النار على سيارة مدنية", "assault.firearms+support"),
    ("وسقطت أربع قذائف على حي سكني شرق المدينة", "assault.heavy-weapons+support"),
    ("أطلقت الفصائل صواريخ باتجاه المستوطنات", "assault.heavy-weapons+support"),
])
def test_noun_after_a_support_verb_of_its_type_is_supported(text, sense):
    assert sense in _ids(text)


@pytest.mark.parametrize("text, event", [
    ("ناقش الوزيران حجم المساعدات الطبية", "AID"),
    ("تحدث التقرير عن المناورة التي قام بها الحزب", "MOBILIZE"),
    ("قرر المجلس تأجيل الوقفة إلى الأسبوع المقبل", "PROTEST"),
    ("رست في الميناء سفينة شحن تحمل دبابات وقذائف", "ASSAULT"),
    ("تملك البحرية صواريخ بعيدة المدى", "ASSAULT"),
])
def test_supported_only_nouns_without_support_verb_are_no_trigger(text, event):
    assert all(not sense.startswith(event.lower()) for sense in _ids(text))


@pytest.mark.parametrize("text, sense", [
    ("ودعت النقابة أعضاءها إلى الاحتشاد أمام البرلمان فاستجاب الآلاف", "protest.demo"),
    ("وتجمهر عشرات الشبان أمام مركز الشرطة", "protest.demo"),
    ("وكان بائع متجول قد أضرم النار في نفسه أمام مقر الولاية", "protest.strike"),
])
def test_gathering_crowding_and_self_immolation_are_protest_words(text, sense):
    assert sense in _ids(text)


def test_verbal_noun_of_a_support_verb_supports_a_noun_that_needs_it():
    # "عمليات" is an event only with support; "تنفيذ" is the verbal noun of نفذ
    assert "assault.general+support" in _ids("أعلنت الكتائب تنفيذ ثلاث عمليات ضد الجيش")
    assert not any(s.startswith("assault") for s in _ids("تحدث التقرير عن ثلاث عمليات"))


def test_verbal_noun_of_a_support_verb_leaves_an_event_noun_as_it_is():
    # "هجوم" is an event noun alone: no support reading, whatever the model made of it
    ids = _ids("أعلنت الحركة تنفيذ هجوم على موقع للجيش")
    assert "assault.general" in ids and "assault.general+support" not in ids


def test_support_verb_of_another_type_gives_no_bonus():
    # فرض supports SANCTION and COERCE, not PROTEST
    assert "protest.demo+support" not in _ids("فرض المنظمون وقفة صامتة")


def test_clause_break_cuts_support():
    ids = _ids("فرضت الحكومة قيودا، وتحدث الوزير عن عقوبات محتملة")
    assert "sanction.sanction+support" not in ids


def test_supported_noun_gets_the_bonus():
    plain = {h.value.id: h.value.strength for h in default_trigger_matcher().longest(
        normalize("تحدث الوزير عن عقوبات"))}
    supported = {h.value.id: h.value.strength for h in default_trigger_matcher().longest(
        normalize("فرضت اليابان عقوبات"))}
    assert supported["sanction.sanction+support"] > plain["sanction.sanction"]


# ---------------------------------------------------------------- verb forms read as nouns

@pytest.mark.parametrize("text, word", [
    ("طالب النائب بمنع التجمعات في الساحة", "منع"),
    ("تعهد الصندوق بدعم المزارعين", "دعم"),
])
def test_verb_form_with_preposition_is_a_verbal_noun(text, word):
    forms = {form for matched, _, form in _hits(text) if matched == word}
    assert forms == {"nouns"}


def test_bare_past_verb_stays_a_verb():
    assert ("منعت", "coerce.restrict", "past") in _hits("منعت الشرطة المسيرة من دخول الساحة")


# ---------------------------------------------------------------- narrowed senses and blockers

@pytest.mark.parametrize("text, absent", [
    ("أكد الوزير موقف بلاده بشكل قاطع", "sanction.sanction"),          # adverb, not a boycott
    ("أعلنت الفرقة تحقيق إصابات مؤكدة في صفوف العدو", "accuse.investigate"),   # achieving
    ("دعا الحزب إلى سحب البيان فورا", "retreat.withdraw"),               # a statement, not troops
    ("ووقع الحادث قرب الجسر مساء أمس", "agree.agree"),                  # happened, not signed
    ("علق المتحدث على تصريحات الوزير", "sanction.sanction"),             # commented, not suspended
    ("طلبت المحكمة إصدار مذكرة اعتقال بحق المتهم", "coerce.arrest"),     # a warrant
    ("تحدث الوزير عن التعاون بين البلدين", "cooperate.cooperate"),        # a topic
    ("ناقش الطرفان صفقة تبادل المحتجزين", "retreat.release"),            # a deal under talks
])
def test_non_event_readings_are_no_trigger(text, absent):
    assert absent not in _ids(text)


@pytest.mark.parametrize("text, sense", [
    ("فتحت النيابة تحقيقا في مقتل الصحفي", "accuse.investigate"),
    ("سحبت الحكومة قواتها من المدينة", "retreat.withdraw"),
    ("وقعت الأردن ومصر على اتفاقية للربط الكهربائي", "agree.agree"),
    ("دان الرئيس الفرنسي الهجوم على القافلة", "accuse.disapprove"),
    ("عارضت ألمانيا المقترح البريطاني", "reject.reject"),
    ("وقال الوزير إن الحكومة ستواصل عملها، داعيا المواطنين إلى الهدوء", "request.change"),
    ("وانتقد النائب الحكومة، متهما إياها بالتقصير", "accuse.allege"),
    ("استخدمت روسيا حق النقض ضد مشروع القرار", "sanction.sanction"),
])
def test_new_verbal_forms_are_triggers(text, sense):
    assert any(found.split("+")[0] == sense for found in _ids(text))


# ---------------------------------------------------------------- end to end

def test_support_verb_sentence_gives_one_sanction():
    assert "SANCTION" in _events("فرضت الحكومة الكندية أمس عقوبات على خمسة مسؤولين روس.")


def test_topic_noun_gives_no_agreement():
    assert "AGREE" not in _events("قال الوزير المصري إن الجهود مستمرة للتوصل إلى اتفاق بين الطرفين.")


# ---------------------------------------------------------------- validation

def test_shipped_data_validates():
    validate_triggers(load_json("triggers.json"))
    rules = validate_rules(load_json("event_rules.json"))
    assert isinstance(build_light_verbs(rules["light_verbs"]), LightVerbs)


def test_support_class_with_unknown_type_is_rejected():
    data = copy.deepcopy(load_json("event_rules.json"))
    data["light_verbs"]["classes"][0]["events"] = ["FIGHT"]
    with pytest.raises(DataError):
        validate_rules(data)


def test_supported_form_must_be_strings():
    data = {"triggers": [{"id": "x", "event": "AID", "strength": 0.5, "supported": [""]}]}
    with pytest.raises(DataError):
        validate_triggers(data)


def test_matcher_without_support_verbs_drops_supported_nouns():
    entries = [{"id": "aid.x", "event": "AID", "strength": 0.5, "supported": ["مساعدات"],
                "nouns": ["قافلة مساعدات"]}]
    m = build_trigger_matcher(entries)
    text = "وصلت مساعدات إلى المدينة"
    assert m.longest(normalize(text)) == []


# ---------------------------------------------------------------- frames with complements

@pytest.mark.parametrize("text, sense", [
    ("حملت النقابة وزارة الصحة المسؤولية عن انقطاع الدواء", "accuse.blame"),
    ("ادعى المتحدث بأن الشركة تخفي الأرقام الحقيقية", "accuse.claim"),
    ("رفعت جمعية المزارعين دعوى ضد شركة المياه", "accuse.lawsuit"),
    ("نفت البلدية صحة الأنباء عن إغلاق السوق", "reject.deny"),
    ("أمرت الشرطة سكان العمارة بإخلاء شققهم", "coerce.evacuation-order"),
    # an order naming several places before what it orders
    ("أمر الجيش سكان بلدات الشيخ علي والعين والمنصورة في الريف الشمالي للمدينة بإخلاء منازلهم",
     "coerce.evacuation-order"),
    ("قال القائد إن الرد على الكمين سيكون قاسيا", "threaten.response"),
    ("نفت الوزارة، في بيان، صحة الخبر", "reject.deny"),     # a short aside keeps the clause
])
def test_frame_with_its_complement_is_a_trigger(text, sense):
    assert sense in {s.split("+")[0] for s in _ids(text)}


@pytest.mark.parametrize("text, sense", [
    ("حملت الشاحنة أكياس الطحين إلى المخيم", "accuse.blame"),          # carried, no blame
    ("هذا أمر يهم سكان الحي كلهم", "coerce.evacuation-order"),          # a matter, no order
    ("قدمت الفرقة عرضا موسيقيا في المسرح", "accuse.lawsuit"),           # no complaint
    ("ناقش المجلس الرد على رسالة الوزارة", "threaten.response"),        # a reply, no vow
    ("رفعت الحكومة المسؤولية عن نفسها", "accuse.blame"),               # not حمل
])
def test_frame_without_its_complement_is_no_trigger(text, sense):
    assert sense not in {s.split("+")[0] for s in _ids(text)}


def test_complement_beyond_a_clause_break_does_not_count():
    assert "accuse.blame" not in _ids("حمل العمال الصناديق، وتحدث المدير عن المسؤولية")


def test_complements_need_a_window():
    data = {"triggers": [{"id": "x", "event": "ACCUSE", "strength": 0.5, "past": ["حمل"],
                          "complements": ["المسؤولية"]}]}
    with pytest.raises(DataError):
        validate_triggers(data)


def test_matcher_built_from_entries_checks_complements():
    entries = [{"id": "accuse.x", "event": "ACCUSE", "strength": 0.5, "past": ["حملت"],
                "complements": ["المسؤولية"], "complement_window": 4}]
    m = build_trigger_matcher(entries)
    with_c = "حملت اللجنة الإدارة المسؤولية"
    without = "حملت اللجنة الأوراق"
    assert [with_c[h.start:h.end] for h in m.longest(normalize(with_c))] == ["حملت"]
    assert m.longest(normalize(without)) == []


# ---------------------------------------------------------------- statements as events

@pytest.mark.parametrize("text, event", [
    ("حملت وزارة الخارجية القطرية الحكومة الإسرائيلية المسؤولية الكاملة عن التصعيد.", "ACCUSE"),
    ("ادعى وزير الدفاع الأمريكي بأن إيران تزود الحوثيين بالصواريخ.", "ACCUSE"),
    ("رفعت منظمة حقوقية بريطانية دعوى ضد الحكومة البريطانية أمس.", "ACCUSE"),
    ("قالت الحكومة الفرنسية إنها لا تدعم فرض حظر على تصدير القمح.", "REJECT"),
    ("قال وزير الخارجية التركي إنه يجب أن تتوقف الهجمات على المدنيين.", "REQUEST"),
    ("أمر الجيش الإسرائيلي سكان حي الزيتون بإخلاء منازلهم فورا.", "COERCE"),
    ("قال المتحدث باسم حزب الله إن ردنا على الاغتيال آت لا محالة.", "THREATEN"),
    ("أعلن الجيش الإسرائيلي انتهاء عمليته في مخيم نور شمس.", "RETREAT"),
])
def test_statement_sentences_give_their_event(text, event):
    assert event in _events(text)


@pytest.mark.parametrize("text, event", [
    ("زعم التقرير أن الأسعار سترتفع.", "ACCUSE"),                    # no one accused
    ("يجب الإشارة إلى أن المدينة تضم ثلاثة أحياء.", "REQUEST"),       # no speaker
    ("قال المدير إن الرد على الرسائل تأخر.", "THREATEN"),             # a reply, no vow
    ("أصبحت القرية مهددة بالمجاعة بعد انقطاع الطرق.", "THREATEN"),     # under threat
])
def test_look_alike_sentences_give_no_event(text, event):
    assert event not in _events(text)


# ---------------------------------------------------------------- support verbs, more

@pytest.mark.parametrize("text, sense", [
    ("شهدت مدينة مراكش أمس مظاهرة حاشدة", "protest.demo+support"),
    ("خرجت مظاهرات في شوارع العاصمة", "protest.demo+support"),
    ("أجرت البحرية، صباح اليوم، مناورة في الخليج", "mobilize.weapons+support"),   # short aside
])
def test_new_support_verbs(text, sense):
    assert sense in _ids(text)


def test_support_verb_with_object_pronoun_supports_nothing():
    # the verb's object is the pronoun (the protests), not the noun after it
    assert "protest.demo+support" not in _ids("المظاهرات التي شهدتها المدينة مظاهرات سلمية")


def test_feminine_nouns_are_found_in_the_dual():
    assert ("مجزرتين", "assault.outcome", "nouns") in _hits("شهدت القرية مجزرتين مروعتين.")
    assert any(form == "nouns" and word == "مظاهرتان" for word, _, form in
               _hits("وانطلقت مظاهرتان في العاصمة."))


def test_a_past_form_spelled_like_its_noun_is_the_noun_after_a_support_verb():
    assert ("رفض", "reject.reject+support", "nouns") in _hits("وجدد الوزير رفض الخطة الأمريكية.")
    assert ("رفض", "reject.reject", "past") in _hits("رفض الوزير الخطة الأمريكية.")
    assert ("رفض", "reject.reject", "past") in _hits("جدد الوزير موقفه ورفض الخطة الأمريكية.")


def test_an_ongoing_campaign_is_supported_by_continue():
    assert any(sense == "assault.general+support" for _, sense, _ in
               _hits("وتواصل القوات استهدافها للأحياء الشرقية."))


@pytest.mark.parametrize("text, word, sense", [
    ("وصلت إلى المعبر شاحنات محملة بالطحين.", "محملة", None),
    ("وأصدر الحزب بيانا محملا الحكومة المسؤولية عن الانهيار.", "محملا", "accuse.blame"),
    ("خرج الصيادون بحثا عن رزقهم.", "بحثا", None),
    ("انسحبت قوات الدعم السريع من السوق.", "الدعم", None),
    ("أعلنت الشرطة حظر التظاهر في وسط المدينة.", "حظر التظاهر", "coerce.restrict"),
])
def test_word_senses_that_depend_on_their_neighbours(text, word, sense):
    found = {w: s for w, s, _ in _hits(text)}
    assert found.get(word) == sense, found


def test_release_with_its_subject_between_verb_and_preposition():
    assert ("أفرجت", "retreat.release-split", "past") in _hits(
        "أفرجت السلطات، مساء الأحد، عن عشرين معتقلا.")
    assert not [h for h in _hits("أطلقت الشرطة الغاز على الحشد.") if h[1] == "retreat.release-split"]


def test_a_single_missile_in_the_accusative():
    assert any(w == "صاروخا" and s.startswith("assault.heavy-weapons") for w, s, _ in
               _hits("أطلقت الجماعة صاروخا على السفينة."))


def test_a_support_verb_reaches_over_a_five_word_subject():
    assert any(s == "protest.demo+support" for _, s, _ in
               _hits("نظمت نقابة المعلمين في مدينة الموصل وقفة أمام المديرية."))


def test_a_threat_to_security_is_no_threat_event():
    assert not [h for h in _hits("وقال الوزير إن التهريب يهدد الأمن الإقليمي.") if h[1].startswith("threaten")]
    assert any(h[1].startswith("threaten") for h in _hits("هدد الحزب بالانسحاب من الحكومة."))


# ---------------------------------------------------------------- dawn, riot police, dual

@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة ثلاثة شبان فجر اليوم في حي الزيتون.",
    "ودهمت قوة من الجيش القرية فجر الخميس وفتشت عدة منازل.",
    "ويعمل المسعفون في الحي منذ فجر أمس.",
])
def test_dawn_is_a_time_not_a_blast(text):
    assert "assault.explosives" not in _ids(text)


def test_blew_up_still_reads_as_a_blast():
    assert "assault.explosives" in _ids("فجر مسلحون عبوة ناسفة قرب دورية للشرطة.")
    assert "assault.explosives" in _ids("وقال الضابط إن المهاجمين فجرا نفسيهما عند مدخل الثكنة.")


def test_riot_police_is_no_riot():
    assert "protest.riot" not in _ids("انتشرت قوات مكافحة الشغب حول مبنى الوزارة.")
    assert "protest.riot" in _ids("اندلعت أعمال شغب في الضاحية بعد المباراة.")


@pytest.mark.parametrize("text", [
    "ونزل المتظاهرون إلى الشوارع في ثلاث مدن رفضا لرفع أسعار الخبز.",
    "وخرج المحتجون من أمام البرلمان نحو مقر الحكومة.",
    "ونزل الآلاف إلى الشوارع مساء السبت تنديدا بالقانون الجديد.",
])
def test_protesters_taking_to_the_streets_is_a_protest(text):
    assert "protest.demo" in _ids(text)


def test_a_verb_supporting_several_classes_supports_all_of_them():
    from hadath.events.lexicon import default_trigger_matcher as matcher
    verbs = matcher().light.matcher.longest(normalize("نفذت القوات"))
    assert verbs and {"AID", "ASSAULT", "MOBILIZE"} <= verbs[0].value


def test_cooperation_in_the_dual():
    assert any(s == "cooperate.cooperate" for _, s, _ in _hits("وقال إن البلدين يتعاونان في مراقبة الحدود."))


def test_a_noun_joined_by_wa_to_a_noun_trigger_is_a_noun():
    assert ("قصف", "assault.heavy-weapons", "nouns") in _hits("واصل الجيش استهداف الطواقم الطبية وقصف سيارة إسعاف.")
    assert ("قصف", "assault.heavy-weapons", "past") in _hits("قصفت الطائرات المدينة وقصف الجيش القرى.")


# ---------------------------------------------------------------- subject-first weapons

@pytest.mark.parametrize("text", [
    "قذائف هاون سقطت صباح اليوم على سوق شعبي",
    "وقال الجيش إن صاروخين أطلقا من الشمال نحو قاعدة جوية",
    "صواريخ عدة تساقطت على أطراف القرية",
])
def test_weapon_noun_before_its_launch_or_fall_verb_is_supported(text):
    assert "assault.heavy-weapons+support" in _ids(text)


def test_weapon_noun_before_its_fall_verb_makes_an_assault():
    assert "ASSAULT" in _events("قذائف هاون سقطت صباح اليوم على سوق شعبي")


@pytest.mark.parametrize("text", [
    "رست في الميناء سفينة تحمل صواريخ مضادة للدروع",
    "عرضت الشركة صواريخ جديدة في المعرض، وسقطت أسهمها بعد يوم",
    "تطور الدولة صواريخ بعيدة المدى منذ سنوات طويلة ثم أطلقت برنامجا فضائيا",
])
def test_weapon_noun_without_a_following_verb_in_its_clause_is_no_trigger(text):
    assert not any(sense.startswith("assault.heavy-weapons") for sense in _ids(text))


def test_support_after_must_belong_to_a_supported_entry():
    data = copy.deepcopy(load_json("triggers.json"))
    entry = next(t for t in data["triggers"] if t.get("past") and not t.get("supported"))
    entry["support_after"], entry["support_after_window"] = ["سقطت"], 2
    with pytest.raises(DataError):
        validate_triggers(data)


# ---------------------------------------------------------------- subjects that cancel a sense

@pytest.mark.parametrize("text", [
    "أغلق المحتجون الجسر الرئيسي في المدينة رفضا لرفع الأسعار",
    "المتظاهرون أغلقوا مداخل الميناء منذ الفجر",
    "وأغلق أمس المضربون بوابات المصنع",
])
def test_closing_by_protesters_is_no_coercion(text):
    assert "coerce.restrict" not in _ids(text)


@pytest.mark.parametrize("text", [
    "أغلقت الشرطة الساحة أمام المتظاهرين",
    "قال المحتجون إن قوات الأمن أغلقت الطرق المؤدية إلى الوزارة",
])
def test_closing_against_protesters_stays_coercion(text):
    assert "coerce.restrict" in _ids(text)


def test_not_by_needs_a_window():
    data = copy.deepcopy(load_json("triggers.json"))
    entry = next(t for t in data["triggers"] if t["id"] == "coerce.restrict")
    del entry["not_by_window"]
    with pytest.raises(DataError):
        validate_triggers(data)
