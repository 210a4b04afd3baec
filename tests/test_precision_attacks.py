"""Precision of ASSAULT and PROTEST on wire news: words spelled like an attack or a protest
that report none — a verbal attack (هاجم الوزير منافسه ووصفه ...), a wild animal, weapons
seized or sold (الاستيلاء على طائرة مسيرة), an operation of another kind (عمليات دهم، عملية
التبادل), families (أسر الضحايا، أسرته، بأسرها), ruined papers or lives, a plan that "targets"
an aim (تستهدف الحملة تطعيم), a cordon "struck" (ضرب طوقا) or nature, a feeling that "hits",
statistics of attacks, deaths in a disaster or an accident, an attack only feared, a drone
(مسيّرة) read as a march, a coalition or a community called تجمع, a gathering of soldiers
or one struck (تجمع لجنود الاحتلال), protests only stirred (يحاول إشعال الاحتجاجات), and
pretending (يتظاهر بالولاء).
Each class has its negatives and the reports that must stay.

Every sentence here was written for these tests."""
from __future__ import annotations

import copy

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no
from conftest import trigger_context

from hadath.events.lexicon import default_trigger_matcher, validate_rules
from hadath.resources import DataError, load_json
from hadath.text.layer import analyze


def _hits(text: str, word: str):
    layer = analyze(text)
    return layer, [h for h in default_trigger_matcher().longest(layer.view)
                   if h.value.form != "blocker" and text[h.start:h.end] == word]


def _context(text: str, word: str, event: str):
    """The pipeline's classifier may drop a short sentence anyway: the rules must say why."""
    return trigger_context(text, word, event)


# ---------------------------------------------------------------- ASSAULT

@pytest.mark.parametrize("text", [
    "هاجم الوزير السابق خصمه في البرلمان ووصفه بأنه عاجز عن إدارة الملف.",
    "هاجم نواب من المعارضة رئيس الحكومة بسبب خطته الضريبية الجديدة.",
    "هاجم المرشح الجمهوري منافسته في المناظرة التلفزيونية الأخيرة.",
    "هاجم الممثل المعروف شركة الإنتاج بشدة في مقابلة مع إذاعة محلية.",
])
def test_a_verbal_attack_is_no_assault(text):
    _assert_no("ASSAULT", text)


@pytest.mark.parametrize("text", [
    "هاجم دب سائحا ألمانيا في غابة قرب الحدود الشمالية.",
    "اعتدت كلاب ضالة على أغنام مزارع في أطراف القرية.",
])
def test_a_wild_animal_commits_no_assault(text):
    _assert_no("ASSAULT", text)


@pytest.mark.parametrize("text", [
    "أعلنت الكتيبة الاستيلاء على طائرة مسيرة سقطت في حقل زراعي.",
    "قالت الحكومة إنها ستزود جارتها الجنوبية بطائرات مسيرة للمراقبة.",
    "وقعت الوزارة صفقة شراء صواريخ دفاعية من شركة أوروبية.",
])
def test_weapons_held_or_traded_are_no_assault(text):
    _assert_no("ASSAULT", text)


@pytest.mark.parametrize("text", [
    "نفذت الشرطة عمليات دهم في ثلاثة أحياء بحثا عن مطلوبين.",
    "أطلق الجيش عملية للبحث عن الجندي المفقود في الجبال.",
    "شملت عملية التبادل الأخيرة عشرين سجينا من الجانبين.",
    "تواصل فرق الدفاع المدني عمليات الإنقاذ تحت أنقاض البناية.",
])
def test_an_operation_of_another_kind_is_no_assault(text):
    _assert_no("ASSAULT", text)


@pytest.mark.parametrize("text", [
    "قدم الوزير التعازي لأسر الضحايا في حادث القطار.",
    "عادت أسر كثيرة إلى بيوتها بعد انحسار مياه الفيضان.",
    "تعيش 12 أسر في البناية القديمة دون كهرباء منذ شهرين.",
    "احتفل اللاعب بالفوز وسط فرح أسرته وأصدقائه في الملعب.",
    "قال الخبير إن الأزمة تهدد المنطقة بأسرها بركود طويل.",
])
def test_families_are_not_captured(text):
    _assert_no("ASSAULT", text)


