"""A PDF file as a `Document`: sections, paragraphs in reading order, every block with its page.

Text comes from PDFium (pypdfium2; see pdf_lines.py for why), the layout from pdf_columns.py
and pdf_layout.py, the sections from pdf_assemble.py: the file's outline (bookmarks) when it
has one, else headings found by font size and weight. Running headers, footers, page numbers,
margin line numbers and lines of a font's codes (pdf_codes.py) are removed and recorded. A file
with no text layer (a scan) still loads, with a note saying so, so that it is listed rather than
lost; so does one with a damaged page.
"""

from __future__ import annotations

import bisect
import dataclasses
import gc
import itertools
import operator
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ftztui.loaders import LoadError
from ftztui.loaders.builder import DocumentBuilder
from ftztui.loaders.pdf_assemble import Assembler, OutlineEntry, has_letters
from ftztui.loaders.pdf_codes import (
    CODES_NOTICE,
    CODES_NOTICE_ON,
    CODES_REASON,
    MARGIN_REASON,
    ORNAMENT,
    margin_numbers,
    pictured,
    without_codes,
)
from ftztui.loaders.pdf_columns import reading_order
from ftztui.loaders.pdf_layout import (
    PageText,
    Paragraph,
    edge_key,
    is_page_number,
    join_text,
    paragraphs,
    split_edges,
)
from ftztui.loaders.pdf_lines import Line, page_lines
from ftztui.loaders.pdf_page import PageError, open_page
from ftztui.loaders.pdf_tables import align_tables
from ftztui.model import Document

NO_TEXT_NOTE = "no text layer: scanned?"
#: The note for a text layer of codes only (pdftotext prints nothing or control characters).
UNREADABLE_NOTE = "text layer unreadable: no character map?"
_PDF_DATE = re.compile(r"^D?:?(\d{4})(\d{2})?(\d{2})?")
#: A program's reference printed where a value was meant: Perl's "ARRAY(0x2c7cf020)" (the
#: author of a TAM review in pdf.js's test files), Python's "<object at 0x…>", Java's
#: "java.lang.Object@1b6d3586". Never a title or an author.
_PROGRAM_REFERENCE = re.compile(
    r"^(?:(?:ARRAY|HASH|SCALAR|CODE|GLOB|REF)\(0x[0-9a-fA-F]+\)|<[^<>]* at 0x[0-9a-fA-F]+>"
    r"|[A-Za-z_$][\w.$]*@[0-9a-f]{6,8})$"
)
_BAD_TITLES = re.compile(
    r"^(?:untitled|document\d*|microsoft (?:word|powerpoint|excel) - .*"
    r"|.*\.(?:docx?|pdf|tex|dvi|exe|rtf|txt|odt|pptx?|xlsx?|indd|qxd|ps|eps|tmp|html?|wpd))$",
    re.IGNORECASE,
)


