"""Forms that hold-out set 55 (a second set of pages in the seed page's own rendering: Wilson
Center, Brookings, Atlantic Council and USIP event pages dumped to text) showed the ingester
missing, and forms that scratch pages of other think tanks in that rendering (AEI, Heritage,
Stimson, CSIS, Brookings' newer layout, a Wilson archive page launching a paper of a series of
its own) showed after the set's fixes, one test per form. Each page here is written for the
form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import FIELDS, OPTIONAL_FIELDS, measure
from kg.names import slugify
from kg.pages.people import parse_entries
from kg.pages.sentences import cued_entries
from tests.test_pages_orgs import _reports
from tests.test_pages_unseen import _people, _text_page

DATE = "Date & Time\n\nMar. 4, 2014\n10:00am – 11:30am ET\n\n"


@pytest.mark.parametrize(
    "title",
    [
        "Clean Water, Safe Cities: Sanitation, Housing, and Health Systems in West Africa",
        "Young People, Old Parties: Youth, Protest, and Party Politics in Kenya",
    ],
)
def test_a_headings_list_cut_before_its_and_is_no_person(title: str) -> None:
    """'Clean Water, Safe Cities: Sanitation, Housing, and Health Systems in …' reads like 'Name,
    Affiliation' to a strict reader of unlabelled lines; no organisation's name opens with 'and',
    so it is the title, not a person."""
    assert parse_entries(title, strict=True) == []
    record = _text_page(f"Skip to main content\n\nEvent\n\n{title}\n\n{DATE}Hosted By\n\nUrban Program\n")
    assert record.name == title
    assert _people(record) == set()


@pytest.mark.parametrize("country", ["Madagascar", "Burkina Faso", "Malawi", "Papua New Guinea"])
def test_a_country_after_the_employer_is_where_it_is_not_the_employer(country: str) -> None:
    """'Technical Advisor, Blue Reef Trust, Madagascar': every country, not only those a hand-made
    list knows, is the place of the organisation before it."""
    (entry,) = parse_entries(f"Aina Razafy, Technical Advisor, Coral Reef Partners, {country}")
    assert (entry.job_title, entry.affiliation) == ("Technical Advisor", "Coral Reef Partners")


def test_an_operators_name_joined_by_and_is_one_organisation() -> None:
    """'Transmission System and Market Operator of Kosovo': an operator is an organisation, so
    'Market Operator' after the 'and' is no second person."""
    (entry,) = parse_entries("Drita Berisha, Chief Executive Officer, Grid and Market Operator of Albania (GMOA)")
    assert (entry.name, entry.job_title, entry.affiliation) == (
        "Drita Berisha",
        "Chief Executive Officer",
        "Grid and Market Operator of Albania",
    )


@pytest.mark.parametrize(
    "employer",
    ["Social Security and Medicare Boards of Trustees", "Finance and Audit Committees of the Senate"],
)
def test_a_bodys_name_in_the_plural_joined_by_and_is_one_organisation(employer: str) -> None:
    """'Public Trustee, Social Security and Medicare Boards of Trustees': a plural body ('Boards',
    'Councils') after the 'and' names no second person 'Medicare Boards'."""
    (entry,) = parse_entries(f"Harriet Olsen, Public Trustee, {employer}")
    assert (entry.name, entry.job_title, entry.affiliation) == ("Harriet Olsen", "Public Trustee", employer)


@pytest.mark.parametrize("heading", ["Panel: Water, Mines and the Courts", "Panel Discussion: Who Owns the Rivers?"])
def test_a_panels_heading_that_names_its_subject_lists_the_people_under_it(heading: str) -> None:
    """An agenda's '10:15am / Panel: The Economics and Politics of Reform' names the panel's
    subject, not a person: the cards under it are the panel's people."""
    record = _text_page(
        f"Skip to main content\n\nWater and Power in the Andes\n\n{DATE}Agenda\n\n10:00am\n{heading}\n\n"
        "Lucía Ramírez\nProfessor of Geography, Universidad de Chile\n\n"
        "Tomás Quispe\nSenior Fellow, Andean Institute\n\nModerator: Paul Henley\n"
    )
    assert {person[:3] for person in _people(record)} == {
        ("Lucía Ramírez", "panelist", "Universidad de Chile"),
        ("Tomás Quispe", "panelist", "Andean Institute"),
        ("Paul Henley", "moderator", None),
    }


