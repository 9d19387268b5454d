"""Dispatch for the container formats (PDF, EPUB, Word), which are read from bytes.

Each checks its magic number first, so that a file named .pdf that is not one gets a plain
reason instead of a parser's complaint.
"""

from __future__ import annotations

from pathlib import Path

from ftztui.loaders import LoadError
from ftztui.model import Document

_MAGIC = {
    "pdf": (b"%PDF-", "not a PDF file"),
    "epub": (b"PK", "not an EPUB (zip) file"),
    "docx": (b"PK", "not a Word .docx (zip) file"),
}


def load_binary(
    path: Path,
    data: bytes,
    format_: str,
    doc_id: str,
    title: str,
    *,
    first_pages: int | None = None,
) -> Document:
    magic, refusal = _MAGIC[format_]
    if not data[:1024].lstrip().startswith(magic) and magic not in data[:1024]:
        raise LoadError(path, _ole_refusal(data, format_) or refusal)
    if format_ == "pdf":
        from ftztui.loaders.pdf import load_pdf

        document = load_pdf(
            data, path=path, doc_id=doc_id, fallback_title=title, first_pages=first_pages
        )
    elif format_ == "epub":
        from ftztui.loaders.epub import load_epub

        document = load_epub(data, path=path, doc_id=doc_id, fallback_title=title)
    else:
        from ftztui.loaders.docx import load_docx

        document = load_docx(data, path=path, doc_id=doc_id, fallback_title=title)
    if not document.sections:
        raise LoadError(path, "no readable text found")
    return document


#: An OLE2 compound file: what Office writes for a password-protected .docx, and an old .doc.
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _ole_refusal(data: bytes, format_: str) -> str | None:
    """Why a .docx that is an OLE2 file cannot be read: encrypted, or a Word 97-2003 file."""
    if format_ != "docx" or not data.startswith(_OLE):
        return None
    if "EncryptedPackage".encode("utf-16-le") in data:
        return "encrypted Word file: it needs a password (save an unprotected copy to add it)"
    return "a Word 97-2003 (.doc) file named .docx: save it as .docx in Word or LibreOffice"
