"""From a page's positioned lines to paragraphs in reading order.

Three steps, each on one page at a time so that a 1,000-page file never holds all its lines:

1. columns (pdf_columns.py): a vertical gutter that no narrow line crosses, with lines on both
   sides, makes columns; lines spanning the gutter (a title, a wide figure) separate bands, and
   each band is read column by column, top to bottom;
2. edges: the top and bottom lines of a page that stand apart from the body are kept aside, so
   that the whole file can decide which of them are running headers, footers and page numbers;
3. paragraphs: lines join while they follow at the usual leading in the same font; a blank,
   an indent, a change of size or weight, or a short line ending a sentence starts a new one.
   A word broken by a hyphen at a line end is joined.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ftztui.loaders.clean import unspaced
from ftztui.loaders.pdf_lines import Line

_BULLET = re.compile(r"^(?:[•◦▪‣●○■□–—*·①-⑳ａ-ｚ]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")
#: What ends a sentence (or a clause a line may end on); a line's text never ends in a newline,
#: so its last character is all there is to look at.
_SENTENCE_END = frozenset(".!?:;。！？：”\"')]")
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:page\s+|p\.\s*)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?"
    r"(?:\s*[-–—])?$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
#: Points: type this large is a title's, set centred over several lines; body text (9-12 pt)
#: centred line by line is an address or a poem, whose lines stay apart.
_TITLE_SIZE = 14.0
#: What does not follow a space: the rest of a line cut before it is joined to it directly.
_CLOSING = frozenset(",.;:!?)]}%”’")
_NOTE_MARK = re.compile(r"^(?:[\d*†‡§¶,]{1,3}|[a-z])$")


@dataclass(slots=True)  # (made twice as fast: a dense page has hundreds)
class Paragraph:
    """Lines joined into one block of text, with how its first line looked."""

    text: str
    page: int
    size: float
    bold: bool
    lines: int = 1
    #: The last line ended short of the column's right edge (a paragraph's last line).
    ended_short: bool = False
    hyphen: bool = False
    #: The cells of a table row, joined by " | ".
    row: bool = False
    #: A row's cells, each as (text, left x, right x).
    cells: list[tuple[str, float, float]] | None = None
    #: A line at the page's top or bottom, kept (not a running header or footer).
    edge: bool = False


@dataclass
class PageText:
    page: int
    paragraphs: list[Paragraph]
    #: (line, "top" or "bottom") kept aside for the running-header decision.
    edges: list[tuple[Line, str]]
    #: The right end of the page's longest body line (where a full line ends).
    right: float = 0.0


def edge_key(text: str) -> str:
    """Lines that differ only in their numbers (page 3, page 4) are the same running line."""
    return _DIGITS.sub("#", " ".join(text.casefold().split()))


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


# -- 2. edges ---------------------------------------------------------------------------------


def split_edges(ordered: list[Line]) -> tuple[list[Line], list[tuple[Line, str]]]:
    """Body lines, and up to two lines at the top and bottom that stand apart from the rest."""
    if len(ordered) < 3:
        return ordered, []
    by_top = sorted(ordered, key=lambda line: -line.top)
    edges: dict[int, str] = {}
    for where, run in (("top", by_top), ("bottom", by_top[::-1])):
        numbered = False
        for k in range(min(2, len(run) - 1)):
            line, neighbour = run[k], run[k + 1]
            gap = line.bottom - neighbour.top if where == "top" else neighbour.bottom - line.top
            apart = gap >= 0.6 * max(line.size, 6)
            if len(line.text) > 120 or (not apart and (k == 0 or numbered)):
                break
            edges[id(line)] = where
            # A page number standing apart above a footer (or under a header) is an edge too
            numbered = k == 0 and apart and bool(_PAGE_NUMBER.match(neighbour.text))
            if apart and not numbered:
                break
    body = [line for line in ordered if id(line) not in edges]
    return body, [(line, edges[id(line)]) for line in ordered if id(line) in edges]


# -- 3. paragraphs ----------------------------------------------------------------------------


def paragraphs(lines: list[Line], full_at: float | None = None) -> list[Paragraph]:
    """Join ordered body lines of one page into paragraphs; a line ending within 4 sizes of
    `full_at` (by default, the right end of the longest line) is full."""
    out: list[Paragraph] = []
    prev: Line | None = None
    right_edge = max([line[2] for line in lines], default=0.0)  # x1
    if full_at is None:
        full_at = right_edge
    parts: list[str] = []
    current: Paragraph | None = None
    first_x0 = 0.0
    for line in lines:
        # (each helper's first test, made here: most lines are neither, and this runs for all)
        if (
            current is not None
            and prev is not None
            and line.size < 0.8 * prev.size
            and _is_superscript(prev, line)
        ):
            parts.append(line.text)  # a footnote mark raised beside the line it belongs to
            continue
        if (
            current is not None
            and prev is not None
            and -1.0 < line.x0 - prev.x1 < 0.5 * line.size
            and _side_by_side(prev, line)
        ):
            # the rest of the same line, which PDFium cut at a raised mark ("Gal∗+, Brendan
            # Eich∗", ", Mike Shaver∗"): the line goes on
            parts.append("" if line.text[:1] in _CLOSING else " ")
            parts.append(line.text)
            current.hyphen = line.hyphen
            current.ended_short = line.x1 < full_at - 4 * line.size
            prev = line
            continue
        if (
            current is not None
            and prev is not None
            and line.x0 > prev.x1 + 4.0  # implied by a blank wider than the size (at least 4)
            and _same_row(prev, line)
        ):
            # cells of one table row (or a label and its value): one block, cells kept apart
            # as the other loaders write table rows, so figures keep their row and column
            if current.cells is None:  # the first cell: the paragraph so far
                current.cells = [("".join(parts), first_x0, prev.x1)]
            current.cells.append((line.text, line.x0, line.x1))
            parts.append(" | ")
            parts.append(line.text)
            current.row = True
            current.hyphen = False
            prev = line
            continue
        if (
            current is None
            or prev is None
            or current.row
            or _starts_paragraph(prev, line, right_edge, current.lines == 1)
        ):
            if current is not None:
                current.text = "".join(parts)
                out.append(current)
            current = Paragraph("", line.page, line.size, line.bold)
            parts = [line.text]
            first_x0 = line.x0
        else:
            parts.append(_joiner(prev, line))
            parts.append(line.text)
            current.lines += 1
        current.hyphen = line.hyphen
        current.ended_short = line.x1 < full_at - 4 * line.size
        prev = line
    if current is not None:
        current.text = "".join(parts)
        out.append(current)
    return out


def _side_by_side(prev: Line, line: Line) -> bool:
    """The two lines overlap by half the height of the lower one or more."""
    overlap = min(prev.top, line.top) - max(prev.bottom, line.bottom)
    return overlap > 0 and overlap >= 0.5 * min(prev.top - prev.bottom, line.top - line.bottom)


def _same_row(prev: Line, line: Line) -> bool:
    """`line` stands to the right of `prev` on the same baseline, after a wide blank."""
    size = prev.size if prev.size > line.size else line.size  # max(), without its call
    if size < 4.0:
        size = 4.0
    return abs(prev.bottom - line.bottom) < 0.35 * size and line.x0 > prev.x1 + size


def _is_superscript(prev: Line, line: Line) -> bool:
    """A footnote mark (1, 23, *, †, a) raised right after the line before, not a short word
    or a number in the next table cell."""
    return (
        line.size < 0.8 * prev.size
        and prev.x1 - 1 <= line.x0 <= prev.x1 + 0.5 * prev.size
        and line.bottom < prev.top
        and line.top > prev.bottom
        and _NOTE_MARK.match(line.text) is not None
    )


def _joiner(prev: Line, line: Line) -> str:
    if prev.hyphen or unspaced(prev.text[-1], line.text[0]):
        return ""
    hyphenated = prev.text.endswith("-") and len(prev.text) > 1 and prev.text[-2].isalpha()
    if hyphenated and line.text[:1].islower():
        return "\x00"  # removed with the hyphen by join_text
    return " "


def _starts_paragraph(prev: Line, line: Line, right_edge: float, alone: bool) -> bool:
    """Whether `line` starts a new paragraph after `prev` (`alone`: the first line of its
    paragraph)."""
    if abs(line.size - prev.size) > 0.8:
        return True
    if prev.hyphen:  # a word broken across the lines, even from bold into plain type
        return False  # (tracemonkey's captions open with a bold sentence: "… by inter-")
    if line.bold != prev.bold:
        return True
    size = prev.size if prev.size > 4.0 else 4.0
    gap = prev.bottom - line.top
    if gap > 0.9 * size or gap < -2 * size:  # a blank, or a jump back up (next column)
        if gap < 1.5 * size and _fills_line(prev, line, right_edge, size):
            return False  # Chinese and Japanese set with wide leading: no blank, the next line
        return not _continues(prev, line)
    if size >= _TITLE_SIZE and _centred_under(prev, line, size) and not _ends_sentence(prev.text):
        return False  # a title set centred over two lines ("... for Dynamic" / "Languages")
    if line.x0 > prev.x0 + 1.5 * size or prev.x0 - 4 * size < line.x0 < prev.x0 - 1.5 * size:
        # an indented first line; or the line before was indented (first line), this is not
        return line.x0 > prev.x0 or _BULLET.match(line.text) is not None
    if _BULLET.match(line.text) or line.x0 < prev.x0 - 4 * size:
        return True
    if alone and prev.x1 < line.x1 - 2 * size and unspaced(prev.text[-1], line.text[0]):
        return True  # a Chinese or Japanese line alone, stopping short: a heading
    return prev.x1 < right_edge - 6 * size and _ends_sentence(prev.text)


def _centred_under(prev: Line, line: Line, size: float) -> bool:
    """`line` is centred under `prev` and starts well inside it (not a left-aligned line)."""
    return abs(line.x0 + line.x1 - prev.x0 - prev.x1) < size and line.x0 > prev.x0 + size


def _fills_line(prev: Line, line: Line, right_edge: float, size: float) -> bool:
    """A Chinese or Japanese line that runs to the right edge, not ending a sentence, with
    the next line under it: the text goes on, whatever the leading."""
    return (
        prev.x1 > right_edge - 1.5 * size
        and prev.x0 - 4 * size < line.x0 < prev.x0 + 1.5 * size  # (prev may be indented)
        and not _ends_sentence(prev.text)
        and unspaced(prev.text[-1], line.text[0])
    )


def _continues(prev: Line, line: Line) -> bool:
    """Across a column or page break: the sentence goes on."""
    return not _ends_sentence(prev.text) and line.text[:1].islower()


def _ends_sentence(text: str) -> bool:
    return text[-1:] in _SENTENCE_END


def join_text(text: str) -> str:
    if _SPACING_ACCENT.search(text):
        text = _SPACING_ACCENT.sub(_composed, text)
    if "\x00" not in text:  # most paragraphs: no word broken at a line end
        return text
    return text.replace("-\x00", "").replace("\x00", "")


#: An accent TeX draws as a glyph of its own over the letter (OT1 fonts), which PDFium gives
#: as a spacing character before it: tracemonkey's "na¨ıve", which a search for "naive" or
#: "naïve" missed. Joined to its letter where one character writes both ("ï").
_COMBINING = {
    "¨": "\u0308", "´": "\u0301", "`": "\u0300", "ˆ": "\u0302", "˜": "\u0303",
    "¸": "\u0327", "ˇ": "\u030c", "˘": "\u0306", "˚": "\u030a", "¯": "\u0304", "˙": "\u0307",
    "˝": "\u030b",
}  # fmt: skip
_SPACING_ACCENT = re.compile(f"([{''.join(_COMBINING)}])([^\\W\\d_])")


def _composed(match: re.Match[str]) -> str:
    accent, letter = match.groups()
    base = {"ı": "i", "ȷ": "j"}.get(letter, letter)  # a dotless i takes the accent's place
    joined = unicodedata.normalize("NFC", base + _COMBINING[accent])
    return joined if len(joined) == 1 else match.group(0)  # "don´t" stays as it is


def continues(last: Paragraph, first: Paragraph) -> bool:
    """Whether `first` (top of a page) carries on `last` (end of the page before)."""
    if abs(last.size - first.size) > 0.8 or last.bold != first.bold:
        return False
    if last.hyphen:
        return True
    if _ends_sentence(last.text):
        return False
    if first.text[:1].islower():
        return True
    # Chinese and Japanese have no lower case: a paragraph that ran to its page's last line's
    # end, with no full stop, goes on in the page's kept last line or at the top of the next
    # page (elsewhere on one page, the blank between them was seen: they are two). A line
    # alone ending a page is not enough to tell: a cover's centred date is as wide as its title.
    if last.ended_short or not unspaced(last.text[-1:], first.text[:1]):
        return False
    return first.edge if first.page == last.page else last.lines >= 2


def body_size(pages_sizes: Counter[float]) -> float:
    """The font size most of the text is set in."""
    if not pages_sizes:
        return 10.0
    return pages_sizes.most_common(1)[0][0]
