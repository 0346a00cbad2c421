"""Read the NER training sources into spaCy Docs with the labels PER, ORG, LOC.

Two formats: pre-tokenised CoNLL files (idner-news-2k, NERGrit; one token per line,
IOB tags in the last column) and marked-up lines written for this project
(`ditandatangani <PER>Rina Kusumawati</PER> di <LOC>Malang</LOC>`). Every source
ends up as Docs whose text reads like normal prose, so that training can re-tokenise
it with the same tokenizer the model meets at run time.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

LABELS = ("PER", "ORG", "LOC")

# Source tag (after B-/I-) -> our label; tags not listed become O.
LABEL_MAP = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "LOC": "LOC",
    "PLACE": "LOC",
    "LOCATION": "LOC",
}

_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "...", "'s"}
_NO_SPACE_AFTER = {"(", "[", "{"}
_QUOTES = {'"', "“", "”"}


@dataclass(frozen=True)
class Split:
    """One labelled file of one source, e.g. idner-news-2k/test."""

    source: str
    name: str
    path: Path
    fmt: str  # "conll" or "markup"


def data_dir() -> Path:
    """The top-level `ner/` folder of a source checkout (training data lives there)."""
    return Path(__file__).resolve().parents[2] / "ner"


def splits(root: Path | None = None) -> dict[str, Split]:
    """The known splits under `ner/data`, keyed `source/name`."""
    base = (root or data_dir()) / "data"
    table = [
        Split("idner-news-2k", "train", base / "idner-news-2k" / "train.txt", "conll"),
        Split("idner-news-2k", "dev", base / "idner-news-2k" / "dev.txt", "conll"),
        Split("idner-news-2k", "test", base / "idner-news-2k" / "test.txt", "conll"),
        Split("nergrit", "train", base / "nergrit" / "train_preprocess.txt", "conll"),
        Split("nergrit", "dev", base / "nergrit" / "valid_preprocess.txt", "conll"),
        Split("nergrit", "test", base / "nergrit" / "test_preprocess.txt", "conll"),
        Split("silver", "train", base / "silver" / "train.txt", "markup"),
    ]
    return {f"{s.source}/{s.name}": s for s in table}


def read_conll(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Sentences as (words, IOB tags); the tag is the last whitespace-separated column."""
    words: list[str] = []
    tags: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            if words:
                yield words, tags
            words, tags = [], []
            continue
        columns = line.split()
        words.append(columns[0])
        tags.append(columns[-1])
    if words:
        yield words, tags


def infer_spaces(words: list[str]) -> list[bool]:
    """Whether each word is followed by a space, so the Doc text reads like prose."""
    spaces = [True] * len(words)
    quote_open = False
    for i, word in enumerate(words):
        if word in _QUOTES:
            if quote_open:
                if i > 0:
                    spaces[i - 1] = False
            else:
                spaces[i] = False
            quote_open = not quote_open
        if word in _NO_SPACE_BEFORE and i > 0:
            spaces[i - 1] = False
        if word in _NO_SPACE_AFTER:
            spaces[i] = False
        if 0 < i < len(words) - 1 and _joins_neighbours(words[i - 1], word, words[i + 1]):
            spaces[i - 1] = spaces[i] = False
    if spaces:
        spaces[-1] = False
    return spaces


def _joins_neighbours(left: str, word: str, right: str) -> bool:
    """Hyphens in reduplication (`sumber - sumber`) and separators inside numbers (`2. 000`)."""
    if word == "-":
        return left[-1:].isalnum() and right[:1].isalnum()
    if word in (".", ","):
        return left[-1:].isdigit() and right[:1].isdigit()
    return False


def iob_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end, label) from IOB/IOB2 tags; a stray I- starts a new span."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    current = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        label = LABEL_MAP.get(kind, "") if prefix in ("B", "I") else ""
        continues = prefix == "I" and label == current and start is not None
        if start is not None and not continues:
            spans.append((start, i, current))
            start = None
        if label and not continues:
            start, current = i, label
    return spans


def conll_docs(nlp: Language, path: Path) -> Iterator[Doc]:
    """Docs with gold entities from a CoNLL file."""
    for words, tags in read_conll(path):
        doc = Doc(nlp.vocab, words=words, spaces=infer_spaces(words))
        doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in iob_to_spans(tags)]
        yield doc


_MARKUP = re.compile(r"<(PER|ORG|LOC)>(.*?)</\1>")


def parse_markup(line: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Plain text and character spans from a line marked up with <PER>…</PER> tags."""
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    cursor = 0
    length = 0
    for match in _MARKUP.finditer(line):
        before = line[cursor : match.start()]
        text_parts.append(before)
        length += len(before)
        entity = match.group(2)
        spans.append((length, length + len(entity), match.group(1)))
        text_parts.append(entity)
        length += len(entity)
        cursor = match.end()
    text_parts.append(line[cursor:])
    text = "".join(text_parts)
    if "<" in text and re.search(r"</?[A-Z]+>", text):
        raise ValueError(f"unbalanced or unknown tag in: {line!r}")
    return text, spans


def read_markup(path: Path) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """Marked-up sentences from a text file; blank lines and `#` comments are skipped."""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            yield parse_markup(line)


def markup_docs(nlp: Language, path: Path) -> Iterator[Doc]:
    """Docs tokenised by `nlp` with the entities of a marked-up file."""
    for text, spans in read_markup(path):
        doc = nlp.make_doc(text)
        ents = []
        for start, end, label in spans:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or span.text != text[start:end]:
                raise ValueError(f"entity {text[start:end]!r} is not on token boundaries in {text!r}")
            ents.append(span)
        doc.ents = ents
        yield doc


def split_docs(nlp: Language, split: Split) -> list[Doc]:
    """All Docs of one split."""
    reader = conll_docs if split.fmt == "conll" else markup_docs
    return list(reader(nlp, split.path))


def write_docbin(docs: list[Doc], path: Path, repeat: int = 1) -> int:
    """Save Docs (each `repeat` times, to upsample a small source) as a .spacy file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    bin_ = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    for _ in range(repeat):
        for doc in docs:
            bin_.add(doc)
    bin_.to_disk(path)
    return len(docs) * repeat
