"""An EPUB book as a `Document`: its chapters in spine order, through our HTML walk.

An EPUB is a zip: META-INF/container.xml names the package (.opf), whose metadata gives the
title and author, whose manifest and spine give the chapter files in reading order, and whose
navigation document (EPUB 3 nav.xhtml) or NCX (EPUB 2 toc.ncx) gives the table of contents.
Read with zipfile and lxml only (ebooklib is AGPL). A chapter is read whole: a book has no site
furniture, so the HTML loader's boilerplate removal is not used, only its block walk
(`html_walk.BlockWalk`), so that headings, lists, tables and captions come out as for a page.
Where a chapter does not open with a heading, its title from the table of contents opens its
section, so the contents pane lists what the book's own contents list.
"""

from __future__ import annotations

import contextlib
import copy
import io
import posixpath
import re
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import lxml.etree as etree

from ftztui.loaders import LoadError
from ftztui.loaders.builder import DocumentBuilder
from ftztui.loaders.html_embedded import DocumentWalk
from ftztui.loaders.html_math import math_as_text
from ftztui.loaders.html_walk import HEADINGS, element_text
from ftztui.loaders.text_blocks import add_unit
from ftztui.model import Document

_NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
}
_HTML_TYPES = ("application/xhtml+xml", "text/html", "application/x-dtbook+xml")
_SVG = "image/svg+xml"
#: A chapter file larger than this is refused (a zip bomb inflates without limit).
_MAX_MEMBER = 64 * 1024 * 1024
_NEVER = ("script", "style", "head", "svg", "noscript")
#: The note the library list shows for a book of pictures.
PICTURES_NOTE = "no text: pages are pictures"


def load_epub(data: bytes, *, path: Path, doc_id: str, fallback_title: str) -> Document:
    """A `Document` from an EPUB's bytes. Raises `LoadError` when it is not a readable EPUB."""
    try:
        book = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise LoadError(path, "not a readable EPUB (damaged zip file)") from None
    with book:
        reader = _Book(book, path)
        opf_path = reader.package_path()
        opf = reader.xml(opf_path)
        base = posixpath.dirname(opf_path)
        manifest = _manifest(opf, base)
        spine = _spine(opf, manifest)
        pages = sum(1 for _ in opf.iter("{*}itemref"))
        if not spine and not pages:
            raise LoadError(path, "EPUB has no chapters in its spine")
        toc = _toc(reader, opf, manifest)
        title = _meta(opf, "title") or fallback_title
        builder = DocumentBuilder()
        missing: list[LoadError] = []
        for chapter in spine:
            try:
                _add_chapter(reader, chapter, toc.get(chapter), builder)
            except LoadError as error:  # the rest of the book is still there to read
                if len(missing) + 1 == len(spine):
                    raise
                missing.append(error)
                builder.block("paragraph", f"A chapter cannot be read: {error.reason}.")
        note = f"{len(missing)} chapter{'s' * (len(missing) != 1)} unreadable" if missing else None
        if builder.block_count == 0:  # a comic or a picture book: say so, do not refuse it
            builder.block(
                "paragraph",
                f"This EPUB has no text: its {pages} page{'s' if pages != 1 else ''} are "
                "pictures, so there is nothing to read or search here. Open it in your viewer.",
            )
            note = PICTURES_NOTE
        return builder.build(
            doc_id=doc_id,
            title=title,
            source=_authors(opf) or _meta(opf, "publisher"),
            date=_date(_meta(opf, "date")),
            path=path.name,
            format="epub",
            note=note,
        )


