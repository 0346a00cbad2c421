"""Line structure: sentence breaks at line ends, non-content lines, the dateline."""
from __future__ import annotations

from functools import lru_cache

import numpy
import regex
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from extract.components.state import candidates
from extract.components.triggers import LIST_ITEM
from extract.patterns import load_wordlist, load_yaml
from extract.text import split_lines


def is_title_case(line: str) -> bool:
    """Headlines capitalise most words and end without a period."""
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    if len(words) < 3 or line.rstrip().endswith((".", '"', "”")) or LIST_ITEM.match(line):
        return False
    return sum(w[:1].isupper() for w in words) / len(words) >= 0.7


_DEGREE_AT_END = regex.compile(r"^(?:[A-Z][a-z]{0,4}\.){2,4}$")


_DEGREE_IN_TEXT = regex.compile(r"(?<!\S)(?:[A-Z][a-z]{0,4}\.){2,4}(?!\S)")


@lru_cache(maxsize=1)
def _glued_abbreviation() -> regex.Pattern:
    """An abbreviation written straight onto the next word ("Prof.Ova"): the tokenizer
    splits its period off as an infix, but no sentence ends there."""
    words = "|".join(regex.escape(a) for a in load_yaml("tokenizer.yaml")["abbreviations"])
    return regex.compile(rf"(?<![\w.])(?:{words})(?=\w)")


def _token_starts(doc: Doc) -> numpy.ndarray:
    """Character offset of every token (one C loop, not a Python one per token)."""
    return doc.to_array(IDX).astype(numpy.int64)


@Language.component("sepakat_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence (headlines, captions and list lines have no
    period); so does a degree ("M.T.") followed by a capitalised ordinary word ("Dari").
    Found in the text and mapped to tokens: most tokens are neither."""
    found = candidates(doc)
    if not found.text:  # the pipeline's tokenizer keeps it; a doc made elsewhere has to rebuild it
        found.text = doc.text
    text = found.text
    if len(doc) < 2:
        return doc
    starts = _token_starts(doc)
    sentence_starts = doc.to_array(SENT_START).astype(numpy.int64)  # 1 start, -1 not, 0 unknown
    for newline in regex.finditer(r"\n", text):
        following = int(numpy.searchsorted(starts, newline.start(), side="right"))
        if following < len(doc):
            sentence_starts[following] = 1
    common = load_wordlist("lexicon/common_words.txt")
    for degree in _DEGREE_IN_TEXT.finditer(text):
        index = int(numpy.searchsorted(starts, degree.start()))
        if index + 1 >= len(doc) or starts[index] != degree.start():
            continue
        token, following = doc[index], doc[index + 1]
        if _DEGREE_AT_END.match(token.text) and following.text[:1].isupper() \
                and following.text.lower() in common:
            sentence_starts[index + 1] = 1
    for glued in _glued_abbreviation().finditer(text):
        first = int(numpy.searchsorted(starts, glued.start(), side="right"))
        last = int(numpy.searchsorted(starts, glued.end(), side="right"))
        sentence_starts[first:last] = -1
    # one array write: setting Token.is_sent_start re-checks the whole doc on every call
    doc.from_array([SENT_START], sentence_starts.astype(numpy.uint64))
    return doc


@Language.component("sepakat_sections")
def sections(doc: Doc) -> Doc:
    """Record sentences with their paragraph and whether they are article content."""
    from extract.components.state import Sentence

    found = candidates(doc)
    lines = split_lines(found.text)
    line_index = 0
    for sentence_start, sentence_end in _sentence_ranges(doc):
        raw = found.text[sentence_start:sentence_end]
        text = raw.strip()
        if not text:
            continue
        start = sentence_start + (len(raw) - len(raw.lstrip()))
        while line_index + 1 < len(lines) and lines[line_index].end <= start:
            line_index += 1
        line = lines[line_index] if lines else None
        excluded = line.excluded if line and line.start <= start < line.end else None
        found.sentences.append(
            Sentence(index=len(found.sentences), start=start, end=start + len(text), text=text,
                     excluded=excluded, paragraph=line_index, headline=is_title_case(text))
        )
    return doc


def _sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of each sentence, as Span.start_char/end_char would give,
    read from token arrays rather than by walking doc.sents."""
    if not len(doc):
        return []
    table = doc.to_array([IDX, LENGTH, SENT_START]).astype(numpy.int64)
    firsts = [0] + [int(i) for i in numpy.flatnonzero(table[1:, 2] == 1) + 1]
    lasts = firsts[1:] + [len(doc)]
    return [(int(table[first, 0]), int(table[last - 1, 0] + table[last - 1, 1]))
            for first, last in zip(firsts, lasts)]
