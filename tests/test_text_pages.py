"""Pages saved as text in any language: the site's menus are left out (and recorded), the
article is kept whole, even past a table of contents in it."""

from __future__ import annotations

from pathlib import Path

from ftztui.loaders import load_document
from ftztui.loaders.stopwords import density, stoplist_for

from .helpers import all_text

_MENU = [
    "• Startseite",
    "• Politik",
    "• Wirtschaft",
    "• Kultur",
    "• Sport",
    "• Wissen",
    "• Reisen",
    "• Termine",
    "• Kontakt",
    "• Archiv",
]
_FOOTER = [
    "• Impressum",
    "• Datenschutz",
    "• Mediadaten",
    "• Abonnement",
    "• Stellenmarkt",
    "• Hilfe",
    "• Karriere",
    "• Presse",
    "• Partner",
    "• Newsletter",
]
_INTRO = (
    "In diesem Artikel erklären wir, warum die Stadt im kommenden Jahr mehr Geld für die "
    "Schulen und für den Ausbau der Radwege ausgeben will und was das für die Bürger bedeutet."
)
_BODY = [
    "Der Stadtrat hat am Dienstag mit großer Mehrheit beschlossen, dass der Haushalt für die "
    "Schulen um zwölf Prozent wachsen soll, und die Opposition hat dem Plan zugestimmt.",
    "Die Bürgermeisterin sagte, dass die Stadt damit auf die steigenden Schülerzahlen reagiere "
    "und dass die neuen Klassenräume schon im Herbst fertig sein sollen.",
    "Für die Radwege sind in den nächsten drei Jahren insgesamt vier Millionen Euro vorgesehen, "
    "die vor allem in die Verbindung zwischen dem Bahnhof und der Altstadt fließen.",
]
_CONTENTS = ["Inhaltsverzeichnis", "1. Schulen", "2. Radwege", "3. Finanzierung", "4. Ausblick"]


def _page(*parts: list[str]) -> str:
    return "\n\n".join(line for part in parts for line in part) + "\n"


def test_a_german_page_loses_its_menus_and_keeps_the_article_past_its_contents(
    tmp_path: Path,
) -> None:
    path = tmp_path / "seite.txt"
    title = ["Stadt investiert in Schulen und Radwege"]
    path.write_text(_page(_MENU, title, [_INTRO], _CONTENTS, _BODY, _FOOTER), encoding="utf-8")
    doc = load_document(path)
    text = all_text(doc)
    assert doc.title == title[0]
    for paragraph in [_INTRO, *_BODY]:
        assert paragraph in text
    for furniture in ("Startseite", "Politik", "Impressum", "Newsletter"):
        assert furniture not in text
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["• Politik"] == "navigation"
    assert reasons["• Impressum"] == "site links"  # the site's legal notice


def test_a_short_list_framing_a_story_is_not_a_menu(tmp_path: Path) -> None:
    """A story beginning and ending on short lists (results, fixtures) is not a saved page:
    nothing in it is removed."""
    path = tmp_path / "results.txt"
    results = [f"Team {n} {n + 1}-{n}" for n in range(6)]
    path.write_text(_page(["Cup results"], results, _BODY, results), encoding="utf-8")
    doc = load_document(path)
    assert not doc.removed


def test_the_stop_word_list_is_the_files_language() -> None:
    german = stoplist_for(" ".join([_INTRO, *_BODY]))
    assert german is not None and "und" in german
    assert density(_BODY[0], german) > 0.3
    assert density("Startseite Politik Wirtschaft Kultur Sport", german) == 0.0
    assert stoplist_for("重庆自由贸易试验区" * 30) is None


def test_a_menu_entry_is_never_the_title(tmp_path: Path) -> None:
    path = tmp_path / "blog.txt"
    menu = ["• Startseite", "• Impressum", "• Über mich"]
    title = ["Monstergespräche im Winter"]
    path.write_text(_page(menu, title, _BODY), encoding="utf-8")
    assert load_document(path).title == title[0]


def test_a_light_paragraph_between_two_menus_in_the_article_is_the_sites(tmp_path: Path) -> None:
    """jusText's context rule: a short pitch boxed in by menus is furniture, even when the
    article goes on after the box (and the article after it is kept)."""
    path = tmp_path / "box.txt"
    pitch = "Melden Sie sich jetzt für unseren kostenlosen Brief an, er kommt jeden Freitag."
    box = [*_FOOTER[:5], pitch, *_FOOTER[5:]]
    title = ["Stadt investiert in Schulen und Radwege"]
    more = [
        "Die Eltern begrüßen den Plan, weil viele Schulen seit Jahren auf neue Räume warten und "
        "die Klassen in den alten Gebäuden immer größer geworden sind.",
        "Ob das Geld reicht, wird sich im nächsten Jahr zeigen, wenn die ersten Aufträge für die "
        "Bauarbeiten an den Schulen und an den Radwegen vergeben sind.",
    ]
    article = [[_INTRO, *_BODY], [*more]]
    path.write_text(_page(_MENU, title, article[0], box, article[1], _MENU), "utf-8")
    doc = load_document(path)
    text = all_text(doc)
    assert all(paragraph in text for paragraph in [_INTRO, *_BODY, *more])
    assert pitch not in text
    assert {r.text: r.reason for r in doc.removed}[pitch] == "site furniture"


