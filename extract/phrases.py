"""The phrase grammar under the organisation and people grammars (extract/organisations.py,
extract/people.py).

Indonesian news writes officials as POSITION (+ the body it is of) + NAME, and bodies as a
capitalised head ("Kementerian", "Pemkab", "Universitas") followed by capitalised words.
The hard part is where a body ends and a name begins ("Kepala ORI Perwakilan Jawa Tengah
Siti Farida"): words from the general vocabulary, organisation words, places and acronyms
continue a body; the first word that is none of these starts a name.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import regex

from extract.gazetteer import minister_titles
from extract.person_names import is_person_name_token, name_token_count
from extract.patterns import load_csv, load_wordlist, load_yaml
from extract.places import lookup_place
from extract.text import web_name_pattern
from extract.vocabulary import organisations, people, load

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[.'’/&\-][\p{L}\p{N}]+)*|[(),;:|\-–—\"“”]")
PUNCTUATION = frozenset({"(", ")", ",", ";", ":", "|", "-", "–", "—", '"', "“", "”"})
_ROMAN = regex.compile(r"^(?:I{1,3}|IV|V|VI{0,3}|IX|X{1,2})$")


class Tok:
    """A word or punctuation mark of the phrase grammar, with the forms the grammar reads
    for every token many times over derived once (a plain slotted class: a frozen
    dataclass's __init__ costs several times more, and there is one per word read)."""

    __slots__ = ("text", "start", "end", "lower", "key", "is_cap")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lower = text.lower()
        self.key = self.lower.rstrip(".")  # lower, minus a final period
        self.is_cap = text[:1].isupper()

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tok) and (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    @property
    def is_acronym(self) -> bool:
        return _looks_like_acronym(self.text)

    @property
    def is_number(self) -> bool:
        return self.text.isdigit() or bool(_ROMAN.match(self.text))


class KnownMatch(Protocol):
    """What the gazetteer's lookup answers for a known name at a token: where it ends, and
    whether it is weak (a one-word name that is also a common word or a person's name)."""

    end: int
    weak: bool


KnownAt = Callable[[list[Tok], int], KnownMatch | None]  # extract.known_institutions.institution_at


@lru_cache(maxsize=65536)
def _looks_like_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 2) \
        and text[:1].isupper() and not any(c.isdigit() for c in text)


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Words (keeping abbreviation periods like 'Kab.' and 'Drs.') and punctuation."""
    return list(_tokens_of_sentence(text, offset))


@lru_cache(maxsize=256)  # about one article's sentences: a per-article cache
def _tokens_of_sentence(text: str, offset: int) -> tuple[Tok, ...]:
    """Cached: people, organisations and places each read the same sentence."""
    known = abbreviations()
    tokens = []
    lost_spaces = _SMALL_THEN_CAPITAL.search(text) is not None  # "SuharnomoDi", "danRektor": rare
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        if end < len(text) and text[end] == "." and (word + ".") in known:
            end += 1
        if lost_spaces and (cut := _glued_function_word(word)):
            # "SuharnomoDi Balai Kota", "danRektor Undip": a space lost between two words
            tokens.append(Tok(text[start:start + cut], start + offset, start + cut + offset))
            start, word = start + cut, word[cut:]
        glued = _glued_web_name(word)
        if glued:
            # "SATUHARAPAN.COM-Kementerian": the outlet's name, its dash, the first word after
            tokens += [Tok(text[start:start + glued], start + offset, start + glued + offset),
                       Tok("-", start + glued + offset, start + glued + 1 + offset)]
            start += glued + 1
        tokens.append(Tok(text[start:end], start + offset, end + offset))
    return tuple(tokens)


def _glued_function_word(word: str) -> int:
    """Where a word splits that lost the space before or after a function word no sentence ends
    with (tokenizer.yaml open_line_ends): "SuharnomoDi" -> 9, "danRektor" -> 3; else 0. (Asked only
    of sentences with a small letter right before a capital.)"""
    found = _glued_function_words().fullmatch(word)
    return 0 if found is None else found.end(1) if found.group(1) else found.end(2)


@lru_cache(maxsize=1)
def _glued_function_words() -> regex.Pattern:
    words = load("tokenizer.yaml").open_line_ends
    lower = "|".join(sorted(words, key=len, reverse=True))
    capitalised = "|".join(sorted((w.capitalize() for w in words), key=len, reverse=True))
    return regex.compile(rf"(\p{{Lu}}?\p{{Ll}}{{2,}})(?:{capitalised})|({lower})\p{{Lu}}\p{{Ll}}+")


def _glued_web_name(word: str) -> int:
    """The length of a web name written onto the next word with a hyphen, else 0."""
    hyphen = word.rfind("-")
    return hyphen if hyphen > 0 and web_name_pattern().fullmatch(word[:hyphen]) else 0


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations that end in a period but never end a sentence (patterns/tokenizer.yaml)."""
    return frozenset(load("tokenizer.yaml").abbreviations)


