"""Stream documents out of files, directories, dumps and stdin.

Every reader yields `Document`s and, for inputs it cannot use, `ReadError`s
in input order, so a batch run can keep going and still account for each
input. Nothing reads a whole big file: text files are size-checked first,
line formats are read line by line with a bounded line length, Parquet by
record batch and WARC record by record.
"""
from __future__ import annotations

import contextlib
import csv
import errno
import gzip
import io
import json
import logging
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from extract.document import Document
from extract.io.errors import ReadError
from extract.published import parse_published
from extract.unicode import surrogate_problem

log = logging.getLogger("sepakat")

DEFAULT_MAX_BYTES = 2_000_000
"""Largest text accepted for one document (UTF-8 bytes); bigger ones are errors."""

_SNIFF_BYTES = 8192
_ZSTD_READ_BYTES = 1 << 17
_PARQUET_BATCH_ROWS = 512
_HTML_SIZE_FACTOR = 10  # HTML carries markup: allow this many times the text limit
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13, 27}

Item = Document | ReadError

_FORMATS = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
            ".parquet": "parquet", ".warc": "warc"}
_COMPRESSIONS = (".gz", ".zst")


@dataclass(frozen=True, slots=True)
class ReaderOptions:
    """Column names and limits shared by all readers."""

    glob: str | None = None
    text_column: str = "text"
    id_column: str = "id"
    title_column: str = "title"
    url_column: str = "url"
    published_column: str = "published"
    max_bytes: int = DEFAULT_MAX_BYTES


def iter_documents(
    paths: Sequence[str | Path],
    *,
    glob: str | None = None,
    text_column: str = "text",
    id_column: str = "id",
    title_column: str = "title",
    url_column: str = "url",
    published_column: str = "published",
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ReadProgress | None = None,
) -> Iterator[Item]:
    """Documents (or ReadErrors) from each path in turn, in a stable order.

    A path is a file, a directory (searched recursively; `glob` picks files,
    by default every supported file) or `-` for stdin (JSON Lines when it
    starts with `{`, otherwise one plain-text document). `progress` follows
    the bytes read.
    """
    options = ReaderOptions(glob, text_column, id_column, title_column, url_column,
                            published_column, max_bytes)
    for path in paths:
        yield from _iter_path(str(path), options, progress)


class ReadProgress:
    """How far reading has come, in bytes of the input files as stored (compressed files
    count compressed bytes), for a progress bar with a total and an ETA."""

    def __init__(self, paths: Sequence[str | Path], glob: str | None = None) -> None:
        sizes = [_input_size(str(path), glob) for path in paths]
        self.total: int | None = None if None in sizes else sum(sizes)
        self._done = 0
        self._current: Path | None = None

    def begin(self, path: Path) -> None:
        self._current = path

    def end(self, path: Path) -> None:
        self._done += _file_size(path)
        self._current = None

    def bytes_read(self) -> int:
        handle = _OPEN_FILES.get(self._current) if self._current is not None else None
        try:
            position = handle.tell() if handle is not None and not handle.closed else 0
        except (OSError, ValueError):
            position = 0
        return self._done + position


_OPEN_FILES: dict[Path, IO[bytes]] = {}  # the raw handle of each file being read, for ReadProgress


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _input_size(path: str, glob: str | None) -> int | None:
    """Bytes of one input path (None for stdin, whose size is unknown)."""
    if path == "-":
        return None
    location = Path(path)
    if location.is_dir():
        return sum(_file_size(file) for file in directory_files(location, glob))
    return _file_size(location)


def input_format(path: Path) -> str | None:
    """The reader for a file name (`txt`, `jsonl`, `csv`, `parquet`, `warc`), or None."""
    suffixes = [suffix.lower() for suffix in path.suffixes[-2:]]
    if suffixes and suffixes[-1] in _COMPRESSIONS:
        if suffixes[-1] == ".zst" and suffixes[:1] == [".warc"]:
            return None  # warcio reads gzip WARCs only
        suffixes = suffixes[:-1]
    if not suffixes or suffixes[-1] not in _FORMATS:
        return None
    fmt = _FORMATS[suffixes[-1]]
    if fmt == "parquet" and path.name.lower().endswith(_COMPRESSIONS):
        return None
    return fmt


