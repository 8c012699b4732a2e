"""Session 24's r2-reports: report forms the first runs of sets 100–130 showed (made-up text)."""

from kg.pages.reports import find_reports


def _names(lines: list[str]) -> list[tuple[str, str | None]]:
    return [(r.name, r.number) for r in find_reports(lines)]


def test_download_label_keeps_a_series_word_the_publisher_shares():
    # a download link's label names the file as the page writes it, though its first word also
    # opens the publisher's name ('Harbour' of 'The Harbour Institute')
    lines = [
        "Speakers: Ada Quist, The Harbour Institute; Ben Ortiz, Coastal TrustDownload Harbour Brief #9",
        "The Harbour Institute presents its latest brief on port labour.",
    ]
    assert _names(lines) == [("Harbour Brief #9", "9")]


def test_series_numbered_within_its_year_without_a_sign_run_into_the_next_name():
    # a text dump joins the download label to the speakers line under it
    lines = ["Policy Paper Series 2022/3Maria Olsen, Nordic Forum; Jon Berg, Baltic Desk"]
    assert _names(lines) == [("Policy Paper Series 2022/3", "2022/3")]
