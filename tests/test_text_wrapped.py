"""Pages saved as text by tools other than `w3m -cols 2000`: hard-wrapped at 80 columns (lynx,
`w3m -cols 80`), its paragraphs broken across lines and its menus short lines in runs with no
blank between them; and a browser's copy (`innerText`), its tables' cells split by tabs."""

from __future__ import annotations

from pathlib import Path

from ftztui.loaders import load_document

from .helpers import all_text

# The shape of WCXB dev page 0005 saved with `w3m -dump -cols 80`, shortened.
PAGE = """\
Skip to main content
Overview
Solutions
Products
Pricing
Resources
Docs
Support
Console
Contact Us
Start free

  • Topics
  • What is Cloud Computing?

What is Cloud Computing?

Understanding the types of cloud computing resources can be time-consuming and
costly. Enterprises need to buy physical servers and other infrastructure
through procurement processes that can take months, and support the
architecture of cloud computing.

This long process is difficult to scale when demand spikes or business expands.
Enterprises can acquire more computing resources than needed, ending up with
low utilization numbers.

Get started for free
image of person learning
Learning path
Google Cloud Computing Foundations

Cloud computing defined

Cloud computing is the on-demand availability of computing resources (such as
storage and infrastructure), as services over the internet. It eliminates the
need for individuals and businesses to self-manage physical resources
themselves, and only pay for what they use.

Examples of the services it offers:
  • Compute
    □ Virtual machines that start in seconds and scale to thousands of cores
    □ Containers run for you
  • Storage

Take the next step

Start building on Google Cloud with $300 in free credits and 20+ always free
products.

Get started for free
Contact sales
Why Google
Choosing Google Cloud
Trust and security
Products and pricing
See all products
Infrastructure modernization
Databases
Application modernization
Smart analytics
Artificial Intelligence
Security
Productivity & work transformation
Industry solutions
Privacy
Site terms
Cookies management controls
"""


def test_a_wrapped_pages_menus_are_lines_of_their_own_and_leave_the_article(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cloud.txt"
    path.write_text(PAGE, encoding="utf-8")
    doc = load_document(path)
    kept = all_text(doc)
    removed = [r.text for r in doc.removed]
    # a paragraph broken by the wrapper is one block again
    assert any(
        b.text.startswith("Understanding") and b.text.endswith("computing.") for b in doc.blocks
    )
    assert "Cloud computing is the on-demand availability" in kept
    # the footer's short lines were ended by the page, not the wrapper: each leaves on its own
    for line in ("Contact sales", "Why Google", "Trust and security", "See all products"):
        assert line not in kept
        assert line in removed
    # a list's second level ("□") is no line the wrapper broke
    assert [b.text for b in doc.blocks if "Containers" in b.text] == ["□ Containers run for you"]


# A browser's copy (`innerText`) of a table whose cells hold paragraphs: a tab between cells,
# blank lines around each cell (the shape of WCXB dev page 0268 copied from chromium).
INNER_TEXT_TABLE = (
    "The Best Business Certifications\n\n"
    "Certifications help professionals prove their skills to employers, and many of them are "
    "recognised across industries and countries.\n\n"
    "Certification comparison table\n\n"
    "Certification\n\n\t\n\nProvider\n\n\t\n\nCost\n\n\n\n"
    "CAPM\n\n\t\n\nPMI\n\n\t\n\n$225 to $300\n\n\n\n"
    "Total\t$3,125\t\n\n$4,000\n\n"
    "Choosing a certification depends on where you are in your career, what you can spend and "
    "how much time you can give to preparing for the exam.\n"
)


def test_a_browsers_copy_of_a_table_keeps_each_row_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "certifications.txt"
    path.write_text(INNER_TEXT_TABLE, encoding="utf-8")
    texts = [b.text for b in load_document(path).blocks]
    assert "Certification Provider Cost" in texts
    assert "CAPM PMI $225 to $300" in texts
    assert "Total $3,125 $4,000" in texts


# lynx's dump: wrapped at 80, indented by three, a second level of list marked "+" and a third
# "o"; an item wrapped goes on under its text, past its mark.
LYNX_LIST = """\
Wine Styles Explained

   When faced with a large wine list, or a shelf stacked high with bottles,
   the world of wine can seem overwhelming. But it does not need to be, as
   almost all wines can be grouped into one of three types and a handful
   of styles that anyone can learn to tell apart with a little practice.

   Examples of fortified wines:
     * Fortified
          + Port (Portugal), made by adding grape spirit to the wine before
            its fermentation is over, then aged for years in oak by the river
          + Sherry (Spain)
               o Fino
               o Oloroso

   Keen to discover more about the basics of wine characteristics? Our
   course will give you the foundation of knowledge to begin the journey.
"""


def test_a_wrapped_lists_items_with_the_same_mark_stay_apart(tmp_path: Path) -> None:
    path = tmp_path / "wine.txt"
    path.write_text(LYNX_LIST, encoding="utf-8")
    texts = [b.text for b in load_document(path).blocks]
    port = (
        "+ Port (Portugal), made by adding grape spirit to the wine before its fermentation is"
        " over, then aged for years in oak by the river"
    )
    assert port in texts
    assert "+ Sherry (Spain)" in texts
    assert [t for t in texts if t.startswith("o ")] == ["o Fino", "o Oloroso"]


_CHROMIUM = Path(__file__).parent / "fixtures" / "text" / "chromium"


def test_a_browsers_copy_keeps_a_list_under_its_lead_in() -> None:
    """A browser's copy drops a list's bullets: under "Other apps that you may find helpful:"
    the apps' names stand one a line, the shape of a site's menu (WCXB dev page 0196)."""
    doc = load_document(_CHROMIUM / "wcxb-0196.txt")
    text = all_text(doc)
    assert all(app in text for app in ("Headspace", "Buddhify", "Smiling Mind", "10% Happier"))
    assert not [r for r in doc.removed if r.text == "Headspace"]


def test_a_menu_under_a_label_is_still_a_menu(tmp_path: Path) -> None:
    """A label of a word or two ("Follow us:", "Categories:") heads a site's links, no list,
    even amid the article."""
    paragraph = (
        "The council met on Tuesday to decide on the budget for the coming year, and most of"
        " its members voted for more money for the schools and the library."
    )
    menu = ["Home", "News", "Sport", "Weather", "Contact"]
    links = ["Budget", "Schools", "Library", "Roads", "Parks"]
    lines = [*menu, "Council backs the budget", paragraph, "Categories:", *links]
    lines += [paragraph.replace("Tuesday", "Monday"), paragraph.replace("Tuesday", "Friday")]
    lines += ["© 2025 The Town Paper. All rights reserved."]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = load_document(path)
    assert "Friday" in all_text(doc)
    assert "Roads" not in [b.text for b in doc.blocks]


def test_a_lists_item_ending_with_a_colon_is_no_lead_in() -> None:
    """ "• Gels and Electrolytes such as:" is an item of a packing list, its own items under it;
    read as a lead-in, the list's runs of short lines split where no menu was, and the article
    was cut before its toiletries (WCXB dev page 4695 saved with w3m)."""
    doc = load_document(Path(__file__).parent / "fixtures" / "text" / "w3m" / "wcxb-4695.txt")
    text = all_text(doc)
    assert "Kula cloth (a pee cloth for women from a woman-owned small business)" in text
    assert "Gels and Electrolytes such as:" in text
