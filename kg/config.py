"""Settings, built once from environment variables and command-line flags.

Every setting has a flag and an environment variable, so several datasets can be built and served
side by side; bad values fail at start-up with the name of the setting.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kg.errors import ConfigError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080

ENV = {
    "records": "KG_RECORDS",
    "links": "KG_LINKS",
    "link_cache": "KG_LINK_CACHE",
    "link_contact": "KG_LINK_CONTACT",
    "wikidata_api": "KG_WIKIDATA_API",
    "viaf_url": "KG_VIAF_URL",
    "loc_url": "KG_LOC_URL",
    "orcid_url": "KG_ORCID_URL",
    "isni_url": "KG_ISNI_URL",
    "store": "KG_STORE",
    "base": "KG_BASE",
    "host": "KG_HOST",
    "port": "PORT",
    "query_timeout_s": "KG_QUERY_TIMEOUT_S",
    "max_result_rows": "KG_MAX_RESULT_ROWS",
    # SPARQL endpoint (issue #4): see README "SPARQL endpoint" for each one.
    "query_workers": "KG_QUERY_WORKERS",
    "query_threads": "KG_QUERY_THREADS",
    "query_memory_mb": "KG_QUERY_MEMORY_MB",
    "max_request_bytes": "KG_MAX_REQUEST_BYTES",
    "cache_bytes": "KG_CACHE_BYTES",
    "page_cache_bytes": "KG_PAGE_CACHE_BYTES",
    "answer_cache_dir": "KG_ANSWER_CACHE_DIR",
    "service_allow": "KG_SERVICE_ALLOW",
    "update_token": "KG_UPDATE_TOKEN",
    "remote_query": "KG_REMOTE_QUERY",
    "remote_update": "KG_REMOTE_UPDATE",
    "remote_gsp": "KG_REMOTE_GSP",
    "page_size": "KG_PAGE_SIZE",
    "search_candidates": "KG_SEARCH_CANDIDATES",
    "title": "KG_TITLE",
    "license": "KG_LICENSE",
    "publisher": "KG_PUBLISHER",
    "contact": "KG_CONTACT",
}


@dataclass(frozen=True)
class Settings:
    records: Path = Path("data/events")
    # kg link: the review file, the HTTP cache, the contact sent in the User-Agent, the services
    links: Path = Path("data/links.csv")
    link_cache: Path = Path("var/cache/authorities")
    link_contact: str = ""
    wikidata_api: str = "https://www.wikidata.org/w/api.php"
    viaf_url: str = "https://viaf.org/viaf"
    loc_url: str = "https://id.loc.gov"
    orcid_url: str = "https://pub.orcid.org/v3.0"
    isni_url: str = "https://isni.oclc.org/sru/"
    store: Path = Path("var/store")
    base: str = f"http://{DEFAULT_HOST}:{DEFAULT_PORT}/"
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    query_timeout_s: float = 10.0
    max_result_rows: int = 100_000
    query_workers: int = 2  # /sparql query processes: one evaluates, the others stand by to replace it when killed
    query_threads: int = len(os.sched_getaffinity(0))  # queries it evaluates at once, over one store: one per core
    query_memory_mb: int = 1000  # the evaluating worker copies a release this size or smaller into memory; 0: never
    max_request_bytes: int = 1_000_000
    cache_bytes: int = 64_000_000  # answers cached per release; 0 turns the cache off
    page_cache_bytes: int = 32_000_000  # /doc/ answers kept rendered per server process; 0 keeps none
    answer_cache_dir: str = ""  # the answer cache shared by all server processes; "" = STORE/answer-cache
    service_allow: tuple[str, ...] = ()  # SERVICE endpoints a query may call; none by default
    update_token: str = ""  # when set, /sparql/update exists and requires "Authorization: Bearer TOKEN"
    remote_query: str = ""  # a SPARQL 1.1 store to publish to and query instead of the embedded one
    remote_update: str = ""
    remote_gsp: str = ""  # when set, kg build loads graph by graph through the Graph Store Protocol
    # rows per page of the HTML listings (events of a year, of a topic, of a person) and of the change
    # feed: 50, as archive and catalogue interfaces show 20-50, and a page's cost is its rows (docs/benchmarks.md)
    page_size: int = 50
    search_candidates: int = 300  # matches of a search ranked at most (server/index.py search())
    title: str = "eventkg: event archive as linked data"
    license: str = "https://creativecommons.org/publicdomain/zero/1.0/"
    publisher: str = "eventkg"
    contact: str = "mailto:eventkg@example.org"


def _coerce(name: str, raw: str) -> object:
    """Convert an environment string to the type of the setting's default."""
    default = getattr(Settings(), name)
    if isinstance(default, tuple):
        return tuple(part for part in re.split(r"[\s,]+", raw) if part)
    try:
        return Path(raw) if isinstance(default, Path) else type(default)(raw)
    except ValueError:
        raise ConfigError(f"{ENV[name]}={raw!r} is not a number") from None


def load(environ: dict[str, str] | None = None, **overrides: object) -> Settings:
    """Settings from KG_* variables (and PORT), then from flags (non-None overrides win).

    Unless a base IRI is given, it follows the port, so a default `kg serve` dereferences its
    own IRIs.
    """
    environ = dict(os.environ if environ is None else environ)
    values: dict[str, Any] = {name: _coerce(name, environ[var]) for name, var in ENV.items() if environ.get(var)}
    values.update({k: v for k, v in overrides.items() if v is not None})
    settings = replace(Settings(), **values)
    if "base" not in values:
        settings = replace(settings, base=f"http://{DEFAULT_HOST}:{settings.port}/")
    return check(settings)


def check(settings: Settings) -> Settings:
    """Normalise and validate; the base IRI always ends with '/'."""
    parts = urlsplit(settings.base)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ConfigError(f"base IRI {settings.base!r} must be an http(s) IRI without query or fragment")
    if not 0 < settings.port < 65536:
        raise ConfigError(f"port {settings.port} is out of range 1-65535")
    if settings.query_timeout_s <= 0:
        raise ConfigError("query timeout must be positive")
    if settings.query_memory_mb < 0:
        raise ConfigError("KG_QUERY_MEMORY_MB must be 0 or more")
    for name in ("wikidata_api", "viaf_url", "loc_url", "orcid_url", "isni_url"):
        if urlsplit(getattr(settings, name)).scheme not in ("http", "https"):
            raise ConfigError(f"{ENV[name]}={getattr(settings, name)!r} must be an http(s) URL")
    least = (settings.query_workers, settings.query_threads, settings.max_result_rows, settings.max_request_bytes)
    if min(*least, settings.page_size, settings.search_candidates) < 1:
        raise ConfigError(
            "query workers and threads, result rows, request bytes, page size and search candidates"
            " must each be at least 1"
        )
    for name in ("remote_query", "remote_update", "remote_gsp"):
        url = getattr(settings, name)
        if url and urlsplit(url).scheme not in ("http", "https"):
            raise ConfigError(f"{ENV[name]}={url!r} must be an http(s) URL")
    if (settings.remote_update or settings.remote_gsp) and not settings.remote_query:
        raise ConfigError("KG_REMOTE_UPDATE and KG_REMOTE_GSP need KG_REMOTE_QUERY (the store's query URL)")
    base = settings.base if settings.base.endswith("/") else settings.base + "/"
    return replace(settings, base=base)