@pytest.mark.parametrize(
    "street", ["1300 Pennsylvania Avenue NW", "1779 Massachusetts Ave. N.W.", "1201 Main Street SE"]
)
def test_a_street_with_its_quadrant_under_a_buildings_own_address_is_no_town(street: str) -> None:
    """'One Woodrow Wilson Plaza' / '1300 Pennsylvania Avenue NW' / 'Washington, D.C. 20004': the
    second street line, ending with the city's quadrant, is a street, not the postcode '1300' of
    a town 'Pennsylvania Avenue NW'."""
    record = _text_page(
        f"Skip to main content\n\nWater and Power in the Andes\n\n{DATE}Location\n\nAndes Center\n"
        f"One Andes Plaza\n{street}\nWashington, D.C. 20004\n"
    )
    assert record.location is not None
    assert (record.location.locality, record.location.postal_code) == ("Washington", "20004")


@pytest.mark.parametrize("role", ["moderator", "discussant"])
def test_a_role_written_after_the_name_in_a_card_is_the_role_not_the_post(role: str) -> None:
    """A card 'Beth Lowe, Moderator' over her post 'Director, Asia Program, X Institute': the
    word after her name says what she does at the event, not what she is."""
    record = _text_page(
        f"Skip to main content\n\nWater and Power in the Andes\n\n{DATE}Speakers\n\n"
        "Lucía Ramírez\nProfessor of Geography, Universidad de Chile\n\n"
        f"Paul Henley, {role.title()}\nDirector, Andes Program, Institute of the Americas\n"
    )
    assert _people(record) == {
        ("Lucía Ramírez", "speaker", "Universidad de Chile", "Professor of Geography"),
        ("Paul Henley", role, "Institute of the Americas", "Director, Andes Program"),
    }


def _organizers(text: str) -> list[str]:
    record = _text_page(f"Skip to main content\n\nWater and Power in the Andes\n\n{DATE}{text}\n")
    return [org.name for org in record.organizers]


def test_a_recap_names_its_hosts_in_the_past_tense() -> None:
    """'On Tuesday, the Institute's Energy Center and Andes Center hosted a conversation …': a recap
    says who held the event as a past fact; 'hosted by' stays the passive."""
    names = _organizers(
        "On Tuesday, April 8, the Pacific Council's Energy Center and Andes Center hosted a hybrid "
        "conversation with officials from the region on how to share the rivers.\n"
    )
    assert names == ["Energy Center", "Andes Center"]


def test_a_unit_at_its_institutions_short_name_is_the_unit_and_a_speaker_of_a_university_no_host() -> None:
    """'the Q Center at Brookings will host a discussion. Jane Roe of Tsinghua University will
    present …': the center is the host, the institution after 'at' its parent, and a person 'of'
    a university presenting is no organisation."""
    names = _organizers(
        "On April 8, the Andes Water Center at Kingsbridge will host a discussion of the rivers. Lucía "
        "Ramírez of Tsinghua University will present findings from a survey of farmers in eight valleys.\n"
    )
    assert names == ["Andes Water Center"]


@pytest.mark.parametrize(
    "line", ["Co-sponsored with the Andean Water Forum", "Cosponsored with the Andean Water Forum"]
)
def test_co_sponsored_with_under_the_hosts_names_a_sponsor(line: str) -> None:
    """'Hosted By / Africa Program / Co-sponsored with the Institute for X': the line under the
    host names a co-sponsor, as 'Co-sponsored by' does."""
    record = _text_page(
        f"Skip to main content\n\nWater and Power in the Andes\n\n{DATE}Hosted By\n\nAndes Program\n\n{line}\n\n"
        "Overview\n\nThe rivers of the Andes feed three countries' cities and farms.\n"
    )
    assert ([o.name for o in record.organizers], [o.name for o in record.sponsors]) == (
        ["Andes Program"],
        ["Andean Water Forum"],
    )


def test_a_summary_names_its_chair_after_the_units_initials_and_post() -> None:
    """'The session was chaired by CWIHP Director Leonard Vasko, who noted …': the initials of a
    unit, its post, then the name, as 'Kennan Institute Director X' is read."""
    (entry,) = parse_entries("AWRP Director Paul Henley")
    assert (entry.name, entry.job_title, entry.affiliation) == ("Paul Henley", "Director", "AWRP")
    record = _text_page(
        f"Skip to main content\n\nWater and Power in the Andes\n\n{DATE}Event Summary\n\n"
        "The rivers of the Andes feed three countries' cities and farms. The session was chaired by AWRP "
        "Director Paul Henley, who noted that the Project's new paper is the first to map the region's dams.\n"
    )
    assert ("Paul Henley", "chair") in {person[:2] for person in _people(record)}


