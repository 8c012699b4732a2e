"""The HTML pages in headless Chromium (Debian's chromium, driven by Playwright): no console errors,
every link on the event page resolves, and a screenshot is kept in tests/artifacts/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from playwright.sync_api import Browser, sync_playwright

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PAGES = [
    "/",
    "/doc/event/2003-07-29-uneasy-allies",
    "/doc/person/chen-jian",
    "/doc/organization/indo-pacific-program",
    "/events?year=2003",
    "/topics",
    "/search?q=kim",
    "/dumps/",
    "/ontology",
    "/shapes",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: `make test` installs it (tests/setup-system.sh)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_without_console_errors(browser: Browser, base_url: str, path: str) -> None:
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto(base_url + path, wait_until="networkidle")
    assert response is not None and response.status == 200
    assert page.locator("h1").count() == 1
    assert errors == []
    page.close()


def test_event_page_links_resolve_and_screenshot(browser: Browser, base_url: str) -> None:
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(f"{base_url}/doc/event/2003-07-29-uneasy-allies", wait_until="networkidle")
    assert page.title().startswith("Uneasy Allies")
    assert page.get_by_role("link", name="Chen Jian").first.is_visible()
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    local = sorted({h.split("#")[0] for h in hrefs if h.startswith(base_url)})
    assert len(local) > 15
    for href in local:
        status = requests.get(href, timeout=10).status_code
        assert status == 200, f"{href} answered {status}"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "event-page.png"), full_page=True)
    assert (ARTIFACTS / "event-page.png").stat().st_size > 10_000
    page.close()
