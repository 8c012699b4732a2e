"""`kg ingest`: pages and URLs to record files, written atomically, hand edits kept, failures
reported per page; the fetcher's limits against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.fetch import Fetcher, FetchError, FetchSettings
from kg.ingest import IngestOptions, edited_by_hand, exit_code, generated_text, ingest
from kg.pages import parse_page
from kg.record_yaml import record_yaml
from kg.records import RecordFile, load_yaml_record
from tests.conftest import DATA

PAGES = DATA / "pages"
SEED_PAGE = PAGES / "seed-wilson-2003.txt"
SLOW_S = 2.0
ETAG = '"seed-v1"'
LONG_AGO = "Tue, 29 Jul 2003 19:00:00 GMT"
LOCAL = FetchSettings(allow_private_addresses=True, timeout_s=0.5, deadline_s=5.0, backoff_s=0.05)


class PageServer(BaseHTTPRequestHandler):
    """Test pages, a 404, redirects, a slow answer, an oversized body, and servers failing in
    passing: /flaky/KEY/N answers 503 N times, /reset/KEY drops the first connection,
    /busy/KEY/S answers 503 with Retry-After S once, /down always 503."""

    user_agents: list[str] = []
    hits: dict[str, int] = {}
    validators: dict[str, list[str | None]] = {}  # If-None-Match sent, per request
    not_modified: dict[str, int] = {}  # 304s answered
    since: dict[str, list[str | None]] = {}  # If-Modified-Since sent, per request
    first_seen: dict[str, str] = {}  # when /cached/new/KEY was first asked for: its Last-Modified

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        PageServer.user_agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        PageServer.hits[path] = PageServer.hits.get(path, 0) + 1
        if path.startswith(("/flaky/", "/reset/", "/busy/", "/down")):
            self._fail_in_passing(path, PageServer.hits[path])
        elif path.startswith("/pages/"):
            self._send(
                200,
                (PAGES / path.removeprefix("/pages/")).read_bytes(),
                "text/html; charset=utf-8" if path.endswith(".html") else "text/plain",
            )
        elif path.startswith("/redirect/"):
            left = int(path.rsplit("/", 1)[1])
            target = "/pages/seed-wilson-2003.txt" if left == 0 else f"/redirect/{left - 1}"
            self._redirect(target)
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/to-ftp":
            self._redirect("ftp://127.0.0.1/page.txt")
        elif path == "/slow":
            time.sleep(SLOW_S)
            self._send(200, SEED_PAGE.read_bytes(), "text/plain")
        elif path == "/huge":
            self._send(200, b"x" * 50_000, "text/plain")
        elif path.startswith("/cached/"):
            self._send_cacheable(path)
        elif path == "/moved-to-ftp":
            self._redirect("ftp://127.0.0.1/page.txt", 301)
        else:
            self._send(404, b"not here", "text/plain")

    def _fail_in_passing(self, path: str, hit: int) -> None:
        parts = path.split("/")
        if path.startswith("/flaky/") and hit <= int(parts[3]) or path == "/down":
            self._send(503, b"try later", "text/plain")
        elif path.startswith("/reset/") and hit == 1:
            self.close_connection = True  # no answer at all: the client sees the connection drop
        elif path.startswith("/busy/") and hit == 1:
            self._send(503, b"busy", "text/plain", {"Retry-After": parts[3]})
        else:
            self._send(200, SEED_PAGE.read_bytes(), "text/plain")

    def _send_cacheable(self, path: str) -> None:
        """/cached/etag/KEY: an ETag, answered 304 when it matches; /cached/fresh/KEY: max-age;
        /cached/huge/KEY: an ETag on a 50 kB body; /cached/old/KEY and /cached/new/KEY: only a
        Last-Modified (in 2003, or now), answered 304 when If-Modified-Since repeats it."""
        PageServer.validators.setdefault(path, []).append(self.headers.get("If-None-Match"))
        PageServer.since.setdefault(path, []).append(self.headers.get("If-Modified-Since"))
        kind = path.split("/")[2]
        if kind in ("old", "new"):
            modified = LONG_AGO if kind == "old" else PageServer.first_seen.setdefault(path, self.date_time_string())
            if self.headers.get("If-Modified-Since") == modified:
                PageServer.not_modified[path] = PageServer.not_modified.get(path, 0) + 1
                self.send_response(304)
                self.end_headers()
            else:
                self._send(200, SEED_PAGE.read_bytes(), "text/plain", {"Last-Modified": modified})
        elif kind == "fresh":
            self._send(200, SEED_PAGE.read_bytes(), "text/plain", {"Cache-Control": "max-age=600"})
        elif self.headers.get("If-None-Match") == ETAG:
            PageServer.not_modified[path] = PageServer.not_modified.get(path, 0) + 1
            self.send_response(304)
            self.send_header("ETag", ETAG)
            self.end_headers()
        else:
            body = b"x" * 50_000 if kind == "huge" else SEED_PAGE.read_bytes()
            self._send(200, body, "text/plain", {"ETag": ETAG, "Last-Modified": LONG_AGO})

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)  # the client may have given up (the timeout tests)

    def _redirect(self, location: str, status: int = 302) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the API's name
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), PageServer)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_fetch_follows_a_bounded_number_of_redirects(site: str) -> None:
    with Fetcher(LOCAL) as fetcher:
        fetched = fetcher.get(f"{site}/redirect/3")
    assert fetched.url == f"{site}/pages/seed-wilson-2003.txt"
    assert fetched.content == SEED_PAGE.read_bytes()
    assert PageServer.user_agents[-1].startswith("eventkg/0.1.0 (+https://")
    with Fetcher(LOCAL) as fetcher, pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.get(f"{site}/loop")


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "answered 404 Not Found"),
        ("/slow", "timed out after 0.5 s"),
        ("/to-ftp", "scheme 'ftp' is not allowed; only http and https"),
    ],
)
def test_fetch_failures_name_the_url_and_the_reason(site: str, path: str, reason: str) -> None:
    with Fetcher(LOCAL) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(f"{site}{path}")
    assert str(caught.value).endswith(reason)
    assert caught.value.exit_code == 3


@pytest.mark.parametrize(("path", "tries"), [("/flaky/twice/2", 3), ("/reset/once", 2)])
def test_fetch_tries_again_after_a_passing_failure(site: str, path: str, tries: int) -> None:
    with Fetcher(LOCAL) as fetcher:
        fetched = fetcher.get(f"{site}{path}")
    assert fetched.content == SEED_PAGE.read_bytes()
    assert PageServer.hits[path] == tries


def test_fetch_gives_up_after_a_bounded_number_of_tries(site: str) -> None:
    with Fetcher(LOCAL) as fetcher, pytest.raises(FetchError, match="answered 503 Service Unavailable$"):
        fetcher.get(f"{site}/down")
    assert PageServer.hits["/down"] == 1 + LOCAL.retries


def test_fetch_does_not_retry_a_client_error_or_a_timeout(site: str) -> None:
    for path in ("/missing-once", "/slow"):
        before = PageServer.hits.get(path, 0)
        with Fetcher(LOCAL) as fetcher, pytest.raises(FetchError):
            fetcher.get(f"{site}{path}")
        assert PageServer.hits[path] == before + 1


def test_fetch_waits_as_long_as_retry_after_asks(site: str) -> None:
    started = time.monotonic()
    with Fetcher(LOCAL) as fetcher:
        fetched = fetcher.get(f"{site}/busy/short/1")
    assert time.monotonic() - started >= 1.0
    assert fetched.status == 200 and PageServer.hits["/busy/short/1"] == 2


def test_fetch_reports_a_retry_after_too_long_to_wait_for(site: str) -> None:
    started = time.monotonic()
    with Fetcher(LOCAL) as fetcher, pytest.raises(FetchError, match="answered 503"):
        fetcher.get(f"{site}/busy/long/3600")
    assert time.monotonic() - started < 2.0
    assert PageServer.hits["/busy/long/3600"] == 1


def test_fetch_stops_reading_at_the_size_limit(site: str) -> None:
    small = FetchSettings(allow_private_addresses=True, max_bytes=1_000)
    with Fetcher(small) as fetcher, pytest.raises(FetchError, match="over the 1,000-byte limit"):
        fetcher.get(f"{site}/huge")


def test_a_page_fetched_again_is_revalidated_not_downloaded(site: str, tmp_path: Path) -> None:
    cached = replace(LOCAL, cache_dir=tmp_path / "cache")
    for _ in range(2):  # two fetchers: the cache lives on disk, not in the session
        with Fetcher(cached) as fetcher:
            assert fetcher.get(f"{site}/cached/etag/a").content == SEED_PAGE.read_bytes()
    assert PageServer.validators["/cached/etag/a"] == [None, ETAG]
    assert PageServer.not_modified["/cached/etag/a"] == 1
    with Fetcher(LOCAL) as fetcher:  # no cache directory: every fetch downloads
        fetcher.get(f"{site}/cached/etag/b")
        fetcher.get(f"{site}/cached/etag/b")
    assert PageServer.validators["/cached/etag/b"] == [None, None]


def test_a_page_still_fresh_is_not_fetched_again(site: str, tmp_path: Path) -> None:
    with Fetcher(replace(LOCAL, cache_dir=tmp_path)) as fetcher:
        first, second = (fetcher.get(f"{site}/cached/fresh/a") for _ in range(2))
    assert first.content == second.content == SEED_PAGE.read_bytes()
    assert PageServer.hits["/cached/fresh/a"] == 1


def test_a_page_with_only_last_modified_is_kept_fresh_for_a_tenth_of_its_age(site: str, tmp_path: Path) -> None:
    """Modified in 2003: fresh for the heuristic's day (RFC 9111 §4.2.2), not fetched again."""
    for _ in range(2):
        with Fetcher(replace(LOCAL, cache_dir=tmp_path)) as fetcher:
            assert fetcher.get(f"{site}/cached/old/a").content == SEED_PAGE.read_bytes()
    assert PageServer.hits["/cached/old/a"] == 1


