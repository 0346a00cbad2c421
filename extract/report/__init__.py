"""The research report of `sepakat report`: agreements over time, by region, by kind of
party, the party network, top parties, scopes and a searchable table (docs/consolidation.md).

Needs the `report` extra (plotly, networkx): `pip install "sepakat[report]"`.
"""
from __future__ import annotations

from extract.report.sources import load_agreement_frames
from extract.report.page import render_report, write_report

__all__ = ["load_agreement_frames", "render_report", "write_report"]