def _summary(text: str) -> str:
    return f"Skip to main content\n\nWater and Power in the Andes\n\n{DATE}Overview\n\n{text}\n"


def test_a_new_report_named_by_a_series_of_its_own_and_its_number_is_that_number() -> None:
    """'The Institute presented a new report, Peaceworks No. 61, "Title," by X': a series whose name
    says no kind of work ('Peaceworks'), numbered, is the report's name, as 'Special Report #115' is."""
    text = _summary(
        'The Andes Institute presented a new report, Riverworks No. 12, "Dams and Farmers in the Southern '
        'Andes," by Paul Henley, a senior fellow at the Institute. A panel of farmers responded to it.'
    )
    assert _reports(_text_page(text)) == [("Riverworks No. 12", "12")]


def test_a_new_report_from_its_publisher_names_its_title_after_the_publisher() -> None:
    """'A new report from the X Program, Title: Subtitle, reviews …': the publisher stands between
    'a new report' and the title."""
    text = _summary(
        "Dams are rising on every river of the Andes. A new report from the Andes Water Program, Rivers at "
        "Risk: Dams and Farmers in Peru, Bolivia, and Chile, reviews a decade of projects and asks who pays."
    )
    assert _reports(_text_page(text)) == [("Rivers at Risk: Dams and Farmers in Peru, Bolivia, and Chile", None)]


@pytest.mark.parametrize("link", ["Download the report (PDF)", "Download the full report (PDF, 2.4 MB)"])
def test_a_download_links_words_run_into_the_reports_title_name_it(link: str) -> None:
    """'Download the report (PDF)Rivers at Risk: …': a text dump runs the link's words into the
    title of the report after them; the title is the report's, the link's words are not."""
    text = _summary(
        "Dams are rising on every river of the Andes.\n\n"
        f"{link}Rivers at Risk: Dams, Farmers, and Water Courts in Peru and Bolivia"
    )
    assert _reports(_text_page(text)) == [("Rivers at Risk: Dams, Farmers, and Water Courts in Peru and Bolivia", None)]


def test_a_new_reports_authors_after_its_title_are_no_part_of_it() -> None:
    """'a new report, Brink and Back: Crisis Management Between Nuclear Neighbors, by Stimson
    fellows': the title ends before ', by' and its authors."""
    text = _summary(
        "The Andes Program will host a discussion of a new report, Rivers at Risk: Dams and Farmers in the "
        "Andes, by Andes Program fellows, and of what it means for the region's water courts."
    )
    assert _reports(_text_page(text)) == [("Rivers at Risk: Dams and Farmers in the Andes", None)]


@pytest.mark.parametrize("service", ["USA", "USAF", "USN", "USMC"])
def test_an_officers_service_after_the_name_is_no_place_and_leaves_a_former_post_without_employer(
    service: str,
) -> None:
    """'Lt. Gen. X, USA (Ret.), Former Director, Missile Defense Agency': the service written after
    the name like a post-nominal; the post is a former one, with no employer."""
    (entry,) = parse_entries(f"Lt. Gen. Raymond A. Okafor, {service} (Ret.), Former Director, Missile Defense Agency")
    assert (entry.name, entry.honorific, entry.job_title, entry.affiliation) == (
        "Raymond A. Okafor",
        "Lt. Gen.",
        "Former Director, Missile Defense Agency",
        None,
    )


@pytest.mark.parametrize("tag", ["Online Only", "In Person & Online", "Online & In Person"])
def test_an_attendance_tag_printed_twice_is_not_the_title(tag: str) -> None:
    """'Past Event / Online Only / Can Congress Fix the Debt Limit? / date / Online Only': the way
    to attend, printed over the title and again under the date, is no title however often printed."""
    record = _text_page(
        f"Skip to main content\n\nPast Event\n{tag}\n\nCan Congress Fix the Debt Limit?\n\n"
        f"Tuesday, March 5, 2024\n10:00 am - 11:00 am EST\n\n{tag}\n\nWatch the event\n"
    )
    assert record.name == "Can Congress Fix the Debt Limit?"


def test_a_unit_named_by_its_subject_at_its_institutions_short_name_is_the_unit() -> None:
    """'the Hutchins Center on Fiscal and Monetary Policy at Brookings will host': a unit whose name
    ends in its subject, at its institution named short."""
    names = _organizers(
        "On March 5, the Andes Center on Water and Mining Policy at Kingsbridge will host a webinar on "
        "proposals to reform the water courts.\n"
    )
    assert names == ["Andes Center on Water and Mining Policy"]


