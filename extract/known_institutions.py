"""Known institution names in running text: where one starts, how far it goes, what it is.

The phrase grammar (extract/phrases.py) finds a body from its head word and the capitalised
words after it. It cannot know that "Universitas Sebelas Maret" goes on past a month name,
that "University of Tokyo" goes on past "of", or that "Bank Jateng" is a bank though no head
word says so. `institution_at` answers from what is known: the gazetteer tables
(extract/gazetteer.py) and the regional forms over the wilayah names ("Polres Banyumas",
"Kodim 0702/Purbalingga", "Kanwil Kemenag Jatim", extract/institutions.py). Given the
grammar's tokens and a position it returns the longest known institution starting there,
with its extent in tokens and its canonical name, acronym, kind and region.

It runs on every capitalised word of the sentences that matter, so names are indexed in a
trie of lower-cased word parts ("IV/Diponegoro" is the parts "iv", "diponegoro"), and a word
that starts no known name costs one dict lookup.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from extract.gazetteer import KnownBody, KnownName, gazetteer
from extract.institutions import (
    Institution,
    canonicalize,
    institution_of,
    office_infixes,
    regional_form_heads,
)
from extract.name_keys import clean_name, key_rules
from extract.patterns import load_csv, load_yaml
from extract.person_names import is_person_name_token
from extract.phrases import PUNCTUATION, Tok, is_stop, lexicon

_PART = regex.compile(r"[\p{L}\p{N}]+")
_UNIT_NUMBER = regex.compile(r"^(?:\d+|[IVXL]+)(?=/|$)")   # "0702/Purbalingga", "IV"
_END = ""                        # trie key of the names ending at a node
_SKIPPED_INSIDE = frozenset({",", "-", "–"})   # punctuation a name may carry ("Pendidikan, Kebudayaan")
_PUBLIC_KINDS = frozenset({"ministry", "agency", "police", "prosecutor", "court", "bank"})
_COMPANY_KINDS = frozenset({"company", "bank"})
_REGIONAL_RULES = ("government:", "unit:", "hierarchy:", "office:")
_REGION_TYPE_WORDS = frozenset({"kabupaten", "kab", "kota", "kotamadya", "provinsi", "prov",
                                "propinsi", "administrasi"})


@dataclass(frozen=True, slots=True)
class InstitutionMatch:
    """A known institution in a token list: tokens[start:end]."""
    start: int
    end: int
    institution: Institution
    form: str     # canonical | acronym | alias | variant (a gazetteer name) | regional (a form over a region)
    weak: bool    # one word that is also an ordinary word, a place or a person's name
                  # ("Mandiri", "Sarinah"): a gazetteer name, but weak evidence alone


@lru_cache(maxsize=65536)
@lru_cache(maxsize=65536)  # by word: every lookup from a token splits the words after it again
def _parts(key: str) -> tuple[str, ...]:
    return tuple(_PART.findall(key))


def _name_parts(text: str) -> tuple[str, ...]:
    return tuple(_PART.findall(text.casefold()))


class _Trie:
    """Word parts -> the values of the names that end there (the first value added wins)."""

    def __init__(self) -> None:
        self.root: dict = {}

    def add(self, parts: Sequence[str], value: object) -> None:
        node = self.root
        for part in parts:
            node = node.setdefault(part, {})
        node.setdefault(_END, value)

    def longest(self, tokens: Sequence[Tok], i: int, skip: int = 0) -> tuple[int, object] | None:
        """(end token, value) of the longest name from token i (its first `skip` parts
        left out); a name ends at a token boundary."""
        node, best, j = self.root, None, i
        while j < len(tokens):
            parts = _parts(tokens[j].key)
            if j == i:
                parts = parts[skip:]
            if not parts:
                if node is not self.root and _acronym_inside(tokens, j, node):
                    j += 3  # "Universitas 17 Agustus 1945 (Untag) Cirebon": its acronym inside the name
                    continue
                if node is self.root or tokens[j].text not in _SKIPPED_INSIDE:
                    break
                j += 1
                continue
            for part in parts:
                node = node.get(part)
                if node is None:
                    return best
            j += 1
            if _END in node:
                best = (j, node[_END])
        return best


def _acronym_inside(tokens: Sequence[Tok], j: int, node: dict) -> bool:
    """A bracketed acronym at j, after which the name goes on ("(Untag) Surabaya")."""
    if j + 3 >= len(tokens) or tokens[j].text != "(" or tokens[j + 2].text != ")" or not tokens[j + 1].is_cap:
        return False
    following = _parts(tokens[j + 3].key)
    return bool(following) and following[0] in node


# --------------------------------------------------------------------------- the indexes

@dataclass(frozen=True, slots=True)
class _Entry:
    """What a trie node holds for a gazetteer name: the row and the name as written."""
    body: KnownBody
    name: KnownName
    capitals: bool    # written with two capitals or more (UNS, SulutGo): one token must match its case


class _Index:
    def __init__(self) -> None:
        known = gazetteer()
        config = load_yaml("institutions/org_heads.yaml")
        self.legal_forms = frozenset(f.casefold() for f in config["legal_forms"])
        self.company_heads = frozenset(_name_parts(h) for h in config["heads"]["company"])
        self.trailing_state = key_rules().trailing_state
        self.core = self._trie(known.names())
        self._lazy: _Trie | None = None
        self.gate_words = known.gate_words
        self.gate_span = known.max_gated_words
        self.heads = _Trie()
        for head in regional_form_heads():
            parts = _name_parts(head)
            if parts and not set(parts) <= _REGION_TYPE_WORDS:   # a bare "Kota Semarang" is a place
                self.heads.add(parts, head)
        self.office_prefixes = frozenset(_name_parts(p) for p in
                                         load_yaml("institutions/regional_forms.yaml")["office_prefixes"])
        self.infixes = _Trie()
        for infix in office_infixes():
            self.infixes.add(_name_parts(infix), infix)
        self.regions = _region_trie()
        lex = lexicon()
        self.ordinary = lex.common_words | lex.name_tokens | lex.place_words

    def _trie(self, names) -> _Trie:
        trie = _Trie()
        for name in names:
            for form in self._forms(name):
                parts = _name_parts(form)
                if parts:
                    capitals = len(parts) == 1 and sum(c.isupper() for c in form) >= 2
                    trie.add(parts, _Entry(name.body, name, capitals))
        return trie

    def _forms(self, name: KnownName) -> list[str]:
        """The name as text writes it: without inserted "(ACRONYM)" groups, without a legal
        form ("(Persero)", "Tbk": matched as an optional tail), a company also without "PT"."""
        words = [w for w in clean_name(name.text).split()
                 if w.strip("().,").casefold() not in self.legal_forms]
        forms = [" ".join(words)]
        if name.body.kind in _COMPANY_KINDS and len(words) > 1 and words[0].casefold() in {"pt", "pt."}:
            forms.append(" ".join(words[1:]))
        return forms

    def lazy(self) -> _Trie:
        if self._lazy is None:
            self._lazy = self._trie(gazetteer().lazy_index()[1])
        return self._lazy

    def gated(self, tokens: Sequence[Tok], i: int) -> bool:
        """A gate word among the next words (gate words are whole words: "University")."""
        gate = self.gate_words
        return any(tok.key in gate for tok in tokens[i:i + self.gate_span])


@lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index()


def _region_trie() -> _Trie:
    """Region names as news writes them: official and short names, press short forms,
    spelling variants and regency seats (patterns/wilayah)."""
    trie = _Trie()
    names = [row["name_short"] for row in load_csv("wilayah/provinsi_kabkota.csv")]
    names += [row["name"] for row in load_csv("wilayah/provinsi_kabkota.csv")]
    names += [row["alias"] for row in load_csv("wilayah/province_aliases.csv")]
    names += [row["alias"] for row in load_csv("wilayah/kabkota_aliases.csv")]
    names += [row["seat"] for row in load_csv("wilayah/regency_seats.csv")]
    for name in names:
        trie.add(_name_parts(name), name)
    return trie


def _name_goes_on(tokens: Sequence[Tok], j: int) -> bool:
    """A capitalised word at j that carries a name on (no punctuation, no word that ends names)."""
    return j < len(tokens) and tokens[j].is_cap and tokens[j].text not in PUNCTUATION and not is_stop(tokens, j)


# --------------------------------------------------------------------------- lookup

def is_legal_form(word: str) -> bool:
    """"Persero", "Tbk": a company's legal form (institutions/org_heads.yaml), never an acronym."""
    return word.casefold() in _index().legal_forms


