"""Pages saved as text: which part of the page is taken for the article when it is not clear.

Losing the whole article is the worst a reader can do, so when two parts of a page hold about
as much prose, or no part holds an article's prose at all, the loader keeps more rather than
choose wrong; a paragraph the site's template prints over and over never counts as the article.
Every page here is written for the test, in the shape a browser's "Save as text" gives.
"""

from __future__ import annotations

from pathlib import Path

from ftztui.model import Document

from .helpers import SCHOOLS_ARTICLE, all_text, load_lines

_MENU = ["• Home", "• News", "• Sport", "• Culture", "• Travel", "• Weather"]
_FOOTER = ["• About us", "• Contact us", "• Privacy policy", "• Terms of use", "• Careers"]
_ARTICLE = [
    "The council agreed on Tuesday to spend more on the town's schools next year, and the "
    "opposition voted for the plan.",
    "The mayor said the new classrooms should be ready by the autumn, when more pupils start.",
    "Parents welcomed the plan, but said the town should also pay for more teachers and for "
    "the school buses that bring children from the villages.",
]
_TEASER = (
    "Our partners have picked the best offers of the week for you: save on holidays, on "
    "insurance and on your energy bill, and compare the prices of more than two hundred shops "
    "in one place before you buy anything at all."
)


def _load(tmp_path: Path, lines: list[str]) -> Document:
    return load_lines(tmp_path / "page.txt", lines)


def test_a_short_article_above_a_longer_box_of_offers_is_kept(tmp_path: Path) -> None:
    share = ["Share this article", "• Facebook", "• Email", "• Print"]
    offers = [
        "Offers of the week",
        "The best offers our partners picked for you",
        _TEASER,
        "Energy",
        "Switch your energy supplier in five minutes and save up to three hundred pounds a "
        "year on gas and electricity with a fixed price for the next two years.",
    ]
    article = _ARTICLE[:2]
    doc = _load(
        tmp_path, [*_MENU, "Town to spend more on its schools", *article, *share, *_MENU, *offers]
    )
    text = all_text(doc)
    assert all(paragraph in text for paragraph in article)
    assert doc.title == "Town to spend more on its schools"
    assert "Share this article" in {r.text for r in doc.removed}


def test_a_page_whose_article_is_a_list_of_links_keeps_the_list(tmp_path: Path) -> None:
    links = [
        "• Town to spend more on its schools",
        "via The Daily Example https://example.org",
        "• New bridge opens after two years of work",
        "via Town News https://example.net",
        "• Library extends its opening hours",
        "via The Daily Example https://example.org",
        "• Farmers market moves to the old station square",
        "via Town News https://example.net",
        "• Two new buses for the villages from the spring",
        "via The Daily Example https://example.org",
    ]
    side = [
        "Licence",
        "This work is licensed under a Creative Commons licence: you may share it with anyone "
        "as long as you name the author.",
        "Follow this blog",
        "Enter your email address to follow this blog and get new posts by email.",
    ]
    share = ["Share this:", "• Email", "• Print"]
    doc = _load(tmp_path, [*_MENU, "Links of the week", *links, *share, *side, *_FOOTER])
    text = all_text(doc)
    assert all(link.lstrip("• ") in text for link in links)
    assert "Share this:" in {r.text for r in doc.removed}


def test_a_teaser_repeated_three_times_is_not_taken_for_the_article(tmp_path: Path) -> None:
    boxes = [line for heading in ("Deals", "Offers", "Partners") for line in (heading, _TEASER)]
    doc = _load(
        tmp_path, [*_MENU, "Town to spend more on its schools", *_ARTICLE, *boxes, *_FOOTER]
    )
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    assert _TEASER not in all_text(doc)
    assert _TEASER in {r.text for r in doc.removed}


def test_many_short_teasers_after_the_share_bar_do_not_outweigh_the_article(
    tmp_path: Path,
) -> None:
    teasers = [
        line
        for n, place in enumerate(("harbour", "station", "market", "museum", "castle"))
        for line in (
            f"News {n + 1}",
            f"The old {place} will close for repairs next month, the council said, and it will "
            "open again in the spring of next year.",
        )
    ]
    share = ["Share this article", "• Facebook", "• Email"]
    doc = _load(
        tmp_path,
        [*_MENU, "Town to spend more on its schools", *_ARTICLE, *share, *teasers, *_FOOTER],
    )
    text = all_text(doc)
    assert all(paragraph in text for paragraph in _ARTICLE)
    assert "harbour" not in text
    assert any("harbour" in r.text for r in doc.removed)


def test_a_list_of_short_tips_followed_by_more_of_the_article_is_kept(tmp_path: Path) -> None:
    """Short paragraphs each under its own heading look like teasers; but the article's prose
    runs on after them (two paragraphs in a row), and teasers come after an article's last."""
    tips = [
        ("1. Ask about the rates", "Cleaners charge by the hour or by the job, so ask first."),
        ("2. Read the reviews", "Neighbours who used them will tell you more than an advert can."),
        ("3. Check the insurance", "A company with insurance pays for what its staff break."),
    ]
    conclusion = [
        "A reliable cleaning company will work with your schedule and explain its prices before "
        "the first visit, and it will send the same people every week if you ask for that.",
        "Take your time, compare two or three offers, and do not sign a contract for a whole "
        "year before you have seen how they work in your own home for a month or two.",
    ]
    body = [line for heading, tip in tips for line in (heading, "[photo]", tip)]
    title = "How to choose a cleaning company"
    doc = _load(tmp_path, [*_MENU, title, *SCHOOLS_ARTICLE, *body, *conclusion, *_FOOTER])
    text = all_text(doc)
    assert doc.title == title
    for paragraph in [*SCHOOLS_ARTICLE, *(tip for _, tip in tips), *conclusion]:
        assert paragraph in text
