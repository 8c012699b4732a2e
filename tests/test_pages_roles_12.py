"""Role forms that hold-out set 72 (Québec, Bangor, Port Louis, Port of Spain, Aarhus, Chiang Mai,
Townsville and Harare sites) showed the ingester missing, one test per form. Each page here is
written for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.sentences import cued_entries, summarised_roles


def test_a_recap_in_the_past_tense_gives_keynote_featured_remarks_vote_of_thanks_and_rapporteur() -> None:
    keynote = cued_entries("The keynote address was delivered by Dr. Ilse Varga, President of the Alpine Bank.")
    assert [(e.name, e.role) for e in keynote] == [("Ilse Varga", "keynote")]
    thanks = cued_entries("The vote of thanks was proposed by Mr Jonah Pillay, Events Manager at the Reef Forum.")
    assert [(e.name, e.role) for e in thanks] == [("Jonah Pillay", "closing-remarks")]
    special = "In a special address, Ms Ada Brook, Country Director at the Delta Trust, described the grants."
    assert [(e.name, e.role) for e in summarised_roles(special)] == [("Ada Brook", "featured-remarks")]
    rapporteur = "Ms Lina Osei, Research Officer at the Reef Forum, served as rapporteur."
    assert [(e.name, e.role, e.job_title) for e in summarised_roles(rapporteur)] == [
        ("Lina Osei", "rapporteur", "Research Officer")
    ]
