"""Each input format, stdin, and the errors bad inputs produce."""
from __future__ import annotations

import gzip
import io
import json
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
import zstandard

from extract.document import Document
from extract.io.errors import ReadError
from extract.io.readers import input_format, iter_documents

BERITA = "Bandung - Pemkot Bandung menandatangani nota kesepahaman dengan Universitas Padjadjaran."


def _read(*paths, **options) -> list[Document | ReadError]:
    return list(iter_documents([str(path) for path in paths], **options))


def _jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def test_txt_file_takes_its_stem_as_id(tmp_path: Path) -> None:
    path = tmp_path / "berita_01.txt"
    path.write_text(BERITA, encoding="utf-8")
    [document] = _read(path)
    assert (document.id, document.text, document.source) == ("berita_01", BERITA, str(path))


def test_directory_is_recursive_sorted_and_skips_unsupported_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "dua.txt").write_text("Teks dua.", encoding="utf-8")
    (tmp_path / "satu.txt").write_text("Teks satu.", encoding="utf-8")
    (tmp_path / "catatan.md").write_text("bukan input", encoding="utf-8")
    (tmp_path / ".tersembunyi.txt").write_text("abaikan", encoding="utf-8")
    assert [item.id for item in _read(tmp_path)] == ["dua", "satu"]


def test_glob_picks_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Teks a.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(_jsonl([{"id": "b1", "text": "Teks b."}]), encoding="utf-8")
    assert [item.id for item in _read(tmp_path, glob="*.jsonl")] == ["b1"]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson"])
def test_jsonl_plain_and_compressed(tmp_path: Path, suffix: str) -> None:
    data = _jsonl([
        {"id": "k1", "text": BERITA, "title": "MoU Bandung", "url": "https://contoh.id/1",
         "published": "2024-07-31T09:00:00+07:00"},
        {"text": "Teks tanpa id."},
    ]).encode()
    path = tmp_path / f"dump{suffix}"
    if suffix.endswith(".gz"):
        data = gzip.compress(data)
    elif suffix.endswith(".zst"):
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)
    first, second = _read(path)
    assert (first.id, first.title, first.url, first.published) == (
        "k1", "MoU Bandung", "https://contoh.id/1", date(2024, 7, 31))
    assert first.source == f"{path}:1"
    assert second.id == "dump-2"


def test_custom_column_names(tmp_path: Path) -> None:
    path = tmp_path / "lain.jsonl"
    path.write_text(_jsonl([{"uid": 7, "isi": BERITA, "judul": "J", "tanggal": "31 Juli 2024"}]), encoding="utf-8")
    [document] = _read(path, text_column="isi", id_column="uid", title_column="judul",
                       published_column="tanggal")
    assert (document.id, document.title, document.published) == ("7", "J", date(2024, 7, 31))


def test_csv_with_quoted_newlines_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "berita.csv"
    path.write_text(
        'id,text,published\n'
        'c1,"Baris satu,\nbaris dua",05/03/2024\n'
        'c2,kurang\n'
        'c3,"Perjanjian kerja sama diteken.",2024-03-06\n',
        encoding="utf-8",
    )
    first, bad, third = _read(path)
    assert (first.id, first.text, first.published) == ("c1", "Baris satu,\nbaris dua", date(2024, 3, 5))
    assert isinstance(bad, ReadError) and bad.source == f"{path}:4" and "expected 3 fields" in bad.reason
    assert third.id == "c3" and third.source == f"{path}:5"


def test_csv_without_text_column_names_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "salah.csv"
    path.write_text("id,isi\n1,teks\n", encoding="utf-8")
    [error] = _read(path)
    assert isinstance(error, ReadError) and "no 'text' column" in error.reason and "isi" in error.reason


def test_csv_latin1_row_is_an_error_for_that_row_only(tmp_path: Path) -> None:
    path = tmp_path / "campur.csv"
    path.write_bytes("id,text\na,Kerja sama\n".encode() + b"b,Caf\xe9 kota\nc,Nota kesepahaman\n")
    items = _read(path)
    assert [type(item).__name__ for item in items] == ["Document", "ReadError", "Document"]
    assert "UTF-8" in items[1].reason


def test_parquet_by_batches(tmp_path: Path) -> None:
    path = tmp_path / "arsip.parquet"
    frame = pd.DataFrame({"id": [f"p{i}" for i in range(1200)], "text": ["Teks berita."] * 1200,
                          "published": ["2023-12-11"] * 1200, "lain": [1] * 1200})
    frame.to_parquet(path, row_group_size=300)
    items = _read(path)
    assert len(items) == 1200 and items[-1].id == "p1199" and items[-1].source == f"{path}:row 1200"
    assert items[0].published == date(2023, 12, 11)


