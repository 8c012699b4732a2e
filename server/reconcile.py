"""Reconciliation Service API over our own graph: 0.2 at /reconcile (what OpenRefine speaks), the
1.0 draft at /reconcile/v1.

Both share the entity index (built once per release from store.select()), the scoring (kg.names,
as in kg link: 'Jian Chen' finds Chen Jian), suggest, preview and property proposals. They
differ where the specifications do: 0.2 has a manifest with identifierSpace/schemaSpace and
service URLs, takes `queries=` / `extend=` as form or query parameters (JSONP with `callback=`)
and answers objects keyed by query id; 1.0 takes JSON bodies at /match and /extend and answers
lists. Entity ids are our IRI paths, `person/chen-jian`; the view template prefixes `{base}id/`.
Every response allows any origin (CORS).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, Response, current_app, request
from markupsafe import escape

from kg.link.identifiers import SCHEMES
from kg.names import Match, compare, fold, organization_key, spelling_variants
from kg.vocab import kg_namespace, split_iri
from server.context import base, published_release, settings, store
from server.problems import Problem
from server.views import safe_href

blueprint = Blueprint("reconcile", __name__)

TYPES = {"Person": "person", "Organization": "organization", "Event": "event"}
PROPERTIES: dict[str, tuple[str, str, tuple[str, ...], str | None]] = {
    # id: (name, description, kinds it applies to, entity type of its values or None)
    "affiliation": (
        "affiliation",
        "organisations a person was affiliated with at our events, or works for; an event's organisers",
        ("person", "event"),
        "Organization",
    ),
    "events": (
        "events",
        "events the person took part in or the organisation organised or sponsored",
        ("person", "organization"),
        "Event",
    ),
    "date": (
        "date",
        "an event's start; a person's or organisation's event dates",
        ("person", "organization", "event"),
        None,
    ),
    "sameAs": ("sameAs", "authority IRIs accepted by librarians", ("person", "organization"), None),
    **{
        a: (s.label, f"{s.label} identifier accepted by librarians", ("person", "organization"), None)
        for a, s in SCHEMES.items()
    },
}
DEFAULT_LIMIT = 5
MATCH_SCORE = 90  # the top candidate is a match only at this score and with no close second
MATCH_MARGIN = 20
CALLBACK_RE = re.compile(r"^[A-Za-z_$][\w$.]{0,63}$")


@dataclass
class Entry:
    id: str  # person/chen-jian
    kind: str
    name: str
    names: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # job titles, descriptions
    values: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # property id -> values

    @property
    def type(self) -> dict[str, str]:
        name = next(t for t, k in TYPES.items() if k == self.kind)
        return {"id": name, "name": name}

    def add(self, prop: str, value: dict[str, str]) -> None:
        if value not in self.values.setdefault(prop, []):
            self.values[prop].append(value)

    @property
    def description(self) -> str:
        parts = [*self.notes[:1], *(v["name"] for v in self.values.get("affiliation", [])[:2])]
        dates = sorted(v["str"][:10] for v in self.values.get("date", []))
        if dates:
            parts.append(dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}")
        return "; ".join(parts)


INDEX_QUERIES = {
    "entities": "SELECT ?s ?type ?name WHERE { ?s a ?type ; schema:name ?name . "
    "FILTER(?type IN (schema:Person, schema:Organization, schema:Event)) }",
    "names": "SELECT ?s ?o WHERE { ?s schema:alternateName|kg:formerName ?o }",
    "notes": "SELECT ?s ?o WHERE { ?s schema:jobTitle|schema:description ?o }",
    "affiliation": "SELECT ?s ?o WHERE { ?s schema:affiliation|schema:worksFor|schema:organizer ?o }",
    "person_events": "SELECT ?s ?o WHERE { ?o kg:participation/kg:participant ?s }",
    "organization_events": "SELECT ?s ?o WHERE { ?o schema:organizer|schema:sponsor ?s }",
    "date": "SELECT ?s ?o WHERE { ?s a schema:Event ; schema:startDate ?o }",
    "sameAs": "SELECT ?s ?o WHERE { ?s schema:sameAs ?o }",
    "identifier": "SELECT ?s ?scheme ?o WHERE { ?s schema:identifier ?v . ?v schema:propertyID ?scheme ; "
    "schema:value ?o }",
}


def _rows(name: str, base_iri: str) -> list[dict[str, Any]]:
    prologue = f"PREFIX schema: <https://schema.org/>\nPREFIX kg: <{kg_namespace(base_iri)}>\n"
    return store().select(prologue + INDEX_QUERIES[name])


def build_index(base_iri: str) -> dict[str, Entry]:
    """Every person, organisation and event, with the values the service matches and extends."""

    def local(node: Any) -> str | None:
        parts = split_iri(base_iri, str(node))
        return f"{parts[0]}/{parts[1]}" if parts else None

    index: dict[str, Entry] = {}
    for row in _rows("entities", base_iri):
        key, kind = local(row["s"]), TYPES.get(str(row["type"]).rsplit("/", 1)[-1])
        if key and kind and key.startswith(kind + "/"):
            index.setdefault(key, Entry(key, kind, str(row["name"]), [str(row["name"])]))

    def pairs(query: str) -> list[tuple[Entry, Any]]:
        return [(index[k], row["o"]) for row in _rows(query, base_iri) if (k := local(row["s"])) in index]

    for entry, value in pairs("names"):
        entry.names.append(str(value))
    for entry, value in pairs("notes"):
        entry.notes.append(str(value))
    for query, prop in (("affiliation", "affiliation"), ("person_events", "events"), ("organization_events", "events")):
        for entry, value in pairs(query):
            target = index.get(local(value) or "")
            if target is not None:
                entry.add(prop, {"id": target.id, "name": target.name})
    for entry, value in pairs("date"):
        entry.add("date", {"str": str(value)})
    for entry in [e for e in index.values() if e.kind != "event"]:
        for event in entry.values.get("events", []):
            for date in index[event["id"]].values.get("date", []):
                entry.add("date", date)
    for entry, value in pairs("sameAs"):
        entry.add("sameAs", {"str": str(value)})
    for row in _rows("identifier", base_iri):
        key = local(row["s"])
        authority = next((a for a, s in SCHEMES.items() if s.label == str(row["scheme"])), None)
        if key in index and authority:
            index[key].add(authority, {"str": str(row["o"])})
    return index


def index() -> dict[str, Entry]:
    """The index of the served release, built once per release."""
    release = published_release()
    cache = current_app.extensions.setdefault("kg.reconcile", {})
    if cache.get("release") != release.id:
        cache.update(release=release.id, index=build_index(base()))
    return cache["index"]


# --- scoring ---------------------------------------------------------------------------------


def name_score(kind: str, query: str, names: list[str]) -> int:
    """0-100: how well the query names one of the entity's names (order- and initial-aware)."""
    best = 0
    for name in names:
        if kind == "person":
            level = compare(query, name)
            points = (
                100
                if level is Match.SAME
                else 80
                if level is Match.COMPATIBLE
                else 70
                if spelling_variants(query, name)
                else 0
            )
        else:
            a, b = (
                organization_key(query) if kind == "organization" else fold(query),
                organization_key(name) if kind == "organization" else fold(name),
            )
            points = 100 if a == b else 0
        if not points:
            words, theirs = set(fold(query).split()), set(fold(name).split())
            points = int(60 * len(words & theirs) / max(len(words | theirs), 1))
        best = max(best, points)
    return best


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("id") or value.get("name") or "")
    return str(value)