def test_comments_after_the_share_bar_are_not_the_article(tmp_path: Path) -> None:
    """Readers' comments are prose too, but lighter than the article and parted from it by
    the share bar: they are left out (and recorded); the article before the bar is whole."""
    path = tmp_path / "kommentare.txt"
    share = ["Share on Facebook"]
    comments = [
        "Anna sagt:",
        "Endlich tut die Stadt etwas für die Radfahrer, das hat viel zu lange gedauert.",
        "Peter sagt:",
        "Ich hoffe nur, dass die Schulen nicht wieder bis zum Winter auf die Räume warten.",
    ]
    title = ["Stadt investiert in Schulen und Radwege"]
    path.write_text(_page(_MENU, title, [_INTRO, *_BODY], share, comments, _FOOTER), "utf-8")
    doc = load_document(path)
    text = all_text(doc)
    assert all(paragraph in text for paragraph in [_INTRO, *_BODY])
    assert comments[1] not in text and comments[3] not in text
    assert {r.text: r.reason for r in doc.removed}[comments[1]] == "site footer"


def test_an_article_goes_on_after_a_share_bar_in_its_middle(tmp_path: Path) -> None:
    path = tmp_path / "mitte.txt"
    title = ["Stadt investiert in Schulen und Radwege"]
    halves = [[_INTRO, _BODY[0]], ["Share on Facebook"], _BODY[1:]]
    path.write_text(_page(_MENU, title, *halves, _FOOTER), "utf-8")
    text = all_text(load_document(path))
    assert all(paragraph in text for paragraph in [_INTRO, *_BODY])


def test_a_share_bar_saved_as_a_list_is_share_buttons(tmp_path: Path) -> None:
    """A browser saves a share bar's <li> as "• Facebook": still share buttons, which end the
    article before the comments after them."""
    path = tmp_path / "liste.txt"
    bar = ["• Facebook", "• Twitter", "• E-Mail"]
    comment = "Endlich tut die Stadt etwas für die Radfahrer, das hat viel zu lange gedauert."
    title = ["Stadt investiert in Schulen und Radwege"]
    path.write_text(_page(_MENU, title, [_INTRO, *_BODY], bar, [comment], _FOOTER), "utf-8")
    doc = load_document(path)
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["• Facebook"] == "share buttons"
    assert comment not in all_text(doc)
    assert all(paragraph in all_text(doc) for paragraph in [_INTRO, *_BODY])


def test_teasers_after_the_article_are_not_the_article(tmp_path: Path) -> None:
    """Other stories' teasers (a kicker, a headline, a line of text) after the article are
    prose too, but each short and alone between its headline and the next kicker."""
    path = tmp_path / "teaser.txt"
    teasers = [
        "Verkehr",
        "Neue Buslinie fährt ab Montag zum Flughafen",
        "Die Linie 42 verbindet ab Montag den Bahnhof mit dem Flughafen im Takt.",
        "Kultur",
        "Museum zeigt Bilder aus hundert Jahren Stadtgeschichte",
        "Die Ausstellung im Stadtmuseum ist bis zum Ende des Jahres geöffnet.",
    ]
    title = ["Stadt investiert in Schulen und Radwege"]
    path.write_text(_page(_MENU, title, [_INTRO, *_BODY], teasers, _FOOTER), "utf-8")
    doc = load_document(path)
    text = all_text(doc)
    assert all(paragraph in text for paragraph in [_INTRO, *_BODY])
    assert teasers[2] not in text and teasers[5] not in text
    assert {r.text: r.reason for r in doc.removed}[teasers[5]] == "site footer"


def test_prose_after_a_copyright_line_is_the_sites(tmp_path: Path) -> None:
    path = tmp_path / "impressum.txt"
    about = (
        "Die Stadtzeitung erscheint seit 1950 jeden Tag und wird von einem Verein herausgegeben."
    )
    title = ["Stadt investiert in Schulen und Radwege"]
    body = [_INTRO, *_BODY]
    notice = ["Copyright 2024 Stadtzeitung"]
    path.write_text(_page(_MENU, title, body, notice, [about], _FOOTER), "utf-8")
    doc = load_document(path)
    assert all(paragraph in all_text(doc) for paragraph in body)
    assert {r.text: r.reason for r in doc.removed}[about] == "site footer"


def test_an_article_the_page_prints_three_times_is_kept_once(tmp_path: Path) -> None:
    """A page holding its article again for phones and for print, saved as text, has each
    paragraph three times: that is the article, not a notice the site's template repeats."""
    path = tmp_path / "seite.txt"
    title = ["Stadt investiert in Schulen und Radwege"]
    copy = [_INTRO, *_BODY]
    path.write_text(_page(_MENU, title, copy, copy, copy, _FOOTER), encoding="utf-8")
    doc = load_document(path)
    paragraphs = [b.text for b in doc.blocks]
    assert paragraphs[: len(copy)] == copy
    assert "Startseite" not in all_text(doc)
