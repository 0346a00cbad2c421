"""Consolidation at scale: spill reports to partition files by block, group each partition.

Pass 1 streams the input once, reduces each record to its key and writes key and record
(without evidence) to one of N partition files chosen by the block key, so every report
that could be grouped with another lands in the same partition. Pass 2 takes one
partition at a time (in this process, or as tasks on a Dask cluster: partitions are
independent), groups each block and hands the agreements out; one whose parent record
(a PKS's MoU) has not been grouped yet waits in a spill file until every partition is
done. Memory holds one partition, not the input.
"""
from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from extract.consolidation.grouping import Group, cluster
from extract.consolidation.keys import ReportKey, ReportRef, report_key
from extract.consolidation.merge import Member, build_agreement
from extract.consolidation.settings import ConsolidationSettings, load_settings
from extract.io.errors import ReadError
from extract.io.record_sources import SourceRecord

DEFAULT_PARTITIONS = 64

Seeds = dict[str, list[tuple[Group, list[Member]]]]
"""Stored groups by block key, each with its members (incremental runs)."""


@dataclass(slots=True)
class GroupResult:
    """A new or extended group: its agreement, the records its reports name as parent, its members."""

    agreement: dict
    parents: list[ReportRef]
    members: list[Member]


@dataclass(slots=True)
class RunStats:
    records: int = 0
    skipped: int = 0            # reports already stored unchanged (incremental runs)
    agreements: int = 0
    errors: list[ReadError] = field(default_factory=list)


def member_line(member: Member, digest: str) -> str:
    """A report in a partition file: its block digest, a tab, then key, record, published, url as JSON."""
    return digest + "\t" + json.dumps([member.key.to_json(), member.record, member.published, member.url],
                                      ensure_ascii=False)


def member_from_line(line: str) -> Member:
    key, record, published, url = json.loads(line.partition("\t")[2])
    return Member(ReportKey.from_json(key), record, published, url)


