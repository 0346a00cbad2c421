"""Line structure: sentence breaks at line ends, non-content lines, the dateline."""
from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc

from extract.components.state import candidates
from extract.components.triggers import LIST_ITEM
from extract.patterns import load_wordlist
from extract.text import split_lines


def is_title_case(line: str) -> bool:
    """Headlines capitalise most words and end without a period."""
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    if len(words) < 3 or line.rstrip().endswith((".", '"', "”")) or LIST_ITEM.match(line):
        return False
    return sum(w[:1].isupper() for w in words) / len(words) >= 0.7


_DEGREE_AT_END = regex.compile(r"^(?:[A-Z][a-z]{0,4}\.){2,4}$")


@Language.component("sepakat_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence (headlines, captions and list lines have no
    period); so does a degree ("M.T.") followed by a capitalised ordinary word ("Dari")."""
    common = load_wordlist("lexicon/common_words.txt")
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if "\n" in token.text or "\n" in token.whitespace_:
            following.is_sent_start = True
        elif _DEGREE_AT_END.match(token.text) and following.text[:1].isupper() \
                and following.text.lower() in common:
            following.is_sent_start = True
    return doc


@Language.component("sepakat_sections")
def sections(doc: Doc) -> Doc:
    """Record sentences with their paragraph and whether they are article content."""
    from extract.components.state import Sentence

    found = candidates(doc)
    found.text = doc.text
    lines = split_lines(found.text)
    line_index = 0
    for index, sent in enumerate(doc.sents):
        text = sent.text.strip()
        if not text:
            continue
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        while line_index + 1 < len(lines) and lines[line_index].end <= start:
            line_index += 1
        line = lines[line_index] if lines else None
        excluded = line.excluded if line and line.start <= start < line.end else None
        found.sentences.append(
            Sentence(index=len(found.sentences), start=start, end=start + len(text), text=text,
                     excluded=excluded, paragraph=line_index, headline=is_title_case(text))
        )
    return doc