def institution_at(tokens: Sequence[Tok], i: int) -> InstitutionMatch | None:
    """The longest known institution starting at token i, or None.

    Known means a gazetteer name ("Universitas Sebelas Maret", "Bank Jateng", "RSUD Prof. Dr.
    Margono Soekarjo", "University of Tokyo"; a company also without "PT", with its legal
    form and a trailing "(ACRONYM)" taken in) or a regional form over a region name
    ("Polres Banyumas", "Kanwil Kemenag Jatim", "Kodim 0702/Purbalingga"). The first word
    must be capitalised; a one-word acronym must match its case ("UNS", not "Uns").
    """
    if i >= len(tokens) or not (tokens[i].is_cap or tokens[i].text[:1].isdigit()):
        return None
    index = _index()
    found = [m for m in (_gazetteer_match(index, tokens, i), _regional_match(index, tokens, i)) if m]
    if not found:
        return None
    return max(found, key=lambda m: m.end)   # a tie keeps the gazetteer's


def institutions_in(tokens: Sequence[Tok]) -> list[InstitutionMatch]:
    """Every known institution in a token list, left to right, none overlapping."""
    matches, i = [], 0
    while i < len(tokens):
        match = institution_at(tokens, i)
        if match:
            matches.append(match)
            i = match.end
        else:
            i += 1
    return matches


