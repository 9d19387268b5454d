"""The text of WordprocessingML elements, read from the XML as Word shows it.

python-docx's `Paragraph.text` reads only the runs and hyperlinks directly in a paragraph. Real
Word files put much of their text elsewhere, and it was lost without a word: runs inside
tracked insertions (`w:ins`), smart tags, simple fields and content controls (`w:sdt`), text
boxes and shapes (`w:txbxContent`), equations (`m:t`). Here a paragraph's text is every text
node in it, in order, except what Word does not show as the paragraph's text:

- deleted text (`w:delText`, tracked moves away): returned apart, to be recorded as removed;
- text boxes: their paragraphs are blocks of their own, after the paragraph that anchors them;
- the fallback copy of a drawing (`mc:Fallback`), which repeats its `mc:Choice`;
- field instructions (`w:instrText`: `HYPERLINK "..."`, `PAGEREF _Toc1`), whose result is shown.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from typing import Any, Final

from ftztui.scripts import scripted

W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_M: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MC: Final = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

P: Final = f"{W}p"
TBL: Final = f"{W}tbl"
TXBX: Final = f"{W}txbxContent"
#: An embedded document (HTML, a web archive, RTF) that Word shows in place.
ALT_CHUNK: Final = f"{W}altChunk"
#: Subtrees whose text is not the paragraph's own text.
_SKIP: Final = frozenset({TXBX, f"{_MC}Fallback", f"{W}pPr", f"{W}rPr", f"{W}del", f"{W}moveFrom"})
_DELETED: Final = frozenset({f"{W}del", f"{W}moveFrom"})
_TEXT: Final = frozenset({f"{W}t", f"{_M}t"})
_RUN: Final = f"{W}r"
_VERT_ALIGN: Final = f"{W}rPr/{W}vertAlign"
_BREAKS: Final = {f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}
#: Containers whose children are blocks (paragraphs and tables), walked through.
_THROUGH: Final = frozenset({f"{W}sdtContent", f"{W}customXml", f"{W}smartTag"})


def paragraph_text(p: Any) -> str:
    """The text Word shows for paragraph `p`, without its text boxes."""
    parts: list[str] = []
    _collect(p, parts)
    return "".join(parts)


def _collect(element: Any, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _RUN and (shift := _shift(child)) is not None:
            run: list[str] = []
            _collect(child, run)
            text = "".join(run)
            parts.append(scripted(text, below=shift == "subscript") or text)
        elif tag in _TEXT:
            parts.append(child.text or "")
        elif tag in _BREAKS:
            parts.append(_BREAKS[tag])
        elif len(child):
            _collect(child, parts)


def _shift(run: Any) -> str | None:
    """ "superscript" or "subscript" for a run Word sets above or below the line, else None."""
    align = run.find(_VERT_ALIGN)
    value = None if align is None else align.get(f"{W}val")
    return value if value in ("superscript", "subscript") else None


def deleted_text(p: Any) -> str:
    """Text of paragraph `p` deleted with changes tracked (shown struck through in Word)."""
    pieces = [
        "".join(t.text or "" for t in element.iter(f"{W}delText")) for element in p.iter(*_DELETED)
    ]
    return " ".join(" ".join(pieces).split())


_DOC_PR: Final = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"


def image_descriptions(p: Any) -> list[str]:
    """The alt text the writer gave each picture in paragraph `p` (each once, not its fallback).

    Word keeps it in an attribute, not in the text; a reader shows the picture, not the words.
    """
    found: list[str] = []
    for pr in p.iter(_DOC_PR):
        ancestor = pr.getparent()
        while ancestor is not None and ancestor is not p and ancestor.tag != f"{_MC}Fallback":
            ancestor = ancestor.getparent()
        words = " ".join((pr.get("descr") or pr.get("title") or "").split())
        if ancestor is p and words:
            found.append(words)
    return found


def text_boxes(p: Any) -> list[Any]:
    """The text boxes anchored in paragraph `p` (each once, not its fallback copy)."""
    boxes: list[Any] = []
    for box in p.iter(TXBX):
        ancestor = box.getparent()
        while ancestor is not None and ancestor is not p:
            if ancestor.tag == f"{_MC}Fallback" or ancestor.tag == TXBX:
                break
            ancestor = ancestor.getparent()
        else:
            boxes.append(box)
    return boxes


def paragraphs_in(container: Any) -> Iterator[Any]:
    """Every paragraph in `container` in order, through tables and content controls (a text
    box inside a paragraph is not entered: `text_boxes` gives it)."""
    for child in container:
        tag = child.tag
        if tag == P:
            yield child
        elif isinstance(tag, str) and len(child) and tag not in _SKIP:
            yield from paragraphs_in(child)


def block_children(container: Any) -> Iterator[Any]:
    """The paragraphs and tables of a body, a cell or a text box, in order, through content
    controls and custom XML; a table of contents control is yielded whole (`w:sdt`)."""
    for child in container:
        tag = child.tag
        if tag in (P, TBL, ALT_CHUNK):
            yield child
        elif tag == f"{W}sdt":
            if is_contents(child):
                yield child
            else:
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    yield from block_children(content)
        elif tag in _THROUGH:
            yield from block_children(child)


def unwrap_rows_and_cells(tbl: Any) -> None:
    """Take rows and cells out of the content controls that wrap them (python-docx reads only
    a table's direct rows and a row's direct cells). Changes the parsed tree, not the file."""
    wrappers = [
        element
        for element in tbl.iter(f"{W}sdt", f"{W}customXml")
        if element.getparent() is not None and element.getparent().tag in (TBL, f"{W}tr")
    ]
    for wrapper in reversed(wrappers):  # inner ones first
        parent = wrapper.getparent()
        content = wrapper.find(f"{W}sdtContent")
        children = list(content if content is not None else wrapper)
        at = parent.index(wrapper)
        parent.remove(wrapper)
        for offset, child in enumerate(c for c in children if c.tag != f"{W}sdtPr"):
            parent.insert(at + offset, child)


def is_contents(sdt: Any) -> bool:
    """Whether a content control is Word's generated table of contents."""
    gallery = sdt.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    return gallery is not None and "contents" in (gallery.get(f"{W}val") or "").casefold()


