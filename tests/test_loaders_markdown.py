"""Markdown loader: front matter, title rule, headings as sections, block kinds, inline markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftztui.loaders import load_document
from ftztui.model import Document
from tests.helpers import run_cli

NOTE = """\
---
title: From the front matter
source: ftztui project
date: 2021-04-01
url: https://example.invalid/notes/bonded
---

# Bonded *warehouses*, explained

A [bonded warehouse](https://example.invalid/bw) stores **imported** goods with `duty` unpaid.

## How it works

- Goods arrive under *customs supervision*
- Duties are paid when goods leave
  1. for the domestic market

> Bonded storage eases the pressure on a
> company's cash.

```python
duty_due = value * 0.15  # paid on release: 15%
```

    indented = "code block"

![A bonded warehouse in Xiyong](warehouse.png)

| Zone | Area |
|------|------|
| Xiyong | bonded |

### Heading at the very end
"""


def load(tmp_path: Path, text: str, name: str = "note.md") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def test_front_matter_gives_metadata(tmp_path: Path) -> None:
    doc = load(tmp_path, NOTE)
    assert (doc.source, doc.date, doc.url) == (
        "ftztui project",
        "2021-04-01",
        "https://example.invalid/notes/bonded",
    )
    assert doc.format == "markdown"


def test_first_h1_is_the_title_and_not_a_section(tmp_path: Path) -> None:
    doc = load(tmp_path, NOTE.replace("title: From the front matter\n", ""))
    assert doc.title == "Bonded warehouses, explained"
    # The trailing heading has no body: no section for it.
    assert [(s.title, s.level) for s in doc.sections] == [(None, 0), ("How it works", 2)]


def test_front_matter_title_is_the_title_and_headings_stay_sections(tmp_path: Path) -> None:
    """pandoc's getting-started.md: `title: Getting started with pandoc` above
    "# Step 1: Install pandoc", which is the first step, not the title."""
    doc = load(tmp_path, NOTE)
    assert doc.title == "From the front matter"
    assert [(s.title, s.level) for s in doc.sections][:2] == [
        ("Bonded warehouses, explained", 1),
        ("How it works", 2),
    ]
    # A first heading that repeats the front matter's title is that title, not a section.
    same = NOTE.replace("# Bonded *warehouses*, explained", "# From the  front matter")
    assert [s.title for s in load(tmp_path, same).sections] == [None, "How it works"]


def test_front_matter_author_is_the_source(tmp_path: Path) -> None:
    doc = load(
        tmp_path, "---\ntitle: T\nauthor:\n- John MacFarlane\n- Albert Krewinkel\n---\n\nText.\n"
    )
    assert doc.source == "John MacFarlane, Albert Krewinkel"


def test_pandoc_title_block_gives_title_author_and_date(tmp_path: Path) -> None:
    """pandoc's faqs.md opens "% FAQs": a title, not a paragraph reading "% FAQs"."""
    text = "% Using the pandoc API\n% John MacFarlane; Jane Roe\n% 2021-11-18\n\n# Intro\n\nText.\n"
    doc = load(tmp_path, text)
    assert (doc.title, doc.source, doc.date) == (
        "Using the pandoc API",
        "John MacFarlane, Jane Roe",
        "2021-11-18",
    )
    assert [s.title for s in doc.sections] == ["Intro"]
    assert "%" not in " ".join(b.text for b in doc.blocks)
    assert [(r.reason, r.line) for r in doc.removed] == [("title block (metadata)", 1)]
    assert load(tmp_path, "% FAQs\n\nOn linux or OSX:\n").title == "FAQs"


def test_title_falls_back_to_front_matter_then_file_name(tmp_path: Path) -> None:
    no_h1 = NOTE.replace("# Bonded *warehouses*, explained\n", "")
    assert load(tmp_path, no_h1).title == "From the front matter"
    bare = "Just a paragraph about cold chains.\n"
    assert load(tmp_path, bare, "cold_chain-notes.md").title == "cold chain notes"


def test_inline_markup_is_removed_and_link_text_kept(tmp_path: Path) -> None:
    doc = load(tmp_path, NOTE)
    assert doc.blocks[0].text == ("A bonded warehouse stores imported goods with `duty` unpaid.")


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        # The figure extractor skips what is between backticks: a setting is not a figure.
        (
            "Setting `max_retries: 5` alone cut failed uploads.",
            "Setting `max_retries: 5` alone cut failed uploads.",
        ),
        ("Run *`pace.py`* with **`KM = 21.1`**.", "Run `pace.py` with `KM = 21.1`."),
        ("Double ``fence`` with no backtick in it.", "Double `fence` with no backtick in it."),
        ("Keeps ``a`b`` as written.", "Keeps ``a`b`` as written."),
        ("Pads `` `tick` `` like the source.", "Pads `` `tick` `` like the source."),
        ("- item with `code 42`", "item with `code 42`"),
        ("> quoted `x = 1`", "quoted `x = 1`"),
        ("| k | v |\n|---|---|\n| `retries` | `5` |", "`retries` | `5`"),
    ],
)
def test_inline_code_keeps_its_backticks(tmp_path: Path, markdown: str, text: str) -> None:
    assert load(tmp_path, f"# T\n\n{markdown}\n").blocks[-1].text == text


