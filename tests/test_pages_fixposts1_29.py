"""Forms of a speaker's post and body that the hold-out sets up to 104 showed the ingester missing (session 29,
fixposts1): one test per form, each with a small page written for the form, not copied from a hold-out page."""

from __future__ import annotations

from kg.pages.lines import is_chrome
from kg.pages.people import describe
from kg.pages.sentences import cued_entries, speaking_subjects
from tests.test_pages_unseen import _html_page, _people, _text_page

# a conference programme whose remote speakers say so after their body, inside the bracket
_PROGRAMME_WITH_REMOTE_SPEAKERS = """\
Paper and Ink: Archives of the Silk Road

Friday, 14 March 2025, 10:00 – 16:00
Old Library Hall, Samarkand

10:00 – 12:00 Panel 1: Merchants' letters
Chair: Dr. Timur Yusupov (Samarkand State University)
Dr. Aylin Korkmaz (Ankara University, online)
Dr. Rahul Venkatesan (University of Hyderabad, via Zoom)
Dr. Olga Lebedeva (Institute of Oriental Manuscripts)
"""


def test_a_way_of_taking_part_after_the_body_is_no_post() -> None:
    assert describe("Ankara University, online") == (None, "Ankara University")
    assert describe("Lecturer, University of Hyderabad, via Zoom") == ("Lecturer", "University of Hyderabad")
    people = {(name, body, post) for name, _, body, post in _people(_text_page(_PROGRAMME_WITH_REMOTE_SPEAKERS))}
    assert ("Aylin Korkmaz", "Ankara University", None) in people
    assert ("Rahul Venkatesan", "University of Hyderabad", None) in people


def test_an_occupation_before_a_name_with_her_body_after_it() -> None:
    found = cued_entries("The debate is chaired by journalist Milan Kostić (Radio Zenica).")
    assert [(e.name, e.job_title, e.affiliation) for e in found] == [("Milan Kostić", "journalist", "Radio Zenica")]
    found = cued_entries("It will be moderated by the journalist Amani Otieno of the Coast Herald.")
    assert [(e.name, e.job_title) for e in found] == [("Amani Otieno", "journalist")]
    # with no body the word describes her, as 'local historian Jane Doe' does: no post
    found = cued_entries("An evening in conversation with broadcaster Kirsty Mair.")
    assert [(e.name, e.job_title) for e in found] == [("Kirsty Mair", None)]


# a talk's page whose sentence opens with the speaker's post, her title and name, then her body
_TALK_WITH_POST_FIRST = """\
Harbour Museum
Calendar > Talks

Lunchtime Talk
Thursday 4 September 2025, 12:15–13:00
The Long Gallery, Harbour Museum, Quay Street 3, Bergen

Salt and Timber
Shipbuilding on the West Coast, 1700–1850

Curator Dr. Ingrid Solheim, Harbour Museum, tells the story of the yards that built the fleet.
"""


def test_a_post_before_the_speakers_title_and_name() -> None:
    people = {(name, body, post) for name, _, body, post in _people(_text_page(_TALK_WITH_POST_FIRST))}
    assert ("Ingrid Solheim", "Harbour Museum", "Curator") in people
    found = speaking_subjects("Professor Jane Rigg, University of Leeds, explains the law.")
    assert [(e.name, e.job_title) for e in found] == [("Jane Rigg", None)]  # 'Professor' before a name: a title
    # a scholar's calling before her name is no post at the body after it
    found = speaking_subjects("Geographer Dr. Lena Maas (Utrecht University) shows how the polders were drawn.")
    assert [(e.name, e.job_title, e.affiliation) for e in found] == [("Lena Maas", None, "Utrecht University")]


# a German contact card: the name, then the post of two words, then the unit
_GERMAN_CONTACT = """\
Podium: Wohnen im Alter auf dem Land

Dienstag, 10. März 2026, 18:00 – 19:30 Uhr
Aula, Hochschule Thurgau, Kreuzlingen

Podium
Prof. Dr. Urs Keller, Dozent, Hochschule Thurgau
Dr. Sabine Roth, Projektmitarbeiterin, Institut für Raumentwicklung

Kontakt
Lena Frei
Wissenschaftliche Mitarbeiterin
Institut für Raumentwicklung
lena.frei@hs-thurgau.ch
"""


