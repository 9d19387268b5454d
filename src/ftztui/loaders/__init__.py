"""Loaders: one file in, one `Document` out. No Textual, and nothing heavy imported here.

`load_document(path)` picks the loader by suffix; `load_corpus(folder)` loads every document and
returns the ones that failed as `LoadError`s (one line each, naming the file) instead of raising,
so that one bad file never stops the rest of the library.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ftztui.model import Document


class LoadError(Exception):
    """A file that could not be loaded; `str()` is one line naming the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


def slugify(name: str) -> str:
    """A document id from a file name: its lower-case words joined by '-', accents dropped
    ("Café Notes.md" is "cafe-notes"), other scripts kept as they are: "吉林：长春.txt" is
    "吉林-长春". Every Chinese file name was "document" once, and the library listed
    "document-2", "document-3" ... (`NFKC` first: full-width "ＦＴＺ" is "ftz")."""
    stem = Path(name).stem if "." in name else name
    kept: list[str] = []
    base = 0
    for c in unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", stem)):
        if not unicodedata.combining(c):
            base = ord(c)
            kept.append(c)
        elif not (base < 0x250 or 0x1E00 <= base < 0x1F00):  # a Latin letter's accent goes;
            kept.append(c)  # Japanese "デ", Cyrillic "й" keep theirs
    words = unicodedata.normalize("NFC", "".join(kept)).lower()
    slug = _NOT_WORD.sub("-", words).strip("-")
    return slug or "document"


#: What separates the words of an id: anything but a letter or digit of any script.
_NOT_WORD = re.compile(r"[\W_]+")


#: Files above this are refused: far above any article (a 5 MB single-line file loads fine),
#: low enough that a stray disk image or log dump cannot exhaust memory.
MAX_FILE_BYTES = 64 * 1024 * 1024

_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".pdf": "pdf",
    ".epub": "epub",
    ".docx": "docx",
}
#: Formats stored as binary containers: their loaders take the file's bytes, not decoded text.
_BINARY = frozenset({"pdf", "epub", "docx"})


def title_from_file_name(name: str) -> str:
    """A readable fallback title: "pilot-free-trade_zones.md" -> "pilot free trade zones"."""
    stem = Path(name).stem
    return re.sub(r"[-_\s]+", " ", stem).strip() or name


def load_document(
    path: Path | str, doc_id: str | None = None, *, first_pages: int | None = None
) -> Document:
    """Load one file. Raises `LoadError` with a one-line reason when it cannot.

    `first_pages` reads only that many pages of a paged format (PDF): enough to check that a
    file opens and to know its title, at a fraction of the cost of a long report.
    The same file always gives the same `Document`. Every text and metadata value is free of
    control characters and terminal escape sequences and is NFC-normalised.
    """
    path = Path(path)
    format_ = _FORMATS.get(path.suffix.lower())
    if format_ is None:
        raise LoadError(path, f"unsupported file type {path.suffix or '(none)'!r}")
    data = _read_bytes(path)
    from ftztui.loaders.decode import NotText

    try:
        return _parse(path, data, format_, doc_id or slugify(path.name), first_pages)
    except (LoadError, NotText):
        raise
    except RecursionError:
        raise LoadError(path, "too deeply nested to read") from None
    except Exception as exc:  # a parser failing on odd input: report it, keep the library going
        raise LoadError(path, f"could not be parsed ({type(exc).__name__})") from None


def _read_bytes(path: Path) -> bytes:
    try:
        if not path.is_file():
            if path.is_symlink():
                raise LoadError(path, "broken or looping symbolic link")
            raise LoadError(path, "not a regular file" if path.exists() else "no such file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(
                path, f"too large ({size / 2**20:.1f} MB; the limit is {MAX_FILE_BYTES >> 20} MB)"
            )
        with path.open("rb") as f:
            # as many bytes as the file has (a read of the limit's size makes a buffer that
            # large first: a tenth of a millisecond, a tenth of a one-page PDF's load), then
            # whatever it grew by since, up to the limit
            data = f.read(size + 1)
            if len(data) > size:
                data += f.read(MAX_FILE_BYTES + 1 - len(data))
    except PermissionError:
        raise LoadError(path, "permission denied") from None
    except OSError as exc:
        raise LoadError(path, exc.strerror or type(exc).__name__) from None
    if len(data) > MAX_FILE_BYTES:
        raise LoadError(path, f"too large (the limit is {MAX_FILE_BYTES >> 20} MB)")
    return data


