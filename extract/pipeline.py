"""Builds the spaCy pipeline: the one place that fixes component order.

spaCy's Indonesian tokenizer is used as it is; the few token fixes the rules need (a period
split off "MoU.") and the sentence breaks abbreviations must not cause ("Drs.", "Kab.",
"S.Pd.I.") are made by the first components, found in the text, which costs far less than
extra tokenizer rules applied to every word. Order matters: sentences and non-content lines first; agreement vocabulary next (it
decides which sentences the rest reads); places (the dateline, whose media name is no
party; a date printed in it stands in for a missing publication date); people before
organisations (bodies inside positions belong to the person); dates, references and scopes;
the statistical NER last, on the sentences with agreement vocabulary only.
"""
from __future__ import annotations

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
from extract.options import ExtractionOptions
from extract.tokenizer import blank_indonesian
from extract.vocabulary import check_pattern_files

COMPONENTS = (
    "sepakat_tokens",
    "sepakat_sentences",
    "sepakat_sections",
    "sepakat_triggers",
    "sepakat_places",
    "sepakat_people",
    "sepakat_organisations",
    "sepakat_dates",
    "sepakat_references",
    "sepakat_scopes",
)


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


def component_config(options: ExtractionOptions) -> dict[str, dict]:
    """The factory config of each component that takes options."""
    windows = options.windows
    return {
        "sepakat_triggers": {"lead_sentences": windows.lead_sentences,
                             "following_sentences": windows.following_sentences},
        "sepakat_dates": {"today": options.today.isoformat(), "dateline_margin": windows.dateline_margin_chars},
    }


def build_pipeline(options: ExtractionOptions) -> Language:
    """The pipeline for `options` (their `today` fixed, see ExtractionOptions.for_run)."""
    if options.today is None:
        raise ValueError("build_pipeline needs options with today fixed (options.for_run())")
    check_pattern_files()  # a bad entry in patterns/ fails here, at start-up, naming file and line
    nlp = blank_indonesian()
    # no parser or NER over whole texts here: long articles are safe up to the readers'
    # per-document limit
    nlp.max_length = options.limits.max_characters
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    config = component_config(options)
    for name in COMPONENTS:
        nlp.add_pipe(name, config=config.get(name, {}))
    if options.use_ner:
        nlp.add_pipe("sepakat_ner")
    return nlp
