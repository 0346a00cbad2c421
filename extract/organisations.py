"""Organisations: named bodies, regional-government forms and acronyms.

A body is an organisation head followed by its name ("Pemerintah Kabupaten (Pemkab)
Banyumas", "Ombudsman Republik Indonesia (ORI) Perwakilan Jawa Tengah"); an acronym
is a body when the article defines it or the institution gazetteer knows it. Bodies
inside positions ("Kepala ORI Perwakilan Jawa Tengah") come from the people component.
The grammar is shared by the organisations component and assembly (bodies the NER proposes).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.candidates import Candidates, Organisation, Person, Sentence
from extract.dates.lexicon import date_lexicon
from extract.institutions import AcronymTable
from extract.gazetteer import minister_titles
from extract.known_institutions import institution_at, is_legal_form
from extract.patterns import load_csv
from extract.text import web_name_pattern
from extract.vocabulary import organisations, people, triggers, words_pattern
from extract.phrases import (
    country_at,
    is_vocabulary,
    Tok,
    PUNCTUATION,
    english_tail,
    is_stop,
    is_title,
    lexicon,
    match_phrase,
    org_head_length,
    position_head_length,
    scan_body,
    tokenize,
)

_PAREN = regex.compile(r"\s*\(([^()]{1,40})\)\s*")
_UNIT_NUMBER = regex.compile(r"^(?:\d+|[IVX]+)/[\p{L}-]+$")  # a military unit's number and name: "042/Gapu", "V/Brawijaya"


def clean_name(text: str) -> tuple[str, str | None]:
    """Name without a parenthesised acronym, and that acronym ("Pemkab", "ORI"). A company's
    legal form in brackets ("PT Pertamina (Persero)") is no acronym: the next bracket may be; a
    legal form's period ends no name ("Tbk.")."""
    acronym = None
    match = _PAREN.search(text)
    while match and is_legal_form(match.group(1).strip()):
        text = (text[:match.start()] + " " + text[match.end():]).strip()
        match = _PAREN.search(text)
    if match:
        acronym = match.group(1).strip()
        text = (text[:match.start()] + " " + text[match.end():]).strip()
    if text.endswith(".") and is_legal_form(text.rsplit(None, 1)[-1].rstrip(".")):
        text = text[:-1]  # "PT Bank Rakyat Indonesia (Persero) Tbk.": the abbreviation's period
    return " ".join(text.split()), acronym


@lru_cache(maxsize=1)
def _agreement_words() -> frozenset[str]:
    """All-capital words that are agreement vocabulary, not bodies (MOU, PKS, LOI...)."""
    return frozenset(t.text.upper() for t in triggers().terms if " " not in t.text)


@lru_cache(maxsize=1)
def _not_body_acronyms() -> frozenset[str]:
    """All-capital words that never start a body: agreement vocabulary and the names of things
    (organisations.yaml `thing_acronyms`: "LNG", "BBM", "APBD")."""
    return _agreement_words() | frozenset(w.upper() for w in organisations().thing_acronyms)


@lru_cache(maxsize=1)
def _generic_names() -> frozenset[str]:
    """Words that make a head generic, not a name ("Pemerintah Daerah dan Perguruan Tinggi")."""
    return frozenset(w.lower() for w in organisations().generic_words)


@lru_cache(maxsize=1)
def known_acronyms() -> frozenset[str]:
    """Acronyms of national institutions from the gazetteer (KPK, BPN, PLN...)."""
    return frozenset(row["acronym"] for row in load_csv("institutions/national.csv") if row["acronym"])


