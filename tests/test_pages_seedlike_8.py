"""Forms that hold-out set 57 (a third set of Wilson Center event pages in the seed page's own
rendering, of programs and eras sets 54 and 55 did not use) showed the ingester missing, one test
per form. Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import FIELDS, OPTIONAL_FIELDS, measure
from kg.pages.lines import match_label
from kg.pages.people import parse_entries
from tests.test_pages_unseen import _people, _text_page

_ARCHIVE = (
    "Skip to main content\n\nMoney Without a State\n\n{speakers}\n\nDate & Time\n\nJan. 9, 2002\n"
    "10:00am – 11:30am ET\n\n\nMoney Without a State\nJanuary 9, 2002\n\n{speakers}.\n\n"
    "The speakers weighed the first week of the new currency in the shops and banks of the euro area,\n"
    "and what it means for the central banks that issued it.\n\n\nHosted By\n\nGlobal Europe Program\n"
)


@pytest.mark.parametrize("bank", ["Deutsche Bundesbank", "Oesterreichische Nationalbank", "Sveriges Riksbank"])
def test_a_central_bank_written_as_one_word_is_an_organisation(bank: str) -> None:
    """'Klaus Weber, Deutsche Bundesbank' in the seed's speakers line: a central bank whose kind is
    the end of one word ('Bundesbank', 'Nationalbank', 'Riksbank') is the employer, not a second
    person, so the line's other speakers are read too."""
    speakers = f"Lena Hartmann, {bank}; Paul Ricard,Sciences Po; Ann Dwyer, Trinity College Dublin"
    record = _text_page(_ARCHIVE.format(speakers=speakers))
    assert _people(record) == {
        ("Lena Hartmann", "speaker", bank, None),
        ("Paul Ricard", "speaker", "Sciences Po", None),
        ("Ann Dwyer", "speaker", "Trinity College Dublin", None),
    }


def test_a_family_name_ending_in_bank_stays_a_name() -> None:
    """'John K. Fairbank' is a person: only a central bank's own compounds are organisations."""
    (entry,) = parse_entries("John K. Fairbank, Harvard University", strict=True)
    assert (entry.name, entry.affiliation) == ("John K. Fairbank", "Harvard University")


_AGENDA = (
    "Skip to main content\n\nArchives of the Atom\n\nDate & Time\n\n{dates}\n\nLocation\n\nWilson Center\n"
    "1300 Pennsylvania Avenue NW\nWashington, DC 20004\n\nOverview\n\nHistorians and former officials\n"
    "revisit the decisions of the 1970s, drawing on newly declassified records.\n\nThis conference is made "
    "possible with support from the Ridgeway Family Foundation and the Tolland Trust.\n\nAgenda\n\n"
    "Monday, June 4\n\n9:00am – 10:45am\nPanel I: Choices in Europe\nChair: Ruth Okafor, Senior Scholar, "
    "Wilson Center\nAnders Lind, Assistant Professor of History, Lund University\nMaria Costa, Associate "
    "Professor of History, University of Lisbon\n\n11:00am – 12:00pm\n{lunch}\nGeorge Pratt, Former "
    "Director, Office of Nuclear Policy\n\n{later}12:15pm – 1:00pm\nRoundtable: What the Archives Teach\n"
    "George Pratt, Former Director, Office of Nuclear Policy\nRuth Okafor, Senior Scholar, Wilson Center\n\n"
    "Hosted By\n\nHistory and Public Policy Program\n"
)
_ONE_DAY = "Jun. 4, 2018\n9:00am – 1:00pm ET"


def test_speakers_under_a_panel_after_the_text_are_not_the_hosts_staff() -> None:
    """'Assistant Professor of History', 'Former Director, X' under a programme's panel after the
    overview: a rank a staff word only qualifies, and a former post, are no staff line of the host."""
    record = _text_page(_AGENDA.format(dates=_ONE_DAY, lunch="Keynote", later=""))
    roles = {(p.person.name, p.role) for p in record.participants}
    assert ("Anders Lind", "speaker") in roles
    assert ("Maria Costa", "speaker") in roles
    assert not [r for r in roles if r[1] == "organizer"]