def property_agrees(entry: Entry, pid: str, wanted: Any) -> bool:
    """Whether one of the entity's values of `pid` agrees with a query value (id, name, date prefix)."""
    wanted_values = wanted if isinstance(wanted, list) else [wanted]
    for want in (_text(w) for w in wanted_values):
        for value in entry.values.get(pid, []):
            if pid == "affiliation" or pid == "events":
                if (
                    want == value["id"]
                    or want.endswith("/id/" + value["id"])
                    or organization_key(want) == organization_key(value["name"])
                ):
                    return True
            elif pid == "date":
                if value["str"].startswith(want.strip()[:10]) or want.strip()[:4] == value["str"][:4]:
                    return True
            elif fold(want) in (fold(value["str"]), fold(value["str"].rsplit("/", 1)[-1])):
                return True
    return False


@dataclass
class Query:
    text: str
    kind: str | None
    limit: int
    conditions: list[tuple[str, Any]]  # (property id, wanted value)


def candidates(query: Query) -> list[dict[str, Any]]:
    """Scored candidates, best first; `match` only when the top one is unambiguous."""
    scored: list[dict[str, Any]] = []
    for entry in index().values():
        if query.kind and entry.kind != query.kind:
            continue
        names = name_score(entry.kind, query.text, entry.names) if query.text else 100
        if names == 0:
            continue
        agreeing = [(pid, property_agrees(entry, pid, value)) for pid, value in query.conditions]
        score = names if not agreeing else round(0.7 * names + 30 * sum(a for _, a in agreeing) / len(agreeing))
        features = [
            {"id": "name", "name": "name similarity", "value": names},
            *({"id": pid, "name": f"{pid} agrees", "value": ok} for pid, ok in agreeing),
        ]
        scored.append(
            {
                "id": entry.id,
                "name": entry.name,
                "description": entry.description,
                "score": score,
                "type": [entry.type],
                "features": features,
                "match": False,
            }
        )
    scored.sort(key=lambda c: (-c["score"], c["name"], c["id"]))
    scored = scored[: query.limit]
    if (
        scored
        and scored[0]["score"] >= MATCH_SCORE
        and (len(scored) == 1 or scored[0]["score"] - scored[1]["score"] >= MATCH_MARGIN)
    ):
        scored[0]["match"] = True
    return scored


