"""The author's box after an article (the name, a role, "Rebecca Norris is a freelance
writer ...") is left out, on record as "about the author", when the page signs the article
with that name; a bio written as the article's last paragraph, and a paragraph about someone
the page does not sign with, stay."""

from __future__ import annotations

from pathlib import Path

from ftztui.model import Document

from .helpers import load_page

PARAGRAPH = (
    "<p>Paragraph {i} of the guide explains how to plan a wedding's after-party: which room to "
    "book, when the band should stop, and why the caterer needs to know the guest count a "
    "week before the day itself, not the evening before.</p>"
)
BIO = (
    "Rebecca Norris is a full-time freelance writer living in the Washington, D.C. metro "
    "area. Over the past ten years she has covered weddings, travel and home design."
)


def page(after: str, byline: str = "By Rebecca Norris") -> str:
    body = "".join(PARAGRAPH.format(i=i) for i in range(8))
    return (
        "<html><head><title>After-party ideas</title></head><body>"
        "<nav><a href='/'>Home</a><a href='/weddings'>Weddings</a></nav>"
        "<main><article><h1>After-party ideas</h1>"
        f"<address class='byline'>{byline}<time>Jun 25, 2025</time></address>"
        f"<div class='body'>{body}{after}</div></article></main>"
        "<footer><p>Wedding Magazine is published in Washington since 1998.</p></footer>"
        "</body></html>"
    )


def texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def test_the_author_box_after_the_article_is_left_out_on_record(tmp_path: Path) -> None:
    box = (
        "<div class='author-card'><img src='norris.jpg' alt=''>"
        "<div><a href='/author/rebecca-norris'>Rebecca Norris</a></div>"
        f"<div>Contributing Writer</div><p>{BIO}</p></div>"
    )
    doc = load_page(tmp_path, page(box))
    kept = texts(doc)
    assert sum(t.startswith("Paragraph ") for t in kept) == 8
    assert not any("freelance writer" in t or t == "Contributing Writer" for t in kept)
    removed = {r.text: r.reason for r in doc.removed}
    assert removed[BIO] == "about the author"
    assert removed["Contributing Writer"] == "about the author"


def test_a_bio_written_as_the_articles_last_paragraph_stays(tmp_path: Path) -> None:
    # News agencies end a column so: the bio is part of what the writer sent.
    doc = load_page(tmp_path, page(f"<p>{BIO}</p>"))
    assert BIO in texts(doc)


def test_a_box_about_someone_the_page_is_not_signed_by_stays(tmp_path: Path) -> None:
    box = (
        "<div class='profile'><img src='lopez.jpg' alt=''>"
        "<p>Maria Lopez is the harbour's first woman pilot, and she has been bringing the "
        "ferries in through the fog for twenty years.</p></div>"
    )
    doc = load_page(tmp_path, page(box))
    assert any(t.startswith("Maria Lopez is the harbour's") for t in texts(doc))