def _gazetteer_match(index: _Index, tokens: Sequence[Tok], i: int) -> InstitutionMatch | None:
    first = tokens[i].key
    start = i
    hit = _longest_name(index, tokens, i)
    if hit is None and first in {"pt", "the"} and i + 1 < len(tokens):
        hit = _longest_name(index, tokens, i + 1)
        if hit and first == "pt" and hit[1].body.kind not in _COMPANY_KINDS:
            hit = None
    if hit is None:
        return None
    end, entry = hit
    body = entry.body
    end = _tails(index, tokens, end, body)
    office = _office_after(index, tokens, start, end, body)
    if office:
        return office
    weak = end - start == 1 and (tokens[start].key in index.ordinary
                                 or is_person_name_token(tokens[start].key))
    return InstitutionMatch(start, end, institution_of(body), entry.name.form, weak)


def _longest_name(index: _Index, tokens: Sequence[Tok], i: int) -> tuple[int, _Entry] | None:
    """The longest gazetteer name at i (the lazy tables only when a gate word is near)."""
    hits = [index.core.longest(tokens, i)]
    if index.gated(tokens, i):
        hits.append(index.lazy().longest(tokens, i))
    hits = [h for h in hits if h and _case_fits(tokens, i, h)]
    return max(hits, key=lambda h: h[0]) if hits else None


def _case_fits(tokens: Sequence[Tok], i: int, hit: tuple[int, _Entry]) -> bool:
    """A one-word name written with capitals (UNS, BRI) matches only as written or all capitals."""
    end, entry = hit
    if end - i > 1 or not entry.capitals:
        return True
    text = tokens[i].text.rstrip(".")
    written = clean_name(entry.name.text)
    return text == written or text == written.upper()


def _tails(index: _Index, tokens: Sequence[Tok], end: int, body: KnownBody) -> int:
    """Past what may follow a known name: a company's legal form ("(Persero) Tbk"), a
    national body's "RI" / "Republik Indonesia", the body's acronym in parentheses."""
    while end < len(tokens):
        key = tokens[end].key
        if body.kind in _COMPANY_KINDS and key in index.legal_forms:
            end += 1
        elif body.kind in _COMPANY_KINDS and key == "(" and end + 2 < len(tokens) \
                and tokens[end + 1].key in index.legal_forms and tokens[end + 2].text == ")":
            end += 3
        elif body.kind in _PUBLIC_KINDS and (tail := _state_tail(index, tokens, end)):
            end = tail
        elif key == "(" and (close := _acronym_in_parentheses(tokens, end, body)):
            end = close
        else:
            return end
    return end


