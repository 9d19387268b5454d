"""Plain text a user wrote (a title line, then paragraphs, lists and tables, no site furniture):
every line of it is kept. Each test reproduces one cause that once took a user's lines out as
site furniture, found on WCXB's article texts written as user files (see
`benchmarks/bench_text_loader.py`); the texts here are written for the tests.
"""

from __future__ import annotations

from pathlib import Path

from .helpers import all_text, load_lines

PROSE = (
    "We tried each service for a month on a phone, a tablet and an old laptop at home.",
    "Every one of them had the books we looked for, though some only as summaries.",
    "The apps differ most in how they count what you listen to and what it costs.",
)


def test_a_review_describing_subscriptions_keeps_its_lists(tmp_path: Path) -> None:
    # Two sentences about a plan's price read as subscription notices made the review a saved
    # page, and then its lists of pros and cons were removed as menus.
    pros = ["Large library", "Offline listening", "Clean app", "Family sharing", "Free trial"]
    cons = ["Monthly limits", "Few new releases", "Slow search", "No web player", "Ads"]
    note = [
        "Audiobook apps compared",
        PROSE[0],
        "The subscription costs $12.99 monthly for unlimited access. I use it most mornings.",
        *pros,
        PROSE[1],
        "For $9.99 per month, the subscription gets you one audiobook credit to spend now.",
        *cons,
        PROSE[2],
    ]
    doc = load_lines(tmp_path / "apps.txt", note)
    assert doc.removed == ()
    text = all_text(doc)
    assert "Family sharing" in text and "No web player" in text


def test_a_labelled_line_about_a_plan_is_the_writers(tmp_path: Path) -> None:
    line = "Pricing: Some courses are free, but you will need to sign up for a premium plan now."
    doc = load_lines(tmp_path / "courses.txt", ["Design courses online", PROSE[0], line, PROSE[1]])
    assert doc.removed == ()
    assert line in all_text(doc)


def test_a_feature_line_naming_a_subscription_is_the_writers(tmp_path: Path) -> None:
    # Nothing in it calls on the reader (to subscribe, "your", "our"): a product's feature.
    features = ["Servers in 90 countries", "Unlimited devices per subscription", "Kill switch"]
    doc = load_lines(tmp_path / "vpn.txt", ["The best VPNs", PROSE[0], *features, PROSE[1]])
    assert doc.removed == ()
    assert "Unlimited devices per subscription" in all_text(doc)


def test_a_site_call_to_subscribe_is_still_a_notice(tmp_path: Path) -> None:
    notice = "Subscribe now for unlimited access to all our reviews"
    doc = load_lines(tmp_path / "apps.txt", ["Audiobook apps compared", PROSE[0], notice, PROSE[1]])
    assert [(r.text, r.reason) for r in doc.removed] == [(notice, "subscription notice")]


def test_a_table_with_empty_cells_is_not_a_menu(tmp_path: Path) -> None:
    # Rows ending on an empty cell ("| 60% |") have one bar more than the header's " | "
    # count: the header stood alone and was removed as navigation.
    table = [
        "Feature | Last month | Now | Delta",
        "Run tests in CI | 60% | 60% |",
        "Release builds | 40% | 55% | +15%",
    ]
    doc = load_lines(tmp_path / "status.txt", ["Project status", PROSE[0], *table, PROSE[1]])
    assert doc.removed == ()
    assert all(row in all_text(doc) for row in table)


def test_a_spec_line_of_labelled_values_is_not_a_menu(tmp_path: Path) -> None:
    spec = "Works with: Android, iPhone | Voice assistant: Google | Display: no | Hub: Thread"
    doc = load_lines(tmp_path / "hubs.txt", ["Smart home hubs", PROSE[0], spec, PROSE[1]])
    assert doc.removed == ()
    assert spec in all_text(doc)


