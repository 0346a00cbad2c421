"""Scoring predicted records against gold agreements, as GOLD_FORMAT.md describes.

Per article: records pair one-to-one with gold agreements (required and optional), best
pairs first. A pair needs one matched party; pairs rank by whether the record is
"found" (two matched parties, or one for a one-party agreement), then by the number of
matched parties, then by agreeing status, date and type, then by match strength.
An optional agreement only takes a record it would count as found, so that a spurious
record sharing one common party with it does not slip through as neutral.

A record paired with an optional agreement is neutral: nothing about it is counted.
A pair with a required agreement scores every field; the `records` row counts it a true
positive only when found (a weak one-party pair is a false positive plus a false
negative there, though its fields still earn credit). Unpaired records count as false
positive records with every filled field false positive; unpaired required agreements
as false negatives with every gold value false negative.
"""
from __future__ import annotations

from dataclasses import dataclass

from extract.evaluation.field_scores import ANY_TYPE, KINDS, Pairing, parties_of
from extract.evaluation.matching import best_form_similarity
from extract.evaluation.report import DocumentResult, EvaluationReport
from extract.fields import RECORD_FIELDS

_SCORED = tuple(scored for entry in RECORD_FIELDS for scored in entry.scored)


def score_documents(gold: dict[str, dict], predicted: dict[str, list[dict]]) -> EvaluationReport:
    """Score every gold document; a gold document with no prediction counts as all missed."""
    report = EvaluationReport(
        docs_without_gold=sorted(set(predicted) - set(gold)),
        gold_without_docs=sorted(set(gold) - set(predicted)),
    )
    for doc_id in sorted(gold):
        report.add(score_document(doc_id, gold[doc_id], predicted.get(doc_id, [])))
    return report


@dataclass(slots=True)
class _Pair:
    record: int
    gold: int
    optional: bool
    party_pairs: list[tuple[int, int]]
    found: bool
    rank: tuple


def score_document(doc_id: str, gold_doc: dict, records: list[dict]) -> DocumentResult:
    required = gold_doc.get("agreements", [])
    optional = gold_doc.get("optional", [])
    result = DocumentResult(doc_id)
    pairs = _pair_records(records, required, optional)
    gold_to_record = {pair.gold: pair.record for pair in pairs if not pair.optional}
    record_to_gold = {pair.record: pair.gold for pair in pairs if not pair.optional}

    for pair in pairs:
        if pair.optional:
            result.neutral.append({"record_index": pair.record, "optional_index": pair.gold})
            continue
        record, agreement = records[pair.record], required[pair.gold]
        if pair.found:
            result.records.tp += 1
        else:
            result.records.fp += 1
            result.records.fn += 1
            result.weak_pairs.append({
                "record_index": pair.record, "gold_index": pair.gold,
                "matched_parties": len(pair.party_pairs),
            })
        _score_pair(record, agreement, pair, record_to_gold, result)

    paired_records = {pair.record for pair in pairs}
    for index, record in enumerate(records):
        if index not in paired_records:
            result.records.fp += 1
            _count_record_as_spurious(record, result)
            result.spurious.append({
                "record_index": index, "status": record.get("status"),
                "parties": [party.get("name") for party in parties_of(record)],
            })
    for index, agreement in enumerate(required):
        if index not in gold_to_record:
            result.records.fn += 1
            _count_agreement_as_missed(agreement, result)
            result.missed.append({
                "gold_index": index, "status": agreement.get("status"),
                "parties": [forms[0] for forms in agreement["parties"]],
            })
    return result


# --- pairing -------------------------------------------------------------------------


def _party_forms(party: dict) -> list[str]:
    forms = [party.get("name"), party.get("acronym"), party.get("canonical")]
    forms += party.get("aliases") or []
    return [form for form in forms if form]


def _align_parties(record: dict, agreement: dict) -> tuple[list[tuple[int, int]], float]:
    """One-to-one predicted-to-gold party matches, strongest first, and their total score."""
    scored = []
    for p, party in enumerate(parties_of(record)):
        forms = _party_forms(party)
        for g, gold_forms in enumerate(agreement["parties"]):
            score = best_form_similarity(forms, gold_forms)
            if score:
                scored.append((-score, p, g))
    scored.sort()
    used_p, used_g, pairs, total = set(), set(), [], 0.0
    for negative_score, p, g in scored:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            pairs.append((p, g))
            total -= negative_score
    return sorted(pairs), total


def _date_agrees(record: dict, agreement: dict) -> bool:
    predicted = record.get("date")
    return predicted == agreement.get("date") or predicted in (agreement.get("date_alternatives") or [])


def _type_agrees(record: dict, agreement: dict) -> bool:
    return agreement.get("type") in ANY_TYPE or record.get("type") == agreement.get("type")


def _candidate(record_index: int, record: dict, gold_index: int, agreement: dict, optional: bool) -> _Pair | None:
    party_pairs, strength = _align_parties(record, agreement)
    if not party_pairs:
        return None
    found = len(party_pairs) >= min(2, len(agreement["parties"]))
    if optional and not found:
        return None
    rank = (
        found, len(party_pairs), record.get("status") == agreement.get("status"),
        _date_agrees(record, agreement), _type_agrees(record, agreement), strength, not optional,
    )
    return _Pair(record_index, gold_index, optional, party_pairs, found, rank)


def _pair_records(records: list[dict], required: list[dict], optional: list[dict]) -> list[_Pair]:
    candidates = [
        pair
        for r, record in enumerate(records)
        for is_optional, agreements in ((False, required), (True, optional))
        for g, agreement in enumerate(agreements)
        if (pair := _candidate(r, record, g, agreement, is_optional)) is not None
    ]
    candidates.sort(key=lambda pair: (tuple(-float(value) for value in pair.rank), pair.record, pair.optional, pair.gold))
    used_records, used_gold, chosen = set(), set(), []
    for pair in candidates:
        gold_key = (pair.optional, pair.gold)
        if pair.record not in used_records and gold_key not in used_gold:
            used_records.add(pair.record)
            used_gold.add(gold_key)
            chosen.append(pair)
    return sorted(chosen, key=lambda pair: pair.record)


# --- fields, as the field registry lists them (extract/fields.py) -------------------------


def _score_pair(
    record: dict, agreement: dict, pair: _Pair, record_to_gold: dict[int, int], result: DocumentResult
) -> None:
    pairing = Pairing(len(pair.party_pairs), record_to_gold)
    for scored in _SCORED:
        result.fields[scored.name] += KINDS[scored.kind].pair(record, agreement, scored.name, pairing)


def _count_record_as_spurious(record: dict, result: DocumentResult) -> None:
    for scored in _SCORED:
        result.fields[scored.name].fp += KINDS[scored.kind].spurious(record, scored.name)


def _count_agreement_as_missed(agreement: dict, result: DocumentResult) -> None:
    for scored in _SCORED:
        result.fields[scored.name].fn += KINDS[scored.kind].missed(agreement, scored.name)
