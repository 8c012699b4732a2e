"""The /sparql query page in headless Chromium (Debian's, driven by Playwright): it runs the example
queries against this server only, shows IRIs as links, and offers every download format."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from playwright.sync_api import Browser, sync_playwright

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


def test_query_page_runs_examples_offline_and_links_iris(browser: Browser, base_url: str) -> None:
    page = browser.new_page(viewport={"width": 1200, "height": 1000})
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("request", lambda req: None if req.url.startswith(base_url) else outside.append(req.url))
    page.goto(f"{base_url}/sparql", wait_until="networkidle")
    assert page.locator("#endpoint-url").inner_text() == f"{base_url}/sparql"
    page.select_option("#example", label="Events of a person")
    page.click("#run")
    page.wait_for_selector("#results table")
    assert "rows in" in page.locator("#status").inner_text()
    links = page.eval_on_selector_all("#results a", "links => links.map(a => a.getAttribute('href'))")
    assert "/id/event/2003-07-29-uneasy-allies" in links
    downloads = page.eval_on_selector_all("#downloads a:not([hidden])", "links => links.map(a => a.href)")
    assert len(downloads) == 4
    for href in downloads:
        assert requests.get(href, timeout=10).status_code == 200
    page.select_option("#example", label="Events per year")
    page.click("#run")
    page.wait_for_function(
        "document.querySelector('#results td') && document.querySelector('#results td').innerText === '2003'"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "sparql-page.png"), full_page=True)
    page.select_option("#example", label="Everything said about an event (CONSTRUCT)")
    page.click("#run")
    page.wait_for_function("document.querySelector('#status').innerText.includes('triples')")
    assert outside == [] and errors == []
    page.fill("#query", "SELECT * WHERE { ?s ?p ")
    page.click("#run")
    page.wait_for_selector("#status.error")
    assert "syntax" in page.locator("#status").inner_text().lower()  # the problem's detail, shown
    page.close()
