"""A PDF page's text as positioned lines, read with pypdfium2 (PDFium, Apache-2.0/BSD).

PDFium already orders a page's characters into lines and words (it inserts the spaces and line
breaks a PDF leaves out); what it does not give is where each line stands and how it looks. A
line's geometry comes from PDFium's runs of text (one rectangle per run of a text object,
`FPDFText_CountRects` over the line's characters), its font size (scaled by the text matrix)
and weight from one character in its middle: a few C calls per line, none per character or per
space between words. A line whose runs leave a wide blank between them (two columns side by side,
table cells) is cut there into segments, so that the layout step can put each in its column;
where a cut falls in the text is found by counting runs over prefixes of the line (a binary
search over its spaces), only for lines that have such a blank. Two numbers one run of text
sets far apart ("15,907      50,796") are cut apart too, by their characters' boxes.

Chosen by measurement against pypdf, pdfminer.six and pdftext (benchmarks/bench_formats.py):
PDFium was the fastest by far and kept every word pdftotext found.
"""

from __future__ import annotations

import bisect
import itertools
import math
import operator
import re
import struct
from collections.abc import Iterator
from typing import NamedTuple

from ftztui.loaders.pdf_page import TextPage, page_text, unchecked_calls

#: A blank wider than this many times the font size inside a line splits it (a column gutter
#: or a table cell boundary; a justified line's widest space stays under 2).
_GAP_SPLIT = 2.2
#: What ends a line of PDFium's text: a line break, or U+FFFE / U+0002 where PDFium took out the
#: hyphen of a word broken at the line end (even across columns: cut there too, so that each
#: physical line gets its own box).
_LINE_END = re.compile("[\n\ufffe\x02]")
#: What PDFium leaves where it took out the hyphen of a word broken at a line end
_HYPHEN_MARKS = ("\ufffe", "\x02")
#: Spaces (group 1) between two numbers (a table's cells, when the blank is wide); the number's
#: end is matched rather than looked behind for, which lets the scan skip ahead to digits.
_NUMBER_GAP = re.compile(r"[\d%)]( +)(?=[\d$€£¥(\-−+.])")


class Line(NamedTuple):
    """One line of text on a page, in PDF points (origin bottom left). A tuple: a dense page has
    thousands, and a tuple is made several times faster than a frozen dataclass."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    size: float
    bold: bool
    page: int  # 1-based
    #: The line ended in a hyphen PDFium marked as a word broken at the line end.
    hyphen: bool = False

    @property
    def height(self) -> float:
        return self.top - self.bottom


#: A Line made from a tuple of its fields without NamedTuple's own `__new__` (a Python function,
#: twice the cost; a dense page makes thousands of lines).
_new = tuple.__new__


def page_lines(textpage: TextPage, page_no: int) -> list[Line]:
    """The lines of one page in PDFium's order, cut at wide blanks between runs of text."""
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = page_text(textpage, 0, count)
    lines: list[Line] = []
    runs = _Runs(textpage)
    # Blanks between two numbers, found once for the page (a line's are those inside it: a match
    # never crosses a line's end), so that the many lines without one cost nothing here.
    number_gaps = [match.span(1) for match in _NUMBER_GAP.finditer(text)]
    gap_starts = [gap[0] for gap in number_gaps]
    next_gap = 0
    for start, end, line_text, hyphen in _line_spans(text):
        first = next_gap
        if gap_starts:
            next_gap = bisect.bisect_left(gap_starts, end, next_gap)
        # The middle character: a line's first is often a quote or bullet in another font.
        solid = (start + end) // 2
        if text[solid].isspace():
            solid = _solid(text, start, end)
        looks = runs.line(start, end, solid)
        if looks[1] and not runs.bold_at(_last_letter(text, start, end, solid)):
            # a paragraph opening with a bold phrase ("Detailed performance metrics. In Figure
            # 11 we show the frac-"): its first line is no bold heading
            looks = (looks[0], False, *looks[2:])
        if looks[6] or next_gap > first:  # a wide blank between runs, or between two numbers
            inside = number_gaps[first:next_gap]
            _add_segments(runs, text, start, end, hyphen, inside, looks, page_no, lines)
        else:
            size, bold, x0, x1, bottom, top, _, _ = looks
            if _RUN_ON.search(line_text):
                line_text = _spaced(runs, start, line_text, size)
            lines.append(_new(Line, (line_text, x0, x1, bottom, top, size, bold, page_no, hyphen)))
    return lines


