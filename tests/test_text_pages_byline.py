"""Pages saved as text: an article signed at its end ("Written By ...") is followed by its
author's box (a biography, more of the author's stories); the box is left out, on record. A
byline standing under each entry of a list, or one over more of the article, ends nothing.

Shaped after SecurityWeek's and the Public Domain Review's pages in WCXB, saved with w3m.
"""

from __future__ import annotations

from pathlib import Path

from ftztui.model import Document

from .helpers import SCHOOLS_ARTICLE as _ARTICLE
from .helpers import SITE_MENU as _MENU
from .helpers import all_text, load_lines

_TITLE = "Town to spend more on its schools"
_FOOTER = ["• About", "• Contact", "• Privacy", "• Imprint", "• Jobs"]
_BIO = (
    "Ann Lee (@annlee) is the managing editor at the Gazette. She worked as a primary school "
    "teacher before she started writing about education for local newspapers in 2009."
)


def _load(tmp_path: Path, lines: list[str]) -> Document:
    return load_lines(tmp_path / "page.txt", lines)


def test_the_authors_box_after_the_signed_article_is_left_out(tmp_path: Path) -> None:
    box = ["Written By Ann Lee", _BIO, "More from Ann Lee", "• School buses to run on time"]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, *box, *_FOOTER])
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    assert _BIO not in all_text(doc)
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Written By Ann Lee"] == "byline"
    assert _BIO in removed


def test_a_byline_under_each_entry_of_a_list_ends_nothing(tmp_path: Path) -> None:
    """A catalogue names each entry's authors ("By:"): the entries are the article's."""
    entries = [
        "Open Spanish",
        "By: Gabriela Zapata",
        "Open Spanish is an open curriculum for beginning learners of Spanish, with a "
        "learner-centered approach, videos of native speakers and exercises for every unit, "
        "and teachers may adapt and share it freely in their own classrooms.",
        "Oral Proficiency Levels",
        "By: Judith Liskin",
        "Oral Proficiency Levels is a free resource that helps teachers of Spanish gain a "
        "foundation in assessing their students' speaking, with recorded samples at every "
        "level and notes on how each sample was rated by trained examiners.",
    ]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, *entries, *_FOOTER])
    assert all(line in all_text(doc) for line in [*_ARTICLE, entries[2], entries[5]])


def test_an_article_going_on_after_a_byline_is_kept(tmp_path: Path) -> None:
    """A second part under its own author's name is more of the article, not a box."""
    second = [
        "By Mark Brown",
        *(p.replace("council", "county") for p in _ARTICLE),
    ]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, *second, *_FOOTER])
    assert all(paragraph in all_text(doc) for paragraph in [*_ARTICLE, *second[1:]])