def find_orgs(text: str, offset: int, known: frozenset[str], acronyms: dict[str, str],
              covered: list[tuple[int, int]]) -> list[Organisation]:
    """Bodies in one sentence outside the `covered` (people) ranges."""
    tokens = tokenize(text, offset)
    lex = lexicon()
    found = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        # every body starts with a capital (or a unit's number); most words are neither
        if not (tok.is_cap or tok.text[:1].isdigit()) or any(start <= tok.start < end for start, end in covered):
            i += 1
            continue
        known_body = institution_at(tokens, i)
        if known_body is not None and not known_body.weak:
            # a gazetteer name goes as far as it is known ("Universitas Sebelas Maret", "Bank
            # Kaltimtara"), or as far as the grammar reads when that is longer
            read = scan_body(tokens, i, inside_position=False, known=known, known_at=institution_at) \
                if org_head_length(tokens, i) else 0
            end = _after_known_name(tokens, known_body.end)
            if read > end and all(is_vocabulary(t, known) or t.text in PUNCTUATION or t.lower in lexicon().connectors
                                  or country_at(tokens, k) for k, t in enumerate(tokens[end:read], end)):
                end = read  # the grammar reads more of the body's words ("... Cabang Klaten")
            found.append(_org(text, offset, tokens[i].start, tokens[end - 1].end,
                              "org_head" if read == end else "gazetteer"))
            i = end
            continue
        head = org_head_length(tokens, i)
        if head and i > 0 and _counts(tokens[i - 1]) and not _numbers_a_line(text, offset, tokens[i - 1]):
            i += head  # "tiga Bank BUMN yang terdiri dari ...": a counted group, not a body
            continue
        if head:
            end = _before_its_province(tokens, i + head, scan_body(tokens, i, inside_position=False, known=known,
                                                                   known_at=institution_at))
            head_words = tuple(t.lower for t in tokens[i:i + head])
            named = any(t.lower not in _generic_names() for t in tokens[i + head:end])
            if named or head_words not in lex.heads_needing_name:
                found.append(_org(text, offset, tokens[i].start, tokens[end - 1].end, "org_head"))
                i = end
                continue
            place = _shared_place(tokens, i + head, known)
            if place:
                # "Pemprov dan Polda Bengkulu": the head takes the place the next body ends with
                org = _org(text, offset, tokens[i].start, tokens[i + head - 1].end, "shared_place")
                org.name = f"{org.name} {place}"
                found.append(org)
                i += head
                continue
        elif tok.is_cap and (tail := english_tail(tokens, i)):
            if office := position_head_length(tokens, i):
                i += office  # "Direktur Utama Bank": an office of a bank not named, no body
                continue
            found.append(_org(text, offset, tok.start, tokens[tail - 1].end, "tail_head"))
            i = tail
            continue
        elif tok.is_cap and (firm := _firm_name_end(text, offset, tokens, i)):
            found.append(_org(text, offset, tok.start, tokens[firm - 1].end, "firm_name"))
            i = firm
            continue
        elif (tok.is_acronym or _defined_for_a_body(tok, acronyms)) \
                and tok.text.upper() not in _not_body_acronyms() and not is_title(tok) \
                and not acronyms.get(tok.text, "X")[:1].islower() and not _names_office(acronyms.get(tok.text)) \
                and not _names_agreement(acronyms.get(tok.text)) \
                and tok.lower not in lex.common_words \
                and not match_phrase(tokens, i, lex.place_names) and not country_at(tokens, i) \
                and not tok.is_number:
            end = scan_body(tokens, i, inside_position=True, known=known, known_at=institution_at)
            rule = "defined_acronym" if tok.text in acronyms else (
                "gazetteer_acronym" if tok.text in known_acronyms() else "unknown_acronym")
            entry = _org(text, offset, tok.start, tokens[end - 1].end, rule)
            entry.weak = rule == "unknown_acronym"
            found.append(entry)
            i = end
            continue
        i += 1
    return found


