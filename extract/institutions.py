"""Canonical names, acronyms and kinds of Indonesian institutions.

News names the same body many ways: "Kanwil Kemenkumham Jateng", "Kantor Wilayah
Kementerian Hukum dan HAM Jawa Tengah", "Kemenkumham Jateng". Records are only
comparable when each comes out as one canonical name, so this module resolves a party
name through, in order: the gazetteer of known bodies (extract/gazetteer.py: ministries,
agencies, state companies, banks, universities, police and military units, hospitals),
the regional forms "<form> <region>" (regional_forms.yaml, regions from the wilayah
gazetteer), and finally the head word of the name (org_heads.yaml) for its kind.
All tables are built once; `canonicalize` is cached.
"""
from __future__ import annotations

import typing
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from extract.gazetteer import KnownBody, gazetteer
from extract.name_keys import body_keys, clean_name, collapse_spaces, key_rules, name_key, name_words
from extract.patterns import PatternFileError, load_csv, load_yaml
from extract.schema import PartyKind

_FORMS_FILE = "institutions/regional_forms.yaml"
_HEADS_FILE = "institutions/org_heads.yaml"
_PARTY_KINDS = frozenset(typing.get_args(PartyKind))


@dataclass(frozen=True, slots=True)
class Institution:
    canonical: str            # "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Jawa Tengah"
    acronym: str | None       # "Kanwil Kemenkumham Jateng" / "ORI" / "Pemkab Banyumas"
    kind: str                 # a PartyKind of extract/schema.py
    region_code: str | None   # Kemendagri code of the region a regional body belongs to ("33.02")
    rule: str                 # which gazetteer row / pattern produced it
    country: str | None = None  # ISO 3166-1 alpha-2 of a foreign body from the gazetteer


# --------------------------------------------------------------------------- regions

@dataclass(frozen=True, slots=True)
class _Region:
    code: str
    name: str        # official: "Kabupaten Banyumas", "Kota Semarang", "Jawa Tengah"
    short: str       # "Banyumas", "Semarang", "Jawa Tengah"
    type: str        # provinsi | kabupaten | kota
    abbr: str        # "Jateng" for a province with a news short form, else short

    @property
    def full(self) -> str:
        return f"Provinsi {self.name}" if self.type == "provinsi" else self.name


_LEVEL_TYPES = {
    "provinsi": frozenset({"provinsi"}), "kabupaten": frozenset({"kabupaten"}),
    "kota": frozenset({"kota"}), "kabkota": frozenset({"kabupaten", "kota"}),
    "any": frozenset({"provinsi", "kabupaten", "kota"}),
}
_TYPE_WORDS = {"provinsi": "provinsi", "kabupaten": "kabupaten", "kota": "kota",
               "kotamadya": "kota"}