@pytest.mark.parametrize("text", [
    "اتهمت الصحيفة الموظفين بتدمير الوثائق قبل وصول المحققين.",
    "قال الكاتب إن الإدمان دمر حياته المهنية خلال سنوات قليلة.",
    "قالت الوزارة إن الخطة تستهدف تطعيم مئة ألف طفل في المحافظات الجنوبية.",
])
def test_ruin_and_aims_are_no_assault(text):
    _assert_no("ASSAULT", text)


@pytest.mark.parametrize("text", [
    "وضربت الشرطة طوقا أمنيا حول المستشفى طوال الليل.",
    "ضربت الحكومة موعدا جديدا للانتخابات البلدية في الربيع.",
    "غمرت المياه القرى الساحلية التي ضربتها الأمواج العاتية الأسبوع الماضي.",
    "دمر الزلزال مئات المنازل في الولايات الجنوبية.",
    "أصاب المستثمرين قلق كبير بعد تراجع العملة.",
    "وقال التقرير إن الهجمات تراجعت بنسبة ثلاثين في المئة خلال العام.",
    "وارتفع عدد الهجمات على الصيادين في الموسم الماضي.",
])
def test_struck_by_nature_feeling_or_statistics_is_no_assault(text):
    _assert_no("ASSAULT", text)


@pytest.mark.parametrize("text", [
    "وقتل عشرون شخصا في الفيضانات التي اجتاحت الإقليم الشهر الماضي.",
    "ولقي تسعة أشخاص حتفهم جراء السيول في القرى الجبلية.",
    "وقتل خمسة أشخاص في حادث سير على الطريق السريع أمس.",
    "وأصيب أربعون حاجا في تدافع عند مدخل المخيم.",
    "وقتل شخصان في انهيار مبنى قديم في وسط المدينة.",
])
def test_killed_by_a_disaster_or_an_accident_is_no_assault(text):
    _assert_no("ASSAULT", text)


@pytest.mark.parametrize("text", [
    "وقتل ثلاثة أشخاص في غارة على سيارة قرب الحدود أمس.",
    "وقتل جندي في هجوم على قافلة عسكرية في الشمال بعد أيام من الزلزال.",
])
def test_killings_in_attacks_stay_beside_disaster_words(text):
    _assert_has("ASSAULT", text)


@pytest.mark.parametrize("text", [
    "ويخشى السكان أن تقصف الطائرات المخيم في الأيام المقبلة.",
    "وتتخوف المنظمات من أن يؤدي الهجوم البري إلى مقتل المئات.",
])
def test_a_feared_attack_is_no_report(text):
    _assert_no("ASSAULT", text)


def test_a_feared_attack_is_hypothetical_not_discarded():
    ctx = _context("ويخشى السكان أن تقصف الطائرات المخيم في الأيام المقبلة.", "تقصف", "ASSAULT")
    assert ctx.hypothetical and not ctx.discard


@pytest.mark.parametrize("text", [
    "هاجم مسلحون نقطة للشرطة في البلدة الحدودية فجر اليوم.",
    "ضربت طائرات حربية مواقع للمسلحين في الجبال فجر اليوم.",
    "أصاب الجنود ثلاثة شبان بالرصاص الحي قرب الحاجز.",
    "تصاعدت وتيرة الغارات على المدينة وأسفرت عن مقتل عشرة مدنيين.",
    "هاجم مستوطنون منازل في القرية وأحرقوا سيارتين.",
    "قصفت طائرات مسيرة مواقع للمسلحين شرق المدينة.",
    "أسرت الفصائل جنديين خلال اشتباك على أطراف المخيم.",
    "دمرت الغارة منزلا من ثلاثة طوابق في حي الشهداء.",
    "استهدفت غارة جوية سيارة على الطريق الساحلي.",
    "قصف الجيش منزل أسرته في الحي الشرقي الليلة الماضية.",
])
def test_attacks_stay(text):
    _assert_has("ASSAULT", text)


# ---------------------------------------------------------------- PROTEST