def _firm_name_end(text: str, offset: int, tokens: list[Tok], i: int) -> int | None:
    """End of a firm's name whose capitalised words a joiner sign links ("Johnson & Johnson
    Indonesia", "Ernst & Young"), or None. The tokenizer drops the sign, so it is read from
    the text between the words."""
    joiners = _firm_joiners()
    if i + 1 >= len(tokens) or text[tokens[i].end - offset:tokens[i + 1].start - offset].strip() not in joiners:
        return None  # the common case, read first: no joiner after the word
    if position_head_length(tokens, i):
        return None  # "Rektor & Dekan ...": two offices
    j = i
    while j + 1 < len(tokens) and tokens[j + 1].is_cap and not position_head_length(tokens, j + 1) \
            and text[tokens[j].end - offset:tokens[j + 1].start - offset].strip() in joiners:
        j += 1
    if j == i:
        return None
    j += 1
    while j < len(tokens) and tokens[j].is_cap and tokens[j].text not in PUNCTUATION and not is_stop(tokens, j) \
            and not is_title(tokens[j]) and not position_head_length(tokens, j) and not org_head_length(tokens, j):
        j += 1
    return j


@lru_cache(maxsize=1)
def _firm_joiners() -> frozenset[str]:
    return frozenset(organisations().firm_joiners)


def _defined_for_a_body(tok: Tok, acronyms: dict[str, str]) -> bool:
    """"Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (Bapperida)": a word in mixed
    case the article defines for a body's name is that body's acronym wherever it stands."""
    long_form = acronyms.get(tok.text)
    return tok.is_cap and long_form is not None and org_head_length(tokenize(long_form), 0) > 0


@lru_cache(maxsize=1)
def _agreement_term_start() -> regex.Pattern:
    return regex.compile(rf"(?:{words_pattern([t.text for t in triggers().terms])})\b", regex.IGNORECASE)


def _names_agreement(long_form: str | None) -> bool:
    """"Kerja Sama Daerah (KSD)", "Step Loan Agreement (SLA)": an acronym the article defines
    for a kind of agreement is no body."""
    if long_form is None:
        return False
    words = long_form.split()
    return _agreement_term_start().match(long_form) is not None or (bool(words) and words[-1] in _agreement_name_ends())


@lru_cache(maxsize=1)
def _agreement_name_ends() -> frozenset[str]:
    return frozenset(organisations().agreement_name_ends)


def _numbers_a_line(text: str, offset: int, tok: Tok) -> bool:
    """"1. Universitas A" on a list line: a number with its period numbers the line, it counts nothing."""
    return text[tok.end - offset:tok.end - offset + 1] == "."


def _counts(tok: Tok) -> bool:
    """A cardinal number before a head ("tiga Bank", "2 PT"); "kedua" (both, second) is not one."""
    return tok.text.isdigit() or tok.lower in _cardinal_words()


@lru_cache(maxsize=1)
def _cardinal_words() -> frozenset[str]:
    return frozenset(word for word, value in date_lexicon().number_words.items() if value > 1)


def _names_office(long_form: str | None) -> bool:
    """"Perdana Menteri (PM)": an acronym the article defines for an office is no body."""
    return long_form is not None and position_head_length(tokenize(long_form), 0) > 0


def _before_its_province(tokens: list[Tok], start: int, end: int) -> int:
    """The end of a body named with its regency or city before the province it adds
    ("Pemkab Kendal Provinsi Jawa Tengah" ends at "Kendal")."""
    lex = lexicon()
    qualifiers = {w.lower() for w in organisations().province_qualifiers}
    for k in range(start + 1, end - 1):
        if tokens[k].lower in qualifiers and match_phrase(tokens, k + 1, lex.place_names) == end - k - 1 \
                and any(match_phrase(tokens, j, lex.place_names) == k - j for j in range(start, k)):
            return k
    return end


def _after_known_name(tokens: list[Tok], j: int) -> int:
    """Past what may follow a known name: its acronym in brackets and its country or region
    ("Multimedia University (MMU) Malaysia"). The place is written with a capital: "di
    Yogyakarta" after a name is where it signs, not "DI Yogyakarta"."""
    lex = lexicon()
    while j < len(tokens):
        if tokens[j].text == "(" and j + 2 < len(tokens) and tokens[j + 2].text == ")" and tokens[j + 1].is_acronym:
            j += 3
        elif tokens[j].is_cap and (length := (match_phrase(tokens, j, lex.country_names)
                                              or match_phrase(tokens, j, lex.place_names))):
            j += length
        else:
            return j
    return j