def test_warc_html_becomes_article_text(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = (
        "<html><head><title>Pemkab Sleman teken MoU</title>"
        '<meta property="article:published_time" content="2024-03-05T08:00:00+07:00"></head>'
        "<body><nav>Beranda</nav><article><h1>Pemkab Sleman teken MoU</h1>"
        "<p>Sleman - Pemerintah Kabupaten Sleman menandatangani nota kesepahaman dengan sebuah "
        "universitas di pendopo kabupaten pada Selasa (5/3/2024) pagi.</p>"
        "<p>Kerja sama itu mencakup bidang pendidikan, kesehatan, dan pengembangan desa wisata.</p>"
        "</article></body></html>"
    ).encode()
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        html_headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                        protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://contoh.id/berita/1", "response", payload=io.BytesIO(html), http_headers=html_headers))
        image_headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://contoh.id/a.png", "response", payload=io.BytesIO(b"PNG"), http_headers=image_headers))
    [document] = _read(path)
    assert "menandatangani nota kesepahaman" in document.text
    assert "<p>" not in document.text
    assert document.title == "Pemkab Sleman teken MoU"
    assert document.url == "https://contoh.id/berita/1"
    assert document.published == date(2024, 3, 5)


@pytest.mark.parametrize(("payload", "kind"), [
    (b'{"id": "s1", "text": "Teks dari stdin."}\n', "jsonl"),
    ("Teks polos dari stdin.\n".encode(), "plain"),
])
def test_stdin(monkeypatch: pytest.MonkeyPatch, payload: bytes, kind: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(payload))))
    [document] = _read("-")
    assert document.id == ("s1" if kind == "jsonl" else "stdin")


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("kosong.txt", b"", "empty"),
    ("spasi.txt", b"  \n\n", "empty"),
    ("latin.txt", "Kerja sama di Café".encode("latin-1"), "not valid UTF-8: byte 0xe9"),
    ("biner.txt", bytes(range(256)) * 2, "binary"),
    ("besar.txt", b"kata " * 300, "too large"),
    ("gambar.png", b"\x89PNG", "unsupported file type"),
], ids=["empty", "blank", "latin1", "binary", "huge", "unsupported"])
def test_bad_files_become_errors_naming_file_and_problem(tmp_path: Path, name: str, content: bytes,
                                                          reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    [error] = _read(path, max_bytes=1000)
    assert isinstance(error, ReadError)
    assert error.source == str(path) and reason in error.reason


def test_malformed_jsonl_lines_are_errors_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "rusak.jsonl"
    long_line = json.dumps({"id": "panjang", "text": "x" * 5000})
    path.write_text(
        '{"id": "ok1", "text": "Teks satu."}\n{"id": "rusak", "text": \n[1, 2]\n'
        '{"id": "angka", "text": 5}\n' + long_line + '\n{"id": "ok2", "text": "Teks dua."}\n',
        encoding="utf-8",
    )
    items = _read(path, max_bytes=1000)
    assert [item.id for item in items if isinstance(item, Document)] == ["ok1", "ok2"]
    errors = {item.source: item.reason for item in items if isinstance(item, ReadError)}
    assert set(errors) == {f"{path}:{line}" for line in (2, 3, 4, 5)}
    assert "malformed JSON" in errors[f"{path}:2"] and "JSON object" in errors[f"{path}:3"]
    # the column counts characters within the line: where the value is missing, after "text":
    assert errors[f"{path}:2"].endswith("at column 26")
    assert "int, not text" in errors[f"{path}:4"] and "too large" in errors[f"{path}:5"]


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    [error] = _read(tmp_path / "tidak_ada.txt")
    assert "no such file" in error.reason


@pytest.mark.parametrize(("name", "fmt"), [
    ("a.txt", "txt"), ("a.JSONL", "jsonl"), ("a.jsonl.gz", "jsonl"), ("a.jsonl.zst", "jsonl"),
    ("a.csv.gz", "csv"), ("a.parquet", "parquet"), ("a.warc.gz", "warc"), ("a.warc", "warc"),
    ("a.pdf", None), ("a.gz", None), ("a.parquet.gz", None),
])
def test_input_format_from_name(name: str, fmt: str | None) -> None:
    assert input_format(Path(name)) == fmt
