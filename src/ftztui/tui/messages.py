"""Messages the panes post; the main screen handles them (panes never reach into each other)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:  # annotations only: the first frame needs neither class
    from ftztui.model import Document, Figure, Hit

#: A span of a block's text: (block number, start, end).
Span = tuple[int, int, int]


@dataclass
class OpenDocument(Message):
    """Open a document; at a section when `section` is given."""

    doc_id: str
    section: int | None = None


@dataclass
class OpenHit(Message):
    """Open the document of a search hit, at the hit."""

    hit: Hit


class NothingToOpen(Message):
    """Enter in the search box opens no hit (an empty query, none found, the index not open
    yet, a refused query): the keys typed after it, held meanwhile, go on."""


@dataclass
class ShowFigure(Message):
    """Scroll the reader to a figure of the current document and mark it."""

    figure: Figure


@dataclass
class SearchAnswered(Message):
    """The search widget's new answer is on screen: `latency` seconds after the keystroke."""

    latency: float


@dataclass
class SearchHits(Message):
    """Every hit of the active query in `document`, and the current one (or none).

    `counts` are hit counts keyed by (doc, section); (doc, None) counts a whole document.
    `status` is what the status line says ("hit 3 of 11", "11 hits", "" when no search).
    """

    document: Document | None
    spans: list[Span]
    current: Span | None
    status: str
    counts: dict[tuple[str, int | None], int]


@dataclass
class SearchHistory(Message):
    """The search history changed (most recent last)."""

    history: list[str]
