"""Derive the bank and university gazetteers of patterns/institutions/ from upstream lists.

Upstream (MIT; sources, versions and licence notices in patterns/institutions/README.md):
  p1-bank-indonesia/        Indonesian banks with their 2018 renames  -> banks.csv
  hipo-university-domains/  world universities with domains           -> universities.csv (Indonesia)
  swot-academic-domains/    Indonesian .ac.id domains with names          universities_world.csv (rest)
What the lists lack or get wrong (current bank names, mergers, university acronyms news uses,
wrong names under a domain) is written by hand in patterns/institutions/local/*.yaml; the
upstream files themselves are never edited.

Usage: python tools/build_gazetteers.py [DATA_DIR]           write the three CSV files
       python tools/build_gazetteers.py --check [DATA_DIR]   exit 1 if a committed file differs
DATA_DIR holds the three upstream folders (default ../shared/data/institutions).
tests/tools/test_build_gazetteers.py regenerates and compares, the way dateparser does.
"""
from __future__ import annotations

import csv
import html
import io
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.institutions import acronym_fits  # noqa: E402
from extract.name_keys import body_keys, collapse_spaces, key_rules  # noqa: E402
from extract.patterns import load_csv, load_wordlist  # noqa: E402
from extract.vocabulary import gazetteers  # noqa: E402

OUT = ROOT / "patterns" / "institutions"
LOCAL = OUT / "local"
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "institutions"
_PAREN_ACRONYM = regex.compile(r"^(?P<name>.*\S)\s*\((?P<acronym>[\p{L}\p{N}&.\- ]{2,12})\)$")
_LETTERS = regex.compile(r"^\p{L}+$")


# --------------------------------------------------------------------------- shared helpers

class _Claims:
    """Keys already taken: the hand-written tables first, then each derived table in order,
    so a derived name never takes a key from a table read before it."""

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}
        for table in gazetteers().tables:
            if table.derived:
                continue
            for row in load_csv(f"institutions/{table.file}"):
                names = [row.get("canonical"), row.get("acronym"), *(row.get("aliases") or "").split("|")]
                for name in filter(None, (collapse_spaces(n or "") for n in names)):
                    for key in body_keys(name):
                        self.owner.setdefault(key, f"{table.name}:{row['canonical']}")

    def free(self, name: str, owner: str) -> bool:
        return all(self.owner.get(key, owner) == owner for key in body_keys(name))

    def take(self, name: str, owner: str) -> None:
        for key in body_keys(name):
            self.owner.setdefault(key, owner)

    def row(self, table: str, canonical: str, acronym: str, names: list[str], note: str,
            report: list[str]) -> list[str] | None:
        """[canonical, acronym, aliases, note] with the names no earlier row has (the others
        reported), or None when the canonical name itself is taken."""
        owner = f"{table}:{canonical}"
        kept: list[str] = []
        for name in [canonical, acronym, *names]:
            if not name or name in kept:
                continue
            if self.free(name, owner):
                kept.append(name)
            else:
                report.append(f"{table}: {name!r} ({canonical}) already names {self.owner[body_keys(name)[0]]}")
        if not kept or kept[0] != canonical:
            report.append(f"{table}: dropped {canonical!r}, its name is taken")
            return None
        for name in kept:
            self.take(name, owner)
        acronym = acronym if acronym in kept else ""
        aliases = [n for n in kept[1:] if n != acronym and body_keys(n) != body_keys(canonical)]
        return [canonical, acronym, "|".join(aliases), note]

    def additions(self, table: str, additions: list[dict], note_field: str) -> list[list[str]]:
        """Rows written in a local file: any name already known is an error there."""
        rows = []
        for addition in additions:
            canonical, acronym = addition["canonical"], addition.get("acronym") or ""
            report: list[str] = []
            row = self.row(table, canonical, acronym, addition.get("aliases", []),
                           addition.get(note_field, ""), report)
            if report or row is None:
                raise SystemExit(f"local {table} addition {canonical!r}: {'; '.join(report)}")
            rows.append(row)
        return rows


