"""How each kind of record field is scored against a gold agreement.

The field registry (extract/fields.py) says which fields are scored and with which kind;
each kind here counts a paired record's values (`pair`), a spurious record's (`spurious`,
false positives) and a missed agreement's (`missed`, false negatives).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from extract.evaluation.matching import (
    SCOPE_MATCH_THRESHOLD,
    normalise_reference,
    person_matches,
    region_matches,
    scope_similarity,
    venue_matches,
)
from extract.evaluation.report import Counts

ANY_TYPE = (None, "unknown")


@dataclass(frozen=True, slots=True)
class Pairing:
    """What scoring a pair needs beyond the record and the agreement."""

    matched_parties: int  # party pairs of the record and the agreement
    record_to_gold: dict[int, int]  # required agreement paired with each record


@dataclass(frozen=True, slots=True)
class Kind:
    pair: Callable[[dict, dict, str, Pairing], Counts]  # record, agreement, field name, pairing
    spurious: Callable[[dict, str], int]  # values of an unpaired record (false positives)
    missed: Callable[[dict, str], int]  # values of an unpaired agreement (false negatives)


def parties_of(record: dict) -> list[dict]:
    """Predicted parties as dicts; a bare string is read as a name."""
    return [{"name": party} if isinstance(party, str) else party for party in record.get("parties") or []]


def _person_names(people: Iterable | None) -> list[str]:
    names = []
    for person in people or []:
        name = person if isinstance(person, str) else person.get("name")
        if name:
            names.append(name)
    return names


def _scope_texts(record: dict) -> list[str]:
    texts = []
    for scope in record.get("scopes") or []:
        text = scope if isinstance(scope, str) else scope.get("text")
        if text:
            texts.append(text)
    return texts


def _single(predicted: object, gold: object) -> Counts:
    if predicted is not None and predicted == gold:
        return Counts(tp=1)
    return Counts(fp=int(predicted is not None), fn=int(gold is not None))


def _type(record: dict, agreement: dict, name: str, _: Pairing) -> Counts:
    """A gold type of null or "unknown" accepts any type: nothing is counted."""
    return Counts() if agreement.get(name) in ANY_TYPE else _single(record.get(name), agreement.get(name))


def _date(record: dict, agreement: dict, name: str, _: Pairing) -> Counts:
    """Exact match; an alternative answer is neutral, as is saying nothing to a null date."""
    predicted = record.get(name)
    if predicted is not None and predicted in (agreement.get(f"{name}_alternatives") or []):
        return Counts()
    return _single(predicted, agreement.get(name))


_LOCATION_MATCHERS: dict[str, Callable[[str, list[str]], bool]] = {
    "venue": venue_matches, "city": region_matches, "province": region_matches}


def _location_part(record: dict, name: str) -> object:
    return (record.get("location") or {}).get(name.split(".", 1)[1])


def _location(record: dict, agreement: dict, name: str, _: Pairing) -> Counts:
    """One predicted value against a list of acceptable gold forms; a province is scored only
    where the gold gives one."""
    part = name.split(".", 1)[1]
    predicted, gold_forms = _location_part(record, name), _location_part(agreement, name) or []
    if part == "province" and not gold_forms:
        return Counts()
    if predicted and gold_forms and _LOCATION_MATCHERS[part](predicted, gold_forms):
        return Counts(tp=1)
    return Counts(fp=int(bool(predicted)), fn=int(bool(gold_forms)))


def _people(record: dict, agreement: dict, name: str, _: Pairing) -> Counts:
    """Names match gold people one-to-one; a match with an optional person is neutral."""
    predicted = _person_names(record.get(name))
    unmatched = list(range(len(predicted)))
    counts = Counts()
    for people, is_required in ((agreement.get(name) or [], True), (agreement.get(f"{name}_optional") or [], False)):
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


def _scopes(record: dict, agreement: dict, name: str, _: Pairing) -> Counts:
    """One-to-one by token Dice >= SCOPE_MATCH_THRESHOLD, best pairs first."""
    predicted, gold = _scope_texts(record), agreement.get(name) or []
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


def _references(record: dict, agreement: dict, name: str, _: Pairing) -> Counts:
    predicted, gold = record.get(name) or [], agreement.get(name) or []
    predicted_counts = Counter(normalise_reference(number) for number in predicted)
    gold_counts = Counter(normalise_reference(number) for number in gold)
    matched = sum((predicted_counts & gold_counts).values())
    return Counts(matched, len(predicted) - matched, len(gold) - matched)


def _parent(record: dict, agreement: dict, name: str, pairing: Pairing) -> Counts:
    """The predicted parent must be the record paired with the gold parent agreement."""
    predicted, gold_parent = record.get(name), agreement.get("parent_index")
    if predicted is not None and gold_parent is not None and pairing.record_to_gold.get(predicted) == gold_parent:
        return Counts(tp=1)
    return Counts(fp=int(predicted is not None), fn=int(gold_parent is not None))


def _parties(record: dict, agreement: dict, name: str, pairing: Pairing) -> Counts:
    """Parties were matched when the record was paired (scoring.py): what is left over counts."""
    matched = pairing.matched_parties
    return Counts(matched, len(parties_of(record)) - matched, len(agreement[name]) - matched)


def _given(record: dict, name: str) -> int:
    return int(record.get(name) is not None)


def _listed(record: dict, name: str) -> int:
    return len(record.get(name) or [])


KINDS: dict[str, Kind] = {
    "type": Kind(_type, _given, lambda agreement, name: int(agreement.get(name) not in ANY_TYPE)),
    "single": Kind(lambda r, a, name, _: _single(r.get(name), a.get(name)), _given, _given),
    "parties": Kind(_parties, lambda record, _: len(parties_of(record)), lambda agreement, _: len(agreement["parties"])),
    "people": Kind(_people, lambda record, name: len(_person_names(record.get(name))), _listed),
    "date": Kind(_date, _given, _given),
    "location": Kind(_location, lambda record, name: int(bool(_location_part(record, name))),
                     lambda agreement, name: int(bool(_location_part(agreement, name)))),
    "scopes": Kind(_scopes, lambda record, _: len(_scope_texts(record)), _listed),
    "references": Kind(_references, _listed, _listed),
    "parent": Kind(_parent, _given, lambda agreement, _: _given(agreement, "parent_index")),
}