def test_a_german_research_associate_is_a_post() -> None:
    assert describe("Wissenschaftlicher Mitarbeiter, Stiftung Mittelland") == (
        "Wissenschaftlicher Mitarbeiter",
        "Stiftung Mittelland",
    )
    people = {(name, post) for name, _, _, post in _people(_text_page(_GERMAN_CONTACT))}
    assert ("Lena Frei", "Wissenschaftliche Mitarbeiterin") in people
    assert ("Sabine Roth", "Projektmitarbeiterin") in people
    assert not any(name.startswith("Wissenschaftliche") for name, _ in people)  # a post, not a person


def test_a_faculty_written_after_its_university_in_other_languages() -> None:
    # the university's name first, then its faculty or department: the university employs her
    assert describe("Univerza v Mariboru, Pedagoška fakulteta") == (None, "Univerza v Mariboru")
    assert describe("Dokuz Eylül Üniversitesi, Tarih Bölümü") == (None, "Dokuz Eylül Üniversitesi")
    assert describe("Uniwersytet Gdański, Wydział Historyczny") == (None, "Uniwersytet Gdański")
    assert describe("Docente, Universidad de Cuenca, Facultad de Jurisprudencia") == (
        "Docente",
        "Universidad de Cuenca",
    )


def test_the_sentence_going_on_after_a_cued_persons_post() -> None:
    def read(sentence: str) -> list[tuple[str, str | None, str | None]]:
        return [(e.name, e.job_title, e.affiliation) for e in cued_entries(sentence)]

    # the next clause's subject with no 'and' before it
    found = read("After a welcome by Dr. Petra Lutz, Deputy Director of IWB, the editors will present the volume.")
    assert found == [("Petra Lutz", "Deputy Director", "IWB")]
    # what she comes for
    found = read("The Faculty welcomes Dr. Ines Kohl, judge at the Federal Court of Justice, for its Spring Lecture.")
    assert found == [("Ines Kohl", "judge", "Federal Court of Justice")]
    # a motion's fate, in a meeting's report
    found = read("A vote of thanks was proposed by Mr Tom Ashby, Treasurer, and carried with acclamation.")
    assert found == [("Tom Ashby", "Treasurer", None)]


# an event platform's page: its hosts, then the count of who signed up
_HOSTS_AND_HEADCOUNT = """\
<html><head><title>Mapping Flood Risk with Open Data · Events</title></head><body>
<div class="hosts">
  <div class="title">Hosted By</div>
  <div class="host-row"><a href="/user/a1" class="host-name">Lina Haddad</a></div>
  <div class="host-row"><a href="/user/b2" class="host-name">Omar Saleh</a></div>
</div>
<div class="going">86 Going</div>
<h1>Mapping Flood Risk with Open Data</h1>
<p>Thursday, June 12, 2025, 18:30 - 20:30 GMT+3</p>
<p>Beirut Digital District, Building 1157, Beirut</p>
<p>An evening of short talks on open flood data for Lebanese towns.</p>
</body></html>
"""


def test_a_headcount_under_the_hosts_is_no_post() -> None:
    assert is_chrome("86 Going") and is_chrome("1,204 attending") and not is_chrome("86 Going Places")
    people = {(name, post) for name, _, _, post in _people(_html_page(_HOSTS_AND_HEADCOUNT))}
    assert ("Omar Saleh", None) in people


def test_a_college_named_with_a_posts_word() -> None:
    # a college whose name opens with a post's word is the body the post is held at
    assert describe("Vice-Principal of Chancellor College") == ("Vice-Principal", "Chancellor College")
    assert describe("Dean of Regent College") == ("Dean", "Regent College")
    assert describe("Head of Senior School") == ("Head of Senior School", None)  # a school's part, no body


def test_a_past_or_passing_post_beside_the_post_held() -> None:
    # where she is for now, in brackets after her body, and what she was before, after 'and formerly'
    assert describe("Lecturer, School of Law, University of Malawi (currently a Visiting Scholar at SOAS)") == (
        "Lecturer, School of Law",
        "University of Malawi",
    )
    assert describe(
        "Professor of Tax Law at the University of Leeds and formerly Counsel to the Treasury Committee"
    ) == (
        "Professor of Tax Law",
        "University of Leeds",
    )
