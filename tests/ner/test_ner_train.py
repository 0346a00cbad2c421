"""Training corpora: every split is written, small sources and NERGrit's ORG sentences upsampled."""
from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import DocBin

from extract.ner.corpus import split_docs, splits
from extract.ner.train import ORG_EXTRA, TRAIN_REPEATS, build_corpora


def test_build_corpora_upsamples_nergrit_org_sentences(tmp_path: Path) -> None:
    counts = build_corpora(tmp_path)
    docs = split_docs(spacy.blank("id"), splits()["nergrit/train"])
    with_org = sum(any(ent.label_ == "ORG" for ent in doc.ents) for doc in docs)
    repeat = TRAIN_REPEATS["nergrit/train"]
    assert counts["train:nergrit/train"] == repeat * (len(docs) + ORG_EXTRA["nergrit/train"] * with_org)
    assert counts["dev:nergrit/dev"] == len(split_docs(spacy.blank("id"), splits()["nergrit/dev"]))
    written = DocBin().from_disk(tmp_path / "corpus" / "train" / "silver_train.spacy")
    assert len(written) == counts["train:silver/train"]
