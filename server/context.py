"""Access to the settings and store a request is served with (kept in app.extensions)."""

from __future__ import annotations

from flask import current_app, g, has_request_context

from kg.config import Settings
from kg.errors import StoreError
from kg.store import PublishedStore, Release
from server.problems import Problem


def settings() -> Settings:
    return current_app.extensions["kg.settings"]


def store() -> PublishedStore:
    return current_app.extensions["kg.store"]


def current_release() -> Release | None:
    """The current release, looked up once per request (a request sees one release throughout)."""
    if not has_request_context():
        return store().release()
    if "kg_release" not in g:
        g.kg_release = store().release()
    return g.kg_release


def base() -> str:
    """The base IRI of the served release (its IRIs were minted under it), else the setting."""
    try:
        release = current_release()
    except StoreError:
        release = None
    return release.base if release else settings().base


def local_path(iri: str, base_iri: str | None = None) -> str | None:
    """The path on this server for one of our IRIs (/id/ goes straight to /doc/), else None.
    A page of many links passes base() once (looking it up per link was a tenth of a listing's cost)."""
    base_iri = base_iri or base()
    if not iri.startswith(base_iri):
        return None
    path = "/" + iri[len(base_iri) :]
    return "/doc/" + path[len("/id/") :] if path.startswith("/id/") else path


def unavailable(err: StoreError) -> Problem:
    return Problem(503, "Store unavailable", str(err), headers={"Retry-After": "5"})


def published_release() -> Release:
    """The release being served; 503 (with Retry-After) when the store cannot say or has none."""
    try:
        release = current_release()
    except StoreError as err:
        raise unavailable(err) from None
    if release is None:
        raise unavailable(StoreError("nothing is published yet; run `kg build`"))
    return release
