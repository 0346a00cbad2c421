"""Known institutions: the gazetteer tables of patterns/institutions/ as one index of keys.

A party is only comparable across articles when each of its surface forms ("Bank Jateng",
"PT Bank Pembangunan Daerah Jawa Tengah", "BPD Jateng") leads to one row. The tables
(listed in patterns/institutions/gazetteers.yaml: ministries and agencies, state companies,
police and military units, hospitals, banks, Indonesian and foreign universities) are read
once into one dict from name key (extract/name_keys.py) to row. A key written in two rows
fails at load time naming both rows; forms generated from a name (titles left out, a head
word written short or long) are kept only when no other row claims them.

The index (patterns/institutions/gazetteers.yaml) is checked by its schema in
extract/vocabulary.py; the rows by `_read_table` (kind, region code, canonical name). What a
Gazetteer gives out is read-only: frozen rows, mapping proxies, tuples.

The foreign-university table is three quarters of all rows, so it is `lazy`: read on first
need, and consulted only for a name that contains one of its gate words ("University",
"Universidad", "College", ...; every one of its names has one). Whether it was read before
never changes an answer.
"""
from __future__ import annotations

import typing
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

import regex

from extract.name_keys import body_keys
from extract.patterns import PatternFileError, load_csv, load_csv_lines, load_wordlist, load_yaml
from extract.schema import PartyKind
from extract.vocabulary import GazetteerTable, Gazetteers, NameVariants, gazetteers, people

_PARTY_KINDS = frozenset(typing.get_args(PartyKind))
_WORD = regex.compile(r"[\p{L}\p{N}]+")


@dataclass(frozen=True, slots=True)
class KnownBody:
    """One row of a gazetteer table."""
    canonical: str            # "PT Bank Pembangunan Daerah Jawa Tengah"
    acronym: str | None       # "Bank Jateng"
    kind: str                 # a PartyKind of extract/schema.py
    region_code: str | None   # Kemendagri code of the region the body belongs to
    country: str | None       # ISO 3166-1 alpha-2 of a foreign body ("JP")
    table: str                # the table's name in gazetteers.yaml ("banks")
    row: int                  # line of the row in its file, for messages


@dataclass(frozen=True, slots=True)
class KnownName:
    """A surface form of a known body: as written in its row, or generated from it."""
    text: str                 # "RSUD Margono Soekarjo"
    body: KnownBody
    form: str                 # canonical | acronym | alias | variant


class Gazetteer:
    """Every known body by every key of every one of its names."""

    def __init__(self, config: Gazetteers | None = None) -> None:
        """The tables of `config` (the shipped gazetteers.yaml unless given)."""
        config = config or gazetteers()
        self.tables: tuple[str, ...] = tuple(t.name for t in config.tables)
        self.gate_words = frozenset(w.casefold() for w in config.gate_words)
        self.max_gated_words = config.max_gated_words
        self._variants = _VariantRules(config.variants)
        self._codes = frozenset(row["code"] for row in load_csv("wilayah/provinsi_kabkota.csv"))
        self._lazy_tables = tuple(t for t in config.tables if t.lazy)
        self._lazy: tuple[Mapping[str, KnownBody], tuple[KnownName, ...]] | None = None
        by_key: dict[str, KnownBody] = {}
        names: list[KnownName] = []
        generated: dict[str, set[KnownBody]] = {}
        pending: list[KnownName] = []
        for table in config.tables:
            if table.lazy:
                continue
            for body, written in _read_table(table, self._codes):
                for name in written:
                    self._claim(name, by_key, names)
                for name in written if table.variants else ():
                    for text in self._variants.forms(name.text):
                        pending.append(KnownName(text, body, "variant"))
                        for key in body_keys(text):
                            generated.setdefault(key, set()).add(body)
        for variant in pending:
            keys = [k for k in body_keys(variant.text)
                    if k not in by_key and len(generated[k]) == 1]
            for key in keys:
                by_key[key] = variant.body
            if keys:
                names.append(variant)
        self.by_key: Mapping[str, KnownBody] = MappingProxyType(by_key)
        self._names = tuple(names)

    @staticmethod
    def _claim(name: KnownName, index: dict[str, KnownBody], names: list[KnownName]) -> None:
        names.append(name)
        for key in body_keys(name.text):
            other = index.setdefault(key, name.body)
            if other is not name.body:
                raise PatternFileError(
                    f"gazetteer key {key!r} ({name.text!r}) names both {other.canonical!r} "
                    f"({_where(other)}) and {name.body.canonical!r} ({_where(name.body)})")

    def gated(self, words: Iterable[str]) -> bool:
        """Whether lower-cased `words` hold a gate word of the lazy tables."""
        return not self.gate_words.isdisjoint(words)

    def lazy_index(self) -> tuple[Mapping[str, KnownBody], tuple[KnownName, ...]]:
        """The lazy tables' keys and names, read on first call; a key that a core table or
        another lazy row already has fails here, naming both rows."""
        if self._lazy is None:
            index: dict[str, KnownBody] = {}
            names: list[KnownName] = []
            for table in self._lazy_tables:
                for _, written in _read_table(table, self._codes):
                    for name in written:
                        for key in body_keys(name.text):
                            if key in self.by_key:
                                other = self.by_key[key]
                                raise PatternFileError(
                                    f"gazetteer key {key!r} names both {other.canonical!r} "
                                    f"({_where(other)}) and {name.body.canonical!r} ({_where(name.body)})")
                        self._claim(name, index, names)
            self._lazy = (MappingProxyType(index), tuple(names))
        return self._lazy

    def find(self, text: str) -> KnownBody | None:
        """The row one of `text`'s keys names, or None."""
        keys = body_keys(text)
        for key in keys:
            body = self.by_key.get(key)
            if body is not None:
                return body
        if keys and self.gated(_WORD.findall(text.casefold())):
            lazy = self.lazy_index()[0]
            return next((lazy[key] for key in keys if key in lazy), None)
        return None

    def names(self) -> Iterator[KnownName]:
        """Every surface form of every row of the core tables (written and kept generated forms)."""
        return iter(self._names)