def block_digest(block: str) -> str:
    return hashlib.blake2b(block.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def to_member(source: SourceRecord, settings: ConsolidationSettings) -> Member:
    record = {name: value for name, value in source.record.items() if name != "evidence"}
    ref = ReportRef(source.doc_id, source.record_index)
    return Member(report_key(record, ref, source.published, settings), record, source.published, source.url)


def iter_partition(lines: list[str], settings: ConsolidationSettings, seeds: Seeds | None = None
                   ) -> Iterator[GroupResult]:
    """Group one partition's reports block by block; only new or extended groups come out.

    Lines are sorted into blocks by their digest prefix without being parsed, and a block's
    reports are parsed only while it is grouped, so memory holds the partition's text and
    one block's records."""
    blocks: dict[str, list[str]] = {}
    for line in lines:
        blocks.setdefault(line[:line.index("\t")], []).append(line)
    for digest in sorted(blocks):
        by_block: dict[str, dict[ReportRef, Member]] = {}
        for line in blocks.pop(digest):
            member = member_from_line(line)
            # the same record given twice counts once
            by_block.setdefault(member.key.block, {}).setdefault(member.key.ref, member)
        for block in sorted(by_block):
            new = by_block[block]
            stored = (seeds or {}).get(block, [])
            by_ref = dict(new)
            for group, members in stored:
                by_ref.update({m.key.ref: m for m in members})
                group.changed = False
            for group in cluster([m.key for m in new.values()], settings, [g for g, _ in stored]):
                if group.changed:
                    members = [by_ref[key.ref] for key in group.members]
                    agreement, parents = build_agreement(group, members, settings)
                    yield GroupResult(agreement, parents, members)


def group_partition(lines: list[str], settings: ConsolidationSettings, seeds: Seeds | None = None
                    ) -> list[GroupResult]:
    """All of a partition's new or extended groups at once (a Dask task's result)."""
    return list(iter_partition(lines, settings, seeds))


class Partitioner:
    """Pass 1: reports written to partition files by a hash of their block key."""

    def __init__(self, directory: Path, count: int) -> None:
        self.paths = [directory / f"part-{number:04d}.jsonl" for number in range(count)]
        self._stack = ExitStack()
        self._handles: list[IO[str]] = [self._stack.enter_context(path.open("w", encoding="utf-8"))
                                        for path in self.paths]
        self.wanted_parents: set[ReportRef] = set()

    def add(self, member: Member) -> None:
        digest = block_digest(member.key.block)
        self._handles[int(digest, 16) % len(self._handles)].write(member_line(member, digest) + "\n")
        if member.key.parent_index is not None:
            self.wanted_parents.add(ReportRef(member.key.ref.doc_id, member.key.parent_index))

    def close(self) -> None:
        self._stack.close()


def read_partition(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [line for line in handle if line.strip()]


def partition_blocks(lines: list[str]) -> set[str]:
    """The block keys of a partition's reports (parsed one at a time)."""
    return {member_from_line(line).key.block for line in lines}


PartitionRunner = Callable[[list[Path], ConsolidationSettings, Callable[[list[str]], Seeds] | None],
                           Iterator[Iterable[GroupResult]]]


def run_local(paths: list[Path], settings: ConsolidationSettings,
              seeds_for: Callable[[list[str]], Seeds] | None = None) -> Iterator[Iterable[GroupResult]]:
    for path in paths:
        lines = read_partition(path)
        yield iter_partition(lines, settings, seeds_for(lines) if seeds_for else None)


def consolidate_sources(
    sources: Iterable[SourceRecord | ReadError],
    *,
    partitions: int = DEFAULT_PARTITIONS,
    runner: PartitionRunner = run_local,
    settings: ConsolidationSettings | None = None,
    accept: Callable[[Member], bool] | None = None,
    seeds_for: Callable[[set[str]], Seeds] | None = None,
    on_group: Callable[[GroupResult], None] | None = None,
    stored_parent: Callable[[ReportRef], str | None] | None = None,
    stats: RunStats | None = None,
    workdir: Path | None = None,
) -> Iterator[dict]:
    """Agreements from a stream of records, in bounded memory.

    `accept` may drop a report before grouping (one already stored unchanged); `seeds_for`
    gives the stored groups of a set of blocks; `on_group` sees every new or extended
    group (the database store saves its reports there); `stored_parent` finds the agreement
    of a parent record grouped in an earlier run.
    """
    settings = settings or load_settings()
    stats = stats if stats is not None else RunStats()
    with tempfile.TemporaryDirectory(prefix="sepakat-consolidate-", dir=workdir) as temporary:
        directory = Path(temporary)
        partitioner = Partitioner(directory, max(1, partitions))
        try:
            for item in sources:
                if isinstance(item, ReadError):
                    stats.errors.append(item)
                    continue
                if "agreement_id" in item.record:
                    stats.errors.append(ReadError(item.record["agreement_id"], "", "already a consolidated "
                                                  "agreement: consolidate the records it came from"))
                    continue
                stats.records += 1
                member = to_member(item, settings)
                if accept is not None and not accept(member):
                    stats.skipped += 1
                    continue
                partitioner.add(member)
        finally:
            partitioner.close()
        partition_seeds = None
        if seeds_for is not None:
            def partition_seeds(lines: list[str]) -> Seeds:
                return seeds_for(partition_blocks(lines))
        spill = directory / "agreements.jsonl"
        parent_ids: dict[ReportRef, str] = {}
        with spill.open("w", encoding="utf-8") as deferred:
            for results in runner(partitioner.paths, settings, partition_seeds):
                for result in results:
                    for member in result.members:
                        if member.key.ref in partitioner.wanted_parents:
                            parent_ids[member.key.ref] = result.agreement["agreement_id"]
                    if on_group is not None:
                        on_group(result)
                    parents = [ref for ref in result.parents if ref not in parent_ids]
                    if parents:       # its parent may be in a later partition: wait for the end
                        deferred.write(json.dumps([result.agreement, [[r.doc_id, r.record_index] for r in
                                                                      result.parents]], ensure_ascii=False) + "\n")
                        continue
                    _fill_parent(result.agreement, result.parents, parent_ids, stored_parent)
                    stats.agreements += 1
                    yield result.agreement
        with spill.open(encoding="utf-8") as handle:
            for line in handle:
                agreement, parents = json.loads(line)
                _fill_parent(agreement, [ReportRef(doc, index) for doc, index in parents], parent_ids, stored_parent)
                stats.agreements += 1
                yield agreement


def _fill_parent(agreement: dict, parents: list[ReportRef], found: dict[ReportRef, str],
                 stored_parent: Callable[[ReportRef], str | None] | None) -> None:
    """`parent_id`: the agreement of the first parent record named by a report (not itself)."""
    identifiers = [_parent_id(ref, found, stored_parent) for ref in parents]
    identifiers = [i for i in identifiers if i and i != agreement["agreement_id"]]
    agreement["parent_id"] = identifiers[0] if identifiers else None

def _parent_id(ref: ReportRef, found: dict[ReportRef, str],
               stored_parent: Callable[[ReportRef], str | None] | None) -> str | None:
    if ref in found:
        return found[ref]
    return stored_parent(ref) if stored_parent is not None else None
