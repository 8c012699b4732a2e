"""Identity resolution: which mentions across all records are the same person or organisation.

Mentions with the same name words in any order ("Jian Chen" / "Chen Jian") and no conflicting
initials are one person. A shortened name ("S. Kim") joins the one person it is compatible with;
if it is compatible with several, the match is ambiguous: it is reported and not merged.
Organisations are one when their names agree and their parents do not differ, or when one is
called by the alternate or former name of exactly one other. Slugs are derived from the preferred
name, so IRIs are stable across rebuilds.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from kg.names import Match, compare, name_parts, organization_key, slugify
from kg.records import EventRecord, OrganizationRecord, PersonRecord, iter_events


@dataclass
class Entity:
    """One resolved person or organisation with every mention of it."""

    kind: str  # "person" or "organization"
    slug: str
    mentions: list[tuple[str, PersonRecord | OrganizationRecord]]  # (record slug, mention)

    @cached_property
    def records(self) -> list[str]:  # asked for every entity several times per build: computed once
        return sorted({record for record, _ in self.mentions})


@dataclass
class Identities:
    """Lookup from (record slug, mention key) to the resolved entity's slug."""

    persons: dict[str, Entity] = field(default_factory=dict)
    organizations: dict[str, Entity] = field(default_factory=dict)
    person_of: dict[tuple[str, str], str] = field(default_factory=dict)
    organization_of: dict[tuple[str, str], str] = field(default_factory=dict)
    ambiguities: list[str] = field(default_factory=list)

    def person_slug(self, record: str, person: PersonRecord) -> str:
        return self.person_of[(record, person.key)]

    def organization_slug(self, record: str, organization: OrganizationRecord) -> str:
        return self.organization_of[(record, organization.key)]


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            groups[self.find(i)].append(i)
        return list(groups.values())


def resolve(
    records: Iterable[EventRecord],
    previous_people: Mapping[str, list[str]] | None = None,
    previous_organizations: Mapping[str, list[str]] | None = None,
) -> Identities:
    """Resolve every person and organisation mentioned in the records.

    `previous_*` map the slugs of the last release to the names behind them: an entity with one
    of those names keeps its slug, so IRIs do not change when records are edited or re-ingested.
    """
    identities = Identities()
    person_mentions: list[tuple[str, PersonRecord]] = []
    org_mentions: list[tuple[str, OrganizationRecord]] = []
    for record in records:
        person_mentions += [(record.slug, p) for p in record.people]
        org_mentions += [(record.slug, o) for o in organizations_of(record)]
    earlier_people = PreviousSlugs("person", previous_people or {})
    for group in _person_groups(person_mentions, identities.ambiguities):
        _register(identities, "person", [person_mentions[i] for i in group], earlier_people)
    earlier_organizations = PreviousSlugs("organization", previous_organizations or {})
    for group in _organization_groups(org_mentions, identities.ambiguities):
        _register(identities, "organization", [org_mentions[i] for i in group], earlier_organizations)
    return identities


def organizations_of(record: EventRecord) -> list[OrganizationRecord]:
    """Every organisation a record mentions, parents included, once per key."""
    found: dict[str, OrganizationRecord] = {}

    def add(org: OrganizationRecord | None) -> None:
        while org is not None and org.key not in found:
            found[org.key] = org
            org = org.parent

    for event in iter_events(record):
        for org in (*event.organizers, *event.sponsors):
            add(org)
        for participation in event.participants:
            add(participation.affiliation)
            add(participation.person.works_for)
        for report in event.reports:
            add(report.publisher)
    return list(found.values())


