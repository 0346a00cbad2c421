"""The grouping thresholds, read from patterns/consolidation.yaml and checked at load."""
from __future__ import annotations

import typing
from dataclasses import dataclass
from functools import lru_cache

from extract.patterns import PatternFileError, load_yaml
from extract.schema import AgreementStatus

_FILE = "consolidation.yaml"
_STATUSES = frozenset(typing.get_args(AgreementStatus))


@dataclass(frozen=True, slots=True)
class ConsolidationSettings:
    date_tolerance_days: int
    undated_signed_days: int
    compatible_statuses: frozenset[frozenset[str]]
    status_order: tuple[str, ...]
    min_parties: int

    def statuses_compatible(self, first: str, second: str) -> bool:
        return frozenset((first, second)) in self.compatible_statuses


@lru_cache(maxsize=1)
def load_settings() -> ConsolidationSettings:
    data = load_yaml(_FILE)
    try:
        pairs = frozenset(frozenset(pair) for pair in data["compatible_statuses"])
        settings = ConsolidationSettings(
            int(data["date_tolerance_days"]), int(data["undated_signed_days"]), pairs,
            tuple(data["status_order"]), int(data["min_parties"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise PatternFileError(f"{_FILE}: missing or malformed key: {exc}") from exc
    named = {status for pair in pairs for status in pair} | set(settings.status_order)
    if not named <= _STATUSES or set(settings.status_order) != _STATUSES:
        raise PatternFileError(f"{_FILE}: statuses must be among {sorted(_STATUSES)} and status_order "
                               f"must list each once, found {sorted(named)}")
    return settings