def test_a_page_with_only_last_modified_just_now_is_revalidated(site: str, tmp_path: Path) -> None:
    """Modified just now: no heuristic freshness, so asked again with If-Modified-Since, and the
    304 gives the stored page."""
    for _ in range(2):
        with Fetcher(replace(LOCAL, cache_dir=tmp_path)) as fetcher:
            assert fetcher.get(f"{site}/cached/new/a").content == SEED_PAGE.read_bytes()
    assert PageServer.since["/cached/new/a"] == [None, PageServer.first_seen["/cached/new/a"]]
    assert PageServer.not_modified["/cached/new/a"] == 1


def test_the_cache_does_not_get_past_the_size_cap_or_the_address_checks(site: str, tmp_path: Path) -> None:
    small = replace(LOCAL, cache_dir=tmp_path, max_bytes=1_000)
    for _ in range(2):
        with Fetcher(small) as fetcher, pytest.raises(FetchError, match="over the 1,000-byte limit"):
            fetcher.get(f"{site}/cached/huge/a")
    assert PageServer.validators["/cached/huge/a"] == [None, None]  # a body cut short is not stored
    with Fetcher(replace(LOCAL, cache_dir=tmp_path)) as fetcher:
        fetcher.get(f"{site}/cached/fresh/b")
        for _ in range(2):  # the stored permanent redirect is checked like a fetched one
            with pytest.raises(FetchError, match="scheme 'ftp' is not allowed"):
                fetcher.get(f"{site}/moved-to-ftp")
    assert PageServer.hits["/moved-to-ftp"] == 1
    with Fetcher(FetchSettings(cache_dir=tmp_path)) as fetcher, pytest.raises(FetchError, match="refused"):
        fetcher.get(f"{site}/cached/fresh/b")  # stored, but the address is now refused
    assert PageServer.hits["/cached/fresh/b"] == 1


