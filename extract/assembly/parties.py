"""Party resolution: the same body written twice, and which party a signatory signs for."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from extract.assembly import cues
from extract.assembly.states import office_state, party_state
from extract.candidates import Organisation, Person
from extract.gazetteer import gazetteer
from extract.institutions import canonicalize, expand_abbreviations, same_institution
from extract.known_institutions import institutions_in
from extract.organisations import bodyless_office_body, is_level_word, office_body
from extract.phrases import lexicon, match_phrase, tokenize
from extract.vocabulary import people


@dataclass(slots=True)
class MergedParty:
    """One body of a record: its mentions, named by the fullest surface form."""

    name: str
    acronym: str | None
    aliases: list[str]
    mentions: list[Organisation] = field(default_factory=list)


@lru_cache(maxsize=65536)
def tokens_of(name: str) -> frozenset[str]:
    return frozenset(_NAME_WORD.findall(expand_abbreviations(name).lower()))


_NAME_WORD = regex.compile(r"[\p{L}\p{N}]+")


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return frozenset(w.lower() for w in cues.words("party_generic_words"))


@lru_cache(maxsize=1)
def _government_short_forms() -> frozenset[str]:
    return frozenset(cues.words("government_short_forms"))


def distinctive(name: str) -> frozenset[str]:
    return tokens_of(name) - _generic()


def expand_acronym(name: str, acronyms: dict[str, str]) -> str:
    """'ORI Perwakilan Jawa Tengah' -> 'Ombudsman Republik Indonesia Perwakilan Jawa Tengah'."""
    return " ".join([acronyms.get(word, word) for word in name.split()])  # a list joins faster than a generator


def same_party(a: str, b: str, acronyms: dict[str, str], *, loose: bool = False) -> bool:
    """Same body? `loose` (within one agreement) also lets a shorter mention ("Ombudsman")
    stand for a longer one ("Ombudsman RI Perwakilan Jawa Tengah")."""
    return _same_expanded(expand_acronym(a, acronyms), expand_acronym(b, acronyms), loose)


@lru_cache(maxsize=256)  # about one article's pairs: merging asks about the same pairs many times
def _same_expanded(long_a: str, long_b: str, loose: bool) -> bool:
    """same_party on names with the article's acronyms spelt out."""
    if same_institution(long_a, long_b):
        return True
    if _different_regions(long_a, long_b):
        return False
    ta, tb = distinctive(long_a), distinctive(long_b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    shorter = ta if ta < tb else tb if tb < ta else None
    # a shorter mention stands for a longer one only by a body word, not by a place name
    # alone ("Pemkab Sragen" is not "Kejaksaan Negeri Sragen"), and not when the longer one
    # adds a country ("Kementerian Perdagangan RI" is not "... Perdagangan Malaysia")
    return loose and shorter is not None and bool(shorter - lexicon().place_words) \
        and not ((ta | tb) - shorter) & _country_words() \
        and _head_shared(long_a if shorter == ta else long_b, long_b if shorter == ta else long_a) \
        and not (_only_head_words(shorter) and _two_known_bodies(long_a, long_b))


def _head_shared(shorter: str, longer: str) -> bool:
    """A shorter mention stands for a longer one only with the longer's kind of body: "PT X" is
    not "Universitas X", nor "Pemerintah Kota X" "Kepolisian Resor X", when X is no known place."""
    tokens = tokenize(expand_abbreviations(shorter))
    size = match_phrase(tokens, 0, lexicon().org_heads)
    return not size or {token.key for token in tokens[:size]} <= tokens_of(longer)


def _different_regions(a: str, b: str) -> bool:
    """"Pemerintah Kota Bogor" and "Pemerintah Kabupaten Bogor" share every distinctive word but
    are two governments: the wilayah codes of the two names tell them apart."""
    code_a, code_b = canonicalize(a).region_code, canonicalize(b).region_code
    return bool(code_a and code_b and code_a != code_b)


def _only_head_words(words: frozenset[str]) -> bool:
    """Distinctive words that only say the kind of body ("universitas" of "Universitas Indonesia")."""
    return all((word,) in lexicon().org_heads.get(word, ()) for word in words)


def _two_known_bodies(a: str, b: str) -> bool:
    """"Universitas Indonesia" and "Universitas Gadjah Mada": two rows of the gazetteer are two
    bodies, though one name's words (less the generic "Indonesia") lie inside the other's."""
    tables = gazetteer().tables
    known_a, known_b = canonicalize(a), canonicalize(b)
    return known_a.rule.split(":")[0] in tables and known_b.rule.split(":")[0] in tables \
        and known_a.canonical != known_b.canonical


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Words of country names: a body of another country is another body."""
    return frozenset(word for words in lexicon().country_names.values() for name in words for word in name)


def _initials_stand_for(a: str, b: str) -> bool:
    """"SMA IT" and "SMA Insan Teladan Klaten", "SJ" and "Sinar Jaya": the shorter
    name is the longer one with a run of its words written as their initials (and the longer
    may add its town): one body written two ways within one record."""
    short, long_ = sorted((_NAME_WORD.findall(a), _NAME_WORD.findall(b)), key=len)
    if not short or len(short) >= len(long_):
        return False
    at, abbreviated = 0, False
    for word in short:
        if at < len(long_) and word.lower() == long_[at].lower():
            at += 1
            continue
        run = len(word)
        if abbreviated or run < 2 or not word.isupper() or at + run > len(long_) \
                or "".join(w[0] for w in long_[at:at + run]).upper() != word:
            return False
        at, abbreviated = at + run, True
    rest = tokenize(" ".join(long_[at:]))
    return abbreviated and (not rest or match_phrase(rest, 0, lexicon().place_names) == len(rest))


def new_bodies(parties: list[Organisation], orgs: list[Organisation], acronyms: dict[str, str]) -> list[Organisation]:
    """The bodies of `orgs` that are none of `parties`."""
    return [o for o in orgs if not any(same_party(p.name, o.name, acronyms) for p in parties)]


def merge_parties(orgs: list[Organisation], acronyms: dict[str, str], *, initials: bool = True) -> list[MergedParty]:
    """One party per body, in order of first mention, named by its fullest surface form."""
    parties: list[MergedParty] = []
    for org in orgs:
        party = next((p for p in parties if same_party(p.name, org.name, acronyms, loose=True)
                      or (initials and _initials_stand_for(p.name, org.name))), None)
        if party is None:
            name = expand_acronym(org.name, acronyms)
            parties.append(MergedParty(name, org.acronym, [org.name] if name != org.name else [], [org]))
        else:
            _add_mention(party, org, acronyms)
    for party in parties:
        _settle_acronym(party, acronyms)
        party.aliases = sorted(set(party.aliases) - {party.name})
    return parties


def _add_mention(party: MergedParty, org: Organisation, acronyms: dict[str, str]) -> None:
    party.mentions.append(org)
    longer = expand_acronym(org.name, acronyms)
    if len(longer) > len(party.name) and not org.in_position:
        party.aliases.append(party.name)
        party.name = longer
    elif org.name != party.name:
        party.aliases.append(org.name)
    if org.acronym and not party.acronym:
        party.acronym = org.acronym


def _settle_acronym(party: MergedParty, acronyms: dict[str, str]) -> None:
    """The article's acronym for the body; "Pemkab Banyumas" is a short name, not an acronym."""
    short = next((a for a, long in acronyms.items() if long and long in party.name), None)
    if not party.acronym and short:
        party.acronym = short
    if party.acronym and len(party.acronym.split()) > 1 and party.acronym.split()[0] in _government_short_forms():
        party.acronym = None


@lru_cache(maxsize=1)
def _sole_office_bodies() -> dict[str, str]:
    return {office.lower(): body for office, body in people().sole_office_bodies.items()}


def party_fields(party: MergedParty) -> dict:
    """The record's party: surface name plus what the institution gazetteer knows. A party
    written as an office that names its body alone ("KSAD") is that body."""
    name, aliases = party.name, party.aliases
    body = _sole_office_bodies().get(name.lower())
    if body:
        name, aliases = body, sorted({*aliases, name})
    institution = canonicalize(name)
    acronym = party.acronym
    if acronym in _government_short_forms():
        acronym = institution.acronym
    return {
        "name": name,
        "acronym": acronym or institution.acronym,
        "kind": institution.kind,
        "canonical": institution.canonical,
        "region_code": institution.region_code,
        "aliases": aliases,
    }


def party_of(person: Person, parties: list[MergedParty], acronyms: dict[str, str]) -> int | None:
    """Index of the party a person's position belongs to ("Bupati Banyumas" -> Pemkab Banyumas).
    Of parties that match as well, the one read from this very position wins, then the one
    sharing more words with the body the office stands for: "Kapolres Gianyar ... dan Bupati
    Gianyar ..." share the place word, but the Bupati signs for the Pemerintah Kabupaten. The
    body the office stands for is read too: "Menteri ESDM" signs for the party "Kementerian ESDM",
    whose name the gazetteer spells out in words the bare "ESDM" lacks; and the party's short
    form, the article's or the gazetteer's, ending the body ("Direktur Bisnis Mikro BRI")."""
    if not person.position:
        return None
    position = expand_acronym(person.body or person.position, acronyms)
    office_name = office_body(person.position, person.body) if person.body else None
    readings = [reading for reading in (distinctive(position), distinctive(office_name or "")) if reading]
    office = tokens_of(office_name or position) if person.body else frozenset()
    body_end = person.body.split()[-1].lower() if person.body else None
    best, best_rank, best_shared = None, (0.0, False, 0), frozenset()
    for index, party in enumerate(parties):
        have = {*distinctive(party.name), *(t for alias in party.aliases for t in distinctive(alias))}
        short_forms = {form.lower() for form in (party.acronym, canonicalize(party.name).acronym) if form}
        have |= short_forms
        if not have or not readings:
            continue
        names = tokens_of(party.name).union(*(tokens_of(alias) for alias in party.aliases))
        score, shared = max((len(reading & have) / len(reading), reading & have) for reading in readings)
        if body_end in short_forms:
            score = max(score, 0.5)  # "Direktur Bisnis Mikro BRI": a unit named with its body's short form
        rank = (score, _read_from_position(party, person), len(office & names))
        if rank > best_rank:
            best, best_rank, best_shared = index, rank, shared
    # "Dekan Fakultas Hukum Unsoed" signs for the party "Universitas Jenderal Soedirman", and
    # "Kepala Perwakilan BI Jatim" for "Bank Indonesia", not for the province whose place it
    # shares: a known institution in the body names the party its units belong to, unless a
    # party shares more than a place with the body
    parent = _known_institution_within(person.body or "")
    if parent and (best_rank[0] < 0.5 or best_shared <= lexicon().place_words):
        owners = [i for i, party in enumerate(parties) if same_party(party.name, parent, acronyms, loose=True)]
        if len(owners) == 1:
            return owners[0]
    if best_rank[0] >= 0.5 and not _another_state(person.position, parties[best]):
        return best
    if person.body and (government := _government_of_unit(person.body, parties)) is not None:
        return government
    if person.body and is_level_word(person.body):
        # "Sekretaris Kota Ikhsan" signs for the record's one government of that level
        level = [i for i, party in enumerate(parties) if person.body.strip().lower() in tokens_of(party.name)]
        return level[0] if len(level) == 1 else None
    found = _party_of_bodyless_office(person.position, parties) if not person.body else None
    # "Rektor Unwar" signs for the Universitas Warmadewa: a body written as its words' first syllables
    written = tokenize(person.body or "")
    if found is None and len(written) == 1:
        found = next((i for i, party in enumerate(parties) if _syllables_stand_for(written[0].text, party.name)), None)
    return found if found is not None else _party_of_state_office(person.position, parties)


def _government_of_unit(body: str, parties: list[MergedParty]) -> int | None:
    """"Plt. Kepala Bagian Pemerintahan Setda Grobogan", "Kepala Dinas Pariwisata Kabupaten Bogor":
    a unit of a regional government (institutions/regional_forms.yaml units), written at the end
    of the body, signs for the record's one party that is the government of the unit's region
    ("Pemkab Grobogan"); None when no party, or more than one, is."""
    words = body.split()
    unit = next((found for start in range(len(words))
                 if (found := canonicalize(" ".join(words[start:]))).rule.startswith("unit:") and found.region_code),
                None)
    if unit is None:
        return None
    governments = [index for index, party in enumerate(parties)
                   if (found := canonicalize(party.name)).rule.startswith("government:")
                   and found.region_code == unit.region_code]
    return governments[0] if len(governments) == 1 else None


def _another_state(position: str, party: MergedParty) -> bool:
    """"Duta Besar RI untuk Persatuan Emirat Arab" shares words with the party "Pemerintah Uni
    Emirat Arab", but the ambassador's state is Indonesia: the party is another state's government."""
    state = office_state(position)
    return state is not None and party_state(party.name) not in (None, state)


def _party_of_state_office(position: str, parties: list[MergedParty]) -> int | None:
    """"Menteri ESDM" signs for the party "Pemerintah Indonesia", "Menteri Kesehatan UEA" for
    "Pemerintah Uni Emirat Arab": the one party that is the government of the office's state."""
    state = office_state(position)
    if state is None:
        return None
    found = [i for i, party in enumerate(parties)
             if any(party_state(name) == state for name in (party.name, *party.aliases))]
    return found[0] if len(found) == 1 else None


def _party_of_bodyless_office(position: str, parties: list[MergedParty]) -> int | None:
    """"Mendag Zulkifli Hasan" signs for the party "Kementerian Perdagangan", "Sekda Herni
    Sulasti" for the record's one regional government, "Bupati Budi" for its one Pemerintah
    Kabupaten: an office written without its body signs for the one party it can head."""
    stands_for = bodyless_office_body(position)
    if stands_for is None:
        return None
    name, whole = stands_for
    if whole:
        found = [i for i, party in enumerate(parties) if same_institution(party.name, name)]
    else:
        found = [i for i, party in enumerate(parties) if expand_abbreviations(party.name).startswith(f"{name} ")]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=4096)