# --- protocol ---------------------------------------------------------------------------------


def _kind(type_id: Any) -> str | None:
    if isinstance(type_id, list):
        type_id = type_id[0] if type_id else None
    if type_id in (None, ""):
        return None
    kind = TYPES.get(str(type_id).rsplit("/", 1)[-1].removeprefix("schema:"))
    if kind is None:
        raise Problem(400, "Unknown type", f"type {type_id!r}; types are {', '.join(TYPES)}")
    return kind


def _limit(value: Any) -> int:
    try:
        limit = int(value) if value not in (None, "") else DEFAULT_LIMIT
    except (TypeError, ValueError):
        raise Problem(400, "Bad limit", f"limit {value!r} is not a number") from None
    return max(1, min(limit, 100))


def query_v02(spec: Any) -> Query:
    if not isinstance(spec, dict):
        raise Problem(400, "Invalid reconciliation query", "each query is a JSON object with a 'query' field")
    conditions = [(str(p.get("pid")), p.get("v")) for p in spec.get("properties") or [] if isinstance(p, dict)]
    return Query(str(spec.get("query") or ""), _kind(spec.get("type")), _limit(spec.get("limit")), conditions)


def query_v1(spec: Any) -> Query:
    if not isinstance(spec, dict) or not isinstance(spec.get("conditions"), list):
        raise Problem(400, "Invalid reconciliation query", "each query is an object with a 'conditions' list")
    names = [c.get("propertyValue") for c in spec["conditions"] if c.get("matchType") == "name"]
    conditions = [
        (str(c.get("propertyId")), c.get("propertyValue"))
        for c in spec["conditions"]
        if c.get("matchType") == "property"
    ]
    return Query(_text(names[0]) if names else "", _kind(spec.get("type")), _limit(spec.get("limit")), conditions)


def _json_param(name: str) -> Any:
    raw = request.values.get(name, "")
    try:
        return json.loads(raw)
    except ValueError as err:
        raise Problem(400, f"Invalid {name}", f"the {name} parameter is not JSON ({err})") from None


def _json_body() -> Any:
    body = request.get_json(silent=True)
    if body is None:
        raise Problem(
            415 if not request.is_json else 400,
            "Expected a JSON body",
            'POST application/json, e.g. {"queries": [...]}',
        )
    return body


