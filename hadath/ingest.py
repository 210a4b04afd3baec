"""Read inputs (files, folders, stdin) into ``RawDocument``s, or ``DocError``s that say why not.

One bad input never stops the batch: every failure is yielded as a ``DocError`` and the
iteration goes on.  Folders are walked recursively in sorted order and only ``.html``,
``.htm``, ``.txt`` and ``.jsonl`` files are read; other files are skipped with a note.
A file named explicitly with another extension, and stdin ("-"), are sniffed.
"""
from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

from .decode import DecodeError, decode_bytes
from .records import DocError, RawDocument

log = logging.getLogger(__name__)

STDIN = "-"
STDIN_SOURCE = "<stdin>"
KIND_BY_SUFFIX = {".html": "html", ".htm": "html", ".txt": "text", ".jsonl": "jsonl"}
_MARKUP = re.compile(rb"<\s*(!doctype\s+html|html|head|body|meta|div|p|article|title)\b",
                     re.IGNORECASE)
_ID_UNSAFE = re.compile(r"[^\w.\-]+")
SNIFF_BYTES = 4096
# Text that does not start with "<" is still HTML when it holds this many tags up front.
MIN_TAGS_FOR_HTML = 3

Note = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class IngestLimits:
    max_bytes: int = 5_000_000      # per document: a file, or one JSONL record


def iter_raw(inputs: Iterable[str], *, stdin: BinaryIO | None = None,
             limits: IngestLimits = IngestLimits(),
             note: Note | None = None) -> Iterator[RawDocument | DocError]:
    """Yield one ``RawDocument`` or ``DocError`` per document found in ``inputs``.

    ``inputs`` are file paths, folder paths or "-" for ``stdin`` (a binary stream).  ``note``
    receives remarks that are not errors (skipped files); by default they are logged.
    Doc ids are made unique within one call by suffixing "-2", "-3" ... to repeats.
    """
    tell = note or log.warning
    ids = _UniqueIds()
    for name in inputs:
        for item in _iter_input(name, stdin, limits, tell):
            if isinstance(item, RawDocument):
                item.doc_id = ids.claim(item.doc_id)
            yield item


class _UniqueIds:
    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def claim(self, doc_id: str) -> str:
        count = self._seen.get(doc_id, 0) + 1
        self._seen[doc_id] = count
        return doc_id if count == 1 else f"{doc_id}-{count}"


def _iter_input(name: str, stdin: BinaryIO | None, limits: IngestLimits,
                tell: Note) -> Iterator[RawDocument | DocError]:
    if name == STDIN:
        if stdin is None:
            yield DocError(STDIN_SOURCE, None, "unreadable", "no standard input to read from")
            return
        yield from _read_stream(stdin, limits)
        return
    path = Path(name)
    if path.is_dir():
        yield from _walk_folder(path, limits, tell)
    elif path.is_file():
        yield from _read_file(path, KIND_BY_SUFFIX.get(path.suffix.lower()), limits)
    else:
        yield DocError(name, None, "not-found", f"{name}: no such file or folder")


def _walk_folder(folder: Path, limits: IngestLimits, tell: Note) -> Iterator[RawDocument | DocError]:
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or _is_hidden(path.relative_to(folder)):
            continue
        kind = KIND_BY_SUFFIX.get(path.suffix.lower())
        if kind is None:
            tell(f"skipping {path}: not .html, .htm, .txt or .jsonl")
            continue
        yield from _read_file(path, kind, limits)


def _is_hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _read_file(path: Path, kind: str | None, limits: IngestLimits) -> Iterator[RawDocument | DocError]:
    """``kind`` None means sniff the content (a file named explicitly, unknown extension)."""
    source = str(path)
    doc_id = doc_id_from_path(path)
    if kind == "jsonl":
        try:
            with path.open("rb") as stream:
                yield from _read_jsonl_lines(stream, source, path.stem, limits)
        except OSError as exc:
            yield DocError(source, doc_id, "unreadable", f"{source}: cannot read ({exc.strerror})")
        return
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            yield _too_large(source, doc_id, size, limits)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield DocError(source, doc_id, "unreadable", f"{source}: cannot read ({exc.strerror})")
        return
    yield from _from_bytes(data, source, doc_id, path.stem, kind)


