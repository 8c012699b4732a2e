"""The authority client against a loopback server replaying recorded answers (no patched requests).

ReplayServer (used by the other test_link* modules too) serves tests/data/authorities/ on
127.0.0.1 and can be told to misbehave: 429 with Retry-After, 5xx, slow answers, bad bodies.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import requests

from kg.config import Settings
from kg.errors import SourceUnreachable
from kg.link.http import AuthorityClient, Service, retry_after_s
from kg.link.proposals import services
from tests.conftest import DATA, SEED_RECORDS, settings_for

AUTHORITIES = DATA / "authorities"
Params = dict[str, str]


def _has(key: str, *words: str) -> Callable[[str, Params], bool]:
    return lambda path, params: all(w in params.get(key, "").lower() for w in words)


ROUTES: list[tuple[str, Callable[[str, Params], bool], str]] = [
    (
        "/w/api.php",
        lambda p, q: q.get("search") in ("Chen Jian", "Jian Chen"),
        "wikidata/wbsearchentities_chen_jian.json",
    ),
    ("/w/api.php", lambda p, q: q.get("action") == "wbsearchentities", "wikidata/wbsearchentities_empty.json"),
    ("/w/api.php", lambda p, q: q.get("props") == "labels", "wikidata/wbgetentities_employers.json"),
    ("/w/api.php", lambda p, q: q.get("action") == "wbgetentities", "wikidata/wbgetentities_people.json"),
    ("/viaf/AutoSuggest", _has("query", "hathaway"), "viaf/autosuggest_hathaway.json"),
    ("/viaf/AutoSuggest", lambda p, q: True, "viaf/autosuggest_no_result.json"),
    ("/viaf/search", _has("query", "chen", "jian"), "viaf/sru_search_chen_jian.xml"),
    ("/viaf/search", _has("query", "smith", "hazel"), "viaf/sru_search_2025.json"),
    ("/viaf/search", lambda p, q: True, "viaf/sru_search_2025_empty.json"),
    ("/authorities/names/suggest2", _has("q", "kim, samuel"), "loc/suggest2_names_kim.json"),
    (
        "/authorities/names/suggest2",
        lambda p, q: q.get("searchtype") == "keyword" and "chen" in q.get("q", "").lower(),
        "loc/suggest2_keyword_chen_jian.json",
    ),
    ("/authorities/names/suggest2", lambda p, q: True, "loc/suggest2_empty.json"),
    (
        "/authorities/names/label/",
        lambda p, q: "hathaway, robert m." in unquote(p).lower(),
        "loc/label_lookup_hit.json",
    ),
    ("/authorities/names/label/", lambda p, q: True, "loc/label_lookup_miss.json"),
    ("/v3.0/expanded-search/", _has("q", "smith", "hazel"), "orcid/expanded_search_smith_hazel.json"),
    ("/v3.0/expanded-search/", lambda p, q: True, "orcid/expanded_search_empty.json"),
    ("/sru/", _has("query", "smith, hazel"), "isni/sru_search_smith_hazel.xml"),
    ("/sru/", lambda p, q: True, "isni/sru_search_empty.xml"),
]
CONTENT_TYPES = {".json": "application/json; charset=utf-8", ".xml": "application/xml; charset=ISO-8859-1"}


@dataclass
class Fault:
    """Answer the next `times` requests whose path contains `path` like this instead."""

    path: str
    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b"<html><body>Internal Server Error</body></html>"
    delay_s: float = 0.0
    times: int = 1


class ReplayServer:
    """tests/data/authorities/ on 127.0.0.1, with a log of what was asked and optional faults."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, Params, dict[str, str]]] = []
        self.faults: list[Fault] = []
        replay = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                replay.answer(self)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def paths(self) -> list[str]:
        return [path for path, _, _ in self.requests]

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        params = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.requests.append((parts.path, params, dict(handler.headers)))
        fault = next((f for f in self.faults if f.path in parts.path and f.times > 0), None)
        if fault is not None:
            fault.times -= 1
            time.sleep(fault.delay_s)
            return self._send(handler, fault.status, fault.headers, fault.body)
        name = next(f for prefix, test, f in ROUTES if parts.path.startswith(prefix) and test(parts.path, params))
        path = AUTHORITIES / name
        if name.startswith("loc/label_lookup"):
            exchange = json.loads(path.read_text())
            return self._send(handler, exchange["status"], exchange["headers"], exchange["body"].encode())
        return self._send(handler, 200, {"Content-Type": CONTENT_TYPES[path.suffix]}, path.read_bytes())

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], body: bytes) -> None:
        try:
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (a timeout test)