def _phrase_index(phrases) -> dict[str, list[tuple[str, ...]]]:
    """First word (lower) -> word tuples, longest first, for multi-word lookups."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(w.lower() for w in _WORD.findall(phrase.rstrip(".")))
        if words:
            index.setdefault(words[0], []).append(words)
    for options in index.values():
        options.sort(key=len, reverse=True)
    return index


def match_phrase(tokens: list[Tok], i: int, index: dict[str, list[tuple[str, ...]]]) -> int:
    """Number of tokens from i that form a phrase in the index (0 if none)."""
    if i >= len(tokens):
        return 0
    for words in index.get(tokens[i].key, ()):
        if len(words) <= len(tokens) - i and all(
            tokens[i + k].key == w for k, w in enumerate(words)
        ):
            return len(words)
    return 0


@dataclass(frozen=True)
class Lexicon:
    org_heads: dict[str, list[tuple[str, ...]]]
    heads_needing_name: frozenset[tuple[str, ...]]
    head_prefixes: tuple[str, ...]
    connectors: frozenset[str]
    stop_words: dict[str, list[tuple[str, ...]]]
    org_words: frozenset[str]
    numbered_words: frozenset[str]  # "Kelas", "Tipe": a class number follows (organisations.yaml)
    common_words: frozenset[str]
    name_tokens: frozenset[str]
    place_words: frozenset[str]
    place_names: dict[str, list[tuple[str, ...]]]
    position_heads: dict[str, list[tuple[str, ...]]]
    prefix_titles: frozenset[str]
    prefix_titles_lower: frozenset[str]  # titles written in lower case ("dr.", "drg.")
    suffix_title: regex.Pattern
    bare_degrees: frozenset[str]
    venue_words: frozenset[str]  # first words of venue names ("Aula", "Gedung"): never a name
    named_place_words: frozenset[str]  # "Jalan", "Bandara": the name after one is the place's, no person's
    body_joiners: frozenset[str]  # connectors that also join two bodies ("dan")
    tail_heads: frozenset[str]  # kind words that end an English name ("University")
    tail_connectors: frozenset[str]  # lower-case words inside such a name ("of", "and")
    tail_of: frozenset[str]  # after the kind word the name may go on: "University of Melbourne"
    comma_forms: frozenset[str]  # legal forms a comma and another form follow: "Co., Ltd"
    derived_noun: regex.Pattern  # "Kesehatan", "Pendidikan": body words by their form
    lowercase_heads: frozenset[str]  # position heads also written in lower case ("anggota")
    position_after_name: frozenset[str]  # "Rina Astuti selaku Rektor UTH"
    position_joiners: frozenset[str]  # "CEO sekaligus pendiri Tokopedia": two offices, one holder
    country_names: dict[str, list[tuple[str, ...]]]  # a country ends a position's body like a region
    title_phrases: dict[str, list[tuple[str, ...]]]  # "Dato Seri", "Tan Sri", ranks
    title_continuations: frozenset[str]  # "Letkol Inf", "Marsdya TNI (Purn)"
    name_connectors: frozenset[str]  # lower-case words inside a name ("bin", "van")
    name_particles: frozenset[str]  # "I Gusti", "Ni Luh": a name starts with them
    balinese_name_words: frozenset[str]  # "Gusti", "Made": after "I" in a Balinese name
    position_prepositions: frozenset[str]  # "Duta Besar RI untuk China"
    new_body_after_connector: dict[str, list[tuple[str, ...]]]  # "... dan Kota Darwin"
    list_name_heads: dict[str, list[tuple[str, ...]]]  # "Kementerian Investasi, Perdagangan, dan ..."
    member_heads: frozenset[tuple[str, ...]]  # "Forum": an office word after one names the members
    area_prefixes: tuple[str, ...]  # "se-": the area a body covers ("SMA se-Kota Medan")
    area_levels: frozenset[str]  # "Kota" in "se-Kota Medan"
    local_region_words: frozenset[str]  # "Kecamatan", "Desa": the word after one is a place's name
    eponym_heads: frozenset[tuple[str, ...]]  # heads whose name may carry a person's titles
    eponym_words: int


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    orgs = organisations()
    titles = people()
    heads = [h.text for h in orgs.heads]
    needing = frozenset(tuple(w.lower() for w in h.text.split()) for h in orgs.heads if h.needs_name)
    place_names = [row["name_short"] for row in load_csv("wilayah/provinsi_kabkota.csv")]
    place_names += [row["alias"] for row in load_csv("wilayah/province_aliases.csv")]
    place_names += [row["alias"] for row in load_csv("wilayah/kabkota_aliases.csv")]
    place_names += [row["seat"] for row in load_csv("wilayah/regency_seats.csv")]
    place_words = {w.lower() for name in place_names for w in _WORD.findall(name)}
    suffixes = "|".join(f"(?:{p})" for p in titles.suffix_titles)
    return Lexicon(
        org_heads=_phrase_index(heads),
        heads_needing_name=needing,
        head_prefixes=tuple(orgs.head_prefixes),
        connectors=frozenset(c.lower() for c in orgs.inner_connectors),
        stop_words=_phrase_index(orgs.stop_words),
        org_words=frozenset(w.lower() for w in orgs.org_words),
        numbered_words=frozenset(w.lower() for w in orgs.numbered_words),
        common_words=load_wordlist("lexicon/common_words.txt"),
        name_tokens=load_wordlist("lexicon/person_name_tokens.txt"),
        place_words=frozenset(place_words),
        place_names=_phrase_index(place_names),
        position_heads=_phrase_index([*titles.position_heads, *minister_titles()]),
        prefix_titles=frozenset(t.lower().rstrip(".") for t in titles.prefix_titles),
        prefix_titles_lower=frozenset(t.rstrip(".") for t in titles.prefix_titles if t.islower()),
        suffix_title=regex.compile(rf"^(?:{suffixes})\.?$"),
        bare_degrees=frozenset(titles.bare_degrees),
        venue_words=frozenset(h.split()[0].lower() for h in load_yaml("places.yaml")["venue"]["heads"]),
        named_place_words=frozenset(w.lower().rstrip(".")
                                    for w in load_yaml("places.yaml")["named_after_people"]),
        body_joiners=frozenset(c.lower() for c in orgs.body_joiners),
        tail_heads=frozenset(orgs.tail_heads),
        tail_connectors=frozenset(orgs.tail_connectors),
        tail_of=frozenset(orgs.tail_of),
        comma_forms=frozenset(orgs.comma_forms),
        derived_noun=regex.compile(orgs.derived_noun),
        lowercase_heads=frozenset(h.lower() for h in titles.lowercase_heads),
        position_after_name=frozenset(w.lower() for w in titles.position_after_name),
        position_joiners=frozenset(w.lower() for w in titles.position_joiners),
        country_names=_phrase_index(load_yaml("institutions/org_heads.yaml")["countries"]),
        title_phrases=_phrase_index(titles.title_phrases),
        title_continuations=frozenset(w.lower() for w in titles.title_continuations),
        name_connectors=frozenset(titles.name_connectors),
        name_particles=frozenset(titles.name_particles),
        balinese_name_words=frozenset(titles.balinese_name_words),
        position_prepositions=frozenset(titles.position_prepositions),
        new_body_after_connector=_phrase_index(orgs.new_body_after_connector),
        list_name_heads=_phrase_index(orgs.list_name_heads),
        member_heads=frozenset(tuple(w.lower() for w in h.split()) for h in orgs.member_heads),
        area_prefixes=tuple(p.lower() for p in orgs.area_prefixes),
        area_levels=frozenset(w.lower() for w in orgs.area_levels),
        local_region_words=frozenset(w.lower() for w in orgs.local_region_words),
        eponym_heads=frozenset(tuple(w.lower() for w in h.split()) for h in orgs.eponym_heads),
        eponym_words=orgs.eponym_words,
    )


def org_head_length(tokens: list[Tok], i: int) -> int:
    """Tokens taken by an organisation head starting at i (capitalised), 0 if none."""
    lex = lexicon()
    if i >= len(tokens) or not tokens[i].is_cap:
        return 0
    length = match_phrase(tokens, i, lex.org_heads)
    if length:
        return length
    text = tokens[i].text
    # str.startswith(tuple) screens in C; the strict-prefix check runs only on a hit
    if text.startswith(lex.head_prefixes) and any(
            text.startswith(p) and len(text) > len(p) for p in lex.head_prefixes):
        return 1
    return 0


def position_head_length(tokens: list[Tok], i: int) -> int:
    lex = lexicon()
    if i >= len(tokens):
        return 0
    return match_phrase(tokens, i, lex.position_heads)


def is_stop(tokens: list[Tok], i: int) -> bool:
    lex = lexicon()
    return bool(match_phrase(tokens, i, lex.stop_words)) or bool(position_head_length(tokens, i))


def is_title(tok: Tok) -> bool:
    return _is_title_word(tok.text)


def is_prefix_title(tok: Tok) -> bool:
    """A title written before a name only ("Dr.", "Ir.", "Prof."), never a degree after one."""
    lex = lexicon()
    return tok.text.rstrip(".").lower() in lex.prefix_titles and is_title(tok) \
        and not lex.suffix_title.match(tok.text)


@lru_cache(maxsize=65536)  # by word: the grammars ask about every word many times over
def _is_title_word(text: str) -> bool:
    lex = lexicon()
    bare = text.rstrip(".")
    if bare.lower() in lex.prefix_titles and (text[:1].isupper() or bare in lex.prefix_titles_lower):
        return True
    return bool(lex.suffix_title.match(text)) and ("." in bare or bare in lex.bare_degrees)


def is_vocabulary(tok: Tok, known: frozenset[str] = frozenset()) -> bool:
    """A capitalised word that belongs to a body's name rather than a person's.

    `known` holds the article's own acronyms (lower-cased), so "Hipmi" counts when the
    article also writes "HIPMI".
    """
    return tok.key in known or _is_vocabulary_word(tok.text)


@lru_cache(maxsize=65536)  # by word: all but the article's acronyms depend on the word alone
def _is_vocabulary_word(text: str) -> bool:
    lex = lexicon()
    tok = Tok(text, 0, len(text))
    word = tok.key
    return (
        tok.is_acronym
        or tok.is_number
        or word in lex.org_words
        or (word in lex.place_words and not is_person_name_token(word))  # "Sri Mulyani"
        or (word in lex.common_words and word not in lex.name_tokens and not is_person_name_token(word))
        or bool(lex.derived_noun.match(word))
    )


def is_name_like(tok: Tok, known: frozenset[str] = frozenset()) -> bool:
    """Could start a person's name: capitalised, not vocabulary, or a single initial."""
    if not tok.is_cap or tok.text in PUNCTUATION:
        return False
    if tok.text in lexicon().name_particles:
        return True
    if len(tok.text.rstrip(".")) == 1 and not tok.is_number:
        return True
    return not is_vocabulary(tok, known)