def _shared_place(tokens: list[Tok], j: int, known: frozenset[str]) -> str | None:
    """The place that ends the next body when a bare head is joined to it ("Pemprov dan
    Polda Bengkulu" -> "Bengkulu"), or None."""
    lex = lexicon()
    if j + 1 >= len(tokens) or tokens[j].lower not in lex.body_joiners:
        return None
    head = org_head_length(tokens, j + 1)
    if not head:
        return None
    end = scan_body(tokens, j + 1, inside_position=False, known=known, known_at=institution_at)
    for k in range(j + 1 + head, end):
        if match_phrase(tokens, k, lex.place_names) == end - k:
            return " ".join(t.text for t in tokens[k:end])
    return None


@lru_cache(maxsize=1)
def _source_cue() -> regex.Pattern:
    vocabulary = organisations()
    return regex.compile(rf"\b(?:{words_pattern(vocabulary.source_cues)})\s*(?:(?:{words_pattern(vocabulary.source_pages)})\s+)?$",
                         regex.IGNORECASE)


@lru_cache(maxsize=1)
def _acting_through() -> regex.Pattern:
    # the unit may be the acronym of the long form after the cue: "melalui Tim Koordinasi ... (TKKSD)"
    return regex.compile(rf"^\s*,?\s*(?:{words_pattern(organisations().acting_through)})\s*(?:[^.,;()]{{1,80}}\()?$",
                         regex.IGNORECASE)


def acts_for(text: str, body_end: int, unit_start: int) -> bool:
    """"Pemkab Lampung Selatan melalui TKKSD": the unit right after "melalui" acts for the body
    ending before it and is no party of its own."""
    return body_end <= unit_start and bool(_acting_through().match(text[body_end:unit_start]))


def is_reported_source(text: str, start: int) -> bool:
    """"dilansir dari laman Kemenag": the body that reports, not one that signs."""
    return bool(_source_cue().search(text[max(0, start - 30):start].rstrip()))


# "perguruan tinggi swasta (PTS)": an acronym of lower-case words names a kind, not a body
# (looked for behind each parenthesis: two lower-case words there are the same test as two
# to six, and a scan from every lower-case word trying up to six words each cost ~40x more)
_GENERIC_ACRONYM = regex.compile(r"(?<=(?<!\w)\p{Ll}+\s+\p{Ll}+\s+)\((\p{Lu}{2,8})\)")
_SEPARATOR = regex.compile(r"\s[-–—|]\s?|\s?[-–—|]\s|[–—|]")


def _in_dateline(found: Candidates, sentence: Sentence, org: Organisation) -> bool:
    """"RIAUONLINE, PEKANBARU -", "SUARABARU.ID –", "TANJUNGPINANG |WARTA RAKYAT–": the media
    name in a dateline is no party (the dateline's line, before its last separator); nor is a
    name that runs across that separator ("ANTARA - Sebanyak": a misread joining the media
    name to the article's first word)."""
    if found.dateline is not None:
        line = _dateline_head(found)
    else:
        first = next((s for s in found.sentences if not s.excluded), None)
        if first is None or sentence.index != first.index:
            return False
        line = (sentence.start, sentence.start + 90)
    separators = list(_SEPARATOR.finditer(found.text, line[0], line[1]))
    return bool(separators) and line[0] <= org.start < separators[-1].start()


def _dateline_head(found: Candidates) -> tuple[int, int]:
    """The characters of the dateline's line where a head (place, media, date) may stand."""
    start = found.text.rfind("\n", 0, found.dateline.start) + 1
    line_end = found.text.find("\n", start)
    return start, min(len(found.text) if line_end < 0 else line_end, found.dateline.end + 40)


@lru_cache(maxsize=1)
def _no_bodies() -> frozenset[str]:
    """Kinds of body, programmes, budget documents and the state itself (organisations.yaml)."""
    return frozenset(_name_words(n) for n in organisations().not_bodies)


