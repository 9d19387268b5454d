"""The main screen: contents, reader and figures side by side, the search on top of the reader.

Panes (the search among them) post messages; this screen coordinates them. Which sidebars show
depends on the size: >= 120 columns all three panes; 80-119 the reader and one sidebar; narrower
(or under 20 rows) the reader alone, with contents or figures as an overlay.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.worker import WorkerCancelled, WorkerFailed

from ftztui.config import DEFAULTS, Settings
from ftztui.library import names_corpus
from ftztui.model import Document, Figure
from ftztui.opening import page_label
from ftztui.tui.documents import DocumentStore
from ftztui.tui.layout import section_label
from ftztui.tui.messages import (
    NothingToOpen,
    OpenDocument,
    OpenHit,
    SearchAnswered,
    SearchHistory,
    SearchHits,
    ShowFigure,
    Span,
)
from ftztui.tui.widgets.footer import KeysFooter
from ftztui.tui.widgets.reader import Reader
from ftztui.tui.widgets.status import StatusLine

# The panes below are mounted after the first frame; their modules are imported then, not
# before it, and looked up by type at call time.
if TYPE_CHECKING:
    from textual.timer import Timer

    from ftztui.model import Hit, SearchResult
    from ftztui.search import SearchIndex
    from ftztui.tui.app import FtzApp
    from ftztui.tui.widgets.contents import Contents
    from ftztui.tui.widgets.figures import FiguresPane
    from ftztui.tui.widgets.search import Search
    from ftztui.tui.widgets.search_box import SearchBox

Mode = Literal["wide", "medium", "narrow"]
#: Seconds the keys typed after Enter wait at most for its hit to open.
KEYS_HELD_AT_MOST = 3.0
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


class MainScreen(Screen[None]):
    """Reads and searches the library."""

    AUTO_FOCUS = "#reader"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (80, "-medium"), (120, "-wide")]  # noqa: RUF012
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]  # noqa: RUF012

    BINDINGS = [  # noqa: RUF012
        # priority: handled before the keys typed right after it are routed, so none is lost.
        Binding("slash", "open_search", "Search", priority=True, id="ftztui.search"),
        Binding("n", "next_hit", "Next hit", id="ftztui.next-hit"),
        Binding("N", "previous_hit", "Previous hit", key_display="N", id="ftztui.previous-hit"),
        Binding("escape", "back", "Back", show=False, id="ftztui.back"),
        Binding(
            "left_square_bracket",
            "previous_section",
            "Previous section",
            show=False,
            id="ftztui.previous-section",
        ),
        Binding(
            "right_square_bracket",
            "next_section",
            "Next section",
            show=False,
            id="ftztui.next-section",
        ),
        Binding("t", "toggle_pane('contents')", "Contents", id="ftztui.toggle-contents"),
        Binding("f", "toggle_pane('figures')", "Figures", id="ftztui.toggle-figures"),
        Binding(
            "o",
            "original",
            "Original: the file with removed parts dimmed",
            show=False,
            id="ftztui.original",
        ),
        Binding(
            "v",
            "open_in_viewer",
            "Open in your editor or viewer",
            show=False,
            id="ftztui.open-in-viewer",
        ),
        Binding("m", "mark", "Mark this place", show=False, id="ftztui.mark"),
        Binding("apostrophe,M", "marks", "Marks list", show=False, id="ftztui.marks"),
        Binding("question_mark", "help", "Help", key_display="?", id="ftztui.help"),
        Binding("y", "copy", "Copy passage, figure or result", show=False, id="ftztui.copy"),
        Binding("q", "app.quit", "Quit", id="ftztui.quit"),
    ]

    def __init__(self, store: DocumentStore, settings: Settings = DEFAULTS) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.mode: Mode = "wide"
        # Which sidebars the user wants, per layout: wide shows both, medium one, narrow none.
        wanted: tuple[tuple[Pane, bool], ...] = (
            ("contents", settings.contents),
            ("figures", settings.figures),
        )
        self.wide_panes: set[Pane] = {pane for pane, shown in wanted if shown}
        self.medium_pane: Pane | None = (
            "figures" if settings.figures else "contents" if settings.contents else None
        )
        self.overlay: Pane | None = None
        #: Whether the sidebars and the search are mounted (after the first frame).
        self.panes_ready = False
        #: The (document, section) the figures sidebar was last brought to.
        self._followed: tuple[str, int] | None = None
        #: Ends the hold on the keys typed after Enter, should its hit never open.
        self._hold_timer: Timer | None = None

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
                yield Reader(id="reader", width_cap=self.settings.reader_width)
            yield Vertical(id="figures-slot", classes="slot")
        yield KeysFooter()

    # -- the panes ----------------------------------------------------------------------------

    @property
    def ftz(self) -> FtzApp:
        return cast("FtzApp", self.app)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    @property
    def contents(self) -> Contents:
        from ftztui.tui.widgets.contents import Contents

        return self.query_one(Contents)

    @property
    def figures_pane(self) -> FiguresPane:
        from ftztui.tui.widgets.figures import FiguresPane

        return self.query_one(FiguresPane)

    @property
    def search(self) -> Search:
        from ftztui.tui.widgets.search import Search

        return self.query_one(Search)

    @property
    def search_box(self) -> SearchBox:
        return self.search.box

    # What the search shows, read by tests and the benchmark.
    @property
    def result(self) -> SearchResult | None:
        return self.search.result if self.panes_ready else None

    @property
    def doc_spans(self) -> list[Span]:
        return self.search.doc_spans if self.panes_ready else []

    @property
    def hit_no(self) -> int | None:
        return self.search.hit_no if self.panes_ready else None

    # -- start --------------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.apply_layout()
        self.open_first_document()
        self.call_after_refresh(self.mount_panes)

    async def mount_panes(self) -> None:
        """After the first frame: contents, figures, the search box; then open the index."""
        # Imported here, not at the top: the first frame does not need them (~8 ms).
        from ftztui.tui.widgets.contents import Contents
        from ftztui.tui.widgets.figures import FiguresPane
        from ftztui.tui.widgets.results import ResultsList
        from ftztui.tui.widgets.search import Search

        self.ftz.first_frame_drawn()
        try:
            await self.query_one("#contents-slot").mount(Contents(id="contents"))
            await self.query_one("#figures-slot").mount(FiguresPane(id="figures"))
            status = self.query_one(StatusLine)
            search = Search(id="search-pane")
            search.debounce, search.result_limit = self.settings.debounce, self.settings.results
            await self.query_one("#center").mount(search, before=status)
            if not search.is_attached:  # the app quit as the panes came ("q" at once)
                return
            search.history = list(self.ftz.state.history)
            search.box.enter_typed = self.hold_keys
            search.query_one(ResultsList).enter_typed = self.hold_keys_for_result
            self.panes_ready = True
        finally:
            self.ftz.release_keys()  # typed ahead: "/" and the query now reach the search
        document = self.reader.document
        search.document = document
        self.contents.set_documents(
            self.store.placeholder_catalog(document), document.id if document else None
        )
        if document is not None:
            self.load_figures(document)
        self.ftz.open_library_index()
        if self.settings.keys:
            self.report_clashes()

    def report_clashes(self) -> None:
        """Textual's keymap lets a key from [keys] silently take another binding's: say so."""
        from ftztui.config import config_path
        from ftztui.tui.keys import clashes

        for clash in clashes(self.settings.keys, [*self.BINDINGS, *self.app.BINDINGS]):
            self.notify(f"{config_path()}: {clash}", severity="warning", timeout=12)

    def open_first_document(self) -> None:
        """Render the start document straight from its file: the index is not needed yet.

        A file that will not load is reported in one line and the next one is tried.
        """
        corpus = self.store.library.corpus
        places = self.ftz.state.places
        # (a place recorded before corpus paths were made absolute is found too)
        place = places.get(str(corpus)) or next(
            (where for key, where in places.items() if names_corpus(key, corpus)), None
        )
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

    def index_ready(self, index: SearchIndex) -> None:
        """The index opened: search for what was typed meanwhile, find the open document's hits."""
        self.catalog_changed()
        self.search.set_index(index)
        if self.reader.document is not None:
            self.search.search_document(self.reader.document)

    def rerun_search(self) -> None:
        """The library changed: search again for what is in the box."""
        self.search.rerun()

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
            self.figures_pane.set_figures(figures, self.search.emphasised_blocks())
            self.follow_figures()

    def follow_figures(self) -> None:
        """The figures sidebar shows the figures of the section being read, not the first."""
        document = self.reader.document
        if document is not None and self.panes_ready:
            self.figures_pane.follow(document.section_start(self.reader.current_section))

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
        self.hit_opening()
        self.open_hit(message.hit)

    def hit_opening(self) -> None:
        """Enter in the search box or the results: the reader takes the focus, and the keys
        typed until the hit is open wait for it (`n` then steps from that hit)."""
        self.set_focus(self.reader)  # now: `focus()` would wait behind keys typed already
        self.hold_keys()

    def hold_keys_for_result(self) -> None:
        from ftztui.tui.widgets.results import ResultsList

        if self.search.query_one(ResultsList).highlighted_hit() is not None:
            self.hold_keys()  # Enter opens it

    def hold_keys(self) -> None:
        self.ftz.hold_keys()
        # Should the hit never open, the keys are not kept from the user for long (the timer
        # of an earlier Enter must not cut this hold short).
        if self._hold_timer is not None:
            self._hold_timer.stop()
        self._hold_timer = self.set_timer(KEYS_HELD_AT_MOST, self.ftz.release_keys)

    @on(NothingToOpen)
    def on_nothing_to_open(self) -> None:
        self.ftz.release_keys()

    # -- search -------------------------------------------------------------------------------

    def action_open_search(self) -> None:
        if self.panes_ready:  # else the first frame is still being drawn
            self.search.open()

    @on(SearchHits)
    def on_search_hits(self, message: SearchHits) -> None:
        """Hits of the active query in the open document (none: the search was cleared)."""
        if message.document is not self.reader.document and message.document is not None:
            return  # another document opened meanwhile; its own hits are on their way
        self.reader.set_hits(message.spans, message.current)
        self.contents.set_counts(message.counts)
        self.figures_pane.emphasise(frozenset(block for block, _s, _e in message.spans))
        self.show_hit_status(message.status)
        self.call_after_refresh(self.ftz.garbage.search_ended)

    @on(SearchAnswered)
    def on_search_answered(self, message: SearchAnswered) -> None:
        self.ftz.results_shown(message.latency)

    @on(SearchHistory)
    def on_search_history(self, message: SearchHistory) -> None:
        self.ftz.remember_history(message.history)

    @work(exclusive=True, group="open", exit_on_error=False)
    async def open_hit(self, hit: Hit) -> None:
        """Open the hit's document at the hit, every hit highlighted, this one distinctly."""
        try:
            await self._open_hit(hit)
        finally:  # the keys typed after Enter now act on the open hit
            self.ftz.release_keys()

    async def _open_hit(self, hit: Hit) -> None:
        from ftztui.loaders import LoadError

        try:
            document = await asyncio.to_thread(self.store.get, hit.doc)
        except (LoadError, OSError) as error:
            self.notify(str(error), severity="error")
            return
        if document is None:
            self.notify(f"{hit.title}: no longer in the library", severity="warning")
            return
        start, end = hit.highlights[0] if hit.highlights else (0, 0)
        current = (hit.block, start, end)
        if self.reader.document is not document:
            # Placed once the new layout is known: a scroll asked for now would be undone by
            # the layout's own placement, and the hit would land at the top of the view.
            self.reader.show_document(document, block=hit.block, offset=start, center=True)
            self.call_after_refresh(self.load_figures, document)
            self.contents.expand_document(document.id)
            self.ftz.remember_place(document, hit.block)
            self.reader.set_hits([(hit.block, s, e) for s, e in hit.highlights], current)
        else:
            self.reader.set_hits([(hit.block, s, e) for s, e in hit.highlights], current)
            # The results list may still be closing: the reader places the hit again as it
            # grows, so that it is a third down the view the user will see.
            self.reader.scroll_to_span(hit.block, start)
        self.reader.focus()
        finding = self.search.search_document(document, current)
        # The keys held since Enter wait for the document's hits too: `n` counts from this one.
        with contextlib.suppress(WorkerCancelled, WorkerFailed):
            await finding.wait()

    def action_next_hit(self) -> None:
        self.step_hit(+1)

    def action_previous_hit(self) -> None:
        self.step_hit(-1)

    def step_hit(self, direction: int) -> None:
        if not self.panes_ready:
            return
        reader, search = self.reader, self.search
        current = search.doc_spans[search.hit_no] if search.hit_no is not None else None
        # The current hit scrolled off screen: n and N go on from the view, not from it.
        away = current is None or not reader.shows(current[0], current[1])
        span = search.step(direction, reader.view_bounds(), away)
        if span is None:
            return
        self.reader.set_hits(self.search.doc_spans, span)
        self.reader.scroll_to_span(span[0], span[1])
        self.show_hit_status(self.search.hit_status())

    def show_hit_status(self, text: str) -> None:
        self.query_one(StatusLine).show(hits=text)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_hit", "previous_hit"):
            return bool(self.doc_spans)
        if action == "open_search" and "ftztui.search" in self.settings.keys:
            # Textual applies the keymap after dropping the keys an Input types, so a
            # printable key given to this (priority) binding would be eaten in the box.
            from textual.widgets import Input

            return not isinstance(self.focused, Input)
        return True

    @on(Reader.Moved)
    def on_reader_moved(self, message: Reader.Moved) -> None:
        document = self.reader.document
        if document is None or not document.sections:
            return
        section = document.sections[min(message.section, len(document.sections) - 1)]
        if self._followed != (document.id, message.section):
            self._followed = (document.id, message.section)
            self.follow_figures()
        self.query_one(StatusLine).show(
            section=section_label(section.title, message.section),
            percent=message.percent,
            page=page_label(document, message.block),
        )

    def action_open_in_viewer(self) -> None:
        """v: the open document in the user's editor or viewer, at the place being read."""
        from ftztui.tui.viewer import open_current

        said = open_current(
            self.app, self.store.library, self.reader.document, self.reader.top_block
        )
        status = self.query_one(StatusLine)
        status.flash(said, seconds=8.0)
        if not status.fits(said):
            # Cut short on an 80-column line the message loses its point, the file's path.
            self.notify(said, timeout=8)

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
        if pane == "figures":
            self.follow_figures()
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
        if self.panes_ready and self.search.leave():
            self.reader.focus()
            return
        if self.close_overlay():
            return
        if self.focused is not self.reader:
            self.reader.focus()
            return
        if self.panes_ready:
            self.search.clear()

    def action_copy(self) -> None:
        """y: copy the highlighted result or figure (when that list has the focus), else the
        passage in the reader, with its document and section; the status line says so."""
        from ftztui.tui import copying
        from ftztui.tui.widgets.figures import FiguresPane
        from ftztui.tui.widgets.results import ResultsList

        focused, document = self.focused, self.reader.document
        copied: copying.Copied | None = None
        if isinstance(focused, ResultsList) and (hit := focused.highlighted_hit()):
            copied = copying.result(hit)
        elif isinstance(focused, FiguresPane) and (figure := focused.highlighted_figure()):
            copied = copying.figure(figure, document.title if document else "")
        elif document is not None:
            copied = copying.passage(document, self.reader.passage_block)
        status = self.query_one(StatusLine)
        if copied is None:
            status.flash("nothing to copy here")
            return
        self.app.copy_to_clipboard(copied.text)
        status.flash(copied.status)

    # -- marks (marking.py) --------------------------------------------------------------------

    def action_mark(self) -> None:
        from ftztui.tui import marking

        marking.mark_here(self)

    def action_marks(self) -> None:
        from ftztui.tui import marking

        marking.show_marks(self)

    def action_help(self) -> None:
        from ftztui.tui.screens.help import HelpScreen

        everywhere = [*self.BINDINGS, *self.app.BINDINGS]
        self.app.push_screen(HelpScreen(everywhere, self.settings.keys))

    def action_original(self) -> None:
        from ftztui.tui.screens.original import OriginalScreen

        if self.reader.document is not None:
            self.app.push_screen(OriginalScreen(self.reader.document, self.reader.top_block))

    def document_opened(self, document: Document) -> None:
        if self.store.info(document.id) is None and not self.store.catalog:
            # Before the index answers, the contents pane knows this document by its file.
            self.contents.set_documents(self.store.placeholder_catalog(document), document.id)
        self.search.search_document(document)
        self.ftz.remember_place(document, self.reader.top_block)
