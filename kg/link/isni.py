"""ISNI: SRU search of the public brief records (isni-b) by name.

The server labels its answers Latin-1 but sends UTF-8; the bytes are parsed as the XML
declaration says. Other identifiers in a record (LC, ORCID, VIAF, Wikidata) are kept as evidence.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from kg.link.http import AuthorityClient
from kg.link.identifiers import Identifier, IdentifierError, from_iri, parse
from kg.link.match import Candidate
from kg.link.subjects import Subject, inverted

SERVICE = "isni"
RECORDS = 10
OTHER_IDS = {"LC": "lcnaf", "ORCID": "orcid", "VIAF": "viaf", "WKP": "wikidata"}


def search(client: AuthorityClient, subject: Subject) -> list[Candidate]:
    name = inverted(subject).replace('"', " ")
    root = client.get_xml(
        SERVICE,
        "",
        {
            "operation": "searchRetrieve",
            "version": "1.1",
            "query": f'pica.na="{name}"',
            "recordSchema": "isni-b",
            "maximumRecords": str(RECORDS),
            "startRecord": "1",
            "recordPacking": "xml",
            "sortKeys": "RLV,pica,0,,",
        },
    )
    return [c for record in root.iter("ISNIAssigned") if (c := _record(record))]


def _text(element: ET.Element, path: str) -> str:
    return (element.findtext(path) or "").strip()


def _name(element: ET.Element) -> str:
    return " ".join(p for p in (_text(element, "forename"), _text(element, "surname")) if p)


def _record(record: ET.Element) -> Candidate | None:
    try:
        identifier = parse("isni", _text(record, "isniUnformatted"))
    except IdentifierError:
        return None
    person = record.find("ISNIMetadata/identity/personOrFiction")
    organisation = record.find("ISNIMetadata/identity/organisation")
    if person is not None:
        names = [_name(n) for n in (*person.iterfind("personalName"), *person.iterfind("personalNameVariant"))]
        kind = "person"
        dates = [_text(n, "marcDate") for n in person.iterfind("personalName")]
        titles = [t.text.strip().lstrip("@") for t in person.iterfind("creativeActivity/titleOfWork/title") if t.text]
    elif organisation is not None:
        names = [_text(n, "mainName") for n in organisation.iterfind("organisationName")]
        kind, dates, titles = "organization", [], []
    else:
        return None
    names = [n for n in dict.fromkeys(names) if n]
    born = next((int(d[:4]) for d in dates if d[:4].isdigit()), None)
    return Candidate(
        identifier=identifier,
        label=names[0] if names else identifier.value,
        service="ISNI SRU search",
        description="; ".join(titles[:3]),
        names=tuple(names),
        kind=kind,
        born=born,
        fields=tuple(titles),
        same_as=_other_ids(record),
    )


def _other_ids(record: ET.Element) -> tuple[Identifier, ...]:
    found: list[Identifier] = []
    metadata = record.find("ISNIMetadata")
    if metadata is None:
        return ()
    pairs = [(_text(o, "type"), _text(o, "identifier")) for o in metadata.iterfind("otherIdentifierOfIdentity")]
    pairs += [(_text(s, "codeOfSource"), _text(s, "sourceIdentifier")) for s in metadata.iterfind("sources")]
    for code, value in pairs:
        if code in OTHER_IDS:
            try:
                found.append(parse(OTHER_IDS[code], value))
            except IdentifierError:
                continue
    for info in metadata.iterfind("externalInformation"):
        linked = from_iri(_text(info, "URI"))
        if linked:
            found.append(linked)
    return tuple(dict.fromkeys(found))
