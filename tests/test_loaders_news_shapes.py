"""Plain news text, one paragraph per line: which short lines are section headings, and titles.

The texts are written for these tests in the shape of the BBC articles the benchmark measures
(first line the title, a blank line between paragraphs): a match preview's venue / date /
kick-off lines, a fixture list, a label and its value, a line broken mid-sentence, a standfirst
under the title, and the real subheads that must stay headings.
"""

from __future__ import annotations

from pathlib import Path

from ftztui.model import Document

from .helpers import all_text, load_lines

PROSE = (
    "The coach said the team had trained well all week and expected a hard game.",
    "Supporters have bought every ticket for the match, the club confirmed on Monday.",
    "The squad travels north on Friday after a final session at the training ground.",
)


def load(tmp_path: Path, *lines: str) -> Document:
    return load_lines(tmp_path / "story.txt", lines)


def titles(doc: Document) -> list[str | None]:
    return [s.title for s in doc.sections]


def paragraphs(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def test_match_preview_details_are_not_a_heading(tmp_path: Path) -> None:
    details = ("Stade de France, Paris", "Saturday, 26 February", "1600 GMT", "BBC1 and online")
    doc = load(tmp_path, "France v Wales (Sat)", *details, *PROSE)
    assert titles(doc) == [None]
    assert paragraphs(doc) == [*details, *PROSE]


def test_the_last_line_of_a_fixture_list_is_not_a_heading(tmp_path: Path) -> None:
    fixtures = ("Everton v Manchester United", "Newcastle v Chelsea", "Arsenal v West Ham")
    doc = load(tmp_path, "Holders drawn away", PROSE[0], *fixtures, "Ties to be played in May.")
    assert titles(doc) == [None]
    assert paragraphs(doc)[1:] == [*fixtures, "Ties to be played in May."]


def test_the_value_after_a_label_is_not_a_heading(tmp_path: Path) -> None:
    doc = load(tmp_path, "The club at a glance", PROSE[0], "Home colours:", "All red", *PROSE)
    assert titles(doc) == [None]
    assert paragraphs(doc)[1:3] == ["Home colours:", "All red"]
    comment = ("Maria says:", "March 1, 2014 at 10:48 am", "Lovely recipe, thank you!")
    doc = load(
        tmp_path, "Plum cake", *PROSE, *comment, "Ann says:", "May 2, 2014 at 9:00 am", "Yum!"
    )
    assert titles(doc) == [None]


def test_a_line_broken_mid_sentence_is_not_a_heading(tmp_path: Path) -> None:
    broken = (
        "Two clubs went through on Tuesday after the draw, as did",
        "Porto, Real Madrid, Werder Bremen",
        ", who had already qualified before the last round of games.",
    )
    doc = load(tmp_path, "Clubs make history", PROSE[0], *broken, PROSE[1])
    assert titles(doc) == [None]
    assert "Porto, Real Madrid, Werder Bremen" in paragraphs(doc)


def test_a_standfirst_under_the_title_is_a_paragraph(tmp_path: Path) -> None:
    standfirst = "Net users get the chance to fight back"
    doc = load(tmp_path, "Screensaver tackles spam", standfirst, *PROSE)
    assert doc.title == "Screensaver tackles spam"
    assert titles(doc) == [None]
    assert paragraphs(doc) == [standfirst, *PROSE]


def test_real_subheads_stay_headings(tmp_path: Path) -> None:
    """The control: a stand-alone subhead between paragraphs opens a section; a first line
    under the title is a heading too when other headings follow it."""
    doc = load(tmp_path, "The gaming year", PROSE[0], "WORLD OF WARCRAFT", PROSE[1], PROSE[2])
    assert titles(doc) == [None, "WORLD OF WARCRAFT"]
    doc = load(tmp_path, "Trip notes", "Getting there", PROSE[0], "Where we stayed", PROSE[1])
    assert titles(doc) == ["Getting there", "Where we stayed"]
    intro = "There are two ways to reach the ground from the station, both cheap:"
    doc = load(tmp_path, "Away days", intro, "By train", PROSE[0], "By bus", PROSE[1])
    assert titles(doc) == [None, "By train", "By bus"]


def test_headline_words_do_not_make_the_title_furniture(tmp_path: Path) -> None:
    """ "Share" and "join US" are headline words; an ellipsis may end a headline."""
    for headline in (
        "Share boost for feud-hit Reliance",
        "Top stars join US tsunami TV show",
        "Rivals of the £400 Apple...",
        "Careers fair draws record crowds",
    ):
        doc = load(tmp_path, headline, *PROSE)
        assert doc.title == headline
        assert not doc.removed
        assert paragraphs(doc) == list(PROSE)


def test_share_buttons_and_site_links_are_still_furniture(tmp_path: Path) -> None:
    doc = load(
        tmp_path,
        "Port volumes rise",
        "Share on Facebook",
        "Share by E-Mail",
        *PROSE,
        "• Facebook Join us on Facebook",
        "About Us | Contact Us | Join us",
        "Copyright 2024 Example News. All rights reserved.",
    )
    assert doc.title == "Port volumes rise"
    assert paragraphs(doc) == list(PROSE)
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Share on Facebook"] == reasons["Share by E-Mail"] == "share buttons"
    assert reasons["• Facebook Join us on Facebook"] == "site links"
    assert reasons["About Us | Contact Us | Join us"] == "site links"
    assert "Join us" not in all_text(doc)


def test_lines_joined_into_one_sentence_are_not_a_heading(tmp_path: Path) -> None:
    """A line broken mid-sentence is joined to the next; the joined unit is no heading even when
    it is short and has no full stop."""
    broken = "The Eastern Conference semi-final between the\ntwo clubs"
    doc = load(tmp_path, "Cup semi-final set", PROSE[0], broken, PROSE[1], PROSE[2])
    assert titles(doc) == [None]
    assert "The Eastern Conference semi-final between the two clubs" in paragraphs(doc)
