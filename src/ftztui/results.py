"""The search results of the shared model (`ftztui.model` re-exports them): what a query found,
and what the index knows of a document. Frozen dataclasses, no Textual, no Whoosh.

Kept apart from `ftztui.model` so that `ftztui search`, which never loads a document, does not
create the document classes (frozen dataclasses cost ~0.8 ms each to create, on every cold start).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ftztui.model import BlockKind


@dataclass(frozen=True)
class Hit:
    """One matching block, with the exact spans to highlight in its text."""

    doc: str
    title: str
    section: str | None
    block: int
    text: str
    highlights: tuple[tuple[int, int], ...]
    score: float
    kind: BlockKind = "paragraph"
    #: The page the block starts on, for paged formats (PDF); else None.
    page: int | None = None

    @property
    def place(self) -> str:
        """Where the hit is, in a reader's words: "p. 12" in a PDF, else ""."""
        return f"p. {self.page}" if self.page is not None else ""


@dataclass(frozen=True)
class SearchResult:
    """The answer to one query."""

    query: str
    #: The query actually run when a typo was corrected, else None.
    corrected: str | None
    #: How many passages match: all of them, not only the `hits` shown.
    total: int
    hits: tuple[Hit, ...]
    #: A one-line message for the user (a refused query, a clamped fuzzy edit), else None.
    message: str | None = None
    #: Figures of the library whose (doc, block) matched, for the TUI to emphasise.
    matched_blocks: frozenset[tuple[str, int]] = field(default_factory=frozenset)


@dataclass(frozen=True)
class DocInfo:
    """What the index knows of a document without loading it: for lists and the contents pane."""

    id: str
    title: str
    path: str | None
    source: str | None
    date: str | None
    section_titles: tuple[str | None, ...]
    blocks: int
    #: The loader's one-line note about the file ("no text layer: scanned?"), else None.
    note: str | None = None