@lru_cache(maxsize=1)
def minister_titles() -> Mapping[str, str]:
    """Short minister titles and the ministry each heads ("Menkeu" -> "Kementerian Keuangan"),
    from the short forms of the ministries (people.yaml minister_short_forms)."""
    rule = people().minister_short_forms
    ministry, minister = rule["ministry_prefix"], rule["minister_prefix"]
    titles: dict[str, str] = {}
    for name in gazetteer().names():
        text = name.text
        if name.body.kind == "ministry" and name.form in ("acronym", "alias") and " " not in text \
                and text[:len(ministry)].casefold() == ministry.casefold() and len(text) > len(ministry) + 1:
            titles.setdefault(minister + text[len(ministry):], name.body.canonical)
    return MappingProxyType(titles)


@lru_cache(maxsize=1)
def office_portfolios() -> Mapping[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """What an office whose portfolio names its body (people.yaml office_body_heads: "Menteri"
    heads a "Kementerian") may write after itself, by the office's lower-case words, longest
    first: the words of a known body's name after that body's head ("Kementerian Kelautan dan
    Perikanan" gives "Menteri" the portfolio "kelautan dan perikanan"). Only offices whose body
    is a head, not a known body of its own ("Menristek" heads one ministry)."""
    heads: dict[tuple[str, ...], list[str]] = {}
    for office, body in people().office_body_heads.items():
        if find_known(body) is None:
            heads.setdefault(tuple(_WORD.findall(body.casefold())), []).append(office)
    portfolios: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for name in gazetteer().names():
        words = tuple(_WORD.findall(name.text.casefold()))
        for head, offices in heads.items():
            if len(words) > len(head) and words[:len(head)] == head:
                for office in offices:
                    portfolios.setdefault(tuple(_WORD.findall(office.casefold())), set()).add(words[len(head):])
    return MappingProxyType({office: tuple(sorted(found, key=len, reverse=True))
                             for office, found in portfolios.items()})


def _where(body: KnownBody) -> str:
    return f"{body.table} table, line {body.row}"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def find_known(text: str) -> KnownBody | None:
    """The gazetteer row a name names ("Bank Jateng" -> PT Bank Pembangunan Daerah Jawa Tengah)."""
    return gazetteer().find(text)


# --------------------------------------------------------------------------- reading tables

def _read_table(table: GazetteerTable, codes: frozenset[str]) -> Iterator[tuple[KnownBody, list[KnownName]]]:
    """(row, its written names) for each row; a bad kind or region code fails here."""
    file = f"institutions/{table.file}"
    default_kind = table.kind
    for line, row in load_csv_lines(file):
        where = f"{file} line {line}"
        canonical = " ".join((row.get("canonical") or "").split())
        if not canonical:
            raise PatternFileError(f"{where}: empty canonical name")
        kind = (row.get("kind") or default_kind or "").strip()
        if kind not in _PARTY_KINDS:
            raise PatternFileError(f"{where}: unknown party kind {kind!r}")
        region = (row.get("region_code") or "").strip() or None
        if region is not None and region not in codes:
            raise PatternFileError(f"{where}: unknown region code {region!r}")
        acronym = " ".join((row.get("acronym") or "").split()) or None
        body = KnownBody(canonical, acronym, kind, region,
                         (row.get("country") or "").strip() or None, table.name, line)
        names = [KnownName(canonical, body, "canonical")]
        if acronym:
            names.append(KnownName(acronym, body, "acronym"))
        for alias in (row.get("aliases") or "").split("|"):
            alias = " ".join(alias.split())
            if alias:
                names.append(KnownName(alias, body, "alias"))
        yield body, names


# --------------------------------------------------------------------------- generated forms

_LONGEST_PLACE_NAME = 3  # words: "Kota Tanjung Balai", "Bangka Belitung"


def _place_names() -> frozenset[str]:
    """Region names and their news forms (patterns/wilayah), lower-cased."""
    names = [row["name_short"] for row in load_csv("wilayah/provinsi_kabkota.csv")]
    names += [row["name"] for row in load_csv("wilayah/provinsi_kabkota.csv")]
    names += [row["alias"] for row in load_csv("wilayah/kabkota_aliases.csv")]
    names += [row["alias"] for row in load_csv("wilayah/province_aliases.csv")]
    names += [row["seat"] for row in load_csv("wilayah/regency_seats.csv")]
    return frozenset(name.casefold() for name in names)


class _VariantRules:
    """Forms of a name that news also writes: without titles, with a head written short/long."""

    def __init__(self, config: NameVariants) -> None:
        self.titles = frozenset(t.casefold().rstrip(".") for t in people().prefix_titles
                                if " " not in t) if config.strip_titles else frozenset()
        self.places = _place_names() if config.strip_place_tail else frozenset()
        self.ordinary = load_wordlist("lexicon/common_words.txt") if config.strip_place_tail else frozenset()
        heads = dict(load_yaml("institutions/org_heads.yaml")["abbreviations"])
        heads.update(config.head_forms)
        self.short_to_long = {k.casefold().rstrip("."): v for k, v in heads.items()}
        self.long_by_first: dict[str, list[tuple[list[str], str]]] = {}
        for short, long in heads.items():
            words = long.casefold().split()
            self.long_by_first.setdefault(words[0], []).append((words, short.rstrip(".")))
        for options in self.long_by_first.values():
            options.sort(key=lambda item: len(item[0]), reverse=True)

    def forms(self, name: str) -> list[str]:
        words = name.split()
        forms = [words]
        if self.places:
            shorter = self._without_place_tail(words)
            if shorter:
                forms.append(shorter)
        if self.titles and any(w.casefold().rstrip(".") in self.titles for w in words[1:]):
            stripped = [words[0], *(w for w in words[1:] if w.casefold().rstrip(".") not in self.titles)]
            if len(stripped) >= 2:
                forms.append(stripped)
        for form in list(forms):
            other = self._other_head(form)
            if other:
                forms.append(other)
        return [" ".join(form) for form in forms[1:]]

    def _without_place_tail(self, words: list[str]) -> list[str] | None:
        """The name without a place name at its end, if a distinctive word remains."""
        for cut in range(1, _LONGEST_PLACE_NAME + 1):
            rest = words[:-cut]
            if len(rest) < 2:
                break
            if " ".join(words[-cut:]).casefold() in self.places \
                    and any(w.casefold().strip(".,") not in self.ordinary for w in rest[1:]):
                return rest
        return None

    def _other_head(self, words: list[str]) -> list[str] | None:
        if len(words) < 2:
            return None
        first = words[0].casefold()
        long = self.short_to_long.get(first.rstrip("."))
        if long:
            return [*long.split(), *words[1:]]
        lowered = [w.casefold() for w in words]
        for head, short in self.long_by_first.get(first, ()):
            if len(head) < len(words) and lowered[:len(head)] == head:
                return [short, *words[len(head):]]
        return None