def _parse(
    path: Path, data: bytes, format_: str, doc_id: str, first_pages: int | None = None
) -> Document:
    from ftztui.loaders.clean import clean_text
    from ftztui.loaders.decode import NotText, decode_bytes

    if not data or data.isspace():  # (not `strip()`, which copies the whole file)
        raise LoadError(path, "empty file")
    if format_ in _BINARY:
        from ftztui.loaders.binary import load_binary

        title = title_from_file_name(path.name)
        return load_binary(path, data, format_, doc_id, title, first_pages=first_pages)
    if format_ == "mhtml":  # a browser's "single file" page: the page inside the archive
        from ftztui.loaders.html_embedded import mime_html

        page = mime_html(data)
        if page is None:
            raise LoadError(path, "no web page in this web archive")
        data, format_ = page, "html"
    try:
        if format_ == "html":
            from ftztui.loaders.html import decode_html

            text = decode_html(data)
        else:
            text = decode_bytes(data)
    except NotText as exc:
        raise LoadError(path, str(exc)) from None
    controls = _controls_by_line(text) if format_ != "html" else []
    text = clean_text(text)
    if not text.strip():
        raise LoadError(path, "no text in file")
    title = title_from_file_name(path.name)
    if format_ == "markdown":
        from ftztui.loaders.markdown import load_markdown

        document = load_markdown(text, doc_id=doc_id, fallback_title=title, path=path.name)
    elif format_ == "html":
        from ftztui.loaders.html import load_html

        document = load_html(text, doc_id=doc_id, fallback_title=title, path=path.name)
    else:
        from ftztui.loaders.text import load_text

        document = load_text(text, doc_id=doc_id, fallback_title=title, path=path.name)
    if not document.sections:
        raise LoadError(path, "no readable text found")
    return _with_controls(document, controls) if controls else document


def _controls_by_line(text: str) -> list[tuple[int, str, str]]:
    """(line number, the controls it held shown visibly, its text without them) for each line
    of a text or Markdown file holding escape sequences or control characters, which cleaning
    deletes: a user's file loses nothing silently, not even a colour code."""
    from ftztui.loaders.clean import clean_text, dropped_controls

    if dropped_controls(text) is None:  # (one scan: most files hold none)
        return []
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        shown = dropped_controls(line)
        if shown:
            found.append((number, shown, " ".join(clean_text(line).split())))
    return found


def _with_controls(document: Document, controls: list[tuple[int, str, str]]) -> Document:
    """`document` with its file's control characters on record, each before the block that
    holds the rest of its line (or at the start)."""
    import dataclasses

    from ftztui.model import Removed

    texts = [" ".join(block.text.split()) for block in document.blocks]
    added = []
    for number, shown, rest in controls:
        probe = rest[:40]
        before = next((i for i, t in enumerate(texts) if probe and probe in t), 0)
        added.append(Removed(shown, "control characters (not text)", before, number, None))
    removed = sorted([*document.removed, *added], key=lambda r: r.before)
    return dataclasses.replace(document, removed=tuple(removed))


def unique_ids(paths: list[Path]) -> list[str]:
    """`slugify(name)` for each path, with -2, -3... added where two names slug the same."""
    seen: dict[str, int] = {}
    taken = {slugify(p.name) for p in paths}
    ids: list[str] = []
    for p in paths:
        base = slugify(p.name)
        n = seen.get(base, 0) + 1
        seen[base] = n
        candidate = base if n == 1 else f"{base}-{n}"
        while n > 1 and candidate in taken:
            n += 1
            seen[base] = n
            candidate = f"{base}-{n}"
        taken.add(candidate)
        ids.append(candidate)
    return ids


def load_corpus(corpus: Path | str) -> tuple[list[Document], list[LoadError]]:
    """Load every document file in `corpus` (sorted by name); failures are returned, not raised."""
    from ftztui.library import corpus_files

    paths = corpus_files(Path(corpus))
    documents: list[Document] = []
    errors: list[LoadError] = []
    for path, doc_id in zip(paths, unique_ids(paths), strict=False):
        try:
            documents.append(load_document(path, doc_id))
        except LoadError as exc:
            errors.append(exc)
    return documents, errors