#: A sentence's end run into the next sentence ("could fly.The moment"): PDFium writes a
#: blank only where the gap is wide, and Free Culture sets 57 of them narrower.
_RUN_ON = re.compile(r"[a-z\d][.!?;:,][A-Z]")


def _spaced(runs: _Runs, start: int, line_text: str, size: float) -> str:
    """`line_text` with a blank after each sentence's end the page sets apart by a fifth of a
    space or more ("System.Text", set tight, stays as it is)."""
    out: list[str] = []
    done = 0
    for match in _RUN_ON.finditer(line_text):
        mark = match.start() + 1
        word = line_text[line_text.rfind(" ", 0, mark) + 1 : (line_text + " ").find(" ", mark)]
        if any(sign in word for sign in "/_@\\#$"):
            continue  # a path, an address or a chart's codes ("double_thread_fork.S")
        gap = runs.box(start + mark + 1)[0] - runs.box(start + mark)[1]
        if gap > 0.12 * size:
            out += [line_text[done : mark + 1], " "]
            done = mark + 1
    return "".join(out) + line_text[done:] if out else line_text


def _line_spans(text: str) -> Iterator[tuple[int, int, str, bool]]:
    """Each line of PDFium's text that is not blank: where its text without the blanks around it
    starts and ends, that text, and whether it ends where PDFium took out a hyphen. Split by
    `str.split` where the page has no such hyphen (most pages): faster than a pattern."""
    ends: list[str] | None = None
    if "\ufffe" in text or "\x02" in text:
        pieces = _LINE_END.split(text)
        ends = _LINE_END.findall(text)
    else:
        pieces = text.split("\n")
    at = 0
    for k, piece in enumerate(pieces):
        stripped = piece.strip()
        if stripped:
            # (the blanks before it hold no character of its own: found without a copy)
            start = at + piece.find(stripped[0])
            hyphen = ends is not None and k < len(ends) and ends[k] in _HYPHEN_MARKS
            yield start, start + len(stripped), stripped, hyphen
        at += len(piece) + 1


#: A wide blank between runs: (index of the run after it, right x before it, left x after it,
#: the width of the runs before it)
_Gap = tuple[int, float, float, float]
#: A line's font size and boldness, its box (left, right, bottom, top), its wide blanks and the
#: width of all its runs
_Looks = tuple[float, bool, float, float, float, float, list[_Gap], float]


