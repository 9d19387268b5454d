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


#: A carousel above the story, as a page with its cards' pictures linked saves it: each card's
#: headline twice on one line (its picture's link, then its link), its kicker, its place.
_CAROUSEL = [
    f"• {headline} {kicker} {headline} {n} of 3"
    for n, (headline, kicker) in enumerate(
        [
            ("Floods close the old bridge over the river for the whole winter", "Weather"),
            ("The county library opens a new reading room for the children", "Culture"),
            ("Local football club wins the regional cup after a long penalty shootout", "Sport"),
        ],
        start=1,
    )
]


def test_a_carousels_headlines_said_twice_in_their_lines_are_left_out(tmp_path: Path) -> None:
    """Each card's line says its headline twice: a card, not the article's lead, however long
    (Dragnet's news pages as text: CBS's carousel was read as the story's first paragraphs)."""
    doc = _load(tmp_path, [*_MENU, *_CAROUSEL, _TITLE, *_ARTICLE, *_FOOTER])
    assert doc.title == _TITLE
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    removed = {r.text: r.reason for r in doc.removed}
    for card in _CAROUSEL:
        assert card not in all_text(doc)
        assert removed[card] == "site header"  # they stand above the story


def test_a_card_said_twice_amid_the_story_is_a_repeated_line(tmp_path: Path) -> None:
    card = _CAROUSEL[0]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE[:2], card, *_ARTICLE[2:], *_FOOTER])
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    assert card not in all_text(doc)
    assert [r.reason for r in doc.removed if r.text == card] == ["repeated line"]


def test_a_sentence_saying_a_phrase_twice_stays(tmp_path: Path) -> None:
    """A writer's parallel sentence repeats its words too; it is a sentence, and stays."""
    parallel = "Buses are more common than trains, and bicycles are more common than buses."
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE[:2], parallel, *_ARTICLE[2:], *_FOOTER])
    assert parallel in all_text(doc)
