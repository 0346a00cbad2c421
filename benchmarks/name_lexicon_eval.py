"""How well the person-name lexicon's rules tell names from other capitalised words, per
count threshold: `python benchmarks/name_lexicon_eval.py [SHARED_DATA_DIR]`.

Every capitalised alphabetic token of the two MIT NER corpora (idner-news-2k, NERGrit; in
SHARED_DATA_DIR/ner, default ../shared/data) counts once per occurrence. For each
`min_count`, the lexicon built with the rules of patterns/lexicon/name_lexicon.yaml
(tools/build_name_lexicon.py) gets
  precision = occurrences of lexicon tokens tagged PER / occurrences of lexicon tokens,
  recall    = occurrences of lexicon tokens tagged PER / all PER occurrences,
and the unfiltered source at the chosen threshold is shown for comparison. The corpora
are news with many foreign names, so recall is low for any Indonesian-name lexicon.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import build_name_lexicon as tool  # noqa: E402  (the lexicon's own rules, from its build script)

NER_FILES = {"idner-news-2k": ["train.txt", "dev.txt", "test.txt"],
             "nergrit": ["train_preprocess.txt", "valid_preprocess.txt", "test_preprocess.txt"]}


def tagged_tokens(ner_dir: Path) -> tuple[Counter, Counter]:
    """(occurrences tagged as a person, other occurrences) of capitalised tokens, lower-cased."""
    person, other = Counter(), Counter()
    for folder, names in NER_FILES.items():
        for name in names:
            for line in (ner_dir / folder / name).read_text(encoding="utf-8").splitlines():
                parts = line.replace("\t", " ").split()
                if len(parts) >= 2 and parts[0].isalpha() and parts[0][0].isupper():
                    (person if parts[-1].endswith(("PER", "PERSON")) else other)[parts[0].lower()] += 1
    return person, other


def main(argv: list[str]) -> None:
    data = Path(argv[0]) if argv else ROOT.parent / "shared" / "data"
    config = tool.load_yaml("lexicon/name_lexicon.yaml")
    never, weak = tool.vocabulary()
    with (data / "names" / "frasa-nama-gender" / "nama-gender-combined.csv").open(encoding="utf-8") as handle:
        counts = {row["nama"]: int(row["f"]) + int(row["m"]) for row in csv.DictReader(handle)}
    person, other = tagged_tokens(data / "ner")
    total = sum(person.values())

    def score(tokens: set[str]) -> str:
        hits, misses = sum(person[t] for t in tokens), sum(other[t] for t in tokens)
        return f"{len(tokens):7d} {hits / (hits + misses):9.2f} {hits / total:6.2f}"

    print(f"{'min_count':>9} {'tokens':>7} {'precision':>9} {'recall':>6}")
    for threshold in (1, 5, 10, 20, 50, 100):
        kept = {t for t, n in counts.items() if n >= threshold and len(t) >= 2 and t not in never
                and (t not in weak or n >= config["strong_count"])}
        mark = "  <- chosen" if threshold == config["min_count"] else ""
        print(f"{threshold:9d} {score(kept)}{mark}")
    raw = {t for t, n in counts.items() if n >= config["min_count"]}
    print(f"unfiltered at {config['min_count']}: {score(raw)}")


if __name__ == "__main__":
    main(sys.argv[1:])