class _Runs:
    """PDFium's runs of text, character boxes and fonts, through its C functions called without
    ctypes' check of each argument (the arguments are made once, of the right C types): a dense
    page makes thousands of calls, and the checked call costs three times as much. The places
    PDFium writes to are ctypes arrays (passed as pointers without a look-up of their type, a
    third of a call's cost for a c_void_p), read back by one `struct` call."""

    def __init__(self, textpage: TextPage) -> None:
        import ctypes

        self.handle = ctypes.cast(textpage.raw, ctypes.c_void_p)
        (
            self._count_rects,
            self._get_rect,
            self._char_box,
            self._font_size,
            self._font_weight,
            self._get_matrix,
            *_,
        ) = unchecked_calls()
        self._rounded: dict[float, float] = {}
        self._matrix = (ctypes.c_float * 6)()  # an FS_MATRIX: a, b, c, d, e, f
        # (left, top, right, bottom): the order FPDFText_GetRect fills them in
        self._box = box = (ctypes.c_double * 4)()
        one = ctypes.c_double * 1
        self._left, self._top, self._right, self._bottom = (
            one.from_buffer(box, 8 * i) for i in range(4)
        )

    def line(self, start: int, end: int, solid: int) -> _Looks:
        """A line of characters [start, end): the size (in points, rounded to 0.1) and weight of
        the font character `solid` is drawn in, the line's box (left, right, bottom, top), and
        the blanks wider than `_GAP_SPLIT` times that size between its runs of text, in order:
        (run after the blank, right x of the runs before it, left x of the run after). One call
        per line, its C calls made from here (a dense page has thousands of lines).

        PDFium's font size is the one the file sets (`/F1 1 Tf`), which many producers scale
        with the text matrix instead (`9 0 0 9 x y Tm`): the matrix's vertical scale makes it
        the size on the page."""
        handle = self.handle
        size = float(self._font_size(handle, solid))
        if self._get_matrix(handle, solid, self._matrix):
            scale = math.hypot(*_UNPACK_CD(self._matrix, 8))
            if scale > 0:
                size *= scale
        rounded = self._rounded.get(size)
        if rounded is None:  # (a page has a few sizes, and a look-up costs a fifth of round())
            rounded = self._rounded[size] = round(size or 10.0, 1)
        size = rounded
        bold = self._font_weight(handle, solid) >= 600
        n = self._count_rects(handle, start, end - start)
        if n <= 0:  # nothing PDFium could box (zero-size glyphs): the end characters' boxes
            x0, x1, bottom, top = self.box(start)
            last = self.box(end - 1)
            x1, bottom, top = max(x1, last[1]), min(bottom, last[2]), max(top, last[3])
            return size, bold, x0, x1, bottom, top, [], 0.0
        get, box = self._get_rect, self._box
        l_ref, t_ref, r_ref, b_ref = self._left, self._top, self._right, self._bottom
        get(handle, 0, l_ref, t_ref, r_ref, b_ref)
        x0, top, x1, bottom = _UNPACK_BOX(box)
        gaps: list[_Gap] = []
        inked = x1 - x0  # the width of the runs so far
        if n > 1:
            limit = _GAP_SPLIT * size
            for i in range(1, n):
                get(handle, i, l_ref, t_ref, r_ref, b_ref)
                left, t, right, b = _UNPACK_BOX(box)
                if left - x1 > limit:
                    gaps.append((i, x1, left, inked))
                inked += right - left
                if left < x0:
                    x0 = left
                if right > x1:
                    x1 = right
                if b < bottom:
                    bottom = b
                if t > top:
                    top = t
        return size, bold, x0, x1, bottom, top, gaps, inked

    def bold_at(self, index: int) -> bool:
        return bool(self._font_weight(self.handle, index) >= 600)

    def blank(self, before: int, after: int) -> tuple[float, float]:
        """(right x of character `before`, left x of character `after`)."""
        char_box, box, handle = self._char_box, self._box, self.handle
        left, top, right, bottom = self._left, self._top, self._right, self._bottom
        char_box(handle, before, left, right, bottom, top)
        end = _UNPACK_BOX(box)[2]
        char_box(handle, after, left, right, bottom, top)
        return end, _UNPACK_BOX(box)[0]

    def before(self, start: int, end: int) -> int:
        """How many runs have a character in [start, end)."""
        return int(self._count_rects(self.handle, start, end - start)) if end > start else 0

    def box(self, index: int) -> tuple[float, float, float, float]:
        """(left, right, bottom, top) of character `index`."""
        self._char_box(self.handle, index, self._left, self._right, self._bottom, self._top)
        left, top, right, bottom = _UNPACK_BOX(self._box)
        return left, right, bottom, top


#: The four doubles of a box as PDFium wrote them, and an FS_MATRIX's c and d (its vertical
#: scale), each read by one call
_UNPACK_BOX = struct.Struct("4d").unpack_from
_UNPACK_CD = struct.Struct("2f").unpack_from


def _solid(text: str, start: int, end: int) -> int:
    """A character near the middle of text[start:end] that is not a space: PDFium's own
    (generated) spaces have no font, and report a size of 1."""
    mid = (start + end) // 2
    for i in (mid, mid - 1, mid + 1, mid - 2, mid + 2):
        if start <= i < end and not text[i].isspace():
            return i
    return start