def _person_groups(mentions: list[tuple[str, PersonRecord]], ambiguities: list[str]) -> list[list[int]]:
    """Group mentions: same words in any order first, then unambiguous shortenings.

    Both passes look candidates up in indexes (by word set, by word), so the cost grows with
    the number of mentions, not with its square.
    """
    sets = _UnionFind(len(mentions))
    by_words: dict[frozenset[str], dict[frozenset[str], list[tuple[int, str]]]] = defaultdict(dict)
    for i, (_, person) in enumerate(mentions):
        for name in person.names:
            parts = name_parts(name)
            by_words[parts.words].setdefault(frozenset(parts.initials), []).append((i, name))
    for classes in by_words.values():
        representatives = []
        for entries in classes.values():  # same words and same initials: one person
            for j, _ in entries[1:]:
                sets.union(entries[0][0], j)
            representatives.append(entries[0])
        for k, (j, b) in enumerate(representatives):
            for i, a in representatives[:k]:
                if compare(a, b) is Match.SAME:
                    sets.union(i, j)
    _join_shortened_names(sets, mentions, ambiguities)
    return sets.groups()


def _join_shortened_names(sets: _UnionFind, mentions: list[tuple[str, PersonRecord]], ambiguities: list[str]) -> None:
    """A shortened name ("S. Kim") joins the single fuller name it is compatible with."""
    groups = sets.groups()
    names_of = [{n for i in group for n in mentions[i][1].names} for group in groups]
    by_word: dict[str, set[int]] = defaultdict(set)
    for g, names in enumerate(names_of):
        for name in names:
            for word in name_parts(name).words:
                by_word[word].add(g)
    for g, names in enumerate(names_of):
        compatible: set[int] = set()
        for a in (n for n in names if name_parts(n).initials and name_parts(n).words):
            words = name_parts(a).words
            pool = set.intersection(*(by_word[w] for w in words)) - {g}
            compatible |= {
                other
                for other in pool
                if any(
                    compare(a, b) is Match.COMPATIBLE and len(words) < len(name_parts(b).words) for b in names_of[other]
                )
            }
        if len(compatible) == 1:
            sets.union(groups[g][0], groups[compatible.pop()][0])
        elif len(compatible) > 1:
            record, person = mentions[groups[g][0]]
            options = sorted({mentions[groups[o][0]][1].name for o in compatible})
            ambiguities.append(
                f"{record}: person {person.name!r} could be any of "
                f"{', '.join(options)}; kept apart (add the full name to merge)"
            )


def _organization_groups(mentions: list[tuple[str, OrganizationRecord]], ambiguities: list[str]) -> list[list[int]]:
    """Group organisation mentions by their names.

    The same name joins (unless both state different parents). An alternate or former name joins
    the organisations called by it to the one organisation that lists it: "CSIS" alone joins the
    one centre that gives "CSIS" as its acronym, "Asia Program" the program that was once called so.
    Two organisations named in full differently are never joined by an alternate both list (two
    centres abbreviated "CSIS", two institutes each called "the Institute" on its page); a name
    that several such organisations list is reported and its mentions kept apart.
    """
    sets = _UnionFind(len(mentions))
    first_by_key: dict[str, int] = {}
    by_key: dict[str, list[int]] = defaultdict(list)
    listed_by: dict[str, list[int]] = defaultdict(list)  # alternate or former name -> mentions listing it
    for i, (_, org) in enumerate(mentions):
        key = organization_key(org.name)
        first_by_key.setdefault(key, i)
        by_key[key].append(i)
        for other in {organization_key(n) for n in org.names[1:]} - {key}:
            listed_by[other].append(i)
    for key in sorted(by_key):
        _join_same_name(sets, mentions, by_key[key], ambiguities)
    for key in sorted(listed_by):
        named = first_by_key.get(key)
        owners = {sets.find(i): i for i in listed_by[key]}  # one mention of each organisation listing the name
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            if named is not None and _parents_agree(mentions[owner][1], mentions[named][1]):
                sets.union(owner, named)
        elif named is not None:
            options = sorted({mentions[i][1].name for i in owners.values()})
            ambiguities.append(
                f"{mentions[named][0]}: organisation {mentions[named][1].name!r} could be any of "
                f"{', '.join(options)}; kept apart (name it in full to merge)"
            )
    return sets.groups()


