"""Site furniture inside an article's container (credit lines, share buttons, a "Share this"
heading over them) is left out, on record; lists and lines that are the article's stay."""

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
SHARE = "".join(
    f"<li><a href='https://example.net/share?{n}'>{n}</a></li>"
    for n in ("Twitter", "Facebook", "E-Mail", "Print")
)


def page(middle: str = "", end: str = "") -> str:
    """A page whose article the walk finds alone: one <article> with all the prose."""
    paragraphs = [PARAGRAPH.format(i=i, topic=TOPICS[i % len(TOPICS)]) for i in range(12)]
    return (
        "<html><head><title>Port report</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/world'>World news</a></nav></header>"
        f"<article><h1>Port report</h1>{''.join(paragraphs[:6])}{middle}"
        f"{''.join(paragraphs[6:])}{end}</article>"
        "<footer><p>Printed on the quay in Dover since 1921.</p></footer></body></html>"
    )


def texts(doc: Document) -> list[str]:
    return [s.title or "" for s in doc.sections] + [b.text for b in doc.blocks]


def reasons(doc: Document) -> dict[str, str]:
    return {r.text: r.reason for r in doc.removed}


def test_a_photo_credit_line_is_left_out_and_its_caption_kept(tmp_path: Path) -> None:
    figure = (
        "<figure><img src='cranes.jpg'><figcaption>The new cranes at dawn.</figcaption>"
        "</figure><p>Photo courtesy of Harbour Board</p><p>Image credit: Jo Bloggs</p>"
    )
    doc = load_page(tmp_path, page(middle=figure))
    assert "The new cranes at dawn." in texts(doc)
    assert not any("Harbour Board" in t or "Jo Bloggs" in t for t in texts(doc))
    assert reasons(doc)["Photo courtesy of Harbour Board"] == "photo credit"
    assert reasons(doc)["Image credit: Jo Bloggs"] == "photo credit"
    assert sum("Paragraph" in t for t in texts(doc)) == 12


def test_an_affiliate_disclosure_in_the_article_is_left_out(tmp_path: Path) -> None:
    disclosure = (
        "Products are chosen independently by our editors. Purchases made through our links "
        "may earn us a commission."
    )
    doc = load_page(tmp_path, page(middle=f"<p><em>{disclosure}</em></p>"))
    assert disclosure not in texts(doc)
    assert reasons(doc)[disclosure] == "affiliate disclosure"
    assert sum("Paragraph" in t for t in texts(doc)) == 12


def test_a_sentence_that_starts_like_a_credit_is_the_articles(tmp_path: Path) -> None:
    line = "<p>Photographs by the harbour master show the cranes arriving at night.</p>"
    doc = load_page(tmp_path, page(middle=line))
    assert "Photographs by the harbour master show the cranes arriving at night." in texts(doc)


def test_share_buttons_after_the_article_go_with_their_headings(tmp_path: Path) -> None:
    # A Swedish blog's "Share this:" and "Related" boxes: headings no list of labels knows.
    end = f"<h3>Dela det här:</h3><ul>{SHARE}</ul><h3>Relaterade</h3>"
    doc = load_page(tmp_path, page(end=end))
    kept = texts(doc)
    for line in ("Dela det här:", "Twitter", "Facebook", "E-Mail", "Relaterade"):
        assert line not in kept
    assert reasons(doc)["Twitter"] == "row of links"
    assert reasons(doc)["Dela det här:"] == "heading with no text under it"
    assert reasons(doc)["Relaterade"] == "heading with no text under it"
    assert kept[-1].startswith("Paragraph 11")


def test_share_buttons_under_a_known_label_go_too(tmp_path: Path) -> None:
    # A German "Share this:" is a label of the page: trafilatura decides, with the same result.
    end = f"<h3>Teilen Sie dies mit:</h3><ul>{SHARE}</ul><h3>Ähnliche Beiträge</h3>"
    doc = load_page(tmp_path, page(end=end))
    kept = texts(doc)
    for line in ("Teilen Sie dies mit:", "Twitter", "Facebook", "E-Mail", "Ähnliche Beiträge"):
        assert line not in kept
        assert line in reasons(doc)
    assert sum("Paragraph" in t for t in kept) == 12


def test_a_list_of_one_word_links_inside_the_article_is_kept(tmp_path: Path) -> None:
    downloads = (
        "<p>The timetable app is free to download for every platform:</p><ul>"
        "<li><a href='/get/github'>GitHub</a></li><li><a href='/get/win'>Windows</a></li>"
        "<li><a href='/get/mac'>macOS</a></li><li><a href='/get/linux'>Linux</a></li></ul>"
    )
    doc = load_page(tmp_path, page(middle=downloads))
    assert {"GitHub", "Windows", "macOS", "Linux"} <= set(texts(doc))


def test_a_list_of_titles_at_the_end_stays_as_lines_of_text(tmp_path: Path) -> None:
    titles = "".join(f"<h3>Harbour crew member {n}</h3>" for n in ("Ann", "Bo", "Cy", "Di"))
    doc = load_page(tmp_path, page(end=titles))
    kept = texts(doc)
    assert {"Harbour crew member Ann", "Harbour crew member Bo", "Harbour crew member Cy"} <= set(
        kept
    )
    assert reasons(doc)["Harbour crew member Di"] == "heading with no text under it"