def directory_files(directory: Path, glob: str | None) -> list[Path]:
    """Files under `directory` in sorted order: those matching `glob`, else all supported.

    A link that loops is listed too (reading it reports the loop); linked directories are
    not followed.
    """
    if glob:
        found = (path for path in directory.rglob(glob) if path.is_file() or _link_problem(path))
    else:
        found = (
            path for path in directory.rglob("*")
            if (path.is_file() or _link_problem(path)) and input_format(path)
            and not any(part.startswith(".") for part in path.relative_to(directory).parts)
        )
    return sorted(found, key=lambda path: path.relative_to(directory).as_posix())


def _link_problem(path: Path) -> str | None:
    """What is wrong with a symbolic link that leads nowhere; None for anything else."""
    if not path.is_symlink():
        return None
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop (the link leads back to itself)"
        return f"broken symbolic link (its target {os.readlink(path)} does not exist)"
    return None


def _iter_path(path: str, options: ReaderOptions, progress: ReadProgress | None) -> Iterator[Item]:
    if path == "-":
        yield from _read_stdin(options)
        return
    location = Path(path)
    if location.is_dir():
        files = directory_files(location, options.glob)
        if not files:
            chosen = f"files matching {options.glob!r}" if options.glob else "supported files"
            log.warning("directory %s holds no %s: nothing read from it", path, chosen)
        for file in files:
            yield from _read_file(file, options, progress)
    elif location.is_file():
        yield from _read_file(location, options, progress)
    else:
        yield ReadError(path, location.stem, _link_problem(location) or "no such file or directory")


def _read_file(path: Path, options: ReaderOptions, progress: ReadProgress | None = None) -> Iterator[Item]:
    if progress is None:
        yield from _read_known_file(path, options)
        return
    progress.begin(path)
    try:
        yield from _read_known_file(path, options)
    finally:
        progress.end(path)


def _read_known_file(path: Path, options: ReaderOptions) -> Iterator[Item]:
    fmt = input_format(path)
    readers = {"txt": _read_txt, "jsonl": _read_jsonl_file, "csv": _read_csv,
               "parquet": _read_parquet, "warc": _read_warc}
    if fmt is None:
        yield ReadError(str(path), _stem(path), "unsupported file type (use .txt, .jsonl[.gz|.zst], "
                        ".csv[.gz|.zst], .parquet or .warc[.gz])")
        return
    link = _link_problem(path)
    if link:
        yield ReadError(str(path), _stem(path), link)
        return
    try:
        yield from readers[fmt](path, options)
    except TruncatedInput as exc:
        yield ReadError(str(path), _stem(path), str(exc))
    except (OSError, EOFError, ValueError) as exc:
        yield ReadError(str(path), _stem(path), f"cannot read {fmt} file: {exc}")
    except Exception as exc:  # a library's parser failing on a broken file: that file is the error
        yield ReadError(str(path), _stem(path), f"cannot read {fmt} file: {type(exc).__name__}: {exc}")


def _stem(path: Path) -> str:
    name = path.name
    for suffix in _COMPRESSIONS:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return Path(name).stem


class TruncatedInput(OSError):
    """A compressed file that ends before its end marker (a cut download or copy)."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"truncated {kind} file: it ends before the compressed data does "
                         "(an interrupted download or copy?); what came before was read")


class _GzipStream(io.RawIOBase):
    """gzip's stream, with a cut-off end reported as TruncatedInput (WARC reading would
    take gzip's EOFError for a normal end)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._gzip = gzip.GzipFile(fileobj=raw, mode="rb")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            return self._gzip.readinto1(buffer)  # one member's data at a time
        except EOFError as exc:
            raise TruncatedInput(".gz") from exc

    def close(self) -> None:
        self._gzip.close()
        super().close()


class _ZstdStream(io.RawIOBase):
    """Zstandard frames decompressed one after another; a frame cut short is TruncatedInput
    (zstandard's own stream reader ends quietly there)."""

    def __init__(self, raw: IO[bytes]) -> None:
        import zstandard

        self._raw = raw
        self._decompressor = zstandard.ZstdDecompressor()
        self._frame = self._decompressor.decompressobj()
        self._in_frame = False
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            compressed = self._raw.read(_ZSTD_READ_BYTES)
            if not compressed:
                if self._in_frame:
                    raise TruncatedInput(".zst")
                return 0
            self._pending = memoryview(self._decompress(compressed))
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def _decompress(self, compressed: bytes) -> bytes:
        parts = []
        while compressed:
            if self._frame.eof:
                self._frame = self._decompressor.decompressobj()
            parts.append(self._frame.decompress(compressed))
            self._in_frame = not self._frame.eof
            compressed = self._frame.unused_data if self._frame.eof else b""
        return b"".join(parts)