class _Regions:
    """Provinces, regencies and cities by every key news uses for them."""

    def __init__(self) -> None:
        rows = load_csv("wilayah/provinsi_kabkota.csv")
        aliases = load_csv("wilayah/province_aliases.csv")
        province_abbr: dict[str, str] = {}
        for row in aliases:
            alias = row["alias"].strip()
            if " " not in alias and "." not in alias:
                province_abbr.setdefault(row["province_code"], alias)
        self.by_key: dict[str, list[_Region]] = {}
        by_code: dict[str, _Region] = {}
        for row in rows:
            kind = row["type"]
            if kind == "provinsi":
                multiword = " " in row["name"]
                abbr = province_abbr.get(row["code"], row["name"]) if multiword else row["name"]
                region = _Region(row["code"], row["name"], row["name"], kind, abbr)
            else:
                region = _Region(row["code"], row["name"], row["name_short"], kind,
                                 row["name_short"])
            by_code[region.code] = region
            self._add(row["name_short"], region)
            self._add(row["name"], region)
        for row in aliases:
            self._add(row["alias"], by_code[row["province_code"]])
        for row in load_csv("wilayah/kabkota_aliases.csv"):
            if row["kabkota_code"] in by_code:
                self._add(row["alias"], by_code[row["kabkota_code"]])
        # the most words a region can be written with: its longest key, a type word
        # ("Kabupaten"), "Administrasi", an office infix ("Kantor Perwakilan") and slack
        self.longest_words = max(len(key.split()) for key in self.by_key) + 2 + 2 + 4

    def _add(self, name: str, region: _Region) -> None:
        bucket = self.by_key.setdefault(name_key(name), [])
        if region not in bucket:
            bucket.append(region)

    def distinct_name(self, region: _Region) -> str:
        """The short name, or the official one when a kabupaten and a kota share it;
        a province's news short form."""
        if region.type == "provinsi":
            return region.abbr
        same = [r for r in self.by_key.get(name_key(region.short), ()) if r.type != "provinsi"]
        return region.name if len(same) > 1 else region.short

    def resolve(self, text: str, level: str, prefer: str | None) -> _Region | None:
        """The one region `text` names at `level`; None when unknown or ambiguous."""
        words = name_words(text)
        if not words:
            return None
        allowed = _LEVEL_TYPES[level]
        explicit = _TYPE_WORDS.get(words[0])
        if explicit and len(words) > 1:
            words = words[1:]
            if words[0] == "administrasi" and len(words) > 1:
                words = words[1:]
            allowed = allowed & {explicit}
        found = [r for r in self.by_key.get(" ".join(words), ()) if r.type in allowed]
        if len(found) > 1 and prefer:
            found = [r for r in found if r.type == prefer]
        return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def _regions() -> _Regions:
    return _Regions()


# --------------------------------------------------------------------------- gazetteer rows

def _check_kind(kind: str, where: str) -> str:
    if kind not in _PARTY_KINDS:
        raise PatternFileError(f"{where}: unknown party kind {kind!r}")
    return kind


def _national_body(text: str) -> KnownBody | None:
    """The gazetteer row `text` names; a company form ("PT BPS") never names a public body."""
    known = gazetteer()
    body = known.find(text)
    if body is not None:
        # "PT BPN" is a company that happens to share an agency's acronym
        company_form = name_words(text)[:1] in (["pt"], ["cv"])
        return None if company_form and body.kind not in {"company", "bank"} else body
    keys = body_keys(text)
    words = keys[-1].split() if keys else []
    if len(words) == 2 and words[0] in {"kementerian", "kemen"}:
        # "Kementerian LHK" / "Kemen LHK" for KLHK, KemenLHK
        for key in (f"k{words[1]}", f"kemen{words[1]}"):
            found = known.by_key.get(key)
            if found is not None and found.kind == "ministry":
                return found
    return None


# --------------------------------------------------------------------------- regional forms

@dataclass(frozen=True, slots=True)
class _Form:
    family: str                 # government | unit | hierarchy
    kind: str
    level: str
    prefer: str | None
    region_required: bool
    canonical: str
    acronym: str
    unit: str = ""
    unit_acronym: str = ""