_LIST_MARKS = regex.compile(r"[,;:]")


def _name_words(name: str) -> str:
    """A name's words in lower case, without the commas a list of words may be written with
    ("Merdeka Belajar, Kampus Merdeka")."""
    return " ".join(_LIST_MARKS.sub(" ", name).lower().split())


@lru_cache(maxsize=1)
def _programme_cue() -> regex.Pattern:
    return regex.compile(rf"\b(?:{words_pattern(organisations().programme_cues)})\s+$", regex.IGNORECASE)


def names_programme(text: str, start: int) -> bool:
    """Whether the name starting at `start` follows a programme word ("Program Jaksa Garda Desa")."""
    return bool(organisations().programme_cues) and bool(_programme_cue().search(text[max(0, start - 30):start]))


def programme_acronyms(text: str, table: AcronymTable) -> frozenset[str]:
    """Acronyms the article defines for a programme or policy ("Program Jaksa Garda Desa (Jaga
    Desa)"): like the acronyms of lower-case words, they name no body."""
    return frozenset(short for short, _, start, _ in table.items() if names_programme(text, start))


def names_no_body(name: str) -> bool:
    """"Badan Usaha Milik Negara", "Kebijakan Umum Anggaran", "RI": not a party on its own."""
    return _name_words(clean_name(name)[0]) in _no_bodies()


def not_a_party(found: Candidates, sentence: Sentence, org: Organisation) -> bool:
    """The medium that reports (dateline, "dilansir dari ...", a web name), or a name that
    is no body at all, never a signing body."""
    return is_reported_source(found.text, org.start) or _in_dateline(found, sentence, org) \
        or bool(web_name_pattern().fullmatch(org.text.strip())) or names_no_body(org.name) \
        or names_no_body(found.acronyms.get(org.name, "")) or names_event(found.text, org) \
        or bool(_parent_cue().search(found.text[max(0, org.start - 40):org.start])) \
        or is_photo_credit(found.text, org.start) \
        or bool(_field_cue().search(found.text[max(0, org.start - 20):org.start]))


def is_photo_credit(text: str, start: int) -> bool:
    """"... Selasa (30/4/2024)--ANDI/HMS": a credit ending a caption line, no body."""
    end = text.find("\n", start)
    return bool(_photo_credit().match(text[start:end if end >= 0 else len(text)]))


@lru_cache(maxsize=1)
def _photo_credit() -> regex.Pattern:
    return regex.compile(organisations().photo_credit)


@lru_cache(maxsize=1)
def _field_cue() -> regex.Pattern:
    """"kerja sama di bidang Renewable Energy": a name right after a field word (written in lower
    case: "Deputi Bidang ..." is an office) names the field, not a body."""
    return regex.compile(rf"\b(?:{words_pattern(organisations().field_cues)})\s+$")


@lru_cache(maxsize=1)
def _parent_cue() -> regex.Pattern:
    """", anak usaha PT Pertamina": a parent named in an apposition after its subsidiary (the
    comma before the cue; "melalui anak usahanya PT X" names the body that acts)."""
    return regex.compile(rf",\s*(?:{words_pattern(organisations().parent_cues)})\s+$", regex.IGNORECASE)


def names_event(text: str, org: Organisation) -> bool:
    """"Di sela KTT G20", "dalam Indonesia International Motor Show (IIMS) 2023", "ajang
    pameran Hannover Messe", "Indonesia International Sustainability Forum (ISF) 2024": an
    event where the signing took place is no party."""
    return _event_name(org.name) or bool(_event_cue().search(text[max(0, org.start - 30):org.start])) \
        or _an_edition(text, org.name, org.end)


_EDITION_YEAR = regex.compile(r"\s*(?:\(\p{Lu}[\p{L}\d]*\)\s*)?(?:19|20)\d\d\b")


