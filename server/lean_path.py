"""The lean way through for a /sparql query: a plain WSGI handler in front of Flask.

A query request seen for the first time (GET or HEAD with `query=`, POST of a form or of
application/sparql-query) is read from the WSGI environ as werkzeug's Request reads it and answered by the same query
operation the Flask view uses (server/query_operation.py), without Flask's request handling
(about 0.7 ms of CPU per request, measured). Everything else goes to Flask untouched: other
paths and methods, a request without a query (query page, service description), a body that is
too large, of another type or of unknown length. A refusal found here (400, 406, 415, 503, ...)
is handed to the Flask view in the environ and raised there, so that problems are rendered in
one place; the query is not evaluated twice.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterable
from typing import Any

from werkzeug.exceptions import InternalServerError

from server.fast_path import ANSWER_KEY
from server.problems import Problem
from server.query_operation import (
    FORM_MEDIA_TYPE,
    QUERY_MEDIA_TYPE,
    QueryService,
    environ_request,
    read_query,
    request_mimetype,
)

PROBLEM = "kg.sparql.problem"  # WSGI environ entry: a Problem found here, for the Flask view to raise
BODY = "kg.body"  # WSGI environ entry: the body read here, given again to Flask when it takes over
BODY_TYPES = (FORM_MEDIA_TYPE, QUERY_MEDIA_TYPE)
log = logging.getLogger("server.app")  # Flask's app.logger, which logs the errors of the full way

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class LeanQueries:
    def __init__(self, app: WSGIApp, service: QueryService) -> None:
        self.app, self.service = app, service
        self.max_body_bytes = service.settings.max_request_bytes

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        body = self._body(environ)
        if body is None:
            return self.app(environ, start_response)
        try:
            asked = environ_request(environ, body)
            query = read_query(asked)
            if query is None:
                return self._full_way(environ, start_response, None)
            reply = self.service.answer(asked, query)
        except Problem as problem:
            return self._full_way(environ, start_response, problem)
        except Exception:  # noqa: BLE001 - as Flask: logged, answered 500
            log.exception("Exception on %s [%s]", environ.get("PATH_INFO"), environ.get("REQUEST_METHOD"))
            error = InternalServerError()
            return self._full_way(environ, start_response, Problem(error.code, error.name, error.description))
        if reply.key is not None:
            environ[ANSWER_KEY] = reply.key  # for the short way (server/fast_path.py)
        start_response(reply.status_line, reply.headers)
        return [] if asked.method == "HEAD" or reply.status == 304 else [reply.body]

    def _body(self, environ: dict[str, Any]) -> bytes | None:
        """The request's body (empty for a GET or HEAD) when it is a request the lean way takes; else None."""
        method = environ.get("REQUEST_METHOD")
        if environ.get("PATH_INFO") != "/sparql" or method not in ("GET", "HEAD", "POST"):
            return None
        length = environ.get("CONTENT_LENGTH") or ""
        if method != "POST":
            return b"" if length in ("", "0") else None
        if not length.isdigit() or int(length) > self.max_body_bytes:
            return None  # Flask answers 413, or reads a body of unknown length (chunked) to its end
        if request_mimetype(environ) not in BODY_TYPES:
            return None
        body: bytes = environ["wsgi.input"].read(int(length))
        environ[BODY] = body
        environ["wsgi.input"] = io.BytesIO(body)
        return body

    def _full_way(self, environ: dict[str, Any], start_response: StartResponse, problem: Problem | None) -> Any:
        if BODY in environ:
            environ["wsgi.input"] = io.BytesIO(environ[BODY])  # Flask reads the body again
        if problem is not None:
            environ[PROBLEM] = problem
        return self.app(environ, start_response)