def test_headings_and_title_name_inline_code_without_backticks(tmp_path: Path) -> None:
    doc = load(tmp_path, "# The `ftz` tool\n\n## Using `--json`\n\nText.\n")
    assert (doc.title, doc.sections[-1].title) == ("The ftz tool", "Using --json")


def test_block_kinds(tmp_path: Path) -> None:
    doc = load(tmp_path, NOTE)
    kinds = [(b.kind, b.text) for b in doc.sections[1].blocks]
    assert kinds == [
        ("list_item", "Goods arrive under customs supervision"),
        ("list_item", "Duties are paid when goods leave"),
        ("list_item", "for the domestic market"),
        ("quote", "Bonded storage eases the pressure on a company's cash."),
        ("code", "duty_due = value * 0.15  # paid on release: 15%"),
        ("code", 'indented = "code block"'),
        ("caption", "A bonded warehouse in Xiyong"),
        ("paragraph", "Zone | Area"),
        ("paragraph", "Xiyong | bonded"),
    ]


def test_code_keeps_its_indentation(tmp_path: Path) -> None:
    doc = load(tmp_path, "# T\n\n```\ndef f():\n    return 1\n```\n")
    assert doc.blocks[0].text == "def f():\n    return 1"


def test_rich_markup_stays_literal(tmp_path: Path) -> None:
    text = "# [bold]Title[/]\n\nSee [bold]this[/] and [link=https://x.invalid]that[/link] [/].\n"
    doc = load(tmp_path, text)
    assert doc.title == "[bold]Title[/]"
    assert doc.blocks[0].text == "See [bold]this[/] and [link=https://x.invalid]that[/link] [/]."


def test_broken_front_matter_loses_metadata_not_the_document(tmp_path: Path) -> None:
    doc = load(tmp_path, "---\ntitle: [unclosed\n---\n\n# Kept\n\nBody text.\n")
    assert doc.title == "Kept"
    assert doc.blocks[0].text == "Body text."


def test_front_matter_values_are_cleaned(tmp_path: Path) -> None:
    doc = load(tmp_path, '---\ntitle: "Evil \\e]0;pwned\\a title"\n---\n\nBody.\n')
    assert doc.title == "Evil title"


def test_setext_headings_and_deep_nesting(tmp_path: Path) -> None:
    deep = "> " * 3000 + "deep quote\n"
    doc = load(tmp_path, f"Title\n=====\n\nSection\n-------\n\nText.\n\n{deep}")
    assert doc.title == "Title"
    assert doc.sections[-1].title == "Section"
    assert "deep quote" in doc.blocks[-1].text


def test_same_file_same_document(tmp_path: Path) -> None:
    assert load(tmp_path, NOTE) == load(tmp_path, NOTE)


def test_heading_attribute_lists_are_markup_not_title(tmp_path: Path) -> None:
    """`## Usage {#usage}` (Python-Markdown's attr_list, Pandoc's header attributes) is shown
    as "Usage" by the site that renders it; braces that are not an attribute list stay."""
    doc = load(
        tmp_path,
        '# Guide\n\n## Usage {#usage}\n\nText.\n\n### Keys { #keys .wide data-x="1 2" }\n\n'
        "More.\n\n## A dict literal {a: 1}\n\nEnd.\n\n## Pandoc {#pandoc.Pandoc}\n\nLast.\n",
    )
    assert [s.title for s in doc.sections] == [
        "Usage",
        "Keys",
        "A dict literal {a: 1}",
        "Pandoc",  # Pandoc's identifiers hold dots (its own manual's "{#pandoc.Pandoc}")
    ]