def test_a_conversations_subject_after_the_guests_post_is_no_employer() -> None:
    """'Please join X for a conversation with Y, Minister of Z, on her government's new law': what
    the conversation is about ends the guest's description; it is no organisation."""
    (entry,) = cued_entries(
        "Please join the Andes Program for a conversation with Lucía Ramírez, Minister of Water of Chile, "
        "on her government's new water law."
    )
    assert (entry.name, entry.job_title, entry.affiliation) == ("Lucía Ramírez", "Minister of Water of Chile", None)


def test_a_unit_of_an_institution_named_short_in_the_possessive_is_the_unit() -> None:
    """ "Join Carnegie's Europe Program for a discussion": the institution by a short name of its
    own, the unit the organizer."""
    names = _organizers(
        "In May the river courts ruled. Join Kingsbridge's Andes Program for a discussion with experts.\n"
    )
    assert names == ["Andes Program"]


@pytest.mark.parametrize(
    ("name", "slug"), [("Aslı Demirtaş", "asli-demirtas"), ("Sabancı University", "sabanci-university")]
)
def test_a_turkish_dotless_i_is_kept_in_the_slug(name: str, slug: str) -> None:
    """'Aslı', 'Sabancı': the dotless 'ı' has no decomposition; it folds to 'i', not to nothing."""
    assert slugify(name) == slug


@pytest.mark.parametrize("room", ["6th Floor, Wilson Center", "Main Hall, Lincoln Center"])
def test_a_room_in_a_center_named_after_a_person_is_no_town(room: str) -> None:
    """'Location / 6th Floor, Wilson Center': a building named 'X Center' is not the town X's centre
    (Wilson, North Carolina; Lincoln, Nebraska), so it names no locality (nor the town's clock)."""
    record = _text_page(f"Skip to main content\n\nWater and Power in the Andes\n\n{DATE}Location\n\n{room}\n")
    assert record.location is not None
    assert record.location.locality is None


_ARCHIVE = (
    "Skip to main content\n\nArctic Sovereignty and the Northwest Passage\n\n"
    "Marie-Claude Bélanger, Université Laval; Thomas R. Whitcombe, University of Alaska FairbanksDownload {report}"
    "\n\nDate & Time\n\nNov. 3, 2008\n12:00pm – 2:00pm ET\n\n\n"
    "The melting of the ice has reopened an old dispute over the Northwest Passage. This {unit} meeting "
    "set out the two countries' positions.\n\n\nHosted By\n\n{host}\n"
)


def test_a_download_link_run_into_a_series_of_its_own_names_the_numbered_report() -> None:
    """'University of Alaska FairbanksDownload One Issue, Two Voices #11': the archive's link to the
    paper it launched, a series named by words of its own, numbered as 'Special Report #115' is."""
    text = _ARCHIVE.format(report="One Issue, Two Voices #11", unit="Canada Institute", host="Canada Institute")
    assert _reports(_text_page(text)) == [("One Issue, Two Voices #11", "11")]


def test_a_download_link_run_into_a_known_series_names_it_once() -> None:
    """'Download Asia Program Special Report No. 142': a series the reader knows by its kind is
    read as it always was, once, not again as a series of its own."""
    text = _ARCHIVE.format(report="Asia Program Special Report No. 142", unit="Asia Program", host="Asia Program")
    assert _reports(_text_page(text)) == [("Special Report No. 142", "142")]


def test_this_unit_meeting_after_a_sentences_end_names_the_unit_alone() -> None:
    """'… over the Northwest Passage. This North America Program meeting …' under a host of that kind
    with a new name: the old name is the program's, not 'Northwest Passage. This North America Program'."""
    text = _ARCHIVE.format(report="Policy Brief #3", unit="North America Program", host="Americas Program")
    (host,) = _text_page(text).organizers
    assert (host.name, host.former_names) == ("Americas Program", ("North America Program",))


def test_set_55_meets_the_f1_target_in_every_field() -> None:
    """The second seed-like set after its fixes: every field at 0.9 or more."""
    scores = measure(Path(__file__).parent / "data" / "holdout-55" / "expected.yaml")
    assert {name: round(scores[name].f1, 3) for name in FIELDS + OPTIONAL_FIELDS if scores[name].f1 < 0.9} == {}
