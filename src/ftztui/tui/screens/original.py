"""The document as the file had it: every part the loader left out put back where it stood,
dimmed and labelled with the reason, so a user can always check that nothing was lost."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from ftztui.model import Document, Removed, list_prefixes
from ftztui.safetext import safe_text
from ftztui.tui.screens.scrolling import ScrollKeys
from ftztui.tui.widgets.footer import KeysFooter


def original_text(doc: Document, starts: list[int] | None = None) -> Text:
    """The kept blocks in reading order with the removed parts between them, each removed part
    behind "[removed: reason]" (readable without colour) and dimmed. Document text is data:
    it goes in as plain text, never as markup. `starts`, when given, receives where each
    block's part begins (its section's heading or the removed parts before it included)."""
    text = Text()
    text.append(safe_text(doc.title), style="bold")
    text.append("\n")
    count = len(doc.removed)
    if not count:
        text.append("The loader removed nothing from this file.", style="italic")
    else:
        text.append(f"{count} removed part{'s' * (count != 1)}, shown dimmed.", style="italic")
    text.append(" o or Esc: back to the reader.\n", style="italic")
    waiting = list(doc.removed)
    n = 0
    for section in doc.sections:
        section_at = len(text)
        if section.title:
            waiting = _removed_before(text, waiting, n)
            text.append(f"\n{safe_text(section.title)}\n", style="bold underline")
        for number, block in enumerate(section.blocks):
            if starts is not None:
                starts.append(len(text) if number else section_at)
            before = len(text)
            waiting = _removed_before(text, waiting, n)
            after_item = number and section.blocks[number - 1].kind == "list_item"
            if not (block.kind == "list_item" and after_item and len(text) == before):
                text.append("\n")  # a list's items stand together, as in the reader
            if block.kind == "list_item":
                text.append(list_prefixes(block)[0])
            text.append(safe_text(block.text))
            if block.credit:
                text.append(f" ({safe_text(block.credit)})")
            text.append("\n")
            n += 1
    _removed_before(text, waiting, n)
    return text


def _removed_before(text: Text, waiting: list[Removed], block: int) -> list[Removed]:
    """Append the removed parts that stood before block number `block`; return the rest."""
    done = 0
    for part in waiting:
        if part.before > block:
            break
        done += 1
        where = f"line {part.line}, " if part.line is not None else ""
        text.append("\n")
        text.append(f"[removed: {where}{part.reason}] ", style="dim italic")
        text.append(safe_text(part.text), style="dim")
        text.append("\n")
    return waiting[done:]


class OriginalScreen(ScrollKeys, Screen[None]):
    """The open document as its file had it, removed parts included (dimmed)."""

    DEFAULT_CSS = """
    OriginalScreen #original { padding: 0 2; }
    OriginalScreen #original-text, OriginalScreen #original-here { width: 100%; max-width: 100; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,o,q", "dismiss", "Back to the reader", id="ftztui.original-back"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False, id="ftztui.original-down"),
        Binding("k,up", "scroll('up')", "Scroll up", show=False, id="ftztui.original-up"),
        Binding(
            "space,pagedown", "page('down')", "Page down", show=False, id="ftztui.original-pgdn"
        ),
        Binding("b,pageup", "page('up')", "Page up", show=False, id="ftztui.original-pgup"),
        Binding("g,home", "edge('top')", "Top", show=False, id="ftztui.original-top"),
        Binding("G,end", "edge('bottom')", "Bottom", show=False, id="ftztui.original-bottom"),
    ]

    def __init__(self, document: Document, block: int = 0) -> None:
        super().__init__()
        self.document = document
        #: The block being read when the view was asked for: it opens there.
        self.block = block

    def compose(self) -> ComposeResult:
        starts: list[int] = []
        text = original_text(self.document, starts)
        cut = starts[self.block] if 0 < self.block < len(starts) else 0
        with VerticalScroll(id="original"):
            if not cut:
                yield Static(text, id="original-text")
            else:
                yield Static(text[:cut], id="original-text")
                yield Static(text[cut:], id="original-here")
        # The line saying how to go back is scrolled away when the view opens mid-document.
        yield KeysFooter()

    def on_mount(self) -> None:
        here = self.query("#original-here")
        if here:
            self.call_after_refresh(
                self.query_one(VerticalScroll).scroll_to_widget,
                here.first(),
                top=True,
                animate=False,
            )
