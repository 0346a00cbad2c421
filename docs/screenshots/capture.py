"""Regenerate the README screenshots: the page with a seed article, desktop and phone width.

Run from the repository root: `python docs/screenshots/capture.py` (needs /usr/bin/chromium,
see .ci/install-browser.sh). Uses the real pipeline, so the pictures show what it finds.
"""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from extract.web.app import create_app

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "corpus" / "articles" / "003_e4755516e6de3fa0.txt"
OUT = Path(__file__).resolve().parent
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
VIEWPORTS = {"desktop": {"width": 1280, "height": 860}, "phone": {"width": 390, "height": 844}}


def main() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    text = ARTICLE.read_text(encoding="utf-8")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            for name, viewport in VIEWPORTS.items():
                page = browser.new_page(viewport=viewport, device_scale_factor=1)
                page.set_default_timeout(120_000)
                page.goto(f"http://127.0.0.1:{port}/")
                page.fill("textarea#text", text)
                page.click("form.article-form button[type=submit]")
                page.wait_for_selector("section.document")
                page.evaluate("() => window.scrollTo(0, document.querySelector('section.document').offsetTop - 8)")
                page.screenshot(path=str(OUT / f"result-{name}.png"))
                page.locator("article.card a.fact-link.fact--person").first.click()
                page.wait_for_selector(".ev-sentence.marked")
                page.mouse.move(0, 0)  # no hover outline in the picture
                page.wait_for_timeout(900)  # let the smooth scroll finish
                page.screenshot(path=str(OUT / f"evidence-{name}.png"))
                page.close()
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    print("\n".join(str(path.relative_to(ROOT)) for path in sorted(OUT.glob("*.png"))))


if __name__ == "__main__":
    main()