_ALL_CAPITALS = re.compile(r"\b[A-Z]{2,8}\b")


@lru_cache(maxsize=8)  # people and organisations both ask, for the same article
def article_acronyms(text: str) -> frozenset[str]:
    """Lower-cased all-capital words of an article ("HIPMI" makes "Hipmi" vocabulary), except
    those of lines written all in capitals ("FOTO: BUPATI KLATEN SRI MULYANI ..."), whose
    names are no acronyms."""
    return frozenset(w.lower() for line in text.splitlines() if not _shouted(line)
                     for w in _ALL_CAPITALS.findall(line))


SHOUTED_LINE_WORDS = 4  # a line of fewer words in capitals is a dateline or a label, not shouting
SHOUTED_OPENING = 12  # characters a line in capitals opens with, small letters none ("FOTO: BUPATI")


def _shouted(line: str) -> bool:
    """A line of several words with hardly a small letter: a caption or headline in capitals."""
    opening = line[:SHOUTED_OPENING]
    if opening.upper() != opening:
        return False  # an ordinary line has small letters among its first words (most lines end here)
    capitals = len(_CAPITAL_LETTER.findall(line))
    return capitals > 0 and len(_SMALL_LETTER.findall(line)) * 5 < capitals \
        and len(line.split()) >= SHOUTED_LINE_WORDS


