"""Start-up and lookup cost of the institution gazetteer and the person-name lexicon.

Usage: python benchmarks/gazetteer_bench.py [--repeat 5] [PATH ...]

1. Cold start, each in a fresh interpreter, the median of --repeat runs, all in one run so
   the machine's load is shared:
     spacy     python -c "import spacy; spacy.blank('id')"        (the start-up floor)
     import    the modules imported, no table read
     core      + the core tables read (every table but the foreign universities)
     lazy      + the foreign-university table read too
     lexicon   + the person-name lexicon read
   The tables' own cost is core - import (and lazy - core), reported as a share of `spacy`.
2. Lookup cost: institution_at on every capitalised token of the texts (corpus/articles by
   default), timed after a warm-up pass, as microseconds per capitalised token and per token;
   the same for is_person_name_token.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SNIPPETS = {
    "spacy": "import spacy; spacy.blank('id')",
    "import": "import extract.known_institutions, extract.person_names",
    "core": "import extract.known_institutions, extract.person_names\n"
            "from extract.known_institutions import _index; _index()",
    "lazy": "import extract.known_institutions, extract.person_names\n"
            "from extract.known_institutions import _index; _index().lazy()",
    "lexicon": "import extract.known_institutions, extract.person_names\n"
               "from extract.known_institutions import _index; _index().lazy()\n"
               "from extract.person_names import is_person_name_token; is_person_name_token('x')",
}


def cold(snippet: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", snippet], check=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def lookup_cost(paths: list[Path]) -> None:
    from extract.known_institutions import institution_at
    from extract.person_names import is_person_name_token
    from extract.phrases import tokenize

    texts = [p.read_text(encoding="utf-8") for p in paths]
    sentences = [tokenize(line) for text in texts for line in text.splitlines() if line.strip()]
    positions = [(tokens, i) for tokens in sentences for i, tok in enumerate(tokens) if tok.is_cap]
    total = sum(len(tokens) for tokens in sentences)
    for tokens, i in positions:        # warm-up: tables read, caches filled
        institution_at(tokens, i)
    start = time.perf_counter()
    found = sum(1 for tokens, i in positions if institution_at(tokens, i))
    elapsed = time.perf_counter() - start
    words = [tokens[i].text for tokens, i in positions]
    start = time.perf_counter()
    names = sum(1 for word in words if is_person_name_token(word))
    lexicon = time.perf_counter() - start
    print(f"texts {len(texts)}, tokens {total}, capitalised {len(positions)}")
    print(f"institution_at: {elapsed / len(positions) * 1e6:.1f} us per capitalised token "
          f"({elapsed / total * 1e6:.1f} us per token); {found} starts of a known institution")
    print(f"is_person_name_token: {lexicon / len(words) * 1e6:.2f} us per word; {names} name tokens")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    times = {name: cold(snippet, args.repeat) for name, snippet in _SNIPPETS.items()}
    for name, seconds in times.items():
        print(f"cold {name:8s} {seconds:6.3f} s")
    spacy = times["spacy"]
    for label, cost in (("core tables", times["core"] - times["import"]),
                        ("foreign universities", times["lazy"] - times["core"]),
                        ("name lexicon", times["lexicon"] - times["lazy"])):
        print(f"{label:21s} {cost * 1000:6.0f} ms = {cost / spacy:5.1%} of spacy.blank('id')")
    paths = args.paths or sorted((ROOT / "corpus" / "articles").glob("*.txt"))
    files = [p for path in paths for p in (sorted(path.glob("*.txt")) if path.is_dir() else [path])]
    lookup_cost(files)


if __name__ == "__main__":
    main()
