"""Every HTTP error is a Problem, rendered as RFC 9457 problem details (HTML for browsers)."""

from __future__ import annotations

import json

from flask import Flask, Response, render_template, request
from werkzeug.exceptions import HTTPException

PROBLEM_JSON = "application/problem+json"


class Problem(Exception):
    def __init__(self, status: int, title: str, detail: str = "", headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{status} {title}: {detail}")
        self.status, self.title, self.detail = status, title, detail
        self.headers = headers or {}


def render(problem: Problem) -> Response:
    """Problem details as JSON, or as an HTML page when the client prefers HTML."""
    wants_html = request.accept_mimetypes.best_match([PROBLEM_JSON, "application/json", "text/html"]) == "text/html"
    if wants_html:
        body = render_template("problem.html", problem=problem)
        response = Response(body, status=problem.status, mimetype="text/html")
    else:
        response = Response(status=problem.status, mimetype=PROBLEM_JSON)
        response.set_data(
            json.dumps(
                {
                    "type": "about:blank",
                    "title": problem.title,
                    "status": problem.status,
                    "detail": problem.detail,
                    "instance": request.path,
                }
            )
        )
    response.headers.update(problem.headers)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def register(app: Flask) -> None:
    app.register_error_handler(Problem, render)

    @app.errorhandler(HTTPException)
    def http_error(err: HTTPException) -> Response:
        return render(Problem(err.code or 500, err.name, err.description or ""))
