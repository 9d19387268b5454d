"""Pages saved as text: what "Save as text" makes of pictures and picture links, a line of
bracketed file names ("[6154884]") or a card's headline twice in a row (the picture's link,
then the link), is left out with its reason; the article's words all stay, and a user's own
file keeps such lines.

Every page here is written for the test, in the shape a browser's "Save as text" gives.
"""

from __future__ import annotations

from pathlib import Path

from ftztui.model import Document

from .helpers import SCHOOLS_ARTICLE as _ARTICLE
from .helpers import SITE_MENU as _MENU
from .helpers import all_text, load_lines

_TITLE = "Town to spend more on its schools"
_FOOTER = ["• About", "• Contact", "• Privacy", "• Imprint", "• Jobs"]
_PICTURE = "[classroom-2048x1365]"
_CARD = "New bus timetable for the villages"


def _load(tmp_path: Path, lines: list[str]) -> Document:
    return load_lines(tmp_path / "page.txt", lines)


def test_a_pictures_placeholder_amid_the_article_is_left_out_as_a_picture(
    tmp_path: Path,
) -> None:
    page = [*_MENU, _TITLE, *_ARTICLE[:2], _PICTURE, *_ARTICLE[2:], "[svg][logo]", *_FOOTER]
    doc = _load(tmp_path, page)
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    assert _PICTURE not in all_text(doc)
    removed = {r.text: r.reason for r in doc.removed}
    assert removed[_PICTURE] == "picture"


def test_a_headline_said_twice_in_a_row_is_shown_once(tmp_path: Path) -> None:
    page = [*_MENU, _TITLE, *_ARTICLE[:2], _CARD, _CARD, *_ARTICLE[2:], *_FOOTER]
    doc = _load(tmp_path, page)
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    shown = [b.text for b in doc.blocks] + [s.title or "" for s in doc.sections]
    assert shown.count(_CARD) == 1
    assert [r.reason for r in doc.removed if r.text == _CARD] == ["repeated line"]


def test_a_refrain_and_a_users_own_lines_stay(tmp_path: Path) -> None:
    """A sentence said twice is the writer's; in a user's own file nothing of this is left out."""
    refrain = "And the buses still do not come."
    page = [*_MENU, _TITLE, *_ARTICLE[:2], refrain, refrain, *_ARTICLE[2:], *_FOOTER]
    assert [b.text for b in _load(tmp_path, page).blocks].count(refrain) == 2
    note = ["School notes", *_ARTICLE[:2], _PICTURE, _CARD, _CARD, *_ARTICLE[2:]]
    doc = _load(tmp_path, note)
    assert doc.removed == ()
