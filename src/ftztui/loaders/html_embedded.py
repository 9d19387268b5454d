"""HTML inside another document: an EPUB's chapters, the HTML part a Word file embeds
(`w:altChunk`, how many web applications write .docx). Read with the page walk's structure
(headings, lists, tables, captions) but without its news-page rules: in a book or a report, a
line such as "Editor: ..." or a dateline is the author's text, not a site's byline."""

from __future__ import annotations

import email
from typing import Any

from ftztui.loaders.builder import DocumentBuilder
from ftztui.loaders.html_walk import BlockWalk
from ftztui.loaders.text_blocks import add_unit


class DocumentWalk(BlockWalk):
    """The HTML walk, every paragraph the document's own."""

    def _paragraph(self, text: str) -> None:
        add_unit(self.builder, text)


def add_html(data: bytes, builder: DocumentBuilder) -> None:
    """The blocks of an HTML document's body, added to `builder`."""
    from ftztui.loaders.html import decode_html, parse_page

    root = parse_page(decode_html(data))
    body = root.find("body")
    DocumentWalk(builder, None).run(body if body is not None else root)


def add_mime_html(data: bytes, builder: DocumentBuilder) -> None:
    """The blocks of a web archive's (.mht, MIME) page."""
    page = mime_html(data)
    if page is not None:
        add_html(page, builder)


def mime_html(data: bytes) -> bytes | None:
    """The page of a web archive (.mhtml, as a browser's "Save as single file" writes it; .mht):
    its first HTML part, decoded from its transfer encoding. None when it has none."""
    message: Any = email.message_from_bytes(data)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            return payload if isinstance(payload, bytes) else None
    return None
