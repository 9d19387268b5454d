"""A plain-text file's paragraph candidates ("units"): its lines, or, when it is hard-wrapped,
its paragraphs put back together. A wrapped paragraph ends at a blank line, before an indented
line (a wire story's or a book's first-line indent, "　　" in Chinese) and after a line far short
of the wrapping width (a title, a table's row, a paragraph's last line). Decided on real files:
Reuters-21578's wire stories, People's Daily's and Sina's stories saved as text, the BBC's
stories one paragraph a line (see `benchmarks/bench_text_loader.py`)."""

from __future__ import annotations

import itertools
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
    raw = text.split("\n")
    lines = [tidy_prose(line) for line in raw]
    wrapped = _hard_wrapped(lines)
    indents = [_indent(line) for line in raw] if wrapped else []
    base = _first_line_indents(lines, indents)
    short = _short_lines(lines) if wrapped else set()
    units: list[Unit] = []
    current: list[str] = []
    start = 0
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
        )
        if line and current and not opens and _continues(current[-1], line, wrapped):
            current.append(line)
            continue
        if current:
            units.append(Unit(join_lines(current), start, len(current) == 1))
        current, start = ([line], n) if line else ([], 0)
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
    these is the text's margin), else None."""
    if not indents:
        return None
    margins = [
        indents[k + 1]
        for k in range(len(lines) - 1)
        if lines[k] and lines[k + 1] and indents[k] > indents[k + 1]
    ]
    return min(margins) if len(margins) >= 2 else None


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


def _continues(previous: str, line: str, wrapped: bool) -> bool:
    if LIST_ITEM.match(line):
        # Wrapping can put a sentence's dash or number first on a line ("called for elimination -
        # removal and destruction" / "- of all superpower missiles", "contracts outstanding at
        # March" / "13. Chinese nearby April rises"): a list's item follows a sentence's end or
        # a colon, and a dashed one does not go on in lower case.
        if not wrapped or ends_sentence(previous) or previous.endswith((":", "：")):
            return False
        return line[0].isdigit() or (line[0] in "-–" and line[2:3].islower())
    if wrapped:
        return True
    # One paragraph per line: a line ending mid-sentence followed by one going on in lower case.
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
