"""Assembly: the candidates of one article become its agreement records.

An agreement is reported through mentions (extract/assembly/mentions.py): sentences with
an instrument (MoU, PKS...) or a signing. Mentions cluster into drafts of records
(clustering.py); special shapes add or split drafts: lists of past partners (partners.py),
one signing with enumerated counterparts (enumerations.py), numbered earlier agreements
(predecessors.py). Each draft then becomes a record (records.py), its fields read from the
candidates of its sentences, nearest first: parties (parties.py), people and their roles
(people.py, roles.py), date (dates.py), place (location.py), scopes and reference numbers
(ownership.py), each fact with its evidence (evidence.py).
"""
from __future__ import annotations

from extract.assembly.clustering import cluster
from extract.assembly.dates import date_by_the_article, share_event_date, undate_the_referenced_by_a_signings_day
from extract.assembly.events import share_event_details
from extract.assembly.location import fill_host_cities, fill_party_provinces
from extract.assembly.enumerations import split_enumerations
from extract.assembly.mentions import find_mentions
from extract.assembly.ownership import DraftIndex
from extract.assembly.parties import merge_parties, same_party
from extract.assembly.parents import keep_named_implementations, link_implementing
from extract.assembly.partners import partner_list_records, partner_list_sentences
from extract.assembly.predecessors import predecessor_records
from extract.assembly.records import build_record, signed_elsewhere
from extract.assembly.roles import signer_bodies
from extract.candidates import Candidates, Draft, Organisation
from extract.document import Document
from extract.options import ExtractionOptions, Windows


def assemble(found: Candidates, document: Document, options: ExtractionOptions) -> list[dict]:
    """The records of one article, in the order their agreements are first reported."""
    drafts = _drafts(found, options.windows)
    index = DraftIndex(drafts, found)
    built = [(draft, record) for draft in drafts
             if (record := build_record(draft, drafts, found, document, options, index)) is not None]
    # a signing held somewhere else ("di tempat terpisah") shares neither the event's day nor its place
    at_event = [(draft, record) for draft, record in built if not signed_elsewhere(draft)]
    share_event_date([record for _, record in at_event])
    date_by_the_article([record for _, record in at_event], found, options.windows)
    undate_the_referenced_by_a_signings_day([record for _, record in built])
    share_event_details([record for _, record in at_event], found,
                        frozenset(id(record) for draft, record in at_event if draft.same_signing_as is not None))
    fill_host_cities([record for _, record in built], found)
    fill_party_provinces([record for _, record in built], found)
    index_of = {id(draft): i for i, (draft, _) in enumerate(built)}
    for draft, record in built:
        if draft.parent is not None and id(drafts[draft.parent]) in index_of:
            record["parent"] = index_of[id(drafts[draft.parent])]
    records = [record for _, record in built]
    link_implementing(records, found.acronyms)
    keep_named_implementations(records, found.acronyms)
    return records


def _drafts(found: Candidates, windows: Windows) -> list[Draft]:
    lists = partner_list_sentences(found)
    drafts = split_enumerations(found, cluster(find_mentions(found, set(lists), windows), found, windows))
    for draft in drafts:
        if draft.status == "signed" and not draft.enumerated:
            # an enumerated draft names its two sides; the other signers sign the other parts
            draft.parties += _more_signer_bodies(found, draft, windows)
    drafts += partner_list_records(found, lists)
    drafts += predecessor_records(found, drafts)
    return drafts


def _more_signer_bodies(found: Candidates, draft: Draft, windows: Windows) -> list[Organisation]:
    """The bodies of the signers' offices a signed draft lacks: all of them when it has fewer
    than two parties ("ditandatangani Kepala X ... dan Kepala Y"), the new ones when more
    offices sign than the draft has parties ("PKS empat pihak ... ditandatangani oleh Kepala
    A; Ketua B; Direktur C; dan Pemimpin D")."""
    offices = signer_bodies(found, draft.sentences, windows.detail_sentences, draft.clauses)
    parties = merge_parties(draft.parties, found.acronyms)
    if len(parties) < 2:
        return offices
    if len(merge_parties(offices, found.acronyms)) <= len(parties):
        return []
    return [o for o in offices if not any(same_party(p.name, o.name, found.acronyms, loose=True) for p in parties)]
