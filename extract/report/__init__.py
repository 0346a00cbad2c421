"""The research report of `sepakat report`: agreements over time, by region, by kind of
party, the party network, top parties, scopes and a searchable table (docs/consolidation.md).

Needs the `report` extra (plotly, networkx): `pip install "sepakat[report]"`.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'extract.report' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value
