"""Ingest: files, folders, JSON Lines and stdin; bad inputs become DocErrors, the batch goes on."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from hadath.clean import Cleaner
from hadath.ingest import IngestLimits, doc_id_from_path, iter_raw, sniff_kind
from hadath.records import DocError, Document, RawDocument

TEXT = ("وصلت قافلة مساعدات إنسانية إلى القرى الجبلية صباح اليوم بعد أسبوع من انقطاع الطرق "
        "بسبب الثلوج.\nوقال مسؤول في الهلال الأحمر إن القافلة تحمل أغذية وأدوية وبطانيات.\n")
HTML = ("<!DOCTYPE html><html lang='ar'><head><meta charset='utf-8'><title>قافلة مساعدات</title>"
        "</head><body><article><h1>قافلة مساعدات</h1>"
        + "".join(f"<p>{line}</p>" for line in TEXT.strip().split("\n"))
        + "</article></body></html>")


def collect(inputs: list[str], **kwargs) -> tuple[list[RawDocument], list[DocError], list[str]]:
    notes: list[str] = []
    docs, errors = [], []
    for item in iter_raw(inputs, note=notes.append, **kwargs):
        (docs if isinstance(item, RawDocument) else errors).append(item)
    return docs, errors, notes


def jsonl(*records: object) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
                     for r in records).encode("utf-8") + b"\n"


@pytest.fixture()
def mixed_folder(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "old.htm").write_bytes(HTML.encode("cp1256"))
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "notes.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    sub = tmp_path / "sub" / "deeper"
    sub.mkdir(parents=True)
    (sub / "utf16.txt").write_bytes(TEXT.encode("utf-16"))
    (sub / "feed.jsonl").write_bytes(jsonl(
        {"id": "a1", "url": "https://example.org/1", "published": "2024-05-02T10:00:00+03:00",
         "title": "قافلة", "text": TEXT},
        "{not json",
        {"id": "a3", "title": "لا نص"},
        {"html": HTML},
        {"id": "a5", "text": "   "},
    ))
    return tmp_path


def test_mixed_folder_yields_documents_and_errors(mixed_folder: Path) -> None:
    docs, errors, notes = collect([str(mixed_folder)])
    assert sorted(d.doc_id for d in docs) == ["a1", "feed-4", "good", "old", "page", "utf16"]
    assert {(Path(e.source.split(":")[0]).name, e.reason) for e in errors} == {
        ("binary.txt", "binary"), ("empty.txt", "empty"), ("feed.jsonl", "bad-json"),
        ("feed.jsonl", "no-text"), ("feed.jsonl", "empty")}
    assert len(notes) == 1 and "notes.md" in notes[0]
    by_id = {d.doc_id: d for d in docs}
    assert by_id["good"].content == TEXT and by_id["good"].kind == "text"
    assert by_id["utf16"].content == TEXT
    assert by_id["old"].content == HTML and by_id["old"].kind == "html"
    assert by_id["feed-4"].kind == "html"
    a1 = by_id["a1"]
    assert (a1.url, a1.title, a1.published, a1.source.endswith("feed.jsonl:1")) == (
        "https://example.org/1", "قافلة", "2024-05-02T10:00:00+03:00", True)


def test_bad_jsonl_lines_name_their_line(mixed_folder: Path) -> None:
    _, errors, _ = collect([str(mixed_folder / "sub" / "deeper" / "feed.jsonl")])
    assert [(e.source.rsplit(":", 1)[1], e.reason) for e in errors] == [
        ("2", "bad-json"), ("3", "no-text"), ("5", "empty")]
    assert all(e.message.startswith(e.source) for e in errors)


def test_clean_after_ingest_keeps_going(mixed_folder: Path, tmp_path_factory) -> None:
    (mixed_folder / "english.txt").write_text("Only English words here, nothing else. " * 5)
    (mixed_folder / "menu.html").write_text(
        "<html><body><nav><a href='/'>الرئيسية</a><a href='/s'>رياضة</a></nav></body></html>",
        encoding="utf-8")
    cleaner = Cleaner()
    results = [item if isinstance(item, DocError) else cleaner.try_clean(item)
               for item in iter_raw([str(mixed_folder)], note=lambda _: None)]
    reasons = sorted(r.reason for r in results if isinstance(r, DocError))
    assert reasons == ["bad-json", "binary", "empty", "empty", "no-article-body", "no-text",
                       "not-arabic"]
    documents = [r for r in results if isinstance(r, Document)]
    assert len(documents) == 6
    assert all("قافلة مساعدات" in d.text for d in documents)
    a1 = next(d for d in documents if d.doc_id == "a1")
    assert a1.published == "2024-05-02"


def test_too_large_file_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 50, encoding="utf-8")
    (tmp_path / "small.txt").write_text(TEXT, encoding="utf-8")
    read = Path.read_bytes

    def guarded_read_bytes(self: Path) -> bytes:
        assert self.name != "big.txt", "a file over the limit was read"
        return read(self)

    monkeypatch.setattr(Path, "read_bytes", guarded_read_bytes)
    docs, errors, _ = collect([str(tmp_path)], limits=IngestLimits(max_bytes=2000))
    assert [d.doc_id for d in docs] == ["small"]
    assert [(e.doc_id, e.reason) for e in errors] == [("big", "too-large")]
    assert "2,000" in errors[0].message


def test_too_large_jsonl_record(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(jsonl({"id": "small", "text": TEXT}, {"id": "huge", "text": TEXT * 40}))
    docs, errors, _ = collect([str(feed)], limits=IngestLimits(max_bytes=3000))
    assert [d.doc_id for d in docs] == ["small"]
    assert [(e.source.rsplit(":", 1)[1], e.reason) for e in errors] == [("2", "too-large")]


def test_missing_path_is_an_error_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    docs, errors, _ = collect([str(tmp_path / "nope.txt"), str(tmp_path / "a.txt")])
    assert [e.reason for e in errors] == ["not-found"]
    assert [d.doc_id for d in docs] == ["a"]


@pytest.mark.parametrize("data, kind", [
    (HTML.encode("utf-8"), "html"),
    (("  \n" + HTML).encode("utf-8"), "html"),
    (TEXT.encode("utf-8"), "text"),
    (jsonl({"id": "x", "text": TEXT}, {"id": "y", "text": TEXT}), "jsonl"),
    (jsonl({"id": "x", "text": TEXT}) + b"plain line after\n", "text"),
    (b"[1, 2, 3]\n", "text"),
])
def test_sniff_kind(data: bytes, kind: str) -> None:
    assert sniff_kind(data) == kind


def test_stdin_text_html_and_jsonl() -> None:
    docs, _, _ = collect(["-"], stdin=io.BytesIO(TEXT.encode("cp1256")))
    assert [(d.doc_id, d.kind, d.content, d.source) for d in docs] == [
        ("stdin", "text", TEXT, "<stdin>")]
    docs, _, _ = collect(["-"], stdin=io.BytesIO(HTML.encode("utf-8")))
    assert docs[0].kind == "html"
    docs, errors, _ = collect(["-"], stdin=io.BytesIO(jsonl({"id": "x", "text": TEXT},
                                                            {"text": TEXT})))
    assert [d.doc_id for d in docs] == ["x", "stdin-2"] and not errors


def test_stdin_jsonl_larger_than_the_limit_streams_record_by_record() -> None:
    records = [{"id": f"r{i}", "text": TEXT} for i in range(30)]
    docs, errors, _ = collect(["-"], stdin=io.BytesIO(jsonl(*records)),
                              limits=IngestLimits(max_bytes=1000))
    assert [d.doc_id for d in docs] == [f"r{i}" for i in range(30)]
    assert not errors


def test_stdin_text_larger_than_the_limit() -> None:
    _, errors, _ = collect(["-"], stdin=io.BytesIO(TEXT.encode("utf-8") * 20),
                           limits=IngestLimits(max_bytes=500))
    assert [(e.source, e.reason) for e in errors] == [("<stdin>", "too-large")]


def test_binary_stdin() -> None:
    _, errors, _ = collect(["-"], stdin=io.BytesIO(bytes(range(256)) * 4))
    assert [e.reason for e in errors] == ["binary"]


def test_doc_ids_are_stable_and_unique(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "تقرير يومي.txt").write_text(TEXT, encoding="utf-8")
    first, _, _ = collect([str(tmp_path)])
    again, _, _ = collect([str(tmp_path)])
    assert [d.doc_id for d in first] == [d.doc_id for d in again] == ["تقرير-يومي", "تقرير-يومي-2"]
    assert doc_id_from_path(Path("/a/b/news 2024 (1).html")) == "news-2024-1"


def test_explicit_file_with_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    page = tmp_path / "saved_page"
    page.write_text(HTML, encoding="utf-8")
    docs, _, _ = collect([str(page)])
    assert [(d.doc_id, d.kind) for d in docs] == [("saved_page", "html")]