class _Book:
    def __init__(self, zf: zipfile.ZipFile, path: Path) -> None:
        self.zf = zf
        self.path = path
        self.names = {info.filename: info for info in zf.infolist()}
        for info in zf.infolist():  # a name stored as UTF-8 without the zip's UTF-8 flag
            if not info.flag_bits & 0x800 and not info.filename.isascii():
                with contextlib.suppress(UnicodeError):
                    self.names.setdefault(info.filename.encode("cp437").decode("utf-8"), info)

    def read(self, name: str) -> bytes:
        info = self.names.get(name)
        if info is None:
            raise LoadError(self.path, f"EPUB lacks {name!r}")
        if info.file_size > _MAX_MEMBER:
            raise LoadError(self.path, f"EPUB member {name!r} is too large")
        try:
            return self.zf.read(info)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            raise LoadError(self.path, f"EPUB member {name!r} is damaged") from None

    def xml(self, name: str) -> Any:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
        try:
            root = etree.fromstring(self.read(name), parser)
        except etree.XMLSyntaxError:
            root = None
        if root is None:
            raise LoadError(self.path, f"EPUB member {name!r} is not XML")
        return root

    def package_path(self) -> str:
        if "META-INF/container.xml" in self.names:
            try:
                container = self.xml("META-INF/container.xml")
            except LoadError:  # a damaged container: the package file is found by its name
                container = etree.Element("container")
            for rootfile in container.iter("{*}rootfile"):
                full = rootfile.get("full-path")
                if full and full in self.names:
                    return str(full)
        opfs = [n for n in self.names if n.endswith(".opf")]
        if not opfs:
            raise LoadError(self.path, "not an EPUB (no package file)")
        return opfs[0]

    def html(self, name: str) -> Any:
        parser = etree.HTMLParser(remove_comments=True, remove_pis=True)
        root = etree.fromstring(self.read(name), parser)
        return root


def _manifest(opf: Any, base: str) -> dict[str, tuple[str, str, str]]:
    """id -> (zip path, media type, properties)."""
    items: dict[str, tuple[str, str, str]] = {}
    for item in opf.iter("{*}item"):
        href, ident = item.get("href"), item.get("id")
        if href and ident:
            full = posixpath.normpath(posixpath.join(base, unquote(href.split("#")[0])))
            items[ident] = (full, item.get("media-type", ""), item.get("properties", ""))
    return items


def _spine(opf: Any, manifest: dict[str, tuple[str, str, str]]) -> list[str]:
    """The files to read, in spine order: XHTML and SVG pages, and for a page that is a picture,
    the text document its manifest item names as fallback (a manga's dialogue), once."""
    fallbacks = {
        item.get("id"): item.get("fallback") for item in opf.iter("{*}item") if item.get("fallback")
    }
    chapters: list[str] = []
    for ref in opf.iter("{*}itemref"):
        ident = ref.get("idref", "")
        seen: set[str] = set()
        while ident in manifest and ident not in seen:  # a fallback chain ends in a text
            seen.add(ident)
            item = manifest[ident]
            if len(seen) > 1 and "nav" in item[2].split():
                break  # a picture falling back to the contents page: no text of its own
            if item[1] in _HTML_TYPES or item[1] == _SVG or item[0].endswith((".xhtml", ".html")):
                if item[0] not in chapters:
                    chapters.append(item[0])
                break
            ident = fallbacks.get(ident, "")
    return chapters


def _meta(opf: Any, name: str) -> str | None:
    for element in opf.iter(f"{{{_NS['dc']}}}{name}"):
        text = " ".join("".join(element.itertext()).split())
        if text:
            return text
    return None


#: Names listed before "and N more": a book's byline, not its list of contributors.
_MAX_AUTHORS = 3


