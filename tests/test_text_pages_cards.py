"""Pages saved as text: the cards of a site's other stories after the article (a kicker, a
headline and the story's first lines cut off with an ellipsis) are not the article, however
long their excerpts; they are left out as the site's footer. An article's own paragraph that
trails off, and a list of blurbs each ending "Full review…", are kept.

The cards are shaped after a business blog's and a Caribbean newspaper's pages in WCXB
(Escalon, Searchlight), saved with w3m.
"""

from __future__ import annotations

from pathlib import Path

from ftztui.model import Document

from .helpers import SCHOOLS_ARTICLE as _ARTICLE
from .helpers import SITE_MENU as _MENU
from .helpers import all_text, load_lines

_TITLE = "Town to spend more on its schools"
_FOOTER = ["• About", "• Contact", "• Privacy", "• Imprint", "• Jobs"]
#: (kicker, headline, excerpt cut off mid-sentence)
_CARDS = [
    (
        "Taxes",
        "The Hard IRS 1099 Deadline Is Closer Than You Think",
        "Every January, companies promise themselves that this year will be different. "
        "Paperwork will be completed earlier. Vendor lists will be...",
    ),
    (
        "Leadership & Growth",
        "Common Hiring Mistakes Startups Make",
        "Hiring is one of the most critical decisions a startup can make. The right team can "
        "accelerate growth, drive innovation,...",
    ),
    (
        "Front Page",
        "Herbert recalled as Clerk of House",
        "NICOLE HERBERT, who served as Clerk of the House of Assembly for 25 years has been "
        "called out of retirement for active service. A notice dated Decembe…",
    ),
]


def _load(tmp_path: Path, lines: list[str]) -> Document:
    return load_lines(tmp_path / "page.txt", lines)


def _cards() -> list[str]:
    return [line for card in _CARDS for line in card]


def test_cards_of_other_stories_after_the_article_are_left_out(tmp_path: Path) -> None:
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, "Latest insights", *_cards(), *_FOOTER])
    assert doc.title == _TITLE
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    removed = {r.text: r.reason for r in doc.removed}
    for _, headline, excerpt in _CARDS:
        assert excerpt not in all_text(doc)
        assert headline not in all_text(doc)
        assert removed[excerpt] == "site footer"
        assert headline in removed


def test_a_paragraph_that_trails_off_is_the_articles(tmp_path: Path) -> None:
    """An article's own paragraphs may end in an ellipsis; beside its other paragraphs, they
    are no card's excerpt."""
    trailing = [
        "And what will the money buy? The mayor listed new roofs, new windows, new desks, "
        "a science room and more...",
        "The parents' answer came quickly, and it was the same in every village: more "
        "buses, and more teachers for the smallest schools, and soon...",
    ]
    article = [*_ARTICLE[:2], *trailing, *_ARTICLE[2:]]
    doc = _load(tmp_path, [*_MENU, _TITLE, *article, *_FOOTER])
    assert all(paragraph in all_text(doc) for paragraph in article)


def test_a_list_of_blurbs_each_ending_in_a_link_is_the_articles(tmp_path: Path) -> None:
    """A review's list of products, each a paragraph ending "Full ... Review…" (a link to the
    review), one after another at its end: the article's list, not cards."""
    blurbs = [
        f"The {name} is a sturdy standing desk converter with an adjustable keyboard tray, "
        f"and it holds two monitors with ease. Full {name} Review…"
        for name in ("WorkFit-S", "VertDesk", "Duke Vesa", "QuickStand")
    ]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, *blurbs, *_FOOTER])
    assert all(paragraph in all_text(doc) for paragraph in [*_ARTICLE, *blurbs])