def drop_cap(p: Any) -> bool:
    """Whether paragraph `p` is a drop cap: the first letter of the next paragraph."""
    frame = p.find(f"{W}pPr/{W}framePr")
    return frame is not None and frame.get(f"{W}dropCap") in ("drop", "margin")


def comment_ids(p: Any) -> list[str]:
    """Ids of the comments anchored in paragraph `p`."""
    return [
        str(mark.get(f"{W}id"))
        for mark in p.iter(f"{W}commentRangeStart", f"{W}commentReference")
        if mark.get(f"{W}id") is not None
    ]


_ROMAN_RAISED = str.maketrans("ivxlcdm", "ⁱᵛˣˡᶜᵈᵐ")


def mark_note_references(body: Any) -> dict[tuple[str, str], str]:
    """Put each footnote's and endnote's number where Word shows it, raised ("¹" for
    footnotes, "ⁱ" for endnotes, as Word numbers them by default), in the body's tree (a copy
    in memory: the file is not touched), and give the numbers by (tag, note id). A note with
    its own mark typed after the reference (`w:customMarkFollows`) gets none."""
    from ftztui.loaders.list_marks import list_number
    from ftztui.scripts import scripted

    marks: dict[tuple[str, str], str] = {}
    counts = {"footnote": 0, "endnote": 0}
    for ref in list(body.iter(f"{W}footnoteReference", f"{W}endnoteReference")):
        tag = "footnote" if ref.tag == f"{W}footnoteReference" else "endnote"
        ident = str(ref.get(f"{W}id"))
        if ref.get(f"{W}customMarkFollows") in ("1", "true", "on"):
            continue
        if (tag, ident) not in marks:
            counts[tag] += 1
            if tag == "footnote":
                marks[tag, ident] = scripted(str(counts[tag])) or str(counts[tag])
            else:
                marks[tag, ident] = list_number(counts[tag], "i").translate(_ROMAN_RAISED)
        text = ref.makeelement(f"{W}t", {})
        text.text = marks[tag, ident]
        ref.getparent().replace(ref, text)
    return marks


def notes(root: Any, tag: str) -> Iterator[tuple[str, str]]:
    """(id, text) of each footnote, endnote or comment in a part (not Word's separator
    lines); nothing when the file has no such part (`root` None)."""
    if root is None:
        return
    for note in root.iter(f"{W}{tag}"):
        if note.get(f"{W}type") not in (None, "normal"):
            continue
        text = " ".join(" ".join(paragraph_text(p) for p in paragraphs_in(note)).split())
        if text:
            yield str(note.get(f"{W}id")), text


def without_damaged_parts(data: bytes) -> tuple[bytes, list[str]]:
    """The package with each XML part that does not parse left out, with the relationships
    that lead to it, and the names of those parts. A damaged main document or relationships
    file is kept as far as it parses. Works on a copy in memory; the file is not touched."""
    from lxml import etree

    strict = etree.XMLParser(resolve_entities=False, no_network=True)
    lenient = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    source = zipfile.ZipFile(io.BytesIO(data))
    parts: dict[str, bytes] = {}
    dropped: list[str] = []
    for info in source.infolist():
        try:
            blob = source.read(info)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            dropped.append(info.filename)
            continue
        if info.filename.endswith((".xml", ".rels")):
            try:
                etree.fromstring(blob, strict)
            except etree.XMLSyntaxError:
                root = _recovered(blob, lenient)
                if root is None or not info.filename.endswith((".rels", "document.xml")):
                    dropped.append(info.filename)
                    continue
                blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
        parts[info.filename] = blob
    for name, blob in list(parts.items()):
        if name.endswith(".rels") and dropped:
            parts[name] = _without_targets(name, blob, set(dropped), strict)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, blob in parts.items():
            package.writestr(name, blob)
    return out.getvalue(), [posixpath.basename(name) for name in dropped]


def _recovered(blob: bytes, parser: Any) -> Any:
    from lxml import etree

    try:
        return etree.fromstring(blob, parser)
    except etree.XMLSyntaxError:
        return None


def _without_targets(name: str, blob: bytes, gone: set[str], parser: Any) -> bytes:
    """A relationships part without the relationships to parts in `gone`."""
    from lxml import etree

    root = etree.fromstring(blob, parser)
    base = posixpath.dirname(posixpath.dirname(name))  # word/_rels/x.rels -> word
    for rel in list(root):
        target = rel.get("Target") or ""
        full = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
        if posixpath.normpath(full) in gone:
            root.remove(rel)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
