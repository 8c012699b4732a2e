"""A synthetic corpus with the shape of real event archives, for benchmarks and scale tests (`kg synth`).

Deterministic for a given count and seed. Like real archives: speakers are drawn from a skewed
pool (a few appear in hundreds of events, most in one or two), some written in both name orders
("Chen Jian" / "Jian Chen"); organisations have programs that host events; a fifth of the events
have a report; a third are known only by their date, the others are timed in one of several
time zones. Every record is a YAML file in the format of docs/records.md and passes the shapes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import yaml

from kg.errors import KgError
from kg.names import slugify

GIVEN = [
    "Anna",
    "Ben",
    "Carla",
    "David",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Samuel",
    "Tara",
    "Umar",
    "Vera",
    "Wei",
    "Xenia",
    "Yusuf",
    "Zara",
    "Amir",
    "Bianca",
    "Chen",
    "Dmitri",
    "Emeka",
    "Fatima",
    "Gustav",
    "Hana",
    "Ivan",
    "Julia",
    "Kenji",
    "Leila",
    "Marek",
    "Nora",
    "Olu",
    "Pablo",
    "Ruth",
    "Sven",
    "Tomas",
    "Uma",
    "Viktor",
    "Wanda",
    "Yara",
    "Zoltan",
]
FAMILY = [
    "Adams",
    "Baker",
    "Chen",
    "Diaz",
    "Evans",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Kim",
    "Lopez",
    "Moreau",
    "Novak",
    "Okafor",
    "Patel",
    "Quinn",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Ueda",
    "Varga",
    "Wang",
    "Xu",
    "Yilmaz",
    "Zhang",
    "Abe",
    "Bauer",
    "Costa",
    "Dubois",
    "Eriksen",
    "Fontaine",
    "Gupta",
    "Horvat",
    "Ivanova",
    "Jovanovic",
    "Kowalski",
    "Lindqvist",
    "Mendes",
    "Nakamura",
    "Olsen",
    "Petrov",
    "Ramos",
    "Silva",
    "Takahashi",
    "Urban",
    "Vogel",
    "Weber",
    "Yamamoto",
    "Zimmermann",
]
TOPICS = (
    "energy security",
    "climate policy",
    "trade",
    "nuclear diplomacy",
    "migration",
    "public health",
    "cyber security",
    "water",
    "elections",
    "urban planning",
    "arctic",
    "food systems",
    "maritime law",
    "digital currencies",
    "refugees",
    "space policy",
    "education",
    "labour markets",
    "oceans",
    "AI",
)
FORMATS = (
    "Roundtable on",
    "Book launch:",
    "Conference:",
    "Seminar on",
    "Workshop:",
    "Lecture:",
    "Panel discussion on",
    "Briefing on",
)
ZONES = (
    "America/New_York",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Australia/Sydney",
    "America/Los_Angeles",
    "Africa/Nairobi",
)
ROLES = ("speaker", "speaker", "speaker", "panelist", "moderator", "discussant", "keynote", "chair")
CITIES = ("Washington", "London", "Berlin", "Tokyo", "Seoul", "Sydney", "Nairobi", "Geneva")
ORG_KINDS = ("Institute", "Center", "Council", "Foundation", "University", "Forum")


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    variant: str | None  # the other name order, when the archive writes both


@dataclass(frozen=True)
class Organization:
    key: str
    name: str
    type: str
    programs: tuple[tuple[str, str], ...]  # (key, name)


def _people(rng: random.Random, count: int) -> list[Person]:
    combos = [(g, f) for f in FAMILY for g in GIVEN]
    rng.shuffle(combos)
    people = []
    for i in range(count):
        given, family = combos[i % len(combos)]
        middle = f" {GIVEN[(i // len(combos)) - 1]}-{FAMILY[(i // len(combos)) - 1]}" if i >= len(combos) else ""
        name = f"{given}{middle} {family}"
        variant = f"{family} {given}{middle}" if rng.random() < 0.1 else None
        people.append(Person(slugify(name), name, variant))
    return people


def _organizations(rng: random.Random, count: int) -> list[Organization]:
    organizations = []
    for i in range(count):
        kind = ORG_KINDS[i % len(ORG_KINDS)]
        name = f"{FAMILY[i % len(FAMILY)]} {kind} for {TOPICS[(i // len(FAMILY)) % len(TOPICS)].title()}"
        if i >= len(FAMILY) * len(TOPICS):
            name += f" {i}"
        org_type = "CollegeOrUniversity" if kind == "University" else "ResearchOrganization"
        programs = tuple(
            (f"{slugify(name)}-{slugify(t)}", f"{t.title()} Program of the {name}") for t in rng.sample(TOPICS, 3)
        )
        organizations.append(Organization(slugify(name), name, org_type, programs))
    return organizations


def _skewed(rng: random.Random, size: int) -> int:
    """An index in [0, size): half the draws favour the first few (the regulars), half are uniform."""
    return int(size * rng.random() ** 3) if rng.random() < 0.5 else rng.randrange(size)


def _affiliation(person: Person, year: int, organizations: list[Organization]) -> Organization:
    """Where a person works in a given year: one organisation, and for some a move to a second one
    in a year of their own, so the same person is introduced with the same affiliation event after
    event, as in real archives."""
    own = random.Random(person.key)  # the same for the person in every record
    first, second = (organizations[_skewed(own, len(organizations))] for _ in range(2))
    moved = 1995 + own.randrange(60)  # after 2024 for half of the people: they never move
    return second if year >= moved else first


def synth_record(
    rng: random.Random, number: int, people: list[Person], organizations: list[Organization]
) -> tuple[str, dict]:
    year = 1995 + number % 30
    month, day = 1 + rng.randrange(12), 1 + rng.randrange(28)
    topic = rng.choice(TOPICS)
    host = organizations[_skewed(rng, len(organizations))]
    program_key, program_name = rng.choice(host.programs)
    name = f"{rng.choice(FORMATS)} {topic} ({number})"
    slug = f"{year:04d}-{month:02d}-{day:02d}-{slugify(topic)}-{number}"
    record: dict = {"name": name}
    if rng.random() < 0.33:
        record["start"] = f"{year:04d}-{month:02d}-{day:02d}"
    else:
        hour = 9 + rng.randrange(9)
        record["start"] = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:00:00"
        record["end"] = f"{year:04d}-{month:02d}-{day:02d}T{hour + 2:02d}:00:00"
        record["time_zone"] = rng.choice(ZONES)
    record["keywords"] = [topic, rng.choice(TOPICS)]
    city = rng.choice(CITIES)
    record["attendance_mode"] = rng.choice(("offline", "offline", "mixed", "online"))
    record["status"] = "scheduled"
    record["location"] = {"name": host.name, "street_address": f"{1 + number % 200} Main Street", "locality": city}
    record["organizers"] = [program_key]
    record["organizations"] = {
        host.key: {"name": host.name, "type": host.type},
        program_key: {"name": program_name, "parent": host.key},
    }
    chosen: dict[str, Person] = {}
    while len(chosen) < 2 + rng.randrange(5):
        person = people[_skewed(rng, len(people))]
        chosen[person.key] = person
    affiliations = {p.key: _affiliation(p, year, organizations) for p in chosen.values()}
    for org in affiliations.values():
        record["organizations"][org.key] = {"name": org.name, "type": org.type}
    record["people"] = {
        p.key: {"name": p.name, **({"alternate_names": [p.variant]} if p.variant else {})} for p in chosen.values()
    }
    record["participants"] = [
        {
            "person": p.key,
            "role": "moderator" if i == 0 else rng.choice(ROLES),
            "affiliation": affiliations[p.key].key,
        }
        for i, p in enumerate(chosen.values())
    ]
    if rng.random() < 0.2:
        record["reports"] = [
            {"name": f"Report on {topic} ({number})", "report_number": str(number), "publisher": program_key}
        ]
    return slug, record


def synth(count: int, target: Path, seed: int = 1) -> int:
    """Write `count` records into `target` (created; must be empty); returns the number written."""
    if count < 1:
        raise KgError("the number of events must be at least 1")
    if target.exists() and any(target.iterdir()):
        raise KgError(f"{target} is not empty; synth writes into a new or empty directory")
    rng = random.Random(seed)
    people = _people(rng, max(20, count))
    organizations = _organizations(rng, max(5, count // 50))
    target.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        slug, record = synth_record(rng, number, people, organizations)
        text = yaml.safe_dump(record, sort_keys=False, allow_unicode=True)
        (target / f"{slug}.yaml").write_text(text, encoding="utf-8")
    return count
