"""Start-up and lookup cost of the institution gazetteer and the person-name lexicon.

Usage: python benchmarks/gazetteer_bench.py [--repeat 7] [PATH ...]

1. Start-up, each in a fresh interpreter, --repeat times, interleaved so that all share the
   machine's load; the minimum is printed (the least disturbed run; the median follows):
     python -c "import spacy; spacy.blank('id')"       the floor the CLI is compared with
     the tables' own load time, timed inside a fresh interpreter after the modules are
     imported and what the pipeline reads anyway is read (the phrase lexicon, the regions,
     the regional forms): the core tables (all but the foreign universities, read by the
     first canonicalize), their token index (read by the first institution_at), the
     foreign-university table with its index (read when a name with a gate word is looked
     up), the person-name lexicon.
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

_FLOOR = "import spacy; spacy.blank('id')"
_LOADS = """
import time
import extract.known_institutions, extract.person_names
from extract.gazetteer import gazetteer
from extract.institutions import _forms, _regions
from extract.known_institutions import _index
from extract.person_names import _counts
from extract.phrases import lexicon
lexicon(); _regions(); _forms()      # read by the pipeline whether or not these tables exist
start = time.perf_counter(); gazetteer(); tables = time.perf_counter()
index = _index(); tokens = time.perf_counter()
index.lazy(); lazy = time.perf_counter()
_counts(); names = time.perf_counter()
print(tables - start, tokens - tables, lazy - tokens, names - lazy)
"""


def startup(repeat: int) -> tuple[list[float], list[tuple[float, ...]]]:
    """(wall times of the floor, in-process load times of the tables), interleaved."""
    floor, loads = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", _FLOOR], check=True, cwd=ROOT)
        floor.append(time.perf_counter() - start)
        out = subprocess.run([sys.executable, "-c", _LOADS], check=True, cwd=ROOT,
                             capture_output=True, text=True).stdout
        loads.append(tuple(float(x) for x in out.split()))
    return floor, loads


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
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    floor, loads = startup(args.repeat)
    spacy = min(floor)
    print(f"python -c \"{_FLOOR}\": min {spacy:.3f} s, median {statistics.median(floor):.3f} s")
    for label, column in (("core tables", 0), ("token index of them", 1),
                          ("foreign universities", 2), ("name lexicon", 3)):
        times = [load[column] for load in loads]
        print(f"load {label:21s} min {min(times) * 1000:6.1f} ms, median {statistics.median(times) * 1000:6.1f} ms"
              f" = {min(times) / spacy:5.1%} of the floor")
    paths = args.paths or sorted((ROOT / "corpus" / "articles").glob("*.txt"))
    files = [p for path in paths for p in (sorted(path.glob("*.txt")) if path.is_dir() else [path])]
    lookup_cost(files)


if __name__ == "__main__":
    main()