class _Forms:
    """Head keys of the regional forms, and the office settings for national bodies."""

    def __init__(self) -> None:
        data = load_yaml(_FORMS_FILE)
        self.gov_acronyms: dict[str, str] = data["government_acronyms"]
        self.office_infixes = _longest_first(data["office_infixes"])
        self.office_prefixes = _longest_first(data["office_prefixes"])
        self.kanwil_prefixes = frozenset(name_key(w) for w in data["kanwil_prefixes"])
        self.by_head: dict[str, _Form] = {}
        self.written_heads: list[str] = []   # every form's head as written, for token lookups
        gov = data["governments_template"]
        for entry in data["governments"]:
            form = _Form("government", _check_kind(gov["kind"], _FORMS_FILE), entry["level"],
                         entry.get("prefer"), True, gov["canonical"], gov["acronym"])
            self._add(entry["forms"], form)
        units = data["units_template"]
        for entry in data["units"]:
            form = _Form("unit", _check_kind(entry.get("kind", units["kind"]), _FORMS_FILE),
                         entry.get("level", units["level"]), entry.get("prefer"), False,
                         entry.get("canonical", units["canonical"]), units["acronym"],
                         entry["unit"], entry["acronym"])
            self._add([entry["unit"], entry["acronym"], *entry.get("forms", [])], form)
        for entry in data["hierarchy"]:
            form = _Form("hierarchy", _check_kind(entry["kind"], _FORMS_FILE), entry["level"],
                         entry.get("prefer"), entry.get("region", "required") == "required",
                         entry["canonical"], entry["acronym"])
            self._add(entry["forms"], form)
        offices = data["offices"]
        self.perwakilan_bodies = frozenset(offices["perwakilan_bodies"])
        self.office_templates: dict[str, dict[str, str]] = {
            name: offices[name]
            for name in ("kanwil", "perwakilan", "ministry_local", "agency_local")}
        self.max_head = max(len(k.split()) for k in self.by_head)
        self._check_templates()

    def _check_templates(self) -> None:
        """A template naming an unknown field fails here, at load, not in a batch."""
        fields = dict.fromkeys(("raw", "name", "region", "region_full", "abbr", "distinct",
                                "gov", "unit", "unit_acronym", "body", "body_acronym"), "x")
        templates = [t for form in self.by_head.values() for t in (form.canonical, form.acronym)]
        templates += [t for spec in self.office_templates.values() for t in spec.values()]
        for template in templates:
            try:
                template.format(**fields)
            except (KeyError, IndexError, ValueError) as exc:
                raise PatternFileError(f"{_FORMS_FILE}: bad template {template!r}: {exc}") from exc

    def _add(self, heads: Iterable[str], form: _Form) -> None:
        for head in heads:
            if head:
                self.written_heads.append(head)
            key = name_key(head)
            if self.by_head.setdefault(key, form) != form:
                raise PatternFileError(f"{_FORMS_FILE}: form {head!r} defined twice")


def regional_form_heads() -> tuple[str, ...]:
    """Heads of the regional forms as written ("Pemkab", "Dinas Pendidikan", "Polres", "PN"),
    and the office words that may stand before a national body ("Kanwil", "Perwakilan")."""
    data = load_yaml(_FORMS_FILE)
    return (*_forms().written_heads, *data["office_prefixes"])


def office_infixes() -> tuple[str, ...]:
    """Words between a national body and its region ("Ombudsman RI Perwakilan Jawa Tengah")."""
    return tuple(load_yaml(_FORMS_FILE)["office_infixes"])


def _longest_first(words: Iterable[str]) -> list[str]:
    return sorted((name_key(w) for w in words), key=len, reverse=True)


@lru_cache(maxsize=1)
def _forms() -> _Forms:
    return _Forms()


def _fill(template: str, raw: str, region: _Region | None, **extra: str) -> str:
    fields = {
        "raw": raw,
        "name": region.short if region else raw,
        "region": region.name if region else raw,
        "region_full": region.full if region else raw,
        "abbr": region.abbr if region else raw,
        "distinct": _regions().distinct_name(region) if region else raw,
        "gov": _forms().gov_acronyms.get(region.type, "") if region else "",
        **extra,
    }
    return collapse_spaces(template.format(**fields))


_UNIT_NUMBER = regex.compile(r"^(?:\d+|[IVXL]+)(?:\s*/\s*|\s+)(?=\S)")


def _apply_form(form: _Form, raw: str, rule: str) -> Institution | None:
    region = _regions().resolve(raw, form.level, form.prefer) if raw else None
    number = _UNIT_NUMBER.match(raw) if region is None else None
    if number:  # "Kodim 0702/Purbalingga": the region after the unit's number
        region = _regions().resolve(raw[number.end():], form.level, form.prefer)
    if region is None and (form.region_required or not raw):
        return None
    extra = {"unit": form.unit, "unit_acronym": form.unit_acronym}
    return Institution(_fill(form.canonical, raw, region, **extra),
                       _fill(form.acronym, raw, region, **extra), form.kind,
                       region.code if region else None, rule)


