"""Pages saved as text: the notices a site or blog engine prints around every post (follow by
e-mail, a licence line, a post's filing line, a comment form's notes, a call to donate, an
affiliate disclosure) are left out of the article with a reason, even inside its span; a
user's own file with the same sentences keeps them, and an article's own sentences about
licences or logging in stay.

Every page here is written for the test, in the shape a browser's "Save as text" gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ftztui.loaders.article import Article
from ftztui.loaders.boilerplate import LineInfo
from ftztui.loaders.text_title import title_index
from ftztui.model import Document

from .helpers import SCHOOLS_ARTICLE as _ARTICLE
from .helpers import SITE_MENU as _MENU
from .helpers import all_text, load_lines

_NAV = LineInfo("furniture", reason="navigation", site=True)
_TITLE = "Town to spend more on its schools"
#: (notice, the reason the user is shown)
_NOTICES = [
    (
        "This entry was posted in Schools. Bookmark the permalink.",
        "post's filing line",
    ),
    (
        "Enter your email address to follow this blog and receive notifications of new posts "
        "by email.",
        "subscription notice",
    ),
    (
        "Your email address will not be published. Required fields are marked *",
        "comment form",
    ),
    (
        "All content is licensed under a Creative Commons Attribution 4.0 International "
        "License, unless stated otherwise.",
        "licence notice",
    ),
    (
        "If you enjoyed reading this post, would you consider supporting our work? Every small "
        "donation helps.",
        "call for donations",
    ),
    (
        "When you buy through links on our site, we may earn an affiliate commission.",
        "affiliate disclosure",
    ),
    (
        "Geben Sie Ihre E-Mail-Adresse an, um diesen Blog zu abonnieren und Benachrichtigungen "
        "über neue Beiträge via E-Mail zu erhalten.",
        "subscription notice",
    ),
    (
        "Texte auf dieser Webseite stehen unter einer Creative Commons Namensnennung 4.0 Lizenz.",
        "licence notice",
    ),
]


def _load(tmp_path: Path, lines: list[str]) -> Document:
    return load_lines(tmp_path / "page.txt", lines)


def test_a_sites_notices_in_the_article_span_are_removed_with_a_reason(tmp_path: Path) -> None:
    notices = [text for text, _ in _NOTICES]
    # Between the article's paragraphs, where the span holds them.
    page = [*_MENU, _TITLE, *_ARTICLE[:2], *notices, *_ARTICLE[2:], *_MENU]
    doc = _load(tmp_path, page)
    assert doc.title == _TITLE
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    removed = {r.text: r.reason for r in doc.removed}
    for text, reason in _NOTICES:
        assert text not in all_text(doc)
        assert removed[text] == reason


def test_a_users_own_file_keeps_the_same_sentences(tmp_path: Path) -> None:
    notices = [text for text, _ in _NOTICES]
    doc = _load(tmp_path, [_TITLE, *_ARTICLE[:2], *notices, *_ARTICLE[2:]])
    assert all(text in all_text(doc) for text in [*_ARTICLE, *notices])


def test_an_articles_own_sentences_about_licences_and_logins_stay(tmp_path: Path) -> None:
    own = [
        "The council published the plans under a Creative Commons licence last year, and "
        "other towns have since copied them for their own schools.",
        "To submit a proposal, parents must be registered and logged in on the council's "
        "website before the end of the month.",
        "The foundation said a donation of ten thousand pounds would pay for the science room.",
    ]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE[:2], *own, *_ARTICLE[2:], *_MENU])
    assert all(paragraph in all_text(doc) for paragraph in [*_ARTICLE, *own])


def _reasons_amid_article(tmp_path: Path, lines: list[str]) -> list[str | None]:
    """The reasons recorded for `lines` standing in the middle of an article between a site's
    menus, the article itself kept whole."""
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE[:2], *lines, *_ARTICLE[2:], *_MENU])
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    removed = {r.text: r.reason for r in doc.removed}
    return [removed.get(line) for line in lines]


def test_a_teaser_under_its_label_and_a_posts_neighbours_are_related_links(
    tmp_path: Path,
) -> None:
    teasers = [
        "Auch lesen: Neue Schulen für die Dörfer im Norden",
        "MIRA: Alcalde inaugura nuevas aulas en la escuela del pueblo",
        "← Older post about the town's budget",
    ]
    assert _reasons_amid_article(tmp_path, teasers) == ["related link"] * 3


def test_a_sites_notice_above_the_article_is_not_its_title() -> None:
    notice = (
        "The Gazette is supported by its readers. When you buy through links on our site, we "
        "may earn an affiliate commission. Learn more"
    )
    units = [*_MENU, notice, *_ARTICLE, *_MENU]
    infos: list[LineInfo | None] = [_NAV] * len(_MENU) + [None] * (len(_ARTICLE) + 1)
    infos += [_NAV] * len(_MENU)
    start = len(_MENU) + 1
    article = Article(start, start + len(_ARTICLE) - 1, len(units), has_prose=True, page=True)
    assert title_index(units, infos, article, page=True) != len(_MENU)
    # The same line above a user's own text may be its title.
    assert title_index(units, infos, article, page=False) is not None


def test_a_heading_over_more_stories_parts_them_from_the_article(tmp_path: Path) -> None:
    more = [
        "Weitere Artikel zum Thema",
        "Neue Turnhalle für die Grundschule am Markt",
        "Der Stadtrat hat am Montag den Bau einer neuen Turnhalle für die Grundschule beschlossen.",
        "Bücherei verlängert ihre Öffnungszeiten",
    ]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, *more, *_MENU])
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    assert not any(line in all_text(doc) for line in more)
    assert {r.text: r.reason for r in doc.removed}[more[0]] == "related links"


_TEASERS = [
    "New sports hall for the primary school on the market square",
    "The council decided on Monday to build a new sports hall for the primary school, which has "
    "had to send its pupils to the next village for their sports lessons for years.",
    "Library opens longer on Saturdays",
]


@pytest.mark.parametrize(
    "heading",
    ["More from the Gazette", "Recently by Ann Lee", "You may also like", "Mehr aus der Region"],
)
def test_a_heading_over_more_of_the_sites_stories_parts_them_from_the_article(
    tmp_path: Path, heading: str
) -> None:
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, heading, *_TEASERS, *_MENU])
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    assert not any(line in all_text(doc) for line in _TEASERS)
    assert {r.text: r.reason for r in doc.removed}[heading] == "related links"


def test_further_reading_in_the_article_is_its_section(tmp_path: Path) -> None:
    """ "Further reading" heads an article's own list of sources as often as the site's."""
    reading = "Further reading"
    page = [*_MENU, _TITLE, *_ARTICLE[:2], reading, *_ARTICLE[2:], *_MENU]
    doc = _load(tmp_path, page)
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    assert reading in all_text(doc)


def test_a_table_of_contents_entry_is_not_such_a_heading(tmp_path: Path) -> None:
    contents = ["• Weitere Tipps für Eltern", "• Die Kosten", "• Der Zeitplan"]
    doc = _load(tmp_path, [*_MENU, _TITLE, _ARTICLE[0], *contents, *_ARTICLE[1:], *_MENU])
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    assert {r.text: r.reason for r in doc.removed}.get(contents[0]) != "related links"


def test_a_comment_threads_and_an_authors_heading_part_them_from_the_article(
    tmp_path: Path,
) -> None:
    after = [
        "About the author",
        "Ann Lee has written about the town's schools for the Gazette since 2010.",
        f"3 thoughts on “{_TITLE}”",
        "Great news for the children, finally!",
        "And who pays for it? We do, as always.",
    ]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, *after, *_MENU])
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    assert not any(line in all_text(doc) for line in after)
    removed = {r.text: r.reason for r in doc.removed}
    assert (removed[after[0]], removed[after[2]]) == ("author's box", "comment form")


def test_a_themes_credit_and_a_posts_neighbours_by_label_are_left_out(tmp_path: Path) -> None:
    footer = [
        "Archive – RSS – Impressum – 2009-2020 by Ann Lee – Powered by Nikola",
        "Simple theme. Powered by Blogger.",
        "Designed by Elegant Themes | Powered by WordPress",
        "• Next post",
        "« Previous Post",
        "Nächster Beitrag",
        "Weiter »",
    ]
    assert _reasons_amid_article(tmp_path, footer) == ["site credits"] * 3 + ["navigation"] * 4
    # A user's own note keeps the same lines.
    doc = _load(tmp_path, [_TITLE, *_ARTICLE[:2], *footer, *_ARTICLE[2:]])
    assert all(line in all_text(doc) for line in footer[:3])


def test_an_articles_sentence_about_its_design_stays(tmp_path: Path) -> None:
    own = (
        "The new school was designed by a local architect, who also drew the plans for the "
        "library and the swimming pool that the town opened two years ago."
    )
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE[:2], own, *_ARTICLE[2:], *_MENU])
    assert own in all_text(doc)


def test_a_reading_time_or_a_sentence_leading_into_a_form_is_not_the_title(
    tmp_path: Path,
) -> None:
    for line in ("11 minut czytania", "Lesezeit: 4 Minuten", "5 min read"):
        doc = _load(tmp_path, [*_MENU, _TITLE, line, *_ARTICLE, *_MENU])
        assert doc.title == _TITLE
        assert {r.text: r.reason for r in doc.removed}[line] == "reading time"
    # It shares more words with the article than the headline does.
    lead_in = "Read what the council said about the schools of the town:"
    doc = _load(tmp_path, [*_MENU, _TITLE, lead_in, *_ARTICLE, *_MENU])
    assert doc.title == _TITLE


def test_a_pictures_credit_alone_and_a_sites_own_labels_are_left_out(tmp_path: Path) -> None:
    furniture = {
        "Fot. Jan Kowalski / Agencja Gazeta": "picture credit",
        "PAP/ Rafał Guz": "picture credit",
        "Quelle: jorisvo / Fotolia.com": "picture credit",
        "Copy LinkCopy LinkShare on FacebookShare on Facebook": "share buttons",
        "Gefällt mir wird geladen …": "share buttons",
        "Mehr erfahren": "navigation",
        "Zur Startseite": "navigation",
        "Impressum": "site links",
    }
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE[:2], *furniture, *_ARTICLE[2:], *_MENU])
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    removed = {r.text: r.reason for r in doc.removed}
    assert {line: removed.get(line) for line in furniture} == furniture


def test_a_breadcrumb_with_the_headline_in_it_is_not_the_title(tmp_path: Path) -> None:
    crumb = f"Sie sind hier:» Home » Presse » Archiv » {_TITLE} and the plans for next year"
    doc = _load(tmp_path, [*_MENU, crumb, _TITLE, *_ARTICLE, *_MENU])
    assert doc.title == _TITLE
    assert {r.text: r.reason for r in doc.removed}[crumb] == "navigation"


def test_an_events_contact_lines_do_not_box_in_its_details(tmp_path: Path) -> None:
    tickets = "• Tickets: per email at tickets@example.org or per phone 0345 122 99 84"
    event = [tickets, "Concert: 29.02.2020, 19 Uhr", "• Place: the town hall", tickets]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE[:2], *event, *_ARTICLE[2:], *_MENU])
    assert "Concert: 29.02.2020, 19 Uhr" in all_text(doc)
    assert "Place: the town hall" in all_text(doc)


def test_the_line_leading_into_a_link_at_the_articles_end_is_kept(tmp_path: Path) -> None:
    lead_in = "The council's full plan can be read here:"
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, lead_in, "www.example.org/plan", *_MENU])
    assert lead_in in all_text(doc)


def test_a_rankings_short_numbered_entries_are_no_menu(tmp_path: Path) -> None:
    ranking = [
        f"{n}. {name}"
        for n, name in enumerate(
            ["Ann Lee", "Bo Chen", "Kim Park", "Eva Ruiz", "Tom Hall", "Li Wei"], 1
        )
    ]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE[:2], "\n".join(ranking), *_ARTICLE[2:]])
    assert all(entry in all_text(doc) for entry in ranking)


def test_a_list_between_the_headline_and_the_first_paragraph_is_kept(tmp_path: Path) -> None:
    agenda = [
        "1. Minutes of the last meeting of the council on 5 August",
        "2. The new classrooms and the builders' timetable",
    ]
    doc = _load(tmp_path, [*_MENU, _TITLE, "\n".join(agenda), *_ARTICLE, *_MENU])
    assert doc.title == _TITLE
    assert all(item in all_text(doc) for item in agenda)


@pytest.mark.parametrize(
    "filed",
    [
        "Labels: schools, council",
        "Categories: Local news, Schools",
        "Subjects: Education (schools)",
        "Filed under: Schools",
    ],
)
def test_a_posts_filing_line_ends_it(tmp_path: Path, filed: str) -> None:
    """Blog engines and archives file a post under its labels after its last paragraph; what
    follows (the blog's pitch, more posts) is not the post."""
    after = [
        filed,
        "The Gazette has reported on the town, its council and its schools every week since "
        "1998, and it is written by a small team of volunteers who live in the town.",
    ]
    doc = _load(tmp_path, [*_MENU, _TITLE, *_ARTICLE, *after, *_MENU])
    assert all(paragraph in all_text(doc) for paragraph in _ARTICLE)
    assert not any(line in all_text(doc) for line in after)
    assert {r.text: r.reason for r in doc.removed}[filed] == "tags line"
