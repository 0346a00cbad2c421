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

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from extract.evaluation.matching import (
    SCOPE_MATCH_THRESHOLD,
    best_form_similarity,
    normalise_reference,
    person_matches,
    region_matches,
    scope_similarity,
    venue_matches,
)
from extract.evaluation.report import Counts, DocumentResult, EvaluationReport

_ANY_TYPE = (None, "unknown")


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
                "parties": [party.get("name") for party in _parties(record)],
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


def _parties(record: dict) -> list[dict]:
    """Predicted parties as dicts; a bare string is read as a name."""
    return [
        {"name": party} if isinstance(party, str) else party
        for party in record.get("parties") or []
    ]


def _party_forms(party: dict) -> list[str]:
    forms = [party.get("name"), party.get("acronym"), party.get("canonical")]
    forms += party.get("aliases") or []
    return [form for form in forms if form]


def _align_parties(record: dict, agreement: dict) -> tuple[list[tuple[int, int]], float]:
    """One-to-one predicted-to-gold party matches, strongest first, and their total score."""
    scored = []
    for p, party in enumerate(_parties(record)):
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
    return agreement.get("type") in _ANY_TYPE or record.get("type") == agreement.get("type")


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


# --- fields within a pair --------------------------------------------------------------


def _score_pair(
    record: dict, agreement: dict, pair: _Pair, record_to_gold: dict[int, int], result: DocumentResult
) -> None:
    fields = result.fields
    fields["type"] += _score_type(record.get("type"), agreement.get("type"))
    fields["status"] += _score_single(record.get("status"), agreement.get("status"))
    matched = len(pair.party_pairs)
    fields["parties"] += Counts(matched, len(_parties(record)) - matched, len(agreement["parties"]) - matched)
    fields["signatories"] += _score_people(
        _person_names(record.get("signatories")),
        agreement.get("signatories") or [], agreement.get("signatories_optional") or [],
    )
    fields["witnesses"] += _score_people(
        _person_names(record.get("witnesses")),
        agreement.get("witnesses") or [], agreement.get("witnesses_optional") or [],
    )
    fields["date"] += _score_date(record.get("date"), agreement.get("date"), agreement.get("date_alternatives") or [])
    location, gold_location = record.get("location") or {}, agreement.get("location") or {}
    fields["location.venue"] += _score_location(location.get("venue"), gold_location.get("venue") or [], venue_matches)
    fields["location.city"] += _score_location(location.get("city"), gold_location.get("city") or [], region_matches)
    if gold_location.get("province"):
        fields["location.province"] += _score_location(
            location.get("province"), gold_location["province"], region_matches
        )
    fields["scopes"] += _score_scopes(_scope_texts(record), agreement.get("scopes") or [])
    fields["reference_numbers"] += _score_references(
        record.get("reference_numbers") or [], agreement.get("reference_numbers") or []
    )
    fields["parent"] += _score_parent(record.get("parent"), agreement.get("parent_index"), record_to_gold)


def _score_single(predicted: object, gold: object) -> Counts:
    if predicted is not None and predicted == gold:
        return Counts(tp=1)
    return Counts(fp=int(predicted is not None), fn=int(gold is not None))


def _score_type(predicted: str | None, gold: str | None) -> Counts:
    """A gold type of null or "unknown" accepts any type: nothing is counted."""
    return Counts() if gold in _ANY_TYPE else _score_single(predicted, gold)


def _score_date(predicted: str | None, gold: str | None, alternatives: list[str]) -> Counts:
    """Exact match; an alternative answer is neutral, as is saying nothing to a null date."""
    if predicted is not None and predicted in alternatives:
        return Counts()
    return _score_single(predicted, gold)


def _score_location(predicted: str | None, gold_forms: list[str], matches: Callable[[str, list[str]], bool]) -> Counts:
    """One predicted value against a list of acceptable gold forms."""
    if predicted and gold_forms and matches(predicted, gold_forms):
        return Counts(tp=1)
    return Counts(fp=int(bool(predicted)), fn=int(bool(gold_forms)))