def _apply_office(head: list[str], raw: str) -> Institution | None:
    """A national body followed by a region: its Kanwil / Perwakilan / local office."""
    forms = _forms()
    head_key = name_key(" ".join(head))
    prefix = next((p for p in forms.office_prefixes if head_key.startswith(p + " ")), "")
    body_text = " ".join(head[len(prefix.split()):]) if prefix else " ".join(head)
    body = _national_body(body_text)
    if body is None or body.kind in {"company", "university", "foreign"}:
        return None
    tail_key = name_key(raw)
    for infix in forms.office_infixes:
        if tail_key.startswith(infix + " "):
            raw = " ".join(raw.split()[len(infix.split()):])
            break
    region = _regions().resolve(raw, "any", None)
    if region is None:
        return None
    if region.type == "provinsi":
        if body.acronym in forms.perwakilan_bodies:
            template = "perwakilan"
        elif body.kind == "ministry" or prefix in forms.kanwil_prefixes \
                or body.canonical.startswith("Direktorat Jenderal"):
            template = "kanwil"
        else:
            template = "agency_local"
    else:
        template = "ministry_local" if body.kind == "ministry" else "agency_local"
    spec = forms.office_templates[template]
    extra = {"body": body.canonical, "body_acronym": body.acronym or body.canonical}
    return Institution(_fill(spec["canonical"], raw, region, **extra),
                       _fill(spec["acronym"], raw, region, **extra), body.kind, region.code,
                       f"office:{template}:{body.canonical}")


def _regional(cleaned: str) -> Institution | None:
    """Explicit forms first, longest head first ("Pengadilan Tinggi Agama" before
    "Pengadilan Tinggi"); then a generic Dinas or a national body's office, longest
    region first ("Provinsi Kepulauan Bangka Belitung", not "Bangka Belitung")."""
    words = cleaned.split()
    forms = _forms()
    for size in range(min(len(words) - 1, forms.max_head), -1, -1):
        form = forms.by_head.get(name_key(" ".join(words[:size])))
        if form is not None:
            found = _apply_form(form, " ".join(words[size:]),
                                f"{form.family}:{' '.join(words[:size]) or 'region'}")
            if found:
                return found
    # the tail must name a region, which takes a few words: only those splits are tried,
    # else a long run of capitalised words costs the square of its length
    for size in range(max(1, len(words) - _regions().longest_words), len(words)):
        head, raw = words[:size], " ".join(words[size:])
        if head[0].casefold() == "dinas" and size > 1:
            region = _regions().resolve(raw, "any", None)
            if region:
                return Institution(f"{' '.join(head)} {region.full}", None,
                                   "regional_government", region.code, "unit:dinas")
        found = _apply_office(head, raw)
        if found:
            return found
    return None


# --------------------------------------------------------------------------- head words

def _head_key(words: list[str]) -> str:
    """Capitalised acronym heads (PT, SD, PN) only match as capitals; others in any case."""
    first = words[0].rstrip(".")
    first = first if len(first) > 1 and first.isupper() else first.casefold()
    return " ".join([first, *(w.casefold().rstrip(".") for w in words[1:])])


@dataclass(frozen=True, slots=True)
class _Heads:
    kinds: dict[str, str]
    abbreviations: dict[str, str]
    legal_forms: frozenset[str]
    longest: int


