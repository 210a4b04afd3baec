"""Bytes to text for Arabic news: UTF-8 (with or without BOM), UTF-16/32, windows-1256.

Order of trust: a byte-order mark, then strict UTF-8 (valid multi-byte UTF-8 is almost
never an accident), then UTF-16 recognised by where its NUL / 0x06 high bytes fall, then an
HTML ``<meta charset>`` declaration, then windows-1256 when it yields mostly Arabic letters,
and charset-normalizer last (it often guesses wrong on short Arabic text, so it only
decides what the rules above could not).
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from .records import DocumentRejected

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Magic numbers of formats that are certainly not text.
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b",
    b"\x7fELF", b"BZh", b"\xfd7zXZ", b"Rar!", b"OggS", b"ID3", b"\x00\x00\x01\x00",
)
_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x20)) - {0x1B}
# Above this share of control bytes the input is binary, not text.
MAX_CONTROL_SHARE = 0.01
# In UTF-16 text of Arabic or ASCII the high byte of nearly every unit is 0x00 or 0x06.
UTF16_HIGH_BYTE_SHARE = 0.85
# windows-1256 is accepted when at least this share of the letters it yields are Arabic.
MIN_ARABIC_SHARE_CP1256 = 0.5
MAX_TA_ZA_SHARE = 0.3
# This many well-formed multi-byte UTF-8 characters make the input UTF-8 beyond doubt.
MIN_UTF8_EVIDENCE = 20
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")


class DecodeError(DocumentRejected):
    """Input bytes that are not usable text.  ``reason``: empty | binary | undecodable."""


def decode_bytes(data: bytes, source: str, *, html: bool = False) -> str:
    """Decode ``data`` read from ``source`` (named in error messages) to text.

    With ``html=True`` a ``<meta charset>`` declaration is honoured when the bytes are not
    valid UTF-8.  Raises ``DecodeError`` for empty, binary or undecodable input.
    """
    if not data.strip():
        raise DecodeError("empty", f"{source}: the input is empty")
    text = _decode(data, source, html=html)
    if not text.strip():
        raise DecodeError("empty", f"{source}: the input holds only white space")
    return text


def _decode(data: bytes, source: str, *, html: bool) -> str:
    try:
        return _decode_unnamed(data, html=html)
    except DecodeError as exc:
        raise DecodeError(exc.reason, f"{source}: {exc.message}") from None


def _decode_unnamed(data: bytes, *, html: bool) -> str:
    bom_text = _decode_with_bom(data)
    if bom_text is not None:
        return bom_text
    if any(data.startswith(magic) for magic in _BINARY_MAGIC):
        raise DecodeError("binary", "binary file (not text); expected HTML, text or JSONL")
    utf16 = _guess_utf16(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data or _control_share(data) > MAX_CONTROL_SHARE:
        raise DecodeError("binary", "binary content (NUL or control bytes); "
                                    "expected HTML, text or JSONL")
    text = _try_utf8(data)
    if text is not None:
        return text
    for attempt in ((_try_meta_charset if html else None), _try_cp1256, _try_charset_normalizer):
        if attempt is None:
            continue
        text = attempt(data)
        if text is not None:
            return text
    raise DecodeError("undecodable", "cannot tell the character encoding "
                                     "(not UTF-8, UTF-16 or windows-1256)")


def _decode_with_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: nearly all high bytes (odd positions for LE, even for BE) are
    0x00 (ASCII) or 0x06 (Arabic block), while the other half of the bytes is not."""
    if len(data) < 4:
        return None
    even, odd = data[0::2], data[1::2]
    for high, low, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if _high_byte_share(high) >= UTF16_HIGH_BYTE_SHARE > _high_byte_share(low):
            try:
                return data[: len(data) - len(data) % 2].decode(encoding)
            except UnicodeDecodeError:
                continue
    return None


def _high_byte_share(half: bytes) -> float:
    return sum(1 for b in half if b in (0x00, 0x06)) / len(half)


def _control_share(data: bytes) -> float:
    sample = data[:65536]
    return sum(1 for b in sample if b in _CONTROL_BYTES) / len(sample)


def _try_utf8(data: bytes) -> str | None:
    """Strict UTF-8; a handful of broken bytes in otherwise valid UTF-8 (a truncated
    character) become U+FFFD, but UTF-8 mixed with many invalid bytes is undecodable
    rather than handed to a guesser that would turn it into mojibake."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid_multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - broken
    if broken <= max(1, len(text) // 1000) and valid_multibyte > broken:
        return text
    if valid_multibyte >= MIN_UTF8_EVIDENCE and valid_multibyte >= broken:
        raise DecodeError("undecodable", "mostly UTF-8 but with "
                          f"{broken} invalid byte sequences (mixed or corrupt encoding)")
    return None


def _try_meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        codec = codecs.lookup(name).name
        return data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None


def _try_cp1256(data: bytes) -> str | None:
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return None
    if arabic_letter_share(text) < MIN_ARABIC_SHARE_CP1256 or _looks_like_utf8_mojibake(text):
        return None
    return text


def _looks_like_utf8_mojibake(text: str) -> bool:
    """UTF-8 Arabic read as windows-1256 turns every lead byte 0xD8/0xD9 into ط/ظ, two
    letters that make up only a few percent of real Arabic text."""
    arabic = count_arabic_letters(text)
    return arabic > 0 and (text.count("ط") + text.count("ظ")) / arabic > MAX_TA_ZA_SHARE


def _try_charset_normalizer(data: bytes) -> str | None:
    best = from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    return text if _is_plausible_text(text) else None


def _is_plausible_text(text: str) -> bool:
    """Reject decodings full of unassigned, private-use or control characters."""
    sample = text[:65536]
    if not sample:
        return False
    odd = sum(1 for ch in sample if _is_odd_char(ch))
    return odd / len(sample) < MAX_CONTROL_SHARE


def _is_odd_char(ch: str) -> bool:
    code = ord(ch)
    return ((code < 0x20 and ch not in "\t\n\r\f\v") or 0x7F <= code < 0xA0
            or 0xE000 <= code <= 0xF8FF or ch == "\ufffd")


def arabic_letter_share(text: str) -> float:
    """Share of Arabic letters among all letters of ``text`` (0.0 when it has none)."""
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return 0.0
    return len(_ARABIC_LETTER.findall(text)) / letters


def count_arabic_letters(text: str) -> int:
    return len(_ARABIC_LETTER.findall(text))
