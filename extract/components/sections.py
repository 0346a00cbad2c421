"""Line structure: sentence breaks (punctuation, line ends, abbreviations), non-content lines,
the dateline."""
from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from extract.candidates import Sentence
from extract.components.state import candidates
from extract.patterns import load_wordlist
from extract.person_names import is_person_name_token
from extract.phrases import abbreviations
from extract.vocabulary import load
from extract.text import LIST_ITEM, split_lines, web_names


HEADLINE_MAX_WORDS = 14


def is_title_case(line: str) -> bool:
    """Headlines capitalise most words, end without a period and are short; a longer
    capitalised line, or one ending in a lower-case word ("... dan disaksikan oleh"), is
    body text full of names and offices, cut by a line break."""
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    last = line.split()[-1] if line.split() else ""
    if len(words) < 3 or len(line.split()) > HEADLINE_MAX_WORDS or line.rstrip().endswith((".", '"', "”")) \
            or last[:1].islower() or LIST_ITEM.match(line):
        return False
    return sum(w[:1].isupper() for w in words) / len(words) >= 0.7


_DEGREE = r"(?:[A-Z][a-z]{0,4}\.){2,4}"  # degrees of any spelling: "S.Pi.", "M.Eng.Sc."
# stdlib re for the scans over whole articles: several times faster than regex here
_DEGREE_BEFORE_WORD = re.compile(rf"(?<!\S){_DEGREE}(?=\s)")
_CAPITALS_PERIOD = re.compile(r"(?<=[A-Za-z][A-Z])\.(?![^\W_])")
_NEWLINE = re.compile(r"\n")
# "Prof. Dr. Ir. Suparman, MP. (Rektor Universitas Tunas Harapan)": a bracket closed on its line
# after a period belongs to the sentence before it
_BRACKET_AFTER_PERIOD = re.compile(r"(?<=\.)[ \t]*\((?=[^()\n]{1,80}\))")
# a capitalised word of two or three letters before a period ("Letkol Inf. Sari", "Lc.", "Mr."):
# when it is neither an ordinary word nor a personal name it is an abbreviation (a rank's corps,
# a degree, an honorific) that patterns/tokenizer.yaml does not list, and ends no sentence
# unless a capitalised ordinary word follows ("... kata Li. Menurutnya ...")
_SHORT_WORD_PERIOD = re.compile(r"(?<![\w.])([A-Z][a-z]{1,2})\.(?=[ \t])")
# the number or letter of a list line ("1. Universitas A", "b. Pelatihan guru"): the line's
# item goes on after it, no sentence ends at its period
_LIST_MARKER = re.compile(r"^[ \t]*(?:\d{1,2}|[a-hA-H])\.[ \t]+(?=\S)", re.MULTILINE)


@lru_cache(maxsize=1)
def _no_break_after() -> re.Pattern:
    """Abbreviations (patterns/tokenizer.yaml) and degrees, also when written straight onto
    the next word ("Prof.Sari"), and runs of titles: a listed abbreviation right after one, glued
    or after a space, goes on with it in any capitals ("Prof. DR. H. Sari", "Drs.Tb. Sari"), as
    a title is written in capitals only in a run of them. No sentence ends inside or right after them."""
    words = "|".join(re.escape(a) for a in sorted(abbreviations(), key=len, reverse=True))
    # trailing commas and brackets belong to it: "S.Pi., M.M." is one sentence
    closing = r"[,;:)\]\"”’]*"
    # a degree of any spelling goes first: "M.Sc." is listed, but "M.Sc.Eng." is one degree
    return re.compile(rf"(?<![\w.])(?:{_DEGREE}|{words})(?:{closing}[ \t]?(?:{_DEGREE}|(?i:{words})))*{closing}")


def _token_starts(doc: Doc) -> numpy.ndarray:
    """Character offset of every token (one C loop, not a Python one per token)."""
    return doc.to_array(IDX).astype(numpy.int64)


def _article_text(doc: Doc) -> str:
    found = candidates(doc)
    if not found.text:  # the pipeline's tokenizer keeps it; a doc made elsewhere has to rebuild it
        found.text = doc.text
    return found.text