@pytest.fixture(name="replay")
def replay_fixture() -> Iterator[ReplayServer]:
    server = ReplayServer()
    yield server
    server.stop()


def link_settings(replay: ReplayServer, tmp_path: Path, records: Path = SEED_RECORDS) -> Settings:
    """Settings whose services are the replay server, with a review file and cache in tmp_path."""
    base = settings_for(records, tmp_path / "store")
    return Settings(
        **{
            **base.__dict__,
            "links": tmp_path / "links.csv",
            "link_cache": tmp_path / "cache",
            "link_contact": "mailto:librarian@example.org",
            "wikidata_api": f"{replay.url}/w/api.php",
            "viaf_url": f"{replay.url}/viaf",
            "loc_url": replay.url,
            "orcid_url": f"{replay.url}/v3.0",
            "isni_url": f"{replay.url}/sru/",
        }
    )


class Sleeps(list[float]):
    """Records the waits instead of sleeping them, so back-off tests take no time."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def client_for(
    replay: ReplayServer, tmp_path: Path, cache: bool = True, timeout_s: float = 2.0, sleeps: Sleeps | None = None
) -> AuthorityClient:
    settings = link_settings(replay, tmp_path)
    return AuthorityClient(
        services(settings),
        settings.link_contact,
        settings.link_cache if cache else None,
        timeout_s=timeout_s,
        sleep=sleeps if sleeps is not None else Sleeps(),
    )


def test_user_agent_accept_and_maxlag_are_sent(replay: ReplayServer, tmp_path: Path) -> None:
    client = client_for(replay, tmp_path)
    client.get_json("wikidata", "", {"action": "wbsearchentities", "search": "Chen Jian"})
    client.get_xml("isni", "", {"query": 'pica.na="Smith, Hazel"'})
    (_, wikidata_params, wikidata_headers), (_, _, isni_headers) = replay.requests
    assert wikidata_headers["User-Agent"].startswith("eventkg/")
    assert "(mailto:librarian@example.org) python-requests/" in wikidata_headers["User-Agent"]
    assert wikidata_params["maxlag"] == "5" and wikidata_headers["Accept"] == "application/json"
    assert isni_headers["Accept"] == "application/xml"


def test_a_rerun_is_answered_from_the_disk_cache_even_with_the_server_gone(
    replay: ReplayServer, tmp_path: Path
) -> None:
    params = {"action": "wbsearchentities", "search": "Chen Jian"}
    first = client_for(replay, tmp_path).get_json("wikidata", "", params)
    replay.stop()
    again = client_for(replay, tmp_path).get_json("wikidata", "", params)
    assert again == first and len(replay.requests) == 1


def test_429_waits_as_retry_after_says_then_succeeds(replay: ReplayServer, tmp_path: Path) -> None:
    replay.faults.append(Fault("/viaf/AutoSuggest", 429, {"Retry-After": "7"}, b"slow down", times=2))
    sleeps = Sleeps()
    body = client_for(replay, tmp_path, sleeps=sleeps).get_json("viaf", "/AutoSuggest", {"query": "hathaway robert"})
    assert body["result"][0]["viafid"] == "999999990004"
    assert sleeps.count(7.0) == 2 and len(replay.requests) == 3


def test_wikidata_maxlag_is_retried_and_never_cached(replay: ReplayServer, tmp_path: Path) -> None:
    lagged = (AUTHORITIES / "wikidata" / "error_maxlag.json").read_bytes()
    replay.faults.append(
        Fault(
            "/w/api.php", 200, {"Content-Type": "application/json", "Retry-After": "6", "X-Database-Lag": "7"}, lagged
        )
    )
    sleeps = Sleeps()
    params = {"action": "wbsearchentities", "search": "Chen Jian"}
    body = client_for(replay, tmp_path, sleeps=sleeps).get_json("wikidata", "", params)
    assert body["search"][0]["id"] == "Q999999902"
    assert 6.0 in sleeps and len(replay.requests) == 2


def test_server_errors_are_retried_with_growing_waits_then_reported(replay: ReplayServer, tmp_path: Path) -> None:
    replay.faults.append(Fault("/v3.0/expanded-search/", 503, times=10))
    sleeps = Sleeps()
    with pytest.raises(SourceUnreachable) as raised:
        client_for(replay, tmp_path, sleeps=sleeps).get_json("orcid", "/expanded-search/", {"q": "x"})
    assert "orcid: http://127.0.0.1:" in str(raised.value)
    assert "HTTP 503 Service Unavailable; gave up after 4 tries" in str(raised.value)
    assert [s for s in sleeps if s >= 2] == [2.0, 4.0, 8.0]


def test_a_500_is_not_retried_and_shows_the_start_of_the_body(replay: ReplayServer, tmp_path: Path) -> None:
    replay.faults.append(Fault("/sru/", 500))
    with pytest.raises(SourceUnreachable, match=r"isni: .*HTTP 500 Internal Server Error; the body starts '<html>"):
        client_for(replay, tmp_path).get_xml("isni", "", {"query": "x"})
    assert len(replay.requests) == 1


def test_a_timeout_is_retried_then_named(replay: ReplayServer, tmp_path: Path) -> None:
    replay.faults.append(
        Fault("/authorities/names/suggest2", 200, {"Content-Type": "application/json"}, b"{}", delay_s=0.6, times=10)
    )
    with pytest.raises(SourceUnreachable, match=r"lcnaf: .*suggest2\?q=Kim: no answer within 0.2 s; gave up after 4"):
        client_for(replay, tmp_path, timeout_s=0.2).get_json("lcnaf", "/authorities/names/suggest2", {"q": "Kim"})


def test_malformed_json_is_a_clear_error_and_is_not_cached(replay: ReplayServer, tmp_path: Path) -> None:
    replay.faults.append(Fault("/viaf/AutoSuggest", 200, {"Content-Type": "application/json"}, b'{"result": [ {'))
    params = {"query": "hathaway robert"}
    with pytest.raises(SourceUnreachable, match=r"viaf: .*AutoSuggest.*the answer is not JSON .*starts '\{\"result"):
        client_for(replay, tmp_path).get_json("viaf", "/AutoSuggest", params)
    assert client_for(replay, tmp_path).get_json("viaf", "/AutoSuggest", params)["result"]


def test_an_api_error_envelope_is_reported(replay: ReplayServer, tmp_path: Path) -> None:
    error = (AUTHORITIES / "wikidata" / "error_no_such_entity.json").read_bytes()
    replay.faults.append(Fault("/w/api.php", 200, {"Content-Type": "application/json"}, error))
    with pytest.raises(SourceUnreachable, match=r"API error 'no-such-entity': Could not find an entity"):
        client_for(replay, tmp_path).get_json("wikidata", "", {"action": "wbgetentities", "ids": "Qx"})


def test_requests_to_one_service_are_spaced_but_cache_hits_are_not(replay: ReplayServer, tmp_path: Path) -> None:
    sleeps = Sleeps()
    client = client_for(replay, tmp_path, sleeps=sleeps)
    for name in ("a", "b", "a", "a"):
        client.get_json("viaf", "/AutoSuggest", {"query": name})
    assert len(replay.requests) == 2  # the repeats were cache hits
    assert len(client.adapters["viaf"].waits) == 1 and 0 < client.adapters["viaf"].waits[0] <= 1.0


def test_retry_after_as_an_http_date() -> None:
    response = requests.Response()
    response.headers["Retry-After"] = "Wed, 21 Oct 2015 07:28:30 GMT"
    assert retry_after_s(response, now=datetime(2015, 10, 21, 7, 28, 0, tzinfo=UTC)) == 30.0


def test_service_table_defaults_are_the_real_services() -> None:
    table = services(Settings())
    assert table["wikidata"].base == "https://www.wikidata.org/w/api.php" and table["wikidata"].maxlag
    assert all(isinstance(s, Service) and s.base.startswith("https://") for s in table.values())
