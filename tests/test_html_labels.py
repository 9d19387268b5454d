"""Inside an article's container, lines that label the page around it and the notices a site
prints around every post are left out, on record: in English and in the languages pages come
in ("Beitrag teilen", "Mirá también", "Podziel się"), and a photo agency's name alone on its
line. A sentence that only begins like one of them is the article's."""

from __future__ import annotations

from pathlib import Path

from .helpers import load_page
from .test_html_furniture import page, reasons, texts


def test_labels_on_lines_of_their_own_are_left_out_on_record(tmp_path: Path) -> None:
    labels = (
        "Beitrag teilen",
        "Mirá también",
        "Podziel się",
        "Share this article",
        "Jetzt zum kostenlosen Newsletter anmelden »",
    )
    doc = load_page(tmp_path, page(middle="".join(f"<p>{label}</p>" for label in labels)))
    kept = texts(doc)
    for label in labels:
        assert label not in kept
        assert label in reasons(doc)  # "share buttons" or "label of the page around the article"
    assert reasons(doc)["Mirá también"] == "label of the page around the article"
    assert sum("Paragraph" in t for t in kept) == 12


def test_sentences_that_begin_like_a_label_stay(tmp_path: Path) -> None:
    lines = (
        "Share prices of the port operator rose by a tenth after the announcement.",
        "Teilen Sie dies mit den Lotsen, sagte die Hafenmeisterin am Abend.",
    )
    doc = load_page(tmp_path, page(middle="".join(f"<p>{line}</p>" for line in lines)))
    assert set(lines) <= set(texts(doc))


def test_a_comment_form_under_a_german_heading_goes(tmp_path: Path) -> None:
    form = "<h3>Schreibe einen Kommentar</h3><p>Deine E-Mail-Adresse wird nicht veröffentlicht.</p>"
    doc = load_page(tmp_path, page(end=form))
    kept = texts(doc)
    assert "Schreibe einen Kommentar" not in kept
    assert "Deine E-Mail-Adresse wird nicht veröffentlicht." not in kept
    assert {"Schreibe einen Kommentar", "Deine E-Mail-Adresse wird nicht veröffentlicht."} <= set(
        reasons(doc)
    )
    assert kept[-1].startswith("Paragraph 11")


def test_a_call_to_donate_inside_the_article_is_left_out(tmp_path: Path) -> None:
    call = (
        "Five Books interviews are expensive to produce. If you've enjoyed this interview, "
        "please support us by donating a small amount."
    )
    doc = load_page(tmp_path, page(middle=f"<p>{call}</p>"))
    assert call not in texts(doc)
    assert reasons(doc)[call] == "call for donations"
    assert sum("Paragraph" in t for t in texts(doc)) == 12


def test_a_read_more_line_inside_the_article_stays(tmp_path: Path) -> None:
    # Pages' gold texts keep these as often as not: the reader decides.
    line = "Read more: How the port changed its tides"
    doc = load_page(tmp_path, page(middle=f"<p><a href='/tides'>{line}</a></p>"))
    assert line in texts(doc)


def test_a_photo_agency_credit_line_is_left_out_and_its_caption_kept(tmp_path: Path) -> None:
    figure = (
        "<figure><img src='cranes.jpg'><figcaption>The new cranes at dawn.</figcaption>"
        "</figure><p>Firn | Getty Images</p><p>Travnikov/Shutterstock</p>"
        "<p>Getty Images bought the archive of the harbour's photographer in 2019.</p>"
    )
    doc = load_page(tmp_path, page(middle=figure))
    kept = texts(doc)
    assert "The new cranes at dawn." in kept
    assert "Getty Images bought the archive of the harbour's photographer in 2019." in kept
    assert reasons(doc)["Firn | Getty Images"] == "picture credit"
    assert reasons(doc)["Travnikov/Shutterstock"] == "picture credit"


COURSES = ("Level 1 Award in Wines", "Level 2 Award in Spirits", "Level 3 Award in Sake")


def courses_page() -> str:
    """A wine school's article, its site menu (in <nav>, before the headline) naming the
    courses the article talks about, and a box of related articles that makes trafilatura,
    not the walk alone, decide what the article is."""
    menu = "".join(f"<li><a href='/courses/{i}'>{c}</a></li>" for i, c in enumerate(COURSES))
    body = "".join(
        f"<p>Paragraph {i}: students who pass the {c} taste twelve wines a week with their "
        "tutor, write a short note on each, and sit a written paper at the end of the term "
        "that the school marks within a month.</p>"
        for i, c in enumerate(COURSES * 3)
    )
    related = "".join(f"<li><a href='/blog/{i}'>Blog post number {i}</a></li>" for i in range(4))
    return (
        "<html><head><title>Which course is for you?</title></head><body>"
        f"<header><nav><ul>{menu}</ul></nav></header><main><article>"
        f"<h1>Which course is for you?</h1>{body}"
        f"<h3>Related Articles</h3><ul>{related}</ul></article></main></body></html>"
    )


def test_a_menu_before_the_headline_naming_the_articles_words_is_left_out(
    tmp_path: Path,
) -> None:
    doc = load_page(tmp_path, courses_page())
    kept = texts(doc)
    for course in COURSES:
        assert course not in kept
        assert reasons(doc)[course] == "navigation"
    assert sum(t.startswith("Paragraph") for t in kept) == 9


SECTIONS = ("Set goals and a timeline", "Book the venue", "Send the invitations")


def guide_page(base: str) -> str:
    """A guide whose table of contents links to its sections as `base` + "#step-N"."""
    toc = "".join(
        f"<li><a href='{base}#step-{i}'>{i + 1}. {s}</a></li>" for i, s in enumerate(SECTIONS)
    )
    sections = "".join(
        f"<h2 id='step-{i}'>{i + 1}. {s}</h2>"
        + "".join(
            f"<p>Part {j} of step {i + 1}: the planners we asked agree that this step takes "
            "longer than most people expect, and that starting it a month early saves "
            "money, phone calls and a good deal of worry on the day itself.</p>"
            for j in range(3)
        )
        for i, s in enumerate(SECTIONS)
    )
    return (
        "<html><head><title>How to plan an event</title></head><body><article>"
        f"<h1>How to plan an event</h1><ul class='toc'>{toc}</ul>{sections}"
        "</article></body></html>"
    )


def test_contents_linking_to_the_pages_own_sections_by_full_address_go(tmp_path: Path) -> None:
    doc = load_page(tmp_path, guide_page("https://events.example.com/guides/plan-an-event/"))
    removed = reasons(doc)
    for i, section in enumerate(SECTIONS):
        assert removed[f"{i + 1}. {section}"] == "table of contents"
        assert f"{i + 1}. {section}" in [s.title for s in doc.sections]
    assert sum(t.startswith("Part") for t in texts(doc)) == 9


def test_a_list_linking_to_sections_of_other_pages_stays(tmp_path: Path) -> None:
    page = guide_page("https://events.example.com/guides/plan-an-event/")
    page = page.replace("#step-", "#part-")  # fragments that name nothing on this page
    doc = load_page(tmp_path, page)
    assert "1. Set goals and a timeline" not in reasons(doc)
