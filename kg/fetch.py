"""The one HTTP client for outside sites: event pages now, authority services later.

A `Fetcher` wraps a requests.Session with the settings passed in: a descriptive User-Agent,
connect/read timeouts and an overall deadline, a cap on the bytes read (streamed, so a huge
body is never held), a bounded number of redirects each checked like the first URL, http and
https only, and no private, loopback or link-local addresses (a page or a redirect must not
make us fetch from inside the network) unless the settings allow them, as tests on 127.0.0.1 do.

A GET that fails in passing (a refused or reset connection, 429, 500, 502, 503, 504) is tried
again a bounded number of times with exponential back-off (urllib3's Retry in the session's
adapter), waiting as long as a Retry-After header asks when that is at most MAX_RETRY_AFTER_S;
a server asking for more gets its answer reported instead of a long sleep.

With a cache directory in the settings, pages are kept on disk by CacheControl (an HTTP cache
in the session's adapter): a page still fresh by its Cache-Control/Expires is not fetched
again, and a stale one with an ETag is revalidated (If-None-Match / If-Modified-Since; a 304
gives the stored body). A page that states only when it was last modified (no ETag, no
lifetime) gets the heuristic lifetime of RFC 9111 §4.2.2 (a tenth of its age, at most a day)
and is then revalidated with If-Modified-Since. CacheControl rather than requests-cache because it keeps the body
streamed and stores it only once fully read, so the size cap still stops a huge page and such
a page is never stored. The URL checks run before the cache is asked, so a stored page of a
now-refused address is not served, and a stored body is read through the same cap.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from datetime import UTC, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import requests
from cachecontrol import CacheControlAdapter
from cachecontrol.caches import FileCache
from cachecontrol.controller import CacheController
from cachecontrol.heuristics import BaseHeuristic
from requests import PreparedRequest
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ConnectTimeoutError, MaxRetryError, ReadTimeoutError
from urllib3.response import BaseHTTPResponse, HTTPResponse
from urllib3.util.retry import Retry

from kg import __version__
from kg.errors import SourceUnreachable

USER_AGENT = f"eventkg/{__version__} (+https://github.com/eventkg/eventkg; mailto:eventkg@example.org)"
FETCH_TIMEOUT_S = 10.0
FETCH_DEADLINE_S = 30.0
MAX_FETCH_BYTES = 10_000_000
MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
ALLOWED_SCHEMES = ("http", "https")
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
FETCH_RETRIES = 2  # tries after the first one
RETRY_BACKOFF_S = 0.5  # waits 0, 1, 2 … s between tries (urllib3's back-off)
MAX_BACKOFF_S = 4.0
MAX_RETRY_AFTER_S = 10.0
RETRY_STATUSES = (429, 500, 502, 503, 504)


class FetchError(SourceUnreachable):
    """A URL that could not be fetched: names the URL and the reason."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = USER_AGENT
    timeout_s: float = FETCH_TIMEOUT_S  # connect and each read
    deadline_s: float = FETCH_DEADLINE_S  # the whole exchange, redirects included
    max_bytes: int = MAX_FETCH_BYTES
    max_redirects: int = MAX_REDIRECTS
    allow_private_addresses: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    retries: int = FETCH_RETRIES
    backoff_s: float = RETRY_BACKOFF_S
    cache_dir: Path | None = None  # HTTP cache of fetched pages; None fetches every time


@dataclass(frozen=True)
class Fetched:
    url: str  # the final URL, after redirects
    status: int
    content_type: str | None
    content: bytes
    headers: dict[str, str]


