"""Faults found by fuzzing and a newcomer's trial (issue 14, items 2, 3, 5 and 11): each bad
input is one error entry naming where it is and what is wrong, and reading goes on."""
from __future__ import annotations

import gzip
import io
import json
import logging
import os
from pathlib import Path

import pytest

from extract.document import Document
from extract.io.errors import ReadError
from extract.io.readers import iter_documents

GOOD = '{"id": "awal", "text": "Teks pertama."}\n'
LAST = '{"id": "akhir", "text": "Teks terakhir."}\n'


def _read(*paths: Path | str, **options) -> list[Document | ReadError]:
    return list(iter_documents([str(path) for path in paths], **options))


def _ids(items: list) -> list[str]:
    return [item.id for item in items if isinstance(item, Document)]


def _errors(items: list) -> dict[str, str]:
    return {item.source: item.reason for item in items if isinstance(item, ReadError)}


# --- item 2: an escaped lone surrogate is an error for its line ---------------------------

@pytest.mark.parametrize("field", ["text", "id", "title", "url", "published"])
def test_an_escaped_lone_surrogate_is_an_error_for_its_line_only(tmp_path: Path, field: str) -> None:
    row = {"id": "rusak", "text": "Teks kedua.", "title": "Judul", "url": "https://contoh.id", "published": "2024"}
    row[field] = row[field] + "\\ud800"
    path = tmp_path / "berita.jsonl"
    path.write_text(GOOD + json.dumps(row).replace("\\\\ud800", "\\ud800") + "\n" + LAST, encoding="utf-8")
    items = _read(path)
    assert _ids(items) == ["awal", "akhir"]
    [reason] = _errors(items).values()
    assert list(_errors(items)) == [f"{path}:2"]
    assert f"'{field}' is not valid Unicode" in reason and "U+D800" in reason


def test_the_python_api_refuses_a_lone_surrogate_with_a_clear_error() -> None:
    from extract.api import extract_text

    with pytest.raises(ValueError, match=r"not valid Unicode: a lone surrogate U\+D800 at character 4"):
        extract_text("MoU \ud800 diteken.", use_ner=False)


# --- item 3: one rule for NUL bytes, wherever they are --------------------------------------

