"""Pages saved as text: between the headline and the article, a short sentence standing amid the
site's menus (a menu's blurb, "Learn more about our degree programmes.") is the site's; the
standfirst right under the headline and a lead-in right above the article stay the article's.

Every page here is written for the test, in the shape a browser's "Save as text" gives.
"""

from __future__ import annotations

from pathlib import Path

from ftztui.model import Document

from .helpers import SCHOOLS_ARTICLE as _ARTICLE
from .helpers import SITE_MENU as _MENU
from .helpers import all_text, load_lines

_TITLE = "Town to spend more on its schools"
_SHARE = ["Share this article", "• Facebook", "• Email", "• Print"]
_STANDFIRST = "Council backs a plan for new classrooms and more teachers in the schools next year."
#: A site's mega-menu, its entries each under a one-line pitch.
_PROGRAMMES = [
    "• Degrees",
    "Learn more about our degree programmes in public administration.",
    "• Bachelor's Degree Completion",
    "• Project Management",
    "• Leadership",
    "• Public Administration",
    "• Certificates",
]
_FOOTER = ["• About", "• Contact", "• Privacy", "• Imprint", "• Jobs"]


def _load(tmp_path: Path, lines: list[str]) -> Document:
    return load_lines(tmp_path / "page.txt", lines)


def test_a_menus_blurb_between_the_headline_and_the_article_is_the_sites(
    tmp_path: Path,
) -> None:
    blurb = _PROGRAMMES[1]
    page = [*_MENU, _TITLE, *_SHARE, *_PROGRAMMES, "Accept cookies", *_ARTICLE, *_FOOTER]
    doc = _load(tmp_path, page)
    assert doc.title == _TITLE
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    assert blurb not in all_text(doc)
    assert {r.text: r.reason for r in doc.removed}[blurb] == "site header"


def test_the_standfirst_under_the_headline_and_a_lead_in_above_the_article_stay(
    tmp_path: Path,
) -> None:
    lead_in = "Here is what the council decided."
    page = [
        *_MENU,
        _TITLE,
        _STANDFIRST,
        *_SHARE,
        *_PROGRAMMES,
        "Accept cookies",
        lead_in,
        *_ARTICLE,
        *_FOOTER,
    ]
    doc = _load(tmp_path, page)
    assert doc.title == _TITLE
    for kept in [_STANDFIRST, lead_in, *_ARTICLE]:
        assert kept in all_text(doc)
    assert _PROGRAMMES[1] not in all_text(doc)
