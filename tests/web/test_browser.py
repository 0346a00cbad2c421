"""The page in a real browser: Debian's chromium driven by Playwright (no browser download).

Starts `sepakat serve`'s app with uvicorn on a free port, pastes a corpus seed article,
checks the agreement card, clicks a fact and checks its evidence sentence is marked.
In CI (CI=true) a missing chromium is a failure, not a skip: .ci/install-browser.sh
installs it.
"""
from __future__ import annotations

import asyncio
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from extract.web.app import create_app
from extract.web.pool import ExtractionPool, PoolSettings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() and os.environ.get("CI") != "true",
        reason="needs Debian's chromium (.ci/install-browser.sh); required when CI=true",
    ),
]


def submit(page, text: str) -> None:
    """Paste the article, submit the plain form and wait for the result (or an error)."""
    page.fill("textarea#text", text)
    page.click("form.article-form button[type=submit]")
    page.wait_for_selector("section.document, p.error")
    errors = page.locator("p.error").all_inner_texts()
    assert not errors, errors


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    port = free_port()
    pool = ExtractionPool(PoolSettings(workers=1))
    app = create_app(pool=pool)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 180  # the worker loads the pipeline before the server accepts requests
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    asyncio.run(pool.close())


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "chromium is missing: run .ci/install-browser.sh"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def test_seed_article_card_and_evidence_marking(server_url: str, browser, seed_article: str, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(120_000)  # the first request loads the spaCy pipeline
    page.goto(server_url + "/")
    submit(page, seed_article)
    page.screenshot(path=str(tmp_path / "result.png"), full_page=True)

    card = page.locator("article.card").first
    assert card.count() == 1, "no agreement card: the pipeline found no agreement in the seed article"
    parties = " ".join(card.locator("dt:text-is('Parties') + dd .fact-link, dt:text-is('Parties') + dd .fact-text").all_inner_texts())
    assert "Ombudsman" in parties and "Banyumas" in parties
    assert "2023-05-26" in card.locator("dt:text-is('Date') + dd").inner_text()
    assert card.locator("button.copy-json").is_visible()  # shown by the script

    fact = card.locator("a.fact-link.fact--party").first
    sentence_id = fact.get_attribute("data-sentence")
    fact.click()
    sentence = page.locator(f"#{sentence_id}")
    page.wait_for_function(
        "id => document.getElementById(id).classList.contains('marked')", arg=sentence_id
    )
    assert re.search(r"\bmarked\b", sentence.get_attribute("class") or "")
    assert page.evaluate("() => location.hash") == f"#{sentence_id}"
    assert sentence.is_visible()
    page.screenshot(path=str(tmp_path / "marked.png"))
    assert (tmp_path / "result.png").stat().st_size > 0
    page.close()


def test_script_in_article_does_not_run_and_empty_result_is_plain(server_url: str, browser) -> None:
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    text = 'Warga bergotong royong. <script>alert("xss")</script><img src=x onerror="alert(1)">'
    page.goto(server_url + "/")
    submit(page, text)
    assert dialogs == []
    assert '<script>alert("xss")</script>' in page.locator(".article-text").inner_text()
    assert "No agreement found in this article." in page.locator(".no-agreement").inner_text()
    page.close()


def test_phone_width_has_no_horizontal_scroll(server_url: str, browser, seed_article: str) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 740})
    page.goto(server_url + "/")
    submit(page, seed_article)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    page.close()


def test_without_javascript_fact_links_are_anchors_and_target_marks(server_url: str, browser, seed_article: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(120_000)
    page.goto(server_url + "/")
    submit(page, seed_article)
    card = page.locator("article.card").first
    assert not card.locator("button.copy-json").is_visible()
    link = card.locator("a.fact-link.fact--person").first
    target = link.get_attribute("href")
    link.click()
    assert page.evaluate("() => location.hash") == target
    plain_background = page.evaluate(
        "() => getComputedStyle(document.querySelector('.ev-sentence:not(:target)')).backgroundColor"
    )
    # the :target background fades in (a 0.3 s transition): read it until it settles
    for _ in range(30):
        marked_background = page.evaluate(
            "id => getComputedStyle(document.getElementById(id)).backgroundColor", target.removeprefix("#")
        )
        if marked_background != plain_background:
            break
        page.wait_for_timeout(100)
    assert marked_background != plain_background
    context.close()


def test_the_form_says_it_is_working_while_the_article_is_read(server_url: str, browser, seed_article: str) -> None:
    page = browser.new_page()
    page.goto(server_url + "/")
    page.fill("textarea#text", seed_article)
    # keep the page from leaving, to look at it the moment the form is sent
    page.evaluate("() => document.querySelector('form.article-form')"
                  ".addEventListener('submit', (event) => event.preventDefault())")
    page.click("form.article-form button[type=submit]")
    button = page.locator("form.article-form button[type=submit]")
    assert button.is_disabled() and "Working" in button.inner_text()
    assert page.locator("form.article-form .working").is_visible()
    page.close()


def test_on_a_phone_a_button_leads_from_the_evidence_back_to_the_card(server_url: str, browser,
                                                                      seed_article: str) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 760})
    page.set_default_timeout(120_000)
    page.goto(server_url + "/")
    submit(page, seed_article)
    fact = page.locator("article.card a.fact-link.fact--date").first
    fact.click()
    back = page.locator("button.back-to-card")
    back.wait_for(state="visible")
    assert "Back to Agreement 1" in back.inner_text()
    page.wait_for_function("() => { const r = document.querySelector('article.card a.fact-link.fact--date')"
                           ".getBoundingClientRect(); return r.bottom < 0 || r.top > innerHeight; }")
    back.click()
    page.wait_for_function("() => { const r = document.querySelector('article.card a.fact-link.fact--date')"
                           ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")
    assert not back.is_visible()
    page.close()
