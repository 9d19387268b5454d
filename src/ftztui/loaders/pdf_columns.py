"""Step 1 of a page's layout (pdf_layout.py): its lines in reading order, column by column.

A vertical gutter that no narrow line crosses, with lines on both sides, makes columns; lines
spanning the gutter (a title, a wide figure) separate bands, and each band is read column by
column, top to bottom. A paper's first page has its authors and affiliations centred above two
columns, across the gutter: where no gutter is found the usual way, such lines are allowed across
it when both sides hold a column of full lines.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import Counter
from itertools import repeat

from ftztui.loaders.pdf_lines import Line

_NUMBER = re.compile(r"^[-+−(]?[$€£¥]?\d[\d,. ]*%?\)?$")


def reading_order(lines: list[Line]) -> list[Line]:
    """The page's lines top to bottom, column by column where the page has columns."""
    if len(lines) < 2:
        return list(lines)
    left = min(map(_X0, lines))
    right = max(map(_X1, lines))
    gutters = _gutters(lines, left, right)
    by_row = _by_row(lines)
    if not gutters:
        return _in_bands(by_row, left, right)
    return _in_columns(by_row, gutters, left, right)


def _in_columns(by_row: list[Line], gutters: list[float], left: float, right: float) -> list[Line]:
    """Lines in row order, read column by column between `gutters`; a line spanning a gutter
    ends the band above it."""
    bounds = [left, *(g for g in gutters), right]
    out: list[Line] = []
    columns: list[list[Line]] = [[] for _ in range(len(gutters) + 1)]
    lows = [x - 1 for x in bounds]
    highs = [x + 1 for x in bounds]
    last = len(lows) - 1
    for row in _rows(by_row):
        places = []
        for line in row:
            # the first column whose bounds (less and plus 1) hold the line: the first whose
            # right bound is past the line's right end, if its left bound is before its left
            column = bisect.bisect_left(highs, line[2]) - 1  # x1
            if column < 0:
                column = 0
            places.append(column if column < last and line[1] >= lows[column] else -1)  # x0
        if -1 not in places:
            for line, column in zip(row, places, strict=True):
                columns[column].append(line)
            continue
        spanning = _pieces_of([line for line, at in zip(row, places, strict=True) if at < 0], row)
        pieces = set(map(id, spanning))
        read = False
        for line, column in zip(row, places, strict=True):
            if id(line) not in pieces:
                columns[column].append(line)
            elif not read:  # spans a gutter: the band above it ends here
                for col in columns:
                    out.extend(col)
                    col.clear()
                out.extend(spanning)
                read = True
    for col in columns:
        out.extend(col)
    return out


def _in_bands(by_row: list[Line], left: float, right: float) -> list[Line]:
    """A page without a gutter from top to bottom may have one below a figure: tracemonkey's
    third page sets a code listing across the whole width, then two columns, which were read
    as rows of a table ("ate representation we call LIR. The LIR trace | TraceMonkey returns
    to the interpreter"). Lines across most of the page (a caption) cut it into bands, each
    read on its own, in columns where both sides of its gutter are columns of full lines."""
    wide = 0.8 * (right - left)
    bands: list[list[Line]] = [[]]
    for line in by_row:
        if line[2] - line[1] >= wide:
            bands.append([line])
            bands.append([])
        else:
            bands[-1].append(line)
    if len(bands) == 1:
        return by_row
    out: list[Line] = []
    for band in bands:
        # (columns of full lines only: three short columns of a letterhead's addresses read
        # best as the rows they are set in)
        if len(band) < 8:
            out.extend(band)
            continue
        low, high = min(map(_X0, band)), max(map(_X1, band))
        gutters = _gutters(band, low, high)
        if gutters and all(_full_columns(band, low, mid, high) for mid in gutters):
            out.extend(_in_columns(band, gutters, low, high))  # (the band is in row order)
        else:
            out.extend(band)
    return out