@pytest.mark.parametrize("padding", [0, 20_000], ids=["in-first-8KB", "after-8KB"])
def test_a_nul_byte_is_an_error_for_its_line_wherever_it_is(tmp_path: Path, padding: int) -> None:
    filler = "".join(json.dumps({"id": f"isi{n}", "text": "x" * 90}) + "\n" for n in range(padding // 100))
    path = tmp_path / "berita.jsonl"
    path.write_bytes((GOOD + filler).encode() + b'{"id": "nul", "text": "ada \x00 di sini"}\n' + LAST.encode())
    items = _read(path)
    assert _ids(items)[0] == "awal" and _ids(items)[-1] == "akhir"
    [(source, reason)] = _errors(items).items()
    assert source == f"{path}:{2 + padding // 100}" and "NUL byte" in reason


def test_a_nul_byte_in_a_csv_row_is_an_error_for_that_row(tmp_path: Path) -> None:
    path = tmp_path / "berita.csv"
    path.write_bytes(b"id,text\na,Teks pertama.\nb,ada \x00 di sini\nc,Teks ketiga.\n")
    items = _read(path)
    assert _ids(items) == ["a", "c"] and "NUL" in _errors(items)[f"{path}:3"]


def test_a_nul_byte_after_8KB_of_a_text_file_makes_it_binary(tmp_path: Path) -> None:
    path = tmp_path / "artikel.txt"
    path.write_bytes(b"kata " * 4000 + b"\x00")
    [error] = _read(path)
    assert isinstance(error, ReadError) and "binary" in error.reason


def test_a_file_that_is_not_text_at_all_is_still_one_error(tmp_path: Path) -> None:
    path = tmp_path / "gambar.jsonl"
    path.write_bytes(bytes(range(256)) * 64)
    [error] = _read(path)
    assert error.source == str(path) and "binary content, not JSON Lines" in error.reason


# --- item 5: one bad input is one error entry, the other inputs are read --------------------

def test_json_nested_a_thousand_deep_is_an_error_for_its_line(tmp_path: Path) -> None:
    path = tmp_path / "dalam.jsonl"
    path.write_text(GOOD + "[" * 1000 + "]" * 1000 + "\n" + '{"a":' * 5000 + "\n" + LAST, encoding="utf-8")
    items = _read(path)
    assert _ids(items) == ["awal", "akhir"]
    assert set(_errors(items)) == {f"{path}:2", f"{path}:3"}


def _warc(path: Path, pages: int, tail: bytes = b"") -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = (b"<html><body><article><p>Pemerintah Kabupaten Sleman menandatangani nota kesepahaman "
            b"dengan sebuah universitas di pendopo kabupaten pada Selasa pagi.</p></article></body></html>")
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number in range(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://contoh.id/{number}", "response",
                                                          payload=io.BytesIO(html), http_headers=headers))
        handle.write(tail)


def test_a_garbage_warc_record_after_a_good_one_is_one_error(tmp_path: Path) -> None:
    crawl, after = tmp_path / "crawl.warc.gz", tmp_path / "sesudah.txt"
    _warc(crawl, 2, tail=bytes(range(256)) * 8)
    after.write_text("Teks sesudahnya.", encoding="utf-8")
    items = _read(crawl, after)
    assert [type(item).__name__ for item in items] == ["Document", "Document", "ReadError", "Document"]
    assert "broken WARC record" in items[2].reason and items[3].id == "sesudah"


def test_random_bytes_named_warc_are_one_error(tmp_path: Path) -> None:
    crawl, after = tmp_path / "acak.warc", tmp_path / "sesudah.txt"
    crawl.write_bytes(bytes(range(256)) * 20)
    after.write_text("Teks sesudahnya.", encoding="utf-8")
    [error, document] = _read(crawl, after)
    assert "not a WARC file" in error.reason and document.id == "sesudah"


# --- item 11: messages that say what happened ----------------------------------------------

def _lines(count: int) -> bytes:
    return "".join(json.dumps({"id": f"b{n}", "text": f"Teks nomor {n}. " * 20}) + "\n" for n in range(count)).encode()


@pytest.mark.parametrize("suffix", [".gz", ".zst"])
def test_a_truncated_compressed_file_says_truncated(tmp_path: Path, suffix: str) -> None:
    import zstandard

    data = _lines(300)
    packed = gzip.compress(data) if suffix == ".gz" else zstandard.ZstdCompressor().compress(data)
    path = tmp_path / f"dump.jsonl{suffix}"
    path.write_bytes(packed[: len(packed) * 2 // 3])
    items = _read(path)
    assert isinstance(items[-1], ReadError) and "truncated" in items[-1].reason
    assert all(isinstance(item, Document) for item in items[:-1])


def test_a_truncated_warc_gz_says_truncated(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    _warc(crawl, 4)
    crawl.write_bytes(crawl.read_bytes()[:-40])
    items = _read(crawl)
    assert isinstance(items[-1], ReadError) and "truncated" in items[-1].reason
    assert len(items) > 1


def test_a_whole_zstd_file_of_several_frames_is_read(tmp_path: Path) -> None:
    import zstandard

    compressor = zstandard.ZstdCompressor()
    path = tmp_path / "dump.jsonl.zst"
    path.write_bytes(compressor.compress(_lines(3)) + compressor.compress(_lines(2)))
    assert len(_ids(_read(path))) == 5


def test_an_empty_directory_warns(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "kosong").mkdir()
    with caplog.at_level(logging.WARNING, logger="sepakat"):
        assert _read(tmp_path / "kosong") == []
    assert "kosong holds no supported files" in caplog.text


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_symlink_loop_is_named_as_such(tmp_path: Path) -> None:
    loop = tmp_path / "putar.txt"
    loop.symlink_to(loop)
    (tmp_path / "dir").mkdir()
    inner = tmp_path / "dir" / "lingkar.jsonl"
    inner.symlink_to(inner)
    for path in (loop, tmp_path / "dir"):
        [error] = _read(path)
        assert "symbolic link loop" in error.reason


def test_an_oversized_line_reports_its_own_size(tmp_path: Path) -> None:
    path = tmp_path / "besar.jsonl"
    line = json.dumps({"id": "besar", "text": "x" * 200_000})
    path.write_text(line + "\n" + LAST, encoding="utf-8")
    items = _read(path, max_bytes=1000)
    assert _ids(items) == ["akhir"]
    [reason] = _errors(items).values()
    assert f"JSON line too large: {len(line):,} bytes" in reason


def test_json_messages_do_not_say_at_at(tmp_path: Path) -> None:
    path = tmp_path / "putus.jsonl"
    path.write_text('{"id": "a", "text": "tidak selesai', encoding="utf-8")
    [error] = _read(path)
    assert "at at" not in error.reason and "Unterminated string starting at column" in error.reason