@contextlib.contextmanager
def _open_binary(path: Path, *, buffered: bool = True) -> Iterator[IO[bytes]]:
    """The decompressed byte stream of a file (.gz and .zst handled; a cut-off end of either
    raises TruncatedInput). Unbuffered, a read returns what one gzip member gives, so an
    error in the next member comes with the next read, after the records before it."""
    name = path.name.lower()
    with path.open("rb") as raw:
        _OPEN_FILES[path] = raw
        try:
            if name.endswith(".gz"):
                stream = _GzipStream(raw)
                with io.BufferedReader(stream) if buffered else stream as handle:
                    yield handle
            elif name.endswith(".zst"):
                with io.BufferedReader(_ZstdStream(raw)) as handle:
                    yield handle
            else:
                yield raw
        finally:
            _OPEN_FILES.pop(path, None)


def _is_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    control = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return control / len(sample) > 0.1


def looks_binary(data: bytes) -> bool:
    """Whether one document's bytes are binary, not text: a NUL byte anywhere, or mostly
    control bytes at the start. The one rule for files read in a batch and web uploads."""
    return b"\x00" in data or _is_binary(data[:_SNIFF_BYTES])


def _decode(raw: bytes, source: str, doc_id: str, max_bytes: int) -> str | ReadError:
    """Text of one document, or the reason it is not usable text (a NUL byte anywhere in it
    makes it binary, as it does a line of JSON Lines or CSV)."""
    if len(raw) > max_bytes:
        return ReadError(source, doc_id, _too_large(len(raw), max_bytes))
    if looks_binary(raw):
        return ReadError(source, doc_id, "binary content, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ReadError(source, doc_id, f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at offset "
                         f"{exc.start} (convert it, e.g. `iconv -f latin1 -t utf-8`)")
    if not text.strip():
        return ReadError(source, doc_id, "empty document (no text)")
    return text


def _too_large(size: int, max_bytes: int) -> str:
    return f"document too large: {size:,} bytes of text (limit {max_bytes:,}; raise it with --max-bytes)"


def _read_txt(path: Path, options: ReaderOptions) -> Iterator[Item]:
    source, doc_id = str(path), _stem(path)
    if path.suffix.lower() == ".txt" and path.stat().st_size > options.max_bytes:
        yield ReadError(source, doc_id, _too_large(path.stat().st_size, options.max_bytes))
        return
    with _open_binary(path) as handle:
        raw = handle.read(options.max_bytes + 1)
    if len(raw) > options.max_bytes:
        yield ReadError(source, doc_id, f"document too large: more than {options.max_bytes:,} bytes of "
                        "text (raise the limit with --max-bytes)")
        return
    text = _decode(raw, source, doc_id, options.max_bytes)
    yield text if isinstance(text, ReadError) else Document(id=doc_id, text=text, source=source)


def document_from_row(row: Mapping, source: str, default_id: str, options: ReaderOptions) -> Item:
    """A Document from one JSON object / CSV row / Parquet row, using the configured columns."""
    raw_id = row.get(options.id_column)
    doc_id = default_id if raw_id is None or str(raw_id).strip() == "" else str(raw_id).strip()
    text = row.get(options.text_column)
    if text is None:
        return ReadError(source, doc_id, f"no {options.text_column!r} field "
                         "(choose the text column with --text-column)")
    if not isinstance(text, str):
        return ReadError(source, doc_id, f"{options.text_column!r} is a {type(text).__name__}, not text")
    for column in (options.text_column, options.id_column, options.title_column, options.url_column,
                   options.published_column):
        value = row.get(column)
        problem = surrogate_problem(value, repr(column)) if isinstance(value, str) else None
        if problem:
            return ReadError(source, default_id if column == options.id_column else doc_id, problem)
    size = len(text.encode("utf-8"))
    if size > options.max_bytes:
        return ReadError(source, doc_id, _too_large(size, options.max_bytes))
    if "\x00" in text:
        return ReadError(source, doc_id, "binary content (NUL characters), not text")
    if not text.strip():
        return ReadError(source, doc_id, f"empty {options.text_column!r} field")
    return Document(
        id=doc_id,
        text=text,
        title=_optional_text(row.get(options.title_column)),
        url=_optional_text(row.get(options.url_column)),
        published=parse_published(row.get(options.published_column)),
        source=source,
    )


