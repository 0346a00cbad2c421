"""Signatories and witnesses of a record, with the party each signatory signs for."""
from __future__ import annotations

from dataclasses import dataclass, field

from extract.assembly.evidence import evidence
from extract.assembly.parties import MergedParty, party_of
from extract.assembly.cues import signing_verb
from extract.assembly.roles import FOR_A_BODY, roles
from extract.candidates import Candidates, Person


@dataclass(slots=True)
class People:
    """The people of one record and the evidence for them, as they are being read."""

    signatories: list[dict] = field(default_factory=list)
    witnesses: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)

    def drop_last(self, key: str) -> None:
        """A representative replaces the person before them: that one and their evidence go."""
        people = self.signatories if key == "signatories" else self.witnesses
        people.pop()
        self.evidence = [e for e in self.evidence if not e["field"].startswith(f"{key}[{len(people)}]")]


def read_people(found: Candidates, sentence_ids: list[int], parties: list[MergedParty], following: int,
                clauses: dict[int, tuple[int, int]] | None = None) -> People:
    """Signatories and witnesses in role order; attendees are left out, a representative
    takes the place of the person they represent (and one named after "mewakili" is replaced
    by the signatory before it, who signs for their body), a later mention by part of a
    name ("Husein" after "Achmad Husein") adds no one, and a signatory is no witness."""
    people = People()
    # a word the model called a person that the record reads as a party ("dengan Grab") is no one
    bodies = {(o.start, o.end) for party in parties for o in party.mentions}
    for person, role in roles(found, sentence_ids, following, clauses):
        if role.endswith("attendee") or not person.name or (person.start, person.end) in bodies:
            continue
        if role.startswith("represented:"):
            _sign_for_the_represented(people, party_of(person, parties, found.acronyms) if role.endswith("signer") else None)
            continue
        entry = {"name": person.name, "titles": person.titles, "position": person.position}
        representative = role.startswith("representative:")
        if role.endswith("witness"):
            if representative and people.witnesses:
                people.drop_last("witnesses")
            if any(same_person(w["name"], person.name) for w in (*people.witnesses, *people.signatories)):
                continue  # named twice, or one who signs (no one witnesses their own signing)
            key, listed = "witnesses", people.witnesses
        else:
            replaced = None
            if representative and people.signatories:
                replaced = people.signatories[-1]["party"]
                people.drop_last("signatories")
            if any(same_person(s["name"], person.name) for s in people.signatories):
                continue
            # "Bupati X yang diwakili Sekda Y": a position naming no body signs for the one replaced
            entry["party"] = party_of(person, parties, found.acronyms)
            if entry["party"] is None:
                if role == FOR_A_BODY:
                    continue  # a sentence after the record's, and an office naming no party of it
                entry["party"] = replaced
            key, listed = "signatories", people.signatories
        listed.append(entry)
        people.evidence += _person_evidence(found, f"{key}[{len(listed) - 1}]", person, role)
    return people


def caption_signatories(found: Candidates, parties: list[MergedParty]) -> People:
    """"Foto: Bupati Sragen A (kiri) dan Direktur Utama PT B C (kanan) menandatangani nota
    kesepahaman": the people a photo caption shows signing, each by a position that names one
    of the record's parties, for a record whose text names no signatory. A caption without a
    signing verb, or a person whose office names no party, gives no one."""
    people = People()
    for person in found.caption_people:
        if not signing_verb().search(found.sentence(person.sentence).text):
            continue
        party = party_of(person, parties, found.acronyms)
        if party is None or any(same_person(s["name"], person.name) for s in people.signatories):
            continue
        people.signatories.append({"name": person.name, "titles": person.titles, "position": person.position,
                                   "party": party})
        people.evidence += _person_evidence(found, f"signatories[{len(people.signatories) - 1}]", person,
                                            "caption:signer")
    return people


def _sign_for_the_represented(people: People, party: int | None) -> None:
    """"Sekda Y mewakili Bupati X": Y, the signatory before the cue, signs for X's body."""
    if party is not None and people.signatories:
        people.signatories[-1]["party"] = party


def _person_evidence(found: Candidates, path: str, person: Person, role: str) -> list[dict]:
    entries = [evidence(found, f"{path}.name", person.name, person.start, person.end, f"{person.rule}:{role}")]
    if person.position:
        entries.append(evidence(found, f"{path}.position", person.position, person.position_start,
                                person.position_end, "people:position"))
    return entries


def same_person(known: str, mention: str) -> bool:
    """"Achmad Husein" then "Husein": a later mention by part of the name is the same person."""
    known_words, mention_words = set(known.lower().split()), set(mention.lower().split())
    return mention_words <= known_words or known_words <= mention_words


def keep_own_signatories(people: People) -> People:
    """One signing, many agreements: a signatory belongs to a record only through the body
    his position names."""
    kept = [i for i, s in enumerate(people.signatories) if s["party"] is not None]
    renumber = {f"signatories[{old}]": f"signatories[{new}]" for new, old in enumerate(kept)}
    entries = []
    for entry in people.evidence:
        path = entry["field"]
        if path.startswith("signatories["):
            prefix = path.split(".")[0]
            if prefix not in renumber:
                continue
            entry = {**entry, "field": renumber[prefix] + path[len(prefix):]}
        entries.append(entry)
    return People([people.signatories[i] for i in kept], people.witnesses, entries)
