"""Pages saved as text with lynx (`lynx -dump -nolist -width=80`), as lynx writes them: a line of
the page's feed links first ("#Pastore » Feed Pastore » Comments Feed ..."), its buttons as
"(BUTTON)", an embedded frame as "IFRAME: https://...", a nested list's items marked "+" and "o".
None of them is the page's headline, and the article stays whole.

The pages are real: WCXB dev pages saved with lynx (`fixtures/text/lynx/`, see SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

from ftztui.loaders import load_document
from ftztui.model import Document

from .helpers import all_text, load_lines

LYNX = Path(__file__).parent / "fixtures" / "text" / "lynx"


def _page(page_id: str) -> Document:
    return load_document(LYNX / f"wcxb-{page_id}.txt")


def test_the_line_of_feed_links_is_left_out_and_the_headline_is_the_title() -> None:
    doc = _page("0297")
    assert doc.title == "Managing Legal Issues in the Health and Fitness Industry"
    feeds = [r for r in doc.removed if r.text.startswith("#Pastore » Feed")]
    assert [r.reason for r in feeds] == ["the page's feed links"]
    assert "Comments Feed" not in all_text(doc)
    assert "The health and fitness industry is booming" in all_text(doc)


def test_a_nested_lists_item_or_an_embedded_frame_is_not_the_title() -> None:
    """The site's menu "+ Non-Emergency Medical Transport Insurance" and the frame's address
    "IFRAME: https://www.googletagmanager.com/..." stood above the headline."""
    doc = _page("0241")
    assert doc.title == "For Hire Livery Insurance"
    assert "One of the benefits for For Hire Livery Insurance" in all_text(doc)


def test_a_line_of_buttons_is_not_the_title() -> None:
    doc = _page("0434")
    assert doc.title == "The Edge-First Manifesto"


_NOTE = [
    "#tbt to our week by the lake",
    "We rented the same cabin as last year, and the children spent every morning on the jetty"
    " counting the boats that went by before breakfast.",
    "On the last evening the wind dropped and we rowed out to the island to watch the sun go"
    " down behind the hills, which we had promised each other for three summers.",
]


def test_a_users_note_opening_with_a_hashtag_keeps_it_as_its_title(tmp_path: Path) -> None:
    doc = load_lines(tmp_path / "note.txt", _NOTE)
    assert doc.title == _NOTE[0]
    assert doc.removed == ()


def test_a_users_note_opening_with_a_hashtag_and_a_feed_keeps_it(tmp_path: Path) -> None:
    """Only lynx writes the line of a page's feeds, and only in a file it indented: a note's
    first line that names a feed is the note's title, not furniture."""
    note = ["#rss feeds I read every morning", *_NOTE[1:]]
    doc = load_lines(tmp_path / "feeds.txt", note)
    assert doc.title == note[0]
    assert doc.removed == ()


def test_a_pictures_file_name_wrapped_over_two_lines_is_left_out_as_a_picture() -> None:
    """lynx breaks a file name longer than its 80 columns where the line ends; the two halves
    are one unit, a picture's placeholder still."""
    doc = _page("0255")
    assert "DcDAJoPyWERN" not in all_text(doc)
    pictures = [r for r in doc.removed if r.text.startswith("[DcDAJoPyWERN")]
    assert [r.reason for r in pictures] == ["picture"]
    assert "CPVC" in all_text(doc)


def test_a_long_note_in_brackets_is_no_picture() -> None:
    from ftztui.loaders.page_lines import pictures_only

    note = (
        "[This story was updated on Monday to include the comments of the mayor and of the two"
        " councillors who voted against the plan.]"
    )
    assert not pictures_only(note)


def test_lynxs_buttons_and_frames_are_left_out_with_their_reason() -> None:
    """Lines of nothing but "(BUTTON)" stood between a post's paragraphs (a share bar's icons),
    and a video's frame as its name, "IFRAME: wistia_embed"."""
    buttons = _page("0434")
    assert not any(b.text.startswith("(BUTTON)") for b in buttons.blocks)
    assert "button" in {r.reason for r in buttons.removed if r.text.startswith("(BUTTON)")}
    frame = _page("0118")
    assert "IFRAME" not in all_text(frame)
    assert [r.reason for r in frame.removed if r.text == "IFRAME: wistia_embed"] == [
        "embedded frame"
    ]
    assert "Watch Video & Read Written Testimonials" in all_text(frame)


def test_the_headline_is_the_heading_lynx_sets_at_the_margin() -> None:
    """lynx indents a page's text and sets its headings at the margin; the breadcrumb above
    ("Home / Topics / Deep Dive / The Many Different Types of Wine (Infographic)") shares as
    many of the article's words but is indented."""
    doc = _page("4685")
    assert doc.title == "The Many Different Types of Wine (Infographic)"