def _csv_text(header_comment: str, columns: list[str], rows: Iterable[list[str]]) -> str:
    buffer = io.StringIO()
    buffer.write(header_comment)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue()


def _initials(words: list[str]) -> set[str]:
    """The initials of a name, with and without its function words."""
    function_words = key_rules().function_words
    lowered = [w.casefold() for w in words if w[:1].isalnum()]
    return {"".join(w[0] for w in lowered),
            "".join(w[0] for w in lowered if w not in function_words)}


def _name_words(name: str) -> list[str]:
    return regex.findall(r"[\p{L}\p{N}]+", name)


def _acronym_case(label: str, name: str) -> str:
    """UGM, UNS, UKDW (initials, or three letters) in capitals; Unsoed, Unnes capitalised."""
    if len(label) <= 3 or label in _initials(_name_words(name)):
        return label.upper()
    return label[:1].upper() + label[1:]


def _normal_case(name: str, lower_words: frozenset[str], upper_words: frozenset[str]) -> str:
    """Contributors' casing made regular: function words lower case (but the first word),
    words written all in lower case capitalised, a name written all in capitals
    capitalised word by word except known acronyms ("STMIK TRIGUNA DHARMA" -> "STMIK
    Triguna Dharma")."""
    all_caps = name == name.upper()
    words = []
    for i, word in enumerate(name.split()):
        if word.casefold() in lower_words and i:
            words.append(word.casefold())
        elif all_caps and word not in upper_words and len(word) > 2:
            words.append(word[:1] + word[1:].casefold())
        elif word[:1].islower():
            words.append(word[:1].upper() + word[1:])
        else:
            words.append(word)
    return " ".join(words)


# --------------------------------------------------------------------------- universities

@dataclass
class _University:
    domains: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)       # in source order, hipo first
    acronyms: list[str] = field(default_factory=list)    # "(APU)" written in a name


def _place_words() -> frozenset[str]:
    """Region names and press short forms, lower case, spaces removed (for glued domain labels)."""
    names = [r["name_short"] for r in load_csv("wilayah/provinsi_kabkota.csv")]
    names += [r["alias"] for r in load_csv("wilayah/province_aliases.csv")]
    names += [r["alias"] for r in load_csv("wilayah/kabkota_aliases.csv")]
    names += [r["seat"] for r in load_csv("wilayah/regency_seats.csv")]
    return frozenset(regex.sub(r"[^\p{L}]", "", n).casefold() for n in names)


def _registered_domain(domain: str) -> str:
    labels = domain.casefold().strip(".").split(".")
    size = 3 if labels[-2:] == ["ac", "id"] or labels[-2:-1] in (["edu"], ["ac"]) else 2
    return ".".join(labels[-size:])


def _split_acronym(name: str) -> tuple[str, str | None]:
    """'Asia Pacific University (APU)' -> ('Asia Pacific University', 'APU') when it fits."""
    match = _PAREN_ACRONYM.match(name)
    if match and acronym_fits(match["acronym"], _name_words(match["name"])):
        return match["name"], match["acronym"]
    return name, None


