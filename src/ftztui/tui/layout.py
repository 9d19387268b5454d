"""Lay a `Document` out as wrapped lines for the reader. Pure Python: no Textual, easy to test.

A `Line` names where its text comes from (a block, the title, a heading ...) and the
[start, end) slice of that text it shows, so that a hit or figure offset in a block's text maps
to a line (and back) without re-deriving any text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rich.cells import cell_len

from ftztui.model import Document, list_prefixes
from ftztui.safetext import one_line
from ftztui.wrapping import wrap

Role = Literal[
    "title",
    "meta",
    "heading",
    "paragraph",
    "caption",
    "credit",
    "quote",
    "list_item",
    "code",
    "blank",
]


@dataclass(frozen=True, slots=True)
class Line:
    """One screen line of the reader."""

    role: Role
    #: Section number this line belongs to.
    section: int
    #: Block number for block lines, else -1.
    block: int
    #: [start, end) of the source text shown on this line.
    start: int
    end: int
    #: Drawn before the text ("• ", "│ ", indentation); not part of the source text.
    prefix: str = ""


@dataclass(frozen=True)
class Layout:
    """The document as lines at one width, with indexes to find blocks and sections."""

    lines: tuple[Line, ...]
    #: Line number of each block's first line.
    block_lines: tuple[int, ...]
    #: Line number of each section's first line (its heading, or its first block).
    section_lines: tuple[int, ...]
    width: int

    def line_of(self, block: int, offset: int = 0) -> int:
        """The line showing character `offset` of block `block`."""
        first = self.block_lines[block]
        n = first
        while n + 1 < len(self.lines):
            nxt = self.lines[n + 1]
            if nxt.block != block or nxt.role == "credit" or nxt.start > offset:
                break
            n += 1
        return n

    def section_at(self, line_no: int) -> int:
        """The section a line belongs to (0 when out of range)."""
        if not self.lines:
            return 0
        line_no = max(0, min(line_no, len(self.lines) - 1))
        return self.lines[line_no].section

    def block_at(self, line_no: int) -> int:
        """The first block at or after `line_no` (the last block when none follows)."""
        for line in self.lines[max(0, line_no) :]:
            if line.block >= 0:
                return line.block
        return max(0, len(self.block_lines) - 1)


_PREFIX: dict[str, tuple[str, str]] = {
    # role: (first line prefix, continuation prefix)
    "paragraph": ("", ""),
    "quote": ("│ ", "│ "),
    "list_item": ("• ", "  "),
    "code": ("  ", "  "),
    "caption": ("  ", "  "),
}


def section_label(title: str | None, section: int) -> str:
    """A section's name in the contents, the status line and the palette."""
    return one_line(title) if title else ("Beginning" if section == 0 else f"Section {section + 1}")


def meta_line(document: Document) -> str:
    """The line under the title: source · dateline · date (whatever is known)."""
    parts = [p for p in (document.source, document.dateline, document.date) if p]
    return " · ".join(parts)


def credit_line(credit: str) -> str:
    return f"Photo: {credit}"


def _next_is_item(document: Document, block_no: int) -> bool:
    """Whether the block after `block_no` is a list item of the same section."""
    blocks = document.blocks
    return (
        block_no + 1 < len(blocks)
        and blocks[block_no + 1].kind == "list_item"
        and document.section_of_block(block_no + 1) == document.section_of_block(block_no)
    )


def layout_document(document: Document, width: int) -> Layout:
    """Wrap every part of `document` to `width` cells."""
    return _Builder(document, max(8, width)).build()


class _Builder:
    def __init__(self, document: Document, width: int) -> None:
        self.document = document
        self.width = width
        self.lines: list[Line] = []
        self.block_lines: list[int] = []
        self.section_lines: list[int] = []

    def add(
        self, role: Role, section: int, block: int, text: str, first: str = "", rest: str = ""
    ) -> None:
        inner = self.width - max(cell_len(first), cell_len(rest))
        for i, (start, end) in enumerate(wrap(text, inner)):
            self.lines.append(Line(role, section, block, start, end, first if i == 0 else rest))

    def blank(self, section: int) -> None:
        self.lines.append(Line("blank", section, -1, 0, 0))

    def start_section(self) -> None:
        section_no = len(self.section_lines)
        self.section_lines.append(len(self.lines))
        title = self.document.sections[section_no].title
        if title:
            self.add("heading", section_no, -1, title)
            self.blank(section_no)

    def build(self) -> Layout:
        document = self.document
        self.add("title", 0, -1, document.title)
        if meta_line(document):
            self.add("meta", 0, -1, meta_line(document))
        self.blank(0)
        for block_no, _section, block in document.iter_blocks():
            section_no = document.section_of_block(block_no)
            while len(self.section_lines) <= section_no:
                self.start_section()
            self.block_lines.append(len(self.lines))
            first, rest = _PREFIX[block.kind]
            if block.kind == "list_item":
                first, rest = list_prefixes(block)
            self.add(block.kind, section_no, block_no, block.text, first, rest)
            if block.kind == "caption" and block.credit:
                self.add("credit", section_no, block_no, credit_line(block.credit), "  ", "  ")
            if not (block.kind == "list_item" and _next_is_item(document, block_no)):
                self.blank(section_no)  # a list's items stand together, as `show` prints them
        while len(self.section_lines) < len(document.sections):
            self.start_section()
        return Layout(
            tuple(self.lines), tuple(self.block_lines), tuple(self.section_lines), self.width
        )
