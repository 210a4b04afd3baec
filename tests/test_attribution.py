"""Attribution ("according to whom") on our own example sentences."""
from __future__ import annotations

from conftest import last_sentence_attributions

from hadath.events.attribution import (
    Attribution,
    attribution_at,
    find_attribution,
    is_reporter,
)
from hadath.events.lexicon import default_rules
from hadath.pipeline import Pipeline
from hadath.records import Document, Span


def attributions(pipeline: Pipeline, text: str) -> tuple[str, list[Attribution]]:
    return last_sentence_attributions(text)


def sources(pipeline: Pipeline, text: str) -> list[str]:
    return [a.source.text for a in attributions(pipeline, text)[1]]


def source_of(pipeline: Pipeline, text: str, word: str) -> str | None:
    """The source governing the first occurrence of ``word``."""
    full, found = attributions(pipeline, text)
    span = attribution_at(found, full.index(word))
    return span.text if span else None


def test_speech_verb_subject_without_its_addressee(pipeline):
    assert sources(pipeline, "قالت مصادر أمنية لوكالة محلية إن مسلحين هاجموا نقطة تفتيش.") \
        == ["مصادر أمنية"]
    assert sources(pipeline, "قال مسؤول محلي للإذاعة إن السيول جرفت عشرات المنازل.") \
        == ["مسؤول محلي"]


def test_subject_stops_before_the_object(pipeline):
    assert sources(pipeline, "أعلن الجيش مقتل اثنين من جنوده في كمين قرب الحدود.") == ["الجيش"]
    assert sources(pipeline, "أعلنت وزارة الداخلية اعتقال خمسة مشتبه بهم في المدينة.") \
        == ["وزارة الداخلية"]


def test_actor_subject_is_the_source(pipeline):
    assert sources(pipeline, "قال الجيش الإسرائيلي إن طائراته قصفت مواقع في الجنوب.") \
        == ["الجيش الإسرائيلي"]


def test_time_word_between_verb_and_subject(pipeline):
    assert sources(pipeline, "أعلنت اليوم وزارة الصحة أن المستشفى استقبل جرحى.") == ["وزارة الصحة"]


def test_quoted_names_keep_both_marks(pipeline):
    assert sources(pipeline, 'قصفت الطائرات جسرا شمال المدينة بحسب صحيفة "الفجر الجديد" المحلية.') \
        == ['صحيفة "الفجر الجديد" المحلية']


def test_unclosed_quote_is_left_out(pipeline):
    got = sources(pipeline, 'هاجم مسلحون قافلة في الصحراء بحسب موقع "النهار')
    assert got == ["موقع"]


def test_cue_after_its_content_governs_what_precedes(pipeline):
    text = "اقتحمت قوات الأمن مقر الحزب واعتقلت عشرة من أعضائه، وفق ما نقلته وكالة الأنباء الرسمية."
    assert source_of(pipeline, text, "اقتحمت") == "وكالة الأنباء الرسمية"
    assert source_of(pipeline, text, "اعتقلت") == "وكالة الأنباء الرسمية"


def test_two_sources_for_two_parts(pipeline):
    text = ("قالت الوزارة إن القصف أصاب مدرسة في البلدة، فيما أفاد شهود عيان "
            "بأن الجنود أحرقوا سيارتين.")
    assert source_of(pipeline, text, "القصف") == "الوزارة"
    assert source_of(pipeline, text, "أحرقوا") == "شهود عيان"


def test_speaker_wins_over_the_outlet_that_reports_him(pipeline):
    text = "قال مسؤول عسكري إن مسلحين هاجموا سوقا في القرية، وفق ما ذكرت وكالة محلية."
    assert source_of(pipeline, text, "هاجموا") == "مسؤول عسكري"