def reply(payload: Any) -> Response:
    """JSON, or JSONP when a `callback` is given (0.2 only)."""
    callback = request.args.get("callback")
    text = json.dumps(payload, ensure_ascii=False)
    if callback is not None:
        if not CALLBACK_RE.match(callback):
            raise Problem(400, "Bad callback", "a JSONP callback is a JavaScript identifier")
        return Response(f"/**/{callback}({text});", mimetype="application/javascript")
    return Response(text, mimetype="application/json")


@blueprint.after_request
def cors(response: Response) -> Response:
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept"
    return response


def manifest_v02() -> dict[str, Any]:
    root = request.url_root.rstrip("/") + "/reconcile"
    service = {"service_url": root, "service_path": ""}
    return {
        "versions": ["0.2"],
        "name": settings().title,
        "identifierSpace": f"{base()}id/",
        "schemaSpace": "https://schema.org/",
        "view": {"url": f"{base()}id/{{{{id}}}}"},
        "defaultTypes": [{"id": t, "name": t} for t in TYPES],
        "preview": {"url": f"{root}/preview?id={{{{id}}}}", "width": 400, "height": 120},
        "suggest": {kind: {**service, "service_path": f"/suggest/{kind}"} for kind in ("entity", "type", "property")},
        "extend": {"propose_properties": {**service, "service_path": "/extend/propose"}, "property_settings": []},
    }


def manifest_v1() -> dict[str, Any]:
    return {
        "versions": ["1.0-draft"],
        "name": settings().title,
        "view": {"url": f"{base()}id/{{+id}}"},
        "defaultTypes": [{"id": t, "name": t} for t in TYPES],
        "standardizedScore": True,
        "preview": {"width": 400, "height": 120},
        "suggest": {"entity": True, "property": True, "type": True},
        "extend": {"proposeProperties": True, "propertySettings": []},
        "batchSize": 50,
    }


@blueprint.route("/reconcile", methods=["GET", "POST"])
def reconcile_v02() -> Response:
    if "queries" in request.values:
        batch = _json_param("queries")
        if not isinstance(batch, dict):
            raise Problem(400, "Invalid queries", "queries is a JSON object of query id -> query")
        return reply({key: {"result": candidates(query_v02(spec))} for key, spec in batch.items()})
    if "extend" in request.values:
        rows, meta = extend(_json_param("extend"))
        return reply({"meta": meta, "rows": {i: {p: v for p, v in props} for i, props in rows}})
    return reply(manifest_v02())


@blueprint.get("/reconcile/v1")
def manifest() -> Response:
    return Response(json.dumps(manifest_v1()), mimetype="application/json")


@blueprint.post("/reconcile/v1/match")
def match_v1() -> Response:
    body = _json_body()
    if not isinstance(body, dict) or not isinstance(body.get("queries"), list):
        raise Problem(400, "Invalid queries", 'the body is {"queries": [query, ...]}')
    results = [{"candidates": candidates(query_v1(q))} for q in body["queries"]]
    return Response(json.dumps({"results": results}), mimetype="application/json")


@blueprint.post("/reconcile/v1/extend")
def extend_v1() -> Response:
    rows, meta = extend(_json_body())
    payload = {
        "meta": meta,
        "rows": [{"id": i, "properties": [{"id": p, "values": v} for p, v in props]} for i, props in rows],
    }
    return Response(json.dumps(payload), mimetype="application/json")


def extend(spec: Any) -> tuple[list[tuple[str, list[tuple[str, list[dict[str, str]]]]]], list[dict[str, Any]]]:
    """(rows of (id, [(property, values)]), meta) for a data extension query."""
    if (
        not isinstance(spec, dict)
        or not isinstance(spec.get("ids"), list)
        or not isinstance(spec.get("properties"), list)
    ):
        raise Problem(400, "Invalid extension query", 'expected {"ids": [...], "properties": [{"id": ...}]}')
    pids = [str(p.get("id")) for p in spec["properties"] if isinstance(p, dict)]
    unknown = [p for p in pids if p not in PROPERTIES]
    if unknown:
        raise Problem(400, "Unknown property", f"{', '.join(unknown)}; properties are {', '.join(PROPERTIES)}")
    entries = index()
    rows = []
    for raw in spec["ids"]:
        entity = str(raw).removeprefix(f"{base()}id/")
        entry = entries.get(entity)
        rows.append((str(raw), [(p, list(entry.values.get(p, [])) if entry else []) for p in pids]))
    meta = []
    for pid in pids:
        name, _, _, value_type = PROPERTIES[pid]
        meta.append(
            {"id": pid, "name": name, **({"type": {"id": value_type, "name": value_type}} if value_type else {})}
        )
    return rows, meta


