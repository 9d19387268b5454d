"""A Word file (.docx) as a `Document`, read with python-docx (MIT) and lxml.

Paragraph styles give the structure, as Word users set it: "Heading N" (or a paragraph outline
level) opens a section, "Title" is the title when the core properties have none, list styles and
numbered paragraphs are list items, "Caption" captions, "Quote" quotes. A table's rows are
written as their cells joined by " | ", as the HTML loader does, so that the figures sidebar
names a number in a cell by its row and column.

The text of each paragraph is read from its XML (`docx_text`), so that text in tracked
insertions, content controls, smart tags, fields, text boxes and equations is kept. Footnotes
and endnotes end the document in a "Notes" section. What is not the document's text is
recorded as removed, so nothing is lost silently: page headers and footers, Word's generated
table of contents, tracked deletions and reviewers' comments.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from ftztui.loaders import LoadError
from ftztui.loaders.builder import DocumentBuilder
from ftztui.loaders.docx_lists import ListNumbers
from ftztui.loaders.docx_text import (
    ALT_CHUNK,
    TBL,
    P,
    W,
    block_children,
    comment_ids,
    deleted_text,
    drop_cap,
    image_descriptions,
    mark_note_references,
    notes,
    paragraph_text,
    paragraphs_in,
    text_boxes,
    unwrap_rows_and_cells,
    without_damaged_parts,
)
from ftztui.loaders.text_shapes import CHINESE_NUMBERED_HEADING, chinese_rank
from ftztui.model import BlockKind, Document

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_HEADING = re.compile(r"^(?:heading|überschrift|titre|标题|見出し)\s*(\d)$", re.IGNORECASE)


def load_docx(data: bytes, *, path: Path, doc_id: str, fallback_title: str) -> Document:
    """A `Document` from a .docx file's bytes. Raises `LoadError` when it is not readable."""
    word, dropped = _open(data, path)
    properties = _properties(word)
    title = _core(properties, "title")
    reader = _Reader(word, title)
    reader.damaged.extend(dropped)
    reader.note_marks = mark_note_references(word.element.body)
    reader.walk(word.element.body)
    reader.add_notes()
    _headers_and_footers(word, reader.builder)
    created = _core_date(properties)
    damaged = ", ".join(reader.damaged)
    unread = ", ".join(reader.unread)
    notes = [f"damaged, not read: {damaged}" if damaged else "", f"embedded, not read: {unread}"]
    return reader.builder.build(
        doc_id=doc_id,
        title=title or reader.styled_title or fallback_title,
        source=_core(properties, "author"),
        date=created,
        path=path.name,
        format="docx",
        note="; ".join(n for n in notes if n.strip() and not n.endswith(": ")) or None,
    )


def _open(data: bytes, path: Path) -> tuple[Any, list[str]]:
    """The file opened with python-docx, and the names of parts left out because they are
    damaged (python-docx refuses a whole file for one broken part, such as its theme)."""
    import docx
    from lxml.etree import XMLSyntaxError

    failures = (zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError, OSError, EOFError)
    try:
        return docx.Document(io.BytesIO(data)), []
    except failures:
        pass
    try:
        repaired, dropped = without_damaged_parts(data)
        if dropped:
            return docx.Document(io.BytesIO(repaired)), dropped
    except failures:
        pass
    raise LoadError(path, "not a readable Word .docx file (damaged?)")


