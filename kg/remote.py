"""A remote SPARQL 1.1 store (Oxigraph server, Fuseki, Virtuoso, GraphDB) behind the same interface
as PublishedStore: release(), query(), select(), construct(), describe(), update(), plus publish().

Queries are forwarded with the SPARQL 1.1 Protocol under the same time limit as the embedded
store (counted over the whole answer, not between bytes); a store that does not answer, or
answers 5xx, is a StoreError (the server's 503). The store's default graph must be the union of
its named graphs (Oxigraph: `serve --union-default-graph`; Virtuoso and GraphDB do so by default;
Fuseki: `tdb2:unionDefaultGraph true`).

Which release the store holds is stated in the store itself, in the provenance graph:
`<{base}build/{id}> a prov:Activity ; dcterms:identifier "{id}" ; void:triples N ; void:documents R`.

Publishing (kg build), two ways:
- SPARQL Update (default): one request deletes the previous graphs under {base}graph/ and inserts
  the new ones. Oxigraph and Fuseki run one request as one transaction, so readers see the old
  graph or the new one, never a mixture. Virtuoso applies it statement by statement: not atomic.
- Graph Store Protocol (KG_REMOTE_GSP set): one PUT per graph, then the release statement last.
  Each graph is replaced atomically, the build as a whole is not; use it for stores that refuse
  large update requests.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import requests
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, VOID, XSD
from rdflib.term import Node

from kg import sparql_text
from kg.config import Settings
from kg.errors import StoreError
from kg.query_client import Broken, QueryClient, TooSlow, Unreachable, form_body
from kg.store import (
    DESCRIBE_QUERY,
    LAST_MODIFIED,
    Answer,
    QueryError,
    QueryTimeout,
    Release,
    ReleaseDirectory,
    convert_answer,
    new_graph,
)
from kg.vocab import provenance_graph_iri

CONNECT_TIMEOUT_S = 5.0
PUBLISH_TIMEOUT_S = 3600.0
RELEASE_CHECK_S = 1.0  # how long the release statement read from the store is trusted
# An ordered query whose LIMIT is larger is first sent with this LIMIT: Virtuoso sets up its sort for
# as many rows as the LIMIT names, and the row cap's LIMIT 100000 cost a 10-row "events of a person"
# a fifth more of Virtuoso's CPU (+180-340 µs; LIMIT 10000: +50, LIMIT 100: none; docs/benchmarks.md,
# session 21). Fewer rows back than this is the whole answer; an answer this long is asked again whole.
PROBE_ROWS = 10_000
KIND_OF_FORM = {"SELECT": "solutions", "ASK": "boolean", "CONSTRUCT": "graph", "DESCRIBE": "graph"}
PREFIXES = """PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX void: <http://rdfs.org/ns/void#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
RELEASE_QUERY = (
    PREFIXES
    + """SELECT ?build ?id ?ended ?triples ?records WHERE {
  GRAPH ?g { ?build a prov:Activity ; dcterms:identifier ?id ; prov:endedAtTime ?ended ;
                    void:triples ?triples ; void:documents ?records }
} ORDER BY DESC(?ended) DESC(?id) LIMIT 1"""
)
# Full IRIs: some stores refuse a PREFIX after the ";" that joins it to the client's update.
BUMP_RELEASE = """DELETE { GRAPH ?g { ?build <http://purl.org/dc/terms/identifier> ?id } }
INSERT { GRAPH ?g { ?build <http://purl.org/dc/terms/identifier> ?new } }
WHERE { GRAPH ?g { ?build a <http://www.w3.org/ns/prov#Activity> ; <http://purl.org/dc/terms/identifier> ?id }
        BIND(CONCAT(STRBEFORE(CONCAT(?id, "+"), "+"), "+", "$suffix") AS ?new) }"""