def _an_edition(text: str, name: str, end: int) -> bool:
    """A name ending with a word of organisations.yaml edition_words and followed (at `end`) by
    a year ("... Sustainability Forum (ISF) 2024"): an event's edition, no body."""
    words = _name_words(clean_name(name)[0]).split()
    return bool(words) and words[-1] in _edition_words() and _EDITION_YEAR.match(text, end) is not None


@lru_cache(maxsize=1)
def _edition_words() -> frozenset[str]:
    return frozenset(w.lower() for w in organisations().edition_words)


def _event_name(name: str) -> bool:
    """A name that opens or closes with an event word or phrase ("KTT G20", "... Motor Show
    2023", "Forum Bisnis Indonesia-Korea", "Indonesia-China Business Forum")."""
    words = tuple(w for w in _name_words(clean_name(name)[0]).split() if not w.isdigit())
    return any(words[:size] in phrases or words[-size:] in phrases
               for size, phrases in _event_phrases().items() if len(words) >= size)


@lru_cache(maxsize=1)
def _event_phrases() -> dict[int, frozenset[tuple[str, ...]]]:
    """The event words of organisations.yaml in lower case, as word tuples by their length."""
    phrases = [tuple(w.lower().split()) for w in organisations().event_words]
    return {size: frozenset(p for p in phrases if len(p) == size) for size in {len(p) for p in phrases}}


@lru_cache(maxsize=1)
def _event_cue() -> regex.Pattern:
    return regex.compile(rf"\b(?:{words_pattern(organisations().event_cues)})\s+$", regex.IGNORECASE)


def _org(text: str, offset: int, start: int, end: int, rule: str) -> Organisation:
    surface = text[start - offset:end - offset]
    name, acronym = clean_name(surface)
    return Organisation(start, end, surface, name, acronym, rule)


@lru_cache(maxsize=1)
def _office_templates() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(people().office_bodies.items(), key=lambda item: len(item[0]), reverse=True))


@lru_cache(maxsize=4096)  # asked for every signer against every party
def office_body(position: str, body: str) -> str | None:
    """The body an office stands for: "Bupati Sragen" -> "Pemerintah Kabupaten Sragen" (an
    office followed only by a place, people.yaml office_bodies), "Menteri Luar Negeri
    Malaysia" -> "Kementerian Luar Negeri Malaysia" (an office whose portfolio names its
    body, office_body_heads)."""
    words = tokenize(body)
    if not words:
        return None
    head = _office_head(position, body)
    # a unit's number may stand before its place: "Dandim 0421 Lampung Selatan", "Danrem 042/Gapu"
    numbered = 1 if len(words) > 1 and (words[0].is_number or words[0].text[:1].isdigit()) else 0
    unit = len(words) == 1 and bool(_UNIT_NUMBER.match(words[0].text))
    placed = unit or match_phrase(words, numbered, lexicon().place_names) == len(words) - numbered \
        or country_at(words, 0) == len(words)
    if placed:
        for office, template in _office_templates():
            if head.lower() == office.lower():
                return template.format(place=body)
    prefix = people().office_body_heads.get(head) or people().office_body_heads.get(head.title()) \
        or minister_titles().get(head)
    if placed and (not prefix or len(prefix.split()) < 2):
        return None  # "Menteri Malaysia" names no ministry; "Menlu Australia", "Dubes Jepang" do
    if not prefix or words[0].lower == prefix.split()[0].lower():
        return None  # no such office, or the body already says what it is
    return f"{prefix} {_second_office().sub('/', body)}"


@lru_cache(maxsize=1)
def _second_office() -> regex.Pattern:
    """A second office joined by a slash inside a body ("Menteri ATR/Kepala BPN"): the one body both
    head is named by the two portfolios alone ("Kementerian ATR/BPN")."""
    return regex.compile(rf"/\s*(?:{words_pattern(people().position_heads)})\s+(?=\p{{Lu}})")