class _Reader:
    """Walks a body in order: paragraphs, tables, content controls, text boxes."""

    def __init__(self, word: Any, title: str | None) -> None:
        self.word = word
        self.title = title
        self.builder = DocumentBuilder()
        self.styled_title: str | None = None
        self.styles = _style_names(word)
        self.comment_at: dict[str, int] = {}
        #: Parts of the file left out as damaged ("styles.xml"): the library list names them.
        self.damaged: list[str] = []
        #: Embedded documents of a kind not read (an RTF part): the library list names them.
        self.unread: list[str] = []
        self._cap = ""
        self.numbers = ListNumbers(word)
        #: (tag, note id) -> the number shown where the note is referred to ("¹", "ⁱ")
        self.note_marks: dict[tuple[str, str], str] = {}

    def walk(self, container: Any) -> None:
        for element in block_children(container):
            if element.tag == TBL:
                self._table(element)
            elif element.tag == P:
                self._paragraph(element)
            elif element.tag == ALT_CHUNK:
                self._embedded(element)
            else:  # Word's generated table of contents: the contents pane lists the headings
                text = " ".join(paragraph_text(p) for p in paragraphs_in(element))
                self.builder.remove(" ".join(text.split()), "table of contents")

    def _embedded(self, chunk: Any) -> None:
        """An embedded document Word shows in place (`w:altChunk`): web applications write a
        whole .docx as one HTML part so. HTML and web archives are read; another kind (RTF, a
        .docx in the .docx) is named in the library list, as a damaged part is."""
        from ftztui.loaders.html_embedded import add_html, add_mime_html

        part = self.word.part.related_parts.get(chunk.get(f"{_R}id"))
        if part is None:
            return
        kind = part.content_type
        name = str(part.partname).rsplit("/", 1)[-1]
        try:
            if kind in ("text/html", "application/xhtml+xml") or name.endswith((".htm", ".html")):
                add_html(part.blob, self.builder)
            elif kind in ("message/rfc822", "multipart/related") or name.endswith(".mht"):
                add_mime_html(part.blob, self.builder)
            elif kind == "text/plain" or name.endswith(".txt"):
                for line in part.blob.decode("utf-8", "replace").splitlines():
                    self.builder.block("paragraph", line)
            else:
                self.unread.append(name)
        except Exception:  # a chunk that does not parse: the rest of the file is still read
            self.unread.append(name)

    def _paragraph(self, p: Any) -> None:
        for ident in comment_ids(p):
            self.comment_at.setdefault(ident, self.builder.block_count)
        self.builder.remove(deleted_text(p), "deleted (tracked change)")
        text = paragraph_text(p)
        if drop_cap(p):  # the large first letter, framed apart: it belongs to the next line
            self._cap += text.strip()
            return
        if self._cap:
            text, self._cap = self._cap + text.lstrip(), ""
        if text.strip():
            self._styled(p, text)
        for words in image_descriptions(p):  # shown in place, after its paragraph, by `o`
            self.builder.remove(words, "a picture's description (alt text)")
        for box in text_boxes(p):
            self.walk(box)

    def _styled(self, p: Any, text: str) -> None:
        style_id = _style_id(p)
        style = self.styles.get(style_id, "")
        level = _heading_level(p, style)
        if style == "title" and self.styled_title is None:
            self.styled_title = " ".join(text.split())
            if self.title:  # the properties name the document: this line opens its text
                self.builder.heading(text, 1)
        elif level is not None:
            self.builder.heading(text, level)
        elif (numbered := _numbered_heading(text)) is not None:
            self.builder.heading(text, numbered)
        elif (kind := _kind(p, style)) == "list_item" or self.numbers.numbered(p, style_id):
            level, mark = self.numbers.item(p, style_id)
            self.builder.block("list_item", text, level=level, mark=mark)
        else:
            self.builder.block(kind, text)

    def _table(self, tbl: Any) -> None:
        """Each row as its cells' texts joined by " | ": a cell spanning columns once, a cell
        merged with the one above it (`w:vMerge`) with that cell's text, as python-docx's
        `_Row.cells` has them, read from the XML in one pass (its own look-ups took 5 s on a
        table-heavy report)."""
        unwrap_rows_and_cells(tbl)
        above: dict[int, str] = {}  # grid column -> the text of the cell standing there
        for tr in tbl.iterchildren(f"{W}tr"):
            column = _grid(tr.find(f"{W}trPr/{W}gridBefore"), 0)
            cells: list[str] = []
            here: dict[int, str] = {}
            for tc in tr.iterchildren(f"{W}tc"):
                span = _grid(tc.find(f"{W}tcPr/{W}gridSpan"), 1)
                merge = tc.find(f"{W}tcPr/{W}vMerge")
                if merge is not None and merge.get(f"{W}val", "continue") == "continue":
                    text = above.get(column, "")
                else:
                    text = " ".join(paragraph_text(p) for p in paragraphs_in(tc))
                    text = " ".join(text.split()).replace("|", "/")
                for offset in range(span):
                    here[column + offset] = text
                cells.append(text)
                column += span
            above = here
            if any(cells):
                self.builder.block("paragraph", " | ".join(cells))

    def add_notes(self) -> None:
        """Footnotes and endnotes as a "Notes" section at the end; comments recorded as removed
        where they are anchored (a reviewer's remark is not the document's text)."""
        parts = _parts(self.word, self.damaged)
        texts = [
            f"{mark} {text}" if (mark := self.note_marks.get((tag, ident))) else text
            for tag in ("footnote", "endnote")
            for ident, text in notes(parts.get(tag), tag)
        ]
        if texts:
            self.builder.heading("Notes", 1)
            for text in texts:
                self.builder.block("paragraph", text)
        for ident, text in notes(parts.get("comment"), "comment"):
            at = self.comment_at.get(ident, self.builder.block_count)
            self.builder.remove(text, "comment", before=at)