@pytest.mark.parametrize("heading", ["Lunch Keynote", "Luncheon Keynote Address", "Dinner Keynote"])
def test_a_keynote_over_a_meal_is_a_keynote(heading: str) -> None:
    """'Lunch Keynote' over a name in a programme: the meal qualifies the keynote, as 'Session'
    qualifies 'Chair'."""
    found = match_label(heading)
    assert found is not None and found[0].role == "keynote"
    record = _text_page(_AGENDA.format(dates=_ONE_DAY, lunch=heading, later=""))
    assert ("George Pratt", "keynote") in {(p.person.name, p.role) for p in record.participants}


def test_a_programme_item_titled_under_its_time_lists_its_own_people() -> None:
    """'12:15pm – 1:00pm' / 'Roundtable: What the Archives Teach' / names: an item whose title stands
    under its time, its people panelists of the roundtable even when they hold other roles in other
    items (the keynote, a panel's chair)."""
    record = _text_page(_AGENDA.format(dates=_ONE_DAY, lunch="Keynote", later=""))
    roles = {(p.person.name, p.role) for p in record.participants}
    assert {("George Pratt", "keynote"), ("George Pratt", "panelist")} <= roles
    assert {("Ruth Okafor", "chair"), ("Ruth Okafor", "panelist")} <= roles


def test_a_date_box_listing_each_day_ends_on_the_last_days_hours() -> None:
    """'Jun. 4, 2018' / '9:00am – 5:30pm ET' / 'Jun. 5, 2018' / '9:00am – 1:00pm ET': a meeting
    of two days whose date box gives each day's hours ends at the last day's end."""
    dates = "Jun. 4, 2018\n9:00am – 5:30pm ET\nJun. 5, 2018\n9:00am – 1:00pm ET"
    record = _text_page(_AGENDA.format(dates=dates, lunch="Keynote", later="Tuesday, June 5\n\n"))
    assert (record.start, record.end) == ("2018-06-04T09:00:00-04:00", "2018-06-05T13:00:00-04:00")


_WEBINAR = (
    "Skip to main content\n\nWebinar\n\nRivers Under Strain: Dams and Diplomacy on the Mekong\n\nDate & Time\n\n"
    "Mar. 10, 2021\n9:00am – 10:30am ET\n\nLocation\n\nOnline\n\nOverview\n\n{overview}\n\nSpeakers\n\n"
    "{cards}Hosted By\n\nEnvironment Program\n\nThe program studies water, energy and climate.   Read more\n"
)


def test_selected_quotes_name_no_new_role() -> None:
    """'Selected Quotes' under the last card, each quote under its speaker's name: a section of what
    was said, neither a person nor a moderator's second line."""
    found = match_label("Selected Quotes")
    assert found is not None and found[0].kind == "ignore"
    overview = "Hydropower dams upstream have changed how the river floods, and the countries downstream\nwant a say."
    cards = (
        "Lin Mei\nSenior Fellow, Mekong Policy Institute\n\nModerator\n\nTom Bright\nDirector, Environment Program\n\n"
        "Selected Quotes\n\nLin Mei\n\n“The river does not stop at borders.”\n\n"
    )
    record = _text_page(_WEBINAR.format(overview=overview, cards=cards))
    assert {(p.person.name, p.role) for p in record.participants} == {
        ("Lin Mei", "speaker"),
        ("Tom Bright", "moderator"),
    }


def test_a_card_states_a_post_the_text_gave_in_passing() -> None:
    """'moderated by Environment Center Director X' in the overview, then her card 'Director, Center for
    Rivers and Energy Security': the card writes the post and employer in full."""
    overview = (
        "Hydropower dams upstream have changed how the river floods. Join us for a discussion moderated by\n"
        "Rivers Center Director Ana Lopes, with Lin Mei of the Mekong Policy Institute."
    )
    cards = (
        "Lin Mei\nSenior Fellow, Mekong Policy Institute\n\nModerator\n\nAna Lopes\n"
        "Director, Center for Rivers and Energy Security\n\n"
    )
    record = _text_page(_WEBINAR.format(overview=overview, cards=cards))
    assert ("Ana Lopes", "moderator", "Center for Rivers and Energy Security", "Director") in _people(record)