def _optional_text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _read_jsonl_file(path: Path, options: ReaderOptions) -> Iterator[Item]:
    with _open_binary(path) as handle:
        yield from _read_jsonl_stream(handle, str(path), _stem(path), options)


def _read_jsonl_stream(handle: IO[bytes], name: str, stem: str, options: ReaderOptions) -> Iterator[Item]:
    """One document per JSON line; a bad line (a NUL byte, bytes that are not UTF-8, bad JSON)
    is an error for that line only, wherever it is. The whole file is refused only when it is
    not text at all: its first 8 KB look binary and hold no JSON line."""
    line_limit = options.max_bytes * 2 + 65536  # JSON escaping can double the text
    sample = _peek(handle)
    if _is_binary(sample) and not _holds_a_json_line(sample):
        yield ReadError(name, stem, "binary content, not JSON Lines")
        return
    number, seen_content = 0, False
    while True:
        line = handle.readline(line_limit)
        if not line:
            break
        number += 1
        source, default_id = f"{name}:{number}", f"{stem}-{number}"
        if not line.endswith(b"\n") and len(line) >= line_limit:
            size = len(line)
            while (rest := handle.readline(line_limit)) and not rest.endswith(b"\n"):
                size += len(rest)
            size += len(rest.rstrip(b"\r\n"))
            yield ReadError(source, default_id, f"JSON line too large: {size:,} bytes (limit {line_limit:,} "
                            f"for --max-bytes {options.max_bytes:,}; raise it with --max-bytes)")
            continue
        if not line.strip():
            continue
        seen_content = True
        yield _json_line(line, source, default_id, options)
    if not seen_content:
        yield ReadError(name, stem, "empty file (no JSON lines)")


def _holds_a_json_line(sample: bytes) -> bool:
    """Whether a complete line of `sample` is a JSON object (or no line ends within it)."""
    lines = sample.split(b"\n")[:-1]
    if not lines:
        return True
    for line in lines:
        try:
            if isinstance(json.loads(line.decode("utf-8-sig")), dict):
                return True
        except (ValueError, RecursionError):
            continue
    return False


def _json_line(line: bytes, source: str, default_id: str, options: ReaderOptions) -> Item:
    """The document of one JSON line, or why that line cannot be one."""
    nul = line.find(b"\x00")
    if nul >= 0:
        return ReadError(source, default_id, f"binary content (a NUL byte at column {nul + 1}), not a JSON line")
    try:
        row = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return ReadError(source, default_id, f"not valid UTF-8: byte 0x{line[exc.start]:02x} at column {exc.start + 1}")
    except json.JSONDecodeError as exc:
        # some of json's messages end in "at" ("Unterminated string starting at")
        return ReadError(source, default_id, f"malformed JSON: {exc.msg.removesuffix(' at')} at column {exc.pos + 1}")
    except RecursionError:
        return ReadError(source, default_id, "malformed JSON: nested too deeply to read")
    if not isinstance(row, dict):
        return ReadError(source, default_id, f"expected a JSON object, got {type(row).__name__}")
    return document_from_row(row, source, default_id, options)


def _peek(handle: IO[bytes]) -> bytes:
    peek = getattr(handle, "peek", None)
    return peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if peek else b""


def _read_csv(path: Path, options: ReaderOptions) -> Iterator[Item]:
    name, stem = str(path), _stem(path)
    csv.field_size_limit(options.max_bytes * 2)
    with _open_binary(path) as raw:
        first_line = _peek(raw).split(b"\n", 1)[0]
        if b"\x00" in first_line or _is_binary(first_line):  # rows are judged one by one
            yield ReadError(name, stem, "binary content, not CSV")
            return
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
        reader = csv.reader(text)
        try:
            header = next(reader)
        except StopIteration:
            yield ReadError(name, stem, "empty file (no CSV header)")
            return
        except csv.Error as exc:
            yield ReadError(f"{name}:1", stem, f"malformed CSV header: {exc}")
            return
        header = [column.strip() for column in header]
        if options.text_column not in header:
            yield ReadError(name, stem, f"no {options.text_column!r} column (columns: {', '.join(header)}); "
                            "choose it with --text-column")
            return
        yield from _csv_rows(reader, header, name, stem, options)


