"""The title of a page saved as text ("Save as text" in a browser): what a picture leaves in the
text (its placeholder, its caption with the photo's credit) and a styled list's items are never
the title; the title is the headline, and those lines stay where they were."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ftztui.loaders.text_shapes import credit
from ftztui.model import Document

from .helpers import all_text, load_lines

_BODY = [
    "Die Volleyballerinnen aus Stuttgart müssen für den Rest der Saison auf ihre beste "
    "Angreiferin verzichten, denn Krystal Rivers hat sich im Training am Knie verletzt.",
    "Der Trainer sagte am Montag, dass die Mannschaft den Ausfall gemeinsam auffangen werde und "
    "dass Krystal Rivers im nächsten Jahr wieder für Stuttgart spielen solle.",
    "Am Samstag trifft Stuttgart in der eigenen Halle auf den Tabellenführer aus Schwerin, und "
    "die Karten für das Spiel sind schon seit Wochen ausverkauft.",
]
_HEADLINE = "Hiobsbotschaft für Stuttgart: Top-Angreiferin fällt für die ganze Saison aus"
_MENU = ["• Startseite", "• Sport", "• Volleyball", "• Fußball", "• Handball", "• Kontakt"]


def _load(tmp_path: Path, *lines: str) -> Document:
    return load_lines(tmp_path / "seite.txt", lines)


def _kept_or_recorded(doc: Document, line: str) -> bool:
    """The line is in the document, a caption's credit apart from it (without its label,
    "Foto:", a field's name), or in its removed list."""
    shown = " ".join([all_text(doc), *(b.credit or "" for b in doc.blocks)])
    words = set(re.findall(r"\w+", line)) - {"Foto", "Bildquelle"}
    return words <= set(re.findall(r"\w+", shown)) or line in {r.text for r in doc.removed}


@pytest.mark.parametrize(
    "placeholder",
    [
        "[sportlogo]",
        "[ ]",
        "[VI] [Wahltag_20]",
        # An image's alt text or file name, shown without brackets.
        "Logo: Stuttgarter Sportzeitung",
        "Hand pointing right transparent.png",
        "Abb.: Collage aus zwei Bildern",
    ],
)
def test_an_image_placeholder_above_the_headline_is_not_the_title(
    tmp_path: Path, placeholder: str
) -> None:
    doc = _load(tmp_path, placeholder, _HEADLINE, *_BODY)
    assert doc.title == _HEADLINE
    assert _kept_or_recorded(doc, placeholder)


@pytest.mark.parametrize(
    "caption",
    [
        "Krystal Rivers verletzt im Training am Knie (Foto: imago images, Pressefoto Baumann)",
        "Krystal Rivers verletzt im Training am Knie (Bildquelle: Verein/Max Muster)",
        "Krystal Rivers verletzt im Training am Knie (mlharing / iStock.com)",
        "Krystal Rivers verletzt im Training am Knie © Verein / Max Muster",
        "Krystal Rivers verletzt im Training am Knie, Bild via",
        "Krystal Rivers verletzt im Training am Knie Foto: Max Muster",
        "Krystal Rivers verletzt im Training am Knie /domena publiczna",
    ],
)
def test_a_caption_with_its_photo_credit_is_not_the_title(tmp_path: Path, caption: str) -> None:
    """The caption shares more words with the article than the headline does; its credit says
    it is a picture's."""
    doc = _load(tmp_path, *_MENU, _HEADLINE, caption, *_BODY, *_MENU)
    assert doc.title == _HEADLINE
    assert _kept_or_recorded(doc, caption)
    assert all(paragraph in all_text(doc) for paragraph in _BODY)


def test_an_item_of_a_styled_list_is_not_the_title(tmp_path: Path) -> None:
    """A browser marks the items of a nested or styled list "□" or "☆": a menu's entries."""
    menu = ["□ Stuttgart und Region", "□ Volleyball in Stuttgart mit Krystal Rivers"]
    doc = _load(tmp_path, *menu, _HEADLINE, *_BODY)
    assert doc.title == _HEADLINE
    assert all(_kept_or_recorded(doc, line) for line in menu)


def test_photo_credits_in_several_languages_are_credits() -> None:
    assert credit("Krystal Rivers (Foto: imago images)")
    assert credit("Ein Auto (Bildquelle: auto-motor.at/Stefan Gruber)")
    assert credit("Ein Hermelin im Schnee (mlharing / iStock.com)")
    assert credit("A storm over the bay (Credit: Jane Doe)")
    # Brackets that are no credit: a list of things, a Markdown image's address.
    assert not credit("Wallet (credit/debit cards, cash, etc.)")
    assert not credit("![ Natural ]( https://images.unsplash.com/photo-1728044849236 )")


@pytest.mark.parametrize(
    "form",
    [
        "Search for: [ ] Search",
        "Email Address [ ]",
        "Boutique Hotel [Choose Hotel ]",
        "Skip to Content Skip to Footer",
        "Skip To Main",
        "Type your search and hit enter",
    ],
)
def test_a_forms_field_or_a_skip_link_is_not_the_title(tmp_path: Path, form: str) -> None:
    """A search box, a sign-up field or a link past the menus is all a page without a
    headline line shows above its article; the document is not named after it."""
    doc = _load(tmp_path, *_MENU, form, *_MENU, *_BODY, *_MENU)
    assert doc.title != form
    assert _kept_or_recorded(doc, form)
    assert all(paragraph in all_text(doc) for paragraph in _BODY)