def test_narration_before_a_speech_verb_is_nobodys(pipeline):
    text = "سقطت قذائف على الحي الشرقي، وقالت الشرطة إن ثلاثة أصيبوا بجروح."
    assert source_of(pipeline, text, "سقطت") is None
    assert source_of(pipeline, text, "أصيبوا") == "الشرطة"


def test_pronoun_is_not_a_source(pipeline):
    assert sources(pipeline, "رفض الوزير الاتهامات الموجهة إلى حكومته، بحسب قوله.") == []


def test_transmitter_quoting_someone_gives_the_original(pipeline):
    assert sources(pipeline, "نقلت الإذاعة عن مصادر طبية أن الحصيلة بلغت سبعة قتلى.") \
        == ["مصادر طبية"]
    text = "كشفت صحيفة محلية، نقلا عن مصدر مطلع، أن المفاوضات توقفت."
    assert sources(pipeline, text) == ["مصدر مطلع"]


def test_named_speaker_before_a_complementiser(pipeline):
    assert sources(pipeline, "وقال سليمان، في مؤتمر صحفي عقده في العاصمة، إن الاتفاق وشيك.") \
        == ["سليمان"]


def test_subject_first_order(pipeline):
    assert sources(pipeline, "وكانت وزارة الزراعة أفادت بأن الجراد أتلف المحاصيل.") \
        == ["وزارة الزراعة"]


def test_source_with_a_place_complement(pipeline):
    assert sources(pipeline, "وقالت وزارة الصحة في غزة إن عدد الجرحى ارتفع.") \
        == ["وزارة الصحة في غزة"]
    assert sources(pipeline, "وقالت وزارة الصحة في بيان إن عدد الجرحى ارتفع.") == ["وزارة الصحة"]


def test_sentence_level_answer_is_the_first_source(pipeline):
    analysis = pipeline.analyze(Document(
        doc_id="t", text="قالت الوزارة إن مدرسة قصفت، فيما أفاد شهود عيان بأن الجنود انسحبوا.",
        published="2024-09-18"))
    layer, rules = analysis.layer, default_rules()
    span = find_attribution(layer, layer.sentences[-1], rules.attribution.longest(layer.view),
                            rules.speech_verbs.longest(layer.view),
                            rules.source_nouns.longest(layer.view), analysis.actors)
    assert span is not None and span.text == "الوزارة"


def test_resumptive_pronoun_after_the_relative_verb_is_skipped(pipeline):
    text = "عنوان\n\nواعتقلت القوات عشرة شبان، وفق ما أفاد به مكتب إعلام الأسرى."
    assert sources(pipeline, text)[:1] == ["مكتب إعلام الأسرى"]


def test_continued_statement_takes_the_previous_speaker(pipeline):
    text = ("أعلنت وزارة الداخلية في بيان مساء الأحد أن الشرطة فككت عبوة قرب سوق المدينة. "
            "وأضافت أن دورية اعتقلت رجلين كانا يراقبان المكان.")
    assert source_of(pipeline, text, "اعتقلت") == "وزارة الداخلية"


def test_continued_statement_after_a_preposition_or_a_colon(pipeline):
    first = "قال المتحدث باسم الدفاع المدني إن فرقه انتشلت جثتين من تحت الركام. "
    assert source_of(pipeline, first + "وأشار إلى أن القصف دمر ثلاثة مبان.", "دمر") \
        == "المتحدث باسم الدفاع المدني"
    assert source_of(pipeline, first + "وتابع: «القصف دمر ثلاثة مبان».", "دمر") \
        == "المتحدث باسم الدفاع المدني"


def test_continued_statement_after_a_participle_of_saying(pipeline):
    first = "قال المتحدث باسم الدفاع المدني إن فرقه انتشلت جثتين من تحت الركام. "
    assert source_of(pipeline, first + "وأضاف مؤكدا: «القصف دمر ثلاثة مبان».", "دمر") \
        == "المتحدث باسم الدفاع المدني"


