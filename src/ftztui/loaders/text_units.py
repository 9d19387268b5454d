"""A plain-text file cut into paragraph candidates ("units") for the text loader.

A file is either one paragraph per line (a page saved as text by w3m, a browser's copy) or
hard-wrapped at a fixed width (lynx, `w3m -cols 80`, a text file written in an editor), its
paragraphs broken across lines. In the second, a line is joined to the next only where the wrapper
broke it: the next line's first word would not have fitted after it. A line ended well short of
the width was ended by its writer: a menu's entry, a heading, a paragraph's last line, which must
stay lines of their own for the loader to tell furniture from prose. A browser's copy of a page
(`innerText`) splits a table's row whose cells hold paragraphs over many lines; it is one again.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ftztui.loaders.clean import columns, join_lines, tidy_prose
from ftztui.loaders.text_shapes import HEADING_END, LIST_ITEM, ends_sentence


@dataclass(frozen=True)
class Unit:
    """A paragraph candidate, the 1-based line of the file where it starts, and whether it is
    one line of the file (a heading is; lines joined into a sentence are not)."""

    text: str
    line: int
    one_line: bool = True


def paragraph_units(text: str) -> list[Unit]:
    """Paragraph candidates: lines, those the wrapper broke joined when the text is
    hard-wrapped; a line broken mid-sentence (the next goes on in lower case) joins the next."""
    numbered = _rows_of_cells(text.split("\n"))
    raw = [line.rstrip() for _, line in numbered]
    lines = [tidy_prose(line) for line in raw]
    width = _wrap_width(raw, lines) if _hard_wrapped(lines) else None
    units: list[Unit] = []
    current: list[str] = []
    start = 0
    first = ""  # the current unit's first line, as in the file
    for k, line in enumerate([*lines, ""]):
        if (
            line
            and current
            and _continues(current[-1], line, _full(raw[k - 1], line, width))
            and not _next_item(first, raw[k])
        ):
            current.append(line)
            continue
        if current:
            units.append(Unit(join_lines(current), start, len(current) == 1))
        current, start = ([line], numbered[k][0]) if line else ([], 0)
        first = raw[k] if line else ""
    return units


#: A list's mark as text browsers draw it, at a line's start: one sign ("*", "+", "#", "□") or
#: lynx's "o" for a third level, then a space.
_MARK = re.compile(r"^(\s*)([^\w\s]|o) (?=\S)")


def _next_item(first: str, line: str) -> bool:
    """Whether `line` starts the next item of the list whose item starts with `first`: the same
    mark at the same indent (a wrapped item goes on indented past its mark)."""
    this, that = _MARK.match(first), _MARK.match(line)
    return this is not None and that is not None and this.groups() == that.groups()


def _rows_of_cells(lines: list[str]) -> list[tuple[int, str]]:
    """The file's lines and their 1-based numbers, a table's rows made whole. A browser's copy
    of a page (its `innerText`) puts a tab between a row's cells and blank lines around a cell
    holding paragraphs: "Venue", "", "\t", "", "15,000" is one row, "Venue\t15,000", as are
    "Total\t27,100\t", "", "71,500". Only a file with such a line of one tab is read so:
    elsewhere a line starting with a tab is a paragraph's indent; and a run of lines of tabs
    only is a page's source indentation (a `white-space: pre` block), no cell."""
    gaps = {
        k
        for k, line in enumerate(lines)
        if line == "\t"
        and not (k and _indent_only(lines[k - 1]))
        and not (k + 1 < len(lines) and _indent_only(lines[k + 1]))
    }
    numbered = list(enumerate(lines, start=1))
    if not gaps:
        return numbered
    rows: list[tuple[int, str]] = []
    texts = 0  # rows with text so far
    glue = False  # the next line with text is the row's next cell
    for k, (n, line) in enumerate(numbered):
        if k in gaps:
            glue = texts > 0
        elif not line.strip():
            if not glue:
                rows.append((n, line))
        elif texts and (glue or _FIRST_CELL_EMPTY.match(line)):
            while not rows[-1][1].strip():  # the blank lines around a cell's paragraph
                rows.pop()
            at, row = rows[-1]
            rows[-1] = (at, f"{row.rstrip()}\t{line.lstrip()}")
            glue = bool(_CELL_FOLLOWS.search(line))
        else:
            rows.append((n, line))
            texts += 1
            glue = bool(_CELL_FOLLOWS.search(line))  # the row's next cell, after blank lines
    return rows


def _indent_only(line: str) -> bool:
    return "\t" in line and not line.strip()


_FIRST_CELL_EMPTY = re.compile(r"^\t(?=\S)")
_CELL_FOLLOWS = re.compile(r"(?<=\S)\t$")


def _continues(previous: str, line: str, full: bool) -> bool:
    if LIST_ITEM.match(line) or _BULLET.match(line) or _RULE.match(line) or _RULE.match(previous):
        return False
    if full:
        return True
    # One paragraph per line: a line ending mid-sentence followed by one going on in lower case.
    return (
        line[0].islower()
        and len(previous) >= 30
        and not HEADING_END.search(previous)
        and not LIST_ITEM.match(previous)
    )


#: A list's mark other than the usual ones: a symbol and a space (w3m's "□" and "☆" for the
#: second and third levels, "■", "►", "✓").
_BULLET = re.compile(r"^[\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff] ")

#: A rule across the text (lynx draws `<hr>` as underscores): a line of its own, however long.
_RULE = re.compile(r"^([_=~*·━─-])\1{4,}$")

#: Columns a wrapper may leave unused at a line's end (some count the width one less, or end a
#: line before a word that would just fit).
WRAP_SLACK = 4


def _full(previous: str, line: str, width: int | None) -> bool:
    """In text wrapped at `width`, whether `previous` was broken by the wrapper: the next line's
    first word would not have fitted after it. A line ended well short of the width was ended
    by its writer (a menu's entry, a heading, a paragraph's last line); None when not wrapped."""
    if width is None:
        return False
    word = line.split(" ", 1)[0]
    return columns(previous) + 1 + columns(word) > width - WRAP_SLACK


def _wrap_width(raw: list[str], lines: list[str]) -> int:
    """The width the text was wrapped at, from the lines surely broken by the wrapper (the next
    goes on in lower case): nearly the longest of them, as a table's rows or a long link may
    overrun the width; else (too few of them) the third-longest line that the next continues."""
    broken = sorted(
        columns(a)
        for a, b, line in zip(raw, raw[1:], lines, strict=False)
        if line and b.strip()[:1].islower() and not ends_sentence(line)
    )
    if len(broken) >= 5:
        return broken[len(broken) * 9 // 10]
    continued = sorted(
        (columns(a) for a, b in itertools.pairwise(raw) if b.strip() and a.strip()), reverse=True
    )
    return continued[min(2, len(continued) - 1)] if continued else 0


def _hard_wrapped(lines: list[str]) -> bool:
    """Paragraphs wrapped at a fixed width: long lines continued by the next line, mostly
    broken mid-sentence (a page saved one paragraph per line ends its lines with a full stop)."""
    # (in columns: a Chinese line wrapped at 36 characters fills 72, as an English one would)
    lengths = [columns(line) for line in lines]
    if not lengths or max(lengths) > 120:
        return False
    continued = [a for k, (a, b) in enumerate(itertools.pairwise(lines)) if lengths[k] >= 50 and b]
    mid_sentence = [a for a in continued if not ends_sentence(a)]
    return len(continued) >= 3 and len(mid_sentence) * 2 >= len(continued)
