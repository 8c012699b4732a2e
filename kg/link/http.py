"""The HTTP client for authority services: polite, patient and cached on disk.

- a descriptive User-Agent with a contact (Wikimedia's policy requires one);
- a timeout on every request;
- retries with exponential back-off on 429, 502, 503, 504, timeouts, refused connections and
  Wikidata's `maxlag` error (which arrives as HTTP 200), honouring `Retry-After`;
- at most one request per interval to each service (cache hits are not throttled: the limit
  sits in the transport adapter, which the cache never calls for a hit);
- an on-disk cache (requests-cache, SQLite) so a rerun is fast and works offline; an error
  envelope or a body that does not parse is never cached.

Every failure becomes SourceUnreachable naming the service, the URL and what happened.
kg/fetch.py (page ingestion) is a separate client; what they could share is the User-Agent rule.
"""

from __future__ import annotations

import json
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import requests
import requests_cache
from requests.adapters import HTTPAdapter

from kg import __version__
from kg.errors import SourceUnreachable

TIMEOUT_S = 20.0
MAX_TRIES = 4
MAX_WAIT_S = 60.0
MAXLAG_S = 5  # Wikidata: do not run the request when replication lag exceeds this
CACHE_EXPIRE = timedelta(days=30)
RETRY_STATUSES = frozenset({429, 502, 503, 504})

Sleep = Callable[[float], None]
Clock = Callable[[], float]


@dataclass(frozen=True)
class Service:
    """One authority service as this client talks to it."""

    name: str  # wikidata, viaf, lcnaf, orcid, isni
    base: str  # base URL, from the settings (tests point it at 127.0.0.1)
    min_interval_s: float  # politeness: at most one request per interval
    accept: str = "application/json"
    maxlag: bool = False  # Wikidata's maxlag etiquette


def user_agent(contact: str) -> str:
    """`eventkg/0.1.0 (mailto:ops@example.org) python-requests/2.32.3`."""
    return f"eventkg/{__version__} ({contact}) python-requests/{requests.__version__}"


class ThrottlingAdapter(HTTPAdapter):
    """Waits so that requests through it are at least `interval_s` apart (network requests only)."""

    def __init__(self, interval_s: float, sleep: Sleep, clock: Clock) -> None:
        super().__init__()
        self.interval_s, self.sleep, self.clock = interval_s, sleep, clock
        self.last: float | None = None
        self.waits: list[float] = []

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        if self.last is not None:
            wait = self.last + self.interval_s - self.clock()
            if wait > 0:
                self.waits.append(wait)
                self.sleep(wait)
        try:
            return super().send(request, *args, **kwargs)
        finally:
            self.last = self.clock()


def _cacheable(response: requests.Response) -> bool:
    """Keep only bodies that parse and are not an API error envelope (maxlag, bad value...)."""
    kind = response.headers.get("Content-Type", "")
    try:
        if "json" in kind:
            body = json.loads(response.content)
            return not (isinstance(body, dict) and "error" in body)
        if "xml" in kind:
            ET.fromstring(response.content)
    except (ValueError, ET.ParseError):
        return False
    return True


def retry_after_s(response: requests.Response, now: datetime | None = None) -> float | None:
    """Seconds the server asks us to wait (Retry-After as seconds or as an HTTP date)."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _maxlag(response: requests.Response) -> float | None:
    """The lag in seconds when the body is Wikidata's maxlag error (sent with HTTP 200), else None."""
    if response.status_code != 200 or b"maxlag" not in response.content[:400]:
        return None
    try:
        error = json.loads(response.content).get("error", {})
    except (ValueError, AttributeError):
        return None
    return float(error.get("lag", MAXLAG_S)) if error.get("code") == "maxlag" else None


