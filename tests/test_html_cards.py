"""A grid of other stories after the article (each a title linked to another page of the site
and an excerpt) is left out, on record; cards linking to other sites (a list of resources),
and a list of entries outweighing the prose before them, stay. A list of links to other posts
of the site after the article (titles alone, no excerpts) is left out too; one to other sites
stays."""

from __future__ import annotations

from pathlib import Path

from ftztui.model import Document

from .helpers import load_page

TOPICS = ("terminal", "crews", "cranes", "queues", "ferries", "rail link", "customs", "tides")
PARAGRAPH = (
    "<p>Paragraph {i} of the report explains how the port authority changed its {topic} this "
    "year, what the harbour office said about it, and why the ships waiting in the bay now "
    "leave a day earlier than they did before the works began.</p>"
)
STORIES = ("Lighthouse keepers", "The night ferry", "Tug crews", "Fog over Dover")


def card(n: int, host: str) -> str:
    title = STORIES[n]
    return (
        f"<div class='post-item post-{n}'><h3><a href='https://{host}/stories/{n}'>{title}</a>"
        f"</h3><p>{title} and the harbour: a story about the people who keep the port working "
        "through the winter, told by those who were there.</p></div>"
    )


def page(cards: str, paragraphs: int = 10) -> str:
    body = "".join(PARAGRAPH.format(i=i, topic=TOPICS[i % 8]) for i in range(paragraphs))
    links = "".join(f"<a href='https://port.example/{t}'>{t}</a>" for t in TOPICS)
    return (
        "<html><head><title>Port report</title></head><body>"
        f"<nav><a href='https://port.example/'>Home</a>{links}</nav>"
        f"<article><h1>Port report</h1>{body}<div class='more'>{cards}</div></article>"
        "<footer><p>Printed on the quay in Dover since 1921.</p></footer></body></html>"
    )


def texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def test_cards_of_other_stories_after_the_article_are_left_out(tmp_path: Path) -> None:
    doc = load_page(tmp_path, page("".join(card(n, "port.example") for n in range(4))))
    kept = texts(doc)
    assert sum(t.startswith("Paragraph ") for t in kept) == 10
    assert not any("and the harbour: a story" in t for t in kept)
    removed = {r.text[:22]: r.reason for r in doc.removed}
    assert removed["Fog over Dover and the"] == "other stories"


def test_cards_linking_to_other_sites_stay(tmp_path: Path) -> None:
    doc = load_page(tmp_path, page("".join(card(n, "archive.example") for n in range(4))))
    assert sum("and the harbour: a story" in t for t in texts(doc)) == 4


def test_a_list_of_entries_outweighing_the_prose_before_it_stays(tmp_path: Path) -> None:
    entries = "".join(card(n % 4, "port.example") for n in range(16))
    kept = texts(load_page(tmp_path, page(entries, paragraphs=4)))
    assert sum("and the harbour: a story" in t for t in kept) == 16


def related(host: str) -> str:
    """ "Related content:" and three titles, each a link (a short list in a long article)."""
    items = "".join(
        f"<li><a href='https://{host}/stories/{n}'><strong>{title}</strong></a></li>"
        for n, title in enumerate(STORIES[:3])
    )
    return f"<hr><p>Related content:</p><ul>{items}</ul>"


def test_a_list_of_links_to_other_posts_after_the_article_is_left_out(tmp_path: Path) -> None:
    doc = load_page(tmp_path, page(related("port.example"), paragraphs=30))
    kept = texts(doc)
    assert sum(t.startswith("Paragraph ") for t in kept) == 30
    assert not any(t in kept for t in STORIES)
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Tug crews"] == "related links"


def test_a_list_of_links_to_other_sites_after_the_article_stays(tmp_path: Path) -> None:
    kept = texts(load_page(tmp_path, page(related("archive.example"), paragraphs=30)))
    assert all(t in kept for t in STORIES[:3])