def _read_stream(stream: BinaryIO, limits: IngestLimits) -> Iterator[RawDocument | DocError]:
    head = stream.read(limits.max_bytes + 1)
    if len(head) <= limits.max_bytes:
        yield from _from_bytes(head, STDIN_SOURCE, "stdin", "stdin", None)
        return
    # Too large for one document; a JSONL stream is read on record by record.
    if _looks_like_jsonl(head[:SNIFF_BYTES].rsplit(b"\n", 1)[0]):
        lines = chain(head.splitlines(keepends=True)[:-1],
                      _rest_of_line_then_stream(head.splitlines(keepends=True)[-1], stream))
        yield from _read_jsonl_lines(lines, STDIN_SOURCE, "stdin", limits)
        return
    yield _too_large(STDIN_SOURCE, "stdin", None, limits)


def _rest_of_line_then_stream(partial: bytes, stream: BinaryIO) -> Iterator[bytes]:
    first = partial + stream.readline()
    yield first
    yield from stream


def _from_bytes(data: bytes, source: str, doc_id: str, stem: str,
                kind: str | None) -> Iterator[RawDocument | DocError]:
    if kind is None:
        kind = sniff_kind(data)
    if kind == "jsonl":
        yield from _read_jsonl_lines(data.splitlines(keepends=True), source, stem,
                                     IngestLimits(max_bytes=len(data) + 1))
        return
    try:
        content = decode_bytes(data, source, html=(kind == "html"))
    except DecodeError as exc:
        yield DocError(source, doc_id, exc.reason, exc.message)
        return
    yield RawDocument(doc_id=doc_id, source=source, kind=kind, content=content)


def sniff_kind(data: bytes) -> str:
    """"html" if the bytes look like markup, "jsonl" if every non-empty line is a JSON
    object, else "text"."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if _MARKUP.search(head) and head.startswith(b"<"):
        return "html"
    if _looks_like_jsonl(data):
        return "jsonl"
    if len(_MARKUP.findall(head)) >= MIN_TAGS_FOR_HTML:
        return "html"
    return "text"


def _looks_like_jsonl(data: bytes) -> bool:
    lines = [line for line in data.splitlines() if line.strip()]
    if not lines:
        return False
    for line in lines:
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except (ValueError, UnicodeDecodeError):
            return False
    return True


def _read_jsonl_lines(lines: Iterable[bytes], source: str, stem: str,
                      limits: IngestLimits) -> Iterator[RawDocument | DocError]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        if len(line) > limits.max_bytes:
            yield _too_large(where, None, len(line), limits)
            continue
        yield _jsonl_record(line, where, f"{stem}-{number}", first=(number == 1))


def _jsonl_record(line: bytes, where: str, fallback_id: str, *, first: bool) -> RawDocument | DocError:
    if first and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return DocError(where, None, "undecodable", f"{where}: JSON Lines must be UTF-8")
    except json.JSONDecodeError as exc:
        return DocError(where, None, "bad-json", f"{where}: invalid JSON ({exc.msg}, column {exc.colno})")
    if not isinstance(record, dict):
        return DocError(where, None, "bad-json", f"{where}: a line must be a JSON object")
    doc_id = _record_id(record) or fallback_id
    body = _record_body(record)
    if body is None:
        return DocError(where, doc_id, "no-text", f"{where}: the record has no \"text\" or \"html\" string")
    kind, content = body
    if not content.strip():
        return DocError(where, doc_id, "empty", f"{where}: the record's {kind} is empty")
    return RawDocument(doc_id=doc_id, source=where, kind=kind, content=content,
                       url=_optional_str(record, "url"), title=_optional_str(record, "title"),
                       published=_optional_str(record, "published"))


def _record_id(record: dict[str, Any]) -> str | None:
    value = record.get("id")
    if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
        return str(value).strip()
    return None


def _record_body(record: dict[str, Any]) -> tuple[str, str] | None:
    if isinstance(record.get("text"), str):
        return "text", record["text"]
    if isinstance(record.get("html"), str):
        return "html", record["html"]
    return None


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return value.strip() or None if isinstance(value, str) else None


def doc_id_from_path(path: Path) -> str:
    """A stable id from the file name without extension: white space and punctuation
    other than "." "-" "_" become "-" (Arabic letters are kept)."""
    return _ID_UNSAFE.sub("-", path.stem).strip("-") or "doc"


def _too_large(source: str, doc_id: str | None, size: int | None,
               limits: IngestLimits) -> DocError:
    measured = f"{size:,} bytes" if size is not None else "more than that"
    return DocError(source, doc_id, "too-large",
                    f"{source}: too large ({measured}; the limit is {limits.max_bytes:,} bytes)")
