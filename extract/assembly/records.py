"""From drafts to records: each field filled from the candidates of the draft's sentences."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from extract.assembly import cues
from extract.assembly.dates import choose_date
from extract.assembly.evidence import evidence
from extract.assembly.location import read_location
from extract.assembly.ownership import DraftIndex, read_references, read_scopes
from extract.assembly.parties import MergedParty, merge_parties, party_fields
from extract.assembly.people import caption_signatories, keep_own_signatories, read_people
from extract.candidates import Candidates, Draft, Organisation
from extract.document import Document
from extract.options import ConfidenceWeights, ExtractionOptions
from extract.schema import Record


def build_record(draft: Draft, drafts: list[Draft], found: Candidates, document: Document,
                 options: ExtractionOptions, index: DraftIndex | None = None) -> dict | None:
    """The record of a draft, validated; None when it has fewer than two parties, unless its
    partners are a group the text does not name ("dengan 12 perguruan tinggi"). `index` (of
    all the article's drafts) is built once per article by the caller."""
    index = index or DraftIndex(drafts, found)
    named = len(merge_parties(draft.parties, found.acronyms, initials=False))
    if named < 2 and not (named == 1 and draft.unnamed_partners):
        return None
    # two parties that are one body written with initials: the record's other party is not
    # found, the record still reports an agreement of that body
    parties = merge_parties(_outside_areas(draft.parties, found, index), found.acronyms)
    first = draft.mentions[0]
    fields: dict = {"doc_id": document.id, "type": draft.type or _article_type(found),
                    "status": draft.status or "signed"}
    evidences = [evidence(found, "type", fields["type"], first.start, first.end, f"triggers:{first.term}")]
    fields["parties"] = [party_fields(party) for party in parties]
    evidences += _party_evidence(found, parties)
    if fields["status"] in {"signed", "planned"}:
        people = read_people(found, _signed_together(draft, drafts), parties, options.windows.detail_sentences,
                             draft.clauses)
        if draft.enumerated:
            people = keep_own_signatories(people)
        elif not people.signatories:
            captioned = caption_signatories(found, parties)
            people.signatories, people.evidence = captioned.signatories, people.evidence + captioned.evidence
        fields["signatories"], fields["witnesses"] = people.signatories, people.witnesses
        evidences += people.evidence
    fields["date"], fields["date_text"], entries = _date(found, draft, options, fields["status"])
    evidences += entries
    fields["location"] = {}
    if fields["status"] in {"signed", "planned"} and draft.same_signing_as is None and draft.fixed_date is None \
            and not signed_elsewhere(draft):
        fields["location"], entries = read_location(found, draft.sentences, options.windows.detail_sentences,
                                                    _other_signings(draft, drafts),
                                                    planned=fields["status"] == "planned")
        evidences += entries
    fields["scopes"], entries = read_scopes(found, draft, index)
    evidences += entries
    fields["reference_numbers"], entries = read_references(found, draft, index)
    evidences += entries
    title = cues.rule("title").search(found.text, first.start, first.sentence.end)
    fields["title"] = title.group(1).strip() if title else None
    fields["confidence"] = _confidence(fields, draft, options.confidence)
    fields["evidence"] = evidences
    return Record.model_validate(fields).model_dump()


def _signed_together(draft: Draft, drafts: list[Draft]) -> list[int]:
    """The draft's sentences and those of an instrument named together with it ("nota
    kesepakatan (MoU) dan NPHD ... . Penandatanganan dilakukan oleh X dan Y"): they are signed
    at once, and the sentences after them name who signed both."""
    sentences = set(draft.sentences)
    last = draft.mentions[-1].sentence.index
    for other in drafts:
        if other is not draft and other.mentions[0].coordinated and other.mentions[0].sentence.index == last:
            sentences.update(other.sentences)
    return sorted(sentences)


def _other_signings(draft: Draft, drafts: list[Draft]) -> frozenset[int]:
    """The sentences that report another signing of the article (not one of the same event:
    enumerated or repeated agreements), where this draft does not read its place."""
    own = set(draft.sentences)
    return frozenset(index for other in drafts if other is not draft and (other.status or "signed") == "signed"
                     and not other.enumerated and other.same_signing_as is None
                     for index in other.sentences if index not in own)


def signed_elsewhere(draft: Draft) -> bool:
    """Whether the draft's first mention says its signing was held somewhere else ("di tempat
    terpisah"): it takes no place from the dateline, nor the event's place or day."""
    return bool(cues.rule("elsewhere").search(draft.mentions[0].sentence.text))


def _outside_areas(orgs: list[Organisation], found: Candidates, index: DraftIndex) -> list[Organisation]:
    """Without the bodies named inside an area of cooperation of their sentence ("kerja sama
    proyek LNG ...", "implementasi MBKM"): what the agreement is about, not who makes it, as
    long as two bodies are left to make it."""
    outside = [o for o in orgs
               if not any(start <= o.start and o.end <= end for start, end in index.areas.get(o.sentence, ()))]
    if len(outside) == len(orgs):
        return orgs
    return outside if len(merge_parties(outside, found.acronyms, initials=False)) >= 2 else orgs


def _party_evidence(found: Candidates, parties: list[MergedParty]) -> list[dict]:
    return [evidence(found, f"parties[{index}]", party.name, party.mentions[0].start, party.mentions[0].end,
                     f"organisations:{party.mentions[0].rule}") for index, party in enumerate(parties)]


def _date(found: Candidates, draft: Draft, options: ExtractionOptions,
          status: str) -> tuple[str | None, str | None, list[dict]]:
    """A date a special rule fixed, none for a repeated signing (it takes the event's
    later), else the date read near the mentions: for an agreement only referred to or
    planned, in the mention sentences alone (a date in the next sentences is that of the
    meeting or report that mentions it: "Hal itu terungkap saat audiensi, Selasa (...)")."""
    fixed = draft.fixed_date
    if fixed is not None:
        entries = [evidence(found, "date", fixed.value, *fixed.evidence)] if fixed.evidence else []
        return fixed.value, fixed.text, entries
    if draft.same_signing_as is not None:
        return None, None, []
    windows = replace(options.windows, detail_sentences=0) if status in {"referenced", "planned"} else options.windows
    return choose_date(found, draft.sentences, draft.mentions[0].start, windows, reported=status == "signed",
                       planned=status == "planned")


def _article_type(found: Candidates) -> str:
    """The type of the article's instruments, for a record whose own mentions name none."""
    types = Counter(t.type for t in found.triggers if t.is_instrument and t.type)
    if not types:
        return "MoU"
    top = max(types.values())
    return "MoU" if types.get("MoU") == top else types.most_common(1)[0][0]


def _confidence(fields: dict, draft: Draft, weights: ConfidenceWeights) -> float:
    """The base, plus a weight for each thing the record has (extract.options.ConfidenceWeights)."""
    score = weights.base
    score += weights.two_parties if len(fields["parties"]) >= 2 else 0.0
    score += weights.type if draft.type else 0.0
    score += weights.date if fields.get("date") else 0.0
    score += weights.signatories if fields.get("signatories") else 0.0
    score += weights.status if draft.status else 0.0
    return round(min(score, weights.ceiling), 2)
