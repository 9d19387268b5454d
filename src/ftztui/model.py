"""The document model shared by every layer: frozen dataclasses, no Textual, no Whoosh.

A `Document` is what a loader makes of one file. The reader renders exactly these blocks and the
index stores exactly these texts, so a position named by a `Hit` or a `Figure` as
(document id, block number, [start, end) offsets in that block's text) is the same place in both.
Block numbers count every block of the document in reading order, across sections, from 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Literal

# Hit, SearchResult and DocInfo live in their own module so that a search, which never loads a
# document, does not pay for creating these classes (the cold `ftztui search` budget), and the
# reader's first frame, which shows no results, does not either (~2 ms); they are part of this
# model all the same: import them from here (loaded on first use, by `__getattr__` below).
if TYPE_CHECKING:
    from ftztui.results import DocInfo as DocInfo
    from ftztui.results import Hit as Hit
    from ftztui.results import SearchResult as SearchResult

_RESULTS = ("DocInfo", "Hit", "SearchResult")


def __getattr__(name: str) -> object:
    if name in _RESULTS:
        from ftztui import results

        return getattr(results, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


BlockKind = Literal["paragraph", "caption", "quote", "list_item", "code"]
BLOCK_KINDS: tuple[BlockKind, ...] = ("paragraph", "caption", "quote", "list_item", "code")

#: A list item's own mark, as a PDF's text keeps it ("• We explain", "1. The first", "(a) In"),
#: or a task list's box ("☐ Write the loader"):
#: drawn as it is, without a bullet before it ("• • We explain", "• 1. The first").
_OWN_MARK = re.compile(r"^(?:[•◦▪‣●○■□☐☑☒–—*·\-]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,6})[.)])\s")


def list_mark(text: str) -> str:
    """What a view draws before a list item: "• ", or nothing when the item has its own."""
    return "" if _OWN_MARK.match(text) else "• "


def list_prefixes(block: Block) -> tuple[str, str]:
    """What a view draws before a list item's first line and before its other lines: the
    list's mark ("• ", "2. ", "b) "), behind two spaces for each level it is nested in.
    An item whose text has its own mark ("1. Introduction" in a book's contents, whose style
    hides the list's numbers) gets none, and neither does an item's later paragraph: they
    are indented as far as an item's text. A list 60 deep is drawn 6 deep, so that a narrow
    view keeps room for text; a long mark ("Article 12 –") hangs the other lines two in."""
    indent = "  " * min(block.level, 6)
    mark = list_mark(block.text)
    if block.mark is not None:
        if not mark:  # its own mark stands where the list's would
            return indent, indent + "  "
        mark = f"{block.mark} " if block.mark else ""
    rest = indent + " " * (len(mark) if 2 <= len(mark) <= 8 else 2)
    return (indent + mark if mark else rest), rest


@dataclass(frozen=True, slots=True)  # slots: a 1,000-page PDF has ~250,000 blocks
class Block:
    """One unit of text the reader shows and the index stores: a paragraph, caption, ..."""

    kind: BlockKind
    text: str
    #: For captions: who the photo is credited to ("Chongqing Municipal Commission of Commerce").
    credit: str | None = None
    #: The page (1-based) the block starts on, for paged formats (PDF); None elsewhere.
    page: int | None = None
    #: For list items: how many lists it is nested in (0 in a list of its own).
    level: int = 0
    #: For list items: the number its list gives it ("3.", "b)"); "" for an item's later
    #: paragraph, drawn without a mark; None for a bullet (or the mark the text has).
    mark: str | None = None


@dataclass(frozen=True)
class Removed:
    """Text of the file a loader left out of the document, and why: nothing is lost silently.

    `before` is the number of the block it stood before in reading order (the document's block
    count when it stood after the last block), so a view of the file "as it was" can put every
    removed part back where it stood, dimmed.
    """

    text: str
    #: Why, in a user's words: "site furniture", "navigation", "cookie notice",
    #: "repeated page header", "share buttons", ...
    reason: str
    before: int
    #: 1-based line of the file where it started, when the format has lines; else None.
    line: int | None = None
    #: 1-based page, for paged formats; else None.
    page: int | None = None


@dataclass(frozen=True)
class Section:
    """A titled run of blocks. The lead section (before the first heading) may have no title."""

    title: str | None
    blocks: tuple[Block, ...]
    #: Heading level as written (1-6); the lead section is level 0.
    level: int = 2


@dataclass(frozen=True)
class Document:
    """A loaded document. `id` is a slug of the file name, unique within a library."""

    id: str
    title: str
    sections: tuple[Section, ...]
    source: str | None = None
    date: str | None = None  # ISO 8601 date ("2021-04-01") when known
    url: str | None = None
    #: Place from a dateline ("Chongqing- ..."), stripped from the text.
    dateline: str | None = None
    #: The corpus file this came from (name relative to the corpus folder).
    path: str | None = None
    #: "text", "markdown", "html", "pdf", "epub" or "docx".
    format: str = "text"
    #: What the loader left out, in file order (see `Removed`).
    removed: tuple[Removed, ...] = ()
    #: A one-line note about the file that the list and the reader show ("no text layer:
    #: scanned?"), or None.
    note: str | None = None

    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        """Every block in reading order; a block's number is its position here."""
        return tuple(block for section in self.sections for block in section.blocks)

    @cached_property
    def _block_sections(self) -> tuple[int, ...]:
        return tuple(i for i, section in enumerate(self.sections) for _ in section.blocks)

    def section_start(self, section_no: int) -> int:
        """Number of the first block of section `section_no` (where it would be, if empty)."""
        return sum(len(s.blocks) for s in self.sections[:section_no])

    def section_of_block(self, block_no: int) -> int:
        """Number of the section that holds block `block_no` (IndexError if there is none)."""
        if block_no < 0:
            raise IndexError(block_no)
        return self._block_sections[block_no]

    def iter_blocks(self) -> Iterator[tuple[int, Section, Block]]:
        """(block number, section, block) for every block, in reading order."""
        n = 0
        for section in self.sections:
            for block in section.blocks:
                yield n, section, block
                n += 1

    @property
    def char_count(self) -> int:
        return sum(len(b.text) for b in self.blocks)


FigureKind = Literal["count", "money", "percent", "duration", "quantity"]


@dataclass(frozen=True)
class Figure:
    """A number a document reports, with what it counts, at an exact place in a block."""

    doc: str
    section: str | None
    block: int
    start: int
    end: int
    #: The figure as written ("850 million yuan").
    text: str
    #: Normalised value (850000000.0).
    value: float
    unit: str | None
    kind: FigureKind
    #: The thing counted, in the document's words ("national mail pieces").
    label: str
    sentence: str
    #: How this figure relates to the one before it in the same block, if it does:
    #: "conversion" (850 million yuan (about 139 million USD)) or "comparison"
    #: (5.3 working days, lower than the national average of ten).
    relation: str | None = None
    #: Index, in the list `extract_figures` returned, of the figure this one relates to.
    related_to: int | None = None