def refused_address(host: str, port: int) -> str | None:
    """Why the host must not be fetched (a private or local address), or None."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as err:
        return f"cannot resolve host {host!r} ({err})"
    for info in infos:
        reason = _refused_ip(str(info[4][0]))
        if reason:
            return reason
    return None


def _refused_ip(text: str) -> str | None:
    address = ipaddress.ip_address(text.split("%")[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    kinds = (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("unspecified", address.is_unspecified),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
    )
    for kind, applies in kinds:
        if applies:
            return f"refused: resolves to {kind} address {address}"
    return None


class BoundedRetry(Retry):
    """urllib3's Retry, except that a timeout is not tried again (a slow server stays slow and
    the fetch has a deadline), and a Retry-After over MAX_RETRY_AFTER_S ends the retries (the
    pool then returns that answer) instead of sleeping that long."""

    def increment(  # type: ignore[override]
        self,
        method: str | None = None,
        url: str | None = None,
        response: BaseHTTPResponse | None = None,
        error: Exception | None = None,
        _pool: Any = None,
        _stacktrace: TracebackType | None = None,
    ) -> Retry:
        if isinstance(error, ReadTimeoutError):
            raise error
        if isinstance(error, ConnectTimeoutError):
            raise MaxRetryError(_pool, url or "", error)
        wait = self.get_retry_after(response) if response is not None else None
        if wait is not None and wait > MAX_RETRY_AFTER_S:
            raise MaxRetryError(_pool, url or "", None)
        return super().increment(method, url, response, error, _pool, _stacktrace)


def retry_policy(settings: FetchSettings) -> Retry:
    """Idempotent GETs only; a status still failing after the last try is returned, not raised,
    so that the caller reports it like any other status."""
    return BoundedRetry(
        total=settings.retries,
        connect=settings.retries,
        read=settings.retries,
        status=settings.retries,
        backoff_factor=settings.backoff_s,
        backoff_max=MAX_BACKOFF_S,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET", "HEAD"}),
        respect_retry_after_header=True,
        raise_on_status=False,
    )


MAX_HEURISTIC_LIFETIME = timedelta(days=1)


class LastModifiedLifetime(BaseHeuristic):
    """An Expires for a 200 that gives Last-Modified but no ETag and no lifetime, so that
    CacheControl keeps it (it keeps only pages with an ETag, max-age or Expires): fresh for a
    tenth of the time since it was modified, at most a day (RFC 9111 §4.2.2), then revalidated
    with If-Modified-Since. A page modified just now is kept already stale: always revalidated."""

    def update_headers(self, response: BaseHTTPResponse) -> dict[str, str]:
        headers = response.headers
        directives = {d.strip().split("=")[0].lower() for d in headers.get("cache-control", "").split(",")}
        if (
            response.status != 200
            or "expires" in headers
            or "etag" in headers
            or directives & {"max-age", "s-maxage", "no-store", "no-cache"}
        ):
            return {}
        try:
            date = parsedate_to_datetime(headers["date"]).astimezone(UTC)
            modified = parsedate_to_datetime(headers["last-modified"]).astimezone(UTC)
        except (KeyError, TypeError, ValueError):
            return {}  # no Date, or a date that does not parse
        lifetime = min(max((date - modified) / 10, timedelta(0)), MAX_HEURISTIC_LIFETIME)
        return {"expires": format_datetime(date + lifetime, usegmt=True)}

    def warning(self, response: BaseHTTPResponse) -> str | None:
        return None


class _KeepingCache:
    """A cache whose deletes are ignored, for one lookup (see RevalidatingController)."""

    def __init__(self, cache: Any) -> None:
        self._cache = cache

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cache, name)

    def delete(self, key: str) -> None:
        pass


class RevalidatingController(CacheController):
    """CacheControl drops a stale stored page that has no ETag; one with a Last-Modified is kept,
    so that it is asked for again with If-Modified-Since and a 304 gives the stored copy."""

    def cached_request(self, request: PreparedRequest) -> HTTPResponse | Literal[False]:
        stored = self._load_from_cache(request)
        if stored is None or "etag" in stored.headers or "last-modified" not in stored.headers:
            return super().cached_request(request)
        cache, self.cache = self.cache, _KeepingCache(self.cache)  # type: ignore[assignment]
        try:
            return super().cached_request(request)
        finally:
            self.cache = cache


def transport(settings: FetchSettings) -> HTTPAdapter:
    """The session's adapter: retrying, and caching on disk when the settings name a directory."""
    retries = retry_policy(settings)
    if settings.cache_dir is None:
        return HTTPAdapter(max_retries=retries)
    return CacheControlAdapter(
        cache=FileCache(str(settings.cache_dir)),
        max_retries=retries,
        heuristic=LastModifiedLifetime(),
        controller_class=RevalidatingController,
    )


