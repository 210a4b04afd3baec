"""Sources named in quotes, continued statements after a live blog's time stamps and after a
sentence that reports a party's words with no verb of saying (our own sentences)."""
from __future__ import annotations

from hadath.events.attribution import attribution_at, find_attributions
from hadath.events.lexicon import default_rules
from hadath.pipeline import Pipeline
from hadath.records import Document


def source_of(pipeline: Pipeline, text: str, word: str) -> str | None:
    """The source governing the first occurrence of ``word``, read with all the document's
    actors (a continued statement's speaker is in an earlier sentence)."""
    analysis = pipeline.analyze(Document(doc_id="t", text=text, published="2024-09-18"))
    layer, rules = analysis.layer, default_rules()
    at = layer.text.index(word)
    sentence = layer.sentence_at(at)
    found = find_attributions(layer, sentence, rules.attribution.longest(layer.view),
                              rules.speech_verbs.longest(layer.view),
                              rules.source_nouns.longest(layer.view), analysis.actors)
    for a in found:
        assert layer.text[a.source.start:a.source.end] == a.source.text
    span = attribution_at(found, at)
    return span.text if span else None


# ---------------------------------------------------------------- quoted names

def test_name_in_curly_quotes_right_after_the_verb(pipeline):
    assert source_of(pipeline, "قالت “واشنطن بوست” إن الحكومة تعمل على هدم القرى في الشمال.",
                     "هدم") == "واشنطن بوست"


def test_curly_quoted_name_after_its_head_keeps_both_marks(pipeline):
    assert source_of(pipeline, "قالت صحيفة “واشنطن بوست” إن الحكومة تعمل على هدم القرى.",
                     "هدم") == "صحيفة “واشنطن بوست”"


def test_long_quoted_name_before_a_complementiser_speaks(pipeline):
    text = 'وقالت "كتائب شهداء الأقصى شباب الثأر والتحرير" إن مقاتليها استهدفوا قوات الاحتلال.'
    assert source_of(pipeline, text, "استهدفوا") == "كتائب شهداء الأقصى شباب الثأر والتحرير"


def test_long_quotation_after_the_subject_is_what_was_said(pipeline):
    text = 'أعلنت الشرطة "مقتل ثلاثة أشخاص في حادث سير على الطريق الساحلي" مساء أمس.'
    assert source_of(pipeline, text, "مقتل") == "الشرطة"


# ---------------------------------------------------------------- live blog stamps

def test_continued_statement_after_time_stamps(pipeline):
    text = ("وقال المبعوث الأميركي إن المحادثات تقدمت كثيرا.\n"
            "اليوم 10:15  اليوم 09:40  وأشار إلى أن الاتفاق سيعرض على الطرفين قريبا.")
    assert source_of(pipeline, text, "الاتفاق") == "المبعوث الأميركي"


def test_continued_statement_after_a_stamp_standing_alone(pipeline):
    text = ("وقال المبعوث الأميركي إن المحادثات تقدمت كثيرا.\n"
            "اليوم 10:15\n"
            "اليوم 09:40  وأشار إلى أن الاتفاق سيعرض على الطرفين قريبا.")
    assert source_of(pipeline, text, "الاتفاق") == "المبعوث الأميركي"


def test_a_time_word_without_digits_is_no_stamp_to_skip(pipeline):
    text = ("وقال المبعوث الأميركي إن المحادثات تقدمت كثيرا. "
            "وفي مساء اليوم نفسه وأضاف مسؤول آخر أن الاتفاق بعيد.")
    assert source_of(pipeline, text, "الاتفاق") != "المبعوث الأميركي"


# ---------------------------------------------------------------- a party's words told without a verb of saying

def test_praise_with_a_participle_of_saying_gives_the_next_statement_its_speaker(pipeline):
    text = ("من جانبها، أشادت حركة الجهاد الإسلامي بالعملية في الخليل، مؤكدة أنها رد طبيعي. "
            "وقالت في بيان إن العملية رد على جرائم الاحتلال.")
    assert source_of(pipeline, text, "جرائم") == "حركة الجهاد الإسلامي"


def test_auxiliary_before_the_subject_and_a_quoted_description(pipeline):
    text = ('وكانت حماس، قد وصفت العملية بأنها "عمل بطولي يرد على جرائم الاحتلال". '
            "وقالت إنها رسالة واضحة للاحتلال.")
    assert source_of(pipeline, text, "رسالة") == "حماس"


def test_masculine_minister_with_a_quoted_description(pipeline):
    text = ('وأشاد وزير الخارجية الإيراني بالعلاقات مع العراق، واصفا إياها بأنها "علاقات مميزة '
            'وقائمة على حسن الجوار". وأشار إلى أن زيارة الرئيس تعكس أهمية البلدين.')
    assert source_of(pipeline, text, "زيارة") == "وزير الخارجية الإيراني"


def test_praise_without_reported_words_gives_no_speaker(pipeline):
    text = ("وأشاد وزير الخارجية الإيراني بالعلاقات مع العراق. "
            "وأشار إلى أن زيارة الرئيس تعكس أهمية البلدين.")
    assert source_of(pipeline, text, "زيارة") is None


def test_verbs_of_another_gender_are_another_subject(pipeline):
    text = ("وأشادت حركة الجهاد الإسلامي بالعملية في الخليل، مؤكدة أنها رد طبيعي. "
            "وأشار إلى أن زيارة الرئيس تعكس أهمية البلدين.")
    assert source_of(pipeline, text, "زيارة") is None


def test_a_strike_narrated_before_gives_no_speaker(pipeline):
    text = "وقصفت طائرات الاحتلال منزلا في المخيم. وأضافت أن القصف أسفر عن شهداء."
    assert source_of(pipeline, text, "القصف") is None
