"""Dataset-level pages: home, browse and search, VoID, sitemap, robots, dumps, change feed,
ontology and shapes."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from functools import lru_cache
from xml.sax.saxutils import escape

from flask import Blueprint, Response, current_app, redirect, render_template, request, send_file, url_for
from rdflib import Graph
from rdflib.query import ResultRow
from werkzeug.wrappers import Response as BaseResponse

from kg.dumps import RETRY_AFTER_S, SUMS, replace_dead_writer
from kg.export import DUMPS
from kg.validate import load_ontology, load_shapes
from kg.vocab import prefixes
from server import conneg, index, resources
from server.changes import ReleaseChanges
from server.context import base, local_path, published_release, settings
from server.formats import DOCUMENT_FORMATS, HTML, JSONLD, RDF_DOCUMENT_FORMATS
from server.paging import Paging
from server.problems import Problem

blueprint = Blueprint("dataset", __name__)

SITEMAP_LIMIT = 50_000
ACTIVITY_JSON = "application/activity+json"
AS_CONTEXT = "https://www.w3.org/ns/activitystreams"
RELEASE_ID = re.compile(r"^\d{8}T\d{6}Z-[0-9a-f]+$")


def _links(rows: list[dict]) -> list[dict]:
    base_iri = base()
    return [{**row, "href": local_path(row["iri"], base_iri) or row["iri"]} for row in rows]


@blueprint.get("/")
def home() -> str:
    release = published_release()
    return render_template(
        "home.html",
        title=settings().title,
        release=release,
        counts=index.counts(),
        events=_links(index.latest_events(20)),
        years=index.years()[:12],
        endpoint=request.host_url + "sparql",
    )


@blueprint.get("/events")
def by_year() -> str:
    year = request.args.get("year", type=int)
    if year is not None and not 1 <= year <= 9999:  # the index stores years as SQLite integers
        raise Problem(404, "Not found", f"no events in year {year}; years run 1 to 9999")
    if year is None:
        return render_template("years.html", years=index.years())
    return _paged(f"Events in {year}", index.count_in(year), lambda offset, limit: index.events_in(year, offset, limit))


@blueprint.get("/topics")
def topics() -> str:
    return render_template("topics.html", topics=index.topics())


@blueprint.get("/topics/<path:topic>")
def topic(topic: str) -> str:
    total = index.count_about(topic)
    if not total:
        raise Problem(404, "Not found", f"no event has the topic {topic!r}")
    return _paged(f"Topic: {topic}", total, lambda offset, limit: index.events_about(topic, offset, limit))


def _paged(title: str, total: int, rows_at: Callable[[int, int], list[dict]]) -> str:
    """One page of a listing that may run to thousands of events."""
    paging = Paging.of(total)
    return render_template(
        "listing.html",
        title=title if paging.last == 1 else f"{title} (page {paging.number} of {paging.last})",
        rows=_links(rows_at(paging.offset, paging.size)),
        paging=paging,
    )


@blueprint.get("/search")
def search() -> str:
    text = request.args.get("q", "")[:200]
    found, more = index.search(text) if text else ([], False)
    return render_template(
        "listing.html",
        title=f"Search: {text}" if text else "Search",
        query=text,
        rows=_links(found),
        searched=bool(text),
        ranked_of=settings().search_candidates if more else None,
    )


@blueprint.get("/.well-known/void")
def void() -> BaseResponse:
    """The VoID description of the dataset, negotiated like any other description."""
    return resources.description("dataset", "main")


@blueprint.get("/robots.txt")
def robots() -> Response:
    body = f"User-agent: *\nAllow: /\nDisallow: /sparql\nSitemap: {request.host_url}sitemap.xml\n"
    return Response(body, mimetype="text/plain")


@blueprint.get("/sitemap.xml")
def sitemap() -> Response:
    """Every /doc/ page with its lastmod; past 50,000 URLs, a sitemap index of numbered parts."""
    total = index.page_count() + 1  # the dataset description too
    if total <= SITEMAP_LIMIT:
        return _urlset(0)
    parts = math.ceil(total / SITEMAP_LIMIT)
    items = "".join(f"<sitemap><loc>{request.host_url}sitemap-{n}.xml</loc></sitemap>" for n in range(1, parts + 1))
    return _xml(f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>')


@blueprint.get("/sitemap-<int:part>.xml")
def sitemap_part(part: int) -> Response:
    if part < 1 or (part - 1) * SITEMAP_LIMIT >= index.page_count() + 1:
        raise Problem(404, "Not found", f"there is no sitemap part {part}")
    return _urlset(part)


def _urlset(part: int) -> Response:
    offset = max(part - 1, 0) * SITEMAP_LIMIT
    rows = index.pages(offset, SITEMAP_LIMIT)
    host = request.host_url.rstrip("/")
    entries = [(f"{host}{local_path(r['iri'])}", r["modified"]) for r in rows if local_path(r["iri"])]
    if part <= 1:
        entries.append((f"{host}/doc/dataset/main", published_release().built_at.isoformat()))
    items = "".join(f"<url><loc>{escape(loc)}</loc><lastmod>{escape(mod)}</lastmod></url>" for loc, mod in entries)
    return _xml(f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</urlset>')


def _xml(body: str) -> Response:
    return Response('<?xml version="1.0" encoding="UTF-8"?>\n' + body, mimetype="application/xml")


def _dump_releases() -> list[dict]:
    """Published releases whose dumps are still on disk, newest first."""
    release = published_release()
    folder = release.artifacts.parent
    found = []
    for release_id in reversed(release.history):
        sums = folder / release_id / "dumps" / SUMS
        if sums.is_file():
            pairs = (line.split("  ", 1) for line in sums.read_text().splitlines())
            checksums = {name: digest for digest, name in pairs}
            found.append(
                {
                    "id": release_id,
                    "current": release_id == release.id,
                    "files": [
                        {"name": name, "media_type": media, "sha256": checksums.get(name, "")} for name, media in DUMPS
                    ],
                }
            )
    return found


@blueprint.get("/dumps/")
def dumps() -> Response | str:
    releases = _dump_releases()
    release = published_release()
    writing = None if releases and releases[0]["id"] == release.id else release.id  # see kg/dumps.py
    if writing:
        _replace_dead_writer()
    try:
        chosen = conneg.choose(request.headers.get("Accept"), (HTML, JSONLD))
    except conneg.NotAcceptable as err:
        raise Problem(406, "Not acceptable", "available as " + str(err)) from None
    if chosen is JSONLD or request.args.get("format") == "json":
        body = {"releases": releases, "writing": writing}
        return Response(json.dumps(body, indent=1), mimetype="application/json")
    return render_template("dumps.html", releases=releases, writing=writing)


@blueprint.get("/dumps/latest/")
def latest_dumps() -> BaseResponse:
    """`/dumps/latest/` itself: the listing, whose first release is the newest with complete dumps."""
    return redirect(url_for("dataset.dumps"), code=302)


@blueprint.get("/dumps/<release_id>/<name>")
def dump_file(release_id: str, name: str) -> BaseResponse:
    """A dump file. Dumps are written after their release is published (kg/dumps.py): `latest`
    names the newest release whose dumps are complete, and the served release's own dumps are
    503 with Retry-After until they are."""
    release = published_release()
    if release_id == "latest":
        complete = _dump_releases()
        if not complete:
            raise _dumps_being_written(release.id)
        return redirect(url_for("dataset.dump_file", release_id=complete[0]["id"], name=name), code=302)
    allowed = {n for n, _ in DUMPS} | {SUMS}
    if not RELEASE_ID.match(release_id) or name not in allowed or release_id not in release.history:
        raise Problem(404, "Not found", f"no dump {name!r} for release {release_id!r}; see /dumps/")
    folder = release.artifacts.parent / release_id
    path = folder / "dumps" / name
    if not (folder / "dumps" / SUMS).is_file():  # a file is only served once all of them are written
        if release_id == release.id and folder.is_dir():
            raise _dumps_being_written(release_id)
        raise Problem(410, "Gone", f"release {release_id} has no dumps (removed, or replaced first); see /dumps/")
    media = "text/plain" if name == "SHA256SUMS" else "application/gzip"
    response = send_file(path, mimetype=media, conditional=True, download_name=name)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def _dumps_being_written(release_id: str) -> Problem:
    _replace_dead_writer()
    return Problem(
        503,
        "Dumps being written",
        f"the dumps of release {release_id} are being written; /dumps/latest/ names the newest complete ones",
        headers={"Retry-After": str(RETRY_AFTER_S)},
    )


def _replace_dead_writer() -> None:
    """A writer that died while the server runs is replaced at the next request for the dumps it
    left unwritten (when none is at work: a probe of dumps.lock; see kg/dumps.py restart_writer)."""
    replace_dead_writer(settings().store, current_app.logger.warning)


@blueprint.get("/changes")
def changes() -> Response:
    """Activity Streams 2.0: an ordered collection of the releases' activities, newest release
    first, each release cut into pages of settings().page_size activities."""
    release = published_release()
    size = settings().page_size
    releases = [ReleaseChanges.of(release.artifacts.parent / r, size) for r in reversed(release.history)]
    pages = sum(changed.pages for changed in releases)
    host = request.host_url.rstrip("/")
    if "page" not in request.args:
        body = {
            "@context": AS_CONTEXT,
            "id": f"{host}/changes",
            "type": "OrderedCollection",
            "summary": "Changes to the published archive, newest release first",
            "totalItems": sum(changed.count for changed in releases),
            "first": f"{host}/changes?page=1",
            "last": f"{host}/changes?page={pages}",
        }
    else:
        feed = Paging.of(pages, size=1)  # a list of pages: a 404 for anything but 1 to `pages`
        number, before = feed.number, 0
        while number > releases[0].pages:  # skip the newer releases' pages
            number, before = number - releases[0].pages, before + releases[0].count
            releases.pop(0)
        changed, cut = releases[0], Paging(number, size, releases[0].count)
        body = {
            "@context": AS_CONTEXT,
            "id": f"{host}/changes?page={feed.number}",
            "type": "OrderedCollectionPage",
            "partOf": f"{host}/changes",
            "summary": f"release {changed.folder.name}" + (f", part {number} of {cut.last}" if cut.last > 1 else ""),
            "startIndex": before + cut.offset,
            "orderedItems": changed.page(number),
        }
        for relation, link in (("prev", feed.previous), ("next", feed.next)):
            if link:
                body[relation] = host + link
    response = Response(json.dumps(body, indent=1), mimetype=ACTIVITY_JSON)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@lru_cache(maxsize=4)
def _ontology_html(base_iri: str) -> str:
    from pylode import OntPub  # imported on first use: it loads background ontologies

    return OntPub(load_ontology(base_iri)).make_html()


def _vocabulary(name: str, graph: Graph, suffix: str | None) -> BaseResponse:
    try:
        chosen = conneg.choose(request.headers.get("Accept"), DOCUMENT_FORMATS, suffix)
    except conneg.NotAcceptable as err:
        raise Problem(406, "Not acceptable", "available as " + str(err)) from None
    if chosen is HTML:
        body = (
            _ontology_html(base())
            if name == "ontology"
            else render_template("shapes.html", shapes=_shape_rows(graph), base=base())
        )
    else:
        for prefix, namespace in prefixes(base()).items():
            graph.bind(prefix, namespace)
        body = graph.serialize(format=chosen.rdflib_name)
    response = Response(body, mimetype=chosen.media_type)
    response.headers["Vary"] = "Accept"
    response.headers["Content-Location"] = f"/{name}.{chosen.suffix}"
    response.headers["Link"] = ", ".join(
        f'</{name}.{f.suffix}>; rel="alternate"; type="{f.media_type}"' for f in DOCUMENT_FORMATS
    )
    if chosen in RDF_DOCUMENT_FORMATS:
        response.headers["Access-Control-Allow-Origin"] = "*"
    response.add_etag()
    return response.make_conditional(request)


@blueprint.get("/ontology")
@blueprint.get("/ontology.<suffix>")
def ontology(suffix: str | None = None) -> BaseResponse:
    return _vocabulary("ontology", load_ontology(base()), suffix)


@blueprint.get("/shapes")
@blueprint.get("/shapes.<suffix>")
def shapes(suffix: str | None = None) -> BaseResponse:
    graph = Graph()
    graph += load_shapes(base())
    return _vocabulary("shapes", graph, suffix)


SHAPE_ROWS = """
PREFIX sh: <http://www.w3.org/ns/shacl#>
SELECT ?shape ?target ?path ?severity ?message WHERE {
  ?shape a sh:NodeShape . OPTIONAL { ?shape sh:targetClass ?target }
  OPTIONAL { ?shape sh:property ?p . OPTIONAL { ?p sh:path ?path } OPTIONAL { ?p sh:severity ?severity }
             OPTIONAL { ?p sh:message ?message } }
} ORDER BY ?shape ?path
"""


def _shape_rows(graph: Graph) -> list[dict[str, str]]:
    return [
        {key: str(value) for key, value in row.asdict().items()}
        for row in graph.query(SHAPE_ROWS)
        if isinstance(row, ResultRow)
    ]
