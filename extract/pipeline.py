"""Builds the spaCy pipeline: the one place that fixes component order.

Order matters: sentences and non-content lines first; agreement vocabulary next (it
decides which sentences the rest reads); people before organisations (bodies inside
positions belong to the person); dates, places, references and scopes; the statistical
NER last, on the sentences with agreement vocabulary only. Places come before dates: a
date printed in the dateline stands in for a missing publication date.
"""
from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import extract.components.dates  # noqa: F401  (registers sepakat_dates)
import extract.components.ner  # noqa: F401
import extract.components.organisations  # noqa: F401
import extract.components.people  # noqa: F401
import extract.components.places  # noqa: F401
import extract.components.references  # noqa: F401
import extract.components.scopes  # noqa: F401
import extract.components.sections  # noqa: F401
import extract.components.triggers  # noqa: F401
from extract.components.state import candidates
from extract.patterns import load_yaml

MAX_CHARACTERS = 2_000_000

COMPONENTS = (
    "sepakat_line_breaks",
    "sentencizer",
    "sepakat_sections",
    "sepakat_triggers",
    "sepakat_people",
    "sepakat_organisations",
    "sepakat_places",
    "sepakat_dates",
    "sepakat_references",
    "sepakat_scopes",
)


def _adapt_tokenizer(nlp: Language) -> None:
    """Titles and abbreviations stay one token, so no sentence ends after 'Drs.' or 'Kab.';
    a period after a word ending in capitals ("MoU.", "Ombudsman RI.") is split off, so a
    sentence does end there.

    Abbreviations and degrees go into one token_match regex rather than special cases:
    special cases with periods make spaCy run a phrase matcher over every document, which
    costs more than the rest of the tokenizer."""
    abbreviations = "|".join(re.escape(a) for a in load_yaml("tokenizer.yaml")["abbreviations"])
    # degrees of any spelling stay whole too: "S.Pi.", "M.Eng.Sc."
    degree = r"(?:[A-Z][a-z]{0,4}\.){2,4}"
    own = re.compile(rf"^(?:{abbreviations}|{degree})$").match
    previous = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = own if previous is None else (lambda text: own(text) or previous(text))
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[A-Za-z][A-Z])\."]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


class TextKeepingTokenizer:
    """spaCy's tokenizer, and the article text kept on the doc's candidates: Doc.text is
    rebuilt from every token on each access, which costs as much as a component."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        candidates(doc).text = text
        return doc

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)


def build_pipeline(use_ner: bool = True) -> Language:
    nlp = spacy.blank("id")
    # no parser or NER over whole texts here: long articles are safe up to the readers'
    # per-document limit
    nlp.max_length = MAX_CHARACTERS
    _adapt_tokenizer(nlp)
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    if use_ner:
        nlp.add_pipe("sepakat_ner")
    return nlp