def _known_institution_within(body: str) -> str | None:
    """The canonical name of the last gazetteer institution written in a position's body
    ("FKIP Unsoed" -> "Universitas Jenderal Soedirman"), the one its units belong to; None
    when the body names none."""
    known = [match for match in institutions_in(tokenize(body)) if not match.weak]
    return known[-1].institution.canonical if known else None


def _syllables_stand_for(short: str, name: str) -> bool:
    """"Unwar" and "Universitas Warmadewa (Denpasar)", "Poliban" and "Politeknik Negeri Banjarmasin":
    a one-word short form made of the first letters (two or more) of the name's first word and
    of one or more later ones, in order, is that name."""
    words = [w.lower() for w in _NAME_WORD.findall(name)]
    rest = short.lower()
    if len(words) < 2 or len(rest) < 4 or not short[:1].isupper():
        return False
    return any(rest[:size] == words[0][:size] and _syllables_from(rest[size:], words, 1)
               for size in range(2, min(len(words[0]), len(rest) - 1)))


def _syllables_from(rest: str, words: list[str], at: int) -> bool:
    """Whether `rest` is made of leading pieces (two letters or more) of words[at:], in order."""
    if not rest:
        return True
    return any(rest[:size] == words[index][:size] and _syllables_from(rest[size:], words, index + 1)
               for index in range(at, len(words)) for size in range(2, min(len(words[index]), len(rest)) + 1))


def _read_from_position(party: MergedParty, person: Person) -> bool:
    """One of the party's mentions is the body inside the person's own position."""
    return person.position_start is not None and any(
        mention.in_position and mention.position_start == person.position_start and mention.sentence == person.sentence
        for mention in party.mentions)