def test_continuation_chains_through_continued_sentences(pipeline):
    text = ("ذكرت مصادر طبية أن ستة جرحى وصلوا إلى المستشفى. وأضافت أن بينهم طفلين. "
            "وتابعت أن القصف طال مدرسة.")
    assert source_of(pipeline, text, "القصف") == "مصادر طبية"


def test_a_verb_with_a_subject_or_no_speech_is_no_continuation(pipeline):
    first = "قالت الشرطة إن مسلحين هاجموا حاجزا. "
    assert source_of(pipeline, first + "وأضاف شهود أن الاشتباك استمر ساعة.", "الاشتباك") == "شهود"
    # "تابعت" as "went on with", not speech: nothing is reported
    assert sources(pipeline, first + "وتابعت القوات تقدمها نحو القرية.") == []


def test_no_previous_speaker_no_source(pipeline):
    text = "اعتقلت القوات خمسة أشخاص في المدينة. وأضافت أن المداهمة استمرت ساعتين."
    assert sources(pipeline, text) == []


def test_addressee_written_apart_and_quotations_are_not_sources(pipeline):
    assert sources(pipeline, "وقال مسؤول محلي لـ«الإذاعة» إن الطريق أغلق.") == ["مسؤول محلي"]
    assert sources(pipeline, "وأعلنت الشرطة «إصابة أربعة أشخاص في انفجار قرب السوق».") \
        == ["الشرطة"]
    assert sources(pipeline, "لكن الأوساط لفتت الانتباه إلى أن الاتفاق تعثر.") == []


def test_a_statement_is_no_source_its_owner_is(pipeline):
    text = "وقتل ثلاثة أشخاص في القصف، حسب بيان صادر عن وزارة الصحة."
    assert source_of(pipeline, text, "القصف") == "وزارة الصحة"
    text = "وقتل ثلاثة أشخاص في القصف، وفق بيان لوزارة الصحة."
    assert source_of(pipeline, text, "القصف") == "بيان لوزارة الصحة"


def test_what_the_source_said_is_not_part_of_its_name(pipeline):
    assert sources(pipeline, "ونقلت الإذاعة عن مصدر عسكري تأكيده مقتل جنديين في الكمين.") \
        == ["مصدر عسكري"]
    assert sources(pipeline, "ونقل موقع محلي عن مصادر قولها إن القوات انسحبت من البلدة.") \
        == ["مصادر"]


def test_a_quotation_after_a_complete_name_is_not_part_of_it(pipeline):
    got = sources(pipeline, 'وقالت المحكمة العليا "لا يمكن قبول الطعن" في قضية الأرض.')
    assert all('"' not in s for s in got), got
    assert sources(pipeline, 'قصفت الطائرات جسرا بحسب مصدران "على اطلاع بالعملية".') == ["مصدران"]


def test_a_bare_definite_source_resumes_the_fuller_one_named_before(pipeline):
    text = ("قال مصدر رفيع المستوى في الوزارة إن المفاوضات توقفت. "
            "وأضاف المصدر أن الوفد غادر العاصمة أمس.")
    assert sources(pipeline, text) == ["مصدر رفيع المستوى في الوزارة"]
    assert sources(pipeline, "وأضاف المصدر أن الوفد غادر العاصمة أمس.") == ["المصدر"]


def test_a_cue_with_the_relative_fused_or_apart_skips_its_verb(pipeline):
    text = "أصيب أربعة عمال في انفجار داخل مصنع للأسمدة، حسبما أوردته إذاعة محلية."
    assert source_of(pipeline, text, "انفجار") == "إذاعة محلية"
    text = "احترقت ثلاث شاحنات قرب المعبر، وفقا لما نقلته وكالة الأنباء الرسمية."
    assert source_of(pipeline, text, "احترقت") == "وكالة الأنباء الرسمية"