_CAPITAL_LETTER = regex.compile(r"\p{Lu}")
_SMALL_THEN_CAPITAL = regex.compile(r"\p{Ll}\p{Lu}")
_SMALL_LETTER = regex.compile(r"\p{Ll}")


def scan_body(tokens: list[Tok], i: int, *, inside_position: bool,
              known: frozenset[str] = frozenset(), known_at: KnownAt | None = None) -> int:
    """End index (exclusive) of the body name starting at i: capitalised words, acronyms,
    numbers, a parenthesised acronym, and connectors followed by vocabulary.

    Inside a position ("Kepala X ... NAME") the body stops where a person's name begins.
    `known_at` (the gazetteer's lookup, extract.known_institutions.institution_at, which reads
    this grammar and so is passed in) lets known names set where a body ends.
    """
    lex = lexicon()
    head = org_head_length(tokens, i)
    j = _past_eponym(tokens, i, head, inside_position, known_at)
    lists_portfolios = bool(match_phrase(tokens, i, lex.list_name_heads)) or (
        i > 0 and bool(match_phrase(tokens, i - 1, lex.list_name_heads)))
    seen_place = False
    while j < len(tokens):
        tok = tokens[j]
        # a unit named with its parent may list the parent's portfolios ("Unit Pengelola X Dinas
        # Komunikasi, Informatika dan Statistik")
        lists = lists_portfolios or (tok.text == "," and any(
            match_phrase(tokens, k, lex.list_name_heads) for k in range(i + 1, j)))
        portfolio = _portfolio_end(tokens, j + 1, known) if tok.text == "," and lists else None
        if portfolio:
            j = portfolio
            continue
        place = (match_phrase(tokens, j, lex.place_names) or match_phrase(tokens, j, lex.country_names)) \
            if tok.is_cap else 0
        if place:
            if inside_position and seen_place and place == 1 and _name_after_place(tokens, j):
                break  # "Wali Kota Bogor Bima Arya": a second town's name followed by a given name opens it
            j += place
            seen_place = True
            if _unit_number_one(tokens, j):
                j += 1  # "Kanwil DJP Jawa Tengah I Nurbaeti": the unit's number, not a Balinese name's "I"
            continue
        if tok.text == "(":
            close = next((k for k in range(j + 1, min(j + 6, len(tokens))) if tokens[k].text == ")"), None)
            if close is not None and close > j + 1 and all(t.is_cap for t in tokens[j + 1:close]) \
                    and any(t.is_acronym or t.text[:1].isupper() for t in tokens[j + 1:close]):
                j = close + 1
                continue
            break
        if inside_position and j > i and tok.lower in lex.position_prepositions and j + 1 < len(tokens) \
                and tokens[j + 1].is_cap and (match_phrase(tokens, j + 1, lex.place_names)
                                             or match_phrase(tokens, j + 1, lex.country_names)
                                             or tokens[j + 1].text in home_state_names()):
            j += 1  # "Duta Besar RI untuk China", "Ambassador of Japan to Indonesia": the place is part of the position
            continue
        if tok.lower in lex.connectors and j > i and j + 1 < len(tokens):
            nxt = tokens[j + 1]
            second = tokens[j + 2] if j + 2 < len(tokens) else None
            # "Hukum dan HAM", "Agraria dan Tata Ruang" continue; "Agama dan Muslim World
            # League" starts another body, and so does a country after a place ("Pemerintah
            # Indonesia dan Jepang")
            continues = nxt.is_acronym or nxt.lower in lex.org_words or second is None \
                or not second.is_cap or second.text in PUNCTUATION or is_vocabulary(second, known)
            if continues and tok.lower in lex.body_joiners and english_tail(tokens, j + 1):
                break  # "Kementan RI dan Food and Agriculture Organization": another body, named in English
            if nxt.is_cap and not is_stop(tokens, j + 1) and not org_head_length(tokens, j + 1) \
                    and not match_phrase(tokens, j + 1, lex.new_body_after_connector) \
                    and is_vocabulary(nxt, known) and continues \
                    and not ((seen_place or tokens[j - 1].text in home_state_names()) and country_at(tokens, j + 1)) \
                    and not (tok.lower in lex.body_joiners and nxt.is_acronym and nxt.lower not in lex.org_words):
                j += 2
                continue
            if tok.lower in lex.tail_of and (country := country_at(tokens, j + 1)):
                j += 1 + country  # "Bank of Thailand": the country the body is of
                continue
            break
        if j > i and (area := _covered_area(tokens, j)):
            j += area  # "Dinas Kesehatan se-Provinsi Jawa Tengah", "SMA se-Kota Medan"
            continue
        if not (tok.is_cap or tok.is_number or tok.text[:1].isdigit()) or tok.text in PUNCTUATION:
            break  # (a unit's number goes on: "Danrem 042/Gapu")
        if j > i and _YEAR.match(tok.text) and (j + 1 >= len(tokens) or not tokens[j + 1].is_cap
                                                 or tokens[j + 1].lower in lex.connectors):
            break  # "KPK 2024 dan Rapat Koordinasi": a year ends the name
        if j > i and known_at is not None and is_stop(tokens, j) \
                and (known_end := _known_name_past(tokens, i, j, known_at)):
            j = known_end  # "Fakultas Kedokteran Universitas Sebelas Maret": a known name's month word
            continue
        if j == i + head and (office := _members_office(tokens, i, head, j)):
            j += office  # "Forum Rektor Indonesia": the office its members hold names the body
            continue
        if j > i and is_title(tok) and (named := _inner_eponym_end(tokens, i, j, inside_position, known_at)):
            j = named  # "Fakultas Hukum Universitas Jenderal Soedirman": a unit of a body named after a person
            continue
        if j > i and (is_stop(tokens, j) or is_title(tok) or (inside_position and title_length(tokens, j))):
            break  # (in a position a rank opens the name: "Danlantamal V Laksma TNI Hanarko ...")
        if inside_position and j > i and not (j - 1 > i and _names_local_region(tokens, j)):
            numbered = tokens[j - 1].lower in lex.numbered_words and _CLASS_NUMBER.match(tok.text)
            if not numbered and (is_name_like(tok, known) or _starts_a_name(tokens, j, known)):
                break
            if seen_place and tok.lower not in lex.org_words and not tok.is_acronym:
                break
        seen_place = False
        j += 1
    return j