def _person_names(people: Iterable | None) -> list[str]:
    names = []
    for person in people or []:
        name = person if isinstance(person, str) else person.get("name")
        if name:
            names.append(name)
    return names


def _score_people(predicted: list[str], required: list[dict], optional: list[dict]) -> Counts:
    """Names match gold people one-to-one; a match with an optional person is neutral."""
    unmatched = list(range(len(predicted)))
    counts = Counts()
    for people, is_required in ((required, True), (optional, False)):
        for person in people:
            forms = person.get("name") or []
            forms = [forms] if isinstance(forms, str) else forms
            hit = next((i for i in unmatched if person_matches(predicted[i], forms)), None)
            if hit is not None:
                unmatched.remove(hit)
                counts.tp += int(is_required)
            elif is_required:
                counts.fn += 1
    counts.fp += len(unmatched)
    return counts


def _scope_texts(record: dict) -> list[str]:
    texts = []
    for scope in record.get("scopes") or []:
        text = scope if isinstance(scope, str) else scope.get("text")
        if text:
            texts.append(text)
    return texts


def _score_scopes(predicted: list[str], gold: list[str]) -> Counts:
    """One-to-one by token Dice >= SCOPE_MATCH_THRESHOLD, best pairs first."""
    scored = sorted(
        (-score, p, g)
        for p, text in enumerate(predicted)
        for g, gold_text in enumerate(gold)
        if (score := scope_similarity(text, gold_text)) >= SCOPE_MATCH_THRESHOLD
    )
    used_p, used_g = set(), set()
    for _, p, g in scored:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
    matched = len(used_p)
    return Counts(matched, len(predicted) - matched, len(gold) - matched)


def _score_references(predicted: list[str], gold: list[str]) -> Counts:
    predicted_counts = Counter(normalise_reference(number) for number in predicted)
    gold_counts = Counter(normalise_reference(number) for number in gold)
    matched = sum((predicted_counts & gold_counts).values())
    return Counts(matched, len(predicted) - matched, len(gold) - matched)


def _score_parent(predicted: int | None, gold_parent: int | None, record_to_gold: dict[int, int]) -> Counts:
    """The predicted parent must be the record paired with the gold parent agreement."""
    if predicted is not None and gold_parent is not None and record_to_gold.get(predicted) == gold_parent:
        return Counts(tp=1)
    return Counts(fp=int(predicted is not None), fn=int(gold_parent is not None))


# --- unpaired records and agreements ---------------------------------------------------


def _count_record_as_spurious(record: dict, result: DocumentResult) -> None:
    fields = result.fields
    location = record.get("location") or {}
    fields["type"].fp += record.get("type") is not None
    fields["status"].fp += record.get("status") is not None
    fields["parties"].fp += len(_parties(record))
    fields["signatories"].fp += len(_person_names(record.get("signatories")))
    fields["witnesses"].fp += len(_person_names(record.get("witnesses")))
    fields["date"].fp += record.get("date") is not None
    for key in ("venue", "city", "province"):
        fields[f"location.{key}"].fp += bool(location.get(key))
    fields["scopes"].fp += len(_scope_texts(record))
    fields["reference_numbers"].fp += len(record.get("reference_numbers") or [])
    fields["parent"].fp += record.get("parent") is not None


def _count_agreement_as_missed(agreement: dict, result: DocumentResult) -> None:
    fields = result.fields
    location = agreement.get("location") or {}
    fields["type"].fn += agreement.get("type") not in _ANY_TYPE
    fields["status"].fn += agreement.get("status") is not None
    fields["parties"].fn += len(agreement["parties"])
    fields["signatories"].fn += len(agreement.get("signatories") or [])
    fields["witnesses"].fn += len(agreement.get("witnesses") or [])
    fields["date"].fn += agreement.get("date") is not None
    for key in ("venue", "city", "province"):
        fields[f"location.{key}"].fn += bool(location.get(key))
    fields["scopes"].fn += len(agreement.get("scopes") or [])
    fields["reference_numbers"].fn += len(agreement.get("reference_numbers") or [])
    fields["parent"].fn += agreement.get("parent_index") is not None
