"""Organisations in the sentences the agreement logic reads (grammar: extract/organisations.py)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.candidates import Candidates, Person, Sentence
from extract.components.state import candidates
from extract.institutions import AcronymTable
from extract.organisations import (
    acts_for,
    body_is_a_name,
    defined_bodies,
    find_orgs,
    generic_acronyms,
    holderless_office_bodies,
    is_level_word,
    not_a_party,
    position_body,
    programme_acronyms,
    sole_office_org,
)
from extract.phrases import article_acronyms, is_name_like, org_head_length, tokenize

NAMESAKE_HEAD_WORDS = 2  # words of a body's or venue's head before a namesake ("Rumah Sakit")


class OrganisationFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        text = found.text
        table = AcronymTable.from_text(text)
        found.acronyms = {short: long for short, long, _, _ in table.items()}
        _drop_names_inside_definitions(found, table)
        known = article_acronyms(text)
        generic = generic_acronyms(text) | programme_acronyms(text, table)
        for sentence in found.relevant_sentences():
            if sentence.headline:
                continue
            people = [p for p in found.people if p.sentence == sentence.index]
            covered = [p.extent for p in people]
            previous = None
            for org in find_orgs(sentence.text, sentence.start, known, found.acronyms, covered):
                if not_a_party(found, sentence, org) or org.name in generic \
                        or (previous is not None and acts_for(text, previous.end, org.start)):
                    continue
                previous = org
                org.sentence = sentence.index
                found.orgs.append(org)
            defined_bodies(found, sentence, table, covered)
            _drop_names_inside_bodies(found, sentence)
            for person in people:
                if person.body and not body_is_a_name(person.body) and not is_level_word(person.body):
                    org = position_body(text, person)
                    org.sentence = sentence.index
                    found.orgs.append(org)
                elif (org := sole_office_org(person)) is not None:
                    org.sentence = sentence.index
                    found.orgs.append(org)
            taken = covered + [(v.start, v.end) for v in found.venues if v.sentence == sentence.index]
            offices = [o for o in found.offices if sentence.start <= o[0] < sentence.end
                       and not any(start < o[2] and o[0] < end for start, end in taken)]
            for org in holderless_office_bodies(text, offices):
                org.sentence = sentence.index
                found.orgs.append(org)
        return doc


def _drop_names_inside_definitions(found: Candidates, table: AcronymTable) -> None:
    """"ketua Jurusan Teknik Mekatronika dan Robotika (TMR)": a name that lies inside the long
    form an acronym spells out, after its first word, is a word of that long form, not a person
    (the person grammar reads an unknown word after a position as a name); a long form that
    is the name itself ("Susilo Bambang Yudhoyono (SBY)") stays a person."""
    spans = [(start, end) for _, _, start, end in table.items()]
    found.people[:] = [p for p in found.people
                       if not any(start < p.start and p.end < end for start, end in spans)]


def _drop_names_inside_bodies(found: Candidates, sentence: Sentence) -> None:
    """"Universitas Gadjah Mada", "Auditorium Hasyim Asy'ari": a name without a position right
    after the head of a body's or a venue's name is its namesake, not a person of the article
    (a name after a longer body, "Kementerian ... Nasional Robert Simanjuntak", stays)."""
    spans = [(o.start, o.end) for o in found.orgs if o.sentence == sentence.index and not o.in_position]
    spans += [(v.start, v.end) for v in found.venues if v.sentence == sentence.index]
    # "Perumda Air Minum Tirta Sari": a name the article also writes inside a position's body
    # ("Direktur Utama Perumda Air Minum Tirta Sari Budi Santoso") is that body's, after any head
    bodies = [f" {p.body} " for p in found.people if p.body]

    def namesake(person: Person) -> bool:
        return any(start <= person.start and person.end <= end
                   and (len(found.text[start:person.start].split()) <= NAMESAKE_HEAD_WORDS
                        or any(f" {found.text[start:person.end]} " in body for body in bodies)
                        or _titled_namesake(found.text, start, person))
                   for start, end in spans)

    found.people[:] = [p for p in found.people
                       if p.sentence != sentence.index or p.position is not None or not namesake(p)]


def _titled_namesake(text: str, start: int, person: Person) -> bool:
    """"Rumah Sakit Umum Daerah Dr. Moewardi", "Institut Agama Islam Negeri Syekh Nurjati": a
    titled name that the words of the body starting at `start` lead up to, none of them a
    person's, is the body's namesake (a longer head than NAMESAKE_HEAD_WORDS)."""
    if person.titles_start is None or person.titles_start <= start:
        return False
    words = tokenize(text[start:person.titles_start])
    return not any(is_name_like(t) and not org_head_length(words, k) for k, t in enumerate(words))


@Language.factory("sepakat_organisations")
def make_organisation_finder(nlp: Language, name: str) -> OrganisationFinder:
    return OrganisationFinder()