def _pieces_of(spanning: list[Line], row: list[Line]) -> list[Line]:
    """The spanning lines with the pieces of the row set right against them (a paper's
    author line, which PDFium cuts at each raised mark, "Gal∗+, Brendan Eich∗ | , Mike
    Shaver∗"), left to right; not the row's text a column's width away."""
    across = sorted(row, key=_X0)
    keep = set(map(id, spanning))
    grown = True
    while grown:
        grown = False
        for a, b in itertools.pairwise(across):
            if (id(a) in keep) != (id(b) in keep) and b[1] - a[2] < 0.5 * max(a[5], b[5]):
                keep |= {id(a), id(b)}
                grown = True
    return [line for line in across if id(line) in keep]


def _rows(by_row: list[Line]) -> list[list[Line]]:
    """Lines side by side: each overlaps the one before it by half a line's height or more
    (a paper's author line is set in pieces whose tops differ by a point or two)."""
    rows: list[list[Line]] = []
    prev: Line | None = None
    for line in by_row:
        if prev is not None:
            overlap = min(prev[4], line[4]) - max(prev[3], line[3])  # tops, bottoms
            if overlap >= 0.5 * min(prev[4] - prev[3], line[4] - line[3], 1e9) > 0:
                rows[-1].append(line)
                prev = line
                continue
        rows.append([line])
        prev = line
    return rows


#: A line's left and right x, and its top (as fields of the tuple: read in C)
_X0, _X1, _TOP = operator.itemgetter(1), operator.itemgetter(2), operator.itemgetter(4)


def _by_row(lines: list[Line]) -> list[Line]:
    """Lines top to bottom (by their top, in steps of 2 points), left to right in a row; in
    their order where both are alike. Sorted on tuples made in C rather than by a key function
    called for each line."""
    rows = [-round(top / 2) for top in map(_TOP, lines)]
    order = sorted(zip(rows, map(_X0, lines), range(len(lines)), strict=True))
    return [lines[i] for _, _, i in order]


def _gutters(lines: list[Line], left: float, right: float) -> list[float]:
    """x positions of blank vertical strips with at least four narrow lines on each side."""
    width = right - left
    if width < 100:
        return []
    most = 0.55 * width
    # (x1 - x0, text: fields read by index, cheaper than by name for every line of a page)
    narrow = [line for line in lines if line[2] - line[1] < most and len(line[0]) > 3]
    if len(narrow) < 8:
        return []
    # How many narrow lines cover each point across; a gutter may be crossed by a few (centred
    # author lines, a wide figure's caption), which then read as spanning lines. The count only
    # changes where a line starts or ends: walk those places, not every point.
    n = int(width) + 2
    # the narrow lines' left and right ends in order, to count those on each side of a gutter
    lefts_at = sorted(map(_X0, narrow))
    rights_at = sorted(map(_X1, narrow))
    # (counted in C: a table's cells start and end at a few places)
    delta: dict[int, int] = dict(Counter(map(int, map(operator.sub, lefts_at, repeat(left)))))
    for b, ends in Counter(map(int, map(operator.sub, rights_at, repeat(left)))).items():
        delta[b + 1] = delta.get(b + 1, 0) - ends
    allowed = max(2, int(0.08 * len(narrow)))
    # Lines centred on the page (a paper's authors and their affiliations, a dozen lines above
    # its two columns) cross the gutter of a two-column page by their place, not as a column's
    # text would: where no gutter is found the usual way, the blank is looked for with them
    # allowed too, then only the others count.
    centre = left + width / 2
    centred = [line for line in narrow if abs(line[1] + line[2] - 2 * centre) < 0.06 * width]
    gutters = _found_gutters(narrow, delta, n, allowed, left, right, lefts_at, rights_at)
    if gutters or not centred:
        return gutters
    more = allowed + len(centred)
    found = _found_gutters(narrow, delta, n, more, left, right, lefts_at, rights_at)
    return [
        mid
        for mid in found
        if _crossing(narrow, mid) - _crossing(centred, mid) <= allowed
        and _full_columns(narrow, left, mid, right)
    ]