def _parts(word: Any, damaged: list[str]) -> dict[str, Any]:
    """The footnotes, endnotes and comments parts of a file, parsed, by note tag. A part that
    does not parse is named in `damaged`: the body's text is still worth reading."""
    from lxml import etree

    found: dict[str, Any] = {}
    for rel in word.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind in ("footnotes", "endnotes", "comments") and not rel.is_external:
            parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
            try:
                root = etree.fromstring(rel.target_part.blob, parser)
            except (etree.XMLSyntaxError, ValueError, KeyError):
                root = None
            if root is None:
                damaged.append(rel.target_ref.rsplit("/", 1)[-1])
            else:
                found[kind[:-1]] = root
    return found


def _style_names(word: Any) -> dict[str, str]:
    """Style id -> its name, casefolded ("" is the default paragraph style's)."""
    names: dict[str, str] = {}
    try:
        for style in word.styles:
            name = str(style.name or "").casefold()
            names[str(style.style_id)] = name
            if style.element.get(f"{W}default") in ("1", "true") and style.type == 1:
                names[""] = name
    except (KeyError, ValueError, AttributeError):  # a damaged styles part: plain paragraphs
        return names
    return names


def _style_id(p: Any) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return str(style.get(f"{W}val") or "") if style is not None else ""


def _properties(word: Any) -> Any:
    """The file's core properties, or None when it has no properties part (python-docx makes
    one up then: title "Word Document", created now) or the part is damaged."""
    rels = word.part.package.rels.values()
    if not any(rel.reltype.endswith("/core-properties") for rel in rels):
        return None
    try:
        return word.core_properties
    except Exception:  # a damaged core.xml: metadata is optional
        return None


def _core(properties: Any, name: str) -> str | None:
    try:
        value = getattr(properties, name) if properties is not None else None
    except Exception:  # a damaged value
        return None
    text = " ".join(str(value or "").split())
    return text if any(c.isalnum() for c in text) else None  # not a title of "."


def _core_date(properties: Any) -> str | None:
    try:
        created = properties.created or properties.modified if properties is not None else None
    except Exception:  # a damaged date
        return None
    return created.date().isoformat() if created is not None else None


def _heading_level(p: Any, style: str) -> int | None:
    match = _HEADING.match(style)
    if match:
        return max(1, min(int(match.group(1)), 6))
    outline = p.find(f"{W}pPr/{W}outlineLvl")
    if outline is not None:
        value = outline.get(f"{W}val", "")
        if value.isdigit() and int(value) < 6:
            return int(value) + 1
    return None


def _numbered_heading(text: str) -> int | None:
    """The level of a Chinese heading typed with its number in a body paragraph ("一、总体要求",
    "（二）主要任务": Chinese documents number them so, often in the body's own style): short,
    and not ending as a sentence or a clause does."""
    text = text.strip()
    numbered = CHINESE_NUMBERED_HEADING.match(text)
    if numbered is None or len(text) > 40 or text[-1] in "。，；！？：.,;!?:":
        return None
    return chinese_rank(numbered)


def _kind(p: Any, style: str) -> BlockKind:
    if style.startswith("list") or p.find(f"{W}pPr/{W}numPr") is not None:
        return "list_item"
    if style == "caption":
        return "caption"
    if "quote" in style:
        return "quote"
    if "code" in style or "preformatted" in style:
        return "code"
    return "paragraph"


def _grid(element: Any, default: int) -> int:
    """The number a `w:gridSpan` or `w:gridBefore` element gives (`default` without one)."""
    try:
        return max(default, int(element.get(f"{W}val"))) if element is not None else default
    except (TypeError, ValueError):
        return default


def _headers_and_footers(word: Any, builder: DocumentBuilder) -> None:
    """Every section's page headers and footers (default, first page, even pages), recorded
    once each. Read from each section's references: python-docx's `Section.header` gives the
    default header only, and looks back through the sections before for a linked one (9 s on
    a 30-section report)."""
    seen: set[str] = set()
    related = word.part.related_parts
    for properties in word.element.body.iter(f"{W}sectPr"):
        for tag, reason in (("headerReference", "page header"), ("footerReference", "page footer")):
            for reference in properties.iterchildren(f"{W}{tag}"):
                try:
                    part = related[reference.get(f"{_R}id")]
                    texts = [paragraph_text(p) for p in paragraphs_in(part.element)]
                except Exception:  # missing or not parsed: nothing to record
                    continue
                text = " ".join(" ".join(texts).split())
                if text and text not in seen:
                    seen.add(text)
                    builder.remove(text, reason, before=0)
