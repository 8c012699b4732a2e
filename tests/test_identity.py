"""One IRI per person or organisation across records; ambiguity reported, never merged."""

from __future__ import annotations

from pathlib import Path

from kg.identity import Identities, resolve
from kg.records import RecordFile, load_yaml_record
from kg.resolved import fixpoint


def records(*texts: str) -> list:
    return [load_yaml_record(RecordFile(Path(f"e{i}.yaml"), f"e{i}.yaml", t.encode())) for i, t in enumerate(texts)]


def people(*names: str, org: str | None = None) -> str:
    lines = "".join(
        f"  - {{person: {n}, role: speaker{', affiliation: ' + repr(org) if org else ''}}}\n" for n in names
    )
    return f"name: Talk\nstart: 2020-01-01\nparticipants:\n{lines}"


def test_name_orders_across_records_are_one_person() -> None:
    found = resolve(records(people("Chen Jian"), people("Jian Chen")))
    assert list(found.persons) == ["chen-jian"]
    assert found.persons["chen-jian"].records == ["e0", "e1"]


def test_initials_join_the_full_name() -> None:
    found = resolve(records(people("Samuel S. Kim"), people("Samuel Kim"), people("S. Kim")))
    assert list(found.persons) == ["samuel-s-kim"]


def test_ambiguous_initials_are_reported_not_merged() -> None:
    found = resolve(records(people("Samuel Kim"), people("Sunhee Kim"), people("S. Kim")))
    assert sorted(found.persons) == ["s-kim", "samuel-kim", "sunhee-kim"]
    assert len(found.ambiguities) == 1
    assert "'S. Kim' could be any of Samuel Kim, Sunhee Kim" in found.ambiguities[0]


def test_different_people_stay_apart() -> None:
    found = resolve(records(people("Hazel Smith", "Helen Smith")))
    assert sorted(found.persons) == ["hazel-smith", "helen-smith"]


def test_organisations_merge_by_name_and_article() -> None:
    found = resolve(
        records(people("A B", org="University of Virginia"), people("C D", org="The University of Virginia"))
    )
    assert list(found.organizations) == ["university-of-virginia"]


def test_programs_with_one_name_under_different_parents_stay_apart() -> None:
    def program(parent: str) -> str:
        return (
            f"name: T\nstart: 2020-01-01\norganizations:\n  p: {{name: Asia Program, parent: {parent}}}\n"
            "organizers: [p]\n"
        )

    found = resolve(records(program("Wilson Center"), program("Hudson Institute")))
    programs = [s for s in found.organizations if s.startswith("asia-program")]
    assert sorted(programs) == ["asia-program", "asia-program-2"]


def test_a_name_with_no_parent_does_not_join_two_parents_departments() -> None:
    """Without the check, the department with no parent joined each university's in turn, and the two
    universities' departments became one organisation with two parents (a SHACL violation)."""

    def department(parent: str | None) -> str:
        spec = f"name: Department of History, parent: {parent}" if parent else "name: Department of History"
        return f"name: T\nstart: 2020-01-01\norganizations:\n  d: {{{spec}}}\norganizers: [d]\n"

    found = resolve(records(department(None), department("Cornell University"), department("Yale University")))
    departments = sorted(s for s in found.organizations if s.startswith("department-of-history"))
    assert len(departments) == 3
    assert len(found.ambiguities) == 1 and "'Department of History' could be any of" in found.ambiguities[0]
    single = resolve(records(department(None), department("Cornell University")))
    assert len([s for s in single.organizations if s.startswith("department-of-history")]) == 1


def organizer(spec: str) -> str:
    return f"name: T\nstart: 2020-01-01\norganizations:\n  o: {{{spec}}}\norganizers: [o]\n"


def test_a_short_or_former_name_joins_the_one_organisation_listing_it() -> None:
    found = resolve(
        records(
            organizer("name: Center for Strategic Studies, alternate_names: [CSS]"),
            organizer("name: CSS"),
            organizer("name: Indo-Pacific Program, former_names: [Asia Program]"),
            organizer("name: Asia Program"),
        )
    )
    assert sorted(found.organizations) == ["center-for-strategic-studies", "indo-pacific-program"]
    assert found.ambiguities == []


def test_organisations_named_differently_are_not_joined_by_a_shared_alternate() -> None:
    found = resolve(
        records(
            organizer("name: Center for Strategic Studies, alternate_names: [CSS, Centre]"),
            organizer("name: Caspian Studies Society, alternate_names: [CSS, Centre]"),
            organizer("name: CSS"),
        )
    )
    assert sorted(found.organizations) == ["caspian-studies-society", "center-for-strategic-studies", "css"]
    assert found.ambiguities == [
        "e2: organisation 'CSS' could be any of Caspian Studies Society, Center for Strategic Studies; "
        "kept apart (name it in full to merge)"
    ]


def test_slugs_do_not_depend_on_record_order() -> None:
    a, b = people("Jian Chen", "Hazel Smith"), people("Chen Jian")
    assert sorted(resolve(records(a, b)).persons) == sorted(resolve(records(b, a)).persons)


def council(parent: str) -> str:
    return (
        f"name: Talk\nstart: 2020-01-01\norganizers: [rc]\norganizations:\n"
        f"  p: {{name: {parent}}}\n  rc: {{name: Research Council, parent: p}}\n"
    )


def again(found: Identities, archive: list) -> Identities:
    """Resolve the same records with `found` as the earlier release (what a full build would do next)."""
    names = {
        kind: {slug: sorted({n for _, m in e.mentions for n in m.names}) for slug, e in group.items()}
        for kind, group in (("person", found.persons), ("organization", found.organizations))
    }
    return resolve(archive, names["person"], names["organization"])


def test_a_resolution_that_resolving_again_keeps_is_a_fixpoint() -> None:
    """What lets a build take identities from the last one (kg.quick): resolving again gives them back."""
    archive = records(
        people("Chen Jian", "S. Kim"), people("Jian Chen", "Samuel Kim", "Sunhee Kim"), people("Samuel S. Kim", "J. K.")
    )
    archive += records(council("Alpha University"), council("Beta University"), people("Research Council"))
    found = resolve(archive, {"chen": ["Jian Chen"]})
    assert {"chen", "research-council-2", "j-k"} <= found.persons.keys() | found.organizations.keys()
    assert fixpoint(found)
    redone = again(found, archive)
    assert redone.person_of == found.person_of and redone.organization_of == found.organization_of
    assert list(redone.persons) == list(found.persons) and list(redone.organizations) == list(found.organizations)


def test_two_organisations_swapping_slugs_are_no_fixpoint() -> None:
    """Two councils of one name under different parents: the first kept an earlier slug, the second
    took the name's slug; resolving again gives the first the name's slug (it ranks first)."""
    archive = records(council("Alpha University"), council("Beta University"))
    found = resolve(archive, None, {"the-council": ["Research Council"]})
    assert sorted(found.organizations) == ["alpha-university", "beta-university", "research-council", "the-council"]
    assert (found.organization_of[("e0", "rc")], found.organization_of[("e1", "rc")]) == (
        "the-council",
        "research-council",
    )
    assert not fixpoint(found)
    redone = again(found, archive)
    assert (redone.organization_of[("e0", "rc")], redone.organization_of[("e1", "rc")]) == (
        "research-council",
        "the-council",
    )
