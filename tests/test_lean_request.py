"""server/query_operation.py environ_request: the lean way reads a /sparql request from the WSGI
environ as werkzeug's Request reads it, without building one (a forwarded query's CPU,
docs/benchmarks.md, session 14)."""

from __future__ import annotations

import io
import sys
from typing import Any
from urllib.parse import urlencode

import pytest
from werkzeug.wrappers import Request

from server.query_operation import FORM_MEDIA_TYPE, QueryRequest, environ_request, query_request
from tests.conftest import LiveServer

QUERY = 'PREFIX schema: <https://schema.org/>\nSELECT ?n WHERE { ?e schema:name ?n FILTER(CONTAINS(?n, "ü&=+%")) }'
FORM_BODY = urlencode({"query": QUERY, "default-graph-uri": ["urn:a", "urn:b"]}, doseq=True).encode()


def environ(method: str, body: bytes = b"", **extra: str) -> dict[str, Any]:
    return {
        "REQUEST_METHOD": method,
        "PATH_INFO": "/sparql",
        "SERVER_NAME": "kg.test",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "CONTENT_LENGTH": str(len(body)) if body else "",
        **extra,
    }


ENVIRONS = [
    environ("GET", QUERY_STRING=urlencode({"query": QUERY, "format": "json"})),
    environ("GET", QUERY_STRING="query=ASK+%7B%7D&&format=&named-graph-uri&=x", HTTP_ACCEPT="text/csv;q=0.5"),
    environ("GET", QUERY_STRING="query=caf\u00c3\u00a9%zz%", HTTP_IF_NONE_MATCH='W/"abc", "def"'),  # raw UTF-8
    environ("head", QUERY_STRING="query=ASK%20%7B%7D"),
    environ("POST", FORM_BODY, CONTENT_TYPE=FORM_MEDIA_TYPE, HTTP_ACCEPT="application/sparql-results+json"),
    environ("POST", FORM_BODY, CONTENT_TYPE=" Application/X-WWW-Form-Urlencoded ; charset=UTF-8", QUERY_STRING="a=b"),
    environ("POST", QUERY.encode(), CONTENT_TYPE="application/sparql-query;charset=utf-8"),
    environ("POST", b"\xffASK {}", CONTENT_TYPE="application/sparql-query"),  # not UTF-8
    environ("POST", FORM_BODY, CONTENT_TYPE="\tapplication/x-www-form-urlencoded"),
    environ("POST", FORM_BODY),  # no Content-Type
]


def read(asked: QueryRequest) -> tuple[Any, ...]:
    return (
        asked.method,
        asked.mimetype,
        list(asked.args.items(multi=True)),
        list(asked.form().items(multi=True)),
        asked.body_text() if asked.mimetype != FORM_MEDIA_TYPE else "",  # a form's body is read as its fields
        asked.accept,
        asked.if_none_match,
        [asked.params(name) for name in ("query", "format", "default-graph-uri", "named-graph-uri")],
    )


@pytest.mark.parametrize("env", ENVIRONS)
def test_the_environ_is_read_as_werkzeugs_request_reads_it(env: dict[str, Any]) -> None:
    body = env["wsgi.input"].getvalue()
    by_werkzeug = read(query_request(Request(dict(env, **{"wsgi.input": io.BytesIO(body)}))))
    assert read(environ_request(env, body)) == by_werkzeug


def test_a_cold_query_is_answered_without_a_werkzeug_request(live: LiveServer, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Request] = []
    original = Request.__init__

    def counted(self: Request, *args: Any, **kwargs: Any) -> None:
        built.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(Request, "__init__", counted)
    body = urlencode({"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o } # no werkzeug Request"}).encode()
    statuses: list[str] = []
    env = environ("POST", body, CONTENT_TYPE=FORM_MEDIA_TYPE, HTTP_ACCEPT="application/sparql-results+json")
    answer = b"".join(live.app(env, lambda status, headers, exc_info=None: statuses.append(status)))
    assert statuses == ["200 OK"] and b'"n"' in answer
    assert built == []
