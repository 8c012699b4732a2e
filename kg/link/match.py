"""Scoring authority candidates against our people and organisations, with the reasons.

A score (0-100) is the sum of the evidence a librarian would weigh, and every point comes with a
reason written into the review file:

- the name, compared by kg.names: word order ('Chen Jian' = 'Jian Chen'), initials and inverted
  headings ('Samuel S. Kim' = 'Kim, Samuel S.'), diacritics and transliteration variants;
- the affiliation stated at our events agreeing with an employer or institution of the record;
- the period: a record of someone born after, or dead before, our events counts against;
- the field of work: the record's description or occupations sharing words with our events;
- other authorities' identifiers the record states that a librarian has already accepted.

A name alone is never enough: without corroboration the score stays below STRONG, and when a
service returns several records bearing the name each of them loses points, so a common name
(there are many Hazel Smiths) is never proposed as a strong link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kg.link.identifiers import Identifier
from kg.link.subjects import Subject
from kg.names import Match, compare, fold, organization_key, spelling_variants

NAME_POINTS = {"same": 50, "compatible": 35, "variant": 30}
AFFILIATION_POINTS = 30
CROSS_ID_POINTS = 30
FIELD_POINTS = 10
PERIOD_POINTS = 5
TYPE_POINTS = 5
HOMONYM_PENALTY = 15
ANACHRONISM_PENALTY = 40
NAME_ONLY_CAP = 50
STRONG = 80  # score of a well-corroborated candidate
MIN_SCORE = 30  # candidates below this are not proposed
ADULT_AGE = 18
TOPIC_STOPWORDS = frozenset(
    {
        "with",
        "from",
        "their",
        "about",
        "after",
        "years",
        "fifty",
        "year",
        "meeting",
        "event",
        "program",
        "programme",
        "university",
        "institute",
        "center",
        "centre",
        "professor",
        "scholar",
        "assistant",
        "director",
    }
)


@dataclass(frozen=True)
class Candidate:
    """An authority record as a possible match, in the terms the scoring needs."""

    identifier: Identifier
    label: str
    service: str  # which call proposed it: "Wikidata API (wbsearchentities, wbgetentities)"
    description: str = ""
    names: tuple[str, ...] = ()  # label, aliases, variant headings
    kind: str | None = None  # person / organization, when the record says
    affiliations: tuple[str, ...] = ()  # employer and institution names
    affiliation_ids: tuple[Identifier, ...] = ()  # employers as identifiers (Wikidata items)
    born: int | None = None
    died: int | None = None
    fields: tuple[str, ...] = ()  # occupations, fields of activity, titles of works
    same_as: tuple[Identifier, ...] = ()  # identifiers of other authorities the record states


@dataclass
class Scored:
    candidate: Candidate
    score: int
    reasons: list[str] = field(default_factory=list)
    name_level: str = ""  # same, compatible or variant
    corroborated: bool = False


@dataclass(frozen=True)
class Known:
    """Links librarians have accepted: the subject's own and its organisations'."""

    own: frozenset[Identifier] = frozenset()
    affiliations: frozenset[Identifier] = frozenset()


def name_evidence(subject: Subject, candidate: Candidate) -> tuple[str, str] | None:
    """(level, reason) of the best agreement between our names and the record's, else None."""
    best: tuple[int, str, str] | None = None
    for ours in subject.names:
        for theirs in candidate.names or (candidate.label,):
            level = _name_level(subject.kind, ours, theirs)
            if level is None:
                continue
            reason = _name_reason(level, ours, theirs)
            if best is None or NAME_POINTS[level] > best[0]:
                best = (NAME_POINTS[level], level, reason)
    return (best[1], best[2]) if best else None


def _name_level(kind: str, ours: str, theirs: str) -> str | None:
    if kind == "organization":
        a, b = organization_key(ours), organization_key(theirs)
        if a == b:
            return "same"
        return "variant" if spelling_variants(a, b) else None
    match = compare(ours, theirs)
    if match is Match.SAME:
        return "same"
    if match is Match.COMPATIBLE:
        return "compatible"
    return "variant" if spelling_variants(ours, theirs) else None


def _name_reason(level: str, ours: str, theirs: str) -> str:
    if level == "compatible":
        return f"name {theirs!r} fits {ours!r} (initials or a middle name differ)"
    if level == "variant":
        return f"name {theirs!r} is a spelling variant of {ours!r}"
    if "," in theirs:
        return f"name {theirs!r} is {ours!r} as an inverted heading"
    if fold(ours).split()[:1] != fold(theirs).split()[:1]:
        return f"name {theirs!r} is {ours!r} in the other order"
    return f"name {theirs!r} is {ours!r}"


def _words(texts: Iterable[str]) -> set[str]:
    return {w for text in texts for w in re.findall(r"[a-z]{4,}", fold(text)) if w not in TOPIC_STOPWORDS}


