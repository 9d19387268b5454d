"""A Word file (.docx) as a `Document`, read with python-docx (MIT).

Paragraph styles give the structure, as Word users set it: "Heading N" (or a paragraph outline
level) opens a section, "Title" is the title when the core properties have none, list styles and
numbered paragraphs are list items, "Caption" captions, "Quote" quotes. A table's rows are
written as their cells joined by " | ", as the HTML loader does, so that the figures sidebar
names a number in a cell by its row and column. Page headers and footers are not part of the
text; they are recorded as removed, so nothing is lost silently.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from ftztui.loaders import LoadError
from ftztui.loaders.builder import DocumentBuilder
from ftztui.model import BlockKind, Document

_HEADING = re.compile(r"^(?:heading|überschrift|titre|标题|見出し)\s*(\d)$", re.IGNORECASE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def load_docx(data: bytes, *, path: Path, doc_id: str, fallback_title: str) -> Document:
    """A `Document` from a .docx file's bytes. Raises `LoadError` when it is not readable."""
    import docx
    from lxml.etree import XMLSyntaxError

    try:
        word = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError, OSError, EOFError):
        raise LoadError(path, "not a readable Word .docx file (damaged?)") from None
    builder = DocumentBuilder()
    title = _core(word, "title")
    styled_title: str | None = None
    for item in word.iter_inner_content():
        if hasattr(item, "rows"):
            _table(item, builder)
            continue
        text = item.text or ""
        if not text.strip():
            continue
        style = _style_name(item)
        level = _heading_level(item, style)
        if style == "title" and styled_title is None:
            styled_title = text
            if not title:
                continue  # it is the document's title, shown as such
            builder.heading(text, 1)
        elif level is not None:
            builder.heading(text, level)
        else:
            builder.block(_kind(item, style), text)
    _headers_and_footers(word, builder)
    created = word.core_properties.created or word.core_properties.modified
    return builder.build(
        doc_id=doc_id,
        title=title or styled_title or fallback_title,
        source=_core(word, "author"),
        date=created.date().isoformat() if created is not None else None,
        path=path.name,
        format="docx",
    )


def _core(word: Any, name: str) -> str | None:
    try:
        value = getattr(word.core_properties, name)
    except Exception:  # a damaged core.xml: metadata is optional
        return None
    text = " ".join(str(value or "").split())
    return text or None


def _style_name(paragraph: Any) -> str:
    try:
        style = paragraph.style
    except (KeyError, ValueError):
        return ""
    return str(style.name or "").casefold() if style is not None else ""


def _heading_level(paragraph: Any, style: str) -> int | None:
    match = _HEADING.match(style)
    if match:
        return max(1, min(int(match.group(1)), 6))
    outline = paragraph._p.find(f"{_W}pPr/{_W}outlineLvl")
    if outline is not None:
        value = outline.get(f"{_W}val", "")
        if value.isdigit() and int(value) < 6:
            return int(value) + 1
    return None


def _kind(paragraph: Any, style: str) -> BlockKind:
    if style.startswith("list") or paragraph._p.find(f"{_W}pPr/{_W}numPr") is not None:
        return "list_item"
    if style == "caption":
        return "caption"
    if "quote" in style:
        return "quote"
    if "code" in style or "preformatted" in style:
        return "code"
    return "paragraph"


def _table(table: Any, builder: DocumentBuilder) -> None:
    for row in table.rows:
        cells: list[str] = []
        last = None
        for cell in row.cells:
            if cell._tc is last:  # a merged cell repeats: one value, one column
                continue
            last = cell._tc
            cells.append(" ".join(cell.text.split()).replace("|", "/"))
        if any(cells):
            builder.block("paragraph", " | ".join(cells))


def _headers_and_footers(word: Any, builder: DocumentBuilder) -> None:
    seen: set[str] = set()
    for section in word.sections:
        for part, reason in ((section.header, "page header"), (section.footer, "page footer")):
            try:
                texts = [p.text for p in part.paragraphs]
            except Exception:  # a header part that does not parse: nothing to record
                continue
            text = " ".join(" ".join(texts).split())
            if text and text not in seen:
                seen.add(text)
                builder.remove(text, reason, before=0)
