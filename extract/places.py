"""Places: the wilayah gazetteer, place mentions, venues and datelines.

Records need `city`, `province` and an official region code even when an article names
only a regency, a regency seat ("Purwokerto") or a short form ("Jateng"). All knowledge
is data in `patterns/wilayah/` and `patterns/places.yaml`; this module only indexes it
once (dicts keyed by a normalised name, one compiled trie regex for the text scan).

Resolution of a bare name, when several rows share it: kota, then the capital-city
alias (Jakarta), then a regency seat, then kabupaten, then province. A prefix
("Kabupaten", "Kab.", "Pemkab", "Kota", "Pemkot", "Provinsi", ...) or a `hint` picks
the type first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.patterns import PatternFileError, load_csv, load_wordlist, load_yaml

_WILAYAH = "wilayah/"
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Region:
    """One gazetteer row (provinsi, kabupaten or kota)."""

    code: str
    name: str
    name_short: str
    type: str  # 'provinsi' | 'kabupaten' | 'kota'
    province_code: str
    province_name: str


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place found in text; `city`/`province` are canonical, offsets point into the text."""

    start: int
    end: int
    text: str
    city: str | None
    province: str | None
    code: str | None
    level: str  # 'city' | 'regency' | 'province' | 'seat'
    rule: str


@dataclass(frozen=True, slots=True)
class _Meaning:
    """What one surface name can stand for."""

    kind: str  # 'kota' | 'kabupaten' | 'seat' | 'provinsi' | 'capital'
    code: str
    city: str | None
    level: str
    via: str  # 'name' | 'alias' | 'seat'


_ABROAD_LEVELS = {"city": "city", "region": "province"}
_KIND_ORDER = {"kota": 0, "capital": 1, "seat": 2, "kabupaten": 3, "provinsi": 4}
_KIND_BY_TYPE = {
    "kota": ("kota", "seat"),
    "kabupaten": ("kabupaten", "seat"),
    "provinsi": ("provinsi",),
}


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """Normalised lookup key: lower case, punctuation and spaces collapsed to one space."""
    return _NON_ALNUM.sub(" ", name.lower()).strip()