def load_pdf(
    data: bytes,
    *,
    path: Path,
    doc_id: str,
    fallback_title: str,
    first_pages: int | None = None,
) -> Document:
    """A `Document` from a PDF file's bytes (its `first_pages` only, when given). Raises
    `LoadError` for encrypted or broken files."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise LoadError(
                path, "encrypted PDF: it needs a password (save an unprotected copy to add it)"
            ) from None
        raise LoadError(path, "not a readable PDF (damaged or incomplete?)") from None
    try:
        with _collector_paused():
            return _read(pdf, path, doc_id, fallback_title, first_pages)
    finally:
        pdf.close()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the pages are read (and back on after, if it was on).

    A long file's paragraphs are all kept until the end, and a full collection walks every one
    of them each time: the 380-page sample loads 14% faster without. The loader makes no cycles
    for it to find."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _read(
    pdf: Any, path: Path, doc_id: str, fallback_title: str, first_pages: int | None
) -> Document:
    page_count = len(pdf) if first_pages is None else min(len(pdf), first_pages)
    if page_count == 0:
        raise LoadError(path, "PDF has no pages")
    meta = _metadata(pdf)
    outline = _outline(pdf, page_count)
    pages: list[PageText] = []
    sizes: Counter[float] = Counter()
    first_page_lines: list[Line] = []
    empty_pages = 0
    codes: list[tuple[int, str]] = []
    margins: list[tuple[int, str]] = []
    notices: list[tuple[int, Paragraph]] = []  # (the last page it speaks for, the notice)
    damaged = 0
    for number, read in _pages(pdf, page_count):
        lines = read or []
        if read is None:
            damaged += 1
        elif not lines:
            empty_pages += 1
        lines, notice = without_codes(lines, number, codes)
        lines = margin_numbers(lines, number, margins)
        if number == 1:
            first_page_lines = lines
        for line in lines:
            sizes[line.size] += len(line.text)
        body, edges = split_edges(reading_order(lines))
        # where a full line ends is known from a few lines: on a page of one or two, none is
        right = max([line.x1 for line in lines]) if len(lines) >= 3 else float("inf")
        page_paragraphs = paragraphs(body, right)
        align_tables(page_paragraphs)
        if notice is not None:
            if notices and notices[-1][0] == number - 1:  # said once for pages in a row
                notices[-1] = (number, notices[-1][1])
                notices[-1][1].text = CODES_NOTICE_ON
            else:
                notices.append((number, notice))
                page_paragraphs.insert(0, notice)
        for paragraph in page_paragraphs:  # positions of cells are no longer needed: a
            paragraph.cells = None  # dense form's would be most of the memory held
        pages.append(PageText(number, page_paragraphs, edges, right))
    body_size = sizes.most_common(1)[0][0] if sizes else 10.0
    title = meta.get("title") or _largest_line(first_page_lines, body_size) or fallback_title
    builder = DocumentBuilder()
    note = None
    if damaged == page_count:
        raise LoadError(path, "not a readable PDF (no page of it could be loaded)")
    if empty_pages == page_count:
        # (no number in it: the figures sidebar listed "1 page" as the scan's figure)
        pictures = "its page is an image" if page_count == 1 else "its pages are images"
        builder.block(
            "paragraph",
            f"This PDF has no text layer: {pictures} (a scan?), so there is nothing to read or "
            "search here. Open it in your viewer.",
            page=1,
        )
        note = NO_TEXT_NOTE
    else:
        if empty_pages:
            note = f"{empty_pages} of {_pages_word(page_count)} have no text layer (scanned?)"
        if damaged:
            note = f"{damaged} of {_pages_word(page_count)} damaged: could not be read"
        for number, text in codes:
            builder.remove(pictured(text), CODES_REASON, page=number)
        # one record a page ("1 2 3 … 33"): one a number flooded the original view
        for number, texts in itertools.groupby(margins, key=operator.itemgetter(0)):
            builder.remove(" ".join(text for _, text in texts), MARGIN_REASON, page=number)
        _put_back_edges(pages, builder)
        early = len(builder.removed)
        Assembler(builder, outline, body_size, title).run(pages)
        _place_by_page(builder, early)
        if codes and _only_notices(builder):
            builder.sections[:] = builder.sections[:1]  # nothing readable: said once, below
            builder.sections[0].blocks.clear()
        elif codes:
            pages_with = len({number for number, _ in codes})
            note = f"{pages_with} of {_pages_word(page_count)} partly unreadable: no character map?"
        titled = any(s.title for s in builder.sections)
        if not builder.block_count and (codes or not (titled or builder.removed)):
            builder.block(
                "paragraph",
                "This PDF's text cannot be read: its fonts give character codes, not letters "
                "(a file made without a character map?), so there is nothing to read or search "
                "here. Open it in your viewer.",
                page=1,
            )
            note = UNREADABLE_NOTE
    return builder.build(
        doc_id=doc_id,
        title=title,
        source=meta.get("author"),
        date=meta.get("date"),
        path=path.name,
        format="pdf",
        note=note,
    )


def _place_by_page(builder: DocumentBuilder, early: int) -> None:
    """The first `early` records (a page's running header, margin numbers, lines of codes),
    made before the pages' blocks, stand before the first block of their page: all stood
    before block 0, and the original view showed 350 pages' margin numbers above the text."""
    first: dict[int, int] = {}
    n = 0
    for section in builder.sections:
        for block in section.blocks:
            if block.page is not None:
                first.setdefault(block.page, n)
            n += 1
    starts = sorted(first.items())
    pages = [page for page, _ in starts]
    for i, record in enumerate(builder.removed[:early]):
        if record.page is None:
            continue
        at = bisect.bisect_left(pages, record.page)
        before = starts[at][1] if at < len(starts) else n
        builder.removed[i] = dataclasses.replace(record, before=before)


def _only_notices(builder: DocumentBuilder) -> bool:
    return not any(s.title for s in builder.sections[1:]) and all(
        block.text in (CODES_NOTICE, CODES_NOTICE_ON)
        for s in builder.sections
        for block in s.blocks
    )


def _pages_word(n: int) -> str:
    return "1 page" if n == 1 else f"{n} pages"


def _pages(pdf: Any, count: int) -> Iterator[tuple[int, list[Line] | None]]:
    """Each page's lines (None for a page PDFium cannot load: a damaged file's other pages are
    still read); every page is closed before the next is opened (memory)."""
    for index in range(count):
        try:
            with open_page(pdf, index) as textpage:
                lines = page_lines(textpage, index + 1)
        except PageError:
            yield index + 1, None
            continue
        yield index + 1, lines


def _metadata(pdf: Any) -> dict[str, str]:
    try:
        raw = pdf.get_metadata_dict()
    except Exception:  # a damaged info dictionary: no metadata, the text still loads
        return {}
    out: dict[str, str] = {}
    title = " ".join(str(raw.get("Title") or "").split())
    # (a job or page number such as "88300 162..177" is no title either)
    if (
        len(title) > 3
        and not _BAD_TITLES.match(title)
        and not _PROGRAM_REFERENCE.match(title)
        and has_letters(title, 2)
    ):
        out["title"] = title
    author = " ".join(str(raw.get("Author") or "").split())
    if author and not _PROGRAM_REFERENCE.match(author):
        out["author"] = author
    match = _PDF_DATE.match(str(raw.get("CreationDate") or ""))
    if match and 1980 <= int(match.group(1)) <= 2100:
        parts = [match.group(1), match.group(2) or "01", match.group(3) or "01"]
        if 1 <= int(parts[1]) <= 12 and 1 <= int(parts[2]) <= 31:
            out["date"] = "-".join(parts)
    return out


def _outline(pdf: Any, page_count: int) -> list[OutlineEntry]:
    """The file's bookmarks. pypdfium2 5 gives each as a `PdfBookmark` (`get_title()`,
    `get_dest().get_index()`), 4 as a named tuple (`title`, `page_index`): both are read, since
    reading only 4's made every outline fail quietly under 5 (Free Culture's 58 chapters gave way
    to its printer's marks as section titles)."""
    import pypdfium2 as pdfium

    entries: list[OutlineEntry] = []
    try:
        for item in pdf.get_toc(max_depth=6):
            title = " ".join(_bookmark_title(item).split())
            page = _bookmark_page(item)
            if title and page is not None and 0 <= page < page_count:
                if _BAD_TITLES.match(title):  # a converter's file name ("htmldoc797.html")
                    continue
                entries.append(OutlineEntry(min(item.level + 1, 6), title, page + 1))
            if len(entries) > 5000:
                break
    except (pdfium.PdfiumError, ValueError, OSError):  # a broken outline: headings by font
        return []
    return entries


def _bookmark_title(item: Any) -> str:
    title = item.get_title() if hasattr(item, "get_title") else item.title
    return str(title or "")


def _bookmark_page(item: Any) -> int | None:
    if not hasattr(item, "get_dest"):
        return item.page_index  # type: ignore[no-any-return]
    dest = item.get_dest()
    if dest is None:
        return None
    index = dest.get_index()
    return None if index is None or index < 0 else int(index)


def _largest_line(lines: list[Line], body_size: float) -> str | None:
    """The first page's title: its largest line (and the lines right below in that size), when
    that is larger than the body text; a page set all in one size has no title to find, and
    neither has one whose largest type is a table's header row or a paragraph."""
    # A page or form number ("47698") in the largest type is not a title, nor is text set up
    # the page (a rotated table's header: its box is many times taller than its type).
    candidates = [
        line
        for line in lines
        if line.top - line.bottom < 2 * line.size
        and has_letters(line.text, 2)
        and not ORNAMENT.match(line.text)  # a rule drawn in a font of ornaments
    ]
    if not candidates:
        return None
    biggest = max(line.size for line in candidates)
    if biggest < body_size * 1.1:
        return None
    top = sorted((line for line in candidates if line.size == biggest), key=lambda ln: -ln.top)
    beside = [ln for ln in top if abs(ln.bottom - top[0].bottom) < 0.35 * biggest]
    if len(beside) >= _ROW_CELLS:
        return None  # a table's header row in the largest type, not a title
    block = [top[0]]  # the lines right below each other in that size
    for line in top[1:]:
        if block[-1].bottom - line.top >= 1.5 * biggest:
            break
        block.append(line)
    if len(block) > _TITLE_LINES:
        return None  # a paragraph set larger than the rest (the page's only prose), not a title
    text = " ".join(join_text(line.text) for line in block[:3])
    return text[:300] if len(text) > 2 else None


#: Pieces of text side by side on one baseline that make a table row (two may be a title with a
#: wide blank in it: "Annual Report      2021").
_ROW_CELLS = 3
#: The most lines a title runs to: more lines in the largest type, one below the other, are prose.
_TITLE_LINES = 4


def _put_back_edges(pages: list[PageText], builder: DocumentBuilder) -> None:
    """Remove edge lines that repeat on many pages, and page numbers; keep the others."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({edge_key(line.text) for line, _ in page.edges})
    many = max(3, int(0.3 * len(pages)))
    for page in pages:
        top: list[Paragraph] = []
        bottom: list[Paragraph] = []
        for line, where in page.edges:
            key = edge_key(line.text)
            if is_page_number(line.text):
                reason = "page number"
            elif len(pages) >= 3 and counts[key] >= many:
                reason = f"repeated page {'header' if where == 'top' else 'footer'}"
            else:
                # a header never carries on into the page; a last line may, if it is full
                short = where == "top" or line.x1 < page.right - 4 * line.size
                para = Paragraph(
                    line.text, page.page, line.size, line.bold, ended_short=short, edge=True
                )
                (top if where == "top" else bottom).append(para)
                continue
            builder.remove(line.text, reason, page=page.page)
        page.paragraphs[:0] = top
        page.paragraphs.extend(bottom)
        page.edges = []