@lru_cache(maxsize=1024)
def bodyless_office_body(position: str) -> tuple[str, bool] | None:
    """What an office written without its body stands for: the ministry a minister's short
    title names ("Mendag" -> ("Kementerian Perdagangan", True), office_body_heads and the
    minister titles), or the start of the names of the bodies of the kind a regional office
    heads ("Sekda" -> ("Pemerintah", False), "Bupati" -> ("Pemerintah Kabupaten", False),
    office_bodies). None for other offices."""
    head = _office_head(position, "")
    ministry = people().office_body_heads.get(head) or minister_titles().get(head)
    if ministry and len(ministry.split()) > 1:
        return ministry, True
    template = next((template for office, template in _office_templates() if head.lower() == office.lower()), None)
    start = template.split("{place}")[0].strip() if template else ""
    return (start, False) if start else None


def _office_head(position: str, body: str) -> str:
    """The office of a position without its body, with its prefix written in full, word by word
    ("Pj Gubernur" as "Pj. Gubernur"; "Pjs" is no "Pj"); of two offices joined, the last."""
    head = position[:len(position) - len(body)].strip().rstrip(",").strip()
    words = head.split()
    # of two offices joined ("Asisten II sekaligus Plh Sekda Klaten") the one written last heads the body
    last_joiner = max((k for k, w in enumerate(words) if w.lower() in _position_joiners()), default=-1)
    spellings = people().office_prefix_spellings
    return " ".join(word for word in (spellings.get(w, w) for w in words[last_joiner + 1:]) if word)


@lru_cache(maxsize=1)
def _position_joiners() -> frozenset[str]:
    """people.yaml position_joiners, lower-cased ("sekaligus", "merangkap")."""
    return frozenset(w.lower() for w in people().position_joiners)


def holderless_office_bodies(text: str, offices: list[tuple[int, int, int]]) -> list[Organisation]:
    """The bodies that offices of a region or a country named without a holder stand for
    ("Bupati Klaten" -> the Pemerintah Kabupaten Klaten, "Menlu Australia"), or offices whose
    portfolio names their body, written in words of a portfolio alone ("Menteri Pertanian" ->
    the Kementerian Pertanian, rule "portfolio_office", or "Kapolri" that names its body alone, rule
    "sole_office": a party only where an instrument's sentence says between whom it is, see
    extract/assembly/mentions.py); with no one in the position they are bodies of the sentence.
    Other offices give none: their body is written out and found itself, and a holder's
    one-word name could hide in it."""
    bodies = []
    for start, body_start, end in offices:
        if _onlooker_cue().search(text, max(0, start - _CUE_REACH), start):
            continue  # "disaksikan Gubernur Jawa Tengah": an office that witnesses or attends signs for no body
        if body_start == start:  # "antara Kapolri dan Jaksa Agung": the office is its body's name (see party_fields)
            bodies.append(_org(text, 0, start, end, "sole_office"))
            continue
        words = tokenize(text[body_start:end])
        placed = _all_place(words)
        office = office_body(text[start:end], text[body_start:end]) if placed or _all_portfolio(words) else None
        if office:
            org = _org(text, 0, body_start, end, "office_body" if placed else "portfolio_office")
            org.name = office
            bodies.append(org)
    return bodies


def _all_portfolio(words: list[Tok]) -> bool:
    """A portfolio's words and nothing else ("Pertanian", "Dalam Negeri", "Pendidikan dan
    Kebudayaan"): vocabulary or a connector, no word a holder's name could be."""
    lex = lexicon()
    return bool(words) and all(is_vocabulary(w) and not w.is_acronym or w.lower in lex.connectors for w in words) \
        and words[-1].lower not in lex.connectors


_CUE_REACH = 40  # characters before an office searched for the cue that makes it an onlooker


@lru_cache(maxsize=1)
def _onlooker_cue() -> regex.Pattern:
    """A witness or attendee cue of patterns/people.yaml written right before an office."""
    cues = [*people().witness_cues, *people().attendee_cues]
    return regex.compile(rf"\b(?:{words_pattern(cues)})\s+$", regex.IGNORECASE)