class AuthorityClient:
    """GET requests to authority services, with the etiquette described above."""

    def __init__(
        self,
        services: Mapping[str, Service],
        contact: str,
        cache_dir: Path | None,
        timeout_s: float = TIMEOUT_S,
        max_tries: int = MAX_TRIES,
        sleep: Sleep = time.sleep,
        clock: Clock = time.monotonic,
    ) -> None:
        self.services = dict(services)
        self.timeout_s, self.max_tries, self.sleep = timeout_s, max_tries, sleep
        if cache_dir is None:
            self.session: requests.Session = requests.Session()
        else:
            cache_dir.mkdir(parents=True, exist_ok=True)
            self.session = requests_cache.CachedSession(
                str(cache_dir / "http"),
                backend="sqlite",
                expire_after=CACHE_EXPIRE,
                allowable_codes=(200, 302, 404),
                allowable_methods=("GET",),
                stale_if_error=True,
                filter_fn=_cacheable,
            )
        self.session.headers["User-Agent"] = user_agent(contact)
        self.adapters = {name: ThrottlingAdapter(s.min_interval_s, sleep, clock) for name, s in services.items()}
        for name, service in services.items():
            self.session.mount(service.base, self.adapters[name])

    def close(self) -> None:
        self.session.close()

    def get(
        self,
        service_name: str,
        path: str,
        params: Mapping[str, str] | None = None,
        expect: tuple[int, ...] = (200,),
        accept: str | None = None,
    ) -> requests.Response:
        """One GET, retried as the etiquette says; a status outside `expect` is an error."""
        service = self.services[service_name]
        query = {**(params or {}), **({"maxlag": str(MAXLAG_S)} if service.maxlag else {})}
        url = service.base + path
        shown = url + ("?" + urlencode(query) if query else "")
        headers = {"Accept": accept or service.accept}
        problem = ""
        for attempt in range(1, self.max_tries + 1):
            delay = min(MAX_WAIT_S, 2.0**attempt)
            try:
                response = self.session.get(
                    url,
                    params=query,
                    headers=headers,
                    timeout=self.timeout_s,
                    allow_redirects=not any(300 <= s < 400 for s in expect),
                )
            except requests.Timeout:
                problem = f"no answer within {self.timeout_s:g} s"
            except requests.ConnectionError as err:
                problem = f"cannot connect ({type(err).__name__})"
            else:
                lag = _maxlag(response)
                if response.status_code in RETRY_STATUSES:
                    problem = f"HTTP {response.status_code} {response.reason}"
                    delay = retry_after_s(response) or delay
                elif lag is not None:
                    problem = f"the database is lagged by {lag:g} s (maxlag={MAXLAG_S})"
                    delay = max(retry_after_s(response) or 0.0, float(MAXLAG_S))
                elif response.status_code in expect:
                    return response
                else:
                    raise SourceUnreachable(
                        f"{service_name}: {shown}: HTTP {response.status_code} {response.reason}{_body_hint(response)}"
                    )
            if attempt < self.max_tries:
                self.sleep(min(delay, MAX_WAIT_S))
        raise SourceUnreachable(f"{service_name}: {shown}: {problem}; gave up after {self.max_tries} tries")

    def get_json(self, service_name: str, path: str, params: Mapping[str, str] | None = None) -> Any:
        """The parsed JSON body; malformed JSON or an API error envelope is a clear error."""
        response = self.get(service_name, path, params)
        try:
            body = json.loads(response.content)
        except ValueError as err:
            raise SourceUnreachable(
                f"{service_name}: {response.url}: the answer is not JSON ({err}){_body_hint(response)}"
            ) from None
        if isinstance(body, dict) and isinstance(body.get("error"), dict):
            error = body["error"]
            raise SourceUnreachable(
                f"{service_name}: {response.url}: API error {error.get('code')!r}: {error.get('info', '')}"
            )
        return body

    def get_xml(self, service_name: str, path: str, params: Mapping[str, str] | None = None) -> ET.Element:
        """The parsed XML body (decoded as the XML declares, whatever charset the header claims)."""
        response = self.get(service_name, path, params, accept="application/xml")
        try:
            return ET.fromstring(response.content)
        except ET.ParseError as err:
            raise SourceUnreachable(
                f"{service_name}: {response.url}: the answer is not XML ({err}){_body_hint(response)}"
            ) from None


def _body_hint(response: requests.Response) -> str:
    text = response.content[:80].decode("utf-8", "replace").strip()
    return f"; the body starts {text!r}" if text else ""
