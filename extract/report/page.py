"""The research report: one self-contained HTML file (plotly.js, styles and script inline).

No CDN and no server: the file opens offline from a laptop or an e-mail attachment. Charts
are plotly figures (hover, zoom, legend toggles); the agreement table is plain HTML that
a small inline script filters, so it stays readable with scripts off.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import jinja2

from extract.frames import Frames
from extract.report import tables
from extract.report.network import network_figure, party_graph

_TEMPLATES = Path(__file__).resolve().parent / "templates"
_STATUS_COLOURS = {"signed": "#2b6cb0", "planned": "#dd6b20", "referenced": "#718096"}
_CONFIG = {"displaylogo": False, "responsive": True}
TABLE_ROWS = 20_000
"""Agreements listed in the table at most (the latest): a browser stays responsive at this size."""


def _bar(frame, x: str, y: str, *, horizontal: bool = False, height: int = 380):
    import plotly.graph_objects as go

    if horizontal:
        ordered = frame.iloc[::-1]
        trace = go.Bar(x=ordered[y], y=ordered[x], orientation="h", marker={"color": "#2b6cb0"})
    else:
        trace = go.Bar(x=frame[x], y=frame[y], marker={"color": "#2b6cb0"})
    figure = go.Figure(trace)
    figure.update_layout(height=height, margin={"l": 10, "r": 10, "t": 10, "b": 10},
                         yaxis={"automargin": True}, xaxis={"automargin": True})
    return figure


def _monthly_figure(monthly):
    import plotly.graph_objects as go

    figure = go.Figure([go.Bar(x=list(monthly.index), y=monthly[status], name=status,
                               marker={"color": _STATUS_COLOURS[status]}) for status in monthly.columns])
    figure.update_layout(barmode="stack", height=360, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                         xaxis={"type": "category", "title": {"text": "month"}},
                         yaxis={"title": {"text": "agreements"}},
                         legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0})
    return figure


def _div(figure, name: str) -> str:
    return figure.to_html(full_html=False, include_plotlyjs=False, config=_CONFIG, div_id=f"chart-{name}")


def render_report(frames: Frames, *, title: str = "Sepakat: cooperation agreements", sources: list[str] | None = None,
                  table_rows: int = TABLE_ROWS) -> str:
    """The whole page as a string."""
    from plotly.offline import get_plotlyjs

    monthly = tables.monthly_counts(frames)
    provinces, regencies = tables.region_counts(frames)
    kinds, pairs = tables.kind_counts(frames), tables.kind_pairs(frames)
    scopes = tables.scope_categories(frames)
    top = tables.top_parties(frames)
    graph = party_graph(frames)
    charts = {
        "monthly": _div(_monthly_figure(monthly), "monthly") if not monthly.empty else "",
        "provinces": _div(_bar(provinces.head(25), "province", "agreements", horizontal=True,
                               height=120 + 22 * min(len(provinces), 25)), "provinces") if not provinces.empty else "",
        "kinds": _div(_bar(kinds, "kind", "agreements", horizontal=True), "kinds") if not kinds.empty else "",
        "pairs": _div(_bar(pairs, "pair", "agreements", horizontal=True), "pairs") if not pairs.empty else "",
        "network": _div(network_figure(graph), "network") if graph.number_of_nodes() else "",
        "scopes": _div(_bar(scopes, "category", "agreements", horizontal=True), "scopes") if not scopes.empty else "",
    }
    rows = tables.agreement_rows(frames, table_rows)
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(_TEMPLATES),
                                     autoescape=jinja2.select_autoescape(["html", "j2"]))
    template = environment.get_template("report.html.j2")
    return template.render(
        title=title, generated=dt.date.today().isoformat(), sources=sources or [],
        counts={"agreements": len(frames.agreements), "reports": len(frames.reports),
                "articles": frames.reports["doc_id"].nunique(), "parties": graph.number_of_nodes(),
                "undated": int((frames.agreements["date"].str.len().fillna(0) < 7).sum()),
                "listed": len(rows)},
        charts=charts, monthly=monthly, provinces=provinces, regencies=regencies, kinds=kinds, pairs=pairs,
        scopes=scopes, top=top.to_dict("records"), rows=rows,
        options={name: sorted({row[name] for row in rows if row[name]}) for name in ("type", "status", "province")},
        plotly_js=get_plotlyjs(), script=(_TEMPLATES / "report.js").read_text(encoding="utf-8"),
        style=(_TEMPLATES / "report.css").read_text(encoding="utf-8"),
    )


def write_report(frames: Frames, output: Path, *, graph_file: Path | None = None, sources: list[str] | None = None
                 ) -> None:
    """The report to `output` (atomically) and, when asked, the party network to a GraphML/GEXF file."""
    if graph_file is not None:
        from extract.report.network import write_graph

        write_graph(party_graph(frames), graph_file)
    temporary = output.with_name(output.name + ".tmp")
    temporary.write_text(render_report(frames, sources=sources), encoding="utf-8")
    temporary.replace(output)
