"""The main screen: contents, reader and figures side by side, the search on top of the reader.

Panes post messages; this screen coordinates them. Which sidebars show depends on the size:
>= 120 columns all three panes; 80-119 the reader and one sidebar; narrower (or under 20 rows)
the reader alone, with contents or figures as an overlay.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Literal

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical

from ftztui.model import Document, Figure
from ftztui.tui.documents import DocumentStore
from ftztui.tui.layout import section_label
from ftztui.tui.messages import OpenDocument, OpenHit, ShowFigure
from ftztui.tui.screens.search_flow import SearchFlow
from ftztui.tui.widgets.footer import KeysFooter
from ftztui.tui.widgets.reader import Reader
from ftztui.tui.widgets.status import StatusLine

Mode = Literal["wide", "medium", "narrow"]
Pane = Literal["contents", "figures"]


def one_line_error(path: Path, error: Exception) -> str:
    from ftztui.loaders import LoadError

    if isinstance(error, LoadError):
        return str(error)  # already names the file
    return f"{path.name}: {type(error).__name__}: {error}"


def layout_mode(width: int, height: int) -> Mode:
    if width < 80 or height < 20:
        return "narrow"
    return "wide" if width >= 120 else "medium"


class MainScreen(SearchFlow):
    """Reads and searches the library."""

    AUTO_FOCUS = "#reader"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (80, "-medium"), (120, "-wide")]  # noqa: RUF012
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]  # noqa: RUF012

    BINDINGS = [  # noqa: RUF012
        # priority: handled before the keys typed right after it are routed, so none is lost.
        Binding("slash", "open_search", "Search", priority=True),
        Binding("n", "next_hit", "Next hit"),
        Binding("N", "previous_hit", "Previous hit", key_display="N"),
        Binding("escape", "back", "Back", show=False),
        Binding("left_square_bracket", "previous_section", "Previous section", show=False),
        Binding("right_square_bracket", "next_section", "Next section", show=False),
        Binding("t", "toggle_pane('contents')", "Contents"),
        Binding("f", "toggle_pane('figures')", "Figures"),
        Binding("m", "mark", "Mark this place", show=False, id="ftztui.mark"),
        Binding("apostrophe,M", "marks", "Marks list", show=False, id="ftztui.marks"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self, store: DocumentStore) -> None:
        super().__init__()
        self.store = store
        self.mode: Mode = "wide"
        # Which sidebars the user wants, per layout: wide shows both, medium one, narrow none.
        self.wide_panes: set[Pane] = {"contents", "figures"}
        self.medium_pane: Pane | None = "figures"
        self.overlay: Pane | None = None
        self.init_search()

    def compose(self) -> ComposeResult:
        # The breakpoint classes Textual sets on the first resize, set before the widgets exist:
        # set after, they restyle every widget on the screen before the first frame.
        width, height = self.app.size
        for size, breakpoints in (
            (width, self.HORIZONTAL_BREAKPOINTS),
            (height, self.VERTICAL_BREAKPOINTS),
        ):
            self.add_class(max((b for b in breakpoints if size >= b[0]), default=(0, ""))[1])
        # The sidebars and the search box are mounted into their slots after the first frame:
        # the article appears sooner, and the slots keep the reader's width from jumping.
        with Horizontal(id="body"):
            yield Vertical(id="contents-slot", classes="slot")
            with Vertical(id="center"):
                yield StatusLine(id="status")
                yield Reader(id="reader")
            yield Vertical(id="figures-slot", classes="slot")
        yield KeysFooter()

    # -- start --------------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.panes_ready = False
        self.apply_layout()
        self.open_first_document()
        self.call_after_refresh(self.mount_panes)

    async def mount_panes(self) -> None:
        """After the first frame: contents, figures, the search box; then open the index."""
        # Imported here, not at the top: the first frame does not need them (~8 ms).
        from ftztui.tui.widgets.contents import Contents
        from ftztui.tui.widgets.figures import FiguresPane
        from ftztui.tui.widgets.results import ResultsPanel
        from ftztui.tui.widgets.search_box import SearchBox

        self.ftz.first_frame_drawn()
        await self.query_one("#contents-slot").mount(Contents(id="contents"))
        await self.query_one("#figures-slot").mount(FiguresPane(id="figures"))
        status = self.query_one(StatusLine)
        await self.query_one("#center").mount(
            SearchBox(id="search"), ResultsPanel(id="results-panel"), before=status
        )
        self.panes_ready = True
        self.search_box.history = list(self.ftz.state.history)
        document = self.reader.document
        self.contents.set_documents(
            self.store.placeholder_catalog(document), document.id if document else None
        )
        if document is not None:
            self.load_figures(document)
        self.ftz.open_library_index()

    def open_first_document(self) -> None:
        """Render the start document straight from its file: the index is not needed yet.

        A file that will not load is reported in one line and the next one is tried.
        """
        place = self.ftz.state.places.get(str(self.store.library.corpus))
        for path in self.store.start_files(place.path if place else None):
            try:
                document, cached = self.store.load_start_file(path)
            except Exception as error:
                self.notify(f"{path.name}: {error}", severity="error")
                continue
            if not cached:  # well under a millisecond; the next start skips the loaders
                self.store.keep_for_next_start(path, document)
            block = place.block if place and place.path == path.name else 0
            self.show_document(document, block=min(block, max(0, len(document.blocks) - 1)))
            return
        self.notify(f"No readable documents in {self.store.library.corpus}", severity="warning")

    def catalog_changed(self) -> None:
        """The index answered (or picked up new files): show its documents."""
        current = self.reader.document
        self.contents.set_documents(self.store.catalog, current.id if current else None)

    # -- documents ----------------------------------------------------------------------------

    def show_document(self, document: Document, *, block: int = 0) -> None:
        self.reader.show_document(document, block=block)
        self.ftz.remember_place(document, block)
        if self.panes_ready:
            # Figures after the text is painted: extracting them holds the interpreter.
            self.call_after_refresh(self.load_figures, document)
            self.document_opened(document)

    @work(exclusive=True, group="figures", exit_on_error=False)
    async def load_figures(self, document: Document) -> None:
        figures = await asyncio.to_thread(self.store.figures, document)
        if self.reader.document is document:
            self.figures_pane.set_figures(figures, self.emphasised_blocks())

    @work(exclusive=True, group="open", exit_on_error=False)
    async def open_document(self, doc_id: str, section: int | None = None) -> None:
        """Open a document from the contents or the palette (at a section when given)."""
        from ftztui.loaders import LoadError

        current = self.reader.document
        if current is None or current.id != doc_id:
            try:
                document = await asyncio.to_thread(self.store.get, doc_id)
            except (LoadError, OSError) as error:
                self.notify(str(error), severity="error")
                return
            if document is None:
                return
            self.show_document(document)
            self.contents.expand_document(document.id)
        if section is not None:
            self.go_to_section(section)

    def go_to_section(self, section: int) -> None:
        self.reader.scroll_to_section(section)

    def go_to_figure(self, figure: Figure) -> None:
        self.reader.mark((figure.block, figure.start, figure.end))
        self.reader.scroll_to_span(figure.block, figure.start)

    @on(OpenDocument)
    def on_open_document_request(self, message: OpenDocument) -> None:
        self.open_document(message.doc_id, message.section)
        self.close_overlay()

    @on(ShowFigure)
    def on_show_figure(self, message: ShowFigure) -> None:
        self.go_to_figure(message.figure)
        self.close_overlay()

    @on(OpenHit)
    def on_open_hit(self, message: OpenHit) -> None:
        self.open_hit(message.hit)

    @on(Reader.Moved)
    def on_reader_moved(self, message: Reader.Moved) -> None:
        document = self.reader.document
        if document is None or not document.sections:
            return
        section = document.sections[min(message.section, len(document.sections) - 1)]
        self.query_one(StatusLine).show(
            section=section_label(section.title, message.section), percent=message.percent
        )

    # -- sections -----------------------------------------------------------------------------

    def action_next_section(self) -> None:
        reader = self.reader
        if reader.current_section + 1 < reader.section_count:
            reader.scroll_to_section(reader.current_section + 1)

    def action_previous_section(self) -> None:
        reader = self.reader
        section = reader.current_section
        at_start = reader.top_block <= (
            reader.document.section_start(section) if reader.document else 0
        )
        reader.scroll_to_section(section - 1 if at_start and section > 0 else section)

    # -- layout -------------------------------------------------------------------------------

    def on_resize(self) -> None:
        self.apply_layout()

    def apply_layout(self) -> None:
        self.mode = layout_mode(self.size.width, self.size.height)
        if self.mode != "narrow":
            self.overlay = None
        for pane in ("contents", "figures"):
            widget = self.query_one(f"#{pane}-slot")
            shown = {
                "wide": pane in self.wide_panes,
                "medium": self.medium_pane == pane,
                "narrow": self.overlay == pane,
            }[self.mode]
            widget.display = shown
            widget.set_class(self.mode == "narrow", "-overlay")
        focused = self.focused
        if focused is not None and not all(node.display for node in focused.ancestors_with_self):
            self.reader.focus()

    def action_toggle_pane(self, pane: Pane) -> None:
        """t / f: show or hide contents or figures (in the layout's own way)."""
        if self.mode == "wide":
            self.wide_panes ^= {pane}
        elif self.mode == "medium":
            self.medium_pane = None if self.medium_pane == pane else pane
        else:
            self.overlay = None if self.overlay == pane else pane
        self.apply_layout()
        if self.panes_ready and self.mode == "narrow" and self.overlay == pane:
            self.query_one(f"#{pane}").focus()

    def close_overlay(self) -> bool:
        if self.overlay is None:
            return False
        self.overlay = None
        self.apply_layout()
        self.reader.focus()
        return True

    # -- keys ---------------------------------------------------------------------------------

    def action_back(self) -> None:
        """Escape: leave the search box; close an overlay; then clear the search."""
        if self.leave_search():
            return
        if self.close_overlay():
            return
        if self.focused is not self.reader:
            self.reader.focus()
            return
        self.clear_search()

    # -- marks (marking.py) --------------------------------------------------------------------

    def action_mark(self) -> None:
        from ftztui.tui import marking

        marking.mark_here(self)

    def action_marks(self) -> None:
        from ftztui.tui import marking

        marking.show_marks(self)

    def action_help(self) -> None:
        from ftztui.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def document_opened(self, document: Document) -> None:
        if self.store.info(document.id) is None and not self.store.catalog:
            # Before the index answers, the contents pane knows this document by its file.
            self.contents.set_documents(self.store.placeholder_catalog(document), document.id)
        self.search_document(document)
        self.ftz.remember_place(document, self.reader.top_block)