def _authors(opf: Any) -> str | None:
    """ "Ada Lovelace, Charles Babbage": the book's authors, in the package's order.

    A creator whose role is not author (an illustrator, an editor: EPUB 2's `opf:role`, or an
    EPUB 3 `role` meta that refines it) is left out when the book also names an author.
    """
    roles: dict[str, str] = {}
    for meta in opf.iter(f"{{{_NS['opf']}}}meta"):
        refines = meta.get("refines") or ""
        if meta.get("property") == "role" and refines.startswith("#"):
            roles[refines[1:]] = (meta.text or "").strip()
    creators: list[tuple[str, str]] = []
    for element in opf.iter(f"{{{_NS['dc']}}}creator"):
        name = " ".join("".join(element.itertext()).split())
        role = element.get(f"{{{_NS['opf']}}}role") or roles.get(element.get("id") or "", "")
        if name and name not in (n for n, _ in creators):
            creators.append((name, role))
    names = [n for n, role in creators if role in ("", "aut")] or [n for n, _ in creators]
    if len(names) > _MAX_AUTHORS + 1:
        names = [*names[:_MAX_AUTHORS], f"and {len(names) - _MAX_AUTHORS} more"]
    return ", ".join(names) or None


def _date(value: str | None) -> str | None:
    if value and len(value) >= 4 and value[:4].isdigit():
        return value[:10] if len(value) >= 10 and value[4] == "-" else value[:4]
    return None


