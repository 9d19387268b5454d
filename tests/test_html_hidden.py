"""A page whose text a script shows piece by piece (it ships the text hidden, behind "Loading"
placeholders) keeps its article; on other pages, hidden parts stay out, on record."""

from __future__ import annotations

from pathlib import Path

from ftztui.model import Document

from .helpers import load_page

PARAGRAPH = (
    "<p>Part {i} of the guide explains how an index fund follows its market, what it costs to "
    "hold one for a decade, and why the fees matter more than the fund's name or logo.</p>"
)
SCRIPT = "<script>self.__data=" + "[" + ",".join(['"x"'] * 4000) + "]</script>"


def texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def streamed_page() -> str:
    """Placeholders where the text will go, the text itself in hidden blocks after them, and
    a script's data larger than all the text."""
    placeholders = "".join(f"<template id='B:{i}'></template><p>Loading…</p>" for i in range(8))
    hidden = "".join(
        f"<div hidden id='S:{i}'><h2>Step {i}</h2>{PARAGRAPH.format(i=i)}</div>" for i in range(8)
    )
    return (
        "<html><head><title>Index funds</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<main><h1>Index funds</h1>{placeholders}</main><footer>© Guides</footer>"
        f"{hidden}{SCRIPT}</body></html>"
    )


def test_a_page_shipped_hidden_for_a_script_to_show_keeps_its_text(tmp_path: Path) -> None:
    doc = load_page(tmp_path, streamed_page())
    kept = texts(doc)
    assert sum(t.startswith("Part ") for t in kept) == 8
    assert not any(r.reason == "hidden on the page" for r in doc.removed)


def test_hidden_parts_of_an_ordinary_page_stay_out_on_record(tmp_path: Path) -> None:
    visible = "".join(PARAGRAPH.format(i=i) for i in range(8))
    dialog = "<div style='display:none'><p>Sign up for our newsletter and save 10%.</p></div>"
    html = (
        "<html><head><title>Index funds</title></head><body><article><h1>Index funds</h1>"
        f"{visible}</article>{dialog}{SCRIPT}</body></html>"
    )
    doc = load_page(tmp_path, html)
    assert sum(t.startswith("Part ") for t in texts(doc)) == 8
    assert "Sign up for our newsletter and save 10%." not in texts(doc)
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Sign up for our newsletter and save 10%."] == "hidden on the page"


def test_an_faqs_folded_answers_are_read_under_their_questions(tmp_path: Path) -> None:
    """WCXB's page 4026 folds each answer of its FAQ away (display: none) until the question
    is clicked: the answers were recorded as hidden, and the reader showed five questions
    with no answer. A hidden menu after a link that asks nothing stays out."""
    faq = "".join(
        f'<div class="faq"><div class="q">Q: {q}?</div>'
        f'<div class="a" style="display: none;">A: {a}</div></div>'
        for q, a in (
            (
                "Is this 40L trekking backpack lightweight",
                "Yes, it is made of light materials, offering a balance of portability and "
                "durability that makes it ideal for long adventures without any extra bulk.",
            ),
            (
                "Is there a warranty included",
                "Yes, this product is covered by a two-year warranty for total peace of mind, "
                "and a tracking number is sent to your email when it ships.",
            ),
        )
    )
    page = (
        "<html><body><nav><a href='/'>Shop</a><ul style='display:none'><li>Tents and tarps"
        "</li><li>Sleeping bags and mats for all</li></ul></nav><article><h1>Trail pack</h1>"
        f"{PARAGRAPH.format(i=1)}{PARAGRAPH.format(i=2)}<h2>FAQs</h2>{faq}</article></body></html>"
    )
    doc = load_page(tmp_path, page)
    texts = [b.text for b in doc.blocks]
    answer = next(t for t in texts if t.startswith("A: Yes, this product is covered"))
    assert texts.index("Q: Is there a warranty included?") + 1 == texts.index(answer)
    assert not any("Sleeping bags" in t for t in texts)