@lru_cache(maxsize=1)
def _heads() -> _Heads:
    data = load_yaml(_HEADS_FILE)
    kinds: dict[str, str] = {}
    for kind, heads in data["heads"].items():
        _check_kind(kind, _HEADS_FILE)
        for head in heads:
            kinds[_head_key(head.split())] = kind
    for country in data["countries"]:
        for lead in ("Pemerintah", "Kedutaan Besar", "Kedubes", "Kedutaan", "Konsulat Jenderal"):
            kinds[_head_key(f"{lead} {country}".split())] = "foreign"
    abbreviations = {k.casefold().rstrip("."): v for k, v in data["abbreviations"].items()}
    legal_forms = frozenset(f.casefold() for f in data["legal_forms"])
    return _Heads(kinds, abbreviations, legal_forms, max(len(k.split()) for k in kinds))


def _head_match(name: str) -> tuple[str, str] | None:
    words = [w.strip(",;:") for w in name.split()]
    words = [w for w in words if w]
    heads = _heads()
    for size in range(min(len(words), heads.longest), 0, -1):
        key = _head_key(words[:size])
        if key in heads.kinds:
            return key, heads.kinds[key]
    return None


def org_head_kind(first_words: str) -> str | None:
    """Kind of an organisation whose name starts with these words; None if no org head."""
    found = _head_match(first_words) if first_words.strip() else None
    return found[1] if found else None


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    """All head words/phrases, lower-cased, for the pipeline's organisation matcher."""
    return frozenset(key.casefold() for key in _heads().kinds)


def _expand_first_word(cleaned: str) -> str:
    first, _, rest = cleaned.partition(" ")
    full = _heads().abbreviations.get(first.casefold().rstrip("."))
    return f"{full} {rest}".strip() if full else cleaned


# --------------------------------------------------------------------------- public API

@lru_cache(maxsize=65536)
def canonicalize(name: str) -> Institution:
    """Canonical name, acronym, kind and region of a party name; always returns something."""
    cleaned = clean_name(name)
    if not cleaned:
        return Institution(name.strip(), None, "other", None, "empty")
    body = _national_body(cleaned)
    if body is not None:
        return institution_of(body)
    found = _regional(cleaned)
    if found is not None:
        return found
    named, region = _province_suffix(_expand_first_word(cleaned))
    head = _head_match(cleaned)
    if head is not None:
        code = region.code if region and head[1] == "regional_government" else None
        return Institution(named, None, head[1], code, f"head:{head[0]}")
    return Institution(named, None, "other", None, "unmatched")


def institution_of(body: KnownBody) -> Institution:
    """A gazetteer row as an Institution (the rule names its table and row)."""
    return Institution(body.canonical, body.acronym, body.kind, body.region_code,
                       f"{body.table}:{body.canonical}", body.country)


def _province_suffix(name: str) -> tuple[str, _Region | None]:
    """A trailing province short form spelt out ("HIPMI Jateng" -> "HIPMI Jawa Tengah")."""
    words = name.split()
    for size in (4, 3, 2, 1):
        if len(words) > size:
            region = _regions().resolve(" ".join(words[-size:]), "provinsi", None)
            if region:
                return " ".join([*words[:-size], region.name]), region
    return name, None


def expand_abbreviations(name: str) -> str:
    """The long form of a name: "Pemkab Banyumas" -> "Pemerintah Kabupaten Banyumas"."""
    return canonicalize(name).canonical


@lru_cache(maxsize=65536)
def same_institution(a: str, b: str) -> bool:
    """Whether two surface forms name one body ("Ombudsman RI" / "Ombudsman Republik Indonesia")."""
    first, second = canonicalize(a), canonicalize(b)
    first_keys, second_keys = body_keys(first.canonical), body_keys(second.canonical)
    if not first_keys or not second_keys:
        return False
    if first_keys[0] == second_keys[0]:
        return True
    # Outside the gazetteer, a one-word form may still be the other's acronym (Untirta, PT ASM).
    if _from_gazetteer(first) or _from_gazetteer(second):
        return False
    short, long_ = sorted((first_keys[0].split(), second_keys[0].split()), key=len)
    return len(short) == 1 and len(long_) > 1 and acronym_fits(short[0], long_)