@pytest.mark.parametrize("text", [
    "وأطلقت مسيّرة حربية النار على دراجة نارية قرب المعبر.",
    "وأصابت مُسيّرة صغيرة خزان مياه في الحي الغربي.",
    "وأسقطت الدفاعات الجوية مسيرة معادية فوق الميناء.",
])
def test_a_drone_is_no_march(text):
    _assert_no("PROTEST", text)


@pytest.mark.parametrize("text", [
    "نظم تجمع النقابات المهنية مؤتمرا صحفيا في العاصمة.",
    "يشكو سكان تجمع بدوي قرب الطريق من انقطاع المياه.",
    "افتتح المعرض الذي تجمع لوحاته بين الحداثة والتراث.",
])
def test_a_coalition_or_community_is_no_rally(text):
    _assert_no("PROTEST", text)


@pytest.mark.parametrize("text, word", [
    ("أطلقت الفصائل قذائف على تجمع لجنود الاحتلال قرب السياج.", "تجمع"),
    ("قصفت المدفعية تجمع الآليات العسكرية على أطراف البلدة.", "تجمع"),
    ("استهدفت غارة جوية تجمع النازحين قرب المدرسة.", "تجمع"),
])
def test_a_gathering_struck_or_of_soldiers_is_no_rally(text, word):
    assert trigger_context(text, word, "PROTEST").discard
    _assert_no("PROTEST", text)


def test_a_gathering_of_protesters_stays_a_rally():
    assert not trigger_context("تجمع مئات العمال أمام المصنع احتجاجا على تأخر الرواتب.", "تجمع",
                               "PROTEST").discard


@pytest.mark.parametrize("text", [
    "اتهم الوزير خصومه بأنهم يحاولون إشعال الاحتجاجات في الجامعات.",
    "وفي حين يتظاهر المسؤول بالحرص على المال العام، يوقع عقودا مشبوهة.",
])
def test_stirred_or_pretended_protests_are_none(text):
    _assert_no("PROTEST", text)


@pytest.mark.parametrize("text", [
    "خرجت مسيرة حاشدة في وسط العاصمة تنديدا بارتفاع الأسعار.",
    "تظاهر آلاف الطلاب أمام مبنى الوزارة للمطالبة بزيادة المنح.",
    "تجمع مئات العمال أمام المصنع احتجاجا على تأخر الرواتب.",
    "شارك آلاف المواطنين في مسيرة جابت شوارع العاصمة تنديدا بالغلاء.",
])
def test_protests_stay(text):
    _assert_has("PROTEST", text)


# ---------------------------------------------------------------- data

@pytest.mark.parametrize("bad", [
    {"why": "x", "events": ["PROTEST"], "triggers": ["مسيرة"], "marks": []},
    {"why": "x", "events": ["PROTEST"], "triggers": [], "marks": ["\u0651"]},
    {"why": "x", "events": ["MARCH"], "triggers": ["مسيرة"], "marks": ["\u0651"]},
    {"why": "x", "events": ["PROTEST"], "triggers": ["مسيرة"], "marks": ["ي"]},
])
def test_invalid_vowelled_homographs_are_rejected(bad):
    data = copy.deepcopy(load_json("event_rules.json"))
    data["vowelled_homographs"] = [bad]
    with pytest.raises(DataError):
        validate_rules(data)


def test_shipped_vowelled_homographs_are_valid():
    data = load_json("event_rules.json")
    assert data["vowelled_homographs"]
    validate_rules(data)


# ---------------------------------------------------------------- the rules' reasons

