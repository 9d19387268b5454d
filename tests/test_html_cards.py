"""A grid of other stories after the article (each a title linked to another page of the site
and an excerpt) is left out, on record; cards linking to other sites (a list of resources),
and a list of entries outweighing the prose before them, stay."""

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
