"""The packaged NER model: it loads, tags held-back sentences, degrades to no entities when absent."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from extract.ner import model as ner_model
from extract.ner.corpus import parse_markup, read_markup

HELDOUT = Path(__file__).parent / "data" / "heldout.txt"

pytestmark = pytest.mark.skipif(ner_model.model_path() is None, reason="NER model not packaged")


def test_model_loads_from_the_package_directory() -> None:
    path = ner_model.model_path()
    assert path is not None and path.parent.parent == Path(ner_model.__file__).resolve().parent.parent
    nlp = ner_model.load_ner()
    assert isinstance(nlp, spacy.Language)
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}


def test_heldout_entities_are_mostly_found_exactly() -> None:
    gold = list(read_markup(HELDOUT))
    predicted = ner_model.entities([text for text, _ in gold])
    wanted = sum(len(spans) for _, spans in gold)
    found = sum(len(set(spans) & set(pred)) for (_, spans), pred in zip(gold, predicted))
    assert found / wanted >= 0.8


@pytest.mark.parametrize(
    "marked",
    [
        "Penandatanganan dilakukan oleh <PER>Wulan Sekarsari</PER> selaku Rektor "
        "<ORG>Universitas Negeri Surabaya</ORG> di <LOC>Surabaya</LOC>.",
        "Bupati <LOC>Purworejo</LOC> <PER>Bagas Wicaksana</PER> menandatangani nota kesepahaman "
        "dengan <ORG>PT Bumi Karya Utama</ORG> pada Selasa (3/9).",
        "Kepala <ORG>Dinas Kesehatan Kota Kediri</ORG> <PER>Anisa Rahmadhani</PER> meneken "
        "perjanjian kerja sama dengan <ORG>Universitas Kadiri</ORG>.",
        "Bupati <LOC>Wonogiri</LOC> <PER>Sutrisno Adiwijaya</PER> mengatakan kerja sama dengan "
        "<ORG>Universitas Veteran Bangun Nusantara</ORG> akan dimulai bulan depan.",
        "Rektor <ORG>Universitas Papua</ORG> <PER>Markus Rumbewas</PER> meneken kesepakatan dengan "
        "Bupati <LOC>Manokwari</LOC> <PER>Hermanus Wonggor</PER>.",
    ],
)
def test_heldout_sentence_gets_its_entities(marked: str) -> None:
    text, spans = parse_markup(marked)
    (predicted,) = ner_model.entities([text])
    assert {(text[s:e], label) for s, e, label in spans} <= {(text[s:e], label) for s, e, label in predicted}


def test_missing_model_gives_empty_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ner_model, "model_path", lambda: None)
    assert ner_model.load_ner() is None
    assert ner_model.entities(["Bupati Purworejo Bagas Wicaksana hadir."]) == [[]]
