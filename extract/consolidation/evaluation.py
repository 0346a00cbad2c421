"""How well grouping matches a gold grouping: pairwise and B-cubed precision, recall, F1.

Pairwise counts pairs of reports put together (precision: of the pairs grouped, how many
belong together); B-cubed averages, per report, the share of its predicted group that is
right and the share of its gold group it was put with, so a big group does not outweigh
many small ones. Gold lists groups as `doc_id#record_index`; a report in no gold group is
a group of its own.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import yaml


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True, slots=True)
class GroupingScores:
    pairwise: Scores
    bcubed: Scores
    reports: int
    gold_groups: int
    predicted_groups: int
    wrongly_merged: list[tuple[str, str]]
    missed: list[tuple[str, str]]


def load_gold(path: Path) -> list[list[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    groups = data.get("groups") if isinstance(data, dict) else None
    if not isinstance(groups, dict):
        raise ValueError(f"{path}: expected a mapping `groups: {{name: [doc_id#record_index, ...]}}`")
    return [[str(ref) for ref in members] for members in groups.values()]


def predicted_groups(agreements: Iterable[dict]) -> list[list[str]]:
    return [[f"{r['doc_id']}#{r['record_index']}" for r in agreement["reports"]] for agreement in agreements]


def score_grouping(predicted: Sequence[Sequence[str]], gold: Sequence[Sequence[str]]) -> GroupingScores:
    """Scores over the reports that were grouped (gold-only reports are ignored: they were not input)."""
    predicted_of = {ref: number for number, group in enumerate(predicted) for ref in group}
    gold_of = {ref: number for number, group in enumerate(gold) for ref in group}
    for ref in predicted_of:
        gold_of.setdefault(ref, f"alone:{ref}")
    reports = sorted(predicted_of)
    predicted_pairs = {pair for group in predicted for pair in combinations(sorted(group), 2)}
    gold_pairs = {pair for group in gold for pair in combinations(sorted(r for r in group if r in predicted_of), 2)}
    right = predicted_pairs & gold_pairs
    pairwise = Scores(len(right) / len(predicted_pairs) if predicted_pairs else 1.0,
                      len(right) / len(gold_pairs) if gold_pairs else 1.0)
    members_predicted: dict[object, set[str]] = {}
    members_gold: dict[object, set[str]] = {}
    for ref in reports:
        members_predicted.setdefault(predicted_of[ref], set()).add(ref)
        members_gold.setdefault(gold_of[ref], set()).add(ref)
    precision = recall = 0.0
    for ref in reports:
        mine, truth = members_predicted[predicted_of[ref]], members_gold[gold_of[ref]]
        shared = len(mine & truth)
        precision += shared / len(mine)
        recall += shared / len(truth)
    bcubed = Scores(precision / len(reports), recall / len(reports)) if reports else Scores(1.0, 1.0)
    return GroupingScores(pairwise, bcubed, len(reports), len(members_gold), len(predicted),
                          sorted(predicted_pairs - gold_pairs), sorted(gold_pairs - predicted_pairs))
