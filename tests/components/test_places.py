"""Places: gazetteer look-ups, text scan, datelines and venues, from tables in data/.

Tables are tab-separated (look-ups, datelines, venues) or marked-up text
(`<P code=.. city=..>surface</P>`, scan); all written for Sepakat in Indonesian. The
data files in patterns/wilayah are checked for codes that do not exist.
"""
from __future__ import annotations

import markup

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.patterns import load_csv, load_yaml
from extract.places import (
    PlaceMention,
    find_places,
    find_places_abroad,
    find_venues,
    lookup_place,
    parse_dateline,
    region_by_code,
)

DATA = Path(__file__).parent / "data"
TAG = markup.tag_pattern("P")


def table(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def none_if_dash(value: str) -> str | None:
    return None if value == "-" else value


def parse_markup(marked: str) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    return markup.parse_markup(marked, TAG)


LOOKUPS = table("places_lookup.tsv")
DATELINES = table("places_datelines.tsv")
VENUES = table("places_venues.tsv")
SCANS = [
    line for line in (DATA / "places_scan.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


def test_tables_are_large_enough() -> None:
    assert len(LOOKUPS) >= 40
    assert len(DATELINES) >= 12
    assert len(VENUES) >= 8


@pytest.mark.parametrize("row", LOOKUPS, ids=[row[0] + ("/" + row[1] if row[1] else "") for row in LOOKUPS])
def test_lookup_place(row: list[str]) -> None:
    text, hint, city, province, code, level = row
    mention = lookup_place(text, hint or None)
    assert mention is not None
    assert (mention.city, mention.province, mention.code, mention.level) == (
        none_if_dash(city), province, code, level,
    )
    assert mention.text == text


@pytest.mark.parametrize("text", ["Foo", "", "   ", "kerja sama", "Universitas Indonesia", "Kabupaten"])
def test_lookup_place_unknown(text: str) -> None:
    assert lookup_place(text) is None


@pytest.mark.parametrize("marked", SCANS, ids=[line[:40] for line in SCANS])
def test_find_places(marked: str) -> None:
    text, expected = parse_markup(marked)
    found = find_places(text)
    assert [(m.start, m.end) for m in found] == [(s, e) for s, e, _ in expected]
    for mention, (start, end, attributes) in zip(found, expected):
        assert mention.text == text[start:end]
        assert mention.code == attributes["code"]
        assert mention.city == none_if_dash(attributes["city"].replace("_", " "))


@pytest.mark.parametrize("row", DATELINES, ids=[row[0][:30] for row in DATELINES])
def test_parse_dateline(row: list[str]) -> None:
    text = row[0].replace("\\n", "\n")
    mention = parse_dateline(text)
    if row[1] == "-":
        assert mention is None
        return
    surface, city, province, level = row[1:]
    assert mention is not None
    assert text[mention.start:mention.end] == mention.text == surface
    assert (mention.city, mention.province, mention.level) == (none_if_dash(city), province, level)
    assert mention.rule.startswith("dateline:")


def test_dateline_after_fifteen_lines_is_ignored() -> None:
    text = "\n".join(f"Baris keterangan foto nomor {n}." for n in range(15)) + "\nSEMARANG - Isi berita."
    assert parse_dateline(text) is None


def test_dateline_examples_in_places_yaml() -> None:
    config = load_yaml("places.yaml")["dateline"]
    for example in config["examples"]:
        assert parse_dateline(example) is not None, example
    for counter in config["counter_examples"]:
        assert parse_dateline(counter) is None, counter


@pytest.mark.parametrize("row", VENUES, ids=[row[0][:30] for row in VENUES])
def test_find_venues(row: list[str]) -> None:
    text, expected = row
    found = find_venues(text)
    assert [venue for _, _, venue in found] == ([] if expected == "-" else expected.split("|"))
    for start, end, venue in found:
        assert text[start:end] == venue


def test_region_by_code() -> None:
    region = region_by_code("33.02")
    assert region is not None
    assert (region.name, region.name_short, region.type, region.province_name) == (
        "Kabupaten Banyumas", "Banyumas", "kabupaten", "Jawa Tengah",
    )
    assert region_by_code("33").type == "provinsi"
    assert region_by_code("99.99") is None


def test_gazetteer_counts() -> None:
    rows = load_csv("wilayah/provinsi_kabkota.csv")
    types = [row["type"] for row in rows]
    assert (types.count("provinsi"), types.count("kabupaten"), types.count("kota")) == (38, 416, 98)


def test_hand_written_files_name_existing_regions() -> None:
    for row in load_csv("wilayah/regency_seats.csv"):
        region = region_by_code(row["kabkota_code"])
        assert region is not None and region.type == "kabupaten", row
        mention = lookup_place(row["seat"])
        assert mention is not None and mention.code == region.code, row  # not shadowed
    for row in load_csv("wilayah/kabkota_aliases.csv"):
        region = region_by_code(row["kabkota_code"])
        assert region is not None and region.type != "provinsi", row
        assert lookup_place(row["alias"]).code == region.code, row
    for row in load_csv("wilayah/province_aliases.csv"):
        assert region_by_code(row["province_code"]).type == "provinsi", row


def test_every_region_resolves_with_its_official_name() -> None:
    """Province rows are looked up as "Provinsi X": a bare "Jambi" is the city."""
    for row in load_csv("wilayah/provinsi_kabkota.csv"):
        prefix = "Provinsi " if row["type"] == "provinsi" else ""
        mention = lookup_place(prefix + row["name"])
        assert mention is not None and mention.code == row["code"], row["name"]
        assert mention.province


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for mention in find_places(text):
        assert isinstance(mention, PlaceMention)
        assert text[mention.start:mention.end] == mention.text
    for start, end, venue in find_venues(text):
        assert text[start:end] == venue
    dateline = parse_dateline(text)
    if dateline is not None:
        assert text[dateline.start:dateline.end] == dateline.text


def test_places_yaml_lists_hold_only_strings() -> None:
    """YAML reads a bare `No` or `On` as a boolean; every word list must stay text."""

    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            for item in node:
                assert isinstance(item, str), (path, item)

    walk(load_yaml("places.yaml"), "places.yaml")


@pytest.mark.parametrize(
    ("written", "expected"),
    [("Kabupaten Sidrap", "Sidrap"), ("SLEMAN", "Sleman"), ("Kota Bandung", "Bandung"), ("Kab. Klaten", "Klaten"),
     ("Pemkab Banyumas", "Banyumas")],
)
def test_name_as_written(written: str, expected: str) -> None:
    from extract.places import name_as_written

    assert name_as_written(written) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places abroad: a city is a city, a state or province is reported as province
        ("di Gedung Parlemen di Canberra", [("Canberra", "Canberra", None)]),
        ("di Hotel X, Selangor, Malaysia", [("Selangor", None, "Selangor")]),
        ("SEOUL dan Busan", [("SEOUL", "Seoul", None), ("Busan", "Busan", None)]),
        # cities of the list derived from GeoNames (world_cities.csv)
        ("di Boston dan Houston", [("Boston", "Boston", None), ("Houston", "Houston", None)]),
        # counter-examples: a lower-case word, an Indonesian place, city names that are also
        # Indonesian words or names of people and firms (left out of the derived list)
        ("perth", []),
        ("di Semarang", []),
        ("Lima Puluh Kota, Kota Surat, Victoria, Carrefour", []),
    ],
)
def test_find_places_abroad(text: str, expected: list[tuple]) -> None:
    found = find_places_abroad(text)
    assert [(m.text, m.city, m.province) for m in found] == expected
    assert all(m.code is None and text[m.start:m.end] == m.text for m in found)


def test_dateline_abroad() -> None:
    mention = parse_dateline("Tokyo (ANTARA) - Kementerian menandatangani nota kesepahaman.")
    assert mention is not None
    assert (mention.text, mention.city, mention.province, mention.code) == ("Tokyo", "Tokyo", None, None)
    # an Indonesian place comes first: the gazetteer, then the list of places abroad
    assert parse_dateline("Jakarta, Tokyo - Kementerian meneken MoU.").city == "Jakarta"


@pytest.mark.parametrize(
    ("line", "city"),
    [
        # a dateline of a city abroad from the list derived from GeoNames
        ("BOSTON - Institut Teknologi Bandung menjalin kerja sama dengan Massachusetts Institute of Technology.",
         "Boston"),
        ("Houston, Amerika Serikat - PT Pertamina Hulu Energi meneken nota kesepahaman.", "Houston"),
        # counter-example: a headline that opens with a word shared with a city abroad
        ("Lima Kepala Daerah Teken MoU - Pemprov Jateng Jadi Saksi", None),
    ],
)
def test_dateline_of_a_world_city(line: str, city: str | None) -> None:
    mention = parse_dateline(line)
    assert (mention.city if mention else None) == city


def test_world_cities_are_no_indonesian_region_word_or_hand_row() -> None:
    """The derived list leaves out names the hand list, the wilayah gazetteer or the word lexicon has."""
    from extract.patterns import load_wordlist
    from extract.places import is_region_name

    hand = {row["name"].lower() for row in load_csv("wilayah/foreign_places.csv")}
    words = load_wordlist("lexicon/common_words.txt")
    rows = load_csv("wilayah/world_cities.csv")
    assert len(rows) > 500
    for row in rows:
        assert row["level"] == "city" and row["country_code"] != "ID"
        assert row["name"].lower() not in hand and not is_region_name(row["name"])
        assert " " in row["name"] or row["name"].lower() not in words

