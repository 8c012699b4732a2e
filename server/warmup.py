"""A server process's first page of each kind costs far more than the next one: templates are
compiled, rdflib's serializer plugins imported, the release's index opened. A worker of the
production server therefore renders one page of each kind before it accepts connections
(server/production.py), so no visitor waits for that.
"""

from __future__ import annotations

import gc
from urllib.parse import quote, urlencode

from flask import Flask

from server import index
from server.formats import DOCUMENT_FORMATS
from server.problems import Problem


def warm(app: Flask) -> list[str]:
    """Compile every template and request one page of each kind through the app (no socket);
    returns the pages that did not answer 200 (an empty store still starts)."""
    for name in app.jinja_env.list_templates():
        app.jinja_env.get_template(name)
    client = app.test_client()
    failed = []
    for path in _pages(app):
        status = client.get(path).status_code
        if status != 200:
            failed.append(f"{path} ({status})")
    return failed


def settle() -> int:
    """What is alive once the worker is warm (modules, the app, compiled templates) lives as long
    as the process: collected once, then frozen out of the cycle collector's generations, so that
    a full collection scans only what requests made since. It scanned every imported module's
    objects, 30-90 ms with every thread of the worker stopped, a few times per thousand first
    renders (docs/benchmarks.md). Returns how many objects were frozen."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


def _pages(app: Flask) -> list[str]:
    """The home page, the browse and search pages, and an event and a person in every format."""
    pages = ["/", "/events", "/topics"]
    with app.test_request_context():
        try:
            event = index.rows("SELECT iri, label, year FROM resources WHERE kind = 'event' LIMIT 1")
            person = index.rows("SELECT iri FROM resources WHERE kind = 'person' LIMIT 1")
        except Problem:  # the store or its index cannot be read: the pages say so themselves
            return pages
    for row in event:
        words = row["label"].split()
        pages += [f"/events?year={row['year']}", "/search?" + urlencode({"q": words[0] if words else "a"})]
        pages += [_doc(row["iri"], f.suffix) for f in DOCUMENT_FORMATS]
    pages += [_doc(row["iri"], "html") for row in person]
    return pages


def _doc(iri: str, suffix: str) -> str:
    kind, slug = iri.rsplit("/id/", 1)[1].split("/", 1)
    return f"/doc/{kind}/{quote(slug)}.{suffix}"