def _trie_regex(words: list[str]) -> str:
    """A regex matching any of `words` (keys), longest first, with shared prefixes."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = []
        for char in sorted(c for c in node if c):
            piece = r"[\s\-.]+" if char == " " else re.escape(char)
            branches.append(piece + emit(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


def _alternation(forms: list[str]) -> str:
    ordered = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered)


class _Gazetteer:
    """The indexed gazetteer and compiled patterns; built once by `_gazetteer()`."""

    def __init__(self) -> None:
        config = load_yaml("places.yaml")
        self.province_display: dict[str, str] = {
            str(k): v for k, v in (config.get("province_display") or {}).items()
        }
        self.province_cities: dict[str, str] = {
            str(k): v for k, v in (config.get("province_cities") or {}).items()
        }
        self.regions: dict[str, Region] = {}
        self.meanings: dict[str, list[_Meaning]] = {}
        self._load_regions()
        self._load_aliases()
        self.ambiguous = load_wordlist(_WILAYAH + "ambiguous_names.txt")
        self._load_abroad()
        self._compile_scan(config)
        self._compile_dateline(config["dateline"], config["venue"]["weekdays"])
        self._compile_venues(config["venue"])

    # -- index -------------------------------------------------------------------------
    def _add(self, surface: str, meaning: _Meaning) -> None:
        bucket = self.meanings.setdefault(_key(surface), [])
        if meaning not in bucket:
            bucket.append(meaning)

    def _load_regions(self) -> None:
        for row in load_csv(_WILAYAH + "provinsi_kabkota.csv"):
            region = Region(
                code=row["code"], name=row["name"], name_short=row["name_short"],
                type=row["type"], province_code=row["province_code"],
                province_name=row["province_name"],
            )
            self.regions[region.code] = region
        for region in self.regions.values():
            if region.type == "provinsi":
                self._add(region.name, self._province_meaning(region.code, "name"))
            else:
                self._add(region.name_short, self._region_meaning(region, "name"))

    def _province_meaning(self, code: str, via: str) -> _Meaning:
        return _Meaning("provinsi", code, self.province_cities.get(code), "province", via)

    def _region_meaning(self, region: Region, via: str, city: str | None = None) -> _Meaning:
        capital = self.province_cities.get(region.province_code)
        if region.type == "kota":
            return _Meaning("kota", region.code, capital or city or region.name_short, "city", via)
        return _Meaning("kabupaten", region.code, city or region.name_short, "regency", via)

    def _load_aliases(self) -> None:
        city_names = {_key(c) for c in self.province_cities.values()}
        for row in load_csv(_WILAYAH + "province_aliases.csv"):
            code, alias = row["province_code"], row["alias"]
            if _key(alias) in city_names:  # bare "Jakarta" is the city; "Provinsi Jakarta" the province
                self._add(alias, _Meaning("capital", code, self.province_cities[code], "city", "alias"))
            self._add(alias, self._province_meaning(code, "alias"))
        display: dict[str, str] = {}
        alias_rows = load_csv(_WILAYAH + "kabkota_aliases.csv")
        for row in alias_rows:
            if row["display"].strip() == "1":
                display[row["kabkota_code"]] = row["alias"]
        for code, city in display.items():  # the display form replaces the name's city
            region = self.regions[code]
            bucket = self.meanings[_key(region.name_short)]
            bucket[:] = [self._region_meaning(region, "name", city) if m.code == code else m for m in bucket]
        for row in alias_rows:
            region = self.regions[row["kabkota_code"]]
            self._add(row["alias"], self._region_meaning(region, "alias", display.get(region.code)))
        for row in load_csv(_WILAYAH + "regency_seats.csv"):
            region = self.regions[row["kabkota_code"]]
            self._add(row["seat"], _Meaning("seat", region.code, row["seat"], "seat", "seat"))

    def _load_abroad(self) -> None:
        """The hand list, then the cities derived from GeoNames (a name of the hand list wins)."""
        self.abroad: dict[str, tuple[str, str]] = {}  # key -> (name, level)
        for file in ("foreign_places.csv", "world_cities.csv"):
            for row in load_csv(_WILAYAH + file):
                if row["level"] not in _ABROAD_LEVELS:
                    raise PatternFileError(f"{_WILAYAH}{file}: {row['name']}: level must be city or region")
                self.abroad.setdefault(_key(row["name"]), (row["name"], row["level"]))
        self.abroad_regex = re.compile(  # a name starts capitalised: a cheap first test over 1,200 names
            rf"(?<![\w.])(?=(?-i:[A-Z]))(?P<name>{_trie_regex(sorted(self.abroad))})(?!\w)", re.IGNORECASE)

    def abroad_mention(self, name: str, start: int, end: int, text: str, rule: str) -> PlaceMention | None:
        """A place abroad (wilayah/foreign_places.csv): a city, or a region reported as province."""
        found = self.abroad.get(_key(name))
        if found is None:
            return None
        canonical, level = found
        city = canonical if level == "city" else None
        return PlaceMention(start=start, end=end, text=text, city=city, province=None if city else canonical,
                            code=None, level=_ABROAD_LEVELS[level], rule=f"{rule}:abroad")

    # -- patterns ----------------------------------------------------------------------
    def _compile_scan(self, config: dict) -> None:
        prefixes = config["region_prefixes"]
        self.prefix_type: dict[str, str] = {}
        name_forms: list[str] = []
        context_forms: list[str] = []
        for region_type, groups in prefixes.items():
            for form in groups.get("name", []):
                self.prefix_type[_key(form)] = region_type
                name_forms.append(form)
            for form in groups.get("context", []):
                self.prefix_type[_key(form)] = region_type
                context_forms.append(form)
        scan = config["scan"]
        self.cue_words = frozenset(w.lower() for w in scan["cue_words"])
        self.blocked_before = frozenset(_key(w) for w in scan["blocked_before"])
        self.lowercase_words = frozenset(w.lower() for w in scan["lowercase_words"])
        names = _trie_regex(sorted(self.meanings))
        # Cheap first test: a name is capitalised, prefixes may be lower case ("kabupaten").
        starts = "|".join(sorted({re.escape(f[:3].lower()) for f in [*name_forms, *context_forms]}))
        self.name_prefix_pattern = _alternation(name_forms)
        self.scan_regex = re.compile(
            rf"(?<![\w.])(?=(?-i:[A-Z])|{starts})(?:(?P<ctx>{_alternation(context_forms)})\s+)?"
            rf"(?:(?P<pre>{self.name_prefix_pattern})\s+)?"
            rf"(?P<name>{names})(?![\w])",
            re.IGNORECASE,
        )
        self.lookup_regex = re.compile(
            rf"^\s*(?:(?P<ctx>{_alternation(context_forms)})\s+)?"
            rf"(?:(?P<pre>{self.name_prefix_pattern})\s+)?(?P<name>.+?)\s*$",
            re.IGNORECASE,
        )

    def _compile_dateline(self, config: dict, weekdays: list[str]) -> None:
        self.dateline_max_lines = int(config["max_lines"])
        self.dateline_max_part_words = int(config["max_part_words"])
        self.dateline_prefixes = frozenset(_key(p) for p in config["allowed_prefixes"])
        self.dateline_max_head_chars = int(config["max_head_chars"])
        self.dateline_regex = re.compile(
            rf"^(?P<head>[^\n]{{2,{self.dateline_max_head_chars}}}?){config['separator']}(?=\S)"
        )
        self.dateline_media = re.compile(config["media_part"])
        self.dateline_place_after_media = re.compile(config["place_after_media"].format(
            max_more=self.dateline_max_part_words - 1, weekdays=_alternation(weekdays)))
        self.dateline_bracketed_regex = re.compile(
            config["bracketed"].format(max_head_chars=self.dateline_max_head_chars))
        self.dateline_colon_regex = re.compile(
            rf"^(?P<head>[^\n:,]{{2,{self.dateline_max_head_chars}}},[^\n:,]{{2,{self.dateline_max_head_chars}}}?)"
            rf"{config['colon_separator']}(?=\S)"
        )

    def _compile_venues(self, config: dict) -> None:
        heads = sorted(config["heads"], key=len, reverse=True)
        self.venue_multiword_heads = frozenset(_key(h) for h in heads if " " in h)
        self.venue_regex = re.compile(
            rf"(?<!\w)(?:{_alternation(config['introducers'])})\s+(?P<head>{_alternation(heads)})(?!\w)",
            re.IGNORECASE,
        )
        self.venue_trailing_regex = re.compile(
            rf"(?<!\w)(?i:{_alternation(config['introducers'])})\s+"
            rf"(?P<head>(?:[A-Z][\w'’&.\-]*\s+){{1,{int(config['max_lead_words'])}}}?"
            rf"(?:{_alternation(config['trailing_heads'])}))(?!\w)"
        )
        self.venue_stops = frozenset(
            w.lower() for w in [*config["stop_words"], *config["weekdays"], *config["months"]]
        )
        self.venue_months = frozenset(m.lower() for m in config["months"])
        self.venue_connectors = frozenset(w.lower() for w in config["connectors"])
        self.venue_inner_words = frozenset(w.lower() for w in config["inner_words"])
        self.venue_max_words = int(config["max_words"])
        self.venue_abbreviations = frozenset(a.lower() for a in config["abbreviations"])

    # -- resolution --------------------------------------------------------------------
    def resolve(self, name: str, wanted: str | None) -> _Meaning | None:
        """The meaning of `name` (no prefix), preferring type `wanted` when given."""
        found = self.meanings.get(_key(name))
        if not found:
            return None
        ranked = sorted(found, key=lambda m: (_KIND_ORDER[m.kind], m.via != "name"))
        if wanted in _KIND_BY_TYPE:
            for kind in _KIND_BY_TYPE[wanted]:
                for meaning in ranked:
                    if meaning.kind == kind:
                        return meaning
            if wanted == "provinsi":
                return None
        return ranked[0]

    def mention(self, meaning: _Meaning, start: int, end: int, text: str, rule: str) -> PlaceMention:
        region = self.regions[meaning.code]
        province_code = region.province_code
        province = self.province_display.get(province_code, region.province_name)
        return PlaceMention(
            start=start, end=end, text=text, city=meaning.city, province=province,
            code=meaning.code, level=meaning.level, rule=f"{rule}:{meaning.kind}:{meaning.via}",
        )

    def prefix_of(self, match: re.Match) -> str | None:
        """Region type fixed by the prefix words of a scan/lookup match, if any."""
        if match.group("pre"):
            return self.prefix_type[_key(match.group("pre"))]
        if match.group("ctx"):
            region_type = self.prefix_type[_key(match.group("ctx"))]
            return None if region_type == "neutral" else region_type
        return None


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    return _Gazetteer()


def region_by_code(code: str) -> Region | None:
    """The gazetteer row with this dotted Kemendagri code ("33.02"), or None."""
    return _gazetteer().regions.get(code.strip())


def is_region_name(name: str) -> bool:
    """Whether `name` names an Indonesian region, seat or alias of the gazetteer."""
    return _key(name) in _gazetteer().meanings


def lookup_place(name: str, hint: str | None = None) -> PlaceMention | None:
    """Resolve one place string: "Purwokerto", "Kab. Banyumas", "Kota Semarang", "Jateng".

    `hint` ('kabupaten' | 'kota' | 'provinsi') breaks ties when the string has no prefix.
    """
    gazetteer = _gazetteer()
    match = gazetteer.lookup_regex.match(name)
    if not match:
        return None
    meaning = None
    if match.group("pre") and not match.group("ctx"):  # "Kota Mungkid": the prefix is part of the name
        meaning = gazetteer.resolve(name, hint)
    if meaning is None:
        meaning = gazetteer.resolve(match.group("name"), gazetteer.prefix_of(match) or hint)
    if meaning is None:
        return None
    text = name.strip()
    start = name.index(text) if text else 0
    return gazetteer.mention(meaning, start, start + len(text), text, "lookup")


def _previous_word(text: str, index: int) -> str:
    words = _WORD.findall(text[max(0, index - 40):index])
    if not words:
        return ""
    tail = text[max(0, index - 40):index].rstrip()
    return words[-1] + ("." if tail.endswith(".") else "")


def _capitalised(name: str, lowercase_words: frozenset[str]) -> bool:
    """Every word of a matched name starts upper-case, except allowed connectors."""
    for word in _WORD.findall(name):
        if word[0].islower() and word.lower() not in lowercase_words:
            return False
    return True


def find_places(text: str) -> list[PlaceMention]:
    """Gazetteer scan of a text: longest match first, no overlaps, in text order.

    Bare names must be capitalised; names in wilayah/ambiguous_names.txt need a region
    prefix or a cue word (di, ke, dari, ...) right before them; a name right after a
    blocking word (Jalan, Danau, Universitas, ...) is part of another name and skipped.
    """
    gazetteer = _gazetteer()
    found: list[PlaceMention] = []
    for match in gazetteer.scan_regex.finditer(text):
        name = match.group("name")
        if not _capitalised(name, gazetteer.lowercase_words):
            continue
        wanted = gazetteer.prefix_of(match)
        if wanted is None:
            before = _previous_word(text, match.start("name"))
            if _key(before) in gazetteer.blocked_before and before[:1].isupper():
                continue
            if _key(name) in gazetteer.ambiguous and before.lower() not in gazetteer.cue_words:
                continue
        meaning = gazetteer.resolve(name, wanted)
        if meaning is None:
            continue
        start = match.start("pre") if match.group("pre") else match.start("name")
        found.append(gazetteer.mention(meaning, start, match.end("name"), text[start:match.end("name")], "scan"))
    return found


def find_places_abroad(text: str) -> list[PlaceMention]:
    """Capitalised names of places abroad (wilayah/foreign_places.csv, world_cities.csv) in a text, in order."""
    return list(_places_abroad(text))


@lru_cache(maxsize=256)  # about one article's sentences: the location rules read each several times
def _places_abroad(text: str) -> tuple[PlaceMention, ...]:
    gazetteer = _gazetteer()
    found = []
    for match in gazetteer.abroad_regex.finditer(text):
        name = match.group("name")
        if _capitalised(name, gazetteer.lowercase_words):
            found.append(gazetteer.abroad_mention(name, match.start(), match.end(), name, "scan"))
    return tuple(found)


def _dateline_part(gazetteer: _Gazetteer, part: str) -> _Meaning | None:
    words = part.split()
    if not words or len(words) > gazetteer.dateline_max_part_words:
        return None
    match = gazetteer.lookup_regex.match(part)
    if match is None:
        return None
    if match.group("ctx"):
        return None
    wanted = None
    if match.group("pre"):
        if _key(match.group("pre")) not in gazetteer.dateline_prefixes:
            return None
        wanted = gazetteer.prefix_type[_key(match.group("pre"))]
    meaning = gazetteer.resolve(match.group("name"), wanted)
    if meaning is None and match.group("pre"):
        meaning = gazetteer.resolve(part, None)
    return meaning


_DATELINE_PART = re.compile(r"[^,()\[\]]+")


def name_as_written(text: str) -> str:
    """A place as the article names it, without its level or office word ("Kabupaten
    Sidrap" -> "Sidrap"), title-cased when written in capitals ("SLEMAN")."""
    match = _gazetteer().lookup_regex.match(text)
    name = match.group("name") if match else text.strip()
    return name.title() if name.isupper() else name


def parse_dateline(text: str) -> PlaceMention | None:
    """The article's dateline place (`SURABAYA –`, `Semarang (ANTARA) -`, `RIAUONLINE, PEKANBARU -`,
    `[JAKARTA]`).

    Looks at the first non-empty lines (headline, captions may come first) for the first
    one that starts with a head of comma-separated parts and parenthesised notes, then a
    dash or pipe (a colon after two parts: "MEDIA, PLACE:"); one part must be a gazetteer
    place (a media name is not).
    """
    gazetteer = _gazetteer()
    offset = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        line_start = offset
        offset += len(line)
        if not line.strip():
            continue
        seen += 1
        if seen > gazetteer.dateline_max_lines:
            break
        stripped = line.lstrip()
        lead = line_start + len(line) - len(stripped)
        found = _bracketed_place(gazetteer, stripped, lead) or _line_place(gazetteer, stripped, lead)
        if found is not None:
            return found
    return None


def _bracketed_place(gazetteer: _Gazetteer, line: str, lead: int) -> PlaceMention | None:
    """The place of a head written in square brackets at the line's start ("[JAKARTA] ...")."""
    bracketed = gazetteer.dateline_bracketed_regex.match(line)
    if bracketed is None:
        return None
    return _dateline_place(gazetteer, bracketed.group("head"), lead + bracketed.start("head"))


def _line_place(gazetteer: _Gazetteer, line: str, lead: int) -> PlaceMention | None:
    """The place of a head that a separator ends, or of a line that is only "PLACE, MEDIA"."""
    match = gazetteer.dateline_regex.match(line) or gazetteer.dateline_colon_regex.match(line)
    if match:
        return _dateline_place(gazetteer, match.group("head"), lead) or _place_after_media(gazetteer, match, lead)
    if _is_place_media_line(gazetteer, line.rstrip()):
        return _dateline_place(gazetteer, line.rstrip(), lead)
    return None


def _dateline_place(gazetteer: _Gazetteer, head: str, lead: int) -> PlaceMention | None:
    """The first part of a dateline head that is a place; `lead` is the head's offset."""
    for part in _DATELINE_PART.finditer(_strip_parentheses(head)):
        value = part.group().strip(" \t.:*_")
        meaning = _dateline_part(gazetteer, value) if value else None
        start = lead + part.start() + part.group().index(value) if value else 0
        if meaning is not None:
            return gazetteer.mention(meaning, start, start + len(value), value, "dateline")
        abroad = gazetteer.abroad_mention(value, start, start + len(value), value, "dateline") if value else None
        if abroad is not None:
            return abroad
    return None


def _place_after_media(gazetteer: _Gazetteer, match: re.Match, lead: int) -> PlaceMention | None:
    """The place that opens the text after a head that is only a media name
    ("BERITAKU.CO.ID - SEMARANG. Pemerintah ...")."""
    if not gazetteer.dateline_media.search(match.group("head")):
        return None
    after = gazetteer.dateline_place_after_media.match(match.string, match.end())
    if after is None:
        return None
    meaning = _dateline_part(gazetteer, after.group("place"))
    if meaning is None:
        return None
    start = lead + after.start("place")
    return gazetteer.mention(meaning, start, start + len(after.group("place")), after.group("place"), "dateline")


def _is_place_media_line(gazetteer: _Gazetteer, line: str) -> bool:
    """A line that is only "PLACE, MEDIA" or "PLACE (ANTARA)", the body on the next line."""
    if len(line) > gazetteer.dateline_max_head_chars:
        return False
    parts = re.split(r"[,()]", line)
    return len(parts) >= 2 and any(gazetteer.dateline_media.search(p) for p in parts[1:])


def _strip_parentheses(head: str) -> str:
    """Blank out "(ANTARA)" and "(18/04/2025)" keeping offsets."""
    return re.sub(r"[(\[][^)\]]*[)\]]", lambda m: " " * len(m.group()), head)


_VENUE_TOKEN = re.compile(r"[^\W_](?:[\w'’&/\-]|\.(?=\w))*\.?|&|[^\w\s]", re.UNICODE)


def _venue_token_kind(gazetteer: _Gazetteer, token: str, following: str | None) -> str:
    """'take', 'stop' or 'connector' for one token after a venue head."""
    bare = token.rstrip(".")
    lower = bare.lower()
    if not bare or not (bare[0].isalnum() or bare == "&"):
        return "stop"
    if lower in gazetteer.venue_stops:
        return "stop"
    if bare.isdigit():
        if len(bare) == 4 or (following and following.rstrip(".").lower() in gazetteer.venue_months):
            return "stop"  # a year or the day of a date
        return "take"
    if "/" in bare and any(c.isdigit() for c in bare):
        return "stop"  # 12/3/2024
    if lower in gazetteer.venue_connectors:
        return "connector"
    if bare[0].isupper() or bare[0].isdigit() or lower in gazetteer.venue_inner_words:
        return "take"
    return "stop"


def _ends_sentence(gazetteer: _Gazetteer, word: str) -> bool:
    """A word with a final "." that is not an initial or a known abbreviation."""
    bare = word[:-1]
    return not ("." in bare or len(bare) == 1 or bare.lower() in gazetteer.venue_abbreviations)


def find_venues(text: str) -> list[tuple[int, int, str]]:
    """Venue phrases after an introducer: "di Aula Kantor Wilayah ..." -> "Aula Kantor Wilayah ...",
    "di Grand Mutiara Resort" (a head written after the name).

    The name runs over capitalised words, numbers and inner connectors ("Hukum dan HAM")
    and stops at punctuation, a lower-case word, a stop word ("pada", "yang", "dengan"),
    a weekday, a date or the end of a sentence.
    """
    gazetteer = _gazetteer()
    venues: list[tuple[int, int, str]] = []
    last_end = -1
    matches = [*gazetteer.venue_regex.finditer(text), *gazetteer.venue_trailing_regex.finditer(text)]
    for match in sorted(matches, key=lambda m: m.start("head")):
        start, end = match.start("head"), match.end("head")
        if start < last_end:
            continue
        tokens = list(_VENUE_TOKEN.finditer(text, end, min(len(text), end + 300)))
        taken = 0
        pending_end = end
        for index, token in enumerate(tokens[: gazetteer.venue_max_words]):
            if "\n" in text[pending_end:token.start()]:
                break
            word = token.group()
            following = tokens[index + 1].group() if index + 1 < len(tokens) else None
            kind = _venue_token_kind(gazetteer, word, following)
            if kind == "connector":
                if following and _venue_token_kind(gazetteer, following, None) == "take":
                    continue
                break
            if kind == "stop":
                break
            sentence_end = word.endswith(".") and _ends_sentence(gazetteer, word)
            pending_end = token.end() - (1 if sentence_end else 0)
            taken += 1
            if sentence_end:
                break
        head_key = _key(match.group("head"))
        multiword = head_key in gazetteer.venue_multiword_heads or match.re is gazetteer.venue_trailing_regex
        if taken == 0 and not (multiword and match.group("head")[0].isupper()):
            continue
        venues.append((start, pending_end, text[start:pending_end]))
        last_end = pending_end
    return venues
