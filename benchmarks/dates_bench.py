"""Speed and accuracy of extract.dates.find_dates next to dateparser's search_dates.

Usage:
    python benchmarks/dates_bench.py [PATH ...] [--labelled FILE] [--repeat N]

PATH is a .txt file or a directory of them; default: corpus/articles plus
../shared/dev/articles when present. Both extractors run on the same texts in the
same process; one warm-up call each (regex compilation, dateparser's language
data) is left out of the timing. Accuracy uses benchmarks/data/dates_labelled.jsonl
(sentence, reference date, expected ISO value at the precision the text states):
a sentence counts as right when the first date an extractor reports, cut to the
expected precision, equals the expected value. search_dates gets the reference as
RELATIVE_BASE there, or it could not resolve a missing year or "kemarin" at all.
"""
from __future__ import annotations

import argparse
import json
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from dateparser.search import search_dates

from extract.dates import find_dates

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUTS = (ROOT / "corpus" / "articles", ROOT.parent / "shared" / "dev" / "articles")
DEFAULT_LABELLED = Path(__file__).resolve().parent / "data" / "dates_labelled.jsonl"


def read_texts(paths: list[Path]) -> list[str]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    return [file.read_text(encoding="utf-8") for file in files]


def ours_count(text: str) -> int:
    return len(find_dates(text))


def dateparser_count(text: str) -> int:
    return len(search_dates(text, languages=["id"]) or [])


def time_extractor(count: Callable[[str], int], texts: list[str], repeat: int) -> tuple[float, int]:
    """(seconds for all texts x repeat, dates found in one pass)."""
    count(texts[0])  # warm-up, not timed
    found = 0
    started = time.perf_counter()
    for round_number in range(repeat):
        for text in texts:
            dates = count(text)
            if round_number == 0:
                found += dates
    return time.perf_counter() - started, found


def first_value_ours(text: str, reference: date) -> str | None:
    for mention in find_dates(text, reference):
        if mention.value is not None and mention.rule != "law_year":
            return mention.value
    return None


def first_value_dateparser(text: str, reference: date) -> str | None:
    base = datetime.combine(reference, datetime.min.time())
    found = search_dates(text, languages=["id"], settings={"RELATIVE_BASE": base})
    return found[0][1].date().isoformat() if found else None


def accuracy(reader: Callable[[str, date], str | None], rows: list[dict]) -> tuple[int, list[str]]:
    right, misses = 0, []
    for row in rows:
        value = reader(row["text"], date.fromisoformat(row["reference"]))
        expected = row["expected"]
        if value is not None and value[:len(expected)] == expected:
            right += 1
        else:
            misses.append(f"{expected} <- {value}: {row['text'][:70]}")
    return right, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--labelled", type=Path, default=DEFAULT_LABELLED)
    parser.add_argument("--repeat", type=int, default=1, help="timed passes over the texts")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")  # dateparser's pytz/regex deprecation noise

    paths = args.paths or [p for p in DEFAULT_INPUTS if p.exists()]
    texts = read_texts(paths)
    if not texts:
        raise SystemExit("no .txt texts found in " + ", ".join(map(str, paths)))
    rows = [json.loads(line) for line in args.labelled.read_text("utf-8").splitlines()
            if line.strip()]
    characters = sum(len(t) for t in texts) * args.repeat
    print(f"texts: {len(texts)} from {', '.join(map(str, paths))}; "
          f"{characters // args.repeat:,} characters; {args.repeat} timed pass(es)")
    print(f"labelled sentences: {len(rows)} ({args.labelled.name})\n")

    header = (f"{'extractor':<32}{'seconds':>9}{'dates':>7}{'dates/s':>10}{'texts/s':>10}"
              f"{'kchar/s':>10}{'accuracy':>14}")
    print(header)
    print("-" * len(header))
    for name, count, reader in (
        ("extract.dates.find_dates", ours_count, first_value_ours),
        ("dateparser search_dates (id)", dateparser_count, first_value_dateparser),
    ):
        seconds, found = time_extractor(count, texts, args.repeat)
        right, misses = accuracy(reader, rows)
        passes = len(texts) * args.repeat
        print(f"{name:<32}{seconds:>9.3f}{found:>7}{found * args.repeat / seconds:>10.1f}"
              f"{passes / seconds:>10.1f}{characters / seconds / 1000:>10.1f}"
              f"{f'{right}/{len(rows)} {right / len(rows):.0%}':>14}")
        if args.show_misses:
            for miss in misses:
                print(f"    miss {miss}")


if __name__ == "__main__":
    main()