def _join_same_name(
    sets: _UnionFind, mentions: list[tuple[str, OrganizationRecord]], same: list[int], ambiguities: list[str]
) -> None:
    """Join the mentions of one name: those whose parents agree, and those with no parent to the one
    organisation the others make. A "Department of History" with no parent beside the departments of
    two universities could be either: it is reported and kept apart (union-find would otherwise join
    both universities' departments through it)."""
    parented = [i for i in same if mentions[i][1].parent is not None]
    bare = [i for i in same if mentions[i][1].parent is None]
    for n, i in enumerate(parented):
        for j in parented[:n]:
            if _parents_agree(mentions[j][1], mentions[i][1]):
                sets.union(j, i)
                break
    for i in bare[1:]:
        sets.union(bare[0], i)
    kinds = {sets.find(i): i for i in parented}
    if bare and len(kinds) == 1:
        sets.union(bare[0], parented[0])
    elif bare and len(kinds) > 1:
        record, org = mentions[bare[0]]
        options = sorted({f"{mentions[i][1].name} ({mentions[i][1].parent.name})" for i in kinds.values()})  # type: ignore[union-attr]
        ambiguities.append(
            f"{record}: organisation {org.name!r} could be any of {', '.join(options)}; "
            "kept apart (name its parent to merge)"
        )


def _parents_agree(a: OrganizationRecord, b: OrganizationRecord) -> bool:
    if a.parent is None or b.parent is None:
        return True
    keys_a = {organization_key(n) for n in a.parent.names}
    return bool(keys_a & {organization_key(n) for n in b.parent.names})


def _register(identities: Identities, kind: str, mentions: list, previous: PreviousSlugs) -> None:
    """Give a group its slug (its earlier one if it had one, else a new unique one) and index it."""
    taken = identities.persons if kind == "person" else identities.organizations
    slug = resolve_slug(kind, mentions, previous, taken)
    taken[slug] = Entity(kind, slug, mentions)
    index = identities.person_of if kind == "person" else identities.organization_of
    for record, mention in mentions:
        index[(record, mention.key)] = slug


def resolve_slug(kind: str, mentions: list, previous: PreviousSlugs, taken: Mapping[str, object]) -> str:
    """The slug of a group of mentions: its earlier one if it had one, else a new one not `taken`."""
    names = {n for _, m in mentions for n in m.names}
    name = preferred_name([m for _, m in mentions])
    fresh = slugify(re.sub(r"^the\s+", "", name, flags=re.I) if kind == "organization" else name)
    slug = base = previous.slug_for(names, taken, fresh) or fresh
    number = 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


class PreviousSlugs:
    """The slugs of the last release, looked up by the names behind them."""

    def __init__(self, kind: str, previous: Mapping[str, list[str]]) -> None:
        self.kind, self.previous = kind, previous
        self.by_key: dict[object, set[str]] = defaultdict(set)
        for slug, names in previous.items():
            for name in names:
                self.by_key[self.key(name)].add(slug)

    def key(self, name: str) -> object:
        return name_parts(name).words if self.kind == "person" else organization_key(name)

    def _same(self, a: str, b: str) -> bool:
        if self.kind == "person":
            return compare(a, b) is Match.SAME
        return organization_key(a) == organization_key(b)

    def slug_for(self, names: set[str], taken: Mapping[str, object], fresh: str) -> str | None:
        """The slug an earlier release gave to an entity with these names, if still free.

        When two earlier entities are now one, the survivor is the one the preferred name would
        give, else the one sharing most names; the other is reported as merged into it.
        """
        # `taken` is tested, never copied: copying it for every entity made resolution quadratic.
        candidates = {slug for name in names for slug in self.by_key.get(self.key(name), ()) if slug not in taken}
        shared = {slug: sum(any(self._same(a, b) for b in self.previous[slug]) for a in names) for slug in candidates}
        ranked = sorted((slug != fresh, -count, slug) for slug, count in shared.items() if count)
        return ranked[0][2] if ranked else None


def preferred_name(mentions: Sequence[PersonRecord | OrganizationRecord]) -> str:
    """The name most mentions give as their main name; ties go to the fullest, then A-Z."""
    counts = Counter(m.name for m in mentions)
    return min(counts, key=lambda n: (-counts[n], -len(n.split()), -len(n), n))
