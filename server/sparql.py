"""SPARQL 1.1 Protocol, query operation: GET ?query=, POST form, POST application/sparql-query."""

from __future__ import annotations

import re

from flask import Blueprint, Response, request

from kg.errors import StoreError
from server import conneg
from server.context import store, unavailable
from server.formats import Format
from server.problems import Problem

blueprint = Blueprint("sparql", __name__)

RESULT_FORMATS = (
    Format("application/sparql-results+json", "json", "", "JSON"),
    Format("application/sparql-results+xml", "xml", "", "XML"),
    Format("text/csv", "csv", "", "CSV"),
    Format("text/tab-separated-values", "tsv", "", "TSV"),
)
GRAPH_FORMATS = (
    Format("text/turtle", "ttl", "turtle", "Turtle"),
    Format("application/ld+json", "jsonld", "json-ld", "JSON-LD"),
    Format("application/n-triples", "nt", "nt", "N-Triples"),
    Format("application/rdf+xml", "rdf", "xml", "RDF/XML"),
)

# Strings, IRIs and comments removed, so keywords are found only where they are keywords.
_NOT_KEYWORDS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                           r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*")
_FORBIDDEN = re.compile(r"\b(SERVICE|LOAD|INSERT|DELETE|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)


def forbidden_keyword(query: str) -> str | None:
    """SERVICE or an update keyword in the query, ignoring strings, IRIs and comments."""
    match = _FORBIDDEN.search(_NOT_KEYWORDS.sub(" ", query))
    return match.group(1).upper() if match else None


def _query_text() -> str:
    if request.method == "GET":
        queries = request.args.getlist("query")
    elif request.mimetype == "application/x-www-form-urlencoded":
        queries = request.form.getlist("query")
    elif request.mimetype == "application/sparql-query":
        queries = [request.get_data(as_text=True)]
    else:
        raise Problem(415, "Unsupported media type",
                      "POST a query as application/x-www-form-urlencoded or application/sparql-query")
    if len(queries) != 1 or not queries[0].strip():
        raise Problem(400, "Bad request", "give exactly one 'query' parameter")
    return queries[0]


@blueprint.route("/sparql", methods=["GET", "POST"])
def endpoint() -> Response:
    query = _query_text()
    keyword = forbidden_keyword(query)
    if keyword:
        raise Problem(400, "Query not allowed", f"{keyword} is not allowed on this query endpoint")
    accept = request.headers.get("Accept")

    def choose(kind: str) -> str:
        offered = GRAPH_FORMATS if kind == "graph" else RESULT_FORMATS
        try:
            return conneg.choose(accept, offered).media_type
        except conneg.NotAcceptable as err:
            raise Problem(406, "Not acceptable", "available as " + str(err)) from None

    try:
        answer = store().query(query, choose)
    except StoreError as err:
        raise unavailable(err) from None
    except SyntaxError as err:
        raise Problem(400, "SPARQL syntax error", str(err)) from None
    response = Response(answer.body, mimetype=answer.media_type)
    response.headers["Vary"] = "Accept"
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response
