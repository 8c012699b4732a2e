"""`kg link`: ask the authority services (or local authority files) and propose links for review.

For every person and organisation, and every authority it has no accepted link to yet, the
candidates are scored (kg/link/match.py) and those worth a look are merged into the review file
(kg/link/review.py). A service that fails is reported and skipped for the rest of the run; the
proposals gathered from the others are still written, and no decision is ever lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from kg.build import all_graphs
from kg.config import Settings
from kg.errors import ConfigError, SourceUnreachable
from kg.link import isni, lcnaf, offline, orcid, review, viaf, wikidata
from kg.link.http import AuthorityClient, Service
from kg.link.identifiers import AUTHORITIES, Identifier, IdentifierError, parse
from kg.link.match import Candidate, Known, Scored, rank
from kg.link.subjects import Subject, subjects_of

Echo = Callable[[str], None]
Search = Callable[[Subject], list[Candidate]]
SEARCHES = {
    "wikidata": wikidata.search,
    "viaf": viaf.search,
    "lcnaf": lcnaf.search,
    "orcid": orcid.search,
    "isni": isni.search,
}


def services(settings: Settings) -> dict[str, Service]:
    """The services with their configured base URLs and politeness intervals."""
    return {
        "wikidata": Service("wikidata", settings.wikidata_api, min_interval_s=1.0, maxlag=True),
        "viaf": Service("viaf", settings.viaf_url, min_interval_s=1.0),
        "lcnaf": Service("lcnaf", settings.loc_url, min_interval_s=0.2),
        "orcid": Service("orcid", settings.orcid_url, min_interval_s=0.1),
        "isni": Service("isni", settings.isni_url, min_interval_s=1.0, accept="application/xml"),
    }


def client_for(settings: Settings) -> AuthorityClient:
    if not settings.link_contact:
        raise ConfigError(
            "set KG_LINK_CONTACT (or --contact) to an e-mail or URL where the authority services "
            "can reach you; Wikimedia blocks clients that do not say who they are"
        )
    return AuthorityClient(services(settings), settings.link_contact, settings.link_cache)


@dataclass
class LinkSummary:
    subjects: int = 0
    proposed: int = 0
    new: int = 0
    skipped: int = 0  # (entity, authority) pairs already decided by an accepted link
    failures: list[str] = field(default_factory=list)
    path: Path = Path()

    def line(self) -> str:
        return (
            f"proposed {self.proposed} candidate(s), {self.new} new, for {self.subjects} people and "
            f"organisations ({self.skipped} already linked) in {self.path}"
        )


def _known(subject: Subject, accepted: dict[str, list[review.Row]]) -> Known:
    def ids(keys: Iterable[str]) -> frozenset[Identifier]:
        found = set()
        for key in keys:
            for row in accepted.get(key, []):
                try:
                    found.add(parse(row.authority, row.identifier))
                except IdentifierError:
                    continue
        return frozenset(found)

    return Known(own=ids([subject.key]), affiliations=ids(subject.affiliation_keys))


def _row(subject: Subject, scored: Scored, today: str) -> review.Row:
    candidate = scored.candidate
    return review.Row(
        entity=subject.key,
        name=subject.name,
        authority=candidate.identifier.authority,
        identifier=candidate.identifier.value,
        status="proposed",
        score=str(scored.score),
        label=candidate.label,
        description=candidate.description,
        reasons="; ".join(scored.reasons),
        service=candidate.service,
        proposed_at=today,
        iri=candidate.identifier.iri,
    )


def sources(
    settings: Settings, authorities: Sequence[str], offline_files: Sequence[Path], client: AuthorityClient | None
) -> list[tuple[str, Search]]:
    """(authority, search) pairs: local files when given, else the web services."""
    if offline_files:
        return [(index.authority, index.search) for index in map(offline.load, offline_files)]
    web = client or client_for(settings)
    return [(a, (lambda s, search=SEARCHES[a]: search(web, s))) for a in authorities]  # type: ignore[misc]


def link(
    settings: Settings,
    echo: Echo,
    authorities: Sequence[str] = AUTHORITIES,
    offline_files: Sequence[Path] = (),
    only: Sequence[str] = (),
    client: AuthorityClient | None = None,
) -> LinkSummary:
    """`kg link`: the people and organisations of the records (or `only` some of them), proposed for review."""
    everyone = subjects_of(all_graphs(settings), settings.base)
    unknown = sorted(set(only) - {s.key for s in everyone})
    if unknown:
        raise ConfigError(f"not in the records: {', '.join(unknown)} (write person/<slug> or organization/<slug>)")
    chosen = [s for s in everyone if not only or s.key in only]
    return propose(settings, echo, chosen, authorities, offline_files, client)


def propose(
    settings: Settings,
    echo: Echo,
    subjects: Sequence[Subject],
    authorities: Sequence[str] = AUTHORITIES,
    offline_files: Sequence[Path] = (),
    client: AuthorityClient | None = None,
) -> LinkSummary:
    """Ask, score and merge proposals into the review file; a failed service is raised after writing."""
    summary = LinkSummary(subjects=len(subjects), path=settings.links)
    accepted = review.decided(review.read(settings.links), "accepted")
    today = datetime.now(UTC).date().isoformat()
    failed: set[str] = set()
    proposals: list[review.Row] = []
    searches = sources(settings, authorities, offline_files, client)
    for subject in subjects:
        known = _known(subject, accepted)
        for authority, search in searches:
            if authority in failed:
                continue
            if any(row.authority == authority for row in accepted.get(subject.key, [])):
                summary.skipped += 1
                continue
            try:
                candidates = [c for c in search(subject) if c.identifier.authority == authority]
            except SourceUnreachable as err:
                failed.add(authority)
                summary.failures.append(str(err))
                echo(f"error: {err}; {authority} is skipped for the rest of this run")
                continue
            proposals += [_row(subject, s, today) for s in rank(subject, candidates, known)]
    latest = review.read(settings.links)  # decisions a librarian saved while we were asking
    merged = review.merge(latest, proposals)
    review.write(settings.links, merged)
    before = {row.key for row in latest}
    summary.proposed = len(proposals)
    summary.new = len({p.key for p in proposals} - before)
    if summary.failures:
        raise SourceUnreachable(
            "; ".join(summary.failures) + f"; the proposals from the other sources were "
            f"written to {settings.links}, and no decision was changed"
        )
    return summary
