"""People, role, affiliation and job-title forms that hold-out set 105 (Lusaka, Bhopal, Tainan,
Saskatoon, Lagos, Incheon, Tashkent and Dundee sites) showed the ingester missing, one test per form.
Each text here is written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ingest_accuracy import measure
from kg.pages.people import parse_entries
from kg.pages.sentences import cued_entries, stated_roles
from tests.test_pages_unseen import _people, _text_page


def test_a_post_named_by_a_specialists_ending_is_a_post_not_a_name() -> None:
    # hospital pages name clinicians by their field's ending: 'Clinical Ethicist', 'Paediatrician',
    # 'Staff Radiographer'; a degree between the name and the post does not part them
    for line, post, org in [
        (
            "Dr. Noor Haddad, PhD, Clinical Ethicist, Ethics Office, Mercy Regional Hospital",
            "Clinical Ethicist, Ethics Office",
            "Mercy Regional Hospital",
        ),
        ("Tomas Eriksen, Paediatrician, Northfield General Hospital", "Paediatrician", "Northfield General Hospital"),
        (
            "Ama Owusu, Staff Radiographer, Korle Bu Teaching Hospital",
            "Staff Radiographer",
            "Korle Bu Teaching Hospital",
        ),
    ]:
        entries = parse_entries(line)
        assert [(e.job_title, e.affiliation) for e in entries] == [(post, org)], line
    # a family name ending in '-qvist' stays a name
    assert parse_entries("Karin Lindqvist, Senior Fellow, Nordic Institute")[0].name == "Karin Lindqvist"


def test_a_post_whose_head_word_follows_its_and_is_one_post_not_two_people() -> None:
    # Indian courts: a 'District and Sessions Judge' is one judge; two people stay two
    entries = parse_entries("Smt. Kavita Menon, Additional District and Sessions Judge, Indore")
    assert [(e.name, e.job_title) for e in entries] == [("Kavita Menon", "Additional District and Sessions Judge")]
    entries = parse_entries("Ravi Kumar, Senior Fellow and Meera Dean, Professor, Delhi University")
    assert [e.name for e in entries] == ["Ravi Kumar", "Meera Dean"]


def test_a_role_named_after_respond_as_is_that_role() -> None:
    entries = stated_roles("Dr. Ines Kovac, Reader in Medical Law at Aston University, will respond as discussant.")
    assert [(e.name, e.role, e.affiliation) for e in entries] == [("Ines Kovac", "discussant", "Aston University")]


def test_a_clause_of_time_before_the_subject_does_not_hide_who_will_act() -> None:
    for sentence in (
        "After the votes are counted, Cllr Morag Baird, Provost of Perth and Kinross Council, will give a vote"
        " of thanks.",
        "Following the panel, Morag Baird, Provost of Perth and Kinross Council, will close the evening.",
    ):
        entries = stated_roles(sentence)
        assert [(e.name, e.role, e.job_title) for e in entries] == [("Morag Baird", "closing-remarks", "Provost")], (
            sentence
        )


def test_a_nations_elder_written_before_the_name_is_the_post() -> None:
    # 'Cree Elder X', 'Kaurna Elder Uncle Y': as 'X, Kaurna Elder' after the name (set 72)
    entries = cued_entries("The evening opens with a welcome from Anishinaabe Elder Rose Whitecloud.")
    assert [(e.name, e.role, e.job_title) for e in entries] == [
        ("Rose Whitecloud", "introductory-remarks", "Anishinaabe Elder")
    ]
    assert parse_entries("Ann Elder, Lecturer, Trent University")[0].name == "Ann Elder"


def test_announcements_name_welcoming_speeches_reports_and_the_summing_up_by_their_people() -> None:
    line = (
        "Welcoming speeches will be delivered by Dr. Lena Park, Director, Baltic Policy Institute, and Omar Haddad,"
        " Head of Mission, IOM Latvia. Reports will be made by Ieva Kalnina, Senior Analyst, Riga Economic Forum."
        " The meeting will be summed up by Janis Ozols, Chair, Baltic Policy Institute."
    )
    assert [(e.name, e.role) for e in cued_entries(line)] == [
        ("Lena Park", "introductory-remarks"),
        ("Omar Haddad", "introductory-remarks"),
        ("Ieva Kalnina", "speaker"),
        ("Janis Ozols", "closing-remarks"),
    ]


def test_posts_written_before_names_with_no_comma_are_read_with_their_bodies() -> None:
    # Central Asian and Chinese press releases: 'Post of Body Given Family' (a patronymic too), several
    # joined by commas and 'and', after a cue or as the subject of 'will take part in a panel discussion'
    line = (
        "The forum will be opened by First Deputy Chairman of the Senate of the Oliy Majlis Timur Karimovich"
        " Aliyev. The session will be moderated by Professor of the Samarkand State University Nodira Yusupova."
    )
    assert [(e.name, e.role, e.job_title, e.affiliation) for e in cued_entries(line)] == [
        ("Timur Karimovich Aliyev", "introductory-remarks", "First Deputy Chairman", "Senate of the Oliy Majlis"),
        ("Nodira Yusupova", "moderator", "Professor", "Samarkand State University"),
    ]
    line = (
        "In the afternoon, Director of the Institute of Economic Research Bekzod Rahimov, Deputy Minister of"
        " Finance Aziza Nurmatova and editor-in-chief of the Daryo news agency Sardor Tursunov will take part"
        " in a panel discussion."
    )
    assert [(e.name, e.role, e.affiliation) for e in stated_roles(line)] == [
        ("Bekzod Rahimov", "panelist", "Institute of Economic Research"),
        ("Aziza Nurmatova", "panelist", None),
        ("Sardor Tursunov", "panelist", None),
    ]

    # a body after a small word, and a name after a comma, are no post joined to a name
    entries = cued_entries("The evening opens with a welcome from Elder Mary Sands of the Tsleil-Waututh Nation.")
    assert [e.name for e in entries] == ["Mary Sands"]
    entries = cued_entries("The lecture will be introduced by the Warden of Keble College, Sir Roger Hale.")
    assert [(e.name, e.affiliation) for e in entries] == [("Roger Hale", "Keble College")]


def test_a_city_government_among_sponsors_is_no_person() -> None:
    record = _text_page(
        "Busan Harbour Forum 2024\n\nDate & Time : Tuesday, 8 October 2024, 14:00~17:00 (KST)\n"
        "Venue : BEXCO Convention Hall, Busan\nOrganized by : Busan Port Research Centre\n"
        "Sponsored by : Ministry of Land and Transport, Ulsan Metropolitan City\n"
    )
    assert record.participants == ()
    # a prefecture likewise, even listed before its city ('Supported by: Nagasaki Prefecture, Nagasaki City')
    record = _text_page(
        "Harbour Archives Symposium 2025\n\nDate & Time : Saturday, 8 November 2025, 13:30-16:30 (JST)\n"
        "Venue : Dejima Hall, Nagasaki\nOrganized by : Harbour History Centre\n"
        "Supported by : Fukuoka Prefecture, Kitakyushu City\n"
    )
    assert record.participants == ()
    assert [o.name for o in record.sponsors] == ["Fukuoka Prefecture", "Kitakyushu City"]


def test_a_compere_is_the_master_of_ceremonies() -> None:
    record = _text_page(
        "Press Freedom Awards 2025\n\nSaturday, 3 May 2025 | 11:00 am – 2:00 pm\nEko Hotel, Lagos\n\n"
        "Order of Event\nWelcome Address: Mrs. Bisi Alade, Executive Director, Media Rights Centre\n"
        "Compère: Mr. Kunle Ojo, Presenter, Radio Lagos\n"
    )
    assert ("Kunle Ojo", "moderator", "Radio Lagos", "Presenter") in _people(record)


def test_an_official_opening_by_the_guest_of_honour_gives_featured_remarks() -> None:
    record = _text_page(
        "Workers' Rights Forum 2025\n\nDate: Thursday, 1st May 2025\nTime: 09:00 hrs – 12:00 hrs\n"
        "Venue: Cresta Golfview Hotel, Lusaka\n\nPROGRAMME\n"
        "09:00 – 09:10    Welcome remarks – Mr. Bwalya Zulu, Director, Labour Policy Institute\n"
        "09:10 – 09:30    Official opening by the Guest of Honour, Hon. Mary Banda, MP, Minister of Health\n"
        "09:30 – 12:00    Panel discussion\n"
    )
    assert ("Mary Banda", "featured-remarks", None, "Minister of Health") in _people(record)


def test_a_korean_city_government_among_sponsors_is_a_sponsor_of_its_own() -> None:
    record = _text_page(
        "Busan Harbour Forum 2024\n\nDate & Time : Tuesday, 8 October 2024, 14:00~17:00 (KST)\n"
        "Venue : BEXCO Convention Hall, Busan\nOrganized by : Busan Port Research Centre\n"
        "Sponsored by : Ministry of Land and Transport, Ulsan Metropolitan City\n"
    )
    assert [o.name for o in record.sponsors] == ["Ministry of Land and Transport", "Ulsan Metropolitan City"]


def test_hold_out_set_105_meets_the_target_in_people_roles_end_reports_and_sponsors() -> None:
    scores = measure(Path(__file__).parent / "data" / "holdout-105" / "expected.yaml")
    # left under 0.9 (see docs/ingest.md, set 105): title (a news headline's '… to be held in Tashkent'
    # kept), start (Tainan's agenda registration under its 'Time' field, Tashkent's news date taken for
    # the event's), affiliations and job titles ('UNDP Resident Representative' with its initials in the
    # post, 'of the Center' on the centre's own page, a committee's long name cut at its comma, a town
    # after a laboratory and a district judge taken for the employer, 'Dean of Humanities, Social
    # Sciences and Law' cut, 'the University's Principal'), organizers (Saskatoon's 'present', Tashkent's
    # 'together with … will hold'), locality ('Tainan City', Tashkent unread) and attendance
    others = ("title", "start", "affiliations", "job titles", "organizers", "locality", "attendance")
    fields = [name for name in scores if name not in others]
    assert {name: round(scores[name].f1, 3) for name in fields if scores[name].f1 < 0.9} == {}
    assert scores["affiliations"].f1 > 0.75
    assert scores["job titles"].f1 > 0.77
