"""People, roles, affiliations and job titles in forms hold-out sets 63-73 left unread (docs/ingest.md,
each set's paragraph), fixed in session 13 without a new set, one test per form. Every text here is
made up for the form, not copied from the hold-out page that showed it."""

from __future__ import annotations

from kg.pages.sentences import cued_entries, stated_roles


def test_a_lecture_given_by_and_a_vote_of_thanks_after_the_name() -> None:
    # 'The X Lecture will be given by Y'; 'Z, post, will propose the vote of thanks' (the closing)
    (speaker,) = cued_entries(
        "This year's Spring Lecture will be given by Dr Ruth Amadi, Reader in Law at Keele University."
    )
    assert (speaker.name, speaker.role, speaker.affiliation) == ("Ruth Amadi", "speaker", "Keele University")
    (closing,) = stated_roles("Professor Ian Dunmore, Dean of Arts, will propose the vote of thanks.")
    assert (closing.name, closing.role) == ("Ian Dunmore", "closing-remarks")
    # a vote taken at the meeting is no one's role
    assert stated_roles("Members will vote on the new rules.") == []