def _unit_number_one(tokens: list[Tok], j: int) -> bool:
    """"I" right after a place that no Balinese name's word follows ("Kanwil DJP Jawa Tengah I
    Nurbaeti Munawaroh"): it numbers the unit named with the place ("Bupati Gianyar I Made ..." is
    a Balinese name)."""
    return j + 1 < len(tokens) and tokens[j].text == "I" and tokens[j + 1].is_cap \
        and tokens[j + 1].text not in lexicon().balinese_name_words


def _covered_area(tokens: list[Tok], j: int) -> int:
    """Tokens of the area a body's name ends with at j, written after an area prefix ("se-Kota
    Medan", "se-Jawa Tengah", "se-Indonesia"), 0 if none."""
    lex = lexicon()
    prefix = next((p for p in lex.area_prefixes if tokens[j].lower.startswith(p)), None)
    rest = tokens[j].text[len(prefix):] if prefix else ""
    if not rest[:1].isupper():
        return 0
    words = [Tok(rest, tokens[j].start + len(prefix), tokens[j].end), *tokens[j + 1:j + 4]]
    if rest.lower() in lex.area_levels:
        return 1 + match_phrase(tokens, j + 1, lex.place_names)
    return match_phrase(words, 0, lex.place_names) or country_at(words, 0)