def _last_letter(text: str, start: int, end: int, otherwise: int) -> int:
    """The line's last letter (a footnote mark or a full stop after it may be in another
    font), else `otherwise`."""
    for i in range(end - 1, max(start, end - 12) - 1, -1):
        if text[i].isalpha():
            return i
    return otherwise


def _add_segments(
    runs: _Runs,
    text: str,
    start: int,
    end: int,
    hyphen: bool,
    number_gaps: list[tuple[int, int]],
    looks: _Looks,
    page_no: int,
    out: list[Line],
) -> None:
    """Split text[start:end] (a line without its blanks, which `looks` as `_Runs.line` says) at
    wide blanks and append each piece as a Line. `number_gaps` are the line's blanks between two
    numbers (`_NUMBER_GAP`'s group 1)."""
    size, bold, x0, x1, bottom, top, gaps, inked = looks
    cuts: list[_Cut] = []
    if gaps:
        cuts = _run_cuts(runs, text, start, end, gaps, inked)
    if number_gaps:  # a run's own edges where both found a cut: those are not looked at again
        done = {cut[0] for cut in cuts}
        more = _number_cuts(runs, [gap for gap in number_gaps if gap[1] not in done], size)
        if more:
            cuts = sorted(cuts + more) if cuts else more
    if not cuts:
        out.append(_new(Line, (text[start:end], x0, x1, bottom, top, size, bold, page_no, hyphen)))
        return
    bounds = [(start, 0.0, x0), *cuts, (end, x1, 0.0)]
    for (a, _, left), (b, right, _) in itertools.pairwise(bounds):
        piece = text[a:b].rstrip()
        if piece:
            last = hyphen and b == end
            line = (piece, left, max(right, left), bottom, top, size, bold, page_no, last)
            out.append(_new(Line, line))


#: Cuts are (first character of the next piece, right x of the piece before, left x of the next)
_Cut = tuple[int, float, float]


def _space_ends(text: str, start: int, end: int) -> list[int]:
    """Where each run of spaces in text[start:end] ends (the index of the character after it),
    by C loops over `str.split` (a pattern's match objects cost more than twice as much)."""
    pieces = text[start:end].split(" ")
    # a piece begins after its space; an empty one is a space another space follows
    before = itertools.accumulate(map(len, pieces))  # (piece k begins after k spaces)
    starts = map(operator.add, before, itertools.count(start + 1))  # of pieces 1, 2, ...
    return list(itertools.compress(starts, pieces[1:]))


def _number_cuts(runs: _Runs, number_gaps: list[tuple[int, int]], size: float) -> list[_Cut]:
    """Cuts between two numbers with a wide blank between them: table cells that one run of
    text sets apart by spacing alone ("15,907      50,796"). Two character boxes per such space,
    none for the spaces between words."""
    limit = _GAP_SPLIT * size
    cuts: list[_Cut] = []
    for i, j in number_gaps:
        right, left = runs.blank(i - 1, j)
        if left - right > limit:
            cuts.append((j, right, left))
    return cuts


