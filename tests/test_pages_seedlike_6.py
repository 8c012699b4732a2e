"""Forms that hold-out set 54 (pages in the seed page's own rendering: think tanks' event pages
dumped to text, inline elements run together) showed the ingester missing, one test per form.
Each page here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.ingest_accuracy import FIELDS, OPTIONAL_FIELDS, measure
from kg.pages.orgs import split_org_names
from tests.test_pages_unseen import _people, _text_page

HEAD = "Skip to main content\n\nWater and Power in the Andes\n\nDate & Time\n\nApr. 8, 2015\n2:00pm – 3:30pm ET\n\n"


@pytest.mark.parametrize("tag", ["Webcast Recap", "Report Launch", "Event Recap", "Conference Highlights"])
@pytest.mark.parametrize("above", [True, False])
def test_an_event_type_tag_next_to_the_title_is_not_the_title(tag: str, above: bool) -> None:
    """'Webcast Recap' over the title of a past webcast, 'Report Launch' under a launch's title:
    the kind of event (and what became of it), not its name."""
    lines = [tag, "", "Water and Power in the Andes"] if above else ["Water and Power in the Andes", "", tag]
    record = _text_page(
        "Skip to main content\n\n" + "\n".join(lines) + "\n\nDate & Time\n\nApr. 8, 2015\n2:00pm – 3:30pm ET\n"
    )
    assert record.name == "Water and Power in the Andes"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("US and the Americas Programme", ["US and the Americas Programme"]),
        ("Canada and the Americas Program", ["Canada and the Americas Program"]),
        ("IISS and the Japan Foundation", ["IISS", "Japan Foundation"]),
        ("Nutrien and the Northern Resources Association", ["Nutrien", "Northern Resources Association"]),
    ],
)
def test_a_place_before_and_the_is_part_of_the_programmes_name(text: str, names: list[str]) -> None:
    """A country's initials or name are no organisation: 'US and the Americas Programme' is one."""
    assert split_org_names(text) == names


@pytest.mark.parametrize(
    "caption",
    ["Image - Portrait of Lucía Ramírez", "Image - Lucía Ramírez headshot", "Photo – Lucía Ramírez", "Image: Ramírez"],
)
def test_an_image_caption_above_a_speaker_card_is_not_a_heading_over_it(caption: str) -> None:
    """A CMS's speaker card rendered as text: the photo's alt text, then the name, then the post.
    The caption is chrome; it does not swallow the name under it."""
    record = _text_page(
        HEAD + f"Speakers\n\n{caption}\nLucía Ramírez\n\nProfessor of Geography, Universidad de Chile\n\n"
        "Moderator\n\nImage - Portrait of Paul Henley\nPaul Henley\n\nDirector, Andes Program\n"
    )
    assert _people(record) == {
        ("Lucía Ramírez", "speaker", "Universidad de Chile", "Professor of Geography"),
        ("Paul Henley", "moderator", "Andes Program", "Director"),
    }


def test_a_members_event_names_its_participants_its_department_and_its_contact() -> None:
    """A London institute's event page: 'Event participants' as name and post lines, 'Chair:',
    the programme in a 'Department/project' field, an 'Event contact' card (menu words, but a
    heading), and a share bar run together; the chair's heading does not hold for what follows."""
    record = _text_page(
        "Skip to main content\n\nMembers Event\n\nWater and Power in the Andes\n\n"
        "14 March 2019 — 1:00PM TO 2:00PM\n\nGrosvenor House, London\n\n"
        "Event participants\n\nDr Lucía Ramírez\nProfessor of Geography, Universidad de Chile\n\n"
        "Chair: Paul Henley\nSenior Research Fellow, Americas Programme, Grosvenor House\n\n"
        "Department/project\n\nUS and the Americas Programme\n\n"
        "Event contact\nAnna Price\nProgramme Coordinator, US and the Americas Programme\n+44 (0)20 7957 5700\n\n"
        "Share  Email  Print\n"
    )
    assert _people(record) == {
        ("Lucía Ramírez", "speaker", "Universidad de Chile", "Professor of Geography"),
        ("Paul Henley", "chair", "Grosvenor House", "Senior Research Fellow, Americas Programme"),
        ("Anna Price", "contact", "US and the Americas Programme", "Programme Coordinator"),
    }
    assert [o.name for o in record.organizers] == ["US and the Americas Programme"]


