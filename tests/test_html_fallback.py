"""A page whose article sits after its </html>, or inside a landmark (an unclosed <header> in
a pop-up <aside>, on which trafilatura finds nothing: it drops a "popup" whole), keeps its
article; the menu around it stays out, on record."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import load_page

TOPICS = ("terminal", "crews", "cranes", "queues", "ferries", "rail link", "customs", "tides")
PARAGRAPH = (
    "<p>Paragraph {i} of the report explains how the port authority changed its {topic} this "
    "year, what the harbour office said about it, and why the ships waiting in the bay now "
    "leave a day earlier than they did before the works began.</p>"
)


def test_an_article_inside_a_landmark_is_kept(tmp_path: Path) -> None:
    paragraphs = "".join(PARAGRAPH.format(i=i, topic=TOPICS[i % 8]) for i in range(8))
    html = (
        "<html><head><title>Port report</title></head><body><aside class='popup'><div><header>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Port report</h1><div>{paragraphs}</div></article>"
        "</header></div></aside></body></html>"
    )
    doc = load_page(tmp_path, html)
    assert sum(b.text.startswith("Paragraph ") for b in doc.blocks) == 8
    assert "Home News" not in [b.text for b in doc.blocks]
    assert any(r.reason == "navigation" for r in doc.removed)


def test_an_article_after_the_pages_closing_html_tag_is_read(tmp_path: Path) -> None:
    paragraphs = "".join(PARAGRAPH.format(i=i, topic=TOPICS[i % 8]) for i in range(8))
    html = (
        "<html><head><title>Port report</title></head><body><nav><a href='/'>Home</a></nav>"
        "</body></html>\n"
        f"<div><h1>Port report</h1><div>{paragraphs}</div></div><footer>© Port</footer>"
    )
    doc = load_page(tmp_path, html)
    assert sum(b.text.startswith("Paragraph ") for b in doc.blocks) == 8


TOWNS = ("Blacktown", "Camden", "Penrith", "Liverpool", "Fairfield", "Parramatta", "Bowral")
HEADLINE = (
    "<tr><td><a href='/story/{i}'>{town} council votes to rebuild the old river bridge before "
    "the floods of winter</a></td></tr>"
)


def test_a_table_layouts_lists_of_headlines_stay_out_of_the_article(tmp_path: Path) -> None:
    """A 2008 news page laid out in a table: the site's menu in one cell, the article and a
    list of other stories in the next. The headlines, ten words and more, are most of the
    page's "prose", but they are links, not the rest of an article."""
    menu = "".join(f"<tr><td><p><a href='/{t}'>{t}</a></p></td></tr>" for t in TOWNS)
    headlines = "".join(HEADLINE.format(i=i, town=t) for i, t in enumerate(TOWNS * 2))
    article = "".join(PARAGRAPH.format(i=i, topic=TOPICS[i]) for i in range(2))
    html = (
        "<html><head><title>Port report</title></head><body><table><tr>"
        f"<td valign='top'><table>{menu}</table></td>"
        f"<td valign='top'><h1>Port report</h1>{article}"
        f"<table><tr><td><b>Top Stories</b></td></tr>{headlines}</table></td>"
        "</tr></table></body></html>"
    )
    doc = load_page(tmp_path, html)
    texts = [b.text for b in doc.blocks]
    assert sum(t.startswith("Paragraph ") for t in texts) == 2
    assert not any("old river bridge" in t for t in texts)
    assert sum("old river bridge" in r.text for r in doc.removed) == 14


def test_trafilaturas_fast_text_made_of_the_pages_links_is_not_trusted() -> None:
    """trafilatura's fast mode took a regional paper's list of towns for the article; a text
    whose lines are the page's links sends the page to its full run."""
    from ftztui.loaders.html import parse_page
    from ftztui.loaders.html_trafilatura import _links

    menu = "".join(f"<p><a href='/{t}'>{t}</a></p>" for t in TOWNS)
    article = "".join(PARAGRAPH.format(i=i, topic=TOPICS[i]) for i in range(3))
    root = parse_page(f"<html><body><div>{menu}</div><div>{article}</div></body></html>")
    assert _links("\n".join(TOWNS), root)
    paragraphs = [p.text_content() for p in root.iter("p") if p.find("a") is None]
    assert len(paragraphs) == 3
    assert not _links("\n".join([TOWNS[0], *paragraphs]), root)
