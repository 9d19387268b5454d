"""Messages the panes post; the main screen handles them (panes never reach into each other)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:  # annotations only: the first frame needs neither class
    from ftztui.model import Figure, Hit


@dataclass
class OpenDocument(Message):
    """Open a document; at a section when `section` is given."""

    doc_id: str
    section: int | None = None


@dataclass
class OpenHit(Message):
    """Open the document of a search hit, at the hit."""

    hit: Hit


@dataclass
class ShowFigure(Message):
    """Scroll the reader to a figure of the current document and mark it."""

    figure: Figure