def _members_office(tokens: list[Tok], i: int, head: int, j: int) -> int:
    """Tokens of the office word right after a head of a body of office holders ("Forum Rektor",
    "Asosiasi Kepala Desa"), 0 if none: the body's name goes on over it."""
    if not head or tuple(t.key for t in tokens[i:i + head]) not in lexicon().member_heads:
        return 0
    return position_head_length(tokens, j)


def _known_name_past(tokens: list[Tok], i: int, j: int, known_at: KnownAt) -> int | None:
    """The end of a gazetteer name that starts inside the body read so far (i..j) and goes
    past the stop word at j ("Fakultas Kedokteran Universitas Sebelas Maret"), or None: a
    body named inside another keeps its own words even when one of them ends names elsewhere."""
    for k in range(i + 1, j):
        match = known_at(tokens, k)
        if match is not None and match.end > j and not match.weak:
            return match.end
    return None


_YEAR = regex.compile(r"^(?:19|20)\d\d$")
_CLASS_NUMBER = regex.compile(r"^(?:(?:I{1,3}|IV|V)[A-C]?|[A-D])$")  # "Kelas I", "Kelas IIA", "Tipe C"


def _names_local_region(tokens: list[Tok], j: int) -> bool:
    """"Kepala Puskesmas Kecamatan Jatinom Budi ...": the word after a village's or district's
    prefix inside a body is that place's name (the gazetteer lists no such places), never a
    person's. Right after the office the prefix is a portfolio ("Menteri Desa Yandri Susanto")."""
    return tokens[j - 1].is_cap and tokens[j - 1].lower in lexicon().local_region_words


def _portfolio_end(tokens: list[Tok], j: int, known: frozenset[str]) -> int | None:
    """After a comma in a ministry's or an office's name, where one more portfolio ends:
    "Perdagangan", "dan Industri", or a list that closes after it ("Tanaman Pangan,
    Hortikultura dan Peternakan"); None when what follows is no portfolio (a person's name:
    "Kepala Dinas Pendidikan, Sri Wahyuni")."""
    lex = lexicon()
    if j < len(tokens) and tokens[j].lower in lex.connectors:
        j += 1
    if not (j < len(tokens) and tokens[j].is_cap and not tokens[j].is_acronym and not is_stop(tokens, j)
            and not is_title(tokens[j]) and not org_head_length(tokens, j)
            and not match_phrase(tokens, j, lex.place_names)):
        return None
    if j + 1 < len(tokens) and is_person_name_token(tokens[j].key) and tokens[j + 1].is_cap \
            and is_name_like(tokens[j + 1], known):
        return None
    for k in range(j + 1, min(j + 3, len(tokens) - 1)):
        if tokens[k].text == ",":
            break
        if tokens[k].lower in lex.body_joiners and tokens[k + 1].is_cap and is_vocabulary(tokens[k + 1], known):
            return k + 2
    return j + 1 if is_vocabulary(tokens[j], known) else None


_NAME_EVIDENCE = 200  # occurrences in the name lexicon that make a word a name's first word here


@lru_cache(maxsize=1)
def home_state_names() -> frozenset[str]:
    """The home state's one-word names ("Indonesia", "RI"; people.yaml home_state, country_aliases)."""
    home = people().home_state
    return frozenset(name for name in (home, *people().country_aliases.get(home, ())) if " " not in name)


def country_at(tokens: list[Tok], j: int) -> int:
    """Tokens taken by a country's name at j ("Malaysia", "Selandia Baru"), 0 if none."""
    return match_phrase(tokens, j, lexicon().country_names)


