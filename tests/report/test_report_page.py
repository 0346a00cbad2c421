"""The HTML file: self-contained (no network), every section drawn, text escaped."""
from __future__ import annotations

import re
from pathlib import Path

from plotly.offline import get_plotlyjs
from typer.testing import CliRunner

from extract.cli import app
from extract.frames import to_frames
from extract.report import render_report

TEST_SET = Path(__file__).resolve().parents[2] / "corpus" / "consolidation" / "records.jsonl"
runner = CliRunner()


def test_page_is_self_contained_and_has_every_section(frames) -> None:
    page = render_report(frames)
    assert page.count(get_plotlyjs()) == 1            # the library itself is inline, once
    page = page.replace(get_plotlyjs(), "")
    # nothing is fetched: no script or stylesheet by URL, no link but the reports' own
    assert "<script src" not in page and "<link" not in page and "@import" not in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//(?!berita\.example/)""", page)
    assert page.count("Plotly.newPlot") == 6          # time, provinces, kinds, pairs, network, scopes
    for section in ("time", "regions", "kinds", "network", "parties", "scopes", "agreements"):
        assert f'<section id="{section}">' in page
    assert page.count('<tr id="agr-') == len(frames.agreements)
    assert 'href="https://berita.example/sleman-kab-2403a"' in page


def test_text_from_articles_is_escaped() -> None:
    record = {"doc_id": "x", "type": "MoU", "status": "signed", "title": "<script>alert(1)</script>",
              "parties": [{"name": "Pemkab <b>Sleman</b>"}, {"name": "Universitas Tunas Bangsa"}],
              "date": "2024-01-02", "confidence": 0.5}
    page = render_report(to_frames([record]))
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>Sleman</b>" not in page


def test_empty_input_still_makes_a_page(tmp_path: Path) -> None:
    empty = tmp_path / "records.jsonl"
    empty.write_text("", encoding="utf-8")
    output = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(empty), "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert "No dated agreements." in output.read_text(encoding="utf-8")


def test_bad_graph_suffix_is_refused_before_any_work(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(TEST_SET), "-o", str(tmp_path / "r.html"), "--graph", "g.png"])
    assert result.exit_code == 2 and ".graphml or .gexf" in result.output
    assert not (tmp_path / "r.html").exists()


def test_table_lists_the_latest_agreements_up_to_its_limit(frames) -> None:
    page = render_report(frames, table_rows=5)
    dates = re.findall(r'<tr id="agr-[^"]+"[^>]*>\s*<td>([\d-]*)</td>', page)
    assert len(dates) == 5 and dates == sorted(dates, reverse=True) and dates[0] == "2025-03-11"
    assert f"The table lists the latest 5 of {len(frames.agreements)} agreements" in page