def test_a_share_bar_run_together_is_no_ones_affiliation() -> None:
    record = _text_page(HEAD + "Moderator\nPaul Henley\n\nShare  Email  Print\n")
    assert _people(record) == {("Paul Henley", "moderator", None, None)}


@pytest.mark.parametrize("heading", ["Event Feedback", "Feedback"])
def test_a_feedback_heading_ends_the_list_of_hosts(heading: str) -> None:
    record = _text_page(
        HEAD + f"Hosted By\n\nAndes Program\n\nThe Andes Program studies the region.   Read more\n\n{heading}\n\n"
        "Thank you for your interest in this event. Please send any feedback or questions to our Events staff.\n"
    )
    assert [o.name for o in record.organizers] == ["Andes Program"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "In the discussion that followed, Andes Program Director Paul Henley, who moderated the meeting, "
            "asked whether the dams had changed the region's politics.",
            ("Paul Henley", "moderator", "Andes Program", "Director"),
        ),
        (
            "Paul Henley, director of the Andes Program, moderated.",
            ("Paul Henley", "moderator", "Andes Program", "director"),
        ),
        (
            "The Institute's Paul Henley, director of the Andes Program, chaired the discussion and closed it.",
            ("Paul Henley", "chair", "Andes Program", "director"),
        ),
    ],
)
def test_an_event_summary_says_who_moderated_or_chaired_in_the_past_tense(
    sentence: str, person: tuple[str, ...]
) -> None:
    """An archive page's summary names its moderator only in the past tense, in the clause that
    names him: the role, his post and his employer are read from it."""
    record = _text_page(HEAD + "Lucía Ramírez, Universidad de Chile\n\n" + sentence + "\n")
    assert _people(record) == {("Lucía Ramírez", "speaker", "Universidad de Chile", None), person}


def test_a_past_post_chaired_by_a_speaker_is_no_role_at_the_event() -> None:
    """'She chaired a commission on water in 2010': what she did before, not at this event."""
    record = _text_page(
        HEAD + "Lucía Ramírez, Universidad de Chile\n\n"
        "Lucía Ramírez chaired a national commission on water rights in 2010 and now teaches in Santiago.\n"
    )
    assert _people(record) == {("Lucía Ramírez", "speaker", "Universidad de Chile", None)}


def test_a_panels_bare_chair_does_not_chair_the_described_people_under_her() -> None:
    """An agenda's panel: its time on a line of its own, 'Panel I: …', 'Chair: X' named bare, then
    its speakers each with post and employer: they are speakers, not chairs."""
    record = _text_page(
        HEAD + "Agenda\n\n2:00 – 3:00pm\nPanel I: Rivers and Rights\nChair: Paul Henley\n"
        "Lucía Ramírez, Professor of Geography, Universidad de Chile\n"
        "Tomás Quispe, Senior Researcher, Instituto de Estudios Peruanos\n"
    )
    assert _people(record) == {
        ("Paul Henley", "chair", None, None),
        ("Lucía Ramírez", "speaker", "Universidad de Chile", "Professor of Geography"),
        ("Tomás Quispe", "speaker", "Instituto de Estudios Peruanos", "Senior Researcher"),
    }


@pytest.mark.parametrize(
    ("card", "post"),
    [
        (
            "Former Andes Program Fellow;\nProfessor of Geography, Universidad de Chile",
            ("Universidad de Chile", "Professor of Geography"),
        ),
        (
            "Global Fellow, Andes Program;\nFormer U.S. Ambassador to Bolivia",
            ("Andes Program", "Global Fellow"),
        ),
    ],
)
def test_a_card_whose_post_line_ends_with_a_semicolon_goes_on_to_the_next_post(
    card: str, post: tuple[str, str]
) -> None:
    """A speaker card of two posts on two lines, the first ending with ';': the current post is
    the one held now, whichever line gives it."""
    record = _text_page(HEAD + f"Speakers\n\nImage - Lucía Ramírez\nLucía Ramírez\n\n{card}\n")
    assert _people(record) == {("Lucía Ramírez", "speaker", *post)}