def test_a_post_before_the_name_in_a_second_clause_gives_the_role_and_the_card_the_post() -> None:
    """'Program Director X will moderate, and Institute President Y will give welcoming remarks': each
    clause says what its person will do; Y's card ('President and CEO, Z Institute') keeps its post."""
    overview = (
        "Hydropower dams upstream have changed how the river floods. Program Director Tom Bright will moderate,\n"
        "and Mekong Policy Institute President Sara Voss will give welcoming remarks."
    )
    cards = (
        "Sara Voss\nPresident and CEO, Mekong Policy Institute\n\nLin Mei\nSenior Fellow, Mekong Policy Institute\n\n"
        "Moderator\n\nTom Bright\nDirector, Environment Program\n\n"
    )
    record = _text_page(_WEBINAR.format(overview=overview, cards=cards))
    assert ("Sara Voss", "introductory-remarks", "Mekong Policy Institute", "President and CEO") in _people(record)
    assert ("Tom Bright", "moderator", "Environment Program", "Director") in _people(record)


def test_the_summary_naming_its_unit_of_another_kind_gives_the_hosts_old_name() -> None:
    """'This West European Studies seminar' on an archive page the Global Europe Program alone hosts
    today: the program's old name, so the staff lines' unit is the host (as the seed's 'Asia Program')."""
    text = _ARCHIVE.format(speakers="Lena Hartmann, Sciences Po; Paul Ricard, Trinity College Dublin")
    text = text.replace("The speakers weighed", "This West European Studies seminar weighed").replace(
        "\n\n\nHosted By", "\n\nKristin Ehler, West European Studies program assistant 202-691-4000\n\n\nHosted By"
    )
    record = _text_page(text)
    (host,) = record.organizers
    assert (host.name, host.former_names) == ("Global Europe Program", ("West European Studies",))
    assert ("Kristin Ehler", "contact", "Global Europe Program", "West European Studies program assistant") in (
        _people(record)
    )


def test_a_summary_going_on_after_the_moderators_name_is_no_post() -> None:
    """'… moderated by project director X, participants asked about …': the clause after the name is
    the summary going on, not X's post."""
    from kg.pages.sentences import cued_entries

    (entry,) = cued_entries(
        "In the discussion that followed, moderated by project director Ana Lopes, participants asked about the dams."
    )
    assert (entry.name, entry.role, entry.job_title) == ("Ana Lopes", "moderator", "project director")
    (entry,) = cued_entries("At this seminar, moderated by Director Ana Lopes, three speakers considered whether …")
    assert (entry.name, entry.job_title) == ("Ana Lopes", "Director")


def test_a_numbered_report_named_in_the_text_and_in_the_downloads_is_one_report() -> None:
    """'its new report, Emerging Technology Policy Series No. 7, "Drones Over the Farm"' and 'Documents &
    Downloads' / 'Emerging Technology Policy Series No. 7: Drones Over the Farm (PDF)' on a page the
    Science and Technology Innovation Program hosts: one report, by its full series name ('Technology'
    inside the host's name begins no publisher's name)."""
    text = (
        "Skip to main content\n\nReport Launch\n\nDrones Over the Farm\n\nDate & Time\n\nOct. 11, 2017\n"
        "10:00am – 11:30am ET\n\nOverview\n\nPlease join the Science and Technology Innovation Program for the "
        'launch of its new report, Emerging Technology Policy Series No. 7, "Drones Over the Farm," which examines '
        "farm drones.\n\nDocuments & Downloads\n\nEmerging Technology Policy Series No. 7: Drones Over the Farm "
        "(PDF)\n\nHosted By\n\nScience and Technology Innovation Program\n"
    )
    assert [(r.name, r.report_number) for r in _text_page(text).reports] == [
        ("Emerging Technology Policy Series No. 7", "7")
    ]


def test_a_unit_founded_with_support_names_no_sponsor_of_the_event() -> None:
    """'The X Center was established in 2015 with the generous support of Y and Z' in the host's box:
    who funded the center, not who supports this event ('made possible with the support of W' does)."""
    overview = (
        "Hydropower dams upstream have changed how the river floods. This program is made possible with the\n"
        "support of the Tolland River Trust."
    )
    cards = "Lin Mei\nSenior Fellow, Mekong Policy Institute\n\n"
    text = _WEBINAR.format(overview=overview, cards=cards).replace(
        "The program studies water, energy and climate.",
        "The Environment Program was established in 2015 with the generous support of the Ridgeway Family Foundation.",
    )
    assert [s.name for s in _text_page(text).sponsors] == ["Tolland River Trust"]


