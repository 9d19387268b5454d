"""Pages saved as text in German, French, Spanish or Italian: the site's "related articles",
comment and share labels end the article as their English equivalents do, and what follows
them is recorded as removed, while a sentence using the same words is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftztui.loaders import load_document
from ftztui.loaders.boilerplate import classify_line

from .helpers import all_text

_TITLE = "Stadt investiert in Schulen und Radwege"
_BODY = [
    "Der Stadtrat hat am Dienstag mit großer Mehrheit beschlossen, dass der Haushalt für die "
    "Schulen um zwölf Prozent wachsen soll, und die Opposition hat dem Plan zugestimmt.",
    "Die Bürgermeisterin sagte, dass die Stadt damit auf die steigenden Schülerzahlen reagiere "
    "und dass die neuen Klassenräume schon im Herbst fertig sein sollen.",
    "Für die Radwege sind in den nächsten drei Jahren insgesamt vier Millionen Euro vorgesehen, "
    "die vor allem in die Verbindung zwischen dem Bahnhof und der Altstadt fließen.",
]
_MENU = ["• Startseite", "• Politik", "• Wirtschaft", "• Kultur", "• Sport", "• Wissen"]
_TEASER = (
    "Im Nachbarort wird die alte Brücke über den Fluss abgerissen, weil sie den schweren "
    "Lastwagen nicht mehr standhält und ein Neubau billiger ist als die Sanierung."
)


@pytest.mark.parametrize(
    "heading",
    ["Das könnte Sie auch interessieren", "Ähnliche Artikel", "Lesen Sie auch:", "Kommentare:"],
)
def test_a_german_related_or_comments_heading_ends_the_article(
    tmp_path: Path, heading: str
) -> None:
    path = tmp_path / "seite.txt"
    path.write_text(
        "\n\n".join([*_MENU, _TITLE, *_BODY, heading, _TEASER]) + "\n", encoding="utf-8"
    )
    doc = load_document(path)
    text = all_text(doc)
    assert all(paragraph in text for paragraph in _BODY)
    assert _TEASER not in text
    assert _TEASER in {r.text for r in doc.removed}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Articles similaires", "related links"),
        ("Artículos relacionados", "related links"),
        ("Leggi anche", "related links"),
        ("Neueste Beiträge", "related links"),
        ("Die meistgelesenen Artikel bei SWR.de/Sport", "related links"),
        ("Entradas recientes", "related links"),
        ("Recent Comments", "related links"),
        ("Laisser un commentaire", "comment form"),
        ("3 Kommentare", "comment form"),
        ("Teilen", "share buttons"),
        ("Partager :", "share buttons"),
        ("Tous droits réservés.", "copyright notice"),
        (
            "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.",
            "cookie notice",
        ),
        ("Werbung", "advertisement"),
        ("Répondre", "navigation"),
    ],
)
def test_furniture_labels_in_other_languages_are_recognised(line: str, reason: str) -> None:
    info = classify_line(line)
    assert info is not None and info.reason == reason and info.site


@pytest.mark.parametrize(
    "sentence",
    [
        "Lesen Sie auch das Buch, das er im letzten Winter geschrieben hat.",
        "Teilen ist für viele Familien auf dem Land selbstverständlich geworden.",
        "Kommentare dieser Art hört man im Stadtrat selten.",
        "Aktuelle Nachrichten aus der Region lesen viele schon vor dem Frühstück.",
    ],
)
def test_a_sentence_with_the_same_words_is_content(sentence: str) -> None:
    assert classify_line(sentence) is None


def test_a_read_also_link_inside_the_article_does_not_end_it(tmp_path: Path) -> None:
    link = "Lesen Sie auch: Im Nachbarort wird die alte Brücke abgerissen"
    path = tmp_path / "seite.txt"
    path.write_text(
        "\n\n".join(
            [*_MENU, _TITLE, *_BODY[:2], link, _BODY[2], "Die Arbeiten beginnen im März.", *_MENU]
        )
        + "\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert all(paragraph in all_text(doc) for paragraph in _BODY)
    assert {r.text: r.reason for r in doc.removed}[link] == "related link"