class Fetcher:
    """GET with limits. Use as a context manager, or call close()."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        self.session = requests.Session()
        adapter = transport(self.settings)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers.update({"User-Agent": self.settings.user_agent, **self.settings.headers})
        self.session.max_redirects = self.settings.max_redirects

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.session.close()

    def check_url(self, url: str) -> None:
        """FetchError unless the URL is http(s) to an allowed host."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            raise FetchError(url, f"scheme {parts.scheme or '(none)'!r} is not allowed; only http and https")
        if not parts.hostname:
            raise FetchError(url, "no host in URL")
        if not self.settings.allow_private_addresses:
            port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
            reason = refused_address(parts.hostname, port)
            if reason:
                raise FetchError(url, reason)

    def get(self, url: str, accept: str | None = None, ok_only: bool = True) -> Fetched:
        """The body of the URL after at most max_redirects redirects; FetchError on a refused
        URL, a timeout, a body over max_bytes, or (with ok_only) a status other than 2xx."""
        deadline = time.monotonic() + self.settings.deadline_s
        headers = {"Accept": accept} if accept else {}
        current = url
        for _ in range(self.settings.max_redirects + 1):
            self.check_url(current)
            response = self._send(current, headers, deadline)
            with response:
                location = response.headers.get("Location")
                if response.status_code in REDIRECT_STATUSES and location:
                    current = urljoin(current, location)
                    continue
                if ok_only and not 200 <= response.status_code < 300:
                    raise FetchError(current, f"answered {response.status_code} {response.reason or ''}".rstrip())
                content = self._read(current, response, deadline)
                return Fetched(
                    current, response.status_code, response.headers.get("Content-Type"), content, dict(response.headers)
                )
        raise FetchError(url, f"more than {self.settings.max_redirects} redirects")

    def _send(self, url: str, headers: dict[str, str], deadline: float) -> requests.Response:
        remaining = max(0.1, deadline - time.monotonic())
        timeout = min(self.settings.timeout_s, remaining)
        try:
            return self.session.get(
                url, headers=headers, stream=True, allow_redirects=False, timeout=(timeout, timeout)
            )
        except requests.Timeout:
            raise FetchError(url, f"timed out after {timeout:g} s") from None
        except requests.RequestException as err:
            tries = f" after {self.settings.retries + 1} tries" if self.settings.retries else ""
            raise FetchError(url, f"connection failed{tries} ({type(err).__name__})") from None

    def _read(self, url: str, response: requests.Response, deadline: float) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.settings.max_bytes:
            raise FetchError(url, f"body of {int(declared):,} bytes is over the {self.settings.max_bytes:,}-byte limit")
        self._check_peer(url, response)
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_content(CHUNK_BYTES):
                size += len(chunk)
                if size > self.settings.max_bytes:
                    raise FetchError(url, f"body is over the {self.settings.max_bytes:,}-byte limit")
                if time.monotonic() > deadline:
                    raise FetchError(url, f"timed out after {self.settings.deadline_s:g} s")
                chunks.append(chunk)
        except requests.RequestException as err:
            raise FetchError(url, f"reading the body failed ({type(err).__name__})") from None
        return b"".join(chunks)

    def _check_peer(self, url: str, response: requests.Response) -> None:
        """The address actually connected to, checked again (a name may resolve differently
        the second time)."""
        if self.settings.allow_private_addresses:
            return
        sock: Any = getattr(getattr(response.raw, "_connection", None), "sock", None)
        if sock is None:
            return
        try:
            peer = sock.getpeername()[0]
        except OSError:
            return
        reason = _refused_ip(str(peer))
        if reason:
            raise FetchError(url, reason)
