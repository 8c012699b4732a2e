"""Records that are already RDF (Turtle, N-Triples, JSON-LD in schema.org terms): one file, one record.

They go through the same shapes and gate as YAML records. Nothing is fetched while parsing:
a JSON-LD @context must be inline or schema.org's (replaced by an inline equivalent), and
http://schema.org/ terms are read as https://schema.org/.
"""

from __future__ import annotations

import json
import re
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.errors import RecordError
from kg.records import RDF_SUFFIXES, RecordFile
from kg.vocab import HTTP_SCHEMA, SCHEMA

SCHEMA_CONTEXTS = {"http://schema.org", "https://schema.org", "http://schema.org/", "https://schema.org/"}
INLINE_SCHEMA_CONTEXT = {"@vocab": str(SCHEMA)}
MAX_JSON_DEPTH = 64
DATE_PROPERTIES = {SCHEMA.startDate, SCHEMA.endDate, SCHEMA.datePublished}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")


def load_rdf_record(file: RecordFile) -> Graph:
    """Parse an RDF record; a RecordError names the file and what is wrong."""
    syntax = RDF_SUFFIXES[file.suffix]
    try:
        text = file.content.decode("utf-8")
    except UnicodeDecodeError as err:
        raise RecordError(file.relative, f"not UTF-8 text (byte {err.start})") from None
    if syntax == "json-ld":
        text = json.dumps(_offline_context(file.relative, text))
    graph = Graph()
    try:
        graph.parse(data=text, format=syntax)
    except Exception as err:  # rdflib raises many parser-specific types; all mean bad syntax
        raise RecordError(file.relative, f"cannot parse as {syntax}: {err}") from None
    graph = _normalise(graph)
    if not any(graph.subjects(RDF.type, SCHEMA.Event)):
        raise RecordError(file.relative, "no schema:Event in this RDF record")
    return graph


def _offline_context(source: str, text: str) -> Any:
    """The JSON-LD document with schema.org contexts made inline; any other remote context refused."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        raise RecordError(source, f"line {err.lineno}, column {err.colno}: invalid JSON: {err.msg}") from None
    except RecursionError:
        raise RecordError(source, "JSON nested too deeply") from None

    def walk(node: Any, depth: int) -> Any:
        if depth > MAX_JSON_DEPTH:
            raise RecordError(source, f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
        if isinstance(node, list):
            return [walk(item, depth + 1) for item in node]
        if not isinstance(node, dict):
            return node
        result = {key: walk(value, depth + 1) for key, value in node.items() if key != "@context"}
        if "@context" in node:
            result["@context"] = _inline(source, node["@context"])
        return result

    return walk(document, 0)


def _inline(source: str, context: Any) -> Any:
    if isinstance(context, list):
        return [_inline(source, item) for item in context]
    if isinstance(context, str):
        if context.rstrip("/") + "/" in {c.rstrip("/") + "/" for c in SCHEMA_CONTEXTS}:
            return INLINE_SCHEMA_CONTEXT
        raise RecordError(source, f"remote JSON-LD context {context!r} is not fetched; inline it")
    return context


def _normalise(graph: Graph) -> Graph:
    """http://schema.org/ read as https://schema.org/; untyped schema.org dates typed.

    schema.org's own JSON-LD context leaves startDate a plain string, so "2020-02-02" is read as
    xsd:date and "2020-02-02T10:00:00+01:00" as xsd:dateTime, as crawlers read them.
    """

    def fix(term: Any) -> Any:
        if isinstance(term, URIRef) and str(term).startswith(HTTP_SCHEMA):
            return URIRef(str(SCHEMA) + str(term)[len(HTTP_SCHEMA) :])
        return term

    fixed = Graph()
    for s, p, o in graph:
        p = fix(p)
        if p in DATE_PROPERTIES and isinstance(o, Literal) and o.datatype in (None, XSD.string):
            o = _typed_date(o)
        fixed.add((fix(s), p, fix(o)))
    return fixed


def _typed_date(value: Literal) -> Literal:
    text = str(value)
    if _DATE.match(text):
        return Literal(text, datatype=XSD.date)
    if _DATETIME.match(text):
        return Literal(text, datatype=XSD.dateTime)
    return value
