"""/id/ (303 See Other to the description) and /doc/ (the description, by content negotiation)."""

from __future__ import annotations

import hashlib
import json

from flask import Blueprint, Response, redirect, request
from rdflib import Graph, URIRef

from kg.errors import StoreError
from kg.vocab import KINDS, iri_for, prefixes
from server import conneg, jsonld, views
from server.context import base, store, unavailable
from server.formats import BY_SUFFIX, DOCUMENT_FORMATS, HTML, JSONLD, Format
from server.problems import Problem

blueprint = Blueprint("resources", __name__)


def _split_suffix(slug: str) -> tuple[str, str | None]:
    """Slugs never contain dots, so 'chen-jian.ttl' is ('chen-jian', 'ttl')."""
    stem, dot, suffix = slug.rpartition(".")
    return (stem, suffix) if dot and suffix in BY_SUFFIX else (slug, None)


def _describe(kind: str, slug: str) -> tuple[URIRef, Graph]:
    if kind not in KINDS or not slug or "/" in slug:
        raise Problem(404, "Not found", f"no resource kind {kind!r}; kinds are {', '.join(KINDS)}")
    iri = iri_for(base(), kind, slug)
    try:
        graph = store().describe(str(iri))
    except StoreError as err:
        raise unavailable(err) from None
    if (iri, None, None) not in graph:
        raise Problem(404, "Not found", f"nothing is published as {iri}")
    return iri, graph


@blueprint.get("/id/<kind>/<slug>")
def identifier(kind: str, slug: str) -> Response:
    """The thing itself cannot be sent: 303 See Other to the document describing it."""
    _describe(kind, slug)
    response = redirect(f"/doc/{kind}/{slug}", code=303)
    response.headers["Vary"] = "Accept"
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@blueprint.get("/doc/<kind>/<slug>")
def description(kind: str, slug: str) -> Response:
    slug, suffix = _split_suffix(slug)
    iri, graph = _describe(kind, slug)
    try:
        chosen = conneg.choose(request.headers.get("Accept"), DOCUMENT_FORMATS, suffix)
    except conneg.NotAcceptable as err:
        raise Problem(406, "Not acceptable", "available as " + str(err)) from None
    body = _render(chosen, kind, iri, graph)
    response = Response(body, mimetype=chosen.media_type)
    if chosen.media_type.startswith("text/"):
        response.charset = "utf-8"
    _headers(response, kind, slug, chosen, suffix)
    return response.make_conditional(request)


def _render(chosen: Format, kind: str, iri: URIRef, graph: Graph) -> bytes:
    base_iri = base()
    if chosen is HTML:
        return views.render_page(kind, iri, graph).encode("utf-8")
    if chosen is JSONLD:
        return json.dumps(jsonld.document(graph, iri, base_iri, typed=True), indent=2,
                          ensure_ascii=False).encode("utf-8")
    for prefix, namespace in prefixes(base_iri).items():
        graph.bind(prefix, namespace)
    return graph.serialize(format=chosen.rdflib_name, encoding="utf-8")


def _headers(response: Response, kind: str, slug: str, chosen: Format, suffix: str | None) -> None:
    path = f"/doc/{kind}/{slug}"
    response.headers["Vary"] = "Accept"
    response.headers["Content-Location"] = f"{path}.{chosen.suffix}"
    response.headers["Link"] = ", ".join(
        f'<{path}.{f.suffix}>; rel="alternate"; type="{f.media_type}"' for f in DOCUMENT_FORMATS)
    response.set_etag(hashlib.sha256(response.get_data()).hexdigest()[:32])
    release = store().release()
    if release is not None:
        response.last_modified = release.built_at
    if chosen is not HTML:
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Access-Control-Expose-Headers"] = "ETag, Link, Content-Location"
