"""SPARQL 1.1 Protocol: the query operation at /sparql, the update operation at /sparql/update.

/sparql answers GET ?query=, POST form and POST application/sparql-query, honours
default-graph-uri and named-graph-uri, negotiates the answer's format (Accept q-values, or a
`format` parameter for browsers), and without a query gives its service description (RDF) or a
query page (HTML). Safe by default: SERVICE only to allow-listed endpoints, no update, a time
limit (server/query_guard.py), a cap on rows (a top-level LIMIT), a cap on body size (413).
Answers are cached per release with a weak ETag (server/answer_cache.py). The query operation
itself is server/query_operation.py; a query request is answered in front of Flask
(server/lean_path.py, or server/fast_path.py for a request repeated byte for byte), and reaches
this view only for what those leave to it (the query page, the service description, OPTIONS,
unusual bodies, problems to render). Updates run under the same time limit.

Status codes: 400 malformed or refused query, 406 no acceptable format, 413 body too large,
415 unsupported Content-Type, 503 with Retry-After for a time limit exceeded or a store
unavailable (a remote store's 5xx included); 504 is not used, as the evaluation is ours.
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from pathlib import Path

from flask import Blueprint, Response, current_app, render_template, request

from kg import sparql_text
from kg.config import Settings
from kg.errors import StoreError
from kg.store import QueryError, QueryTimeout
from kg.vocab import prefixes
from server import conneg
from server.answer_cache import REMOTE_SHARE_AFTER_S, SHARE_AFTER_S, AnswerCache
from server.context import base, settings, store, unavailable
from server.fast_path import ANSWER_KEY
from server.formats import HTML, JSONLD, NTRIPLES, RDFXML, TURTLE
from server.lean_path import PROBLEM
from server.problems import Problem
from server.query_operation import (
    CORS_HEADERS,
    GRAPH_FORMATS,
    RESULT_FORMATS,
    UPDATE_MEDIA_TYPE,
    QueryService,
    over_time,
    query_request,
    read_query,
)
from server.service_description import describe_service

blueprint = Blueprint("sparql", __name__)

SERVICE_DESCRIPTION_FORMATS = (TURTLE, HTML, JSONLD, NTRIPLES, RDFXML)


def open_answer_cache(settings: Settings) -> AnswerCache:
    """The app's answer cache, shared on disk with the other processes serving the same store."""
    shared = Path(settings.answer_cache_dir) if settings.answer_cache_dir else settings.store / "answer-cache"
    share_after_s = REMOTE_SHARE_AFTER_S if settings.remote_query else SHARE_AFTER_S
    return AnswerCache(settings.cache_bytes, shared if settings.cache_bytes > 0 else None, share_after_s)


def query_service() -> QueryService:
    return current_app.extensions["kg.query_service"]


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
    found = request.environ.get(PROBLEM)
    if found is not None:
        raise found
    asked = query_request(request)
    query = read_query(asked)
    if query is None:
        try:
            return service_response()
        except conneg.NotAcceptable as err:
            raise Problem(406, "Not acceptable", f"the service description is available as {err}") from None
    reply = query_service().answer(asked, query)
    if reply.key is not None:
        request.environ[ANSWER_KEY] = reply.key  # for the short way (server/fast_path.py)
    return Response(reply.body, status=reply.status, headers=reply.headers)


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
