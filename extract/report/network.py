"""Who signs with whom: the party network (networkx), its GraphML/GEXF export and its drawing.

Nodes are bodies (the canonical-name key, so "Pemkab X" and "Pemerintah Kabupaten X" are
one node) with their name, kind and number of agreements; an edge joins two bodies that
signed together, weighted by how many agreements. The drawing places the best-connected
bodies with a seeded spring layout (the same data draws the same picture).
"""
from __future__ import annotations

from itertools import combinations
from pathlib import Path

import networkx as nx

from extract.frames import Frames
from extract.report.tables import party_keys

GRAPH_FORMATS = {".graphml": nx.write_graphml, ".gexf": nx.write_gexf}
_LAYOUT_SEED = 7


def party_graph(frames: Frames) -> nx.Graph:
    parties = frames.parties.assign(key=party_keys(frames))
    parties = parties[parties["key"] != ""]
    graph = nx.Graph()
    for key, group in parties.groupby("key"):
        graph.add_node(key, label=str(group["name"].mode().iloc[0]),
                       kind=str(group["kind"].fillna("other").mode().iloc[0]),
                       agreements=int(group["agreement_id"].nunique()))
    for _, keys in parties.groupby("agreement_id")["key"]:
        for first, second in combinations(sorted(set(keys)), 2):
            weight = graph.edges[first, second]["weight"] + 1 if graph.has_edge(first, second) else 1
            graph.add_edge(first, second, weight=weight)
    return graph


def write_graph(graph: nx.Graph, path: Path) -> None:
    """GraphML or GEXF (for Gephi), by the file's suffix."""
    writer = GRAPH_FORMATS.get(path.suffix.lower())
    if writer is None:
        raise ValueError(f"{path}: the graph file must end in {' or '.join(GRAPH_FORMATS)}")
    writer(graph, path)


def network_figure(graph: nx.Graph, top: int = 150):
    """An interactive plotly drawing (zoom, pan, hover) of the `top` best-connected bodies."""
    import plotly.graph_objects as go

    keep = sorted(graph.nodes, key=lambda n: (-graph.nodes[n]["agreements"], n))[:top]
    shown = graph.subgraph(keep)
    positions = nx.spring_layout(shown, seed=_LAYOUT_SEED, weight="weight") if len(shown) else {}
    edge_x: list[float | None] = []
    edge_y: list[float | None] = []
    for first, second in shown.edges:
        edge_x += [positions[first][0], positions[second][0], None]
        edge_y += [positions[first][1], positions[second][1], None]
    figure = go.Figure()
    figure.add_trace(go.Scatter(x=edge_x, y=edge_y, mode="lines", hoverinfo="skip",
                                line={"width": 0.6, "color": "#9aa5b1"}, showlegend=False))
    for kind in sorted({shown.nodes[n]["kind"] for n in shown.nodes}):
        nodes = [n for n in shown.nodes if shown.nodes[n]["kind"] == kind]
        figure.add_trace(go.Scatter(
            x=[positions[n][0] for n in nodes], y=[positions[n][1] for n in nodes], mode="markers", name=kind,
            marker={"size": [8 + 4 * shown.nodes[n]["agreements"] ** 0.5 for n in nodes], "line": {"width": 0.5}},
            text=[f"{shown.nodes[n]['label']}<br>{shown.nodes[n]['agreements']} agreement(s), "
                  f"{shown.degree(n)} partner(s)" for n in nodes],
            hoverinfo="text"))
    figure.update_layout(xaxis={"visible": False}, yaxis={"visible": False}, height=560,
                         margin={"l": 10, "r": 10, "t": 10, "b": 10}, legend={"title": {"text": "kind"}})
    return figure
