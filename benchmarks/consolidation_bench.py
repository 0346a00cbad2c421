"""Consolidation at scale: `python benchmarks/consolidation_bench.py --records 1000000`.

Writes a synthetic JSON Lines file of records (not timed): agreements between regional
governments (from the wilayah gazetteer), universities, companies and police offices,
each reported by 1 to 5 articles that write the parties differently (Pemkab X / Pemerintah
Kabupaten X), in another order, and date it by the day, a day later or by the month; some
pairs of parties sign again another time. Then runs `sepakat consolidate` on it in a
process of its own and prints wall time, records/s and that process's peak resident
memory, and the grouping's pairwise precision/recall against the generator's truth.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.consolidation.evaluation import score_grouping  # noqa: E402

SEED = 20240312
WORDS = ("Nusantara", "Bangsa", "Mandiri", "Sejahtera", "Lestari", "Harapan", "Cendekia", "Merdeka", "Bakti",
         "Utama", "Jaya", "Makmur", "Sentosa", "Persada", "Gemilang", "Teknologi", "Tani", "Samudra")
TITLES = ("pengembangan sumber daya manusia", "pelayanan publik", "penelitian dan pengabdian masyarakat",
          "penanganan stunting", "pemulihan ekonomi daerah", "pengelolaan sampah", "satu data")


def regencies() -> list[tuple[str, str]]:
    """(name_short, type) of every regency and city in the wilayah gazetteer."""
    with (ROOT / "patterns" / "wilayah" / "provinsi_kabkota.csv").open(encoding="utf-8") as handle:
        return [(row["name_short"], row["type"]) for row in csv.DictReader(handle) if row["type"] != "provinsi"]


def institutions(rng: random.Random) -> list[tuple[str, str, str]]:
    """(long form, short form, kind) of a pool of bodies, two spellings each."""
    pool = []
    for short, kind in regencies():
        long_head, short_head = ("Pemerintah Kabupaten", "Pemkab") if kind == "kabupaten" else ("Pemerintah Kota", "Pemkot")
        pool.append((f"{long_head} {short}", f"{short_head} {short}", "regional_government"))
        pool.append((f"Kepolisian Resor {short}", f"Polres {short}", "police"))
    for number in range(1500):
        first, second = rng.sample(WORDS, 2)
        pool.append((f"Universitas {first} {second} {number}", f"Univ. {first} {second} {number}", "university"))
        pool.append((f"PT {first} {second} Abadi {number}", f"{first} {second} Abadi {number}", "company"))
    return pool


def reports(total: int, rng: random.Random) -> Iterator[tuple[dict, int]]:
    """Records with the number of the agreement they report, until `total` records."""
    pool = institutions(rng)
    start = dt.date(2021, 1, 1).toordinal()
    written = agreement = 0
    pairs: list[tuple[int, int]] = []
    while written < total:
        if pairs and rng.random() < 0.1:
            first, second = rng.choice(pairs)           # the same parties sign again, another time
        else:
            first, second = rng.sample(range(len(pool)), 2)
            pairs.append((first, second))
        day = dt.date.fromordinal(start + rng.randrange(4 * 365))
        type_ = "PKS" if rng.random() < 0.3 else "MoU"
        title = rng.choice(TITLES)
        for copy in range(min(rng.randint(1, 5), total - written)):
            parties = [pool[first], pool[second]]
            rng.shuffle(parties)
            shown = day + dt.timedelta(days=rng.choice((0, 0, 0, 1)))
            date = shown.isoformat() if rng.random() < 0.85 else shown.isoformat()[:7]
            record = {
                "doc_id": f"artikel-{agreement:07d}-{copy}", "type": type_, "status": "signed", "title": title,
                "parties": [{"name": party[rng.randrange(2)], "acronym": None, "kind": party[2], "canonical": None,
                             "region_code": None, "aliases": []} for party in parties],
                "signatories": [], "witnesses": [], "date": date, "date_text": None,
                "location": {"venue": None, "city": None, "province": None, "code": None},
                "scopes": [{"text": title, "category": None}], "reference_numbers": [], "parent": None,
                "confidence": 0.9, "evidence": [],
                "published": (shown + dt.timedelta(days=rng.randint(0, 3))).isoformat(),
            }
            yield record, agreement
            written += 1
        agreement += 1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--partitions", type=int, default=64)
    arguments = parser.parse_args(argv)
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory(prefix="sepakat-consolidation-bench-") as temporary:
        directory = Path(temporary)
        records, output = directory / "records.jsonl.gz", directory / "agreements.jsonl"
        truth: dict[int, list[str]] = {}
        began = time.perf_counter()
        with gzip.open(records, "wt", encoding="utf-8", compresslevel=1) as handle:
            for record, agreement in reports(arguments.records, rng):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                truth.setdefault(agreement, []).append(f"{record['doc_id']}#0")
        print(f"generated {arguments.records:,} records ({len(truth):,} agreements, "
              f"{records.stat().st_size / 1e6:,.0f} MB gzipped) in {time.perf_counter() - began:.1f} s")
        command = [sys.executable, "-m", "extract.cli", "consolidate", str(records), "--output", str(output),
                   "--partitions", str(arguments.partitions), "--quiet"]
        began = time.perf_counter()
        subprocess.run(command, check=True, cwd=ROOT)
        seconds = time.perf_counter() - began
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
        with output.open(encoding="utf-8") as handle:
            predicted = [[f"{r['doc_id']}#{r['record_index']}" for r in json.loads(line)["reports"]] for line in handle]
        print(f"sepakat consolidate: {arguments.records:,} records -> {len(predicted):,} agreements in "
              f"{seconds:.1f} s wall, {cpu:.1f} s CPU ({arguments.records / seconds:,.0f} records/s wall), "
              f"peak memory {peak:,.0f} MB (its own process, start-up included; on a busy machine CPU time "
              f"is the steadier figure)")
        scores = score_grouping(predicted, list(truth.values()))
        print(f"grouping against the generator's truth: pairwise P {scores.pairwise.precision:.3f} "
              f"R {scores.pairwise.recall:.3f} F1 {scores.pairwise.f1:.3f}; B-cubed F1 {scores.bcubed.f1:.3f}")


if __name__ == "__main__":
    main()