def test_loopback_and_private_addresses_need_the_opt_in(site: str) -> None:
    with Fetcher() as fetcher:
        with pytest.raises(FetchError, match="refused: resolves to loopback address 127.0.0.1"):
            fetcher.get(f"{site}/pages/seed-wilson-2003.txt")
        with pytest.raises(FetchError, match="refused: resolves to private address 10.1.2.3"):
            fetcher.check_url("http://10.1.2.3/events")
        with pytest.raises(FetchError, match="refused: resolves to link-local address"):
            fetcher.check_url("http://169.254.169.254/latest/meta-data/")


def test_fetched_html_page_is_parsed_with_its_url(site: str) -> None:
    with Fetcher(LOCAL) as fetcher:
        fetched = fetcher.get(f"{site}/pages/seoul-forum-2019.html")
    record = parse_page(fetched.content, fetched.url, fetched.content_type, fetched.url).record
    assert record.name == "Seoul Forum on Northeast Asian Cooperation 2019"
    assert record.url == f"{site}/pages/seoul-forum-2019.html"


@pytest.mark.parametrize(
    "page",
    sorted(p.name for p in PAGES.glob("*") if p.suffix in (".txt", ".html") and p.name != "no-event-publications.txt"),
)
def test_yaml_loads_back_into_the_same_record(page: str, tmp_path: Path) -> None:
    record = parse_page((PAGES / page).read_bytes(), page).record
    text = generated_text(record, page)
    path = tmp_path / f"{record.slug}.yaml"
    loaded = load_yaml_record(RecordFile(path, path.name, text.encode("utf-8")))
    assert loaded == record
    assert not edited_by_hand(text)