def _state_tail(index: _Index, tokens: Sequence[Tok], end: int) -> int | None:
    for tail in index.trailing_state:
        stop = end + len(tail)
        if stop <= len(tokens) and all(tokens[end + k].key == word for k, word in enumerate(tail)):
            return stop
    return None


def _acronym_in_parentheses(tokens: Sequence[Tok], open_at: int, body: KnownBody) -> int | None:
    """End after "(X)" when X is one of the body's names (1-3 words)."""
    for close in range(open_at + 2, min(open_at + 5, len(tokens))):
        if tokens[close].text == ")":
            inner = " ".join(t.text for t in tokens[open_at + 1:close])
            same = gazetteer().find(inner) == body or (
                body.acronym is not None and inner.casefold() == body.acronym.casefold())
            return close + 1 if same else None
    return None


def _office_after(index: _Index, tokens: Sequence[Tok], start: int, end: int,
                  body: KnownBody) -> InstitutionMatch | None:
    """A national body followed by a region is its office there ("Kemenkumham Jateng",
    "Ombudsman RI Perwakilan Jawa Tengah", "BPS Provinsi Jawa Tengah")."""
    if body.kind not in _PUBLIC_KINDS:
        return None
    infix = index.infixes.longest(tokens, end)
    region_start = infix[0] if infix else end
    return _with_region(index, tokens, start, region_start, ("office:",))


def _regional_match(index: _Index, tokens: Sequence[Tok], i: int) -> InstitutionMatch | None:
    """A regional form's head, then (a unit number and) a region: "Polres Banyumas",
    "Dinas Pendidikan Kabupaten Banyumas", "Kodim 0702/Purbalingga"; an office word, a
    national body and a region: "Kanwil Kemenag Jatim"."""
    head = index.heads.longest(tokens, i)
    if head is None:
        return None
    after = head[0]
    if _name_parts(head[1]) in index.office_prefixes:
        hit = _longest_name(index, tokens, after)
        if hit is None or hit[1].body.kind not in _PUBLIC_KINDS:
            return None
        return _office_after(index, tokens, i, hit[0], hit[1].body)
    return _with_region(index, tokens, i, after, _REGIONAL_RULES)


def _with_region(index: _Index, tokens: Sequence[Tok], start: int, at: int,
                 rules: tuple[str, ...]) -> InstitutionMatch | None:
    """tokens[start:end] when a region name starts at `at` (after an optional unit number and
    type word) and canonicalize reads the whole as a regional form of the given rules."""
    if at >= len(tokens):
        return None
    head = _name_parts(" ".join(t.text for t in tokens[start:at]))
    skip = 0
    if _UNIT_NUMBER.match(tokens[at].text):     # the unit's number: "Kodim 0702/Purbalingga"
        if len(_parts(tokens[at].key)) > 1:
            skip = 1
        else:
            at += 1
    if at < len(tokens) and not skip and tokens[at].key in _REGION_TYPE_WORDS:
        typed = at + 1
        if typed < len(tokens) and tokens[typed].key == "administrasi":
            typed += 1
        region = index.regions.longest(tokens, typed) or index.regions.longest(tokens, at)
    else:
        region = index.regions.longest(tokens, at, skip)
    if region is None or at >= len(tokens) or not (tokens[at].is_cap or skip):
        return None
    end = region[0]
    if head in index.company_heads and _name_goes_on(tokens, end):
        return None  # "PT Jakarta Propertindo": a firm named after a place, no Pengadilan Tinggi
    institution = canonicalize(" ".join(t.text for t in tokens[start:end]))
    if not institution.rule.startswith(rules):
        return None
    return InstitutionMatch(start, end, institution, "regional", False)
