"""A PDF page's text as positioned lines, read with pypdfium2 (PDFium, Apache-2.0/BSD).

PDFium already orders a page's characters into lines and words (it inserts the spaces and line
breaks a PDF leaves out); what it does not give is where each line stands and how it looks. So a
line's box, font size and weight are read from its first and last characters only, a few calls
per line instead of four per character, which keeps a page at well under a millisecond of
Python. A line with a wide blank inside it (two columns side by side, table cells) is cut there
into segments, so that the layout step can put each in its column.

Chosen by measurement against pypdf, pdfminer.six and pdftext (benchmarks/bench_formats.py):
PDFium was the fastest by far and kept every word pdftotext found.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

#: A blank wider than this many times the font size inside a line splits it (a column gutter
#: or a table cell boundary; a justified line's widest space stays under 2).
_GAP_SPLIT = 2.2
_HYPHEN_MARKS = "\ufffe\x02"
_LINE_END = re.compile(r"[^\n\ufffe\x02]*(?:[\n\ufffe\x02]|$)")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text on a page, in PDF points (origin bottom left)."""

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


def page_lines(textpage: Any, page_no: int) -> list[Line]:
    """The lines of one page in PDFium's order, cut at wide inner blanks."""
    import pypdfium2.raw as raw

    count = textpage.count_chars()
    if count <= 0:
        return []
    text: str = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP: read them one by one
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage.raw, i) or 32) for i in range(count))
    lines: list[Line] = []
    start = 0
    boxes = _Boxes(textpage)
    for end in _line_ends(text):
        _add_segments(textpage, boxes, text, start, end, page_no, lines)
        start = end
    return lines


def _line_ends(text: str) -> list[int]:
    """Ends of PDFium's lines. A word broken by a hyphen at a line end comes as one piece with
    U+FFFE (or U+0002) where the hyphen stood, even across columns: cut there too, so that each
    physical line gets its own box."""
    return [m.end() for m in _LINE_END.finditer(text)]


class _Boxes:
    """Character boxes through PDFium's C call directly: pypdfium2's wrapper costs four times as
    much, and a dense table page asks for thousands."""

    def __init__(self, textpage: Any) -> None:
        import ctypes

        import pypdfium2.raw as raw

        self._raw = textpage.raw
        self._call = raw.FPDFText_GetCharBox
        self._count_rects = raw.FPDFText_CountRects
        self._get_rect = raw.FPDFText_GetRect
        self._l, self._r, self._b, self._t = (ctypes.c_double() for _ in range(4))
        self._refs = tuple(ctypes.byref(v) for v in (self._l, self._r, self._b, self._t))
        self._runs: list[tuple[float, float, float]] | None = None
        self._middles: list[float] = []

    def box(self, index: int) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) of character `index`."""
        self._call(self._raw, index, *self._refs)
        return self._l.value, self._b.value, self._r.value, self._t.value

    def _page_runs(self) -> None:
        """The page's runs of text (PDFium's rectangles, one per run of a text object), sorted by
        the height of their middle: asked once per page, which costs less than one line's."""
        count = self._count_rects(self._raw, 0, -1)
        runs: list[tuple[float, float, float]] = []
        for i in range(count):
            # FPDFText_GetRect fills (left, top, right, bottom): here _l, _r, _b, _t.
            self._get_rect(self._raw, i, *self._refs)
            runs.append(((self._r.value + self._t.value) / 2, self._l.value, self._b.value))
        runs.sort()
        self._runs = runs
        self._middles = [run[0] for run in runs]

    def has_wide_gap(self, bottom: float, top: float, limit: float) -> bool:
        """Whether the runs of text on the line between `bottom` and `top` leave a blank wider
        than `limit` between them."""
        if self._runs is None:
            self._page_runs()
        assert self._runs is not None
        lo = bisect.bisect_left(self._middles, bottom)
        hi = bisect.bisect_right(self._middles, top)
        if hi - lo <= 1:
            return False
        spans = sorted((left, right) for _, left, right in self._runs[lo:hi])
        reach = spans[0][1]
        for left, right in spans[1:]:
            if left - reach > limit:
                return True
            reach = max(reach, right)
        return False

    def left(self, index: int) -> float:
        self._call(self._raw, index, *self._refs)
        return self._l.value

    def right(self, index: int) -> float:
        self._call(self._raw, index, *self._refs)
        return self._r.value


def _solid(text: str, start: int, end: int) -> int:
    """A character near the middle of text[start:end] that is not a space: PDFium's own
    (generated) spaces have no font, and report a size of 1."""
    mid = (start + end) // 2
    for i in (mid, mid - 1, mid + 1, mid - 2, mid + 2):
        if start <= i < end and not text[i].isspace():
            return i
    return start


def _add_segments(
    textpage: Any, boxes: _Boxes, text: str, start: int, end: int, page_no: int, out: list[Line]
) -> None:
    """Split text[start:end] at wide blanks and append each non-blank piece as a Line."""
    import pypdfium2.raw as raw

    hyphen = text[end - 1] in _HYPHEN_MARKS if end > start else False
    if hyphen:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    # The middle character: a line's first is often a quote or bullet in another font.
    size = float(raw.FPDFText_GetFontSize(textpage.raw, _solid(text, start, end))) or 10.0
    x_start, b0, _, t0 = boxes.box(start)
    _, b1, x_end, t1 = boxes.box(end - 1)
    bottom, top = min(b0, b1), max(t0, t1)
    # (first index, left x) of each piece and the right x of the piece before the next cut
    starts = [(start, x_start)]
    rights: list[float] = []
    limit = _GAP_SPLIT * size
    # Only a line made of several runs of text can have a wide blank inside: asking PDFium for
    # the line's runs costs a call or two, looking at every space two per space.
    i = text.find(" ", start, end) if boxes.has_wide_gap(bottom, top, limit) else -1
    while 0 <= i < end:
        j = i
        while j < end and text[j] == " ":
            j += 1
        if i > start and j < end:
            left, right = boxes.left(j), boxes.right(i - 1)
            if left - right > limit:
                starts.append((j, left))
                rights.append(right)
        i = text.find(" ", j, end)
    rights.append(x_end)
    ends = [s for s, _ in starts[1:]] + [end]
    bold = raw.FPDFText_GetFontWeight(textpage.raw, _solid(text, start, end)) >= 600
    for (a, x0), b, x1 in zip(starts, ends, rights, strict=True):
        piece = text[a:b].rstrip()
        if not piece:
            continue
        out.append(
            Line(
                text=piece,
                x0=x0,
                x1=max(x1, x0),
                bottom=bottom,
                top=top,
                size=round(size, 1),
                bold=bold,
                page=page_no,
                hyphen=hyphen and b == end,
            )
        )
