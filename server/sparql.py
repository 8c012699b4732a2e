"""SPARQL 1.1 Protocol: the query operation at /sparql, the update operation at /sparql/update.

/sparql answers GET ?query=, POST form and POST application/sparql-query, honours
default-graph-uri and named-graph-uri, negotiates the answer's format (Accept q-values, or a
`format` parameter for browsers), and without a query gives its service description (RDF) or a
query page (HTML). Safe by default: SERVICE only to allow-listed endpoints, no update, a time
limit (server/query_guard.py), a cap on rows (a top-level LIMIT), a cap on body size (413).
Answers are cached per release with a weak ETag (server/answer_cache.py); a request repeated
byte for byte is answered in front of Flask (server/fast_path.py). Updates run under the same
time limit.

Status codes: 400 malformed or refused query, 406 no acceptable format, 413 body too large,
415 unsupported Content-Type, 503 with Retry-After for a time limit exceeded or a store
unavailable (a remote store's 5xx included); 504 is not used, as the evaluation is ours.
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Response, current_app, render_template, request

from kg import sparql_text
from kg.config import Settings
from kg.errors import StoreError
from kg.store import Answer, QueryError, QueryTimeout
from kg.vocab import prefixes
from server import conneg
from server.answer_cache import AnswerCache, CacheKey
from server.context import base, settings, store, unavailable
from server.fast_path import ANSWER_KEY
from server.formats import HTML, JSONLD, NQUADS, NTRIPLES, RDFXML, TRIG, TURTLE, Format
from server.problems import Problem
from server.service_description import describe_service

blueprint = Blueprint("sparql", __name__)

JSON = Format("application/sparql-results+json", "json", "", "JSON")
XML = Format("application/sparql-results+xml", "xml", "", "XML")
CSV = Format("text/csv", "csv", "", "CSV")
TSV = Format("text/tab-separated-values", "tsv", "", "TSV")
RESULT_FORMATS = (JSON, XML, CSV, TSV)
GRAPH_FORMATS = (TURTLE, JSONLD, NTRIPLES, RDFXML, NQUADS, TRIG)
OFFERED = {"solutions": RESULT_FORMATS, "boolean": RESULT_FORMATS, "graph": GRAPH_FORMATS}
KIND_OF_FORM = {"SELECT": "solutions", "ASK": "boolean", "CONSTRUCT": "graph", "DESCRIBE": "graph"}
# `format=` for browsers and links: a suffix, also "json"/"xml" for graphs, or a media type.
FORMAT_ALIASES = {"graph": {"json": "jsonld", "xml": "rdf"}}
SERVICE_DESCRIPTION_FORMATS = (TURTLE, HTML, JSONLD, NTRIPLES, RDFXML)
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept, If-None-Match, Authorization",
    "Access-Control-Expose-Headers": "ETag, X-SPARQL-MaxRows, Content-Type",
    "Access-Control-Max-Age": "86400",
}
UPDATE_MEDIA_TYPE = "application/sparql-update"


def open_answer_cache(settings: Settings) -> AnswerCache:
    """The app's answer cache, shared on disk with the other processes serving the same store."""
    shared = Path(settings.answer_cache_dir) if settings.answer_cache_dir else settings.store / "answer-cache"
    return AnswerCache(settings.cache_bytes, shared if settings.cache_bytes > 0 else None)


def answer_cache() -> AnswerCache:
    return current_app.extensions["kg.answer_cache"]


def choose_format(kind: str, accept: str | None, format_param: str | None) -> Format:
    chosen = _negotiate(kind, accept, format_param)
    if chosen is None:
        offered = OFFERED[kind]
        raise Problem(
            406,
            "Not acceptable",
            f"a {kind} answer is available as {', '.join(f.media_type for f in offered)}; "
            f"or use format={'|'.join(f.suffix for f in offered)}",
        )
    return chosen


