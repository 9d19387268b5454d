"""Pages saved as text: the lead under a headline (a standfirst, a first paragraph) is the
article's, not the site's header, even when a later line (the headline printed again after a
share bar, a line of a list in the article) shares as many of the article's words.

Every page here is written for the test, in the shape a browser's "Save as text" gives.
"""

from __future__ import annotations

from pathlib import Path

from ftztui.model import Document

from .helpers import all_text, load_lines

_MENU = ["• Home", "• News", "• Sport", "• Culture", "• Travel", "• Weather"]
_TITLE = "Town to spend more on its schools"
_LEAD = "Council backs a plan for new classrooms and more teachers in the schools next year."
_SHARE = ["Share this article", "• Facebook", "• Email", "• Print"]
_COOKIES = "This site uses cookies to improve your experience. Accept"
_GARDEN = ["• Garden", "• Greenhouse", "• Terrace", "• Pond", "• Shed"]
_RIGHTS = "© 2022 Garden Weekly. All rights reserved."
_ARTICLE = [
    "The council agreed on Tuesday to spend more on the town's schools next year, and the "
    "opposition voted for the plan.",
    "The mayor said the new classrooms should be ready by the autumn, when more pupils start.",
    "Parents welcomed the plan, but said the town should also pay for more teachers and for "
    "the school buses that bring children from the villages.",
]


def _load(tmp_path: Path, lines: list[str]) -> Document:
    return load_lines(tmp_path / "page.txt", lines)


def test_a_standfirst_under_the_headline_is_kept_when_the_headline_is_printed_again(
    tmp_path: Path,
) -> None:
    doc = _load(tmp_path, [*_MENU, _TITLE, _LEAD, *_SHARE, _TITLE, *_ARTICLE, *_MENU])
    assert doc.title == _TITLE
    assert _LEAD in all_text(doc)
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    assert "Share this article" in {r.text for r in doc.removed}


def test_a_teaser_far_below_the_headline_is_still_the_sites(tmp_path: Path) -> None:
    teaser = "Read more about the new bus timetable and what it means for the villages around"
    doc = _load(
        tmp_path, [*_MENU, _TITLE, "By Ann Lee", "Updated 3 May", *_SHARE, teaser, *_ARTICLE]
    )
    assert doc.title == _TITLE
    assert teaser not in all_text(doc)
    assert teaser in {r.text for r in doc.removed}


def test_a_lead_between_a_menu_and_a_recipe_card_is_kept(tmp_path: Path) -> None:
    """The headline taken into the menu above it, the lead stands alone between two pieces of
    furniture; a paragraph that long is the article's lead, not a box's pitch."""
    lead = (
        "This lemon cake is baked on a tray in less than an hour, and it stays moist for days "
        "because the syrup soaks into it while it is still warm from the oven."
    )
    card = ["Print recipe", "Preparation 10 min", "Baking 25 min", "Total 35 min", "Method"]
    method = [
        "Beat the butter with the sugar until it is pale, then add the eggs one by one and "
        "beat well after each of them, so that the batter stays smooth.",
        "Fold in the flour with the baking powder and the milk, spread the batter on the "
        "tray and bake it for about twenty minutes until it is golden.",
    ]
    doc = _load(tmp_path, [*_MENU, "Lemon cake", lead, "\n".join(card), *method, *_MENU])
    assert all(paragraph in all_text(doc) for paragraph in [lead, *method])


def test_a_headline_the_menu_took_in_is_the_title(tmp_path: Path) -> None:
    """A short headline right under the menu reads as one more menu entry; right above the
    article's lead (a date between them), with no other headline before the article, it is
    the title, and not a line of the menu (nor the date) is."""
    headline = "Build your own greenhouse"
    lines = [_COOKIES, *_GARDEN, headline, "15 January 2022", *_ARTICLE, *_SHARE, _RIGHTS]
    doc = _load(tmp_path, lines)
    assert doc.title == headline
    assert headline not in {r.text for r in doc.removed}
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)


def test_a_breadcrumb_above_the_article_is_not_taken_for_its_title(tmp_path: Path) -> None:
    crumbs = "Home » Garden » Greenhouse"
    doc = _load(tmp_path, [_COOKIES, *_GARDEN, crumbs, *_ARTICLE, *_SHARE, _RIGHTS])
    assert doc.title != crumbs
    assert crumbs in {r.text for r in doc.removed}