def _toc(book: _Book, opf: Any, manifest: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """Chapter file -> its first title in the book's table of contents."""
    titles: dict[str, str] = {}
    nav = next((p for p, _, props in manifest.values() if "nav" in props.split()), None)
    entries: list[tuple[str, str]] = []
    try:
        if nav is not None:
            root = book.html(nav)
            base = posixpath.dirname(nav)
            for link in root.iter("a") if root is not None else ():
                href = link.get("href")
                if href:
                    entries.append((_join(base, href), element_text(link)))
        else:
            spine = next(opf.iter("{*}spine"), None)
            ncx_id = spine.get("toc") if spine is not None else None
            ncx = manifest.get(ncx_id or "") or next(
                (v for v in manifest.values() if v[1] == "application/x-dtbncx+xml"), None
            )
            if ncx is not None:
                root = book.xml(ncx[0])
                base = posixpath.dirname(ncx[0])
                for point in root.iter("{*}navPoint"):
                    label = next(point.iter("{*}text"), None)
                    content = next(point.iter("{*}content"), None)
                    if label is not None and content is not None and content.get("src"):
                        text = " ".join("".join(label.itertext()).split())
                        entries.append((_join(base, content.get("src")), text))
    except LoadError:
        return {}  # a missing or broken contents list: the chapters' own headings remain
    for target, text in entries:
        if text and target not in titles:
            titles[target] = text
    return titles


def _join(base: str, href: str) -> str:
    return posixpath.normpath(posixpath.join(base, unquote(href.split("#")[0])))


def _add_chapter(book: _Book, name: str, title: str | None, builder: DocumentBuilder) -> None:
    if name.lower().endswith(".svg"):
        _add_svg_page(book, name, title, builder)
        return
    root = book.html(name)
    if root is None:
        return
    math_as_text(root)  # a formula read as text, not skipped like a picture
    body = root.find("body")
    if body is None:
        body = root
    _pictures_as_text(body)
    for element in list(body.iter(*_NEVER)):
        _drop(element)
    _drop_ruby_readings(body, builder)
    for element in list(body.iter(etree.Element)):
        kind = element.get("epub:type", "")
        if element.get("hidden") is not None or kind in ("page-list", "landmarks"):
            # Navigation a reading system keeps out of sight: recorded, not shown.
            builder.remove(" ".join("".join(element.itertext()).split()), "hidden navigation")
            _drop(element)
    if title and not _opens_with_heading(body):
        builder.heading(title, 1)
    DocumentWalk(builder, None).run(body)


def _pictures_as_text(body: Any) -> None:
    """A chapter with no words of its own outside its pictures (a fixed-layout page): the words
    its SVG draws (`<text>`) become paragraphs and, where a picture draws none, the description
    the book gives it (an image's alt text, an SVG's `<desc>`) becomes its caption, as a screen
    reader reads it. Not in a chapter with text of its own, where a picture is a figure and its
    `<text>` are labels ("Fig. 2", an axis)."""
    drawings = list(body.iter("svg"))
    images = [img for img in body.iter("img") if _described(img.get("alt"))]
    if not drawings and not images:
        return
    outside = copy.deepcopy(body)
    for svg in list(outside.iter("svg")):
        _drop(svg)
    if "".join(outside.itertext()).strip():
        return
    for svg in drawings:
        page = etree.Element("div")
        lines = [line for text in svg.iter("text") if (line := _svg_text(text))]
        for line in lines:
            etree.SubElement(page, "p").text = line
        description = _svg_description(svg)
        if not lines and description:
            etree.SubElement(page, "figcaption").text = description
        svg.addprevious(page)
    for img in images:
        caption = etree.Element("figcaption")
        caption.text = " ".join(img.get("alt").split())
        img.addnext(caption)


def _described(words: str | None) -> bool:
    """A description of a picture, not a label ("cover", "logo"): three words or more."""
    return words is not None and len(words.split()) >= 3


def _svg_description(svg: Any) -> str | None:
    """An SVG's own `<desc>`, when it describes (three words or more)."""
    desc = next(svg.iter("{*}desc", "desc"), None)
    words = " ".join("".join(desc.itertext()).split()) if desc is not None else ""
    return words if _described(words) else None


def _add_svg_page(book: _Book, name: str, title: str | None, builder: DocumentBuilder) -> None:
    """A page drawn in SVG (fixed-layout books): its words are its `<text>` elements, each a
    paragraph. A page of shapes alone adds nothing (the book may still be all pictures)."""
    try:
        root = book.xml(name)
    except LoadError:
        return
    lines = [line for t in root.iter("{*}text") if (line := _svg_text(t))]
    description = None if lines else _svg_description(root)
    if (lines or description) and title:
        builder.heading(title, 1)
    for line in lines:
        add_unit(builder, line)
    if description:  # a picture the book describes: its description, as its caption
        builder.block("caption", description)


#: A word broken at a line's end: "res-" then "tait" is "restait" ("Jean-" then "Claude" stays).
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-\s*\n\s*(?=[^\W\d_])")


def _svg_text(text: Any) -> str:
    """The words of an SVG `<text>`, whose lines are often `<tspan>`s placed one under the other:
    lines joined by a space, a word hyphenated at a line's end joined again."""
    pieces = [text.text or ""] + [
        f"\n{''.join(span.itertext())}{span.tail or ''}"
        if span.tag.endswith("tspan")
        else "".join(span.itertext()) + (span.tail or "")
        for span in text.iterchildren(etree.Element)
    ]
    joined = "".join(pieces).strip()
    joined = _BROKEN_WORD.sub(lambda m: "" if m.string[m.end()].islower() else "-", joined)
    return " ".join(joined.split())


def _drop_ruby_readings(body: Any, builder: DocumentBuilder) -> None:
    """Ruby readings (`<rt>`, the small kana over 憂 in <ruby>憂<rt>うれい</rt></ruby>) are
    shown above the text, not in it: read inline they split every annotated word ("憂うれい"),
    and a search for 憂い would not find it. They are recorded as removed, one line a chapter."""
    readings = list(body.iter("rt", "rp"))
    text = " ".join(" ".join("".join(e.itertext()).split()) for e in readings if e.tag == "rt")
    for element in readings:
        _drop(element)
    builder.remove(text, "ruby readings (shown above the text)")


def _drop(element: Any) -> None:
    parent = element.getparent()
    if parent is not None:
        tail = element.tail
        previous = element.getprevious()
        parent.remove(element)
        if tail:  # the text after the element stays
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail


def _opens_with_heading(body: Any) -> bool:
    """Whether the chapter's first text is a heading (then that heading names the section)."""
    for element in body.iter(etree.Element):
        if element.tag in HEADINGS:
            return bool(element_text(element))
        if element.text and element.text.strip():
            return False
    return False
