"""ORCID: the public API's expanded search, for people only.

Queried by family and given names (both orders when our record does not say which is which);
`expanded-result` may be null or a list. Institution names are the record's affiliations.
"""

from __future__ import annotations

from kg.link.http import AuthorityClient
from kg.link.identifiers import IdentifierError, parse
from kg.link.match import Candidate
from kg.link.subjects import Subject, family_and_given

SERVICE = "orcid"
ROWS = 10


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", " ").replace('"', " ") + '"'


def query(subject: Subject) -> str | None:
    """`family-name:"Smith" AND given-names:"Hazel"`, OR-ed over the plausible splits."""
    splits = family_and_given(subject)
    if not splits:
        return None
    clauses = [f"(family-name:{_quoted(f)} AND given-names:{_quoted(g)})" for f, g in splits]
    return " OR ".join(clauses) if len(clauses) > 1 else clauses[0][1:-1]


def search(client: AuthorityClient, subject: Subject) -> list[Candidate]:
    solr = query(subject) if subject.kind == "person" else None
    if solr is None:
        return []
    body = client.get_json(SERVICE, "/expanded-search/", {"q": solr, "rows": str(ROWS), "start": "0"})
    candidates = []
    for hit in body.get("expanded-result") or []:
        try:
            identifier = parse("orcid", str(hit.get("orcid-id") or ""))
        except IdentifierError:
            continue
        full = " ".join(str(p) for p in (hit.get("given-names"), hit.get("family-names")) if p)
        names = tuple(dict.fromkeys(n for n in (full, hit.get("credit-name"), *(hit.get("other-name") or [])) if n))
        institutions = tuple(str(i) for i in hit.get("institution-name") or [])
        candidates.append(
            Candidate(
                identifier=identifier,
                label=full or identifier.value,
                service="ORCID expanded search",
                description="; ".join(institutions),
                names=names,
                kind="person",
                affiliations=institutions,
            )
        )
    return candidates