@pytest.mark.parametrize("text, word, event", [
    ("هاجم الوزير السابق خصمه في البرلمان ووصفه بأنه عاجز عن إدارة الملف.", "هاجم", "ASSAULT"),
    ("هاجم المرشح الجمهوري منافسته في المناظرة التلفزيونية الأخيرة.", "هاجم", "ASSAULT"),
    ("هاجم دب سائحا ألمانيا في غابة قرب الحدود الشمالية.", "هاجم", "ASSAULT"),
    ("أعلنت الكتيبة الاستيلاء على طائرة مسيرة سقطت في حقل زراعي.", "طائرة مسيرة", "ASSAULT"),
    ("نفذت الشرطة عمليات دهم في ثلاثة أحياء بحثا عن مطلوبين.", "عمليات", "ASSAULT"),
    ("عادت أسر كثيرة إلى بيوتها بعد انحسار مياه الفيضان.", "أسر", "ASSAULT"),
    ("تعيش 12 أسر في البناية القديمة دون كهرباء منذ شهرين.", "أسر", "ASSAULT"),
    ("اتهمت الصحيفة الموظفين بتدمير الوثائق قبل وصول المحققين.", "تدمير", "ASSAULT"),
    ("قالت الوزارة إن الخطة تستهدف تطعيم مئة ألف طفل في المحافظات الجنوبية.", "تستهدف", "ASSAULT"),
    ("وأطلقت مسيّرة حربية النار على دراجة نارية قرب المعبر.", "مسيّرة", "PROTEST"),
    ("وأسقطت الدفاعات الجوية مسيرة معادية فوق الميناء.", "مسيرة", "PROTEST"),
    ("نظم تجمع النقابات المهنية مؤتمرا صحفيا في العاصمة.", "تجمع", "PROTEST"),
    ("وضربت الشرطة طوقا أمنيا حول المستشفى طوال الليل.", "ضربت", "ASSAULT"),
    ("غمرت المياه القرى الساحلية التي ضربتها الأمواج العاتية.", "ضربتها", "ASSAULT"),
    ("دمر الزلزال مئات المنازل في الولايات الجنوبية.", "دمر", "ASSAULT"),
    ("أصاب المستثمرين قلق كبير بعد تراجع العملة.", "أصاب", "ASSAULT"),
    ("وقال التقرير إن الهجمات تراجعت بنسبة ثلاثين في المئة.", "هجمات", "ASSAULT"),
    ("وارتفع عدد الهجمات على الصيادين في الموسم الماضي.", "هجمات", "ASSAULT"),
    ("أحرق محتجون علم الدنمارك أمام المبنى.", "أحرق", "ASSAULT"),
])
def test_the_rules_discard_the_other_sense(text, word, event):
    assert _context(text, word, event).discard, text


def test_stirring_protests_is_an_aim():
    ctx = _context("اتهم الوزير خصومه بأنهم يحاولون إشعال الاحتجاجات في الجامعات.", "احتجاجات",
                   "PROTEST")
    assert ctx.hypothetical and not ctx.discard


def test_bi_asriha_is_no_capture():
    assert not _hits("قال الخبير إن الأزمة تهدد المنطقة بأسرها بركود طويل.", "أسرها")[1]


@pytest.mark.parametrize("text, word, event", [
    ("هاجم مسلحون نقطة للشرطة في البلدة الحدودية فجر اليوم.", "هاجم", "ASSAULT"),
    ("أسرت الفصائل جنديين خلال اشتباك على أطراف المخيم.", "أسرت", "ASSAULT"),
    ("نفذت الفصائل عمليات ضد مواقع الجيش على الحدود.", "عمليات", "ASSAULT"),
    ("دمرت الغارة منزلا من ثلاثة طوابق في حي الشهداء.", "دمرت", "ASSAULT"),
    ("ضربت طائرات حربية مواقع للمسلحين في الجبال.", "ضربت", "ASSAULT"),
    ("أصاب الجنود ثلاثة شبان بالرصاص الحي قرب الحاجز.", "أصاب", "ASSAULT"),
    ("تصاعدت وتيرة الغارات على المدينة وأسفرت عن مقتل عشرة.", "غارات", "ASSAULT"),
    ("وارتفعت حصيلة الهجوم على السوق إلى عشرين قتيلا.", "هجوم", "ASSAULT"),
    ("فجر انتحاري نفسه في هجوم استهدف معهدا لتدريب الشرطة.", "استهدف", "ASSAULT"),
    ("قصفت طائرات مسيرة مواقع للمسلحين شرق المدينة.", "طائرات مسيرة", "ASSAULT"),
    ("خرجت مسيرة حاشدة في وسط العاصمة تنديدا بارتفاع الأسعار.", "خرجت مسيرة", "PROTEST"),
    ("تجمع مئات العمال أمام المصنع احتجاجا على تأخر الرواتب.", "تجمع", "PROTEST"),
])
def test_the_rules_keep_the_event_sense(text, word, event):
    ctx = _context(text, word, event)
    assert not ctx.discard and not ctx.hypothetical, (text, ctx)