def _name_after_place(tokens: list[Tok], j: int) -> bool:
    """The one-word place at j is a town's name (not a province's, which may follow the town
    in an office) and a frequent personal-name word that is no place or body word follows."""
    lex = lexicon()
    nxt = j + 1
    found = lookup_place(tokens[j].text)
    return nxt < len(tokens) and tokens[nxt].is_cap and not tokens[nxt].is_acronym \
        and name_token_count(tokens[nxt].key) >= _NAME_EVIDENCE \
        and tokens[nxt].lower not in lex.place_words and tokens[nxt].lower not in lex.org_words \
        and found is not None and found.level != "province"


def _starts_a_name(tokens: list[Tok], j: int, known: frozenset[str]) -> bool:
    """A frequent personal-name word followed by another name word ("Menteri Keuangan Sri
    Mulyani"): the name starts there, though the word is also written in place names."""
    return j + 1 < len(tokens) and name_token_count(tokens[j].key) >= _NAME_EVIDENCE and tokens[j + 1].is_cap \
        and not tokens[j + 1].is_acronym and (is_name_like(tokens[j + 1], known)
                                              or name_token_count(tokens[j + 1].key) >= _NAME_EVIDENCE)


def title_length(tokens: list[Tok], i: int) -> int:
    """Tokens taken by a title starting at i: a phrase ("Dato Seri", "Letkol") or one
    prefix title ("Dr.", "AKBP"); 0 if none."""
    if i >= len(tokens):
        return 0
    if tokens[i].is_cap and (length := match_phrase(tokens, i, lexicon().title_phrases)):
        return length
    return 1 if is_title(tokens[i]) else 0


def _after_title_continuations(tokens: list[Tok], j: int, titles: list[str]) -> int:
    """Past the service or corps after a rank ("Inf", "TNI", "Pol.", "(Purn)"), which join
    the title before them."""
    continuations = lexicon().title_continuations
    while j < len(tokens):
        if tokens[j].key in continuations and tokens[j].is_cap:
            titles[-1] += " " + tokens[j].text
            j += 1
        elif tokens[j].text == "(" and j + 2 < len(tokens) and tokens[j + 1].key in continuations \
                and tokens[j + 2].text == ")":
            titles[-1] += f" ({tokens[j + 1].text})"
            j += 3
        else:
            break
    return j


def _past_eponym(tokens: list[Tok], i: int, head: int, inside_position: bool, known_at: KnownAt | None) -> int:
    """After a head that names bodies after people ("RSUD Prof. Dr. Margono Soekarjo"):
    the end of its titles and namesake, else just the end of the head. A title with no
    capitalised word after it is not a namesake's."""
    lex = lexicon()
    j = i + head
    if not head or tuple(t.key for t in tokens[i:j]) not in lex.eponym_heads:
        return j
    if known_at is not None and (known := _known_eponym_end(tokens, i, known_at)) is not None:
        return known  # "Direktur RSUD Prof. Dr. Margono Soekarjo Daniel Sitorus": the known name ends it
    k = j
    while k < len(tokens) and is_title(tokens[k]):
        k += 1
    if k == j or k >= len(tokens) or not tokens[k].is_cap or tokens[k].text in PUNCTUATION:
        return j
    end = k
    while end < len(tokens) and tokens[end].is_cap and tokens[end].text not in PUNCTUATION \
            and not is_title(tokens[end]) and not is_stop(tokens, end) \
            and not (inside_position and end - k >= lex.eponym_words):
        end += 1
    return end


def _inner_eponym_end(tokens: list[Tok], i: int, j: int, inside_position: bool, known_at: KnownAt | None) -> int:
    """The end of the namesake of a head inside the body read so far (i..j) whose titles start
    at j ("Fakultas Hukum Universitas Jenderal Soedirman", "Instalasi Farmasi RSUD Dr. Moewardi"),
    0 if the words before j end no such head."""
    for length in (1, 2, 3):
        start = j - length
        if start > i and org_head_length(tokens, start) == length:
            end = _past_eponym(tokens, start, length, inside_position, known_at)
            if end > j:
                return end
    return 0


def known_eponym_at(tokens: list[Tok], i: int, known_at: KnownAt) -> int | None:
    """The end of a known body named after a person that starts at i ("RSUD Prof. Dr. Margono
    Soekarjo"), or None: its namesake's titles and name are no person of the sentence."""
    head = org_head_length(tokens, i)
    if not head or tuple(t.key for t in tokens[i:i + head]) not in lexicon().eponym_heads:
        return None
    return _known_eponym_end(tokens, i, known_at)


