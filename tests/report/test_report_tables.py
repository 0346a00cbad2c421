"""The report's figures, computed from the frames of the hand-written test set."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from extract.frames import Frames
from extract.report import tables
from extract.report.network import party_graph, write_graph


def test_monthly_counts_cover_every_month_by_status(frames: Frames) -> None:
    monthly = tables.monthly_counts(frames)
    assert list(monthly.columns) == ["signed", "planned", "referenced"]
    assert monthly.index[0] == "2022-11" and monthly.index[-1] == "2025-03"
    assert len(monthly) == 29                                   # the empty months are there too
    assert monthly.loc["2024-03", "signed"] == 5 and monthly.loc["2024-09"].sum() == 3
    assert monthly.values.sum() == len(frames.agreements)       # every agreement of the set has a month


def test_regions_come_from_the_place_or_the_parties(frames: Frames) -> None:
    provinces, regencies = tables.region_counts(frames)
    counts = dict(zip(provinces["province"], provinces["agreements"]))
    assert counts == {"Daerah Istimewa Yogyakarta": 9, "Jawa Tengah": 6, "Jawa Timur": 2, tables.UNKNOWN: 1}
    assert ("Kabupaten Bantul", 5) in set(zip(regencies["regency"], regencies["agreements"]))


def test_kinds_pairs_and_top_parties(frames: Frames) -> None:
    kinds = dict(zip(*tables.kind_counts(frames).values.T))
    assert kinds["regional_government"] == 14 and kinds["police"] == 3
    pairs = tables.kind_pairs(frames)
    assert pairs.iloc[0].tolist() == ["regional_government + university", 5]
    top = tables.top_parties(frames)
    assert top.iloc[0]["party"] == "Universitas Tunas Bangsa" and top.iloc[0]["agreements"] == 5
    assert len(top.iloc[0]["agreement_ids"]) == 5


def test_network_joins_bodies_that_signed_together(frames: Frames, tmp_path: Path) -> None:
    graph = party_graph(frames)
    sleman, university = "pemerintah kabupaten sleman", "universitas tunas bangsa"
    assert graph.edges[sleman, university]["weight"] == 3          # the MoU, its PKS and the 2025 renewal
    assert graph.nodes[sleman]["agreements"] == 3 and graph.nodes[university]["agreements"] == 5
    for suffix, reader in ((".graphml", nx.read_graphml), (".gexf", nx.read_gexf)):
        write_graph(graph, tmp_path / f"net{suffix}")
        read = reader(tmp_path / f"net{suffix}")
        assert set(read.nodes) == set(graph.nodes) and read.nodes[sleman]["label"] == "Pemerintah Kabupaten Sleman"
        assert {(*sorted(e), int(w)) for *e, w in read.edges(data="weight")} == \
            {(*sorted(e), w) for *e, w in graph.edges(data="weight")}
    with pytest.raises(ValueError, match="must end in"):
        write_graph(graph, tmp_path / "net.png")