def institution_key(name: str) -> str:
    """A comparison key of the body a name stands for: its canonical name lower-cased, legal-form
    words and a trailing "RI" dropped ("PT Bank X (Persero) Tbk" and "Bank X" share one)."""
    canonical = canonicalize(name).canonical
    keys = body_keys(canonical)
    return keys[0] if keys else name_key(canonical)


def parent_body(name: str) -> str | None:
    """The canonical name of the national body whose regional office a name is
    ("Ombudsman RI Perwakilan Jateng" -> "Ombudsman Republik Indonesia"), else None."""
    rule = canonicalize(name).rule
    return rule.split(":", 2)[2] if rule.startswith("office:") else None


def known_tail(name: str) -> str | None:
    """The canonical name of the known body a name ends with, when the name puts an office or
    unit before it ("DirHCM PLN" -> the PLN of the gazetteer), else None. A region at the end
    is where the unit works, not a body it belongs to ("Badan ... Daerah Kota X")."""
    words = name.split()
    for start in range(1, len(words)):
        tail = canonicalize(" ".join(words[start:]))
        if _from_gazetteer(tail) and tail.kind != "regional_government":
            return tail.canonical
    return None


def _from_gazetteer(institution: Institution) -> bool:
    return institution.rule.partition(":")[0] in gazetteer().tables


# --------------------------------------------------------------------------- acronyms in text

_WORD = regex.compile(r"[\p{L}\p{N}]+")


def acronym_fits(acronym: str, words: list[str]) -> bool:
    """Whether `acronym` can be built from `words` (see _acronym_fits); cached."""
    return _acronym_fits(acronym, tuple(words))