def _known_eponym_end(tokens: list[Tok], i: int, known_at: KnownAt) -> int | None:
    """The end of the gazetteer name at i when it names its body after a person, titles and all
    (where the namesake's words end is known, not guessed), or None."""
    match = known_at(tokens, i)
    if match is None or match.weak or not any(is_title(t) for t in tokens[i:match.end]):
        return None
    return match.end


def scan_name(tokens: list[Tok], i: int) -> tuple[int, int, list[str]]:
    """A person's name from i: (name_start, name_end, titles). Titles before the name
    (with a rank's corps: "Letkol Inf") and degrees after it (", S.H., M.H.") are consumed
    and returned separately."""
    lex = lexicon()
    titles: list[str] = []
    j = i
    while j + 1 < len(tokens):
        length = title_length(tokens, j)
        if not length or j + length >= len(tokens) \
                or not (tokens[j + length].is_cap or tokens[j + length].text == "("):
            break
        titles.append(" ".join(t.text for t in tokens[j:j + length]))
        j = _after_title_continuations(tokens, j + length, titles)
    start = j
    while j < len(tokens) and tokens[j].is_cap and tokens[j].text not in PUNCTUATION \
            and not (tokens[j].is_acronym and len(tokens[j].text) > 1) \
            and not is_stop(tokens, j) and not (j > start and title_length(tokens, j) and not _middle_initial(tokens, j)) \
            and not (j > start and org_head_length(tokens, j)):
        j += 1
        if j - start >= 5:
            break
        if j + 1 < len(tokens) and tokens[j].lower in lex.name_connectors and tokens[j + 1].is_cap \
                and not tokens[j + 1].is_acronym:
            j += 1  # "Mohammad bin Abdullah", "van der"
    end = j
    # degrees after the name: ", S.H., M.H." / " M.Si"
    k = end
    while k < len(tokens):
        if tokens[k].text == "," and k + 1 < len(tokens) and is_title(tokens[k + 1]):
            titles.append(tokens[k + 1].text)
            k += 2
        elif is_title(tokens[k]) and not tokens[k].text[:1].isdigit() and k == end and not is_prefix_title(tokens[k]):
            titles.append(tokens[k].text)
            k += 1
        else:
            break
    return start, end, titles


def _middle_initial(tokens: list[Tok], j: int) -> bool:
    """"Amin H. Nasser", "Budi H. Santoso": a one-letter title between two words of a name is the
    name's initial, not a title that opens another name (a person named right after another has
    "dan" or a comma between them)."""
    return len(tokens[j].key) == 1 and j + 1 < len(tokens) and tokens[j + 1].is_cap \
        and is_name_like(tokens[j + 1]) and not is_title(tokens[j + 1])


def _comma_in_legal_form(tokens: list[Tok], j: int) -> bool:
    """"Zhejiang Huayou Cobalt Co., Ltd": a comma between a legal form that one may follow
    (organisations.yaml comma_forms) and a kind word is inside the name."""
    lex = lexicon()
    return tokens[j].text == "," and 0 < j < len(tokens) - 1 and tokens[j - 1].text in lex.comma_forms \
        and tokens[j + 1].text in lex.tail_heads


def english_tail(tokens, i: int) -> int | None:
    """End of a capitalised run that ends in an English kind word ("... University")."""
    j = i
    last_tail = None
    lex = lexicon()
    while j < len(tokens) and ((tokens[j].is_cap or tokens[j].lower in lex.tail_connectors)
                               and tokens[j].text not in PUNCTUATION and not is_title(tokens[j])
                               or _comma_in_legal_form(tokens, j)):
        if tokens[j].text in lex.tail_heads:
            last_tail = j + 1
        j += 1
    if last_tail is None or (last_tail < j and tokens[last_tail].lower not in lex.tail_of):
        # the kind word must end the capitalised run ("PT Bank Celebes Sejahtera" is no English name)
        return None
    if last_tail < len(tokens) - 1 and tokens[last_tail].lower in lex.tail_of and tokens[last_tail + 1].is_cap:
        # "The University of Melbourne": the name goes on after "of"
        j = last_tail + 1
        while j < len(tokens) and tokens[j].is_cap and tokens[j].text not in PUNCTUATION \
                and not is_title(tokens[j]) and not is_stop(tokens, j):
            j += 1
            if j + 1 < len(tokens) and tokens[j].lower in lex.tail_connectors and tokens[j + 1].is_cap \
                    and english_tail(tokens, j + 1) is None:
                j += 1  # "Institute of Science and Technology"; "... of Tokyo and Kyoto University" are two
        last_tail = j
    if last_tail - i < 2:
        return None
    if last_tail < len(tokens) and tokens[last_tail].text == "(":
        close = next((k for k in range(last_tail + 1, min(last_tail + 5, len(tokens)))
                      if tokens[k].text == ")"), None)
        if close:
            return close + 1
    return last_tail
