"""Regenerate the report screenshot of the README and docs/consolidation.md.

Run from the repository root: `python docs/screenshots/capture_report.py` (needs
/usr/bin/chromium). Builds a generated multi-article corpus (benchmarks/multi_article.py),
extracts it into a temporary database with the rules alone, consolidates it and shoots the
report, so the picture shows what the commands produce.
"""
from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright
from typer.testing import CliRunner

from extract.cli import app

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "report-desktop.png"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    spec = importlib.util.spec_from_file_location("multi_article", ROOT / "benchmarks" / "multi_article.py")
    multi_article = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = multi_article
    spec.loader.exec_module(multi_article)
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        articles, _ = multi_article.write_corpus(directory, signings=40)
        db, report = str(directory / "sepakat.db"), directory / "report.html"
        for command in (["extract", str(articles), "--db", db, "--no-ner", "-q", "-o", str(directory / "r.jsonl")],
                        ["consolidate", db, "--db", db, "-q"], ["report", db, "-o", str(report)]):
            result = runner.invoke(app, command)
            if result.exit_code != 0:
                raise SystemExit(f"sepakat {command[0]} failed: {result.output}")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 1400})
            page.goto(report.as_uri())
            page.wait_for_selector("#chart-network .main-svg")
            page.screenshot(path=str(OUT))
            browser.close()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