def _found_gutters(
    narrow: list[Line],
    delta: dict[int, int],
    n: int,
    allowed: int,
    left: float,
    right: float,
    lefts_at: list[float],
    rights_at: list[float],
) -> list[float]:
    """The middles of blank strips (crossed by at most `allowed` narrow lines) with enough
    lines on each side, not a table's empty column."""
    width = right - left
    least = max(4, 0.15 * len(narrow))
    gutters: list[float] = []
    table: bool | None = None  # the page is mostly numbers in cells (found once, if asked)
    for start, x in _blank_stretches(delta, n, allowed):
        if x - start < 8 or start == 0 or x >= n - 1:
            continue
        mid = left + (start + x) / 2
        lefts = bisect.bisect_right(rights_at, mid)  # lines ending left of the middle
        rights = len(narrow) - bisect.bisect_left(lefts_at, mid)  # and starting right of it
        if lefts >= least and rights >= least and 0.2 * width < mid - left < 0.8 * width:
            if _all_narrow(narrow, left, mid, right):  # (a column of text soon shows it is not)
                if table is None:
                    numbers = sum(1 for line in narrow if _NUMBER.match(line.text))
                    table = 2 * numbers > len(narrow)
                if table:
                    continue
            if _labels_beside(narrow, mid):
                continue
            gutters.append(mid)
    return gutters


def _labels_beside(lines: list[Line], mid: float) -> bool:
    """One side of `mid` is a few labels on rows of their own, not a column: a court's parties
    block ("Plaintiff/Respondent" set right, between the centred names; pdf.js's issue11913)
    was read as two columns, the labels after all the names. A column's lines share rows with
    the other column's, nearly all of them, when both are set on one leading."""
    left = [line for line in lines if line[2] <= mid]
    right = [line for line in lines if line[1] >= mid]
    fewer, more = (left, right) if len(left) < len(right) else (right, left)
    if len(fewer) >= 10:
        return False
    tops = sorted(line.top for line in more)
    beside = 0
    for line in fewer:
        at = bisect.bisect_left(tops, line.top - 0.5 * line.size)
        if at < len(tops) and tops[at] <= line.top + 0.5 * line.size:
            beside += 1
    return beside < 0.2 * len(fewer)


def _full_columns(lines: list[Line], left: float, mid: float, right: float) -> bool:
    """Both sides of `mid` hold a column of text: lines that fill most of their side, as a
    paper's justified lines do (a form's labels and values do not)."""
    least = max(4, 0.15 * len(lines))
    full_left = sum(
        1 for line in lines if line[2] <= mid and line[2] - line[1] > 0.7 * (mid - left)
    )
    full_right = sum(
        1 for line in lines if line[1] >= mid and line[2] - line[1] > 0.7 * (right - mid)
    )
    return full_left >= least and full_right >= least


def _crossing(lines: list[Line], x: float) -> int:
    """How many of the lines cross `x`."""
    return sum(1 for line in lines if line[1] < x < line[2])


def _all_narrow(lines: list[Line], left: float, mid: float, right: float) -> bool:
    """Hardly a line on either side of `mid` fills a good part of its side, as a column's
    lines do (a note under a table may): on a page mostly of numbers in cells, the blank is
    then a table's empty column, not a gutter, and the table's rows are read whole."""
    least_left, least_right = 0.4 * (mid - left), 0.4 * (right - mid)
    wide = 0
    for line in lines:
        x0 = line[1]
        x1 = line[2]
        width = x1 - x0
        if (x1 <= mid and width >= least_left) or (x0 >= mid and width >= least_right):
            wide += 1
            if wide > 2:
                return False
    return True


def _blank_stretches(delta: dict[int, int], n: int, allowed: int) -> list[tuple[int, int]]:
    """The longest stretches [start, stop) of 0..n where the count, which changes by delta[x]
    at x, stays at most `allowed`."""
    stretches: list[tuple[int, int]] = []
    running = 0
    start: int | None = None
    prev = 0
    for x in [*sorted(delta), n]:
        if x > prev:  # the count is `running` on [prev, x)
            if running <= allowed:
                start = prev if start is None else start
            elif start is not None:
                stretches.append((start, prev))
                start = None
        running += delta.get(x, 0)
        prev = x
    if start is not None:
        stretches.append((start, n))
    return stretches
