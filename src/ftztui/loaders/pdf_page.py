"""A PDF page's text through PDFium's own handles (pypdfium2's raw functions), for pdf_lines.py.

pypdfium2's page and text page objects keep finalizers and links between parent and child for
every page, which cost a page a tenth of what reading its lines does; its functions check each
argument, which triples the cost of a call made thousands of times a page. Here a page is opened
and closed by its handles, and the text functions are called unchecked.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class PageError(ValueError):
    """A page PDFium cannot load or read the text of (a damaged file's page)."""


@contextmanager
def open_page(pdf: Any, index: int) -> Iterator[TextPage]:
    """Page `index` of a pypdfium2 document, parsed, as its text; both are closed on leaving."""
    import pypdfium2.raw as raw

    page = raw.FPDF_LoadPage(pdf.raw, index)
    if not page:
        raise PageError(f"PDFium could not load page {index + 1}")
    try:
        handle = raw.FPDFText_LoadPage(page)
        if not handle:
            raise PageError(f"PDFium could not read the text of page {index + 1}")
        try:
            yield TextPage(handle)
        finally:
            raw.FPDFText_ClosePage(handle)
    finally:
        raw.FPDF_ClosePage(page)


class TextPage:
    """A PDFium text page (FPDF_TEXTPAGE) and the two reads of it that are not made per line."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def count_chars(self) -> int:
        import pypdfium2.raw as raw

        return int(raw.FPDFText_CountChars(self.raw))

    def get_text_range(self, start: int, count: int) -> str:
        """The text of characters [start, start + count) as PDFium's text call gives it (the
        characters it leaves out are not in it), read as pypdfium2's `get_text_range` does."""
        import ctypes

        import pypdfium2.raw as raw

        text_index = raw.FPDFText_GetTextIndexFromCharIndex
        first, last = start, start + count - 1
        while first <= last and text_index(self.raw, first) == -1:
            first += 1
        while last >= first and text_index(self.raw, last) == -1:
            last -= 1
        if first > last:
            return ""
        size = text_index(self.raw, last) + 2 - text_index(self.raw, first)
        buffer = (ctypes.c_ushort * size)()
        written = raw.FPDFText_GetText(self.raw, first, last + 1 - first, buffer)
        return bytes(memoryview(buffer)[: max(written - 1, 0)]).decode("utf-16-le", "ignore")


def page_text(textpage: TextPage, start: int, count: int) -> str:
    """The text of characters [start, start + count), one character per PDFium character.
    PDFium's text call leaves out a few characters of some files (a NUL, an unmappable glyph, a
    control code): those are found (`_left_out`) and read one by one; where that does not add
    up, the stretch is halved until the pieces that do not match are read one by one."""
    text: str = textpage.get_text_range(start, count)
    if len(text) == count:
        return text
    if start == 0:
        missing: list[int] = []
        _left_out(textpage.raw, 0, count, 0, count - len(text), missing)
        if len(missing) + len(text) == count:
            unicode = unchecked_calls()[7]
            chars = list(text)
            for i in missing:  # in order: each goes in at its own index
                chars.insert(i, chr(unicode(textpage.raw, i) or 32))
            return "".join(chars)
    if count <= 16:
        unicode = unchecked_calls()[7]
        return "".join(chr(unicode(textpage.raw, i) or 32) for i in range(start, start + count))
    half = count // 2
    return page_text(textpage, start, half) + page_text(textpage, start + half, count - half)


def _left_out(
    handle: Any, lo: int, hi: int, before_lo: int, before_hi: int, out: list[int]
) -> None:
    """Append the characters in [lo, hi) that PDFium's text leaves out, given how many it left
    out before lo and before hi. A kept character's text index says how many were left out
    before it (its own index less its text index), so halving finds them in a few calls each."""
    if before_hi <= before_lo:
        return
    if hi - lo <= before_hi - before_lo:
        out.extend(range(lo, hi))
        return
    text_index = unchecked_calls()[6]
    mid = (lo + hi) // 2
    kept = mid
    while kept < hi and (at := text_index(handle, kept)) < 0:
        kept += 1
    before_kept = kept - at if kept < hi else before_hi
    _left_out(handle, lo, mid, before_lo, before_kept - (kept - mid), out)
    out.extend(range(mid, kept))
    if kept < hi:
        _left_out(handle, kept, hi, before_kept, before_hi, out)


@functools.cache
def unchecked_calls() -> tuple[Any, ...]:
    """PDFium's text functions as ctypes calls that take their arguments as they come."""
    import ctypes

    import pypdfium2.raw as raw

    def unchecked(fn: Any) -> Any:
        out = ctypes.cast(fn, type(fn))
        out.restype = fn.restype
        return out

    return tuple(
        unchecked(fn)
        for fn in (
            raw.FPDFText_CountRects,
            raw.FPDFText_GetRect,
            raw.FPDFText_GetCharBox,
            raw.FPDFText_GetFontSize,
            raw.FPDFText_GetFontWeight,
            raw.FPDFText_GetMatrix,
            raw.FPDFText_GetTextIndexFromCharIndex,
            raw.FPDFText_GetUnicode,
        )
    )
