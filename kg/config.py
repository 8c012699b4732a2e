"""Settings, built once from environment variables and command-line flags.

Every setting has a flag and an environment variable, so several datasets can be built and served
side by side; bad values fail at start-up with the name of the setting.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from kg.errors import ConfigError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080

ENV = {
    "records": "KG_RECORDS",
    "store": "KG_STORE",
    "base": "KG_BASE",
    "host": "KG_HOST",
    "port": "PORT",
    "query_timeout_s": "KG_QUERY_TIMEOUT_S",
    "max_result_rows": "KG_MAX_RESULT_ROWS",
    "title": "KG_TITLE",
    "license": "KG_LICENSE",
    "publisher": "KG_PUBLISHER",
    "contact": "KG_CONTACT",
}


@dataclass(frozen=True)
class Settings:
    records: Path = Path("data/events")
    store: Path = Path("var/store")
    base: str = f"http://{DEFAULT_HOST}:{DEFAULT_PORT}/"
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    query_timeout_s: float = 10.0
    max_result_rows: int = 100_000
    title: str = "eventkg: event archive as linked data"
    license: str = "https://creativecommons.org/publicdomain/zero/1.0/"
    publisher: str = "eventkg"
    contact: str = "mailto:eventkg@example.org"


def _coerce(name: str, raw: str) -> object:
    """Convert an environment string to the type of the setting's default."""
    default = getattr(Settings(), name)
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
    values: dict[str, object] = {
        name: _coerce(name, environ[var]) for name, var in ENV.items() if environ.get(var)
    }
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
    base = settings.base if settings.base.endswith("/") else settings.base + "/"
    return replace(settings, base=base)
