"""Forms of a programme that the role misses of all hold-out sets (session 27) showed the ingester reading
wrongly, one test per form. Each page here is written for the form, not copied from the hold-out page that
showed it."""

from __future__ import annotations

from kg.pages.lines import match_label, session_role, starts_with_time
from tests.test_pages_unseen import _people, _text_page


def _roles(text: str) -> set[tuple[str, str]]:
    return {(name, role) for name, role, _, _ in _people(_text_page(text))}


_DEBATE = """\
Who Pays for the Harbour?
Thursday 6 March 2025, 18:00-20:00
Venue: Town Hall, Kingsport

Programme

18:00 Welcome
Dr. Ruth Ellery, Director, Kingsport Policy Forum

18:10 Debate
Gareth Moss, Harbour Master, Port of Kingsport
Priya Nandakumar, Councillor, Kingsport Borough Council
Moderator: Owen Lyle, Editor, Kingsport Gazette

19:00 Discussion with the authors of the report
Dr. Sian Pugh, Research Fellow, Kingsport Policy Forum
Dr. Emyr Watts, Senior Lecturer, University of Kingsport
Moderator: Owen Lyle, Editor, Kingsport Gazette

19:45 Debate with the audience
"""


def test_a_debates_or_a_discussions_people_are_its_panelists() -> None:
    roles = _roles(_DEBATE)
    assert ("Gareth Moss", "panelist") in roles
    assert ("Priya Nandakumar", "panelist") in roles
    assert ("Sian Pugh", "panelist") in roles  # 'Discussion with the authors …'
    assert ("Emyr Watts", "panelist") in roles
    assert ("Ruth Ellery", "introductory-remarks") in roles
    # the audience's turn names no one: not a panel ('Debate with the audience', 'Discussion with the floor')
    assert session_role("19:45 Debate with the audience") != "panelist"
    assert session_role("16:00 Discussion with the floor") != "panelist"
    assert session_role("15.40 Débat") == "panelist"
    assert session_role("17.40 Debata") == "panelist"


def test_a_flemish_hour_leads_a_programme_item() -> None:
    # '20u10': the hour and its minutes as Flemish programmes write them
    assert starts_with_time("20u10 – Debat")
    assert starts_with_time("9u30 Onthaal")
    assert not starts_with_time("Ulrike Uhl, voorzitter")
    page = """\
Wonen aan de kust
dinsdag 3 juni 2025, 19u00 – 21u00
Zaal De Schelp, Oostende

Programma

19u00 – Verwelkoming
Prof. dr. Anke Wouters, voorzitter van het instituut

19u15 – Debat
Met:

Jef Declercq, schepen van Wonen, stad Oostende

Lotte Vermeulen, onderzoeker, Universiteit Gent

Moderator: Ruben Maes, journalist bij Het Kustblad
"""
    roles = _roles(page)
    assert ("Anke Wouters", "introductory-remarks") in roles
    assert ("Jef Declercq", "panelist") in roles
    assert ("Lotte Vermeulen", "panelist") in roles


def test_an_items_kind_before_the_word_for_by_gives_its_role() -> None:
    # 'Slotwoord door X' (Dutch), 'Avslutning av X' (Norwegian, Swedish): the item's kind before 'by'
    assert session_role("21u15 – Slotwoord door Anke Wouters, gevolgd door een receptie") == "closing-remarks"
    assert session_role("16:30 Avslutning av Kari Berge") == "closing-remarks"


_ROUND_TABLE = """\
Seminario: Agua y ciudad
Jueves 8 de mayo de 2025, 16:00 h
Lugar: Aula Magna, Facultad de Derecho, Valladolid

Programa

16:00 h. Mesa redonda

Ponentes:

Dra. Marta Ibarra Soto, Profesora Titular, Universidad de Valladolid

Dr. Tomás Aguirre Lema, Investigador, Instituto del Agua

Modera: Dr. Pablo Serrano Gil, Catedrático, Universidad de Valladolid

17:30 h. Clausura
"""

