"""The reader's line layout: wrapping keeps exact offsets; every block kind is drawn its way."""

from __future__ import annotations

from itertools import pairwise

from rich.cells import cell_len

from ftztui.model import Block, Document, Section
from ftztui.safetext import safe_text
from ftztui.tui.layout import layout_document, wrap

TEXT = "Chongqing Customs launched 76 supervision innovations; 中国（重庆）自由贸易试验区 grew."


def test_wrap_covers_the_text_exactly_within_the_width() -> None:
    for width in (5, 12, 30, 200):
        pieces = wrap(TEXT, width)
        assert "".join(TEXT[s:e] for s, e in pieces) == TEXT
        assert all(cell_len(TEXT[s:e].rstrip()) <= width for s, e in pieces)


def test_ascii_text_wraps_greedily_one_cell_per_character() -> None:
    text = "Eighty-two imported Porsches arrived by the China-Europe Railway Express. " * 4
    for width in (7, 20, 33, 80):
        pieces = [text[s:e] for s, e in wrap(text, width)]
        assert "".join(pieces) == text
        for line, following in pairwise(pieces):
            assert cell_len(line.rstrip()) <= width
            assert len(line) + len(following.split()[0]) > width  # its next word did not fit


def test_wrap_keeps_hard_line_breaks_of_code() -> None:
    code = "def f():\n    return 1\n"
    assert [code[s:e] for s, e in wrap(code, 40)] == ["def f():", "    return 1", ""]


def test_control_characters_become_visible_and_offsets_stay() -> None:
    hostile = "a\x1b[2Jb\x07c\x9bd"
    shown = safe_text(hostile)
    assert len(shown) == len(hostile) and "\x1b" not in shown and "\x07" not in shown
    assert shown.startswith("a␛[2Jb")


def document() -> Document:
    return Document(
        id="d",
        title="A title",
        source="iChongqing",
        date="2021-04-01",
        dateline="Chongqing",
        sections=(
            Section(None, (Block("paragraph", "Lead paragraph."),), level=0),
            Section(
                "Details",
                (
                    Block("quote", "A quoted remark."),
                    Block("list_item", "First point of a list that wraps onto another line."),
                    Block("code", "x = 1\ny = 2"),
                    Block("caption", "A harbour at dusk.", credit="Photo agency"),
                ),
            ),
        ),
    )


def test_every_block_kind_has_its_own_lines_and_the_hit_offsets_map_to_lines() -> None:
    layout = layout_document(document(), 30)
    roles = [line.role for line in layout.lines]
    assert roles[:2] == ["title", "meta"]
    for role in ("heading", "quote", "list_item", "code", "caption", "credit"):
        assert role in roles
    list_lines = [line for line in layout.lines if line.role == "list_item"]
    assert list_lines[0].prefix == "• " and list_lines[1].prefix == "  "
    assert [line.prefix for line in layout.lines if line.role == "quote"] == ["│ "]
    assert layout.section_at(layout.section_lines[1]) == 1
    item = document().blocks[2].text
    offset = item.index("another")
    line = layout.lines[layout.line_of(2, offset)]
    assert line.start <= offset < line.end


def test_a_nested_numbered_item_wraps_under_its_own_text() -> None:
    item = Block("list_item", "Configure the index before the first search runs.", level=1)
    numbered = Block("list_item", "File the declaration with its receipt.", mark="12.")
    later = Block("list_item", "Keep the receipt.", mark="")
    doc = Document(id="d", title="T", sections=(Section(None, (numbered, item, later)),))
    layout = layout_document(doc, 24)
    prefixes = [(line.block, line.prefix) for line in layout.lines if line.role == "list_item"]
    assert prefixes[:2] == [(0, "12. "), (0, "    ")]
    assert (1, "  • ") in prefixes and (1, "    ") in prefixes
    assert (2, "  ") in prefixes
    # A book's contents: "1. Introduction" as the list's second item shows its own number only.
    own = Block("list_item", "1. Introduction", mark="2.")
    doc = Document(id="d", title="T", sections=(Section(None, (own,)),))
    assert [line.prefix for line in layout_document(doc, 24).lines if line.block == 0] == [""]
