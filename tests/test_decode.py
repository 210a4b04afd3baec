"""Decoding: every common encoding of Arabic news gives the same text; bad bytes give a reason."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.decode import DecodeError, arabic_letter_share, decode_bytes

ARTICLE = ("أعلنت بلدية المدينة اليوم افتتاح مكتبة عامة جديدة في الحي الشمالي.\n"
           "وقال رئيس البلدية إن المكتبة تضم أكثر من عشرين ألف كتاب، وإنها ستفتح أبوابها يوميا.\n")

WORDS = ["مدينة", "وزير", "قال", "الحكومة", "اجتماع", "مساء", "شارع", "مستشفى", "جامعة",
         "أعلن", "إن", "في", "على", "من", "المجلس", "البلدية", "مشروع", "الطلاب", "سوق",
         "ميناء", "قرية", "مياه", "كهرباء", "أمس"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le",
                                      "utf-16-be", "utf-32", "cp1256"])
def test_every_encoding_gives_the_same_text(encoding: str) -> None:
    assert decode_bytes(ARTICLE.encode(encoding), "article.txt") == ARTICLE


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), min_size=4, max_size=60),
       encoding=st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "cp1256"]))
def test_arabic_sentences_round_trip(words: list[str], encoding: str) -> None:
    text = " ".join(words) + "."
    assert decode_bytes(text.encode(encoding), "gen") == text


def test_html_meta_charset_is_honoured() -> None:
    # Mostly ASCII markup: windows-1256 cannot be guessed from the letters alone.
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1256"><title>Local news page</title>'
            '<link rel="stylesheet" href="/static/site.css"></head><body>'
            '<div class="content main wrapper container">خبر قصير</div></body></html>')
    assert decode_bytes(html.encode("cp1256"), "page.html", html=True) == html


def test_truncated_last_character_is_tolerated() -> None:
    data = ARTICLE.encode("utf-8") * 3 + "ب".encode("utf-8")[:1]
    text = decode_bytes(data, "cut.txt")
    assert text.startswith(ARTICLE) and text.endswith("\ufffd")


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    b"%PDF-1.7\n" + bytes(200),
    bytes(range(256)) * 8,
    ARTICLE.encode("utf-8") + b"\x00\x01\x02\x03" + bytes(64),
])
def test_binary_input(data: bytes) -> None:
    with pytest.raises(DecodeError) as err:
        decode_bytes(data, "x.bin")
    assert err.value.reason == "binary"
    assert "x.bin" in err.value.message


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\u3000\n".encode("utf-8"),
                                  " \n".encode("utf-16")])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(DecodeError) as err:
        decode_bytes(data, "blank.txt")
    assert err.value.reason == "empty"


def test_utf8_mixed_with_windows_1256_is_undecodable() -> None:
    data = ARTICLE.encode("utf-8") + ARTICLE.encode("cp1256") + ARTICLE.encode("utf-8")
    with pytest.raises(DecodeError) as err:
        decode_bytes(data, "mixed.txt")
    assert err.value.reason == "undecodable"
    assert "mixed.txt" in err.value.message


def test_broken_short_utf8_is_not_read_as_windows_1256_mojibake() -> None:
    good = "خبر عاجل من المدينة".encode("utf-8")
    data = good[:8] + b"\xff" + good[8:16] + b"\xfe" + good[16:]
    mojibake = data.decode("cp1256")
    assert arabic_letter_share(mojibake) > 0.5          # looks Arabic to a naive check
    try:
        decoded = decode_bytes(data, "moji.txt")
    except DecodeError as err:
        assert err.reason == "undecodable"
    else:
        assert decoded != mojibake