def test_an_invitation_gives_the_roles_and_the_speaker_cards_below_it_give_the_posts() -> None:
    """'featuring a presentation of the report's findings by its author, X', 'A panel discussion
    will follow with Y …; and Z …', 'moderated by W': the roles are the invitation's; the cards
    under 'Featuring' write each post as a title with its employer, and those are kept."""
    record = _text_page(
        HEAD + "Please join the Andes Program for the launch of a new report, Rivers of the Altiplano, featuring "
        "a presentation of the report's findings by its author, Dr. Lucía Ramírez, senior fellow with the Andes "
        "Program. A panel discussion will follow with Tomás Quispe, a senior engineer with the Peruvian Water "
        "Authority in Lima; and Ana Mamani, professor of law at the Catholic University of Bolivia. The "
        "discussion will be moderated by Paul Henley, director of the Andes Program.\n\n"
        "Featuring\n\nLucía Ramírez\nSenior Fellow, Andes Program, Hemisphere Institute\n\n"
        "Tomás Quispe\nSenior Engineer, Peruvian Water Authority\n\n"
        "Ana Mamani\nProfessor of Law, Catholic University of Bolivia\n\n"
        "Paul Henley\nDirector, Andes Program, Hemisphere Institute\n"
    )
    assert _people(record) == {
        ("Lucía Ramírez", "presenter", "Hemisphere Institute", "Senior Fellow, Andes Program"),
        ("Tomás Quispe", "panelist", "Peruvian Water Authority", "Senior Engineer"),
        ("Ana Mamani", "panelist", "Catholic University of Bolivia", "Professor of Law"),
        ("Paul Henley", "moderator", "Hemisphere Institute", "Director, Andes Program"),
    }


def test_an_invitation_does_not_cut_a_hosts_name_at_its_own_and() -> None:
    """'Join the Institute on Water and the Environment and the Rural Studies Program for …' under
    'Hosted By' listing both: the first name's own 'and' is no boundary between two hosts."""
    record = _text_page(
        HEAD + "Join the Institute on Water and the Environment and the Rural Studies Program for a discussion "
        "of a new book on irrigation in the Andes.\n\n"
        "Hosted By\n\nInstitute on Water and the Environment\n\nThe Institute studies water.   Read more\n\n"
        "Rural Studies Program\n\nThe Program studies the countryside.   Read more\n"
    )
    assert [o.name for o in record.organizers] == ["Institute on Water and the Environment", "Rural Studies Program"]


def test_a_comma_typed_between_a_streets_name_and_its_kind_leaves_the_town_where_it_is() -> None:
    """'1300 Pennsylvania, Ave., N.W.' (as a site's venue box has it) / 'Washington, D.C. 20004':
    the street goes on after the stray comma, and the town is Washington, not Pennsylvania."""
    record = _text_page(
        HEAD + "Location\n\nHemisphere Institute\n5th Floor Auditorium, One Hemisphere Plaza\n"
        "1300 Pennsylvania, Ave., N.W.\nWashington, D.C. 20004\n"
    )
    assert record.location is not None
    assert (record.location.locality, record.location.postal_code) == ("Washington", "20004")


def test_a_summary_describes_the_speakers_a_list_names_bare() -> None:
    """'Speakers / A, B, C' with nothing more, and the summary: 'At a Hemisphere event, A of the X
    University, B, a former member of Bolivia's Senate, and C of the Y School discussed …'."""
    record = _text_page(
        HEAD + "Speakers\nLucía Ramírez, Tomás Quispe, Ana Mamani\n\nEvent Summary\n\n"
        "At a Hemisphere event, Lucía Ramírez of the Catholic University of Chile, Tomás Quispe, a former "
        "member of Bolivia's Senate, and Ana Mamani of the Andean Law School discussed whether the region's "
        "water courts can settle disputes between mines and farmers.\n"
    )
    assert _people(record) == {
        ("Lucía Ramírez", "speaker", "Catholic University of Chile", None),
        ("Tomás Quispe", "speaker", None, "former member of Bolivia's Senate"),
        ("Ana Mamani", "speaker", "Andean Law School", None),
    }


# sponsors not yet: an embassy 'in Washington', the host's own old name as co-sponsor (docs/ingest.md)
SET_54_FIELDS = tuple(name for name in FIELDS + OPTIONAL_FIELDS if name != "sponsors")


def test_set_54_meets_the_f1_target_in_its_fields() -> None:
    """The seed-like set after its fixes: every field but sponsors at 0.9 or more."""
    scores = measure(Path(__file__).parent / "data" / "holdout-54" / "expected.yaml")
    assert {name: round(scores[name].f1, 3) for name in SET_54_FIELDS if scores[name].f1 < 0.9} == {}