def test_pandoc_fenced_divs_are_markup_around_their_text(tmp_path: Path) -> None:
    doc = load(
        tmp_path,
        "# Notes\n\n::: {.alert .alert-info}\nPandoc tries to be compatible.\n:::\n\n"
        "```markdown\n::: warning\nkept as written\n:::\n```\n\nAfter.\n",
    )
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Pandoc tries to be compatible."),
        ("code", "::: warning\nkept as written\n:::"),
        ("paragraph", "After."),
    ]
    assert [(r.text, r.reason) for r in doc.removed] == [
        ("::: {.alert .alert-info}", "div fence (markup)"),
        (":::", "div fence (markup)"),
    ]


def test_image_with_attribute_list_keeps_its_alt_text(tmp_path: Path) -> None:
    doc = load(tmp_path, "# T\n\n![Cursor offset demo](demo.gif){ loading=lazy }\n\nText.\n")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("caption", "Cursor offset demo"),
        ("paragraph", "Text."),
    ]


def test_badge_row_split_by_br_keeps_its_names(tmp_path: Path) -> None:
    badges = (
        "[![CI](https://x.invalid/ci.svg)](https://x.invalid)<br>\n[![pypi](p.svg)](https://p)\n"
    )
    doc = load(tmp_path, f"# T\n\n{badges}\nText.\n")
    assert doc.blocks[0].text == "CI pypi"


def test_a_file_that_is_only_its_title_is_a_document(tmp_path: Path) -> None:
    doc = load(tmp_path, "# Unicode Test Documentation 📖\n")
    assert doc.title == "Unicode Test Documentation 📖"
    assert [b.text for b in doc.blocks] == ["Unicode Test Documentation 📖"]


def test_script_and_style_in_markdown_are_recorded_as_removed(tmp_path: Path) -> None:
    """A page's <script> and <style> are not shown by the site that renders it, nor here, but
    they are in the file: the removed list says so."""
    page = (
        '# T\n\nText.\n\n<script>\nvar theme = "dark"\n</script>\n\n'
        "<style>\np { color: red }\n</style>\n"
    )
    doc = load(tmp_path, page)
    assert [b.text for b in doc.blocks] == ["Text."]
    assert [(r.reason, r.line) for r in doc.removed] == [("HTML script", 5), ("HTML style", 9)]
    assert 'var theme = "dark"' in doc.removed[0].text


def test_a_chapter_file_opening_with_a_subheading_is_titled_by_it(tmp_path: Path) -> None:
    """A book split into files (the Rust book's ch03-02-data-types.md opens "## Data Types"):
    the file's title is that heading, not "ch03 02 data types"."""
    path = tmp_path / "ch03-02-data-types.md"
    path.write_text(
        "## Data Types\n\nEvery value in Rust is of a certain data type.\n\n"
        "### Scalar Types\n\nA scalar type represents a single value.\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.title == "Data Types"
    assert [s.title for s in doc.sections] == [None, "Scalar Types"]
    # With a "#" heading further down, that one is the title, as before.
    path.write_text("## Intro\n\nText.\n\n# Real Title\n\nMore text.\n", encoding="utf-8")
    assert load_document(path).title == "Real Title"


def test_nested_and_numbered_lists_keep_their_numbers_and_levels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Steps in docs are numbered and nested: shown flat with bullets, "2." and its sub-steps
    read as five equal points."""
    doc = load(
        tmp_path,
        "# Setup\n\n3) Install it\n4) Configure:\n   - the index\n     - its cache\n\n"
        "   Then restart.\n5) Run\n",
    )
    items = [(b.level, b.mark, b.text) for b in doc.blocks if b.kind == "list_item"]
    assert items == [
        (0, "3)", "Install it"),
        (0, "4)", "Configure:"),
        (1, None, "the index"),
        (2, None, "its cache"),
        (0, "", "Then restart."),
        (0, "5)", "Run"),
    ]
    code, out, _ = run_cli(capsys, "show", str(tmp_path / "note.md"))
    assert code == 0
    assert "3) Install it\n4) Configure:\n  • the index\n    • its cache\n" in out
    assert "\n  Then restart.\n5) Run" in out


def test_a_task_list_shows_its_boxes(tmp_path: Path) -> None:
    """GitHub draws "- [x] Done" as a ticked box; "[x]" is not text of the task."""
    doc = load(tmp_path, "# Tasks\n\n- [ ] write the loader\n- [x] read the spec\n- [a] note\n")
    texts = [b.text for b in doc.blocks]
    assert texts == ["☐ write the loader", "☒ read the spec", "[a] note"]