def test_the_date_byline_and_standfirst_under_a_users_title_are_kept(tmp_path: Path) -> None:
    # A date or byline under the title once made the file a saved page's header: the lines
    # before the first paragraph were removed as "date line" and "site header".
    head = [
        "The best audiobook apps of the year",
        "Our favourites are easy to use and have the books you want",
        "Updated on November 20, 2025",
        "By Ana Ruiz",
        "Key takeaways:",
    ]
    doc = load_lines(tmp_path / "apps.txt", [*head, *PROSE])
    assert doc.title == head[0]
    assert doc.date == "2025-11-20"
    assert doc.removed == ()
    assert all(line in all_text(doc) for line in head[1:])


def test_slashes_for_or_in_a_users_list_are_not_a_menu(tmp_path: Path) -> None:
    items = [
        "- More jobs / funding mean more projects / resources",
        "- Few jobs / funding available for it means fewer projects / resources for it",
    ]
    doc = load_lines(tmp_path / "langs.txt", ["Picking a language", PROSE[0], *items, PROSE[1]])
    assert doc.removed == ()
    assert "resources for it" in all_text(doc)


def test_a_one_word_title_is_the_title_and_the_lines_under_it_are_kept(tmp_path: Path) -> None:
    # "Coffee" was too short for a headline: the next short line became the title and the
    # lines before the first paragraph were removed as "site header".
    head = ["Coffee", "Coffea arabica", "Origins and history:"]
    doc = load_lines(tmp_path / "coffee.txt", [*head, *PROSE])
    assert doc.title == "Coffee"
    assert doc.removed == ()
    assert "Coffea arabica" in all_text(doc)


SOURCES = ["Sources: HomeAdvisor | Houzz | Angi", "Sources: Architectural Digest | Forbes | Angi"]
STEPS = ["Plan the layout", "Set the budget", "Hire a contractor", "Order materials", "Inspect"]


def test_menu_shaped_lines_amid_a_users_paragraphs_are_the_users(tmp_path: Path) -> None:
    # Two such lines made the file a saved page (its lists then read as menus), and in a file
    # that is not a page they ended the article early ("site footer").
    note = ["Remodelling costs", PROSE[0], SOURCES[0], PROSE[1], *STEPS, SOURCES[1], PROSE[2]]
    doc = load_lines(tmp_path / "remodel.txt", note)
    assert doc.removed == ()
    text = all_text(doc)
    assert SOURCES[1] in text and "Order materials" in text and PROSE[2] in text


def test_a_breadcrumb_in_a_page_with_a_menu_above_its_article_is_furniture(
    tmp_path: Path,
) -> None:
    page = ["Remodelling costs", "Home", "Kitchens", "Bathrooms", "Gardens", "Contact"]
    page += [PROSE[0], "Home | Guides | Remodelling", PROSE[1], PROSE[2]]
    doc = load_lines(tmp_path / "page.txt", page)
    assert ("Home | Guides | Remodelling", "navigation") in [
        (r.text, r.reason) for r in doc.removed
    ]
    assert PROSE[2] in all_text(doc)


def test_a_users_title_ending_with_a_full_stop_is_the_title(tmp_path: Path) -> None:
    # "My Digital Nomad Story." read as the article's first paragraph: the file had no title.
    title = "Audiobook apps, compared for a month."
    doc = load_lines(tmp_path / "apps.txt", [title, *PROSE])
    assert doc.title == title
    assert all(line in all_text(doc) for line in PROSE)


def test_a_users_short_first_sentence_over_a_short_line_is_not_the_title(
    tmp_path: Path,
) -> None:
    # Under the short sentence no longer paragraph: it is the note's first line, not a title.
    lines = ["We met at noon.", "Then we left.", *PROSE]
    doc = load_lines(tmp_path / "diary.txt", lines)
    assert doc.title == "diary"
    recorded = {r.text for r in doc.removed}
    assert all(line in all_text(doc) or line in recorded for line in lines)