def test_seed_yaml_names_people_and_organisations_once_by_key() -> None:
    record = parse_page(SEED_PAGE.read_bytes(), "seed").record
    text = record_yaml(record)
    assert text.count("name: Columbia University") == 1
    assert "person: chen-jian" in text and "publisher: indo-pacific-program" in text
    assert "slug: 2003-07-30-uneasy-allies-capitol-hill" in text


def run(args: list[str], cache: Path | None = None) -> tuple[int, str, str]:
    """`kg` with its page cache in `cache`, or off (a test must not write under var/)."""
    env = {"KG_INGEST_CACHE": str(cache)} if cache else {}
    result = CliRunner(env=env).invoke(
        main, [*args, *([] if cache else ["--no-cache"])] if args[0] == "ingest" else args
    )
    return result.exit_code, result.stdout, result.stderr


def test_ingest_writes_one_record_per_page_and_reports_what_it_found(tmp_path: Path) -> None:
    code, out, err = run(["ingest", str(SEED_PAGE), str(PAGES / "museum-open-house-2015.txt"), "-o", str(tmp_path)])
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "2003-07-29-uneasy-allies.yaml",
        "2015-04-18-annual-spring-open-house-and-ship.yaml",
    ]
    assert (
        '"Uneasy Allies: Fifty Years of China-North Korea Relations", 2003-07-29T15:00:00-04:00'
        " – 2003-07-29T17:00:00-04:00; 3 speakers, 1 contact, 1 rapporteur"
    ) in out
    assert "not stated: end, people" in out
    assert "ingest: 2 of 2 pages read" in err


def test_the_summary_counts_roles_in_words(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Trade and Water in the Mekong Basin\n\nMarch 4, 2024, 10:00 – 11:30 a.m. ET\n\n"
        "Introductory Remarks\nJane Porter, President, Stimson Institute\n"
        "Mark Lee, Vice President, Stimson Institute\n\n"
        "Speakers\nAnna Berg, Senior Fellow, Stimson Institute\nTom Wu, Professor, Georgetown University\n"
    )
    code, out, err = run(["ingest", str(page), "-o", str(tmp_path / "out")])
    assert code == 0, err
    assert "; 2 introductory remarks, 2 speakers;" in out


