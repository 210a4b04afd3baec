"""The text layer: offsets survive normalisation; the matcher sees through proclitics."""
from hypothesis import given, settings, strategies as st

from hadath.text import LexiconMatcher, TextLayer, normalize, normalize_string

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MIXED = st.one_of(ARABIC, st.characters(codec="utf-8"), st.sampled_from(list(" \n،.ـًٌٍَُِّْ٠١٢٣😀é")))


@settings(max_examples=300)
@given(st.text(MIXED, max_size=80))
def test_every_normalised_character_maps_back_to_its_origin(text):
    view = normalize(text)
    assert len(view.norm) == len(view.origin)
    for i, o in enumerate(view.origin):
        assert normalize_string(text[o]) == view.norm[i]


@settings(max_examples=300)
@given(st.text(MIXED, max_size=80))
def test_normalize_string_is_the_character_by_character_normalisation(text):
    from hadath.text.normalize import normalize_char
    assert normalize_string(text) == "".join(normalize_char(c) for c in text)


@settings(max_examples=300)
@given(st.text(MIXED, max_size=80), st.data())
def test_any_normalised_span_maps_to_an_original_span_with_the_same_normal_form(text, data):
    view = normalize(text)
    start = data.draw(st.integers(0, len(view.norm)))
    end = data.draw(st.integers(start, len(view.norm)))
    o_start, o_end = view.to_original(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    kept = [k for k, o in enumerate(view.origin) if o_start <= o < o_end]
    assert "".join(view.norm[k] for k in kept) == view.norm[start:end]
    dropped = set(range(o_start, o_end)) - {view.origin[k] for k in kept}
    assert all(normalize_string(text[o]) in ("", '"') for o in dropped)
    assert view.to_normalized(o_start, o_end) == (start, end)


def test_scare_quotes_around_a_short_name_leave_the_view_but_not_the_text():
    text = 'قصفت طائرات لـ"جيش" الاحتلال منزلا، وقال: «لن نغادر أرضنا مهما حصل».'
    view = normalize(text)
    assert "لجيش الاحتلال" in view.norm
    assert '"لن نغادر ارضنا مهما حصل"' in view.norm
    start = view.norm.index("جيش الاحتلال")
    o_start, o_end = view.to_original(start, start + len("جيش الاحتلال"))
    assert text[o_start:o_end] == 'جيش" الاحتلال'


@settings(max_examples=200)
@given(st.text(MIXED, max_size=40), st.text(MIXED, max_size=40),
       st.sampled_from(["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "ك"]))
def test_matcher_spans_are_exact_in_any_surrounding_text(left, right, prefix):
    matcher = LexiconMatcher([("قطر", "QAT"), ("الولايات المتحدة", "USA")])
    text = f"{left} {prefix}قطر {right}"
    layer = TextLayer(text)
    for m in matcher.find(layer.view):
        assert normalize_string(text[m.start:m.end]) == m.key
    assert any(m.value == "QAT" and text[m.start:m.end] == "قطر" for m in matcher.find(layer.view))


def test_normalisation_folds_letter_variants_and_digits():
    assert normalize_string("أإآٱ") == "اااا"
    assert normalize_string("مستشفى الشفاء") == "مستشفي الشفاء"
    assert normalize_string("غزة") == "غزه"
    assert normalize_string("٢٠٢٤") == "2024"
    assert normalize_string("مسئول") == normalize_string("مسؤول")
    assert normalize_string("قصـــفٌ") == "قصف"


def test_matcher_finds_entries_through_proclitics():
    matcher = LexiconMatcher([("قطر", "QAT"), ("القاهرة", "EGY"), ("قطاع غزة", "PSE"),
                              ("الولايات المتحدة", "USA")])
    text = "وقطر بالقاهرة لقطاع غزة والولايات المتحدة وللولايات المتحدة"
    found = [(text[m.start:m.end], m.prefix, m.value) for m in matcher.longest(normalize(text))]
    assert found == [("قطر", "و", "QAT"), ("القاهرة", "ب", "EGY"), ("قطاع غزة", "ل", "PSE"),
                     ("الولايات المتحدة", "و", "USA"), ("للولايات المتحدة", "ول", "USA")]


def test_matcher_respects_word_boundaries():
    matcher = LexiconMatcher([("قطر", "QAT"), ("عمان", "OMN")])
    text = "قطرات المطر والعمانيون ومقطر"
    assert [m.value for m in matcher.find(normalize(text))] == []


def test_article_and_suffixes_only_where_allowed():
    matcher = LexiconMatcher()
    matcher.add("هجوم", "ASSAULT", article_ok=True, enclitics_ok=True)
    matcher.add("مصر", "EGY")
    text = "بالهجوم وللهجوم هجومها المصر مصرها"
    hits = [(text[m.start:m.end], m.value) for m in matcher.find(normalize(text))]
    assert hits == [("هجوم", "ASSAULT"), ("هجوم", "ASSAULT"), ("هجومها", "ASSAULT")]


def test_future_prefix_only_for_entries_that_accept_it():
    matcher = LexiconMatcher()
    matcher.add("يزور", "visit", future_ok=True)
    matcher.add("يلتقي", "meet")
    text = "سيزور وسيلتقي"
    hits = [(m.value, m.prefix) for m in matcher.find(normalize(text))]
    assert hits == [("visit", "س")]


def test_sentences_keep_the_headline_apart_and_offsets_exact():
    text = "عنوان الخبر هنا\n\nقال المتحدث إن الاجتماع انتهى. وأضاف أن الوفد غادر.\nفقرة ثانية."
    layer = TextLayer(text)
    sents = layer.sentences
    assert sents[0].is_headline and text[sents[0].start:sents[0].end] == "عنوان الخبر هنا"
    bodies = [text[s.start:s.end] for s in sents[1:]]
    assert bodies == ["قال المتحدث إن الاجتماع انتهى.", "وأضاف أن الوفد غادر.", "فقرة ثانية."]
    assert all(not s.is_headline for s in sents[1:])


def test_a_text_of_one_unpunctuated_line_is_body_not_headline():
    sents = TextLayer("تظاهر آلاف الطلاب في العاصمة ضد قانون الجامعات").sentences
    assert len(sents) == 1 and not sents[0].is_headline


def test_tokens_carry_original_offsets_through_diacritics():
    text = "قَصَفَ الجيشُ"
    tokens = TextLayer(text).tokens
    assert [t.text for t in tokens] == ["قَصَفَ", "الجيشُ"]
    assert [t.norm for t in tokens] == ["قصف", "الجيش"]


def test_ta_marbuta_is_not_a_pronoun_suffix():
    matcher = LexiconMatcher()
    matcher.add("زار", "visit", enclitics_ok=True)
    text = "وزارة الصحة زاره الوزير"
    assert [text[m.start:m.end] for m in matcher.find(normalize(text))] == ["زاره"]


def test_an_entry_without_prepositions_takes_only_a_conjunction():
    matcher = LexiconMatcher()
    matcher.add("حث", "urge", prepositions_ok=False)
    matcher.add("هجوم", "attack")
    found = [(m.key, m.prefix) for m in matcher.longest(normalize("وحث الوزير على بحث الهجوم وبهجوم"))]
    assert ("حث", "و") in found and ("حث", "ب") not in found
    assert ("هجوم", "وب") in found
