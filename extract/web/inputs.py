"""Turning what a user sends (pasted text, uploaded .txt/.html files, a date) into articles."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from extract.published import READABLE_FORMS, published_date
from extract.io.readers import looks_binary

TEXT_SUFFIXES = (".txt",)
# spaCy's default nlp.max_length: a longer text makes the pipeline refuse the document.
MAX_TEXT_CHARS = 1_000_000
HTML_SUFFIXES = (".html", ".htm")

_SCRIPT_OR_STYLE = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_END = re.compile(r"</?(p|div|br|li|h[1-6]|tr|article|section|header|footer)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_BLANK_RUN = re.compile(r"\n\s*\n\s*(\n\s*)+")
_SPACE_RUN = re.compile(r"[ \t\f\v]+")


class InputError(ValueError):
    """A user input the page or API cannot use; `status` is the HTTP status to answer."""

    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Article:
    doc_id: str
    text: str
    title: str | None = None
    published: date | None = None


def normalise_text(text: str) -> str:
    """Browsers post textareas with CRLF; offsets must refer to the text as shown."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_unicode(text: str) -> str:
    """Reject lone surrogates: they cannot be encoded in the JSON or HTML answer."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InputError("The text is not valid Unicode (it contains a lone surrogate).") from error
    return text


def article_text(text: str) -> str:
    """The text as extracted and shown: newlines normalised, valid Unicode, not too long."""
    text = check_unicode(normalise_text(text))
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"The article is too long: {len(text):,} characters, the limit is {MAX_TEXT_CHARS:,}.", status=413
        )
    return text


def headline(text: str, max_length: int = 200) -> str | None:
    """The first non-blank line when it is short enough to be the article's headline."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if 0 < len(first) <= max_length else None


def parse_published(value: str | None) -> date | None:
    """An optional publication date, read as the batch reader and the Python API read it
    (extract.published); empty means none."""
    try:
        return published_date(value.strip() if isinstance(value, str) else value)
    except ValueError as error:
        raise InputError(f"The published date {value.strip()!r} cannot be read: write it as "
                         f"{READABLE_FORMS}.") from error


def strip_tags(markup: str) -> str:
    """Plain text from HTML when trafilatura finds no main content: drop tags, keep blocks."""
    text = _SCRIPT_OR_STYLE.sub(" ", markup)
    text = _BLOCK_END.sub("\n", text)
    text = html.unescape(_TAG.sub("", text))
    lines = [_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


def _iso_date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def html_to_article(markup: bytes, doc_id: str) -> Article:
    """An HTML page as an article, the way the batch reader reads WARC pages: trafilatura's
    main text with its title and date metadata; the stripped page when it finds no text."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception:  # trafilatura raises assorted parser errors on broken pages
        extracted = None
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        return Article(doc_id=doc_id, text=strip_tags(decode_bytes(markup)))
    return Article(
        doc_id=doc_id,
        text=text,
        title=getattr(extracted, "title", None),
        published=_iso_date(getattr(extracted, "date", None)),
    )


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, which Indonesian sites still serve."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def article_from_upload(filename: str, data: bytes) -> Article:
    """One uploaded .txt or .html file as an article; doc_id is the file's stem."""
    path = PurePath(filename or "upload.txt")
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES + HTML_SUFFIXES:
        raise InputError(f"{path.name}: only .txt and .html files can be read.", status=415)
    doc_id = path.stem or "upload"
    if looks_binary(data):
        raise InputError(f"{path.name} is not a text file (it holds binary data): upload the article as "
                         ".txt or .html.", status=415)
    if suffix in HTML_SUFFIXES:
        article = html_to_article(data, doc_id)
    else:
        article = Article(doc_id=doc_id, text=decode_bytes(data))
    return Article(
        doc_id=article.doc_id,
        text=article_text(article.text),
        title=article.title,
        published=article.published,
    )
