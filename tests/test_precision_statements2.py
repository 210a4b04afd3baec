"""Precision of REQUEST and SUPPORT, second round: a protest's own demand (PLOVER codes it as
the PROTEST), an obligation in the writer's analysis rather than someone's demand, a purpose
(للمطالبة ب), a district or party named الدعوة, an invitation, a necessity discussed in talks;
and support whose object looks like a prospect adjective (دعمها المقترح), stands behind a
long adjunct aside, or the past form دعم in mid-clause, which is the noun.  Each class has
its negatives and the reports that must stay.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no
from conftest import events_of

from hadath.events.lexicon import validate_rules, without_adjunct_asides
from hadath.resources import DataError, load_json

# ---------------------------------------------------------------- a protest's demand

@pytest.mark.parametrize("text", [
    "خرجت مظاهرات حاشدة في العاصمة للمطالبة بإقالة وزير الداخلية.",
    "شارك الآلاف في مسيرة جابت شوارع المدينة القديمة، للمطالبة برفع الأجور.",
    "تظاهرات في المدن الكبرى تطالب بإجراء انتخابات مبكرة.",
    "تظاهر المئات أمام البرلمان أمس، وطالب المحتجون الحكومة بالاستقالة.",
    "تظاهر المئات أمام البرلمان أمس. وطالب المحتجون الحكومة بالاستقالة.",
    "اعتقلت الشرطة عشرات المتظاهرين الذين يطالبون بالإفراج عن المعتقلين.",
    "رفع المعتصمون أمام البرلمان لافتات تدعو إلى محاسبة المسؤولين.",
    "نظم الطلاب اعتصاما أمام مبنى الجامعة، مطالبين الإدارة بخفض الرسوم.",
])
def test_a_protests_own_demand_is_no_request(text):
    _assert_no("REQUEST", text)


@pytest.mark.parametrize("text", [
    "خرجت مظاهرات حاشدة في العاصمة للمطالبة بإقالة وزير الداخلية.",
    "تظاهر المئات أمام السفارة للمطالبة بطرد السفير.",
])
def test_the_protest_itself_stays(text):
    _assert_has("PROTEST", text)


@pytest.mark.parametrize("text", [
    "دعت الشرطة المتظاهرين إلى التفرق ومغادرة الساحة.",
    "طالبت النقابة الحكومة برفع الأجور قبل نهاية العام.",
    "دعا اتحاد العمال إلى التظاهر أمام مقر الحكومة يوم الأحد.",
    "نظم السكان وقفة احتجاجية دعت إليها لجنة الحي أمام البلدية.",
    "وطالب المحتجون الحكومة بالاستقالة الفورية.",
])
def test_demands_on_protesters_calls_for_a_protest_and_unreported_protests_stay(text):
    _assert_has("REQUEST", text)


# ---------------------------------------------------------------- obligations in analysis

@pytest.mark.parametrize("text", [
    "ويرصد التقرير تراجع الصادرات، وعليه يجب أن تعيد الحكومة النظر في سياستها التجارية.",
    "لا بد من مراجعة شاملة للسياسات الاقتصادية في المرحلة المقبلة.",
    "وهذا ما يجب أن تنتبه له الدول المجاورة قبل فوات الأوان.",
    "لا يعرف أحد أين ينبغي أن تقام المحطة الجديدة.",
    "أدلى نواب بتصريحات متباينة حول الحرب، وما ينبغي على الحكومة القيام به بعدها.",
])
def test_an_obligation_in_the_writers_analysis_is_no_request(text):
    _assert_no("REQUEST", text)


@pytest.mark.parametrize("text", [
    "وقال الوزير إنه يجب على الحكومة أن تفرج عن المعتقلين.",
    "وقال المتحدث إنه ينبغي أن يتوقف القتال فورا.",
    "إذ تؤكّد النقابة أنّ أي اتفاق يجب أن يشمل زيادة الأجور.",
])
def test_an_obligation_someone_states_stays(text):
    _assert_has("REQUEST", text)


def _any_requests(text: str) -> list[str]:
    """REQUEST triggers of any confidence, hypothetical or not (discarded ones are absent)."""
    import hadath
    from hadath.pipeline import record_to_raw
    pipeline = hadath.default_pipeline(include_nonfactual=True, min_confidence=0.0, rescore=False)
    result = pipeline.process(record_to_raw({"id": "t", "text": text}), published="2025-03-04")
    return [e.trigger.text for e in result.events if e.event == "REQUEST"]


def test_an_obligation_inside_a_quotation_is_read_as_stated():
    quoted = "\"أي اتفاق يجب أن يشمل انسحابا كاملا للقوات\"، بحسب بيان الحركة."
    assert [e.trigger.text for e in events_of(quoted, "REQUEST")] == ["يجب أن"]
    assert _any_requests(quoted.replace("\"", "")) == []


# ---------------------------------------------------------------- purpose, names, invitations, topics

@pytest.mark.parametrize("text", [
    "قال المسؤول إنه يمكن للاتحاد ممارسة الضغوط على الحكومة للمطالبة بوقف القتال.",
    "قصفت الطائرات منزلا في منطقة الدعوة شمال المخيم.",
    "يزور الرئيس العاصمة بدعوة رسمية من نظيره.",
    "أعلنت الحركة تلقيها دعوة من الحكومة المصرية للمشاركة في لقاء للفصائل.",
    "بحث الوزير في اتصال مع نظيره ضرورة تكثيف الجهود لوقف التصعيد.",
])
def test_purposes_names_invitations_and_topics_are_no_request(text):
    _assert_no("REQUEST", text)


@pytest.mark.parametrize("text", [
    "جدد الرئيس الدعوة إلى وقف إطلاق النار.",
    "دعت الأمم المتحدة إلى تسهيل زيارة المراقبين للسجون.",
    "بحث الوزير مع نظيره التطورات وشدد على ضرورة تكثيف الجهود لوقف التصعيد.",
])
def test_calls_and_necessities_that_are_stated_stay(text):
    _assert_has("REQUEST", text)


# ---------------------------------------------------------------- SUPPORT

@pytest.mark.parametrize("text", [
    "أعلنت الحركة دعمها المقترح المصري لوقف القتال.",
    "أكد الوزير تأييده المبادرة المقترحة.",
    "أكد الرئيس، في كلمة ألقاها أمام البرلمان اليوم، تأييد بلاده للشعب الفلسطيني.",
    "أعربت الوزارة، في بيان نشرته على موقعها الرسمي مساء الأحد، عن تضامنها مع ضحايا الزلزال.",
])
def test_declared_support_with_its_object_or_behind_an_aside_stays(text):
    _assert_has("SUPPORT", text)


@pytest.mark.parametrize("text", [
    "أكد الوزير دعمه المحتمل للمبادرة.",
    "أكد الرئيس، وهو يتحدث عن خصومه السياسيين في الحكومة، رفضه تأييد المرشح.",
])
def test_a_prospect_or_a_clause_aside_keeps_support_from_being_declared(text):
    _assert_no("SUPPORT", text)


@pytest.mark.parametrize("text", [
    "ومن المرجح أن يؤدي دعم العاصمة القوي للحكومة إلى تغيير الموازين.",
    "يرتكب الجيش انتهاكات في ظل دعم مطلق من دول غربية.",
    "تجري الاعتداءات بقبول ودعم عسكري من الحكومة.",
    "يخشى أنصار الحزب من أن دعم الرئيس القوي للحرب قد يكلفهم الانتخابات.",
])
def test_the_past_form_mid_clause_is_the_noun_and_no_support(text):
    _assert_no("SUPPORT", text)


@pytest.mark.parametrize("text", [
    "ودعم البرلمان قرار الحكومة بالإجماع.",
    "وكان الحزب قد دعم المرشح في الانتخابات السابقة.",
    "وقال الوزير إنه دعم الخطة منذ البداية.",
    "أنقرة والقاهرة تجددان دعمهما لإنهاء الاحتلال.",
])
def test_the_past_form_heading_its_clause_and_renewed_support_stay(text):
    _assert_has("SUPPORT", text)


def test_clause_openers_must_be_words():
    rules = load_json("event_rules.json")
    rules["light_verbs"]["clause_openers"] = ["قد", ""]
    with pytest.raises(DataError):
        validate_rules(rules)


def test_only_an_adjunct_aside_is_removed():
    assert "،" not in without_adjunct_asides("، في كلمة ألقاها أمام البرلمان اليوم، ")
    assert "،" in without_adjunct_asides("، وهو يتحدث عن خصومه السياسيين في الحكومة، ")


# ---------------------------------------------------------------- data validation

def test_protest_demands_need_a_window_and_plover_types():
    rules = load_json("event_rules.json")
    rules["protest_demands"]["window"] = 0
    with pytest.raises(DataError):
        validate_rules(rules)
    rules = load_json("event_rules.json")
    rules["protest_demands"]["events"] = ["DEMAND"]
    with pytest.raises(DataError):
        validate_rules(rules)


def test_modal_sources_and_prospect_nouns_are_validated():
    rules = load_json("event_rules.json")
    rules["modal_sources"]["words"] = []
    with pytest.raises(DataError):
        validate_rules(rules)
    rules = load_json("event_rules.json")
    rules["prospective_adjectives"]["nouns"] = ["اجتماع"]
    with pytest.raises(DataError):
        validate_rules(rules)
    assert validate_rules(load_json("event_rules.json"))