def test_bad_pages_fail_alone_with_one_line_each_and_nothing_written(tmp_path: Path, site: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "flyer.pdf"
    binary.write_bytes(b"%PDF-1.7\n\x00\x01binary")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    odd = tmp_path / "odd.html"
    odd.write_bytes(b'<meta charset="x-unheard-of"><h1>Talk</h1>')
    records = tmp_path / "records"
    code, out, err = run(
        [
            "ingest",
            str(empty),
            str(binary),
            str(huge),
            str(odd),
            str(PAGES / "no-event-publications.txt"),
            str(SEED_PAGE),
            f"{site}/missing",
            f"{site}/slow",
            "--timeout",
            "0.5",
            "--allow-private-addresses",
            "-o",
            str(records),
        ]
    )
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {empty}: empty page",
        f"error: {binary}: binary file (a PDF document), not a text or HTML page",
        f"error: {huge}: larger than 10,000,000 bytes; not an event page",
        f"error: {odd}: unknown encoding 'x-unheard-of'",
        f"error: {PAGES / 'no-event-publications.txt'}: no event found: no date (looked for a "
        "date such as 'Jul. 29, 2003' or '29 July 2003' with a year, near the top or under "
        "'Date')",
        f"error: {site}/missing: answered 404 Not Found",
        f"error: {site}/slow: timed out after 0.5 s",
    ]
    assert code == 3  # an outside source was unreachable, the highest of the failures
    assert [p.name for p in records.iterdir()] == ["2003-07-29-uneasy-allies.yaml"]
    assert "ingest: 1 of 8 pages read" in err


def test_unreadable_files_alone_exit_with_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, err = run(["ingest", str(empty), "-o", str(tmp_path / "out")])
    assert code == 2 and f"error: {empty}: empty page" in err


def test_urls_are_ingested_like_files(tmp_path: Path, site: str) -> None:
    code, out, err = run(["ingest", f"{site}/redirect/1", "--allow-private-addresses", "-o", str(tmp_path)])
    assert code == 0, err
    text = (tmp_path / "2003-07-29-uneasy-allies.yaml").read_text()
    assert f"url: {site}/pages/seed-wilson-2003.txt" in text


def test_ingest_revalidates_a_page_it_fetched_before(tmp_path: Path, site: str) -> None:
    url = f"{site}/cached/etag/cli"
    args = ["ingest", url, "--allow-private-addresses", "--force", "-o", str(tmp_path / "records")]
    for _ in range(2):
        code, _, err = run(args, cache=tmp_path / "pages")
        assert code == 0, err
    assert PageServer.validators["/cached/etag/cli"] == [None, ETAG]
    assert PageServer.not_modified["/cached/etag/cli"] == 1
    assert any((tmp_path / "pages").rglob("*"))
    code, _, err = run(args)  # --no-cache
    assert code == 0, err
    assert PageServer.validators["/cached/etag/cli"][-1] is None


def test_without_the_opt_in_a_loopback_url_is_refused(tmp_path: Path, site: str) -> None:
    code, _, err = run(["ingest", f"{site}/pages/seed-wilson-2003.txt", "-o", str(tmp_path)])
    assert code == 3 and "refused: resolves to loopback address 127.0.0.1" in err


def test_a_record_edited_by_hand_is_kept_unless_forced(tmp_path: Path) -> None:
    run(["ingest", str(SEED_PAGE), "-o", str(tmp_path)])
    path = tmp_path / "2003-07-29-uneasy-allies.yaml"
    generated = path.read_text()
    code, out, _ = run(["ingest", str(SEED_PAGE), "-o", str(tmp_path)])
    assert code == 0 and out.startswith("same ")
    edited = generated.replace("name: Hazel Smith", "name: Hazel Smith\n    url: https://x.org/hs")
    path.write_text(edited)
    code, out, _ = run(["ingest", str(SEED_PAGE), "-o", str(tmp_path)])
    assert code == 0 and out.startswith("kept ") and "edited by hand" in out
    assert path.read_text() == edited
    code, out, _ = run(["ingest", str(SEED_PAGE), "-o", str(tmp_path), "--force"])
    assert code == 0 and out.startswith("ok ")
    assert path.read_text() == generated


