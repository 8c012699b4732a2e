"""server/query_operation.py form_fields: a form body's fields as werkzeug reads them, the usual
body decoded without werkzeug's Python unquote (a forwarded query's CPU, docs/benchmarks.md)."""

from __future__ import annotations

import io
from urllib.parse import quote, urlencode

import pytest
from werkzeug import formparser
from werkzeug.datastructures import ImmutableMultiDict, MultiDict
from werkzeug.formparser import FormDataParser

from server.query_operation import FORM_MEDIA_TYPE, form_fields

QUERY = 'PREFIX schema: <https://schema.org/>\nSELECT ?n WHERE { ?e schema:name ?n FILTER(CONTAINS(?n, "ü&=+%")) }'
BODIES = [
    urlencode({"query": QUERY}).encode(),
    urlencode({"query": QUERY, "default-graph-uri": ["urn:a", "urn:b"], "format": "json"}, doseq=True).encode(),
    b"query=" + quote(QUERY, safe="").encode(),  # %20 for spaces
    b"query=" + ("%" + QUERY.encode().hex("%")).encode(),  # every byte escaped, as kg/query_client.py sends
    b"query=ASK+%7B%7D&&format=&named-graph-uri&=x",  # empty pairs, no value, no '=', no name
    b"query=%5Cx41+%5C%5C",  # escaped backslashes stay backslashes
    b"query=ASK %7b%7D",  # a raw space, lower-case hex
    b"query=100%+sure&x=%4",  # '%' that is no escape: werkzeug's reading
    b"query=%zz%",
    b"query=%FF%FE",  # escapes that are not UTF-8
    b"query=ASK\\x41",  # a raw backslash
    "query=caf\u00e9".encode(),  # raw UTF-8
    b"query=\xff",  # not UTF-8 at all
    b"query=a=b=c",
]


def werkzeug_fields(body: bytes) -> MultiDict[str, str]:
    return FormDataParser(cls=ImmutableMultiDict).parse(io.BytesIO(body), FORM_MEDIA_TYPE, len(body))[1]


@pytest.mark.parametrize("body", BODIES)
def test_the_fields_are_werkzeugs(body: bytes) -> None:
    assert list(form_fields(body).items(multi=True)) == list(werkzeug_fields(body).items(multi=True))


def test_a_usual_body_is_decoded_without_werkzeug(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("werkzeug's parse_qsl was used")

    monkeypatch.setattr(formparser, "parse_qsl", refuse)
    assert form_fields(BODIES[1]).getlist("default-graph-uri") == ["urn:a", "urn:b"]
    assert form_fields(BODIES[3])["query"] == QUERY