class RemoteStore:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.directory = ReleaseDirectory(settings.store)  # local artifacts of the same builds, if any
        self.session = requests.Session()  # publishing and updates
        self.session.headers["User-Agent"] = "eventkg"
        self._clients: dict[str, QueryClient] = {}  # queries, one client per URL
        self._release: tuple[float, Release | None] | None = None

    # -- reading ---------------------------------------------------------------------------------

    def _post(self, url: str, data: dict[str, Any], accept: str, timeout_s: float) -> tuple[str, bytes]:
        """POST a form; the whole answer must arrive within timeout_s (kg/query_client.py)."""
        client = self._clients.get(url) or self._clients.setdefault(
            url, QueryClient(url, CONNECT_TIMEOUT_S, {"User-Agent": "eventkg"})
        )
        body = form_body(data)
        headers = {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}
        try:
            status, media_type, body = client.post(body, headers, timeout_s)
        except Unreachable as err:
            raise StoreError(f"the remote store {url} cannot be reached ({err})") from None
        except TooSlow:
            raise QueryTimeout(f"the remote store did not answer within {timeout_s:g} s") from None
        except Broken as err:
            raise StoreError(f"the remote store {url} cannot be reached ({err})") from None
        if status == 400:
            raise SyntaxError(body.decode("utf-8", "replace")[:2000])
        if status >= 500 and b"timeout" in body.lower():
            raise QueryTimeout(f"the remote store stopped the query: {body.decode('utf-8', 'replace')[:200]}")
        if status >= 300:
            raise StoreError(f"the remote store {url} answered {status}: {body.decode('utf-8', 'replace')[:300]}")
        return media_type.split(";")[0].strip(), body

    def query(
        self,
        sparql: str,
        choose: Callable[[str], str],
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> Answer:
        kind = KIND_OF_FORM.get(sparql_text.form(sparql) or "", "solutions")
        media_type = choose(kind)
        data = {"query": sparql, "default-graph-uri": default_graphs or [], "named-graph-uri": named_graphs or []}
        started = time.monotonic()
        ordered = kind == "solutions" and sparql_text.may_have_word(sparql, ("ORDER",))
        probe, lowered = sparql_text.cap_rows(sparql, PROBE_ROWS) if ordered else (sparql, False)
        timeout_s = self.settings.query_timeout_s
        returned, body = self._post(self.settings.remote_query, {**data, "query": probe}, media_type, timeout_s)
        rows = rows_at_most(body, returned) if lowered else 0
        if rows is None or rows >= PROBE_ROWS:  # perhaps cut short: the whole query, in the time left
            left = timeout_s - (time.monotonic() - started)
            if left <= 0:
                raise QueryTimeout(f"the remote store did not answer within {timeout_s:g} s")
            returned, body = self._post(self.settings.remote_query, data, media_type, left)
        cost_s = time.monotonic() - started
        if returned != media_type:  # the store does not speak that format: convert what it sent
            try:
                body = convert_answer(body, returned, media_type)
            except (SyntaxError, ValueError) as err:
                raise QueryError(f"the remote store answered {returned}, which cannot be converted: {err}") from None
        return Answer(kind, media_type, body, cost_s)

    def select(self, sparql: str) -> list[dict[str, Node]]:
        _, body = self._post(
            self.settings.remote_query,
            {"query": sparql},
            "application/sparql-results+json",
            self.settings.query_timeout_s,
        )
        return [{name: _term(value) for name, value in row.items()} for row in json.loads(body)["results"]["bindings"]]

    def construct(self, sparql: str) -> Graph:
        _, body = self._post(
            self.settings.remote_query, {"query": sparql}, "application/n-triples", self.settings.query_timeout_s
        )
        return new_graph().parse(data=body.decode("utf-8"), format="nt")

    def describe(self, iri: str) -> Graph:
        return self.construct(DESCRIBE_QUERY.replace("$iri", f"<{iri}>"))

    def last_modified(self, iri: str) -> datetime | None:
        rows = self.select(LAST_MODIFIED.replace("$iri", f"<{iri}>"))
        return datetime.fromisoformat(str(rows[0]["last"])) if rows and "last" in rows[0] else None

    def release(self) -> Release | None:
        """The release the store holds (read at most once a second), with local artifacts when present."""
        now = time.monotonic()
        if self._release is not None and now - self._release[0] < RELEASE_CHECK_S:
            return self._release[1]
        rows = self.select(RELEASE_QUERY)
        release = None
        if rows:
            row = rows[0]
            release_id, build = str(row["id"]), str(row["build"])
            build_id = release_id.split("+")[0]
            local = self.directory.current()
            release = Release(
                release_id,
                self.directory.root / "releases" / build_id,
                self.directory.artifacts(build_id),
                datetime.fromisoformat(str(row["ended"])),
                int(str(row["triples"])),
                int(str(row["records"])),
                build[: build.rindex("build/")],
                local.history if local and local.id == build_id else (build_id,),
            )
        self._release = (now, release)
        return release

    # -- writing ---------------------------------------------------------------------------------

    def _update(self, text: str, timeout_s: float) -> None:
        if not self.settings.remote_update:
            raise StoreError("no update URL for the remote store (set KG_REMOTE_UPDATE)")
        try:
            response = self.session.post(
                self.settings.remote_update,
                data=text.encode("utf-8"),
                headers={"Content-Type": "application/sparql-update"},
                timeout=(CONNECT_TIMEOUT_S, timeout_s),
            )
        except requests.RequestException as err:
            raise StoreError(
                f"the remote store {self.settings.remote_update} cannot be reached ({type(err).__name__})"
            ) from None
        if response.status_code == 400:
            raise SyntaxError(response.text[:2000])
        if response.status_code >= 300:
            raise StoreError(f"the remote store refused the update ({response.status_code}): {response.text[:300]}")
        self._release = None

    def update(self, sparql: str) -> None:
        """Apply an update and mark the release as changed (same request, so the same transaction)."""
        bump = BUMP_RELEASE.replace("$suffix", uuid.uuid4().hex[:8])
        self._update(f"{sparql}\n;\n{bump}", self.settings.query_timeout_s)

    def publish(self, graphs: dict[URIRef, Graph], release_id: str, built_at: datetime, records: int) -> None:
        """Replace the graphs under {base}graph/ with these, and state the release (with its triple count)."""
        base = self.settings.base
        provenance = provenance_graph_iri(base)
        graphs = {
            **graphs,
            provenance: graphs.get(provenance, Graph()) + _release_graph(base, release_id, built_at, 0, records),
        }
        triples = sum(len(graph) for graph in graphs.values())  # the statement may repeat provenance triples
        graphs[provenance].set((URIRef(f"{base}build/{release_id}"), VOID.triples, Literal(triples)))
        if self.settings.remote_gsp:
            self._publish_by_graph(graphs)
            return
        clear = (
            f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
            f'FILTER(STRSTARTS(STR(?g), "{base}graph/")) }}'
        )
        parts = [clear, ";\nINSERT DATA {\n"]
        for iri, graph in graphs.items():
            parts.append(f"GRAPH <{iri}> {{\n{graph.serialize(format='nt')}}}\n")
        parts.append("}\n")
        self._update("".join(parts), PUBLISH_TIMEOUT_S)

    def _publish_by_graph(self, graphs: dict[URIRef, Graph]) -> None:
        base = self.settings.base
        present = {
            str(row["g"])
            for row in self.select(
                f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{base}graph/")) }}'
            )
        }
        provenance = provenance_graph_iri(base)
        for iri, graph in sorted(graphs.items(), key=lambda item: item[0] == provenance):
            try:
                response = self.session.put(
                    self.settings.remote_gsp,
                    params={"graph": str(iri)},
                    data=graph.serialize(format="nt", encoding="utf-8"),
                    headers={"Content-Type": "application/n-triples"},
                    timeout=(CONNECT_TIMEOUT_S, PUBLISH_TIMEOUT_S),
                )
            except requests.RequestException as err:
                raise StoreError(
                    f"the remote store {self.settings.remote_gsp} cannot be reached ({type(err).__name__})"
                ) from None
            if response.status_code >= 300:
                raise StoreError(
                    f"the remote store refused graph {iri} ({response.status_code}): {response.text[:300]}"
                )
        stale = present - {str(iri) for iri in graphs}
        if stale:
            self._update(" ;\n".join(f"DROP SILENT GRAPH <{iri}>" for iri in sorted(stale)), PUBLISH_TIMEOUT_S)
        self._release = None


def _release_graph(base: str, release_id: str, built_at: datetime, triples: int, records: int) -> Graph:
    graph = Graph()
    build = URIRef(f"{base}build/{release_id}")
    graph.add((build, RDF.type, PROV.Activity))
    graph.add((build, DCTERMS.identifier, Literal(release_id)))
    graph.add((build, PROV.endedAtTime, Literal(built_at.astimezone(UTC).isoformat(), datatype=XSD.dateTime)))
    graph.add((build, VOID.triples, Literal(triples)))
    graph.add((build, VOID.documents, Literal(records)))
    return graph


def rows_at_most(body: bytes, media_type: str) -> int | None:
    """At least as many as the solutions in a results document (None for a format not known here),
    counted in C: each JSON solution is an object, each XML one a `<result` element, each CSV or TSV
    one a line (the document's own objects, `<results>` and header line only count more)."""
    if media_type == "application/sparql-results+json":
        return body.count(b"{")
    if media_type == "application/sparql-results+xml":
        return body.count(b"<result")
    if media_type in ("text/csv", "text/tab-separated-values"):
        return body.count(b"\n")
    return None


def _term(value: dict[str, str]) -> Node:
    """A SPARQL JSON results term as an rdflib term."""
    if value["type"] == "uri":
        return URIRef(value["value"])
    if value["type"] == "bnode":
        return BNode(value["value"])
    if "xml:lang" in value:
        return Literal(value["value"], lang=value["xml:lang"])
    return Literal(value["value"], datatype=URIRef(value["datatype"]) if "datatype" in value else None)