def test_a_source_opening_the_sentence_before_a_colon_speaks_what_follows(pipeline):
    text = "مصدر أمني: مسلحون هاجموا قافلة للوقود على الطريق الساحلي."
    assert source_of(pipeline, text, "هاجموا") == "مصدر أمني"
    # after a bullet mark, as in news tickers
    text = "• الدفاع المدني: انهيار مبنى سكني من أربعة طوابق في الحي القديم."
    assert source_of(pipeline, text, "انهيار") == "الدفاع المدني"


def test_a_colon_after_a_non_source_or_inside_a_clause_names_no_source(pipeline):
    assert sources(pipeline, "الحصيلة النهائية: عشرات المصابين في حادث السير.") == []
    assert sources(pipeline, "وصل الوفد إلى المدينة، والنتيجة: لا اتفاق بعد.") == []


def test_a_relay_cue_after_a_speaker_leaves_the_speaker_an_origin_cue_replaces_it(pipeline):
    text = "وأكد وزير الزراعة، بحسب ما نقلت وكالة الأنباء الرسمية، أن الجراد أتلف محاصيل القمح."
    assert source_of(pipeline, text, "أتلف") == "وزير الزراعة"
    text = "وكشفت قناة محلية، نقلا عن مصادر أمنية، أن السيول جرفت عشرات المنازل."
    assert source_of(pipeline, text, "جرفت") == "مصادر أمنية"


def test_the_verb_of_a_cues_relative_clause_introduces_no_speech_of_its_own(pipeline):
    text = "وأكد وزير الزراعة، بحسب ما نقلت وكالة الأنباء الرسمية، أن الجراد أتلف محاصيل القمح."
    assert all(a.source.text != "وكالة الأنباء الرسمية" or a.how.startswith("cue")
               for a in attributions(pipeline, text)[1])


def test_an_aside_cue_governs_the_clause_it_interrupts(pipeline):
    text = "احترقت ثلاث شاحنات، وفق ما ذكرت الشرطة، في حريق شب قرب المعبر، ثم أغلقت الطرق."
    assert source_of(pipeline, text, "حريق") == "الشرطة"
    assert source_of(pipeline, text, "أغلقت") is None
    # inside a speech verb's clause the speaker keeps what follows the aside
    text = "قالت البلدية إن السيول جرفت منزلين، بحسب الإذاعة، وأغرقت عشرات المحال."
    assert source_of(pipeline, text, "أغرقت") == "البلدية"


def test_a_construct_head_spelled_with_waw_or_fa_takes_its_genitive(pipeline):
    text = "تأجل افتتاح المعرض، وفقا لما أفاد به فريق حملة المرشح."
    assert source_of(pipeline, text, "تأجل") == "فريق حملة المرشح"


def test_media_and_informants_are_reporters_parties_are_not():
    assert is_reporter(Span("صحيفة محلية", 0, 11))
    assert is_reporter(Span("مراسل الإذاعة", 0, 13))
    assert not is_reporter(Span("وزارة الخارجية", 0, 14))
    assert not is_reporter(Span("الجيش", 0, 5))


def test_a_complete_source_takes_no_object_but_keeps_the_speakers_name(pipeline):
    assert sources(pipeline, "أعلنت مصادر إسرائيلية مقتل جندي في المدينة.") == ["مصادر إسرائيلية"]
    assert sources(pipeline, "قالت صحيفة نيويورك تايمز إن الوفد غادر القاهرة.") \
        == ["صحيفة نيويورك تايمز"]


def test_a_definite_lam_complement_belongs_to_the_name(pipeline):
    assert sources(pipeline, "قالت الهيئة الوطنية للإغاثة والطوارئ إن الشرطة اعتقلت عشرة طلاب.") \
        == ["الهيئة الوطنية للإغاثة والطوارئ"]
    assert sources(pipeline, "قالت الوزارة للصحفيين إن الشرطة اعتقلت عشرة طلاب.") == ["الوزارة"]