class _UniversityBuilder:
    def __init__(self, data_dir: Path) -> None:
        self.local = yaml.safe_load((LOCAL / "universities.yaml").read_text(encoding="utf-8"))
        self.lower_words = frozenset(self.local["lower_words"])
        self.upper_words = frozenset(self.local["upper_words"])
        self.head_rank = [h.casefold() for h in self.local["head_rank"]]
        self.place_words = _place_words()
        self.indonesian_heads = tuple(h.casefold() for h in self.local["indonesian_heads"])
        self.part_heads = tuple(h.casefold() for h in self.local["part_heads"])
        self.not_acronyms = frozenset(a.casefold() for a in self.local["not_acronyms"])
        self.common = load_wordlist("lexicon/common_words.txt")
        self.hipo = json.loads((data_dir / "hipo-university-domains" /
                                "world_universities_and_domains.json").read_text(encoding="utf-8"))
        self.swot = [json.loads(line) for line in (data_dir / "swot-academic-domains" /
                     "swot_domains.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]

    def _clean(self, name: str, domain: str) -> str | None:
        name = collapse_spaces(html.unescape(name.replace("\ufeff", "")))
        if not name or name.casefold() in {domain, _registered_domain(domain)} or "." in name.split()[0]:
            return None
        if name.casefold().startswith(self.part_heads):
            return None
        return _normal_case(name, self.lower_words, self.upper_words)

    def is_indonesian(self, name: str) -> bool:
        return name.casefold().startswith(self.indonesian_heads)

    # ..................................................................... Indonesia

    def indonesian(self) -> list[_University]:
        """Rows of both lists grouped by registered domain, then groups sharing a name merged."""
        by_domain: dict[str, _University] = {}
        dropped_domains = set(self.local["drop_domains"])
        wrong = {(d, n) for d, names in self.local["wrong_names"].items() for n in names}
        sources = [(e["domains"], [e["name"]]) for e in self.hipo if e["alpha_two_code"] == "ID"]
        sources += [([r["domain"]], r["text_lines"]) for r in self.swot if r["domain"].endswith(".ac.id")]
        merged = self.local["merge_domains"]
        for domains, lines in sources:
            registered = _registered_domain(domains[0])
            registered = merged.get(registered, registered)
            if registered in dropped_domains:
                continue
            entry = by_domain.setdefault(registered, _University())
            entry.domains.update(_registered_domain(d) for d in domains)
            for line in lines:
                name = self._clean(line, domains[0])
                if name is None or (registered, name) in wrong:
                    continue
                name, acronym = _split_acronym(name)
                if name not in entry.names:
                    entry.names.append(name)
                if acronym and acronym not in entry.acronyms:
                    entry.acronyms.append(acronym)
        return _merge_by_name([u for u in by_domain.values() if u.names])

    def indonesian_rows(self, claims: _Claims) -> tuple[list[list[str]], list[str]]:
        overrides = self.local["overrides"]
        groups = self.indonesian()
        candidates: dict[int, str] = {}
        counts: dict[str, int] = defaultdict(int)
        for index, group in enumerate(groups):
            canonical = self._canonical(group)
            found = self._domain_acronym(group, canonical)
            if found:
                candidates[index] = found
                counts[found.casefold()] += 1
        rows, report = [], []
        for index, group in enumerate(groups):
            override = next((overrides[d] for d in sorted(group.domains) if d in overrides), {})
            canonical = override.get("canonical") or self._canonical(group)
            if "acronym" in override:
                acronym = override["acronym"] or ""
            else:
                acronym = candidates.get(index, "")
                if acronym and counts[acronym.casefold()] > 1:
                    report.append(f"acronym {acronym} derived for several universities: dropped")
                    acronym = ""
            unwanted = set(override.get("drop_names", []))
            names = [n for n in group.names if n not in unwanted] + list(override.get("aliases", []))
            row = claims.row("universities", canonical, acronym, names,
                             " ".join(sorted(group.domains)), report)
            if row:
                rows.append(row)
        rows += claims.additions("universities", self.local["additions"], "domain")
        rows.sort(key=lambda row: row[0].casefold())
        return rows, report

    def _canonical(self, group: _University) -> str:
        """The Indonesian-language name with the highest-ranked head (first listed on a tie);
        an English one when the lists give no other."""
        indonesian = [n for n in group.names if self.is_indonesian(n)]
        if not indonesian:
            return group.names[0]
        return min(indonesian, key=self._rank)

    def _rank(self, name: str) -> int:
        lowered = name.casefold()
        return next((i for i, head in enumerate(self.head_rank) if lowered.startswith(head + " ")),
                    len(self.head_rank))

    def _domain_acronym(self, group: _University, canonical: str) -> str | None:
        """The acronym a name carries in parentheses, else the domain's first label when it is
        the name's acronym: not a word of the name, not a common word, and built from the
        name the way Indonesian acronyms are (extract.institutions.acronym_fits)."""
        words = _name_words(canonical)
        for acronym in group.acronyms:
            if acronym_fits(acronym, words):
                return acronym
        for domain in sorted(group.domains):
            label = domain.split(".")[0].split("-")[0]
            if not (2 <= len(label) <= 8 and _LETTERS.match(label)):
                continue
            if label in self.not_acronyms or label in self.common \
                    or label in {w.casefold() for w in words} or self._place_glued(label):
                continue
            if acronym_fits(label, words):
                return _acronym_case(label, canonical)
        return None

    def _place_glued(self, label: str) -> bool:
        """'upbatam', 'sttgarut': a short prefix glued to a place name is a domain, not an acronym."""
        return any(label.endswith(place) and 0 < len(label) - len(place) <= 4
                   for place in self.place_words if len(place) >= 4)

    # ..................................................................... the world

    def world_rows(self, claims: _Claims) -> tuple[list[list[str]], list[str]]:
        """Foreign universities: name, acronym (written in the name in parentheses, or given
        in local world_acronyms), country."""
        config = gazetteers()
        gate = frozenset(w.casefold() for w in config.gate_words)
        by_key: dict[str, list[tuple[str, str | None, str, str]]] = {}
        ungated = 0
        for entry in self.hipo:
            if entry["alpha_two_code"] == "ID":
                continue
            name = self._clean(entry["name"], entry["domains"][0] if entry["domains"] else "")
            if name is None or not body_keys(name):
                continue
            name, acronym = _split_acronym(name)
            acronym = acronym or self.local["world_acronyms"].get(name)
            words = regex.findall(r"[\p{L}\p{N}]+", name.casefold())
            if gate.isdisjoint(words) or len(words) > config.max_gated_words:
                ungated += 1   # the lazy table is only consulted for names with a gate word
                continue
            by_key.setdefault(body_keys(name)[0], []).append(
                (name, acronym, entry["alpha_two_code"], entry["domains"][0] if entry["domains"] else ""))
        acronym_counts: dict[str, int] = defaultdict(int)
        for rows in by_key.values():
            for acronym in {r[1].casefold() for r in rows if r[1]}:
                acronym_counts[acronym] += 1
        out, report = [], []
        for key in sorted(by_key):
            rows = by_key[key]
            name = rows[0][0]
            countries = sorted({r[2] for r in rows})
            country = countries[0] if len(countries) == 1 else ""
            acronyms = {r[1] for r in rows if r[1]}
            acronym = acronyms.pop() if len(acronyms) == 1 else ""
            if acronym and acronym_counts[acronym.casefold()] > 1:
                acronym = ""
            owner = f"universities_world:{name}"
            if not claims.free(name, owner):
                report.append(f"world {name!r} already names {claims.owner[body_keys(name)[0]]}")
                continue
            claims.take(name, owner)
            if acronym and not claims.free(acronym, owner):
                acronym = ""
            if acronym:
                claims.take(acronym, owner)
            out.append([name, acronym, country])
        out.sort(key=lambda row: (row[2], row[0].casefold()))
        report.append(f"world: {ungated} names without a gate word (gazetteers.yaml) or too long, left out")
        return out, report


def _merge_by_name(groups: list[_University]) -> list[_University]:
    """Groups that share a name (by key) are one institution with several domains."""
    parent = list(range(len(groups)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[str, int] = {}
    for index, group in enumerate(groups):
        for name in group.names:
            for key in body_keys(name)[:1]:
                other = first_with.setdefault(key, index)
                parent[root(index)] = root(other)
    merged: dict[int, _University] = {}
    for index, group in enumerate(groups):
        target = merged.setdefault(root(index), _University())
        target.domains |= group.domains
        target.names += [n for n in group.names if n not in target.names]
        target.acronyms += [a for a in group.acronyms if a not in target.acronyms]
    return list(merged.values())


# --------------------------------------------------------------------------- banks

class _BankBuilder:
    def __init__(self, data_dir: Path) -> None:
        self.local = yaml.safe_load((LOCAL / "banks.yaml").read_text(encoding="utf-8"))
        folder = data_dir / "p1-bank-indonesia"
        banks = {r["pk"]: dict(r["fields"]) for r in
                 json.loads((folder / "initial_bank.json").read_text(encoding="utf-8"))}
        self.old_names: dict[str, list[str]] = defaultdict(list)
        for rename in json.loads((folder / "rename_banks.json").read_text(encoding="utf-8")):
            fields = banks[rename["pk"]]
            self.old_names[fields["bank_code"]] += [fields["short_name"], fields["long_name"]]
            fields.update(rename["fields"])
        self.banks = sorted(banks.values(), key=lambda f: f["bank_code"])
        self.upper = frozenset(self.local["upper_words"])
        self.lower = frozenset(self.local["lower_words"])
        self.province_names = self._province_names()

    @staticmethod
    def _province_names() -> dict[str, str]:
        """Press short forms of provinces (Jatim, Sumsel, Babel) -> official names."""
        official = {r["code"]: r["name"] for r in load_csv("wilayah/provinsi_kabkota.csv")
                    if r["type"] == "provinsi"}
        return {r["alias"].casefold(): official[r["province_code"]]
                for r in load_csv("wilayah/province_aliases.csv")
                if " " not in r["alias"] and "." not in r["alias"]}

    def _word(self, word: str, first: bool = False) -> str:
        bare = word.strip(",.()")
        if bare.casefold() == "tbk":
            return "Tbk"
        if bare.casefold() in self.lower:
            return word.casefold() if not first else word[:1].upper() + word[1:].casefold()
        if bare.upper() in self.upper or (len(bare) <= 3 and bare.isalpha()) \
                or regex.fullmatch(r"(?:\p{L}\.){1,3}\p{L}?\.?", word):
            return word.upper()
        return word[:1].upper() + word[1:].casefold()

    def _words(self, text: str) -> list[str]:
        text = regex.sub(r"\(RTGS\)", " ", text)
        text = regex.sub(r"\bPT\.\s*", "PT ", text)
        text = regex.sub(r",\s*(TBK)\b", r" \1", text, flags=regex.IGNORECASE)
        text = regex.sub(r"(?:,\s*|\s)(?:" + "|".join(self.local["city_codes"]) + r")\b", " ", text)
        return text.replace(",", " ").split()

    def short_name(self, raw: str) -> str:
        """'BANK JATENG' -> 'Bank Jateng' (province short forms as the press writes them)."""
        words = self._words(raw)
        return " ".join(self.province_case.get(w.casefold()) or self._word(w, i == 0)
                        for i, w in enumerate(words))

    @property
    def province_case(self) -> dict[str, str]:
        return {r["alias"].casefold(): r["alias"] for r in load_csv("wilayah/province_aliases.csv")
                if " " not in r["alias"]}

    def legal_name(self, raw: str) -> str:
        """'PT. BPD SUMSEL DAN BABEL' -> 'PT Bank Pembangunan Daerah Sumatera Selatan dan
        Kepulauan Bangka Belitung': expansions from local/banks.yaml; in a regional
        development bank's name, province short forms spelt out from wilayah."""
        words: list[str] = []
        for word in self._words(raw):
            expansion = self.local["legal_expansions"].get(word.strip(".").upper())
            words.extend(expansion.split() if expansion else [word])
        regional = " ".join(words).casefold().count("pembangunan daerah") > 0
        out = []
        for i, word in enumerate(words):
            bare = word.strip(".")
            province = self.province_names.get(bare.casefold()) if regional else None
            if province and bare.casefold() not in province.casefold().split():
                out.append(province)
            elif bare.upper() == "(PERSERO)":
                out.append("(Persero)")
            else:
                out.append(self._word(word, i == 0))
        return collapse_spaces(" ".join(out)).rstrip(".,")

    def rows(self, claims: _Claims) -> tuple[list[list[str]], list[str]]:
        overrides = self.local["overrides"]
        drop, merge = set(self.local["drop"]), self.local["merge"]
        records: dict[str, dict] = {}
        for fields in self.banks:
            code = fields["bank_code"]
            if code in drop:
                continue
            names = [self.legal_name(fields["long_name"]), self.short_name(fields["short_name"])]
            names += [self.short_name(n) if i % 2 == 0 else self.legal_name(n)
                      for i, n in enumerate(self.old_names.get(code, []))]
            target = merge.get(code, code)
            record = records.setdefault(target, {"code": target, "names": []})
            record["names"] += [n for n in names if n and n not in record["names"]]
        rows, report = [], []
        for code in sorted(records):
            record, override = records[code], overrides.get(code, {})
            canonical = override.get("canonical") or record["names"][0]
            acronym = override["acronym"] if "acronym" in override else record["names"][1]
            unwanted = set(override.get("drop_names", []))
            names = [*override.get("aliases", []), *(n for n in record["names"] if n not in unwanted)]
            row = claims.row("banks", canonical, acronym or "", names,
                             override.get("note", f"bank code {code}"), report)
            if row:
                rows.append(row)
        rows += claims.additions("banks", self.local["additions"], "note")
        return rows, report


# --------------------------------------------------------------------------- output

_HEADERS = {
    "banks.csv": (
        "# DERIVED by tools/build_gazetteers.py - do not edit; edit local/banks.yaml and rebuild.\n"
        "# From p1-bank 0.5.0 fixtures (MIT, (c) 2018 Dekoruma) with local/banks.yaml (MIT, Sepakat).\n"
        "# canonical: legal name; acronym: the short name news uses; aliases: other and former names.\n"
    ),
    "universities.csv": (
        "# DERIVED by tools/build_gazetteers.py - do not edit; edit local/universities.yaml and rebuild.\n"
        "# From Hipo university-domains-list (MIT, (c) 2014-2025 Hipo) and JetBrains swot data\n"
        "# (MIT, (c) 2013 Lee Reilly) with local/universities.yaml (MIT, Sepakat). Indonesian\n"
        "# higher education; note = the web domains the names were listed under.\n"
    ),
    "universities_world.csv": (
        "# DERIVED by tools/build_gazetteers.py - do not edit; edit local/universities.yaml and rebuild.\n"
        "# From Hipo university-domains-list (MIT, (c) 2014-2025 Hipo): universities outside\n"
        "# Indonesia; country = ISO 3166-1 alpha-2, empty when one name is listed in several.\n"
    ),
}


def build(data_dir: Path) -> tuple[dict[str, str], list[str]]:
    """The derived files' text by file name, and what was dropped and why."""
    claims = _Claims()
    banks, bank_report = _BankBuilder(data_dir).rows(claims)
    universities = _UniversityBuilder(data_dir)
    indonesian, id_report = universities.indonesian_rows(claims)
    world, world_report = universities.world_rows(claims)
    files = {
        "banks.csv": _csv_text(_HEADERS["banks.csv"], ["canonical", "acronym", "aliases", "note"], banks),
        "universities.csv": _csv_text(_HEADERS["universities.csv"],
                                      ["canonical", "acronym", "aliases", "note"], indonesian),
        "universities_world.csv": _csv_text(_HEADERS["universities_world.csv"],
                                            ["canonical", "acronym", "country"], world),
    }
    return files, bank_report + id_report + world_report


def main(argv: list[str]) -> int:
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    data_dir = Path(args[0]) if args else DEFAULT_DATA
    files, report = build(data_dir)
    stale = []
    for name, text in files.items():
        path = OUT / name
        rows = sum(1 for line in text.splitlines() if not line.startswith("#")) - 1
        if check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
        print(f"{name}: {rows} rows")
    if not check:
        for line in report:
            print("  " + line)
    if stale:
        print(f"out of date: {', '.join(stale)} (run python tools/build_gazetteers.py)")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
