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


SCRIPT = (
    "pe, fn, false ); EventCache.add(obj, type, fn); } else if (obj.attachEvent) { "
    "obj['e' + type + fn] = fn; obj[type + fn] = function() { obj['e' + type + fn](event); }; "
    "obj.attachEvent('on' + type, obj[type + fn]); EventCache.add(obj, type, fn); } "
)


def test_a_scripts_text_shown_on_the_page_is_not_taken_for_its_prose(tmp_path: Path) -> None:
    """A saved page lost a <script>'s opening tag: its JavaScript shows as a long paragraph,
    longer than the article. Counted as prose, it made the whole page look like the article
    and the site's menu was kept with it."""
    menu = "".join(f"<div><a href='/{w}'>{w}</a></div>" for w in ("Politics", "Sports", "Travel"))
    article = "".join(PARAGRAPH.format(i=i, topic=TOPICS[i]) for i in range(6))
    html = (
        f"<html><head><title>Port report</title></head><body>{SCRIPT * 14}<div>{menu}</div>"
        f"<div><h1>Port report</h1>{article}</div></body></html>"
    )
    doc = load_page(tmp_path, html)
    texts = [b.text for b in doc.blocks]
    assert sum(t.startswith("Paragraph ") for t in texts) == 6
    assert not any("EventCache" in t or t == "Politics" for t in texts)
    removed = [r.text for r in doc.removed]
    assert "Politics" in removed
    assert any("EventCache" in t for t in removed)


def test_a_code_block_in_an_article_is_still_prose_for_the_walk() -> None:
    from ftztui.loaders.html_prose import program_text

    class Block:
        def __init__(self, kind: str, text: str) -> None:
            self.kind, self.text = kind, text

    assert program_text(Block("paragraph", SCRIPT))
    assert not program_text(Block("code", SCRIPT))
    sentence = "The port opened in 1921; it was rebuilt in 1990; it now handles ninety ships a day."
    assert not program_text(Block("paragraph", sentence))


def test_trafilaturas_fast_text_that_is_a_layout_table_is_not_trusted() -> None:
    """A 2008 news page laid out in one table: trafilatura's fast mode returned the whole
    table, its spacer rows as rows of empty cells, the article in one cell and other
    stories' headlines in the others. Its full run decides such a page."""
    from ftztui.loaders.html_trafilatura import _layout_table

    spacer = "|  |  | "
    layout = [
        spacer, spacer, "|  | Email |  | Print |  | Text Size | ", spacer,
        "| Boston gearing up for New Year's Eve party. BOSTON (AP) - The city is gearing up. |",
        spacer, "| Know More | ", "| Michelle's Pic of the Day | ", spacer, spacer,
        "| Injured Tree Worker Gets $30,000 in Settlement | ", spacer,
    ]  # fmt: skip
    assert _layout_table("\n".join(layout))
    data = [
        "The port's traffic by year, as the harbour office counts it:",
        "| Year | Ships | Tonnes |",
        "| 2006 | 1,204 | 3.1 m |",
        "| 2007 | 1,377 | 3.4 m |",
        "|  |  |  |",
        "The office expects more ships next year, when the second terminal opens.",
    ]
    assert not _layout_table("\n".join(data))
