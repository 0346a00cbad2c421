"""The agreement built from a group: chosen fields, provenance, conflicts, a stable id."""
from __future__ import annotations

import random

from extract.consolidation import consolidate
from extract.consolidation.model import Agreement

SLEMAN, UNIVERSITY = "Pemerintah Kabupaten Sleman", "Universitas Tunas Bangsa"


def _reports(make_report) -> list[dict]:
    return [
        make_report("a", [SLEMAN, UNIVERSITY], "2024-03-12", venue="Pendopo Parasamya", title="pengembangan SDM",
                    signatories=(("Hendra Wijaya", "Bupati Sleman", 0),), scopes=("penelitian",),
                    references=("180/012/MoU/2024",), published="2024-03-12", url="https://a.example/1"),
        make_report("b", ["Pemkab Sleman", "Univ. Tunas Bangsa"], "2024-03-13", venue="Balai Desa",
                    title="pengembangan SDM", signatories=(("Hendra Wijaya", "Bupati", 0), ("Sri Wahyuni", "Rektor", 1)),
                    scopes=("Penelitian", "pengabdian masyarakat"), published="2024-03-13", confidence=0.7),
        make_report("c", [UNIVERSITY, SLEMAN], "2024-03-12", venue="Pendopo Parasamya", title="kerja sama SDM",
                    published="2024-03-14", confidence=0.95),
    ]


def test_fields_are_chosen_from_the_reports_with_provenance_and_conflicts(make_report) -> None:
    [agreement] = consolidate(_reports(make_report))
    Agreement.model_validate(agreement)                  # the contract of a consolidated agreement
    assert [(r["doc_id"], r["published"], r["url"]) for r in agreement["reports"]] == [
        ("a", "2024-03-12", "https://a.example/1"), ("b", "2024-03-13", None), ("c", "2024-03-14", None)]
    assert agreement["date"] == "2024-03-12"            # two reports against one
    assert agreement["location"]["venue"] == "Pendopo Parasamya"
    assert agreement["title"] == "pengembangan SDM"
    assert agreement["confidence"] == 0.95
    assert [p["name"] for p in agreement["parties"]] == [SLEMAN, UNIVERSITY]
    assert "Pemkab Sleman" in agreement["parties"][0]["aliases"]
    assert [(s["name"], s["position"], s["party"]) for s in agreement["signatories"]] == [
        ("Hendra Wijaya", "Bupati Sleman", 0), ("Sri Wahyuni", "Rektor", 1)]
    assert [s["text"] for s in agreement["scopes"]] == ["penelitian", "pengabdian masyarakat"]
    conflicts = {c["field"]: c["values"] for c in agreement["conflicts"]}
    assert conflicts["date"] == [{"value": "2024-03-12", "reports": [0, 2]}, {"value": "2024-03-13", "reports": [1]}]
    assert set(conflicts) == {"date", "location.venue", "title", "signatories[0].position"}
    provenance = {c["field"]: c for c in agreement["provenance"]}
    assert provenance["date"] == {"field": "date", "rule": "most_supported", "reports": [0, 2]}
    assert provenance["status"] == {"field": "status", "rule": "most_advanced", "reports": [0, 1, 2]}
    assert provenance["parties[1]"]["rule"] == "union" and provenance["parties[1]"]["reports"] == [0, 1, 2]


def test_a_day_is_chosen_over_a_month_that_contains_it(make_report) -> None:
    [agreement] = consolidate([make_report("a", [SLEMAN, UNIVERSITY], "2024-03"),
                               make_report("b", [SLEMAN, UNIVERSITY], "2024-03"),
                               make_report("c", [SLEMAN, UNIVERSITY], "2024-03-12")])
    assert agreement["date"] == "2024-03-12"
    assert {"field": "date", "rule": "most_specific", "reports": [2]} in agreement["provenance"]
    assert not agreement["conflicts"]


def test_id_is_stable_whatever_the_input_order_and_partitioning(make_report) -> None:
    records = _reports(make_report) + [make_report("d", [SLEMAN, UNIVERSITY], "2025-01-10")]
    first = {a["agreement_id"]: a for a in consolidate(records, partitions=1)}
    shuffled = records[:]
    random.Random(3).shuffle(shuffled)
    second = {a["agreement_id"]: a for a in consolidate(shuffled, partitions=7)}
    assert first == second and len(first) == 2


def test_pks_points_to_its_mous_agreement(make_report) -> None:
    agreements = consolidate([
        make_report("a", [SLEMAN, UNIVERSITY], "2024-03-12"),
        make_report("a", [SLEMAN, UNIVERSITY], "2024-03-12", type_="PKS", parent=0),
        make_report("b", [SLEMAN, UNIVERSITY], "2024-03-12"),
    ])
    by_type = {a["type"]: a for a in agreements}
    assert by_type["PKS"]["parent_id"] == by_type["MoU"]["agreement_id"]
    assert by_type["MoU"]["parent_id"] is None
