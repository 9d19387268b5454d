"""Table rows: the loaders write a row as its cells joined by " | ", and a figure alone in a
cell is named by its row and column ("Xiling District: Population (2020)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ftztui.figures.context import unit_after
from ftztui.figures.naming import Draft
from ftztui.model import Block, FigureKind, Section


@dataclass
class Table:
    """The table whose rows are being read: its section, and its header row if it has one."""

    section: Section
    header: list[str] | None
    #: Rows read so far, the header row aside.
    rows: int = 0


class HeaderCarry:
    """A table's header row kept past a block that interrupts its rows: a stray line of the
    header set apart ("Long Gun"), a page's footnote, or the page break of a PDF, where the
    rows go on under the header a page earlier. The rows after it take that header only
    when they have as many cells (the same columns), in the same section, and only across a
    few short blocks: a caption or a paragraph starts something else."""

    def __init__(self) -> None:
        self._table: Table | None = None
        self._between = 0

    def drop(self) -> None:
        self._table = None

    def past(self, table: Table | None, block: Block) -> None:
        """`block`, not a row, follows `table` (None when it follows no row)."""
        if table is not None:
            self._table, self._between = (table if table.header is not None else None), 0
        if self._table is None:
            return
        self._between += 1
        if (
            self._between > _MAX_BETWEEN
            or block.kind == "caption"
            or len(block.text.split()) > _MAX_STRAY_WORDS
            or _CAPTION.match(block.text) is not None
        ):
            self._table = None

    def header_for(self, section: Section, row: list[str]) -> list[str] | None:
        """The header a new run of rows takes: the kept one, if its columns match the row's."""
        kept, self._table = self._table, None
        if kept is None or kept.section is not section or kept.header is None:
            return None
        return kept.header if len(kept.header) == len(row) else None


#: How many blocks may stand between a header and the rows it names, and how long each may be.
_MAX_BETWEEN: Final = 2
_MAX_STRAY_WORDS: Final = 12
_CAPTION: Final = re.compile(r"\s*(?:table|tab\.|figure|fig\.|chart|exhibit|图|表)\s*\d", re.I)

NUMERIC_CELL: Final = re.compile(r"\s*[-+−]?[$€£¥]?\d")
#: Column names that say nothing the row does not: "Open bugs | 43" under "Count".
_GENERIC_COLUMNS: Final = frozenset({"count", "number", "no.", "n", "#", "value", "amount"})
#: Rows and columns of codes and places, whose numbers are not figures: "Postal code | 443000".
_ID_HEADING: Final = re.compile(
    r"\b(?:code|codes|postcode|zip|phone|telephone|tel|fax|id|isbn|issn|coordinates"
    r"|date|founded|established|plate|prefix|zone)\b",
    re.IGNORECASE,
)


def cells_of(text: str) -> list[str]:
    """The cells of a row, empty ones kept: "Total |  |  | €11,734" has four."""
    return [cell.strip() for cell in text.split("|")]


def label_cells(text: str, drafts: list[Draft], table: Table, row: list[str]) -> None:
    """A figure alone in a table cell is named by its row and column: "Xiling District:
    Population (2020)", "Long run (Week 1)", or the row alone in a two-column infobox."""
    for draft in drafts:
        column = text.count("|", 0, draft.mention.start)
        name = row[0]
        if column == 0 and len(row) > 1 and not NUMERIC_CELL.match(name):
            draft.dropped = True  # part of the row's name: "Ten kinds of non-ferrous metals"
            continue
        if draft.label or column == 0 or column >= len(row):
            continue
        # A row of labels and values side by side ("Memory: | 16 GB | Weight: | 3.74 pounds"):
        # a value is named by the label just before it, not by the row's first cell.
        labelled = next((c for c in reversed(row[1:column]) if c.endswith(":")), None)
        if labelled is not None and row[0].endswith(":"):
            draft.label = labelled.rstrip(":").strip()
            continue
        name = name.rstrip(":").strip() if name.endswith(":") else name
        heading = ""
        if table.header is not None and column < len(table.header):
            heading = table.header[column]
            if heading.lower() in _GENERIC_COLUMNS:
                heading = ""
        if NUMERIC_CELL.match(name):  # the row is numbered: "1 | 16 km | 38 km"
            first = table.header[0] if table.header is not None else ""
            label = f"{heading} ({first} {name})" if heading and first else ""
        else:
            label = f"{name}: {heading}" if heading else name
        if label and _ID_HEADING.search(label) is None:
            draft.label = label
            unit = _unit_of(heading) if draft.unit is None else None
            if unit is not None:
                draft.unit, draft.kind = unit


def _unit_of(heading: str) -> tuple[str, FigureKind] | None:
    """The unit a column's name gives its cells: "Throughput (MB/s)", "Share (%)"."""
    if not heading.endswith(")"):
        return None
    inner = heading[heading.rfind("(") + 1 : -1].strip()
    unit, kind, end = unit_after(f"0 {inner}", 1)
    return (unit, kind) if unit is not None and end == len(inner) + 2 else None