def test_a_cards_photo_text_repeating_the_name_is_no_other_form_of_it() -> None:
    """'Lin Mei' / 'Lin Mei' / 'Senior Fellow, …': the photo's text over a card repeats the name; the
    two lines run together ('Lin Mei Lin Mei', 'Mei Lin Mei') are not other forms of her name."""
    overview = "Hydropower dams upstream have changed how the river floods, and Mei Lin explains why."
    cards = "Lin Mei\nLin Mei\nSenior Fellow, Mekong Policy Institute\n\n"
    (person,) = {p.person for p in _text_page(_WEBINAR.format(overview=overview, cards=cards)).participants}
    assert (person.name, person.alternate_names) == ("Lin Mei", ("Mei Lin",))


def test_the_staff_line_with_a_telephone_under_drafted_by_is_the_contact() -> None:
    """'Drafted by X, Unit program assistant' then 'Y, Director, Unit, 202-691-4129': the drafter's
    heading does not hold for the line with a telephone, the program's contact."""
    text = _ARCHIVE.format(speakers="Lena Hartmann, Sciences Po; Paul Ricard, Trinity College Dublin").replace(
        "\n\n\nHosted By",
        "\n\nDrafted by Kristin Ehler, West European Studies program assistant\n"
        "Marion Sletten, Director, West European Studies, 202-691-4000\n\n\nHosted By",
    )
    roles = {(p.person.name, p.role) for p in _text_page(text).participants}
    assert {("Kristin Ehler", "rapporteur"), ("Marion Sletten", "contact")} <= roles
    assert ("Marion Sletten", "rapporteur") not in roles


@pytest.mark.parametrize("field", ["Conflict Resolution", "Child Nutrition", "Risk Reduction"])
def test_a_field_after_and_in_a_schools_name_is_no_person(field: str) -> None:
    """'Carter School for Peace and Conflict Resolution': a field's noun ('-ution', '-tion') ends no
    family name, so the part after 'and' is no second person."""
    (entry,) = parse_entries(f"Kofi Mensah, Associate Professor, Carter School for Peace and {field}, Mason University")
    assert (entry.name, entry.affiliation) == ("Kofi Mensah", "Mason University")


def test_a_photo_caption_over_a_card_gives_no_reversed_form_of_the_name() -> None:
    """'Image - Portrait of Dana Whitfield' / 'Dana Whitfield': the two lines run together are no
    'Whitfield Dana', another order of her name."""
    cards = "Image - Portrait of Dana Whitfield\nDana Whitfield\nSenior Fellow, Mekong Policy Institute\n\n"
    (person,) = {
        p.person for p in _text_page(_WEBINAR.format(overview="Dams have changed the river.", cards=cards)).participants
    }
    assert (person.name, person.alternate_names) == ("Dana Whitfield", ())


def test_a_meeting_its_speakers_held_the_next_day_elsewhere_is_a_related_event() -> None:
    """'On the following day, January 10, Hartmann and Ricard discussed the currency with congressional
    staff at a smaller meeting in the Rayburn House Office Building': an active sentence names the
    meeting, its date, its place and its people (the seed's 'was held on Capitol Hill on July 30' too)."""
    text = _ARCHIVE.format(speakers="Lena Hartmann, Sciences Po; Paul Ricard, Trinity College Dublin").replace(
        "\n\n\nHosted By",
        "\n\nOn the following day, January 10, Hartmann and Ricard discussed the currency with congressional "
        "staff at a smaller meeting in the Rayburn House Office Building.\n\n\nHosted By",
    )
    (related,) = _text_page(text).related_events
    assert (related.start, related.location.name if related.location else None) == (
        "2002-01-10",
        "Rayburn House Office Building",
    )
    assert {p.person.name for p in related.participants} == {"Lena Hartmann", "Paul Ricard"}


def test_set_57_meets_the_f1_target_in_every_field_but_reports_and_sponsors() -> None:
    """The third seed-like set after its fixes: 0.9 or more in every field but reports ('Download Urban
    Brief #6' on a page the Urban Sustainability Laboratory hosts: the series' first word opens the
    host's name) and sponsors ('Energy Foundation China' read as the foundation's China office)."""
    scores = measure(Path(__file__).parent / "data" / "holdout-57" / "expected.yaml")
    below = {name: round(scores[name].f1, 3) for name in FIELDS + OPTIONAL_FIELDS if scores[name].f1 < 0.9}
    assert set(below) <= {"reports", "sponsors"}
