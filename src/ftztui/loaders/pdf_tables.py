"""A table's header row set over its columns by position, so that figures keep their column.

On a page, the cells of a row are the pieces of text its wide blanks cut apart. A header's
names are often closer together than the numbers below them ("Handgun Long Gun *Other" over
three narrow columns): one piece over several columns. And a column may be empty in a row
(no number, no piece). Both shift the cells of a row against the names of the header, and a
figure is named by its place in the row. So a header row followed by rows of numbers is
matched to them by position: a name over several cells of the first row is cut between its
words, by where each word stands (estimated from its place in the name's text); and each row
below is written with one cell per column, empty where it has none. Nothing is rewritten
where the positions do not line up (two cells under one name, a name that cannot be cut).
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from ftztui.loaders.pdf_layout import Paragraph

#: A cell that is a number: "18,870", "$5", "(3)", "-2.5".
_NUMERIC: Final = re.compile(r"\s*[-+−(]?[$€£¥]?\d")
#: Numbers in the first row below a header that make it a table's (not a label and its value).
_LEAST_NUMBERS: Final = 3
#: A cell: its text, left x and right x.
Cell = tuple[str, float, float]


def align_tables(paragraphs: list[Paragraph]) -> None:
    """Rewrite, in place, each header row of the page and the rows of numbers right below it
    with one cell per column, when their positions line up."""
    i, n = 0, len(paragraphs)
    while i < n:
        head = paragraphs[i].cells
        if head is None or not _is_header(head):
            i += 1
            continue
        rows: list[Paragraph] = []
        j = i + 1
        while j < n and (cells := paragraphs[j].cells) is not None and _has_number(cells):
            rows.append(paragraphs[j])
            j += 1
        if j == i + 1:
            i += 1
            continue
        first = rows[0].cells
        assert first is not None
        numbers = sum(1 for text, _, _ in first if _NUMERIC.match(text))
        columns = _columns(head, first) if numbers >= _LEAST_NUMBERS else None
        if columns is not None:
            paragraphs[i].text = " | ".join(name for name, _, _ in columns)
            for row in rows:
                assert row.cells is not None
                placed = _place(row.cells, columns)
                if placed is not None and placed[0]:
                    row.text = " | ".join(placed)
        i = j


def _is_header(cells: list[Cell]) -> bool:
    return len(cells) >= 3 and not any(_NUMERIC.match(text) for text, _, _ in cells)


def _has_number(cells: list[Cell]) -> bool:
    return any(_NUMERIC.match(text) for text, _, _ in cells)


def _owner(cell: Cell, columns: list[Cell], lo: int = 0, hi: int | None = None) -> int:
    """The column a cell stands under: the one it overlaps most, else the nearest (looked for
    among columns[lo:hi])."""
    _, x0, x1 = cell
    best, best_key = lo, (float("inf"), 0.0)
    for k in range(lo, len(columns) if hi is None else hi):
        _, c0, c1 = columns[k]
        overlap = (x1 if x1 < c1 else c1) - (x0 if x0 > c0 else c0)
        key = (-overlap if overlap < 0 else 0.0, -overlap)  # (gap, then more overlap first)
        if key < best_key:
            best, best_key = k, key
    return best


def _columns(head: list[Cell], first: list[Cell]) -> list[Cell] | None:
    """The header's names, one per column: a name over several cells of the first row cut
    between its words. None when the row does not line up under the names."""
    owners = [_owner(cell, head) for cell in first]
    if owners != sorted(owners):
        return None
    columns: list[Cell] = []
    for k, name in enumerate(head):
        under = [cell for cell, owner in zip(first, owners, strict=True) if owner == k]
        if len(under) <= 1:
            columns.append(name)
            continue
        parts = _cut(name, under)
        if parts is None:
            return None
        columns.extend(parts)
    return columns if len(columns) > len(head) else None


def _cut(name: Cell, under: list[Cell]) -> list[Cell] | None:
    """A name over several cells, cut between its words: each word goes to the cell nearest
    where it stands, estimated from its place in the name's text."""
    text, x0, x1 = name
    words = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    if len(words) < len(under):
        return None
    scale = (x1 - x0) / max(len(text), 1)
    centres = [(c0 + c1) / 2 for _, c0, c1 in under]
    groups: list[list[str]] = [[] for _ in under]
    last = 0
    for word, start, end in words:
        at = x0 + scale * (start + end) / 2
        k = min(range(len(centres)), key=lambda i: abs(centres[i] - at))
        if k < last:
            return None
        groups[k].append(word)
        last = k
    if not all(groups):
        return None
    return [(" ".join(g), c0, c1) for g, (_, c0, c1) in zip(groups, under, strict=True)]


def _place(cells: list[Cell], columns: list[Cell]) -> list[str] | None:
    """A row's cells, one per column (empty where it has none); None when two cells stand
    under one column or out of order. Columns are in order across: only those around a cell
    can be its own (a dense table has thousands of cells)."""
    starts = [c0 for _, c0, _ in columns]
    ends = [c1 for _, _, c1 in columns]
    ordered = starts == sorted(starts) and ends == sorted(ends)
    placed = [""] * len(columns)
    last = -1
    for cell in cells:
        if ordered:
            # every column it overlaps, and the nearest one on either side
            first = bisect.bisect_left(ends, cell[1])
            stop = bisect.bisect_left(starts, cell[2])
            k = _owner(cell, columns, max(0, first - 1), min(len(columns), max(stop, first) + 1))
        else:
            k = _owner(cell, columns)
        if k <= last:
            return None
        placed[k] = cell[0]
        last = k
    return placed
