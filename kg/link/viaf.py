"""VIAF: AutoSuggest for quick cluster summaries, SRU search for cluster records.

AutoSuggest answers `"result": null` when nothing matches. SRU search answers XML (SRU 1.1 with
VIAFCluster records) or, since 2025, JSON whose keys carry changing `nsN:` prefixes and whose
single-item lists are bare objects; both are read. A cluster's sources ("LC|n  78095332",
"WKP|Q692", "ISNI|...") become identifiers of other authorities the record states.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from typing import Any

from kg.errors import SourceUnreachable
from kg.link.http import AuthorityClient
from kg.link.identifiers import Identifier, IdentifierError, parse
from kg.link.match import Candidate
from kg.link.subjects import Subject, inverted
from kg.names import fold

SERVICE = "viaf"
SOURCE_AUTHORITIES = {"LC": "lcnaf", "WKP": "wikidata", "ISNI": "isni", "ORCID": "orcid"}
SUGGEST_KEYS = {"lc": "lcnaf", "wkp": "wikidata", "isni": "isni", "orcid": "orcid"}
NAME_TYPES = {"personal": "person", "corporate": "organization"}
SRU = "{http://www.loc.gov/zing/srw/}"
VIAF = "{http://viaf.org/viaf/terms#}"
SRU_RECORDS = 10


def _ids(pairs: list[tuple[str, str]]) -> tuple[Identifier, ...]:
    found = []
    for authority, value in pairs:
        try:
            found.append(parse(authority, value))
        except IdentifierError:
            continue
    return tuple(dict.fromkeys(found))


def search(client: AuthorityClient, subject: Subject) -> list[Candidate]:
    suggestions = autosuggest(client, fold(subject.name))
    index = "local.personalNames" if subject.kind == "person" else "local.corporateNames"
    query = f'{index} all "{fold(inverted(subject).replace(",", " "))}"'
    response = client.get(
        SERVICE,
        "/search",
        {"query": query, "maximumRecords": str(SRU_RECORDS), "startRecord": "1", "sortKeys": "holdingscount"},
        accept="application/xml",
    )
    try:
        clusters = parse_sru(response.content, response.headers.get("Content-Type", ""))
    except (ValueError, ET.ParseError, AttributeError, IdentifierError) as err:
        raise SourceUnreachable(f"{SERVICE}: {response.url}: the SRU answer cannot be read ({err})") from None
    return [*clusters, *suggestions]


def autosuggest(client: AuthorityClient, text: str) -> list[Candidate]:
    body = client.get_json(SERVICE, "/AutoSuggest", {"query": text})
    candidates = []
    for hit in body.get("result") or []:
        try:
            identifier = parse("viaf", str(hit.get("viafid") or hit.get("recordID") or ""))
        except IdentifierError:
            continue
        heading = str(hit.get("displayForm") or hit.get("term") or "")
        candidates.append(
            Candidate(
                identifier=identifier,
                label=heading,
                service="VIAF AutoSuggest",
                names=(heading,),
                kind=NAME_TYPES.get(str(hit.get("nametype", "")).lower()),
                same_as=_ids([(a, str(hit[k])) for k, a in SUGGEST_KEYS.items() if hit.get(k)]),
            )
        )
    return candidates


def parse_sru(content: bytes, content_type: str) -> list[Candidate]:
    """Cluster records of an SRU searchRetrieve answer, XML or JSON."""
    if "json" in content_type:
        return [_cluster(c) for c in _json_clusters(json.loads(content))]
    root = ET.fromstring(content)
    return [_cluster(_xml_cluster(c)) for c in root.iter(f"{VIAF}VIAFCluster")]


def _strip(value: Any) -> Any:
    """JSON with the `nsN:` prefixes removed from every key."""
    if isinstance(value, dict):
        return {re.sub(r"^ns\d+:", "", k): _strip(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _json_clusters(body: Any) -> list[dict[str, Any]]:
    response = _strip(body).get("searchRetrieveResponse", {})
    records = response.get("records") or {}
    items = _listed(records.get("record")) if isinstance(records, dict) else [r.get("record") for r in records]
    clusters = []
    for record in items:
        cluster = (record or {}).get("recordData", {}).get("VIAFCluster")
        if cluster:
            clusters.append(
                {
                    "id": str(cluster.get("viafID", "")),
                    "name_type": str(cluster.get("nameType", "")),
                    "headings": [
                        str(d.get("text", "")) for d in _listed((cluster.get("mainHeadings") or {}).get("data"))
                    ],
                    "variants": [],
                    "sources": [
                        str(s.get("content", s) if isinstance(s, dict) else s)
                        for s in _listed((cluster.get("sources") or {}).get("source"))
                    ],
                    "born": str(cluster.get("birthDate", "0")),
                    "died": str(cluster.get("deathDate", "0")),
                }
            )
    return clusters


def _xml_cluster(cluster: ET.Element) -> dict[str, Any]:
    def texts(path: str) -> list[str]:
        return [e.text.strip() for e in cluster.iterfind(path) if e.text and e.text.strip()]

    return {
        "id": (cluster.findtext(f"{VIAF}viafID") or "").strip(),
        "name_type": cluster.findtext(f"{VIAF}nameType") or "",
        "headings": texts(f"{VIAF}mainHeadings/{VIAF}data/{VIAF}text"),
        "variants": texts(f"{VIAF}x400s/{VIAF}x400/{VIAF}datafield/{VIAF}subfield[@code='a']"),
        "sources": texts(f"{VIAF}sources/{VIAF}source"),
        "born": cluster.findtext(f"{VIAF}birthDate") or "0",
        "died": cluster.findtext(f"{VIAF}deathDate") or "0",
    }


def _year(text: str) -> int | None:
    return int(text[:4]) if text[:4].isdigit() and int(text[:4]) > 0 else None


def _cluster(cluster: dict[str, Any]) -> Candidate:
    identifier = parse("viaf", cluster["id"])
    headings = cluster["headings"] or [identifier.value]
    sources = [s.partition("|") for s in cluster["sources"]]
    return Candidate(
        identifier=identifier,
        label=headings[0],
        service="VIAF SRU search",
        names=tuple(dict.fromkeys([*headings, *cluster["variants"]])),
        kind=NAME_TYPES.get(cluster["name_type"].lower()),
        born=_year(cluster["born"]),
        died=_year(cluster["died"]),
        description=f"VIAF cluster with {len(sources)} source record(s)",
        same_as=_ids([(SOURCE_AUTHORITIES[code], value) for code, _, value in sources if code in SOURCE_AUTHORITIES]),
    )