def score(subject: Subject, candidate: Candidate, known: Known = Known()) -> Scored | None:
    """The candidate's score and reasons, or None when its name or kind rules it out."""
    if candidate.kind is not None and candidate.kind != subject.kind:
        return None
    named = name_evidence(subject, candidate)
    if named is None:
        return None
    level, reason = named
    scored = Scored(candidate, NAME_POINTS[level], [reason], name_level=level)
    if candidate.kind == subject.kind:
        _add(scored, TYPE_POINTS, f"the record is about a {'person' if subject.kind == 'person' else 'body'}")
    _affiliation(scored, subject, candidate, known)
    _cross_ids(scored, candidate, known)
    _field(scored, subject, candidate)
    _period(scored, subject, candidate)
    if not scored.corroborated:
        scored.score = min(scored.score, NAME_ONLY_CAP)
        scored.reasons.append("only the name agrees: not enough to link; check works, affiliation or dates")
    scored.score = max(0, min(100, scored.score))
    return scored


def _add(scored: Scored, points: int, reason: str, corroborates: bool = False) -> None:
    scored.score += points
    scored.reasons.append(reason)
    scored.corroborated = scored.corroborated or corroborates


def _affiliation(scored: Scored, subject: Subject, candidate: Candidate, known: Known) -> None:
    shared_ids = known.affiliations & set(candidate.affiliation_ids)
    if shared_ids:
        ids = ", ".join(sorted(i.value for i in shared_ids))
        _add(scored, AFFILIATION_POINTS, f"employer {ids} is an accepted link of an organisation of ours", True)
        return
    ours = {organization_key(n): n for n in subject.affiliations}
    for theirs in candidate.affiliations:
        key = organization_key(theirs)
        agreeing = next((n for k, n in ours.items() if k and (k == key or f" {k} " in f" {key} ")), None)
        if agreeing:
            _add(scored, AFFILIATION_POINTS, f"affiliation {theirs!r} agrees with {agreeing!r} at our events", True)
            return


def _cross_ids(scored: Scored, candidate: Candidate, known: Known) -> None:
    shared = known.own & set(candidate.same_as)
    if shared:
        ids = ", ".join(f"{i.scheme.label} {i.value}" for i in sorted(shared, key=lambda i: i.iri))
        _add(scored, CROSS_ID_POINTS, f"the record states the accepted {ids}", True)


def _field(scored: Scored, subject: Subject, candidate: Candidate) -> None:
    shared = _words(subject.topics) & _words([candidate.description, *candidate.fields])
    if shared:
        _add(scored, FIELD_POINTS, f"field of work agrees: {', '.join(sorted(shared)[:4])}", True)


def _period(scored: Scored, subject: Subject, candidate: Candidate) -> None:
    if not subject.years or subject.kind != "person":
        return
    first, last = subject.years[0], subject.years[-1]
    if candidate.born and first - candidate.born < ADULT_AGE:
        scored.score -= ANACHRONISM_PENALTY
        scored.reasons.append(f"born {candidate.born}: {first - candidate.born} years old at our {first} event")
    elif candidate.died and candidate.died < last:
        scored.score -= ANACHRONISM_PENALTY
        scored.reasons.append(f"died {candidate.died}, before our {last} event")
    elif candidate.born or candidate.died:
        _add(scored, PERIOD_POINTS, f"lived at the time of our events ({first}-{last})")


def rank(
    subject: Subject, candidates: Sequence[Candidate], known: Known = Known(), min_score: int = MIN_SCORE
) -> list[Scored]:
    """Score every candidate, mark homonyms, and keep those worth a librarian's look, best first."""
    scored = [s for c in _unique(candidates) if (s := score(subject, c, known)) is not None]
    for service in {s.candidate.service for s in scored}:
        namesakes = [s for s in scored if s.candidate.service == service and s.name_level in ("same", "compatible")]
        if len(namesakes) < 2:
            continue
        for s in namesakes:
            if not s.corroborated:
                s.score = max(0, s.score - HOMONYM_PENALTY)
                s.reasons.append(
                    f"{len(namesakes)} records of this service bear the name; the name does not tell them apart"
                )
    kept = [s for s in scored if s.score >= min_score]
    return sorted(kept, key=lambda s: (-s.score, s.candidate.identifier.value))


def _unique(candidates: Iterable[Candidate]) -> list[Candidate]:
    """One candidate per identifier: the one with the most names (a cluster beats a suggestion)."""
    best: dict[Identifier, Candidate] = {}
    for candidate in candidates:
        kept = best.get(candidate.identifier)
        if kept is None or len(candidate.names) + len(candidate.same_as) > len(kept.names) + len(kept.same_as):
            best[candidate.identifier] = candidate
    return list(best.values())
