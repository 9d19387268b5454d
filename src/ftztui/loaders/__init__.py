"""Loaders: one file in, one `Document` out. No Textual.

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
    """A document id from a file name: lower-case ASCII words joined by '-'."""
    stem = Path(name).stem if "." in name else name
    ascii_ = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    return slug or "document"


def load_document(path: Path, doc_id: str | None = None) -> Document:  # pragma: no cover - stub
    """Load one file. Raises `LoadError` with a one-line reason when it cannot."""
    raise NotImplementedError


def load_corpus(corpus: Path) -> tuple[list[Document], list[LoadError]]:  # pragma: no cover
    """Load every document file in `corpus` (sorted by name)."""
    raise NotImplementedError
