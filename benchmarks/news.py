"""The benchmark's dump: ordinary news made of real Indonesian news sentences, and agreement
articles from corpus/articles.

A research dump is mostly ordinary news (politics, sport, crime, prices), where "kerja sama",
"sepakat" and "PKS" (the party) are everyday words; templates written for a benchmark miss
that. The ordinary documents here are article-sized runs of real sentences:

* `shared`: the news NER sets in ../shared/data/ner (idner-news-2k, NERP, NERGrit), when a
  checkout has them (they are not shipped: NERP is CC BY-SA);
* `kumparan`: otherwise, the kumparan news sentences of the `nlp-id` package (MIT) that ship
  in ner/pretrain/kumparan.jsonl (source and license in ner/pretrain/README.md).

A document takes paragraphs of 1-4 consecutive sentences (sentences of these sets come in
article order) from random places of one set, so it reads like one source's news page;
sentences repeat across documents of a large dump.
"""
from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_NER = ROOT.parent / "shared" / "data" / "ner"
KUMPARAN = ROOT / "ner" / "pretrain" / "kumparan.jsonl"
SHARED_SETS = {
    "idner-news-2k": ("train.txt", "dev.txt", "test.txt"),
    "nerp": ("train_preprocess.txt", "valid_preprocess.txt", "test_preprocess.txt"),
    "nergrit": ("train_preprocess.txt", "valid_preprocess.txt", "test_preprocess.txt"),
}
PARAGRAPHS = (6, 10)             # paragraphs per ordinary document
SENTENCES_PER_PARAGRAPH = (1, 4)  # about 20 sentences, 2,700 characters: a news page
ORDINARY_PREFIX = "berita-"
AGREEMENT_PREFIX = "kerjasama-"


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    agreement: bool
    source: str  # the sentence set of an ordinary document, "corpus" for agreement articles


def _shared_sets() -> dict[str, list[str]]:
    from extract.ner.corpus import infer_spaces, read_conll

    sets = {}
    for name, files in SHARED_SETS.items():
        sentences = []
        for file in files:
            for words, _ in read_conll(SHARED_NER / name / file):
                spaces = infer_spaces(words)
                sentences.append("".join(word + (" " if space else "") for word, space in zip(words, spaces)))
        sets[name] = sentences
    return sets


def _kumparan_sets() -> dict[str, list[str]]:
    with KUMPARAN.open(encoding="utf-8") as handle:
        texts = (json.loads(line)["text"].strip() for line in handle if line.strip())
        return {"kumparan": [text for text in texts if text]}


def news_sets(source: str = "auto") -> dict[str, list[str]]:
    """Sentence sets by name: `shared`, `kumparan`, or `auto` (shared when present)."""
    if source == "auto":
        source = "shared" if SHARED_NER.is_dir() else "kumparan"
    if source == "shared":
        if not SHARED_NER.is_dir():
            raise SystemExit(f"benchmark: {SHARED_NER} not found (use --news kumparan)")
        return _shared_sets()
    if source == "kumparan":
        return _kumparan_sets()
    raise SystemExit(f"benchmark: unknown news source {source!r} (auto, shared or kumparan)")


def ordinary_article(rng: random.Random, sets: dict[str, list[str]], number: int) -> Article:
    names = sorted(sets)
    name = rng.choices(names, weights=[len(sets[n]) for n in names])[0]
    sentences = sets[name]
    paragraphs = []
    for _ in range(rng.randint(*PARAGRAPHS)):
        start = rng.randrange(len(sentences))
        paragraphs.append(" ".join(sentences[start:start + rng.randint(*SENTENCES_PER_PARAGRAPH)]))
    return Article(f"{ORDINARY_PREFIX}{number:06d}", "\n\n".join(paragraphs), agreement=False, source=name)


def reporting_agreements() -> list[Path]:
    """The corpus articles whose gold records hold at least one agreement (not the negatives)."""
    paths = []
    for path in sorted((ROOT / "corpus" / "articles").glob("*.txt")):
        gold = ROOT / "corpus" / "gold" / f"{path.stem}.json"
        if gold.is_file() and json.loads(gold.read_text(encoding="utf-8")).get("agreements"):
            paths.append(path)
    return paths


def agreement_articles(rng: random.Random, count: int) -> list[Article]:
    """Corpus articles reporting agreements, cycled; copies after the first get another day in
    their first date."""
    sources = [path.read_text(encoding="utf-8") for path in reporting_agreements()]
    if not sources:
        raise SystemExit("benchmark: corpus/articles holds no article with gold agreements")
    articles = []
    for number in range(count):
        text = sources[number % len(sources)]
        if number >= len(sources):
            day = rng.randint(1, 28)
            text = re.sub(r"\((\d{1,2})/(\d{1,2})\)", lambda m: f"({day}/{m.group(2)})", text, count=1)
        articles.append(Article(f"{AGREEMENT_PREFIX}{number:06d}", text, agreement=True, source="corpus"))
    return articles


def build_dump(total: int, agreement_share: float, sets: dict[str, list[str]], seed: int) -> list[Article]:
    """`total` documents, `agreement_share` of them agreement articles, shuffled."""
    rng = random.Random(seed)
    agreements = agreement_articles(rng, max(1, round(total * agreement_share)))
    ordinary = [ordinary_article(rng, sets, number) for number in range(total - len(agreements))]
    articles = agreements + ordinary
    rng.shuffle(articles)
    return articles


def write_jsonl(articles: Sequence[Article], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for article in articles:
            handle.write(json.dumps({"id": article.id, "text": article.text}, ensure_ascii=False) + "\n")
