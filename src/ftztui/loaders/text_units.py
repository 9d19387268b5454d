"""A plain-text file's paragraph candidates ("units"): its lines, or, when it is hard-wrapped,
its paragraphs put back together. A wrapped paragraph ends at a blank line, before an indented
line (a wire story's or a book's first-line indent, "　　" in Chinese) and after a line far short
of the wrapping width (a title, a table's row, a paragraph's last line). Decided on real files:
Reuters-21578's wire stories, People's Daily's and Sina's stories saved as text, the BBC's
stories one paragraph a line (see `benchmarks/bench_text_loader.py`). A page saved wrapped at
80 columns (lynx, `w3m -cols 80`) keeps a menu's short lines apart: a line goes on into the next
only where the wrapper broke it, the next line's first word not fitting after it. A browser's
copy of a page (`innerText`) splits a table's row whose cells hold paragraphs over many lines;
it is one again."""

from __future__ import annotations

import itertools
import re
from collections import Counter
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


def units_of(text: str) -> list[Unit]:
    """Paragraph candidates: lines, or, when the text is hard-wrapped, chunks separated by blank
    lines or started by an indented line (a wire story's or a book's paragraphs: "    The dry
    period...", "　　记者..."); a line broken mid-sentence (the next one goes on in lower case) is
    joined to the next."""
    numbered = _rows_of_cells(text.split("\n"))
    raw = [line for _, line in numbered]
    lines = [tidy_prose(line) for line in raw]
    wrapped = _hard_wrapped(lines)
    width = _wrap_width([line.rstrip() for line in raw], lines) if wrapped else None
    indents = [_indent(line) for line in raw] if wrapped else []
    base = _first_line_indents(lines, indents)
    short = _short_lines(lines) if wrapped else set()
    units: list[Unit] = []
    current: list[str] = []
    start = 0
    first = ""  # the current unit's first line, as in the file
    for n, line in enumerate([*lines, ""], start=1):
        # A line indented deeper than the one before opens a paragraph, and so does every
        # indented line where paragraphs are marked by their first line's indent (under a list
        # item's first line it is the item's hanging indent); a line far short of the wrapping
        # width ends one (a title, a table's row, a paragraph's last line).
        opens = (
            wrapped
            and 2 <= n <= len(raw)
            and (
                indents[n - 1] > indents[n - 2]
                or (base is not None and indents[n - 1] > base)
                or n - 2 in short
            )
            and not LIST_ITEM.match(current[0] if current else "")
            and not _MARK.match(first)  # an item marked "+" or "o" (lynx) hangs its lines too
        )
        full = n >= 2 and _full(raw[n - 2].rstrip(), line, width)
        if (
            line
            and current
            and not opens
            and _continues(current[-1], line, wrapped, full)
            and not _next_item(first, raw[n - 1])
        ):
            current.append(line)
            continue
        if current:
            units.append(Unit(join_lines(current), start, len(current) == 1))
        current, start = ([line], numbered[n - 1][0]) if line else ([], 0)
        first = raw[n - 1] if line else ""
    return units


def _short_lines(lines: list[str]) -> set[int]:
    """The lines of a hard-wrapped text that end well short of its width (under 60% of its
    longest lines', the 90th percentile): a paragraph's, title's or row's last line, since a
    wrapped line breaks at most a long word short of the width."""
    lengths = sorted(columns(line) for line in lines if line)
    if not lengths:
        return set()
    width = lengths[int(len(lengths) * 0.9)] if len(lengths) >= 10 else lengths[-1]
    return {k for k, line in enumerate(lines) if line and columns(line) < 0.6 * width}


def _first_line_indents(lines: list[str], indents: list[int]) -> int | None:
    """The indent of a paragraph's other lines, when paragraphs are marked by indenting their
    first line (twice or more an indented line followed by a less indented one: the least of
    these is the text's margin), else None. A list's item above or below is no paragraph's
    first line going on: a list ends or goes one level out there (lynx's "o Payroll" / "+
    Add-Ons", "o Hospitals by State" / "Welcome to", an item's last line / "2. Prioritizing")."""
    if not indents:
        return None
    margins = [
        indents[k + 1]
        for k in range(len(lines) - 1)
        if lines[k]
        and lines[k + 1]
        and indents[k] > indents[k + 1]
        and not any(LIST_ITEM.match(x) or _MARK.match(x) for x in (lines[k], lines[k + 1]))
    ]
    if len(margins) < 2:
        return None
    # The margin is where most lines stand: lynx indents its paragraphs and puts a heading or a
    # program's listing at 0 (wrapped at the width, "(e.g., in CI" / "nes where...").
    common = Counter(indent for indent, line in zip(indents, lines, strict=False) if line)
    return min(margins) if common.most_common(1)[0][0] == min(margins) else None


def _indent(line: str) -> int:
    """The columns a line is indented by (an ideographic space is two, a tab four)."""
    width = 0
    for char in line:
        if char == " ":
            width += 1
        elif char == "\t":
            width += 4
        elif char == "\u3000":
            width += 2
        else:
            return width
    return 0  # a blank line


def _continues(previous: str, line: str, wrapped: bool, full: bool) -> bool:
    if _BULLET.match(line) or _RULE.match(line) or _RULE.match(previous):
        return False
    if LIST_ITEM.match(line):
        # Wrapping can put a sentence's dash or number first on a line ("called for elimination -
        # removal and destruction" / "- of all superpower missiles", "contracts outstanding at
        # March" / "13. Chinese nearby April rises"): a list's item follows a sentence's end or
        # a colon, and a dashed one does not go on in lower case.
        if not wrapped or ends_sentence(previous) or previous.endswith((":", "：")):
            return False
        return line[0].isdigit() or (line[0] in "-–" and line[2:3].islower())
    if wrapped and full:
        return True
    # One paragraph per line (or a line of wrapped text ended short of the width, its next going
    # on in lower case): a line ending mid-sentence followed by one going on in lower case.
    return (
        line[0].islower()
        and len(previous) >= 30
        and not HEADING_END.search(previous)
        and not LIST_ITEM.match(previous)
    )


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
