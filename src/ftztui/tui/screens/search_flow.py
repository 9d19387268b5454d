"""Search on the main screen: as-you-type results, hits in the reader, n / N, Escape.

The base class of `MainScreen`, kept apart so each file reads in one sitting. Searches run in an
exclusive worker: a debounce sleep, then the index call in a thread; a generation number makes
sure a slow, stale answer never replaces a newer one.
"""

from __future__ import annotations

import asyncio
from time import perf_counter
from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen
from textual.widgets import Input

from ftztui.model import Document
from ftztui.tui.documents import DocumentStore
from ftztui.tui.widgets.reader import Reader, Span

# The panes below are mounted after the first frame; their modules are imported then (by the
# main screen), not before it, and looked up here by type at call time.
if TYPE_CHECKING:
    from ftztui.model import Hit, SearchResult
    from ftztui.tui.app import FtzApp
    from ftztui.tui.widgets.contents import Contents
    from ftztui.tui.widgets.figures import FiguresPane
    from ftztui.tui.widgets.results import ResultsPanel
    from ftztui.tui.widgets.search_box import SearchBox

DEBOUNCE = 0.12
RESULT_LIMIT = 20
DOCUMENT_HIT_LIMIT = 2000


class SearchFlow(Screen[None]):
    """The search half of the main screen (which adds layout and navigation)."""

    store: DocumentStore

    @property
    def ftz(self) -> FtzApp:
        from ftztui.tui.app import FtzApp

        assert isinstance(self.app, FtzApp)
        return self.app

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
    def search_box(self) -> SearchBox:
        from ftztui.tui.widgets.search_box import SearchBox

        return self.query_one(SearchBox)

    @property
    def results_panel(self) -> ResultsPanel:
        from ftztui.tui.widgets.results import ResultsPanel

        return self.query_one(ResultsPanel)

    def in_search(self) -> bool:
        """Whether the search box or the results list has the focus."""
        from ftztui.tui.widgets.results import ResultsList
        from ftztui.tui.widgets.search_box import SearchBox

        return isinstance(self.focused, (SearchBox, ResultsList))

    def load_figures(self, document: Document) -> object:
        """Show `document`'s figures (the main screen does it in a worker)."""
        raise NotImplementedError

    def init_search(self) -> None:
        #: The query whose hits are shown ("" when no search is active).
        self.query_text = ""
        self.result: SearchResult | None = None
        self.doc_spans: list[Span] = []
        self.hit_no: int | None = None
        self._generation = 0

    # -- the box ------------------------------------------------------------------------------

    panes_ready = False

    def action_open_search(self) -> None:
        if not self.panes_ready:
            return  # the first frame is still being drawn
        # Shown and focused at once (not on the next refresh), so keys typed right after "/"
        # land in the box.
        self.search_box.display = True
        self.set_focus(self.search_box)

    def leave_search(self) -> bool:
        """Escape from the box or the results list: back to the reader, the search kept."""
        if not self.panes_ready or not self.in_search():
            return False
        if not self.search_box.value.strip():
            self.search_box.display = False
        self.reader.focus()
        return True

    def on_descendant_focus(self) -> None:
        if not self.panes_ready:
            return
        self.show_results_panel(self.in_search() and self.result is not None)

    def show_results_panel(self, show: bool) -> None:
        # The panel's own `display`, not a class on the column: a class change restyles every
        # widget in the column, ~1/3 of a keystroke's time on a busy machine.
        panel = self.results_panel
        if panel.display != show:
            panel.display = show

    # Named handlers, not @on: decorators on a mixin are not registered by Textual.
    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input is not self.search_box:
            return
        self.ftz.typed_at = perf_counter()
        self._generation += 1
        self.run_search(event.value, self._generation, DEBOUNCE)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input is not self.search_box:
            return
        query = event.value.strip()
        if not query:
            return
        self.search_box.remember(query)
        self.ftz.remember_history(self.search_box.history)
        if self.result is not None and self.result.query == event.value:
            if self.result.hits:
                self.open_hit(self.result.hits[0])
            return
        self._generation += 1
        self.run_search(event.value, self._generation, 0.0, open_first=True)

    def on_search_box_to_results(self) -> None:
        from ftztui.tui.widgets.results import ResultsList

        results = self.query_one(ResultsList)
        if results.hits:
            results.focus()
            results.highlight_first()

    # -- running a search ---------------------------------------------------------------------

    @work(exclusive=True, group="search", exit_on_error=False)
    async def run_search(
        self, query: str, generation: int, delay: float, open_first: bool = False
    ) -> None:
        if delay:
            await asyncio.sleep(delay)
        panel = self.results_panel
        index = self.ftz.index
        if not query.strip():
            self.clear_hits()
            return
        if index is None:
            panel.show_message("Opening the index… results appear when it is ready.")
            self.show_results_panel(True)
            return
        try:
            result = await asyncio.to_thread(index.search, query, limit=RESULT_LIMIT)
        except Exception as error:  # a query the index refuses: tell the user, keep going
            panel.show_message(f"Search failed for {query!r}: {error}")
            return
        if generation != self._generation:
            return  # a newer query is on its way; never show an older answer over it
        self.show_result(result)
        if open_first and result.hits:
            self.open_hit(result.hits[0])
        elif self.reader.document is not None:
            # After the results are painted: the list is what the user is waiting for.
            self.call_after_refresh(self.search_document, self.reader.document)

    def show_result(self, result: SearchResult) -> None:
        self.result = result
        self.query_text = result.query
        self.results_panel.show(result)
        self.on_descendant_focus()
        self.ftz.results_shown()

    def rerun_search(self) -> None:
        """The index became ready or changed: search again for what is in the box."""
        if self.search_box.value.strip():
            self._generation += 1
            self.run_search(self.search_box.value, self._generation, 0.0)

    @work(exclusive=True, group="document-search", exit_on_error=False)
    async def search_document(self, document: Document, current: Span | None = None) -> None:
        """Every hit of the active query in `document`: highlighted, counted, stepped by n / N."""
        index, query = self.ftz.index, self.query_text
        if index is None or not query.strip():
            return
        result = await asyncio.to_thread(
            index.search, query, limit=DOCUMENT_HIT_LIMIT, doc=document.id
        )
        if self.reader.document is not document or query != self.query_text:
            return
        spans = sorted((hit.block, s, e) for hit in result.hits for s, e in hit.highlights)
        self.doc_spans = spans
        self.hit_no = spans.index(current) if current in spans else None
        self.reader.set_hits(spans, current)
        self.show_counts(document, result)
        self.figures_pane.emphasise(self.emphasised_blocks())
        self.show_hit_status()
        self.call_after_refresh(self.ftz.garbage.search_ended)

    def show_counts(self, document: Document, result: SearchResult) -> None:
        counts: dict[tuple[str, int | None], int] = {}
        for doc, _block in self.result.matched_blocks if self.result else ():
            counts[(doc, None)] = counts.get((doc, None), 0) + 1
        if self.result and not self.result.matched_blocks:
            for hit in self.result.hits:
                counts[(hit.doc, None)] = counts.get((hit.doc, None), 0) + 1
        for block, _s, _e in self.doc_spans:
            key = (document.id, document.section_of_block(block))
            counts[key] = counts.get(key, 0) + 1
        counts[(document.id, None)] = len(self.doc_spans)
        self.contents.set_counts(counts)

    def emphasised_blocks(self) -> frozenset[int]:
        return frozenset(block for block, _s, _e in self.doc_spans)

    # -- hits in the reader -------------------------------------------------------------------

    @work(exclusive=True, group="open", exit_on_error=False)
    async def open_hit(self, hit: Hit) -> None:
        """Open the hit's document at the hit, every hit highlighted, this one distinctly."""
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
            self.reader.show_document(document, block=hit.block)
            self.call_after_refresh(self.load_figures, document)
            self.contents.expand_document(document.id)
            self.ftz.remember_place(document, hit.block)
        self.reader.set_hits([(hit.block, s, e) for s, e in hit.highlights], current)
        self.reader.scroll_to_span(hit.block, start)
        self.reader.focus()
        self.search_document(document, current)

    def action_next_hit(self) -> None:
        self.step_hit(+1)

    def action_previous_hit(self) -> None:
        self.step_hit(-1)

    def step_hit(self, direction: int) -> None:
        spans = self.doc_spans
        if not spans:
            self.notify("No hits in this document.", timeout=2)
            return
        if self.hit_no is None:
            top = self.reader.top_block
            after = [i for i, span in enumerate(spans) if span[0] >= top]
            number = (
                (after[0] if after else 0) if direction > 0 else (after[0] - 1 if after else -1)
            )
        else:
            number = self.hit_no + direction
        if not 0 <= number < len(spans):
            self.notify("Search wrapped around.", timeout=2)
        self.hit_no = number % len(spans)
        span = spans[self.hit_no]
        self.reader.set_hits(spans, span)
        self.reader.scroll_to_span(span[0], span[1])
        self.show_hit_status()

    def show_hit_status(self) -> None:
        total = len(self.doc_spans)
        if not self.query_text:
            text = ""
        elif self.hit_no is None:
            text = f"{total} hit{'s' if total != 1 else ''}"
        else:
            text = f"hit {self.hit_no + 1} of {total}"
        from ftztui.tui.widgets.status import StatusLine

        self.query_one(StatusLine).show(hits=text)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_hit", "previous_hit"):
            return bool(self.doc_spans)
        return True

    # -- clearing -----------------------------------------------------------------------------

    def clear_hits(self) -> None:
        self.result = None
        self.query_text = ""
        self.doc_spans, self.hit_no = [], None
        self.reader.set_hits([])
        self.contents.set_counts({})
        self.figures_pane.emphasise(frozenset())
        self.show_results_panel(False)
        self.show_hit_status()
        self.call_after_refresh(self.ftz.garbage.search_ended)

    def clear_search(self) -> None:
        """Escape in the reader: forget the search, hide the box."""
        self._generation += 1
        with self.search_box.prevent(Input.Changed):
            self.search_box.value = ""
        self.clear_hits()
        self.search_box.display = False