#: (date, headline, the story's first paragraph, whole): a law firm's latest posts.
_DATED = [
    (
        "March 29, 2025",
        "Can You Sue Social Security to Receive Your Benefits?",
        "When the Social Security Administration denies your disability claim, it can feel "
        "like you have hit a dead end, and many applicants wonder whether they can sue the agency "
        "to receive the benefits they believe they deserve after years of work.",
    ),
    (
        "March 27, 2025",
        "Why Choose Lawyers Specializing in Social Security Benefits?",
        "Navigating the Social Security Disability process can be overwhelming while dealing "
        "with a debilitating condition, and the system is complex, with strict deadlines and high "
        "denial rates for the first applications that most people send in alone.",
    ),
    (
        "March 24, 2025",
        "Social Security Disability Laws 101",
        "Navigating the complex landscape of Social Security Disability laws can be "
        "overwhelming, especially when you are already dealing with a medical condition, and "
        "understanding these laws is the first step towards the benefits you need.",
    ),
]


def _dated(cards: list[tuple[str, str, str]], *link: str) -> list[str]:
    return [line for date, headline, first in cards for line in (headline, date, first, *link)]


def test_dated_cards_of_the_latest_posts_after_the_article_are_left_out(tmp_path: Path) -> None:
    doc = _load(
        tmp_path, [*_MENU, _TITLE, *_ARTICLE, "Latest News", *_dated(_DATED, "Read More"), *_FOOTER]
    )
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    removed = {r.text: r.reason for r in doc.removed}
    for _, headline, first in _DATED:
        assert first not in all_text(doc)
        assert headline in removed and first in removed


def test_an_event_list_in_date_order_is_the_articles(tmp_path: Path) -> None:
    """Events come soonest first: their dates run forward, a site's latest posts backward."""
    events = [
        (d, h, f)
        for (_, h, f), d in zip(
            _DATED, ["May 2, 2025", "June 9, 2025", "July 1, 2025"], strict=True
        )
    ]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, *_dated(events), *_FOOTER])
    assert all(paragraph in all_text(doc) for paragraph in [*_ARTICLE, *(f for _, _, f in events)])


def test_a_diarys_entries_of_several_paragraphs_are_the_articles(tmp_path: Path) -> None:
    more = "The council met again in the evening, and the parents came to listen this time."
    diary = [line for date, _, first in _DATED for line in (date, first, more)]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, *diary, *_FOOTER])
    assert all(paragraph in all_text(doc) for paragraph in [*_ARTICLE, *(f for _, _, f in _DATED)])


def test_a_gallery_of_dated_photos_amid_the_story_does_not_end_it(tmp_path: Path) -> None:
    """A news site's gallery ("UK news in pictures", each photo under its date) stands amid
    the story; the story goes on after it."""
    gallery = [
        "UK news in pictures",
        *(line for date, _, first in _DATED for line in (date, first, "PA")),
    ]
    rest = [
        "New fines for failure to self-isolate, starting at a thousand pounds for a first "
        "offence and rising after four breaches, were well publicised by the government.",
        "But it is understood that the ban on giving false information would also catch "
        "someone who omitted to mention that they had been in close contact with others.",
        "Health officials said the rules would be reviewed in the spring, once the first "
        "figures on how many people were fined had been collected from every council.",
        "Labour said the government should have asked Parliament before the rules came into "
        "force, and that the fines would fall hardest on those who could least afford them.",
    ]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, *gallery, *rest, *_FOOTER])
    assert all(paragraph in all_text(doc) for paragraph in [*_ARTICLE, *rest])


def test_dated_cards_with_an_undated_one_among_them_are_left_out(tmp_path: Path) -> None:
    """A sponsored card has no date: two cards' paragraphs stand between two dates, each
    alone under its headline."""
    sponsored = [
        "Sponsored Content",
        "How To Choose a Lawyer You Can Trust",
        "Choosing a lawyer is one of the most important decisions after an accident, and a "
        "good one will explain your options clearly before you sign anything at all.",
    ]
    cards = _dated(_DATED[:1]) + sponsored + _dated(_DATED[1:])
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, "Latest News", *cards, *_FOOTER])
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    assert not any(first in all_text(doc) for _, _, first in _DATED)
    assert sponsored[2] not in all_text(doc)
