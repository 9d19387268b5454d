"""What trafilatura's text takes from after the article's element (an author's box, an offer)
is left out, on record; a table after the article's text, and the article's own text set in
an element of its own after the rest, stay."""

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
BOX = (
    "<div><div><p>Jo Bloggs is our harbour correspondent, who has written about ships, ports "
    "and the people who work in them for twenty years, first for the evening paper and then for "
    "the shipping weekly, before joining the report as its editor last spring.</p>"
    "<p>Our harbour guide app shows every arrival and departure in the bay as it happens, with "
    "the tide tables, the pilots on duty and the berths that are free, on your phone.</p>"
    "<p>Try the harbour guide free for thirty days: no card is needed, and the port authority's "
    "own captains use it every morning to plan the day's crossings before the ferries leave.</p>"
    "</div></div>"
)


def page(after: str, paragraphs: int = 12, middle: str = "") -> str:
    """An article the walk is not sure of alone (something after it weighs a fifth of its
    prose), so that trafilatura decides; its text runs into `after`."""
    body = "".join(PARAGRAPH.format(i=i, topic=TOPICS[i % 8]) for i in range(paragraphs))
    body = body.replace("<p>Paragraph 6", f"{middle}<p>Paragraph 6")
    return (
        "<html><head><title>Port report</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<div><div><h1>Port report</h1>{body}</div>{after}</div>"
        "<footer><p>Printed on the quay in Dover since 1921.</p></footer></body></html>"
    )


def texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def test_an_authors_box_and_an_offer_after_the_article_are_left_out(tmp_path: Path) -> None:
    doc = load_page(tmp_path, page(BOX))
    kept = texts(doc)
    assert sum(t.startswith("Paragraph ") for t in kept) == 12
    assert not any(t.startswith(("Jo Bloggs", "Our harbour guide", "Try the")) for t in kept)
    removed = {r.text[:9]: r.reason for r in doc.removed}
    assert removed["Jo Bloggs"] == "after the article"
    assert removed["Try the h"] == "after the article"


def test_a_table_after_the_articles_text_stays(tmp_path: Path) -> None:
    rows = "".join(
        f"<tr><td>{ship}</td><td>{day}</td><td>{berth}</td></tr>"
        for ship, day, berth in (("Pride of Kent", "Monday", "4"), ("Spirit", "Tuesday", "7"))
    )
    table = f"<div><table><tr><th>Ship</th><th>Day</th><th>Berth</th></tr>{rows}</table></div>"
    kept = texts(load_page(tmp_path, page(table + BOX)))
    assert "Pride of Kent | Monday | 4" in kept
    assert "Spirit | Tuesday | 7" in kept


def test_the_articles_end_in_an_element_of_its_own_stays(tmp_path: Path) -> None:
    ending = "".join(
        PARAGRAPH.format(i=i, topic=TOPICS[i % 8]).replace("Paragraph", "Closing paragraph")
        for i in range(4)
    )
    kept = texts(load_page(tmp_path, page(f"<div>{ending}</div>", paragraphs=10)))
    assert sum(t.startswith("Paragraph ") for t in kept) == 10
    assert sum(t.startswith("Closing paragraph") for t in kept) == 4


def test_a_paragraph_printed_twice_in_a_row_is_kept_once(tmp_path: Path) -> None:
    card = (
        "<div><p>Increasing attendance at a space museum in a small town in Kansas.</p>"
        "<div><p>Increasing attendance at a space museum in a small town in Kansas.</p></div>"
        "</div><ul><li>Included</li><li>Included</li><li>Included</li></ul>"
    )
    doc = load_page(tmp_path, page(BOX, middle=card))
    kept = texts(doc)
    assert kept.count("Increasing attendance at a space museum in a small town in Kansas.") == 1
    assert kept.count("Included") == 3
    removed = {r.text: r.reason for r in doc.removed}
    assert (
        removed["Increasing attendance at a space museum in a small town in Kansas."]
        == "repeated on the page"
    )
