"""Authority identifiers: their forms, check digits, normalisation and canonical IRIs.

One table, SCHEMES, says for each authority how an identifier is written, how a sloppy form
("n  78095332", "https://www.viaf.org/viaf/123/", "0000 0001 2345 6789") is normalised, and which
IRI is published as schema:sameAs. The SHACL shapes (shapes/person.ttl, shapes/organization.ttl)
check the same forms in the graph; this module checks them where a librarian typed them, so the
message can name the review file and line.

LC NAF: schema:sameAs points to the real-world object, http://id.loc.gov/rwo/agents/{lccn}, which
denotes the person or body itself; http://id.loc.gov/authorities/names/{lccn} denotes the
authority *record* (a madsrdf:Authority / skos:Concept) and is given as the identifier's URL.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


class IdentifierError(ValueError):
    """An identifier that is not well formed; the message says what would be."""


def mod11_2(base15: str) -> str:
    """The ISO/IEC 7064 MOD 11-2 check character of 15 digits ('X' stands for 10)."""
    total = 0
    for digit in base15:
        total = (total + int(digit)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


def normalize_lccn(text: str) -> str:
    """LC's normalised LCCN: 'n 78890351 ' -> 'n78890351', 'n78-890351' -> 'n78890351'.

    The rule of loc.gov/marc/lccn-namespace.html: drop blanks and anything after '/'; a hyphen
    joins the year to a serial that is left-padded to six digits; the result is a prefix of up to
    three lower-case letters and 8 or 10 digits.
    """
    compact = "".join(text.split()).split("/", 1)[0]
    if "-" in compact:
        left, _, serial = compact.partition("-")
        if not serial.isdigit() or len(serial) > 6:
            raise IdentifierError(f"LCCN {text.strip()!r}: after the hyphen come at most six digits")
        compact = left + serial.zfill(6)
    if not re.fullmatch(r"[a-z]{0,3}(\d{8}|\d{10})", compact):
        raise IdentifierError(
            f"LCCN {text.strip()!r} is not an LCCN: expected a lower-case prefix "
            "and 8 or 10 digits, e.g. n79043402 or no2011087251"
        )
    return compact


def _strip_prefixes(text: str, prefixes: tuple[str, ...]) -> str:
    value = text.strip()
    lowered = value.lower()
    for prefix in prefixes:
        if lowered.startswith(prefix):
            return value[len(prefix) :].strip("/")
    return value


def _wikidata(text: str) -> str:
    value = _strip_prefixes(
        text,
        (
            "http://www.wikidata.org/entity/",
            "https://www.wikidata.org/entity/",
            "https://www.wikidata.org/wiki/",
            "http://www.wikidata.org/wiki/",
        ),
    )
    value = value.upper()
    if not re.fullmatch(r"Q[1-9]\d*", value):
        raise IdentifierError(f"Wikidata item {text.strip()!r} is not an item id: expected Q and digits, e.g. Q49088")
    return value


def _viaf(text: str) -> str:
    value = _strip_prefixes(
        text,
        ("http://viaf.org/viaf/", "https://viaf.org/viaf/", "http://www.viaf.org/viaf/", "https://www.viaf.org/viaf/"),
    )
    if not re.fullmatch(r"[1-9]\d{1,21}", value):
        raise IdentifierError(f"VIAF id {text.strip()!r} is not a VIAF cluster number: expected 2 to 22 digits")
    return value


def _lcnaf(text: str) -> str:
    value = _strip_prefixes(
        text,
        (
            "http://id.loc.gov/authorities/names/",
            "https://id.loc.gov/authorities/names/",
            "http://id.loc.gov/rwo/agents/",
            "https://id.loc.gov/rwo/agents/",
        ),
    )
    value = normalize_lccn(value.removesuffix(".html"))
    if not re.fullmatch(r"n[a-z]{0,2}\d{8}(\d{2})?", value):
        raise IdentifierError(
            f"LC name authority {text.strip()!r}: name authority numbers start with n, nb, nr "
            "or no (e.g. n79043402); other prefixes belong to other LC vocabularies"
        )
    return value


def _checked16(text: str, label: str, prefixes: tuple[str, ...]) -> str:
    value = _strip_prefixes(text, prefixes)
    compact = re.sub(r"[\s-]", "", value).upper()
    if not re.fullmatch(r"\d{15}[\dX]", compact):
        raise IdentifierError(f"{label} {text.strip()!r} is not 16 characters (15 digits and a check digit 0-9 or X)")
    expected = mod11_2(compact[:15])
    if compact[15] != expected:
        raise IdentifierError(
            f"{label} {text.strip()!r} fails its ISO 7064 MOD 11-2 check digit: "
            f"the last character should be {expected}, not {compact[15]}; is a digit mistyped?"
        )
    return compact


def _orcid(text: str) -> str:
    compact = _checked16(text, "ORCID iD", ("https://orcid.org/", "http://orcid.org/", "orcid.org/"))
    return "-".join(compact[i : i + 4] for i in range(0, 16, 4))


def _isni(text: str) -> str:
    return _checked16(
        text,
        "ISNI",
        ("https://isni.org/isni/", "http://isni.org/isni/", "http://www.isni.org/isni/", "https://www.isni.org/isni/"),
    )


@dataclass(frozen=True)
class Scheme:
    """One authority: its name in the review file, the label people know, and its IRI forms."""

    authority: str  # wikidata, viaf, lcnaf, orcid, isni
    label: str  # schema:propertyID of the identifier
    same_as: str  # IRI template of the thing itself (schema:sameAs)
    record: str  # IRI template of the record about it (schema:url of the identifier)
    normalize: Callable[[str], str]


SCHEMES = {
    s.authority: s
    for s in (
        Scheme(
            "wikidata", "Wikidata", "http://www.wikidata.org/entity/{}", "https://www.wikidata.org/wiki/{}", _wikidata
        ),
        Scheme("viaf", "VIAF", "http://viaf.org/viaf/{}", "http://viaf.org/viaf/{}", _viaf),
        Scheme("lcnaf", "LCNAF", "http://id.loc.gov/rwo/agents/{}", "http://id.loc.gov/authorities/names/{}", _lcnaf),
        Scheme("orcid", "ORCID", "https://orcid.org/{}", "https://orcid.org/{}", _orcid),
        Scheme("isni", "ISNI", "https://isni.org/isni/{}", "https://isni.org/isni/{}", _isni),
    )
}
AUTHORITIES = tuple(SCHEMES)


@dataclass(frozen=True)
class Identifier:
    """A well-formed identifier of one authority."""

    authority: str
    value: str  # normalised: Q49088, n79043402, 0000-0002-1825-0097, 0000000121032683

    @property
    def scheme(self) -> Scheme:
        return SCHEMES[self.authority]

    @property
    def iri(self) -> str:
        """The IRI published as schema:sameAs."""
        return self.scheme.same_as.format(self.value)

    @property
    def record_iri(self) -> str:
        return self.scheme.record.format(self.value)


def parse(authority: str, text: str) -> Identifier:
    """The normalised identifier, or IdentifierError saying what is wrong with `text`."""
    scheme = SCHEMES.get(authority)
    if scheme is None:
        raise IdentifierError(f"unknown authority {authority!r}; known: {', '.join(AUTHORITIES)}")
    if not text.strip():
        raise IdentifierError(f"no {scheme.label} identifier given")
    return Identifier(authority, scheme.normalize(text))


def from_iri(iri: str) -> Identifier | None:
    """The identifier an authority IRI stands for (any of its usual forms), else None."""
    for scheme in SCHEMES.values():
        for template in {scheme.same_as, scheme.record}:
            stem = template.removesuffix("{}").split("://", 1)[1]
            rest = iri.split("://", 1)[-1].removeprefix("www.")
            if rest.startswith(stem.removeprefix("www.")):
                try:
                    return parse(scheme.authority, rest[len(stem.removeprefix("www.")) :])
                except IdentifierError:
                    return None
    return None
