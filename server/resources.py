"""/id/ (303 See Other to the description) and /doc/ (the description, by content negotiation)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from datetime import datetime

from cachetools import LRUCache
from flask import Blueprint, Response, current_app, redirect, request
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, PROV, RDFS
from werkzeug.wrappers import Response as BaseResponse

from kg.config import Settings
from kg.errors import StoreError
from kg.vocab import KINDS, iri_for, prefixes
from server import conneg, jsonld, views
from server.context import base, current_release, local_path, store, unavailable
from server.formats import BY_SUFFIX, DOCUMENT_FORMATS, HTML, JSONLD, Format
from server.paging import page_number
from server.problems import Problem

blueprint = Blueprint("resources", __name__)
PAGED_KINDS = ("person", "organization")
# A slug is one IRI path segment (RFC 3987 ipchar, supplementary planes left out); anything else
# would end the <IRI> of the describe query early (SPARQL injection) or fail to parse (a 500).
SLUG = re.compile("[A-Za-z0-9._~!$&'()*+,;=:@%\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef-]+")


def _split_suffix(slug: str) -> tuple[str, str | None]:
    """Slugs never contain dots, so 'chen-jian.ttl' is ('chen-jian', 'ttl')."""
    stem, dot, suffix = slug.rpartition(".")
    return (stem, suffix) if dot and suffix in BY_SUFFIX else (slug, None)


def _describe(kind: str, slug: str) -> tuple[URIRef, Graph]:
    if kind not in KINDS or not SLUG.fullmatch(slug):
        raise Problem(404, "Not found", f"no resource kind {kind!r}; kinds are {', '.join(KINDS)}")
    iri = iri_for(base(), kind, slug)
    try:
        graph = store().describe(str(iri))
    except StoreError as err:
        raise unavailable(err) from None
    if (iri, None, None) not in graph:
        raise Problem(404, "Not found", f"nothing is published as {iri}")
    _check_lifecycle(iri, graph)
    return iri, graph


def _check_lifecycle(iri: URIRef, graph: Graph) -> None:
    """A merged IRI answers 301 to the one it was merged into; a withdrawn one 410 Gone."""
    withdrawn = graph.value(iri, PROV.invalidatedAtTime)
    if withdrawn is None:
        return
    survivor = graph.value(iri, OWL.sameAs)
    if survivor is not None:
        target = local_path(str(survivor)) or str(survivor)
        if request.path.startswith("/id/"):
            target = target.replace("/doc/", "/id/", 1)
        raise Problem(301, "Moved Permanently", f"merged into {survivor} on {withdrawn}", headers={"Location": target})
    reason = graph.value(iri, RDFS.comment) or "withdrawn"
    raise Problem(410, "Gone", f"{iri} was {reason} on {withdrawn}")


@blueprint.get("/id/<kind>/<slug>")
def identifier(kind: str, slug: str) -> BaseResponse:
    """The thing itself cannot be sent: 303 See Other to the document describing it."""
    _describe(kind, slug)
    response = redirect(f"/doc/{kind}/{slug}", code=303)
    response.headers["Vary"] = "Accept"
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@blueprint.get("/doc/<kind>/<slug>")
def description(kind: str, slug: str) -> BaseResponse:
    slug, suffix = _split_suffix(slug)
    try:
        chosen = conneg.choose(request.headers.get("Accept"), DOCUMENT_FORMATS, suffix)
    except conneg.NotAcceptable as err:
        _describe(kind, slug)  # an unknown resource is a 404 whatever was asked for
        raise Problem(406, "Not acceptable", "available as " + str(err)) from None
    try:
        release = current_release()
    except StoreError as err:
        raise unavailable(err) from None
    host = request.host_url if chosen is HTML else ""  # pages name their own URL
    # only the HTML pages of people and organisations list events a page at a time
    page = page_number() if chosen is HTML and kind in PAGED_KINDS else 1
    body, modified = _rendered(release.id if release else "", host, kind, slug, chosen.media_type, page)
    response = Response(body, mimetype=chosen.media_type)  # text/* types get charset=utf-8
    _headers(response, kind, slug, chosen, modified)
    return response.make_conditional(request)


Rendered = tuple[bytes, datetime | None]


def page_cache(settings: Settings) -> LRUCache[tuple[str, ...], Rendered]:
    """Rendered descriptions, bounded by their bodies' bytes (least recently used out): a count of
    entries bounded a busy person's page (30 kB) the same as a Turtle description (2 kB)."""
    return LRUCache(maxsize=max(settings.page_cache_bytes, 1), getsizeof=lambda rendered: len(rendered[0]) or 1)


def _rendered(release: str, host: str, kind: str, slug: str, media_type: str, page: int) -> Rendered:
    """A description as served, kept per release: a published release never changes, so each
    representation is rendered once (the release id is unique per build, the host per origin)."""
    cache, lock = current_app.extensions["kg.page_cache"]
    key = (release, host, kind, slug, media_type, str(page))
    with lock:
        kept = cache.get(key)
    if kept is not None:
        return kept
    iri, graph = _describe(kind, slug)  # a Problem (404, 410, 301) is raised, not cached
    chosen = next(f for f in DOCUMENT_FORMATS if f.media_type == media_type)
    rendered = _render(chosen, kind, iri, graph), _last_modified(iri)
    with lock, contextlib.suppress(ValueError):  # ValueError: larger than the whole cache
        cache[key] = rendered
    return rendered


def _render(chosen: Format, kind: str, iri: URIRef, graph: Graph) -> bytes:
    base_iri = base()
    if chosen is HTML:
        return views.render_page(kind, iri, graph).encode("utf-8")
    if chosen is JSONLD:
        return json.dumps(jsonld.document(graph, iri, base_iri, typed=True), indent=2, ensure_ascii=False).encode(
            "utf-8"
        )
    for prefix, namespace in prefixes(base_iri).items():
        graph.bind(prefix, namespace)
    try:
        return graph.serialize(format=chosen.rdflib_name, encoding="utf-8")
    finally:
        # the namespace manager binding gave the graph refers back to it: dropped once written, so
        # both are freed now rather than left to the cycle collector (see kg.store.new_graph)
        graph.namespace_manager = None  # type: ignore[assignment]


def _last_modified(iri: URIRef) -> datetime | None:
    """When the graph describing the resource last changed (the release time as a fallback)."""
    modified = store().last_modified(str(iri))
    if modified is not None:
        return modified
    release = current_release()
    return release.built_at if release else None


def _headers(response: Response, kind: str, slug: str, chosen: Format, modified: datetime | None) -> None:
    path = f"/doc/{kind}/{slug}"
    response.headers["Vary"] = "Accept"
    response.headers["Content-Location"] = f"{path}.{chosen.suffix}"
    response.headers["Link"] = ", ".join(
        f'<{path}.{f.suffix}>; rel="alternate"; type="{f.media_type}"' for f in DOCUMENT_FORMATS
    )
    response.set_etag(hashlib.sha256(response.get_data()).hexdigest()[:32])
    response.last_modified = modified
    if chosen is not HTML:
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Access-Control-Expose-Headers"] = "ETag, Link, Content-Location"