@Language.component("sepakat_tokens")
def split_capitals_period(doc: Doc) -> Doc:
    """A period after a word ending in capitals ("MoU.", "Ombudsman RI.") becomes its own
    token, so the trigger vocabulary matches "MoU" and a sentence can end there. Abbreviations
    that end so ("AKBP.", "PT.") stay whole."""
    text = _article_text(doc)
    starts = _token_starts(doc)
    to_split = []
    for period in _CAPITALS_PERIOD.finditer(text):
        index = int(numpy.searchsorted(starts, period.start(), side="right")) - 1
        token = doc[index]
        if token.idx + len(token.text) == period.end() and len(token.text) > 2 \
                and token.text not in abbreviations():
            to_split.append(token)
    if to_split:
        with doc.retokenize() as retokenizer:
            for token in to_split:
                retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 1), (token, 1)])
    return doc


@lru_cache(maxsize=1)
def _sentence_final_hashes() -> numpy.ndarray:
    """Hashes of the characters that end a sentence: the sentencizer's own list."""
    from spacy.pipeline import Sentencizer
    from spacy.strings import hash_string

    return numpy.array(sorted(hash_string(char) for char in Sentencizer.default_punct_chars), dtype=numpy.uint64)


def punctuation_starts(doc: Doc) -> numpy.ndarray:
    """Sentence starts as spaCy's sentencizer guesses them (True: a word token after a
    sentence-final mark such as "." "?" "!", and the first token), computed over token arrays:
    the sentencizer walks every token in Python, which costs half the tokenizer's time."""
    table = doc.to_array([ORTH, IS_PUNCT])
    hashes = _sentence_final_hashes()
    # membership by binary search in the sorted hashes: numpy.isin sorts both arrays each call
    at = numpy.minimum(numpy.searchsorted(hashes, table[:, 0]), len(hashes) - 1)
    final = hashes[at] == table[:, 0]
    word = ~final & (table[:, 1] == 0)
    finals_before = numpy.concatenate(([0], numpy.cumsum(final)))  # finals in doc[:i]
    words = numpy.flatnonzero(word)
    # a word starts a sentence when a final mark stands between it and the word before it
    since = finals_before[numpy.concatenate(([0], words[:-1] + 1))] if len(words) else words
    guesses = numpy.zeros(len(doc), dtype=bool)
    guesses[words[finals_before[words] > since]] = True
    guesses[0] = True
    for index in numpy.flatnonzero(guesses[2:]) + 2:
        if _opens_the_word_after(doc[index - 2], doc[index - 1]):
            guesses[index], guesses[index - 1] = False, True
    return guesses


_OPENERS = frozenset('“‘"([')


def _opens_the_word_after(before: Token, mark: Token) -> bool:
    """'... (14/8/2024). "MoU sebelumnya ...': a quotation mark or bracket with a space before it
    and none after opens the next sentence; one right after the final mark ('tahun." Lalu')
    closes the sentence before."""
    return mark.text in _OPENERS and bool(before.whitespace_) and not mark.whitespace_


_WRAPPED_BEFORE = re.compile(r"[^\s.!?:;\"”)]\s*$")
_WRAPPED_AFTER = re.compile(r"[ \t]*[a-z]")


@lru_cache(maxsize=1)
def _open_line_end() -> re.Pattern:
    """A line ending with a word no sentence ends with (patterns/tokenizer.yaml open_line_ends)."""
    words = "|".join(re.escape(w) for w in load("tokenizer.yaml").open_line_ends)
    return re.compile(rf"(?<![\w.])(?:{words})[ \t]*$", re.IGNORECASE)


def _wrapped(text: str, newline: int) -> bool:
    """A line break inside a sentence of hard-wrapped text: the line before ends without a
    sentence mark and the next goes on in lower case ("... penandatanganan kontrak\nkereta
    perintis dengan ..."), or the line before ends with a word no sentence ends with
    ("disaksikan oleh\nMenteri ..."); a list line ("a. Pengembangan ...") is no such continuation."""
    after = newline + 1
    line_end = text.find("\n", after)
    following = text[after:line_end if line_end >= 0 else len(text)]
    if not following.strip() or LIST_ITEM.match(following):
        return False
    if _WRAPPED_AFTER.match(text, after) and _WRAPPED_BEFORE.search(text, max(0, newline - 3), newline):
        return True
    return bool(_open_line_end().search(text[max(0, newline - 12):newline]))