def _page(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    offset = request.args.get("offset", request.args.get("cursor", "0"))
    start = int(offset) if offset.isdigit() else 0
    return items[start : start + _limit(request.args.get("limit"))]


def suggest_entity() -> Response:
    prefix = fold(request.args.get("prefix", ""))
    found: list[dict[str, Any]] = []
    for entry in index().values():
        texts = [fold(n) for n in entry.names]
        if (
            not prefix
            or entry.id == request.args.get("prefix")
            or any(t.startswith(prefix) or f" {prefix}" in f" {t}" for t in texts)
        ):
            found.append(
                {"id": entry.id, "name": entry.name, "description": entry.description, "notable": [entry.type]}
            )
    found.sort(key=lambda e: (not fold(e["name"]).startswith(prefix), e["name"]))
    return reply({"result": _page(found)})


def suggest_type() -> Response:
    prefix = fold(request.args.get("prefix", ""))
    return reply({"result": _page([{"id": t, "name": t} for t in TYPES if fold(t).startswith(prefix)])})


def suggest_property() -> Response:
    prefix = fold(request.args.get("prefix", ""))
    found = [
        {"id": p, "name": name, "description": text}
        for p, (name, text, _, _) in PROPERTIES.items()
        if fold(p).startswith(prefix) or fold(name).startswith(prefix)
    ]
    return reply({"result": _page(found)})


def propose_properties() -> Response:
    kind = _kind(request.args.get("type")) or "person"
    properties = [
        {"id": p, "name": name, "description": text}
        for p, (name, text, kinds, _) in PROPERTIES.items()
        if kind in kinds
    ]
    limit = _limit(request.args.get("limit", str(len(properties))))
    type_id = request.args.get("type") or "Person"
    return reply({"type": type_id, "properties": properties[:limit], "limit": limit})


def preview() -> Response:
    """A small HTML card: name, type, description, events and authority links."""
    entity = request.args.get("id", "").removeprefix(f"{base()}id/")
    entry = index().get(entity)
    if entry is None:
        raise Problem(404, "Not found", f"no entity {entity!r}; ids look like person/chen-jian")
    events = "".join(f"<li>{escape(e['name'])}</li>" for e in entry.values.get("events", [])[:3])
    links = "".join(
        f'<li><a href="{escape(v["str"])}" target="_blank">{escape(v["str"])}</a></li>'
        if safe_href(v["str"])
        else f"<li>{escape(v['str'])}</li>"
        for v in entry.values.get("sameAs", [])
    )  # no javascript: links
    html = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(entry.name)}</title>'
        "<style>body{font:0.9em/1.3 sans-serif;margin:0.4em}h1{font-size:1.1em;margin:0}"
        "ul{margin:0.2em 0;padding-left:1.2em}</style></head><body>"
        f'<h1><a href="{escape(base())}id/{escape(entry.id)}" target="_blank">{escape(entry.name)}</a></h1>'
        f"<p>{escape(entry.type['name'])}{': ' if entry.description else ''}{escape(entry.description)}</p>"
        f"{f'<ul>{events}</ul>' if events else ''}{f'<ul>{links}</ul>' if links else ''}</body></html>"
    )
    return Response(html, mimetype="text/html")


SHARED: dict[str, Callable[[], Response]] = {
    "suggest/entity": suggest_entity,
    "suggest/type": suggest_type,
    "suggest/property": suggest_property,
    "extend/propose": propose_properties,
    "preview": preview,
}
for _path, _view in SHARED.items():
    for _prefix in ("/reconcile", "/reconcile/v1"):
        blueprint.add_url_rule(
            f"{_prefix}/{_path}",
            f"{_prefix.strip('/').replace('/', '_')}_{_path}".replace("/", "_"),
            _view,
            methods=["GET"],
        )
