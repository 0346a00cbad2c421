"""Builds the spaCy pipeline: the one place that fixes component order."""
from __future__ import annotations

import spacy
from spacy.language import Language


def build_pipeline(use_ner: bool = True) -> Language:
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    return nlp
