"""The SPARQL 1.1 Protocol's query operation as plain functions: a request's parts in, a reply out.

Both ways a /sparql query can come in use these and nothing else: the Flask view
(server/sparql.py) and the lean WSGI handler in front of Flask (server/lean_path.py). A request is
described by a QueryRequest (what the protocol reads from it); `QueryService.answer` reads the
one query, refuses what the endpoint never does (updates, SERVICE outside the allow-list),
negotiates the format (Accept q-values or `format=`), caps the rows, answers from the cache of
the release or evaluates under the time limit, and returns a Reply with the exact headers. Any
refusal is raised as a Problem (server/problems.py renders it).
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from werkzeug.datastructures import ETags, ImmutableMultiDict, MultiDict
from werkzeug.formparser import FormDataParser
from werkzeug.http import HTTP_STATUS_CODES, parse_etags, remove_entity_headers
from werkzeug.utils import get_content_type
from werkzeug.wrappers import Request

from kg import sparql_text
from kg.config import Settings
from kg.errors import StoreError
from kg.store import Answer, QueryError, QueryTimeout, Release, Store
from server import conneg
from server.answer_cache import AnswerCache, CacheKey
from server.context import unavailable
from server.formats import JSONLD, NQUADS, NTRIPLES, RDFXML, TRIG, TURTLE, Format
from server.problems import Problem

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
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept, If-None-Match, Authorization",
    "Access-Control-Expose-Headers": "ETag, X-SPARQL-MaxRows, Content-Type",
    "Access-Control-Max-Age": "86400",
}
FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
QUERY_MEDIA_TYPE = "application/sparql-query"
UPDATE_MEDIA_TYPE = "application/sparql-update"
RELEASE_KEY = "kg.release"  # WSGI environ entry: the release a request is answered from (set in front)
NO_FIELDS: ImmutableMultiDict[str, str] = ImmutableMultiDict()


@dataclass(frozen=True)
class QueryRequest:
    """What the protocol reads from a request. The form and the body are read only when needed
    (a body too large is refused when it is read, as Flask does)."""

    method: str
    mimetype: str  # the Content-Type without parameters, lower case ("" when there is none)
    args: MultiDict[str, str]
    form: Callable[[], MultiDict[str, str]]  # the urlencoded body's fields (empty for other bodies)
    body_text: Callable[[], str]  # the body as text (UTF-8, bad bytes replaced)
    accept: str | None = None
    if_none_match: str | None = None
    release: Release | None = None  # the release served, when it was looked up in front (server/fast_path.py)

    def params(self, name: str) -> list[str]:
        values = self.args.getlist(name)
        if self.method == "POST" and self.mimetype == FORM_MEDIA_TYPE:
            values += self.form().getlist(name)
        return values


@dataclass(frozen=True)
class Reply:
    """An answer as it is sent: status, headers in order, body (empty for 304; a HEAD's is dropped
    when sent, its Content-Length kept)."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    key: CacheKey | None = None  # set for a cacheable answer (server/fast_path.py remembers it)

    @property
    def status_line(self) -> str:
        return status_line(self.status)


def status_line(status: int) -> str:
    """The WSGI status line, as werkzeug writes it."""
    return f"{status} {HTTP_STATUS_CODES[status].upper()}"


