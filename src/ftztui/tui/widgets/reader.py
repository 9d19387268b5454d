"""The reader: a document drawn line by line (Textual's Line API), only the lines on screen.

Drawing lazily (`reader_lines.py`) keeps a 2,000-paragraph document as quick to open as a short
one. All document text becomes `rich.text.Text` built from plain strings (never markup) after
`safe_text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import events, on
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scrollbar import ScrollDown, ScrollTo, ScrollUp
from textual.strip import Strip

from ftztui.model import Document
from ftztui.tui.layout import Layout, layout_document
from ftztui.tui.messages import Span
from ftztui.tui.widgets.reader_lines import LineView, strip_text

__all__ = ["Reader", "Span", "strip_text"]  # strip_text: for tests


class Reader(LineView, can_focus=True):
    """Shows one `Document`; highlights search hits and a marked figure.

    Hits stay visible without colour: underlined, the current one reversed.
    """

    DEFAULT_CSS = """
    Reader { height: 1fr; padding: 0 1; scrollbar-size-vertical: 1; }
    Reader:focus { background-tint: $foreground 2%; }
    Reader > .reader--title { text-style: bold; color: $accent; }
    Reader > .reader--meta { color: $text-muted; text-style: italic; }
    Reader > .reader--heading { text-style: bold underline; color: $primary; }
    Reader > .reader--quote { color: $text; text-style: italic; }
    Reader > .reader--code { color: $text-success; }
    Reader > .reader--caption { color: $text-muted; text-style: italic; }
    Reader > .reader--credit { color: $text-muted; text-style: dim italic; }
    Reader > .reader--list-item { }
    Reader > .reader--hit { background: $warning 35%; text-style: underline; }
    Reader > .reader--current-hit { color: $warning; text-style: bold reverse; }
    Reader > .reader--mark { background: $success 40%; text-style: bold underline; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "scroll_down", "Line down", show=False, id="ftztui.reader.line-down"),
        Binding("up,k", "scroll_up", "Line up", show=False, id="ftztui.reader.line-up"),
        Binding(
            "pagedown,space", "page_down", "Page down", show=False, id="ftztui.reader.page-down"
        ),
        Binding("pageup,b", "page_up", "Page up", show=False, id="ftztui.reader.page-up"),
        Binding("home,g", "scroll_home", "Top", show=False, id="ftztui.reader.top"),
        Binding("end,G", "scroll_end", "Bottom", show=False, id="ftztui.reader.bottom"),
        Binding("left", "scroll_left", "Scroll left", show=False, id="ftztui.reader.scroll-left"),
        Binding(
            "right", "scroll_right", "Scroll right", show=False, id="ftztui.reader.scroll-right"
        ),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader--title",
        "reader--meta",
        "reader--heading",
        "reader--quote",
        "reader--code",
        "reader--caption",
        "reader--credit",
        "reader--list-item",
        "reader--hit",
        "reader--current-hit",
        "reader--mark",
    }

    @dataclass
    class Moved(Message):
        """The reader scrolled, moved to a hit or opened a document: the section the reader is in
        (see `current_section`), the block at the top of the view and how far down it is."""

        reader: Reader
        section: int
        block: int
        percent: int

    def __init__(self, *, id: str | None = None, width_cap: int = 0) -> None:
        super().__init__(id=id)
        #: The widest a line of text may be, in columns (0: the reader's width).
        self.width_cap = width_cap
        self.document: Document | None = None
        self._layout: Layout | None = None
        self._hits: dict[int, list[tuple[int, int]]] = {}
        self._current: Span | None = None
        self._mark: Span | None = None
        self._pending_block: tuple[int, int, bool] | None = None
        #: The (block, offset) just placed a third down the view: placed again when the view's
        #: height changes (the results list closing), until the user scrolls.
        self._anchor: tuple[int, int] | None = None
        self._height = 0
        #: Drawn lines by (line number, scroll x, width); emptied whenever what they show changes.
        self._strips: dict[tuple[int, int, int], Strip] = {}

    def refresh_text(self) -> None:
        self._strips.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()  # the theme or a class changed: colours may differ

    # -- what to show -------------------------------------------------------------------------

    def show_document(
        self, document: Document, *, block: int = 0, offset: int = 0, center: bool = False
    ) -> None:
        """Replace the document; the top of the view goes to `block` (with `center`, character
        `offset` of it goes a third down the view, as `scroll_to_span` places a hit)."""
        self.document = document
        self._hits, self._current, self._mark = {}, None, None
        self._layout = None
        self._strips.clear()
        self._anchor = None
        # Block 0 means "from the top": the title and metadata line stay in view.
        self._pending_block = (block, offset, center) if block > 0 or offset > 0 else None
        self.scroll_to(y=0, animate=False, immediate=True)
        self._relayout()

    def set_hits(self, spans: list[Span], current: Span | None = None) -> None:
        """Highlight every span; `current` (one of them) distinctly."""
        hits: dict[int, list[tuple[int, int]]] = {}
        for block, start, end in spans:
            hits.setdefault(block, []).append((start, end))
        self._hits, self._current = hits, current
        self.refresh_text()
        self._report_position()

    def mark(self, span: Span | None) -> None:
        """Mark one span (a figure the user picked), or none."""
        self._mark = span
        self.refresh_text()
        self._report_position()

    def scroll_to_span(self, block: int, offset: int = 0, *, center: bool = True) -> None:
        """Bring character `offset` of `block` into view (a third down the view when centred)."""
        self._pending_block = (block, offset, center)
        if self._layout is None:
            return
        self._place_pending()

    def _place_pending(self) -> None:
        """Scroll to the place asked for last (none: the user's own scroll since holds)."""
        if self._pending_block is None or self._layout is None:
            return
        block, offset, center = self._pending_block
        self._pending_block = None
        if not 0 <= block < len(self._layout.block_lines):
            return
        line = self._layout.line_of(block, offset)
        if center:
            line = max(0, line - max(1, self.scrollable_content_region.height // 3))
        self.scroll_to(y=line, animate=False, immediate=True)
        self._anchor = (block, offset) if center else None
        self._report_position()

    def scroll_to_section(self, section: int) -> None:
        if self._layout is None or not 0 <= section < len(self._layout.section_lines):
            return
        self.user_scrolled()
        self.scroll_to(y=self._layout.section_lines[section], animate=False, immediate=True)
        self._report_position()

    def user_scrolled(self) -> None:
        """The user moved the view: it stays where they put it (no placement pending)."""
        self._anchor = self._pending_block = None

    # Paging jumps at once, as in `less`: no scroll animation to wait through.
    def action_page_down(self) -> None:
        self.user_scrolled()
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.user_scrolled()
        self.scroll_page_up(animate=False)

    def action_scroll_home(self) -> None:
        self.user_scrolled()
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self.user_scrolled()
        self.scroll_end(animate=False)

    def action_scroll_down(self) -> None:
        self.user_scrolled()
        super().action_scroll_down()

    def action_scroll_up(self) -> None:
        self.user_scrolled()
        super().action_scroll_up()

    @on(events.MouseScrollDown)
    @on(events.MouseScrollUp)
    @on(ScrollTo)  # the scrollbar dragged or clicked
    @on(ScrollUp)
    @on(ScrollDown)
    def _user_scrolled(self) -> None:
        self.user_scrolled()

    # -- where the view is --------------------------------------------------------------------

    @property
    def top_block(self) -> int:
        """The first block at or below the top of the view."""
        return self._layout.block_at(int(self.scroll_y)) if self._layout else 0

    def shows(self, block: int, offset: int) -> bool:
        """Whether character `offset` of `block` is on screen."""
        layout = self._layout
        if layout is None or not 0 <= block < len(layout.block_lines):
            return False
        top = int(self.scroll_y)
        return top <= layout.line_of(block, offset) < top + self.scrollable_content_region.height

    def view_bounds(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """(block, offset) of the first and of the last character of text on screen: where
        n and N go on from once the current hit is off screen."""
        layout = self._layout
        if layout is None:
            return (0, 0), (0, 0)
        top = int(self.scroll_y)
        shown = [line for line in layout.lines[top : top + self.size.height] if line.block >= 0]
        if not shown:  # between blocks (or past the end): the next block starts below
            return (self.top_block, 0), (self.top_block - 1, 1 << 30)
        return (shown[0].block, shown[0].start), (shown[-1].block, shown[-1].end)

    def place_in_view(self) -> tuple[int, int] | None:
        """(block, offset) of the place the user is reading: the current hit when it is on
        screen, else the first line of text at the top of the view (None: nothing to mark)."""
        layout = self._layout
        if layout is None or self.document is None or not self.document.blocks:
            return None
        top = int(self.scroll_y)
        bottom = top + self.scrollable_content_region.height
        current = self._current
        if (
            current is not None
            and 0 <= current[0] < len(layout.block_lines)
            and top <= layout.line_of(current[0], current[1]) < bottom
        ):
            return current[0], current[1]
        for line in layout.lines[top:]:
            if line.block >= 0 and line.role != "credit":
                return line.block, line.start
        return self.top_block, 0

    @property
    def passage_block(self) -> int:
        """The block the reader is on: the current hit's, else the marked figure's if either is
        in view, else the first at or below the top of the view."""
        top = self.top_block
        bottom = self._layout.block_at(int(self.scroll_y) + self.size.height) if self._layout else 0
        for span in (self._current, self._mark):
            if span is not None and top <= span[0] <= max(top, bottom):
                return span[0]
        return top

    @property
    def current_section(self) -> int:
        """The section the reader is in: the current hit's, else the marked figure's, when it is
        on screen (a hit is placed a third down the view, so the top may still show the end of
        the section before); else the section at the top of the view."""
        layout = self._layout
        if layout is None:
            return 0
        top = int(self.scroll_y)
        bottom = top + self.scrollable_content_region.height
        for span in (self._current, self._mark):
            if span is not None and 0 <= span[0] < len(layout.block_lines):
                line = layout.line_of(span[0], span[1])
                if top <= line < bottom:
                    return layout.section_at(line)
        return layout.section_at(top)

    @property
    def section_count(self) -> int:
        return len(self.document.sections) if self.document else 0

    @property
    def percent(self) -> int:
        if self.max_scroll_y <= 0:
            return 100
        return round(100 * self.scroll_y / self.max_scroll_y)

    def _report_position(self) -> None:
        if self.document is None or self._layout is None:
            return
        self.post_message(self.Moved(self, self.current_section, self.top_block, self.percent))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self._report_position()

    # -- layout -------------------------------------------------------------------------------

    def on_resize(self) -> None:
        height, self._height = self._height, self.scrollable_content_region.height
        if self.document is None:
            return
        rewrap = self._layout is None or self._layout.width != self._text_width()
        if not rewrap and height == self._height:
            return
        if self._pending_block is None and self._layout is not None:
            if self._anchor is not None:  # a hit just placed stays a third down the view
                self._pending_block = (*self._anchor, True)
            elif rewrap and int(self.scroll_y) > 0:
                # The line at the top stays there; at the very top, the title stays in view.
                self._pending_block = (*self._top_place(), False)
        if rewrap:
            self._relayout()
        else:
            self.call_after_refresh(self._place_pending)  # once the new height is known

    def _top_place(self) -> tuple[int, int]:
        """(block, offset) of the first line of text at or below the top of the view."""
        assert self._layout is not None
        for line in self._layout.lines[int(self.scroll_y) :]:
            if line.block >= 0:
                return line.block, line.start
        return self.top_block, 0

    def _text_width(self) -> int:
        # Always leave room for the vertical scrollbar, so the width does not flip (and the
        # text re-wrap) when the scrollbar appears.
        styles = self.styles
        width = max(8, self.region.width - styles.gutter.width - styles.scrollbar_size_vertical)
        return min(width, max(8, self.width_cap)) if self.width_cap else width

    def _relayout(self) -> None:
        if self.document is None or self.size.width == 0:
            return
        self._layout = layout_document(self.document, self._text_width())
        self.virtual_size = Size(self._text_width(), len(self._layout.lines))
        self.refresh_text()
        if self._pending_block is not None:
            # Scroll once the new virtual size is known to the scrollbars (unless the user
            # scrolls first, or another place is asked for: the latest wins).
            self.call_after_refresh(self._place_pending)
        else:
            self._report_position()

    # -- drawing (reader_lines.py) ------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        if self._layout is None and self.document is not None and self.region.width:
            # The first frame is drawn before the first Resize reaches the reader: lay out now,
            # so the text is in that frame rather than one ~25 ms later.
            self._relayout()
        return super().render_line(y)