_CHAIRED_PANEL = """\
Water and the City
Thursday 8 May 2025, 14:00-16:00
Venue: Great Hall, Riverside University, Eastmouth

Programme

14:00 Panel

Chair: Dr. Elena Rowe, Director, Riverside Water Institute

Speakers:

Dr. Ian Vidal, Research Fellow, University of Eastmouth

Dr. Maya Horne, Senior Engineer, Eastmouth Water
"""


def test_a_bare_speakers_heading_under_a_round_table_gives_its_panelists() -> None:
    roles = _roles(_ROUND_TABLE)
    assert ("Marta Ibarra Soto", "panelist") in roles
    assert ("Tomás Aguirre Lema", "panelist") in roles
    assert ("Pablo Serrano Gil", "moderator") in roles
    # under the panel's chair, the speakers' heading keeps its own role (sets 48-63, 87)
    roles = _roles(_CHAIRED_PANEL)
    assert ("Ian Vidal", "speaker") in roles
    assert ("Maya Horne", "speaker") in roles
    # and so they do when the chair closes the list ('Speakers include:' / … / 'Chaired by X', set 35)
    chaired_after = _CHAIRED_PANEL.replace("Chair: Dr. Elena Rowe, Director, Riverside Water Institute\n\n", "")
    chaired_after += "\nChaired by Dr. Elena Rowe, Director, Riverside Water Institute\n"
    roles = _roles(chaired_after.replace("Speakers:", "Speakers include:"))
    assert ("Ian Vidal", "speaker") in roles
    assert ("Elena Rowe", "chair") in roles


def test_a_heading_whose_words_run_over_a_dash_to_its_colon() -> None:
    # 'Diskussjoni – jipparteċipaw:' (Maltese: discussion – taking part): the whole head names the role
    found = match_label("Diskussjoni – jipparteċipaw:")
    assert found is not None and found[0].role == "panelist"


_CONVERSATION = """\
Launch of the Prairie Drought Atlas
Tuesday, October 14, 2025, 6:00-8:00 pm
Prairie Hall, University of Regent, Moose Lake

The evening launches the Atlas and asks what comes next.

Conversation: After the dry years
Ella Frost, Reeve, Rural Municipality of Moose Lake
Dr. Tobias Wren, Hydrologist, Prairie Water Board
Moderated by Nadia Quill, host, Prairie Public Radio

Audience questions and closing
"""


def test_a_named_conversation_closed_by_its_moderator_has_panelists() -> None:
    roles = _roles(_CONVERSATION)
    assert ("Ella Frost", "panelist") in roles
    assert ("Tobias Wren", "panelist") in roles
    assert ("Nadia Quill", "moderator") in roles


_OPENING_REMARKS = """\
Launch of the Lakeshore Fisheries Brief
Tuesday 11 March 2025, 9:00 a.m. – 12:00 p.m.
Venue: Lakeshore Hotel, Mwanza

Programme

8.30 – 9.00 Registration
9.00 – 9.15 Welcome remarks – Dr. Neema Mollel, Director, Lakeshore Policy Institute
9.15 – 9.25 Remarks from the co-host – Prof. Baraka Kimaro, Dean, School of Economics, University of Mwanza
9.25 – 9.40 Remarks
Ms. Zawadi Mrema, Chief Executive, Lake Fishers Association
9.40 – 10.20 Presentation of findings – Dr. Amani Laizer, Research Fellow, Lakeshore Policy Institute
10.20 – 10.30 Remarks – Mr. Juma Mfinanga, Fisheries Officer, Mwanza City Council
"""


def test_remarks_in_the_programmes_opening_are_introductory() -> None:
    roles = _roles(_OPENING_REMARKS)
    assert ("Neema Mollel", "introductory-remarks") in roles
    assert ("Baraka Kimaro", "introductory-remarks") in roles  # 'Remarks from the co-host – X'
    assert ("Zawadi Mrema", "introductory-remarks") in roles  # 'Remarks' over her line
    # after the presentation, remarks no longer open the event
    assert ("Juma Mfinanga", "introductory-remarks") not in roles


def test_a_german_grusswort_opens_the_day() -> None:
    found = match_label("Grußwort")
    assert found is not None and found[0].role == "introductory-remarks"
    assert session_role("10:15 Uhr Grußwort von Dr. Anna Keller") == "introductory-remarks"
