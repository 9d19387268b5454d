"""Table rows: the loaders write a row as its cells joined by " | ", and a figure alone in a
cell is named by its row and column ("Xiling District: Population (2020)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ftztui.figures.context import unit_after
from ftztui.figures.naming import Draft
from ftztui.model import FigureKind, Section


@dataclass
class Table:
    """The table whose rows are being read: its section, and its header row if it has one."""

    section: Section
    header: list[str] | None


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
    name = row[0]
    for draft in drafts:
        column = text.count("|", 0, draft.mention.start)
        if column == 0 and len(row) > 1 and not NUMERIC_CELL.match(name):
            draft.dropped = True  # part of the row's name: "Ten kinds of non-ferrous metals"
            continue
        if draft.label or column == 0 or column >= len(row):
            continue
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
