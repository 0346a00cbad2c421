"""The report in a real browser: Debian's chromium driven by Playwright, offline.

Opens the file:// page with every network request refused, waits for plotly to draw each
chart, uses the agreement table's filters and saves a screenshot. In CI (CI=true) a
missing chromium is a failure, not a skip: .ci/install-browser.sh installs it.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract.frames import Frames
from extract.report import write_report

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CHARTS = ("monthly", "provinces", "kinds", "pairs", "network", "scopes")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists() and os.environ.get("CI") != "true",
                       reason="needs Debian's chromium (.ci/install-browser.sh); required when CI=true"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "chromium is missing: run .ci/install-browser.sh"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _shown(page) -> int:
    return page.locator("#agreements-table tbody tr:visible").count()


def test_report_charts_render_offline_and_filters_work(browser, frames: Frames, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    write_report(frames, report)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(60_000)
    outside: list[str] = []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:", "blob:"))
               else (outside.append(route.request.url), route.abort()))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(report.as_uri())

    for chart in CHARTS:
        page.wait_for_selector(f"#chart-{chart} .main-svg")
    assert page.locator("#chart-monthly .bars .point").count() > 0
    assert page.locator("#chart-provinces .bars .point").count() == 4
    assert page.locator("#chart-network .scatterlayer .point").count() == 20     # one dot per body
    assert not errors and not outside

    total = len(frames.agreements)
    assert _shown(page) == total
    page.fill("#filter-text", "sleman tunas")
    assert _shown(page) == 3                                # MoU 2024, its PKS, the 2025 renewal
    assert page.locator("#filter-count").inner_text() == f"3 of {total} agreements shown"
    page.select_option("#filter-type", "PKS")
    assert _shown(page) == 1
    page.fill("#filter-text", "")
    assert _shown(page) == int((frames.agreements["type"] == "PKS").sum())
    page.select_option("#filter-type", "")
    page.select_option("#filter-province", "Jawa Timur")
    assert _shown(page) == 2
    page.locator("button.show-party").first.click()        # the top party: Universitas Tunas Bangsa
    assert page.input_value("#filter-text") == "Universitas Tunas Bangsa"
    assert page.input_value("#filter-province") == "" and _shown(page) == 5

    link = page.locator("#agreements-table a[href^='https://berita.example/']").first
    assert link.get_attribute("target") == "_blank"
    page.fill("#filter-text", "")
    page.screenshot(path=str(tmp_path / "report.png"), full_page=False)
    assert (tmp_path / "report.png").stat().st_size > 10_000
    page.close()