def _run_cuts(
    runs: _Runs, text: str, start: int, end: int, gaps: list[_Gap], inked: float
) -> list[_Cut]:
    """Cuts at the wide blanks between a line's runs of text. Where a blank falls in the text is
    found by counting runs over prefixes of the line (a search over its runs of spaces); a cut
    goes at the end of a run of spaces only, so a blank that falls inside a word cuts nothing."""
    ends = _space_ends(text, start, end)
    count = len(ends)
    # characters per point of ink: where a run's text begins, if all were as wide as the line's
    scale = (end - start) / inked if inked > 0 else 0.0
    cuts: list[_Cut] = []
    lo = 0
    shift = -1  # where the last run of spaces found stood against its run's number
    cells = True  # every run so far ended at one run of spaces, as a table's cells do
    for m, right, left, ink_before in gaps:
        # the first run of spaces after which run m has begun: the one whose next character
        # stands at the run's left edge (a run's box is its characters' boxes joined), tried
        # where it stands while every run before it ended at one run of spaces (a table's
        # cells: most lines here), else searched from where the runs' widths put it; else
        # found by counting runs: two counts confirm the first guess, or a search finds it
        guess = m + shift
        at = guess
        if lo <= guess < count:
            x = runs.box(ends[guess])[0]
            if x == left:
                k: int | None = guess
            else:  # (cells of several words before: further on)
                if x < left:
                    at = bisect.bisect_left(ends, start + ink_before * scale, guess + 1, count)
                k = _starting_at(runs, start, ends, m, lo, count, at, left)
        else:
            at = bisect.bisect_left(ends, start + ink_before * scale, lo, count)
            k = _starting_at(runs, start, ends, m, lo, count, at, left)
        if k is not None:
            cuts.append((ends[k], right, left))
            cells = k == guess
            shift = k - m
            lo = k + 1
            if lo == count:
                break
            continue
        if cells and lo <= guess < count and runs.before(start, ends[guess] + 1) > m:
            if guess == lo or runs.before(start, ends[guess - 1] + 1) <= m:
                found = guess
            else:
                at = bisect.bisect_left(ends, start + ink_before * scale, lo, guess)
                found = _first_begun(runs, start, ends, m, lo, guess, at)
        else:
            if cells and lo <= guess < count:
                lo = guess + 1  # run m has not begun there: further on
            at = bisect.bisect_left(ends, start + ink_before * scale, lo, count)
            found = _first_begun(runs, start, ends, m, lo, count, at)
        cells = found == guess
        lo = found
        if lo == count:
            break
        shift = lo - m
        j = i = ends[lo]
        while text[i - 1] == " ":  # to the run's first space
            i -= 1
        if runs.before(start, i) <= m:  # run m begins among these spaces or right after
            cuts.append((j, right, left))
        lo += 1
    return cuts


def _starting_at(
    runs: _Runs, start: int, ends: list[int], m: int, lo: int, hi: int, at: int, left: float
) -> int | None:
    """The k in [lo, hi) where the character after the k-th run of spaces (`ends[k]`) is the
    first of run m, standing at its left edge `left`; else None. Tried at `at`, then by steps
    doubling away from it towards `left`, then by halving what is left (characters stand left
    to right along a line), a character box a try; the one found is confirmed by counting the
    runs before it and with it (text drawn over text may put another character there)."""
    step = 1
    way = 0  # the way the last try sent the search: +1 right, -1 left
    halving = False  # tries were made on both sides: what is left is halved
    while lo < hi:
        at = min(max(at, lo), hi - 1)
        x = runs.box(ends[at])[0]
        if x == left:  # the run's first character: m runs before it, m + 1 with it
            first = runs.before(start, ends[at]) == m and runs.before(start, ends[at] + 1) == m + 1
            return at if first else None
        if x < left:
            lo, turn = at + 1, 1
        else:
            hi, turn = at, -1
        halving = halving or way == -turn
        way = turn
        at = (lo + hi) // 2 if halving else at + turn * step
        step *= 2
    return None


def _first_begun(
    runs: _Runs, start: int, ends: list[int], m: int, lo: int, hi: int, at: int
) -> int:
    """The first k in [lo, hi) where run m has begun by the character after the k-th run of
    spaces (`ends[k]`), else hi: tried at `at`, then by steps doubling away from it, then by
    halving what is left."""
    if lo >= hi:
        return hi
    at = min(max(at, lo), hi - 1)
    step = 1
    if runs.before(start, ends[at] + 1) > m:
        hi = at
        while lo < hi:
            probe = hi - step
            if probe < lo:
                break
            if runs.before(start, ends[probe] + 1) <= m:
                lo = probe + 1
                break
            hi = probe
            step *= 2
    else:
        lo = at + 1
        while lo < hi:
            probe = lo + step - 1
            if probe >= hi:
                break
            if runs.before(start, ends[probe] + 1) > m:
                hi = probe
                break
            lo = probe + 1
            step *= 2
    while lo < hi:
        mid = (lo + hi) // 2
        if runs.before(start, ends[mid] + 1) > m:
            hi = mid
        else:
            lo = mid + 1
    return lo
