"""Plain text: lines that look like site furniture alone, kept when their neighbours show they
are the article's (a table, a spec line, a line of pasted code, a sentence about newsletters).

Each text is a saved page written for the test: a share bar and a copyright line around the
article make the loader treat it as a page, so its furniture rules apply.
"""

from __future__ import annotations

from pathlib import Path

from ftztui.loaders import load_document
from ftztui.model import Document

from .helpers import all_text, load_lines

PROSE = (
    "The new bread makers were tested for a month in a home kitchen by two of our editors.",
    "Each machine baked the same white loaf, a whole-wheat loaf and a gluten-free loaf twice.",
    "We weighed every loaf, cut it in half and photographed the crumb before tasting it.",
)


def load_page(tmp_path: Path, *article: str) -> Document:
    page = [
        "Home | Reviews | Kitchen | Deals",
        "Share on Facebook",
        "Best bread makers of the year",
        *PROSE,
        *article,
        "Copyright 2024 Example Reviews. All rights reserved.",
    ]
    path = tmp_path / "page.txt"
    path.write_text("\n\n".join(page) + "\n", encoding="utf-8")
    return load_document(path)


def test_the_page_furniture_is_still_removed(tmp_path: Path) -> None:
    doc = load_page(tmp_path, PROSE[0])
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Home | Reviews | Kitchen | Deals"] == "navigation"
    assert reasons["Share on Facebook"] == "share buttons"


def test_table_rows_are_not_a_menu(tmp_path: Path) -> None:
    table = (
        "Model | Price | Loaf size | Programs",
        "Breville Custom Loaf | $280 | 2.5 pounds | 13",
        "Cuisinart Compact | $100 | 2 pounds | 12",
    )
    doc = load_page(tmp_path, *table, "The Breville won on every loaf we baked in it.")
    text = all_text(doc)
    assert all(row in text for row in table)


def test_a_spec_line_is_not_a_menu(tmp_path: Path) -> None:
    spec = "Dimensions: 16.4 x 9.6 x 13.3 inches | Loaf size: 1 to 2.5 pounds | 13 programs"
    doc = load_page(tmp_path, "Breville Custom Loaf", spec, "It bakes the most even loaf.")
    assert spec in all_text(doc)


def test_a_line_of_pasted_code_is_not_a_share_button(tmp_path: Path) -> None:
    code = (
        "fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {",
        "if x.len() > y.len() {",
        "x",
        "} else {",
        "y",
        "}",
    )
    doc = load_page(tmp_path, "The function returns the longer string:", *code, PROSE[1])
    blocks = [b.text for b in doc.blocks]
    assert "x" in blocks and "y" in blocks
    assert "x" not in [r.text for r in doc.removed]


def test_a_sentence_about_newsletters_is_not_a_subscription_notice(tmp_path: Path) -> None:
    sentence = "Newsletters are booming. More people are writing them than ever before."
    doc = load_page(tmp_path, sentence, "Sign up for our newsletter", PROSE[2])
    assert sentence in all_text(doc)
    assert {r.text: r.reason for r in doc.removed}["Sign up for our newsletter"] == (
        "subscription notice"
    )


def test_a_schema_field_named_email_is_not_a_share_button(tmp_path: Path) -> None:
    schema = (
        "type User {",
        '"Unique identifier for the user"',
        "id: ID!",
        '"Address used for login and notifications"',
        "email: Email!",
        '"Name shown on the user\'s public profile"',
        "username: String!",
        "}",
    )
    doc = load_page(tmp_path, "Every schema starts with object types:", *schema, PROSE[2])
    assert "email: Email!" in [b.text for b in doc.blocks]


def test_a_note_with_a_long_code_block_is_not_a_saved_page(tmp_path: Path) -> None:
    # Over twenty short lines of code, some before the first paragraph: the shape of a site's
    # menus by count alone, but a user's note; nothing in it is furniture.
    code = ["def area(w, h):", "return w * h", "}", "x", "y", "z", "{", "let a = 1;", "}"] * 3
    note = [
        "Notes on the area helper",
        *code[:9],
        "The helper above multiplies the two sides and returns the product for the caller.",
        *code[9:],
        PROSE[0],
    ]
    doc = load_lines(tmp_path / "note.txt", note)
    assert doc.removed == ()
    assert sum(b.text == "x" for b in doc.blocks) == 3


def test_an_aside_with_slashes_is_not_a_menu(tmp_path: Path) -> None:
    # Two such asides once made a user's article about house plants a "saved page", and then
    # its lists of plant names were removed as menus.
    plants = ["Chinese evergreen", "Cast iron plant", "Ponytail palm", "Parlor palm", "Dracaena"]
    note = [
        "Lighting for indoor plants",
        PROSE[0],
        "Low light (PPF: 50-150 umol m-2s-1 / 50-250 foot-candles / north windows)",
        *plants,
        PROSE[1],
        "Medium light (PPF: 150-250 umol m-2s-1 / 250-1,000 foot-candles / east windows)",
        *plants,
        PROSE[2],
    ]
    doc = load_lines(tmp_path / "plants.txt", note)
    assert doc.removed == ()
    assert all_text(doc).count("Dracaena") == 2


def test_a_list_of_subscription_prices_is_not_a_subscription_notice(tmp_path: Path) -> None:
    prices = [
        "- Monthly subscription: US$14 per month",
        "- Annual subscription: US$6.99 per month",
    ]
    note = ["Language apps compared", PROSE[0], "Subscription costs:", *prices, PROSE[1]]
    doc = load_lines(tmp_path / "apps.txt", note)
    assert doc.removed == ()
    assert "Monthly subscription: US$14 per month" in all_text(doc)


def test_a_short_spec_line_with_ranges_and_prices_is_not_a_menu(tmp_path: Path) -> None:
    spec = "1-4 Players • Ages 14+ • 90-120 minutes • $45"
    doc = load_page(tmp_path, "Spirit Island", spec, PROSE[2])
    assert spec in all_text(doc)
