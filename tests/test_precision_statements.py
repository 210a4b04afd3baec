"""Precision of the statement and diplomacy types (SUPPORT, REQUEST, ACCUSE, REJECT, CONSULT)
on wire news: support named as a topic, a means or an aim rather than declared, homographs
(ثمن = a price, تعارض = a contradiction, دعواها = her lawsuit, هاتف = a telephone set,
تطلّب = required, عالم الاجتماع = a sociologist), a thesis defence, whoever-clauses and
described stances, necessities stated by a law, meetings still to come. Each class has its
negatives and the reports that must stay.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no
from conftest import events_of

from hadath.events.lexicon import default_trigger_matcher, validate_rules
from hadath.resources import DataError, load_json

# ---------------------------------------------------------------- SUPPORT named, not declared

@pytest.mark.parametrize("text", [
    "قال الوزير إن الدعم العسكري الغربي للجيش لن يغير موازين القوى.",
    "وصل الوفد إلى العاصمة بدعم من منظمات دولية عدة.",
    "أرسلت الحكومة جنودا إلى المنطقة من أجل دعم حلفائها المحليين.",
    "ولم يمنع ذلك بعض الأثرياء من دعم الحزب المتطرف في الماضي.",
    "تناولت الصحف أبرز المواضيع ومنها التأييد الشعبي للمرشح المستقل.",
    "يحتفل العالم بيوم التضامن مع ضحايا الكوارث الطبيعية.",
    "حاولت العاصمة إيجاد توازن بين دعم الجارة الشمالية ومعاقبة خصومها.",
])
def test_support_named_as_topic_means_or_aim_is_no_event(text):
    _assert_no("SUPPORT", text)


@pytest.mark.parametrize("text", [
    "أكدت وزارة الخارجية الأردنية دعمها الكامل للحكومة اللبنانية.",
    "جدد الرئيس الفرنسي دعم بلاده لجهود الوساطة.",
    "أعلنت الحكومة الإسبانية دعمها لخطة السلام.",
    "أعرب المجلس عن تضامنه مع ضحايا الفيضانات.",
    "قال الوزير إن بلاده مستمرة في دعمها للشعب السوداني.",
    "دعم الرئيس الأميركي خطة السلام الجديدة.",
    "تدعم الحكومة الفرنسية خطة السلام في المنطقة.",
    "أيد البرلمان قرار الحكومة بالإجماع.",
])
def test_declared_support_stays(text):
    _assert_has("SUPPORT", text)


@pytest.mark.parametrize("text", [
    "تتهم واشنطن طهران بدعم جماعات مسلحة في المنطقة.",
    "دعا البرلمان الحكومة إلى التخلي عن دعمها للشركة المفلسة.",
])
def test_support_inside_an_accusation_or_a_demand_to_drop_it_is_no_event(text):
    _assert_no("SUPPORT", text)


@pytest.mark.parametrize("text", [
    "سيحقق الحزب أهدافه بأي ثمن مهما كانت العواقب.",
    "يدفع السكان ثمن الحرب منذ سنوات طويلة.",
    "حذر الخبير من أن لهذه الخطوة ثمن باهظ على الاقتصاد.",
    "قال المتحدث إن العصابة لن ترتدع إلا بتدفيعها ثمن أفعالها.",
])
def test_a_price_is_no_praise(text):
    _assert_no("SUPPORT", text)


def test_praise_by_thamman_stays():
    _assert_has("SUPPORT", "ثمن الرئيس التونسي موقف الجزائر من الأزمة.")


@pytest.mark.parametrize("text", [
    "اشتهرت الكاتبة المعروفة بتأييدها لحقوق اللاجئين بمقالاتها الجريئة.",
    "تقاطع الجامعة الشركات التي تدعم الاستيطان.",
    "ومن يؤيد الحكومة في هذه المسألة يخسر ناخبيه.",
])
def test_a_stance_described_or_whoever_supports_is_no_event(text):
    _assert_no("SUPPORT", text)


def test_a_foreign_name_spelled_with_hamza_below_is_no_endorsement():
    _assert_no("SUPPORT", "أكدت منظمة أكشن إيد أن الوضع الإنساني في المخيمات كارثي.")

# ---------------------------------------------------------------- REQUEST

@pytest.mark.parametrize("text", [
    "ينص الدستور على ضرورة حصول المرشح على نصف الأصوات.",
    "قال المحلل إن الانسحاب ضرورة حتمية لإنقاذ الاقتصاد.",
    "يرى الخبير أن هناك ضرورة ملحة لإصلاح النظام الضريبي.",
])
def test_a_necessity_stated_is_no_demand(text):
    _assert_no("REQUEST", text)


@pytest.mark.parametrize("text", [
    "شدد وزير الخارجية المصري على ضرورة وقف التصعيد فورا.",
    "أكد رئيس البرلمان ضرورة إجراء الانتخابات في موعدها.",
])
def test_a_speaker_stressing_a_necessity_stays_a_demand(text):
    _assert_has("REQUEST", text)


@pytest.mark.parametrize("text", [
    "أسقطت البلدية دعواها ضد الشركة أمام المحكمة.",
    "تطلّب علاج الجرحى نقلهم إلى مستشفيات في الخارج.",
    "خرج آلاف العمال إلى الشوارع استجابة لدعوة النقابات.",
])
def test_lawsuit_requirement_and_answered_call_are_no_request(text):
    _assert_no("REQUEST", text)


@pytest.mark.parametrize("text", [
    "دعوا الحكومة إلى الاستقالة فورا.",
    "تطلب الحكومة من المواطنين البقاء في منازلهم.",
    "دعت النقابات إلى إضراب عام يوم الاثنين.",
])
def test_calls_and_requests_stay(text):
    _assert_has("REQUEST", text)

# ---------------------------------------------------------------- REJECT

@pytest.mark.parametrize("text", [
    "نفى المتحدث وجود أي تعارض بين الموقفين.",
    "قال الخبير إن هذا البند في تعارض مع القانون الدولي.",
    "ومن يعارض الحكومة في هذا البلد يدفع الثمن.",
    "هدد الوزير الدول التي تعارض سياسته بإجراءات قاسية.",
])
def test_contradiction_whoever_and_described_stance_are_no_rejection(text):
    _assert_no("REJECT", text)


@pytest.mark.parametrize("text", [
    "تعارض الحكومة الألمانية الخطة الأوروبية الجديدة.",
    "رفضت الحكومة المقترح الأميركي بشكل قاطع.",
])
def test_rejections_stay(text):
    _assert_has("REJECT", text)

# ---------------------------------------------------------------- CONSULT

@pytest.mark.parametrize("text", [
    "ناقش الباحث في جامعة القاهرة أطروحة دكتوراه حول الإعلام الرقمي.",
    "ناقشت الطالبة رسالة الماجستير في كلية الحقوق أمس.",
    "عثرت الشرطة على رسائل في هاتف الضحية المحمول.",
    "استقبلت الأسواق الخبر بالقلق والترقب.",
    "قال المدير في اتصال هاتفي مع الجزيرة إن المستشفى بلا وقود.",
    "دراسات عديدة بحثت في أسباب الأزمة الاقتصادية.",
    "يصف عالم الاجتماع الفرنسي الظاهرة بأنها جديدة.",
    "زارت الجزيرة مسرح الحادث بعد يومين.",
    "ناقش الإعلام المحلي مسألة المجاعة في الشمال.",
    "اعتدى الجنود على رجل خلال بحثهم عن ابنه.",
])
def test_thesis_telephone_reaction_media_and_sociology_are_no_talks(text):
    _assert_no("CONSULT", text)


@pytest.mark.parametrize("text", [
    "ناقش وزير الخارجية مع نظيره الإيطالي ملف الهجرة.",
    "هاتف الرئيس المصري نظيره الفرنسي مساء أمس.",
    "استقبل الملك وزير الخارجية الياباني في قصره.",
    "زار الرئيس الفرنسي القاهرة أمس.",
])
def test_talks_calls_and_visits_stay(text):
    _assert_has("CONSULT", text)


@pytest.mark.parametrize("text", [
    "تحدث المسؤولون عن القمة الطارئة التي ستعقد الخميس المقبل في القاهرة.",
    "ينتظر أن يعقد اليوم في روما لقاء ثلاثي بين الوسطاء.",
])
def test_a_meeting_still_to_come_is_hypothetical(text):
    meetings = events_of(text, "CONSULT")
    assert meetings and all(e.hypothetical for e in meetings), text


def test_a_meeting_held_stays_factual():
    meetings = events_of("عقدت القمة التي دعت إليها الجامعة العربية في الرياض أمس.", "CONSULT")
    assert meetings and not any(e.hypothetical for e in meetings)

# ---------------------------------------------------------------- data validation

def test_prepositions_of_light_verbs_must_be_strings():
    rules = load_json("event_rules.json")
    rules["light_verbs"]["prepositions"] = ["من", ""]
    with pytest.raises(DataError):
        validate_rules(rules)


def test_spelling_marks_must_be_diacritics_or_hamza_seats():
    rules = load_json("event_rules.json")
    rules["vowelled_homographs"] = [{"why": "x", "events": ["SUPPORT"], "triggers": ["أيد"], "marks": ["ب"]}]
    with pytest.raises(DataError):
        validate_rules(rules)
    rules["vowelled_homographs"][0]["marks"] = ["إ"]
    assert validate_rules(rules)


def test_the_supported_past_form_is_dropped_after_a_preposition():
    from hadath.text.layer import analyze
    matcher = default_trigger_matcher()
    hits = matcher.longest(analyze("أرسلت الحكومة جنودا من أجل دعم حلفائها.").view)
    assert not [h for h in hits if h.value.event == "SUPPORT"]
    hits = matcher.longest(analyze("أكدت الحكومة دعمها للحلفاء.").view)
    assert [h.value.id for h in hits if h.value.event == "SUPPORT"] == ["support.support+support"]


def test_event_bonus_must_map_plover_types_to_small_bonuses():
    rules = load_json("event_rules.json")
    rules["light_verbs"]["event_bonus"] = {"SUPPORT": 1.5}
    with pytest.raises(DataError):
        validate_rules(rules)
    rules["light_verbs"]["event_bonus"] = {"NOT_A_TYPE": 0.1}
    with pytest.raises(DataError):
        validate_rules(rules)


def test_support_declared_by_an_unnamed_body_scores_like_the_verb():
    _assert_has("SUPPORT", "أعربت الرابطة عن دعمها لجهود الوساطة بين الطرفين.")
