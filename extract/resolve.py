"""Resolving candidates against each other: the same body written twice, which party a
signatory signs for, and the evidence entry that explains a fact."""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.candidates import Candidates, Organisation, Person
from extract.phrases import lexicon
from extract.institutions import canonicalize, expand_abbreviations, same_institution

_GENERIC = frozenset({"pemerintah", "kabupaten", "kota", "provinsi", "republik", "indonesia", "negara",
                      "kantor", "wilayah", "perwakilan", "daerah", "dan", "ri", "pt", "persero", "tbk"})


@lru_cache(maxsize=65536)
def tokens_of(name: str) -> frozenset[str]:
    return frozenset(regex.findall(r"[\p{L}\p{N}]+", expand_abbreviations(name).lower()))


def distinctive(name: str) -> frozenset[str]:
    return tokens_of(name) - _GENERIC


def expand_acronym(name: str, acronyms: dict[str, str]) -> str:
    """'ORI Perwakilan Jawa Tengah' -> 'Ombudsman Republik Indonesia Perwakilan Jawa Tengah'."""
    words = name.split()
    return " ".join(acronyms.get(word, word) for word in words)


def same_party(a: str, b: str, acronyms: dict[str, str], *, loose: bool = False) -> bool:
    """Same body? `loose` (within one agreement) also lets a shorter mention ("Ombudsman")
    stand for a longer one ("Ombudsman RI Perwakilan Jawa Tengah")."""
    long_a, long_b = expand_acronym(a, acronyms), expand_acronym(b, acronyms)
    if same_institution(long_a, long_b):
        return True
    ta, tb = distinctive(long_a), distinctive(long_b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    shorter = ta if ta < tb else tb if tb < ta else None
    # a shorter mention stands for a longer one only by a body word, not by a place name
    # alone ("Pemkab Sragen" is not "Kejaksaan Negeri Sragen")
    return loose and shorter is not None and bool(shorter - lexicon().place_words)


def merge_parties(orgs: list[Organisation], acronyms: dict[str, str]) -> list[dict]:
    """One party per body, in order of first mention, named by its fullest surface form."""
    parties: list[dict] = []
    for org in orgs:
        for party in parties:
            if same_party(party["name"], org.name, acronyms, loose=True):
                party["mentions"].append(org)
                longer = expand_acronym(org.name, acronyms)
                if len(longer) > len(party["name"]) and not org.in_position:
                    party["aliases"].append(party["name"])
                    party["name"] = longer
                elif org.name != party["name"]:
                    party["aliases"].append(org.name)
                if org.acronym and not party["acronym"]:
                    party["acronym"] = org.acronym
                break
        else:
            parties.append({"name": expand_acronym(org.name, acronyms), "acronym": org.acronym,
                            "aliases": [org.name] if expand_acronym(org.name, acronyms) != org.name else [],
                            "mentions": [org]})
    for party in parties:
        short = next((a for a, long in acronyms.items() if long and long in party["name"]), None)
        if not party["acronym"] and short:
            party["acronym"] = short
        if party["acronym"] and len(party["acronym"].split()) > 1 and party["acronym"].split()[0] in {
                "Pemkab", "Pemkot", "Pemprov", "Pemko"}:
            party["acronym"] = None
        party["aliases"] = sorted(set(party["aliases"]) - {party["name"]})
    return parties


def party_fields(party: dict) -> dict:
    institution = canonicalize(party["name"])
    acronym = party["acronym"]
    if acronym in {"Pemkab", "Pemkot", "Pemprov", "Pemko"}:
        acronym = institution.acronym
    return {
        "name": party["name"],
        "acronym": acronym or institution.acronym,
        "kind": institution.kind,
        "canonical": institution.canonical,
        "region_code": institution.region_code,
        "aliases": party["aliases"],
    }


def party_of(person: Person, parties: list[dict], acronyms: dict[str, str]) -> int | None:
    """Index of the party a person's position belongs to ("Bupati Banyumas" -> Pemkab Banyumas)."""
    if not person.position:
        return None
    position = expand_acronym(person.body or person.position, acronyms)
    wanted = distinctive(position)
    best, best_score = None, 0.0
    for index, party in enumerate(parties):
        have = {*distinctive(party["name"]), *(t for alias in party["aliases"] for t in distinctive(alias))}
        if party.get("acronym"):
            have.add(party["acronym"].lower())
        if not have or not wanted:
            continue
        score = len(wanted & have) / len(wanted)
        if score > best_score:
            best, best_score = index, score
    return best if best_score >= 0.5 else None


def evidence(found: Candidates, text: str, field: str, value: str, start: int, end: int,
             rule: str, note: str | None = None) -> dict:
    sentence = found.sentence_at(start)
    if sentence is None:
        s_start, s_end = start, end
    else:
        s_start, s_end = sentence.start, sentence.end
    return {"field": field, "value": value, "start": start, "end": end,
            "sentence_start": s_start, "sentence_end": s_end, "sentence": text[s_start:s_end],
            "rule": rule, "note": note}