@lru_cache(maxsize=65536)
def _acronym_fits(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether `acronym` can be built from `words` the way Indonesian acronyms are.

    Each contributing word gives a prefix (optionally with its last letter: the "dis" of
    DInaS in Disdik), a later syllable-like piece of 2+ letters (the "kum" of huKUM in
    Kemenkumham, the "pol" of kePOLisian in Polri), or a prefix plus one later piece;
    the first and last words must contribute, at most two content words in between may be skipped
    (Universitas Sultan Ageng Tirtayasa -> Untirta), function words always may.
    """
    letters = "".join(_WORD.findall(acronym.casefold()))
    lowered = [w.casefold() for w in words]
    if not letters or not lowered or len(letters) > 4 * len(lowered) + 8:
        return False

    @lru_cache(maxsize=None)
    def pieces(index: int, start: int) -> tuple[int, ...]:
        """Ends in `letters` reachable by word `index` contributing from `start`."""
        word, ends = lowered[index], set()
        for cut in range(1, len(word) + 1):
            prefix = word[:cut]
            if not letters.startswith(prefix, start):
                break
            ends.add(start + cut)
            after = start + cut
            if letters.startswith(word[-1], after) and cut < len(word) - 1:
                ends.add(after + 1)     # "dis" from DInaS (Disdik)
            for begin in range(cut, len(word)):
                for stop in range(begin + 2, len(word) + 1):
                    if letters.startswith(word[begin:stop], after):
                        ends.add(after + stop - begin)
                    else:
                        break
        for begin in range(1, len(word)):
            for stop in range(begin + 2, len(word) + 1):
                if letters.startswith(word[begin:stop], start):
                    ends.add(start + stop - begin)
                else:
                    break
        return tuple(ends)

    last = len(lowered) - 1
    function_words = key_rules().function_words

    @lru_cache(maxsize=None)
    def walk(index: int, start: int, skips: int) -> bool:
        if start == len(letters):
            return index > last
        if index > last:
            return False
        if any(walk(index + 1, end, skips) for end in pieces(index, start)):
            return True
        if index in (0, last):
            return False
        if lowered[index] in function_words:
            return walk(index + 1, start, skips)
        return skips < 2 and walk(index + 1, start, skips + 1)

    return lowered[0] not in function_words and walk(0, 0, 0)


_PAREN_GROUP = regex.compile(r"\(([^()\n]{1,120})\)")
_ACRONYM_SHAPE = regex.compile(r"\p{Lu}[\p{L}\p{N}&./\-]*(?:\s[\p{L}\p{N}&./\-]+){0,2}")
_LONG_FORM_STOP = regex.compile(r"[.;:!?()\"“”\n]")
_MAX_LONG_WORDS = 14


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _looks_like_acronym(text: str) -> bool:
    return (bool(_ACRONYM_SHAPE.fullmatch(text)) and len(text) <= 25
            and sum(c.isalpha() for c in text) >= 2)


class AcronymTable:
    """Acronyms an article defines in parentheses, resolvable both ways."""

    def __init__(self, entries: list[tuple[str, str, int, int]]) -> None:
        self._entries = entries
        self._long_by_acronym: dict[str, str] = {}
        self._acronym_by_key: dict[str, str] = {}
        for acronym, long_form, _, _ in entries:
            self._long_by_acronym.setdefault(acronym, long_form)
            self._long_by_acronym.setdefault(acronym.casefold(), long_form)
            self._acronym_by_key.setdefault(name_key(long_form), acronym)

    @classmethod
    def from_text(cls, text: str) -> AcronymTable:
        entries = []
        for match in _PAREN_GROUP.finditer(text):
            inner = match.group(1).strip()
            found = (_forward_definition(text, match, inner)
                     or _reverse_definition(text, match, inner))
            if found:
                entries.append(found)
        return cls(entries)

    def expand(self, acronym: str) -> str | None:
        acronym = acronym.strip()
        return self._long_by_acronym.get(acronym) or self._long_by_acronym.get(acronym.casefold())

    def abbreviate(self, long_form: str) -> str | None:
        return self._acronym_by_key.get(name_key(clean_name(long_form)))

    def items(self) -> list[tuple[str, str, int, int]]:
        """(acronym, long form, start, end): start/end span the whole definition."""
        return list(self._entries)


def _forward_definition(text: str, match: regex.Match, inner: str
                        ) -> tuple[str, str, int, int] | None:
    """"Ombudsman Republik Indonesia (ORI)": the long form is the fewest words (two or
    more) before the parenthesis that the acronym fits."""
    if not _looks_like_acronym(inner) or inner.casefold() in _heads().legal_forms:
        return None
    before = text[max(0, match.start() - 300): match.start()]
    stop = max((m.end() for m in _LONG_FORM_STOP.finditer(before)), default=0)
    spans = [m for m in _WORD.finditer(before, stop)]
    offset = match.start() - len(before)
    for size in range(2, min(len(spans), _MAX_LONG_WORDS) + 1):
        window = spans[-size:]
        if not _capitalised(window[0].group()):
            continue
        words = [m.group() for m in window]
        if inner.casefold() not in {w.casefold() for w in words} and acronym_fits(inner, words):
            start = offset + window[0].start()
            long_form = collapse_spaces(text[start: offset + window[-1].end()])
            return inner, long_form, start, match.end()
    return None


def _reverse_definition(text: str, match: regex.Match, inner: str
                        ) -> tuple[str, str, int, int] | None:
    """"KPK (Komisi Pemberantasan Korupsi)": the acronym is the word(s) just before."""
    words = _WORD.findall(inner)
    if len(words) < 2 or not _capitalised(words[0]):
        return None
    before = text[max(0, match.start() - 40): match.start()]
    tokens = list(regex.finditer(r"\S+", before))
    offset = match.start() - len(before)
    for size in (1, 2, 3):
        if len(tokens) < size:
            break
        start = offset + tokens[-size].start()
        candidate = text[start: match.start()].strip()
        if sum(c.isupper() for c in candidate) >= 2 and _looks_like_acronym(candidate) \
                and acronym_fits(candidate, words):
            return candidate, collapse_spaces(inner), start, match.end()
    return None
