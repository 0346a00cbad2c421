"""The research report of `sepakat report`: agreements over time, by region, by kind of
party, the party network, top parties, scopes and a searchable table (docs/consolidation.md).

Needs the `report` extra (plotly, networkx): `pip install "sepakat[report]"`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from extract.lazy import exports_on_first_use

if TYPE_CHECKING:
    from extract.report.page import render_report, write_report
    from extract.report.sources import load_agreement_frames

# imported on first use: `sepakat --help` loads extract.report.command, and with it this
# package, which must not pull in pandas and sqlalchemy for that
_EXPORTS = {
    "load_agreement_frames": "extract.report.sources",
    "render_report": "extract.report.page",
    "write_report": "extract.report.page",
}

__all__ = ["load_agreement_frames", "render_report", "write_report"]


__getattr__ = exports_on_first_use(__name__, _EXPORTS)