@lru_cache(maxsize=512)  # clients send few distinct Accept headers: parse each once
def _negotiate(kind: str, accept: str | None, format_param: str | None) -> Format | None:
    offered = OFFERED[kind]
    try:
        if format_param:
            wanted = FORMAT_ALIASES.get(kind, {}).get(format_param, format_param)
            if "/" in wanted:
                return conneg.choose(wanted, offered)
            return conneg.choose(None, offered, suffix=wanted)
        return conneg.choose(accept, offered)
    except conneg.NotAcceptable:
        return None


def _params(name: str) -> list[str]:
    values = request.args.getlist(name)
    if request.method == "POST" and request.mimetype == "application/x-www-form-urlencoded":
        values += request.form.getlist(name)
    return values


def read_query() -> str | None:
    """The one query of the request, or None when there is none (a GET for the description)."""
    if request.method == "POST" and request.mimetype == UPDATE_MEDIA_TYPE or _params("update"):
        raise Problem(
            400,
            "Update sent to the query endpoint",
            "this endpoint only answers queries; SPARQL Update goes to POST /sparql/update",
        )
    reading = request.method in ("GET", "HEAD")
    if reading or request.mimetype == "application/x-www-form-urlencoded":
        queries = _params("query")
    elif request.mimetype == "application/sparql-query":
        queries = request.args.getlist("query") + [request.get_data(as_text=True)]
    else:
        raise Problem(
            415,
            "Unsupported media type",
            f"cannot read a query from {request.mimetype or 'no'} "
            "content; POST application/x-www-form-urlencoded or application/sparql-query",
        )
    if not queries and reading:
        return None
    if len(queries) != 1:
        raise Problem(400, "Bad request", f"give exactly one query (this request has {len(queries)})")
    if not queries[0].strip():
        raise Problem(400, "Bad request", "the query is empty")
    return queries[0]


def check_query(query: str) -> None:
    """Refuse what the query endpoint never does: updates, and SERVICE outside the allow-list."""
    if sparql_text.is_update(query):
        raise Problem(
            400,
            "Update sent to the query endpoint",
            f"{sparql_text.form(query)} is an update; this endpoint only answers SELECT, ASK, CONSTRUCT and DESCRIBE",
        )
    refused = sparql_text.forbidden_services(query, settings().service_allow)
    if refused:
        allowed = ", ".join(settings().service_allow) or "none (KG_SERVICE_ALLOW is empty)"
        raise Problem(400, "Query not allowed", f"SERVICE {refused[0]} is not allowed; allowed endpoints: {allowed}")


def evaluate(
    query: str, original: str, kind: str | None, defaults: list[str], named: list[str]
) -> tuple[Answer, str | None]:
    """The answer to `query` (`original` with its rows capped), from the cache when the release has
    it, and its ETag (None when not cacheable)."""
    accept, format_param = request.headers.get("Accept"), request.args.get("format") or request.form.get("format")
    media = {k: choose_format(k, accept, format_param).media_type for k in ((kind,) if kind else ())}

    def choose(answer_kind: str) -> str:
        return media.get(answer_kind) or choose_format(answer_kind, accept, format_param).media_type

    release = store().release()
    if release is None:
        raise StoreError("nothing is published yet; run `kg build`")
    cacheable = settings().cache_bytes > 0 and kind is not None and sparql_text.is_cacheable(original)
    key = CacheKey(release.id, query, tuple(defaults), tuple(named), (media[kind],) if kind else ())
    if cacheable:
        if request.if_none_match.contains_weak(key.tag):
            return Answer(kind or "", media[kind or ""], b""), key.etag
        request.environ[ANSWER_KEY] = key  # for the short way (server/fast_path.py)
        cached = answer_cache().get(key)
        if cached is not None:
            return cached, key.etag
    try:
        answer = store().query(query, choose, defaults or None, named or None)
    except SyntaxError as err:
        raise Problem(400, "SPARQL syntax error", str(err)) from None
    except QueryError as err:
        raise Problem(400, "Query cannot be evaluated", str(err)) from None
    if cacheable:
        answer_cache().put(key, answer)
    return answer, key.etag if cacheable else None