def test_a_hand_written_record_without_hash_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "2003-07-29-uneasy-allies.yaml"
    path.write_text("name: Written by a person\nstart: 2003-07-29\n")
    code, out, _ = run(["ingest", str(SEED_PAGE), "-o", str(tmp_path)])
    assert code == 0 and out.startswith("kept ")
    assert path.read_text().startswith("name: Written by a person")


def test_a_page_a_reader_fails_on_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader's bug on one page (as a comment beside a logo box once raised ValueError) is that
    page's one-line error, with where it failed; the other pages are still read and written."""

    def failing_on_broken(content: bytes, source: str, *args: object, **kwargs: object) -> object:
        if source.endswith("broken.html"):
            int("not a number")  # a ValueError raised deep in a reader
        return parse_page(content, source, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("kg.ingest.parse_page", failing_on_broken)
    broken = tmp_path / "broken.html"
    broken.write_text("<h1>A talk</h1>")
    out = tmp_path / "out"
    code, _, err = run(["ingest", str(broken), str(SEED_PAGE), "-o", str(out)])
    [error] = [line for line in err.splitlines() if line.startswith("error:")]
    assert error.startswith(f"error: {broken}: the reader failed on this page (ValueError: invalid literal")
    assert "test_ingest.py:" in error and error.endswith("please report it with the page")
    assert code == 2
    assert [p.name for p in out.iterdir()] == ["2003-07-29-uneasy-allies.yaml"]


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    (tmp_path / "2003-07-29-uneasy-allies.yaml").mkdir()  # something that cannot be replaced
    with Fetcher(LOCAL) as fetcher:
        [result] = ingest([str(SEED_PAGE)], tmp_path, fetcher, IngestOptions(force=True), echo=lambda line: None)
    assert result.status == "failed" and "cannot write the record" in result.message
    assert exit_code([result]) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["2003-07-29-uneasy-allies.yaml"]


def test_two_pages_with_one_slug_get_two_files(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(
        SEED_PAGE.read_bytes().replace(
            b"Hazel Smith, University of Warwick.", b"Hazel Smith, University of Warwick; Ann Lee, Yale University."
        )
    )
    out = tmp_path / "out"
    code, _, err = run(["ingest", str(SEED_PAGE), str(copy), "-o", str(out)])
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == ["2003-07-29-uneasy-allies-2.yaml", "2003-07-29-uneasy-allies.yaml"]


def test_a_bad_zone_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run(["ingest", str(SEED_PAGE), "--zone", "Mars/Olympus", "-o", str(tmp_path)])
    assert code == 2 and "--zone 'Mars/Olympus' is not a time zone" in err


def test_ingested_seed_page_builds_without_violation(tmp_path: Path) -> None:
    records = tmp_path / "records"
    assert (
        run(
            [
                "ingest",
                str(SEED_PAGE),
                str(PAGES / "seoul-forum-2019.html"),
                str(PAGES / "jsonld-kessler-2022.html"),
                "-o",
                str(records),
            ]
        )[0]
        == 0
    )
    dump = tmp_path / "dump.ttl"
    code, out, err = run(["build", "--records", str(records), "--store", str(tmp_path / "store"), "--dump", str(dump)])
    assert code == 0, err
    assert "3 records" in out and "0 violations" in out
    graph = Graph().parse(dump, format="turtle")
    names = {str(o) for o in graph.objects(None, None) if str(o) == "Chen Jian"}
    assert names == {"Chen Jian"}
