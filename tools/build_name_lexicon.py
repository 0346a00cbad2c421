"""Derive patterns/lexicon/person_name_lexicon.tsv from the frasa name-token counts (MIT).

The source (../shared/data/names/frasa-nama-gender/nama-gender-combined.csv) counts lower-case
tokens of about 970,000 Indonesian personal names by gender. The lexicon keeps the tokens that
are frequent enough and are not institution, position, place or ordinary vocabulary (rules and
thresholds in patterns/lexicon/name_lexicon.yaml), with their count, so that a capitalised word
can count as a person signal (extract/person_names.py).

Usage: python tools/build_name_lexicon.py [SOURCE_CSV]           write the lexicon
       python tools/build_name_lexicon.py --check [SOURCE_CSV]   exit 1 if the committed file differs
tests/tools/test_build_name_lexicon.py regenerates and compares.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import regex
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.patterns import load_csv, load_wordlist, load_yaml  # noqa: E402
from extract.vocabulary import organisations, people  # noqa: E402

OUT = ROOT / "patterns" / "lexicon" / "person_name_lexicon.tsv"
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "names" / "frasa-nama-gender" / "nama-gender-combined.csv"
HEADER = (
    "# DERIVED by tools/build_name_lexicon.py - do not edit; edit name_lexicon.yaml and rebuild.\n"
    "# From frasa 0.1.58 nama-gender-combined.csv (MIT, (c) 2023 Noviyanto Rahmadi): Indonesian\n"
    "# personal-name tokens, lower case, with their count in the source's names (female + male).\n"
)
_WORD = regex.compile(r"\p{L}+")


def _words(phrases) -> set[str]:
    return {w.casefold() for phrase in phrases for w in _WORD.findall(phrase)}


def vocabulary() -> tuple[set[str], set[str]]:
    """(words that are never names here, words that are names only with strong evidence)."""
    orgs, titles = organisations(), people()
    heads = load_yaml("institutions/org_heads.yaml")
    never = _words([h.text for h in orgs.heads] + [*orgs.org_words, *orgs.stop_words])
    never |= _words(titles.position_heads) | _words(t for t in titles.prefix_titles if " " not in t)
    never |= _words(h for group in heads["heads"].values() for h in group)
    places = [r["name_short"] for r in load_csv("wilayah/provinsi_kabkota.csv")]
    places += [r["alias"] for r in load_csv("wilayah/province_aliases.csv")]
    places += [r["alias"] for r in load_csv("wilayah/kabkota_aliases.csv")]
    places += [r["seat"] for r in load_csv("wilayah/regency_seats.csv")]
    places += heads["countries"]
    never |= {p.casefold() for p in places if " " not in p.strip()}
    never |= {w.casefold() for w in INDONESIAN_STOP_WORDS}
    config = load_yaml("lexicon/name_lexicon.yaml")
    never = (never | set(config["exclude"])) - set(config["include"])
    weak = set(load_wordlist("lexicon/common_words.txt")) | _words(p for p in places if " " in p.strip())
    weak |= {w.casefold() for w in ENGLISH_STOP_WORDS}
    return never, weak - set(config["include"])


def build(source: Path) -> tuple[str, dict[str, int]]:
    """The lexicon's text and how many tokens each rule dropped."""
    config = load_yaml("lexicon/name_lexicon.yaml")
    never, weak = vocabulary()
    kept: list[tuple[str, int]] = []
    dropped = {"rare": 0, "short": 0, "vocabulary": 0, "ordinary": 0}
    with source.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            token, count = row["nama"], int(row["f"]) + int(row["m"])
            if count < config["min_count"]:
                dropped["rare"] += 1
            elif len(token) < 2:
                dropped["short"] += 1
            elif token in never:
                dropped["vocabulary"] += 1
            elif token in weak and count < config["strong_count"]:
                dropped["ordinary"] += 1
            else:
                kept.append((token, count))
    kept.sort()
    text = HEADER + "".join(f"{token}\t{count}\n" for token, count in kept)
    return text, {"kept": len(kept), **dropped}


def main(argv: list[str]) -> int:
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    text, counts = build(Path(args[0]) if args else DEFAULT_SOURCE)
    print(", ".join(f"{name}: {number}" for name, number in counts.items()))
    if check:
        if not OUT.is_file() or OUT.read_text(encoding="utf-8") != text:
            print(f"out of date: {OUT.name} (run python tools/build_name_lexicon.py)")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