def _csv_rows(reader, header: list[str], name: str, stem: str, options: ReaderOptions) -> Iterator[Item]:
    row_number = 0
    while True:
        start_line = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            row_number += 1
            yield ReadError(f"{name}:{start_line}", f"{stem}-{row_number}", f"malformed CSV line: {exc}")
            continue
        if not values:
            continue
        row_number += 1
        source, default_id = f"{name}:{start_line}", f"{stem}-{row_number}"
        if len(values) != len(header):
            yield ReadError(source, default_id, f"malformed CSV line: expected {len(header)} fields, "
                            f"found {len(values)}")
            continue
        yield document_from_row(dict(zip(header, values)), source, default_id, options)


def _read_parquet(path: Path, options: ReaderOptions) -> Iterator[Item]:
    import pyarrow.parquet as pq

    name, stem = str(path), _stem(path)
    parquet = pq.ParquetFile(path)
    columns = set(parquet.schema_arrow.names)
    if options.text_column not in columns:
        yield ReadError(name, stem, f"no {options.text_column!r} column (columns: {', '.join(sorted(columns))}); "
                        "choose it with --text-column")
        return
    wanted = [column for column in (options.id_column, options.text_column, options.title_column,
                                    options.url_column, options.published_column) if column in columns]
    row_number = 0
    for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH_ROWS, columns=list(dict.fromkeys(wanted))):
        for row in batch.to_pylist():
            row_number += 1
            yield document_from_row(row, f"{name}:row {row_number}", f"{stem}-{row_number}", options)


def _read_warc(path: Path, options: ReaderOptions) -> Iterator[Item]:
    """HTML responses of a WARC crawl, turned into article text with trafilatura.

    A record that cannot be read (garbage, a cut) ends the file with one error naming its
    offset, after the records before it; a file that is no WARC at all is one error. Offsets
    count bytes of the uncompressed WARC.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name, last = str(path), None
    html_limit = options.max_bytes * _HTML_SIZE_FACTOR
    with _open_binary(path, buffered=False) as handle:
        records = ArchiveIterator(handle)
        while True:
            try:
                record = next(records, None)
                if record is None:
                    return
                last = records.offset
                item = _warc_item(record, last, path, html_limit, options)
            except TruncatedInput:
                raise
            except (ArchiveLoadFailed, ValueError, AttributeError, EOFError, OSError) as exc:
                problem = (f"a broken WARC record after the one at byte {last:,}" if last is not None
                           else "not a WARC file: its first record")
                yield ReadError(name if last is None else f"{name}@{last}", _stem(path),
                                f"{problem} cannot be read ({type(exc).__name__}); the rest of the file is skipped")
                return
            if item is not None:
                yield item


def _warc_item(record, offset: int, path: Path, html_limit: int, options: ReaderOptions) -> Item | None:
    """The document of one WARC record; None for records that are no HTML response."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if "html" not in content_type:
        return None
    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    doc_id = record_id.strip("<>").removeprefix("urn:uuid:") or f"{_stem(path)}-{offset}"
    url = record.rec_headers.get_header("WARC-Target-URI")
    source = f"{path}@{offset}"
    html = record.content_stream().read(html_limit + 1)
    if len(html) > html_limit:
        return ReadError(source, doc_id, f"HTML page too large: more than {html_limit:,} bytes")
    return _document_from_html(html, url, source, doc_id, options)


def _document_from_html(html: bytes, url: str | None, source: str, doc_id: str,
                        options: ReaderOptions) -> Item:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                                include_tables=False)
    except Exception as exc:  # trafilatura raises assorted parser errors on broken pages
        return ReadError(source, doc_id, f"the HTML page cannot be read ({type(exc).__name__}: {exc})")
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        return ReadError(source, doc_id, "no article text found in the HTML page")
    row = {"id": doc_id, "text": text, "title": getattr(extracted, "title", None), "url": url,
           "published": getattr(extracted, "date", None)}
    return document_from_row(row, source, doc_id, ReaderOptions(max_bytes=options.max_bytes))


def _read_stdin(options: ReaderOptions) -> Iterator[Item]:
    stream = sys.stdin.buffer
    handle = stream if hasattr(stream, "peek") else io.BufferedReader(stream)
    head = handle.peek(_SNIFF_BYTES)[:_SNIFF_BYTES].lstrip()
    if head.startswith(b"{"):
        yield from _read_jsonl_stream(handle, "<stdin>", "stdin", options)
        return
    raw = handle.read(options.max_bytes + 1)
    text = _decode(raw, "<stdin>", "stdin", options.max_bytes)
    yield text if isinstance(text, ReadError) else Document(id="stdin", text=text, source="<stdin>")