def answer_response(query: str) -> Response:
    check_query(query)
    limited, capped = sparql_text.cap_rows(query, settings().max_result_rows)
    kind = KIND_OF_FORM.get(sparql_text.form(query) or "")
    defaults, named = _params("default-graph-uri"), _params("named-graph-uri")
    try:
        answer, etag = evaluate(limited, query, kind, defaults, named)
    except QueryTimeout as err:
        raise over_time(err, "Query") from None
    except StoreError as err:
        raise unavailable(err) from None
    not_modified = etag is not None and request.if_none_match.contains_weak(etag[3:-1])
    response = Response(
        b"" if not_modified else answer.body, status=304 if not_modified else 200, mimetype=answer.media_type
    )
    response.headers["Vary"] = "Accept"
    if etag:
        response.headers["ETag"] = etag
        response.headers["Cache-Control"] = "no-cache"
    if capped:
        response.headers["X-SPARQL-MaxRows"] = str(settings().max_result_rows)
    return response


def over_time(err: QueryTimeout, what: str) -> Problem:
    """503 for a query or update stopped at the time limit (the same one again fails again; when a
    remote store stopped it under load, a later try may pass)."""
    return Problem(503, f"{what} time limit exceeded", str(err), headers={"Retry-After": "5"})


def service_response() -> Response:
    """GET /sparql without a query: the service description, or the query page for a browser."""
    chosen = (
        conneg.choose(request.headers.get("Accept"), SERVICE_DESCRIPTION_FORMATS)
        if request.headers.get("Accept")
        else TURTLE
    )
    endpoint = request.host_url + "sparql"
    try:
        release = store().release()
    except StoreError:
        release = None
    if chosen == HTML:
        return Response(query_page(endpoint), mimetype="text/html")
    update = endpoint + "/update" if settings().update_token else None
    graph = describe_service(endpoint, base(), settings(), release, update)
    response = Response(graph.serialize(format=chosen.rdflib_name, encoding="utf-8"), mimetype=chosen.media_type)
    response.headers["Vary"] = "Accept"
    return response


@blueprint.route("/sparql", methods=["GET", "POST", "OPTIONS"])
def endpoint() -> Response:
    if request.method == "OPTIONS":
        return Response(status=204)
    query = read_query()
    if query is None:
        try:
            return service_response()
        except conneg.NotAcceptable as err:
            raise Problem(406, "Not acceptable", f"the service description is available as {err}") from None
    return answer_response(query)


@blueprint.route("/sparql/update", methods=["POST", "OPTIONS"])
def update() -> Response:
    token = settings().update_token
    if not token:
        raise Problem(404, "Not found", "updates are off: this server has no KG_UPDATE_TOKEN")
    if request.method == "OPTIONS":
        return Response(status=204)
    given = request.headers.get("Authorization", "")
    if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
        raise Problem(
            401,
            "Unauthorized",
            "send the update token as 'Authorization: Bearer TOKEN'",
            headers={"WWW-Authenticate": 'Bearer realm="sparql-update"'},
        )
    text = read_update()
    if sparql_text.form(text) == "LOAD":
        raise Problem(400, "Update not allowed", "LOAD would fetch from the web; publish records with kg build")
    refused = sparql_text.forbidden_services(text, settings().service_allow)
    if refused:
        raise Problem(400, "Update not allowed", f"SERVICE {refused[0]} is not allowed")
    try:
        store().update(text)
    except (SyntaxError, QueryError) as err:
        raise Problem(400, "SPARQL Update error", str(err)) from None
    except QueryTimeout as err:
        raise over_time(err, "Update") from None
    except StoreError as err:
        raise unavailable(err) from None
    return Response(status=204)


def read_update() -> str:
    if request.mimetype == UPDATE_MEDIA_TYPE:
        updates = [request.get_data(as_text=True)]
    elif request.mimetype == "application/x-www-form-urlencoded":
        updates = request.form.getlist("update")
        if request.form.getlist("query"):
            raise Problem(400, "Bad request", "give 'update', not 'query', to the update endpoint")
    else:
        raise Problem(
            415,
            "Unsupported media type",
            "POST application/sparql-update or application/x-www-form-urlencoded with 'update'",
        )
    if len(updates) != 1 or not updates[0].strip():
        raise Problem(400, "Bad request", "give exactly one non-empty 'update'")
    return updates[0]


