"""Sentences end after an embedded social post whose text runs into the next paragraph.
Every text here was written for these tests."""
from __future__ import annotations

from conftest import assert_sentences_cover_text
from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.text import TextLayer
from hadath.text.layer import social_post_ends, split_sentences

RECAP = "في الخامس من آذار الماضي أعلنت الفصائل بدء هجوم واسع على المواقع العسكرية."


def _bodies(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_a_post_link_ends_the_sentence_glued_to_the_next_paragraph():
    post = "مراسلنا يرصد الدمار في الحي الشرقي #المدينة #عاجل pic.twitter.com/Ab12Cd34"
    text = f"مقدمة الخبر هنا.\n{post}  {RECAP}"
    bodies = _bodies(text)
    assert bodies[-2:] == [post, RECAP]
    start = text.index(RECAP)
    assert TextLayer(text).sentence_at(start).start == start


def test_a_short_link_and_a_media_link_of_one_post_end_it_once():
    post = "Residents fled the valley overnight #Floods https://t.co/Xy9Zw8 pic.twitter.com/Qq7Rr6"
    text = f"بداية.\n{post} وقال الدفاع المدني إن فرقه أجلت العائلات."
    assert _bodies(text)[-2:] == [post, "وقال الدفاع المدني إن فرقه أجلت العائلات."]


def test_a_share_credit_after_the_link_stays_with_the_post():
    text = "Festival opens today https://t.co/Kk11 via @newsdesk وتستمر العروض أسبوعا."
    assert _bodies(text) == ["Festival opens today https://t.co/Kk11 via @newsdesk",
                             "وتستمر العروض أسبوعا."]


def test_the_signature_line_of_an_embed_ends_the_post():
    post = "نزوح جديد من الأحياء الشمالية pic.twitter.com/Zz90— سامي Sami (@sami_news) July 6, 2024"
    text = f"تمهيد.\n{post} وأفادت مصادر محلية بوصول العائلات إلى المدارس."
    assert _bodies(text)[-2:] == [post, "وأفادت مصادر محلية بوصول العائلات إلى المدارس."]


def test_a_link_in_brackets_inside_a_sentence_does_not_cut_it():
    text = "نشرت الوزارة بيانها (https://t.co/Ab1) وأكدت فيه استمرار التحقيق."
    assert social_post_ends(text) == []
    assert _bodies(text) == [text]


def test_a_link_that_ends_its_paragraph_or_is_followed_by_punctuation_adds_no_sentence():
    assert social_post_ends("صورة من الموقع pic.twitter.com/Ab12") == []
    assert social_post_ends("صورة من الموقع pic.twitter.com/Ab12.") == []
    assert social_post_ends("صورة من الموقع pic.twitter.com/Ab12 #وسم") == []


_WORDS = st.sampled_from(["قال", "الوزير", "إن", "القوات", "انسحبت", "#وسم", "@handle", "via",
                          "pic.twitter.com/Ab1", "https://t.co/Zz9", "(", ")", ".", "،", "—",
                          "(@sami)", "July 6, 2024", "\n", "  "])


@settings(max_examples=300)
@given(st.lists(_WORDS, max_size=30))
def test_sentences_keep_exact_offsets_and_lose_no_text(words):
    assert_sentences_cover_text(" ".join(words))