def _opens_a_list(text: str, newline: int) -> bool:
    """A line ending with a word no sentence ends with and a colon ("Penandatanganan dilakukan
    oleh:"): the list lines after it finish its sentence."""
    before = text[max(0, newline - 16):newline].rstrip()
    return before.endswith(":") and bool(_open_line_end().search(before[:-1]))


def _holds_list_lines(text: str) -> bool:
    """A sentence that goes on in list lines (after "dilakukan oleh:") is no headline."""
    return any(LIST_ITEM.match(line) for line in text.split("\n")[1:])


def _list_line_follows(text: str, newline: int) -> bool:
    line_end = text.find("\n", newline + 1)
    return bool(LIST_ITEM.match(text[newline + 1:line_end if line_end >= 0 else len(text)]))


@Language.component("sepakat_sentences")
def sentences(doc: Doc) -> Doc:
    """Sentence starts: after sentence-final punctuation, as spaCy's sentencizer puts them,
    and after every line break (headlines, captions and list lines have no period); none
    inside or right after an abbreviation or degree ("Drs. Bambang", "Kab. Klaten"), but one
    after a degree followed by a capitalised ordinary word ("M.T. Dari"), nor before a bracket
    closed on its line ("MP. (Rektor ...)"), nor after a short capitalised word that is neither an
    ordinary word nor a personal name unless a capitalised ordinary word follows ("Letkol Inf. Sari",
    "Mr. Li", "Lc. dan"). Marks found in the
    text are mapped to tokens and win over the punctuation guesses."""
    text = _article_text(doc)
    if not len(doc):
        return doc
    starts = _token_starts(doc)
    marks = numpy.zeros(len(doc), dtype=numpy.int64)  # 1 start, -1 not, 0 no mark
    for abbreviation in _no_break_after().finditer(text):
        first = int(numpy.searchsorted(starts, abbreviation.start(), side="right"))
        following = int(numpy.searchsorted(starts, abbreviation.end()))
        marks[first:following + 1] = -1
    for web_start, web_end in web_names(text):
        first = int(numpy.searchsorted(starts, web_start, side="right"))
        following = int(numpy.searchsorted(starts, web_end))
        marks[first:following] = -1
    common = load_wordlist("lexicon/common_words.txt")
    for short in _SHORT_WORD_PERIOD.finditer(text):
        following = int(numpy.searchsorted(starts, short.end()))
        if following < len(doc) and short.group(1).lower() not in common \
                and not is_person_name_token(short.group(1)) \
                and not (doc[following].text[:1].isupper() and doc[following].text.lower() in common):
            marks[following] = -1
    for marker in _LIST_MARKER.finditer(text):
        following = int(numpy.searchsorted(starts, marker.end()))
        if following < len(doc):
            marks[following] = -1
    for bracket in _BRACKET_AFTER_PERIOD.finditer(text):
        first = int(numpy.searchsorted(starts, bracket.end() - 1))
        following = int(numpy.searchsorted(starts, bracket.end()))
        marks[first:following + 1] = -1
    listing = False  # inside the list lines a colon after an open word opened ("dilakukan oleh:")
    for newline in _NEWLINE.finditer(text):
        following = int(numpy.searchsorted(starts, newline.start(), side="right"))
        listing = _list_line_follows(text, newline.start()) and (listing or _opens_a_list(text, newline.start()))
        if following < len(doc) and not listing and not _wrapped(text, newline.start()):
            marks[following] = 1
    for degree in _DEGREE_BEFORE_WORD.finditer(text):
        following = int(numpy.searchsorted(starts, degree.end()))
        if following < len(doc):
            word = doc[following].text
            if word[:1].isupper() and word.lower() in common:
                marks[following] = 1
    sentence_starts = numpy.where(marks != 0, marks, numpy.where(punctuation_starts(doc), 1, -1))
    # one array write: setting Token.is_sent_start re-checks the whole doc on every call
    doc.from_array([SENT_START], sentence_starts.astype(numpy.uint64))
    return doc


@Language.component("sepakat_sections")
def sections(doc: Doc) -> Doc:
    """Record sentences and whether they are article content (or a "Baca juga" line, boilerplate)."""
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
                     excluded=excluded, headline=is_title_case(text) and not _holds_list_lines(text))
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