def not_modified_headers(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The headers of a 304 for an answer with `headers`: without its entity headers, as werkzeug sends it."""
    kept = list(headers)
    remove_entity_headers(kept)
    return kept


def query_request(request: Request) -> QueryRequest:
    """A werkzeug (or Flask) request as the query operation reads it (form and body read when asked)."""
    return QueryRequest(
        method=request.method,
        mimetype=request.mimetype,
        args=request.args,
        form=lambda: request.form,
        body_text=lambda: request.get_data(as_text=True),
        accept=request.headers.get("Accept"),
        if_none_match=request.headers.get("If-None-Match"),
        release=request.environ.get(RELEASE_KEY),
    )


def environ_request(environ: dict[str, Any], body: bytes) -> QueryRequest:
    """A WSGI request whose body was read already (the lean way), as the query operation reads it:
    each part read from the environ as werkzeug's Request reads it (tests/test_sparql_lean.py
    compares the two ways), without building one (30 µs of a forwarded query's CPU)."""
    query_string = environ.get("QUERY_STRING", "")
    mimetype = request_mimetype(environ)
    args = form_fields(query_string.encode("latin-1")) if query_string else NO_FIELDS
    fields = form_fields(body) if mimetype == FORM_MEDIA_TYPE else NO_FIELDS
    text = body.decode(errors="replace")  # as Request.get_data(as_text=True)
    return QueryRequest(
        method=environ.get("REQUEST_METHOD", "GET").upper(),
        mimetype=mimetype,
        args=args,
        form=lambda: fields,
        body_text=lambda: text,
        accept=environ.get("HTTP_ACCEPT"),
        if_none_match=environ.get("HTTP_IF_NONE_MATCH"),
        release=environ.get(RELEASE_KEY),
    )


def request_mimetype(environ: dict[str, Any]) -> str:
    """The Content-Type without parameters, lower case, as werkzeug's Request.mimetype reads it."""
    return cast(str, environ.get("CONTENT_TYPE", "")).partition(";")[0].strip(" \t").lower()


def form_fields(body: bytes) -> MultiDict[str, str]:
    """The fields of an application/x-www-form-urlencoded body, as werkzeug's form parser reads them.
    An ASCII body without a backslash (what clients send) is split here and its escapes decoded in
    C, each `%XX` read as the escape `\\xXX` by codecs.escape_decode (as pickle reads its strings):
    a few µs for a query's worth against werkzeug's 40, whose unquote looks each escape up in
    Python. Any other body, one with a `%` that is not an escape, or fields that are not UTF-8, is
    read by werkzeug."""
    if body.isascii() and b"\\" not in body:
        try:
            return ImmutableMultiDict(
                (_unquote_plus(name), _unquote_plus(value))
                for name, _, value in (pair.partition(b"=") for pair in body.split(b"&") if pair)
            )
        except ValueError:  # a % that is not an escape ("invalid \\x escape"), or not UTF-8
            pass
    return FormDataParser(cls=ImmutableMultiDict).parse(io.BytesIO(body), FORM_MEDIA_TYPE, len(body))[1]


def _unquote_plus(field: bytes) -> str:
    """A field of a form body without a backslash, decoded (+ is a space); ValueError for a bad escape."""
    decoded = codecs.escape_decode(field.replace(b"+", b" ").replace(b"%", b"\\x"))[0]
    return cast(bytes, decoded).decode()  # bytes in, bytes out (typeshed says str)


def read_query(request: QueryRequest) -> str | None:
    """The one query of the request, or None when there is none (a GET for the description)."""
    if request.method == "POST" and request.mimetype == UPDATE_MEDIA_TYPE or request.params("update"):
        raise Problem(
            400,
            "Update sent to the query endpoint",
            "this endpoint only answers queries; SPARQL Update goes to POST /sparql/update",
        )
    reading = request.method in ("GET", "HEAD")
    if reading or request.mimetype == FORM_MEDIA_TYPE:
        queries = request.params("query")
    elif request.mimetype == QUERY_MEDIA_TYPE:
        queries = request.args.getlist("query") + [request.body_text()]
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


def check_query(query: str, settings: Settings) -> None:
    """Refuse what the query endpoint never does: updates, and SERVICE outside the allow-list."""
    if sparql_text.is_update(query):
        raise Problem(
            400,
            "Update sent to the query endpoint",
            f"{sparql_text.form(query)} is an update; this endpoint only answers SELECT, ASK, CONSTRUCT and DESCRIBE",
        )
    refused = sparql_text.forbidden_services(query, settings.service_allow)
    if refused:
        allowed = ", ".join(settings.service_allow) or "none (KG_SERVICE_ALLOW is empty)"
        raise Problem(400, "Query not allowed", f"SERVICE {refused[0]} is not allowed; allowed endpoints: {allowed}")


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


def over_time(err: QueryTimeout, what: str) -> Problem:
    """503 for a query or update stopped at the time limit (the same one again fails again; when a
    remote store stopped it under load, a later try may pass)."""
    return Problem(503, f"{what} time limit exceeded", str(err), headers={"Retry-After": "5"})


def _first(values: list[str]) -> str | None:
    """The first value, as MultiDict.get gives it, without the exception get raises inside for a
    missing name (a werkzeug HTTPException, 5 µs)."""
    return values[0] if values else None


@lru_cache(maxsize=64)
def _content_type(media_type: str) -> str:
    return get_content_type(media_type, "utf-8")  # as werkzeug's Response(mimetype=...) writes it


@dataclass(frozen=True)
class QueryService:
    """The query operation over one app's settings, store (embedded under the time limit, or
    remote) and answer cache."""

    settings: Settings
    store: Store
    cache: AnswerCache

    def answer(self, request: QueryRequest, query: str) -> Reply:
        check_query(query, self.settings)
        limited, capped = sparql_text.cap_rows(query, self.settings.max_result_rows)
        kind = KIND_OF_FORM.get(sparql_text.form(query) or "")
        defaults, named = request.params("default-graph-uri"), request.params("named-graph-uri")
        etags = parse_etags(request.if_none_match)
        try:
            answer, key = self._evaluate(request, etags, limited, query, kind, defaults, named)
        except QueryTimeout as err:
            raise over_time(err, "Query") from None
        except StoreError as err:
            raise unavailable(err) from None
        not_modified = key is not None and etags.contains_weak(key.tag)
        body = b"" if not_modified else answer.body
        headers = [
            ("Content-Type", _content_type(answer.media_type)),
            ("Content-Length", str(len(body))),
            ("Vary", "Accept"),
        ]
        if key is not None:
            headers += [("ETag", key.etag), ("Cache-Control", "no-cache")]
        if capped:
            headers.append(("X-SPARQL-MaxRows", str(self.settings.max_result_rows)))
        headers += CORS_HEADERS.items()
        if not_modified:
            return Reply(304, not_modified_headers(headers), b"", key)
        return Reply(200, headers, body, key)

    def _evaluate(
        self,
        request: QueryRequest,
        etags: ETags,
        query: str,
        original: str,
        kind: str | None,
        defaults: list[str],
        named: list[str],
    ) -> tuple[Answer, CacheKey | None]:
        """The answer to `query` (`original` with its rows capped), from the cache when the release
        has it, and its cache key (None when not cacheable)."""
        accept = request.accept
        format_param = _first(request.args.getlist("format")) or _first(request.form().getlist("format"))
        media = {k: choose_format(k, accept, format_param).media_type for k in ((kind,) if kind else ())}

        def choose(answer_kind: str) -> str:
            return media.get(answer_kind) or choose_format(answer_kind, accept, format_param).media_type

        release = request.release or self.store.release()  # one release per request
        if release is None:
            raise StoreError("nothing is published yet; run `kg build`")
        cacheable = self.settings.cache_bytes > 0 and kind is not None and sparql_text.is_cacheable(original)
        key = CacheKey(release.id, query, tuple(defaults), tuple(named), (media[kind],) if kind else ())
        if cacheable:
            if etags.contains_weak(key.tag):
                return Answer(kind or "", media[kind or ""], b""), key
            cached = self.cache.get(key)
            if cached is not None:
                return cached, key
        try:
            answer = self.store.query(query, choose, defaults or None, named or None)
        except SyntaxError as err:
            raise Problem(400, "SPARQL syntax error", str(err)) from None
        except QueryError as err:
            raise Problem(400, "Query cannot be evaluated", str(err)) from None
        if cacheable:
            self.cache.put(key, answer)
        return answer, key if cacheable else None