@blueprint.after_app_request
def allow_cross_origin(response: Response) -> Response:
    if request.path.startswith("/sparql"):
        response.headers.update(CORS_HEADERS)
    return response


def query_page(endpoint: str) -> str:
    return render_template(
        "sparql.html",
        endpoint=endpoint,
        base=base(),
        examples=example_queries(base(), sample()),
        formats=download_formats(),
    )


def sample() -> dict[str, str]:
    """A busy speaker and one of their events, so the examples find something in any dataset (once per release)."""
    try:
        release = store().release()
        cached = current_app.extensions.get("kg.sparql_sample")
        if release is None or (cached and cached[0] == release.id):
            return cached[1] if cached else DEFAULT_SAMPLE
        rows = store().select(SAMPLE_QUERY)
    except StoreError:
        return DEFAULT_SAMPLE
    found = {name: str(value) for name, value in rows[0].items()} if rows else DEFAULT_SAMPLE
    current_app.extensions["kg.sparql_sample"] = (release.id, found)
    return found


SAMPLE_QUERY = """PREFIX schema: <https://schema.org/>
SELECT ?name ?event WHERE {
  { SELECT ?person (COUNT(?e) AS ?n) WHERE { ?e schema:performer ?person } GROUP BY ?person ORDER BY DESC(?n) LIMIT 1 }
  ?person schema:name ?name . ?event schema:performer ?person .
} LIMIT 1"""
DEFAULT_SAMPLE = {"name": "Chen Jian", "event": "urn:example:event"}


def download_formats() -> Sequence[dict[str, str]]:
    return [
        {
            "suffix": f.suffix,
            "label": f.label,
            "media_type": f.media_type,
            "kinds": "graph" if f in GRAPH_FORMATS else "solutions",
        }
        for f in (*RESULT_FORMATS, *GRAPH_FORMATS)
    ]


def example_queries(base_iri: str, found: dict[str, str]) -> list[dict[str, str]]:
    names = prefixes(base_iri)
    prologue = "".join(f"PREFIX {p}: <{names[p]}>\n" for p in ("schema", "kg", "xsd"))
    name = found["name"].replace("\\", "\\\\").replace('"', '\\"')
    event = found["event"] if ">" not in found["event"] else DEFAULT_SAMPLE["event"]
    return [
        {"title": title, "query": prologue + body.strip().replace("$name", name).replace("$event", event) + "\n"}
        for title, body in EXAMPLES
    ]


EXAMPLES = (
    (
        "Events of a person",
        """
SELECT ?event ?name ?start ?role WHERE {
  ?person schema:name "$name" .
  ?event kg:participation ?p ; schema:name ?name ; schema:startDate ?start .
  ?p kg:participant ?person ; kg:role ?role .
} ORDER BY STR(?start)""",
    ),
    (
        "Speakers of an event",
        """
SELECT ?speaker ?name ?role ?affiliation WHERE {
  VALUES ?event { <$event> }
  ?event schema:performer ?speaker ; kg:participation ?p .
  ?p kg:participant ?speaker ; kg:role ?role .
  ?speaker schema:name ?name .
  OPTIONAL { ?p kg:statedAffiliation/schema:name ?affiliation }
}""",
    ),
    (
        "Events per year",
        """
SELECT ?year (COUNT(?event) AS ?events) WHERE {
  ?event a schema:Event ; schema:startDate ?start .
  BIND(SUBSTR(STR(?start), 1, 4) AS ?year)
} GROUP BY ?year ORDER BY ?year""",
    ),
    (
        "People most often on stage together",
        """
SELECT ?a ?b (COUNT(?event) AS ?together) WHERE {
  ?event schema:performer ?x, ?y .
  FILTER(STR(?x) < STR(?y))
  ?x schema:name ?a . ?y schema:name ?b .
} GROUP BY ?a ?b ORDER BY DESC(?together) LIMIT 20""",
    ),
    (
        "Everything said about an event (CONSTRUCT)",
        """
CONSTRUCT { ?event ?p ?o } WHERE {
  ?event a schema:Event ; ?p ?o .
} LIMIT 50""",
    ),
)
