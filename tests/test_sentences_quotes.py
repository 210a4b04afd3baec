"""Sentences a wrongly paired quote swallowed: sentencex pairs straight quotes first with
second, so one missing or stray mark kept the rest of a paragraph in one sentence.  Every
text here was written for these tests."""
from __future__ import annotations

from conftest import assert_sentences_cover_text, last_sentence_attributions
from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.text import TextLayer
from hadath.text.layer import split_sentences


def _bodies(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


TOLL = 'أعلنت الوزارة "ارتفاع عدد القتلى إلى عشرين منذ بداية الشهر.'
RESCUE = 'وقال الدفاع المدني إن "فرقه انتشلت جثتين من تحت الأنقاض".'
RAID = "وفي الضفة الغربية اعتقلت القوات ثلاثة شبان من بلدة قريبة."


def test_a_quote_that_never_closes_does_not_swallow_the_next_sentences():
    assert _bodies(f"{TOLL} {RESCUE} {RAID}") == [TOLL, RESCUE, RAID]


def test_a_stray_closing_quote_does_not_pair_with_the_next_sentence_opening_one():
    first = 'أكد المسؤول أن "الجيش" سيبقى في المعبر حتى نهاية المرحلة"، مضيفا أن ذلك "مرفوض".'
    second = 'وأضاف أن "الوفد سيعود إلى العاصمة غدا".'
    third = 'ويأتي ذلك فيما "تواصل الدول الوسيطة مساعيها"، بحسب الإذاعة.'
    assert _bodies(f"{first} {second} {third}") == [first, second, third]


def test_a_name_whose_closing_quote_is_missing_does_not_hide_the_sentence_end():
    first = 'نسقت الوزارة مع "الوكالة، ومنظمة الصحة في حملة التطعيم.'
    second = 'وبدأت الفرق عملها في مخيم "الشاطئ" صباح الأحد.'
    assert _bodies(f"{first} {second}") == [first, second]


def test_short_quoted_names_and_a_glued_proclitic_leave_the_sentence_ends_alone():
    first = 'قصفت طائرات لـ"جيش" الاحتلال منزلا في البلدة.'
    second = 'وقالت و"الوكالة" إن مدارسها امتلأت بالنازحين.'
    assert _bodies(f"{first} {second}") == [first, second]


def test_a_genuine_quotation_of_two_sentences_stays_one_sentence():
    quoted = 'وقال المتحدث: "لن نتراجع عن مطالبنا. سنواصل الإضراب حتى تتحقق".'
    after = "وغادر القاعة بعد ذلك."
    assert _bodies(f"{quoted} {after}") == [quoted, after]
    curly = "فقال: “كنا في البيت حين بدأ القصف. خرجنا حفاة إلى الشارع”."
    assert _bodies(curly) == [curly]
    guillemets = "وأضافت: «نريد أن نعود. لا نريد إلا بيوتنا»، ثم صمتت."
    assert _bodies(guillemets) == [guillemets]


def test_a_quoted_title_with_a_full_stop_inside_goes_on_with_its_sentence():
    text = "عرضت القناة فيلم “الطريق. الحكاية الكاملة” مساء الأحد. ثم ناقشه ضيوف البرنامج."
    assert _bodies(text) == ["عرضت القناة فيلم “الطريق. الحكاية الكاملة” مساء الأحد.",
                             "ثم ناقشه ضيوف البرنامج."]


def test_the_next_sentence_starts_where_the_swallowed_one_was_cut():
    text = f"{TOLL} {RESCUE}"
    start = text.index(RESCUE)
    sentence = TextLayer(text).sentence_at(start)
    assert (sentence.start, sentence.end) == (start, len(text))


def test_a_continued_statement_after_the_cut_keeps_the_speaker():
    text = 'وأعلنت وزارة الصحة "ارتفاع الحصيلة إلى ثلاثين قتيلا. وأضافت أن "بينهم 12 طفلا".'
    assert _bodies(text)[-1] == 'وأضافت أن "بينهم 12 طفلا".'
    _, found = last_sentence_attributions(text)
    assert [(a.how, a.source.text) for a in found] == [("speech-continued", "وزارة الصحة")]


_WORDS = st.sampled_from(["قال", "الوزير", "إن", "القوات", "انسحبت", "د", ".", "،", "؟", "!",
                          '"', "«", "»", "“", "”", 'لـ"', 'و"', '".', "».", "؟”", "..", "\n", " ", " ", " "])


@settings(max_examples=300)
@given(st.lists(_WORDS, max_size=40))
def test_sentences_keep_exact_offsets_and_lose_no_text_around_quotes(words):
    assert_sentences_cover_text("".join(words))
