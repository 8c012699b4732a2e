"""The home page: the dataset in figures and the latest events."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from kg.errors import StoreError
from server.context import local_path, settings, store, unavailable

blueprint = Blueprint("dataset", __name__)

COUNTS = """
PREFIX schema: <https://schema.org/>
SELECT
  (COUNT(DISTINCT ?event) AS ?events) (COUNT(DISTINCT ?person) AS ?people)
  (COUNT(DISTINCT ?org) AS ?organizations)
WHERE { { ?event a schema:Event } UNION { ?person a schema:Person } UNION { ?org a schema:Organization } }
"""

LATEST = """
PREFIX schema: <https://schema.org/>
SELECT ?event ?name ?start WHERE { ?event a schema:Event ; schema:name ?name ; schema:startDate ?start }
ORDER BY DESC(STR(?start)) LIMIT 20
"""


@blueprint.get("/")
def home() -> str:
    try:
        release = store().release()
        counts = {k: int(v) for k, v in store().select(COUNTS)[0].items()} if release else {}
        events = [{"event": local_path(str(r["event"])), "name": str(r["name"]), "start": str(r["start"])}
                  for r in store().select(LATEST)] if release else []
    except StoreError as err:
        raise unavailable(err) from None
    return render_template("home.html", title=settings().title, release=release, counts=counts,
                           events=events, endpoint=request.host_url + "sparql")
