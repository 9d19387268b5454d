"""The documents the reader has opened, loaded once and kept (with their figures) by id.

Loading goes through the same loader the index used, so the reader shows exactly the indexed
blocks. Before the index has answered, documents are known by their files only. No Textual here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ftztui.library import Library
from ftztui.model import Document, Figure

if TYPE_CHECKING:
    from ftztui.results import DocInfo

SEED_FILE = "chongqing-ftz-four-years.txt"


class DocumentStore:
    """Catalog of the library plus a cache of loaded documents and their figures."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.catalog: list[DocInfo] = []
        self._by_id: dict[str, DocInfo] = {}
        self._documents: dict[str, Document] = {}
        self._figures: dict[str, list[Figure]] = {}

    def set_catalog(self, catalog: list[DocInfo]) -> None:
        self.catalog = list(catalog)
        self._by_id = {info.id: info for info in catalog}

    def info(self, doc_id: str) -> DocInfo | None:
        return self._by_id.get(doc_id)

    def start_files(self, remembered: str | None = None) -> list[Path]:
        """Files to try at start, best first: the remembered one, the article, the rest."""
        files = self.library.document_files()
        by_name = {f.name: f for f in files}
        first = [by_name[n] for n in dict.fromkeys((remembered, SEED_FILE)) if n in by_name]
        return first + [f for f in files if f not in first]

    def load_file(self, path: Path, doc_id: str | None = None) -> Document:
        """Load one file (LoadError when it cannot be read) and remember it by its id."""
        from ftztui.loaders import load_document

        document = load_document(path, doc_id)
        self._documents[document.id] = document
        return document

    def load_start_file(self, path: Path) -> tuple[Document, bool]:
        """Like `load_file`, from the start-document cache when it holds this file; and
        whether it did (when not, `keep_for_next_start` is worth calling)."""
        from ftztui.tui import start_cache

        document = start_cache.read(path)
        if document is None:
            return self.load_file(path), False
        self._documents[document.id] = document
        return document, True

    def keep_for_next_start(self, path: Path, document: Document) -> None:
        from ftztui.tui import start_cache

        start_cache.write(path, document)

    def get(self, doc_id: str) -> Document | None:
        """A loaded document by id; loads it through the catalog the first time."""
        if doc_id in self._documents:
            return self._documents[doc_id]
        if doc_id.startswith("file:"):  # known by its file only (the index has not answered)
            return self.load_file(self.library.corpus / doc_id.removeprefix("file:"))
        info = self._by_id.get(doc_id)
        if info is None or info.path is None:
            return None
        return self.load_file(self.library.corpus / info.path, doc_id)

    def cached(self, doc_id: str) -> Document | None:
        return self._documents.get(doc_id)

    def forget_others(self, keep: str | None) -> None:
        """Drop cached documents but `keep` (the library changed; they may be stale)."""
        for doc_id in [d for d in self._documents if d != keep]:
            self._documents.pop(doc_id, None)
            self._figures.pop(doc_id, None)

    def figures(self, document: Document) -> list[Figure]:
        if document.id not in self._figures:
            from ftztui.figures import extract_figures

            self._figures[document.id] = list(extract_figures(document))
        return self._figures[document.id]

    def placeholder_catalog(self, current: Document | None) -> list[DocInfo]:
        """Until the index answers: the open document fully, the other files by name."""
        from ftztui.results import DocInfo  # after the first frame (see model.py)

        infos: list[DocInfo] = []
        for path in self.library.document_files():
            if current is not None and current.path == path.name:
                infos.append(info_of(current))
            else:
                infos.append(DocInfo(f"file:{path.name}", path.name, path.name, None, None, (), 0))
        return infos


def info_of(document: Document) -> DocInfo:
    from ftztui.results import DocInfo

    return DocInfo(
        document.id,
        document.title,
        document.path,
        document.source,
        document.date,
        tuple(section.title for section in document.sections),
        len(document.blocks),
    )