def _all_place(words: list) -> bool:
    """A region's or a country's name and nothing else: no holder's name can hide in it."""
    return bool(words) and (match_phrase(words, 0, lexicon().place_names) == len(words)
                            or country_at(words, 0) == len(words))


def generic_acronyms(text: str) -> frozenset[str]:
    """Acronyms of lower-case words in the article: they name kinds, not bodies."""
    return frozenset(_GENERIC_ACRONYM.findall(text))


_INITIAL = regex.compile(r"\p{Lu}\.?(?:\s|$)")  # "A. Harwanto", "R.", "A"


def body_is_a_name(body: str) -> bool:
    """"Gubernur Dr Zulkieflimansyah", "Vice President A. Harwanto": a position's 'body' that
    opens with a title or a name's initial is the start of the holder's name, no body."""
    words = tokenize(body)
    return bool(words) and (is_title(words[0]) or bool(_INITIAL.match(body.strip())))


def is_level_word(body: str) -> bool:
    """"Kota" in "Sekretaris Kota Ikhsan": a region's level alone names no body (people.yaml level_words)."""
    return body.strip().lower() in {w.lower() for w in people().level_words}


def position_body(text: str, person: Person) -> Organisation:
    """The body inside a person's position, as an organisation ("Bupati Sragen" -> the
    Pemerintah Kabupaten Sragen when the office names one)."""
    body_start = text.index(person.body.split()[0], person.position_start)
    org = _org(text, 0, body_start, person.position_end, "position_body")
    office = office_body(person.position, person.body)
    if office:
        org.name, org.rule = office, "office_body"
    org.in_position, org.position_start = True, person.position_start
    return org


def sole_office_org(person: Person) -> Organisation | None:
    """"Kapolri Jenderal Pol. X", "Jaksa Agung Y": the office of a position with no body, when it names
    its body by itself (people.yaml sole_office_bodies), as the organisation of that position; the
    party takes the body's name from the office (see extract/assembly/parties.py party_fields)."""
    if person.body or person.position not in people().sole_office_bodies or person.position_start is None:
        return None
    org = Organisation(person.position_start, person.position_end, person.position, person.position, None,
                       "sole_office")
    org.in_position, org.position_start = True, person.position_start
    return org


def defined_bodies(found: Candidates, sentence: Sentence, table: AcronymTable,
                   covered: list[tuple[int, int]] = ()) -> None:
    """"Muslim World League (MWL)": a long form the article defines an acronym for is a
    body even without a head word; it replaces shorter candidates inside it. One defined
    inside a person's position ("Kepala Dinas Pertanian (Distan) Kabupaten Garut") is that
    position's body, not another party."""
    for short, long_form, start, end in table.items():
        if not sentence.start <= start < sentence.end or short.upper() in _agreement_words() \
                or _names_agreement(long_form) or any(first <= start < last for first, last in covered):
            continue  # "Implementing Arrangement (IA)": an instrument's acronym is no body's
        if names_no_body(long_form) or names_programme(found.text, start) or _event_name(long_form) \
                or _an_edition(found.text, long_form, end):
            # "TNI Manunggal Membangun Desa (TMMD)": a programme; no body inside it either
            found.orgs[:] = [o for o in found.orgs if not (start <= o.start < end)]
            continue
        words = tokenize(long_form)
        if match_phrase(words, 0, lexicon().place_names) == len(words) or position_head_length(words, 0):
            continue
        if not org_head_length(words, 0) and all(
                w.lower in lexicon().common_words or w.lower in lexicon().place_words or w.text in PUNCTUATION
                or w.lower in lexicon().connectors for w in words):
            continue  # "Aparatur Sipil Negara (ASN)", "Sumber Daya Manusia (SDM)": not bodies
        if any(o.start <= start and end <= o.end or acts_for(found.text, o.end, start) for o in found.orgs):
            continue
        found.orgs[:] = [o for o in found.orgs if not (start <= o.start and o.end <= end)]
        org = _org(found.text, 0, start, end, "defined_acronym")
        org.sentence = sentence.index
        found.orgs.append(org)
