"""The search: a box with results as you type, and the hits of the query in the open document.

A widget that owns the search's state (the query shown, its answer, the document's hits, the
current hit, the history) and posts messages (`messages.py`); the main screen passes them on to
the reader, the contents, the figures and the status line, and tells this widget which document
is open and when the index is ready. Searches run in an exclusive worker: a debounce sleep, then
the index call in a thread; a generation number makes sure a slow, stale answer never replaces a
newer one.
"""

from __future__ import annotations

import asyncio
from time import perf_counter
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input

from ftztui.tui.messages import (
    NothingToOpen,
    OpenHit,
    SearchAnswered,
    SearchHistory,
    SearchHits,
    Span,
)
from ftztui.tui.widgets.results import ResultsList, ResultsPanel
from ftztui.tui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from ftztui.model import Document, SearchResult
    from ftztui.search import SearchIndex

#: Seconds the search waits after a keystroke for the next one.
DEBOUNCE = 0.12
#: Passages listed for a query.
RESULT_LIMIT = 20
#: Hits highlighted in the open document.
DOCUMENT_HIT_LIMIT = 2000

Counts = dict[tuple[str, int | None], int]


class Search(Vertical):
    """The search box above its results; hidden until `/` opens it."""

    DEFAULT_CSS = """
    Search { height: auto; }
    Search > SearchBox { display: none; margin: 0 1; border: none; }
    Search > ResultsPanel { display: none; height: 1fr; border-bottom: hkey $accent; }
    """

    #: Seconds to wait after a keystroke before searching (the config may change it).
    debounce: float = DEBOUNCE
    #: Passages listed for a query (the config may change it).
    result_limit: int = RESULT_LIMIT

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.index: SearchIndex | None = None
        #: The document open in the reader (the screen keeps it up to date).
        self.document: Document | None = None
        #: The query whose hits are shown ("" when no search is active).
        self.query_text = ""
        self.result: SearchResult | None = None
        self.doc_spans: list[Span] = []
        self.hit_no: int | None = None
        self.typed_at = 0.0
        self._generation = 0
        #: Enter was pressed before the index opened: open the first hit once it answers.
        self._open_when_ready = False

    def compose(self) -> ComposeResult:
        yield SearchBox(id="search")
        yield ResultsPanel(id="results-panel")

    @property
    def box(self) -> SearchBox:
        return self.query_one(SearchBox)

    @property
    def panel(self) -> ResultsPanel:
        return self.query_one(ResultsPanel)

    @property
    def history(self) -> list[str]:
        return self.box.history

    @history.setter
    def history(self, history: list[str]) -> None:
        self.box.history = list(history)

    # -- the box ------------------------------------------------------------------------------

    def open(self) -> None:
        """Show the box and focus it at once (not on the next refresh), so the keys typed
        right after "/" land in it."""
        self.box.display = True
        self.screen.set_focus(self.box)

    def in_search(self) -> bool:
        """Whether the search box or the results list has the focus."""
        return isinstance(self.screen.focused, (SearchBox, ResultsList))

    def leave(self) -> bool:
        """Escape from the box or the results list (the search kept): whether focus was here.
        The screen then gives the focus back to the reader."""
        if not self.in_search():
            return False
        if not self.box.value.strip():
            self.box.display = False
        return True

    def on_descendant_focus(self) -> None:
        self.show_panel(self.in_search() and self.result is not None)

    def on_descendant_blur(self) -> None:
        self.show_panel(self.in_search() and self.result is not None)

    def show_panel(self, show: bool) -> None:
        # The panel's own `display` and this widget's inline height, not a class: a class
        # change restyles every widget below it (each result too), which cost a keystroke
        # ~50 ms in bench_tui.py.
        if self.panel.display != show:
            self.panel.display = show
            self.styles.height = "2fr" if show else "auto"

    @on(Input.Changed, "SearchBox")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self.typed_at = perf_counter()
        self._generation += 1
        self.run_search(event.value, self._generation, self.debounce)

    @on(Input.Submitted, "SearchBox")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        query = event.value.strip()
        if not query:
            self.post_message(NothingToOpen())
            return
        self.box.remember(query)
        self.post_message(SearchHistory(list(self.box.history)))
        if self.result is not None and self.result.query == event.value:
            self.open_first(self.result)
            return
        self._generation += 1
        self.run_search(event.value, self._generation, 0.0, open_first=True)

    def open_first(self, result: SearchResult | None) -> None:
        """Open the first hit of `result`, or say that Enter opens nothing."""
        if result is not None and result.hits:
            self.post_message(OpenHit(result.hits[0]))
        else:
            self.post_message(NothingToOpen())

    @on(SearchBox.ToResults)
    def _to_results(self, event: SearchBox.ToResults) -> None:
        event.stop()
        results = self.query_one(ResultsList)
        if results.hits:
            results.focus()
            results.highlight_first()

    # -- running a search ---------------------------------------------------------------------

    def set_index(self, index: SearchIndex | None) -> None:
        """The index opened (or changed): search again for what is in the box."""
        self.index = index
        self.rerun()

    def rerun(self) -> None:
        if self.box.value.strip():
            self._generation += 1
            self.run_search(self.box.value, self._generation, 0.0, self._open_when_ready)

    @work(exclusive=True, group="search", exit_on_error=False)
    async def run_search(
        self, query: str, generation: int, delay: float, open_first: bool = False
    ) -> None:
        result: SearchResult | None = None
        try:
            result = await self._search(query, generation, delay, open_first)
        finally:  # cancelled or failed too: Enter's hold on the keys typed after it ends
            if open_first:
                self.open_first(result)

    async def _search(
        self, query: str, generation: int, delay: float, open_first: bool
    ) -> SearchResult | None:
        """Search after `delay`; the result shown, or None (none, stale, refused, no index)."""
        if delay:
            await asyncio.sleep(delay)
        panel, index = self.panel, self.index
        if not query.strip():
            self.clear_hits()
            return None
        if index is None:
            panel.show_message("Opening the index… results appear when it is ready.")
            self.show_panel(True)
            self._open_when_ready = open_first
            return None
        self._open_when_ready = False
        try:
            result = await asyncio.to_thread(index.search, query, limit=self.result_limit)
        except Exception as error:  # a query the index refuses: tell the user, keep going
            panel.show_message(f"Search failed for {query!r}: {error}")
            return None
        if generation != self._generation:
            return None  # a newer query is on its way; never show an older answer over it
        self.show_result(result)
        if not open_first and self.document is not None:
            # After the results are painted: the list is what the user is waiting for.
            self.call_after_refresh(self.search_document, self.document)
        return result

    def show_result(self, result: SearchResult) -> None:
        self.result = result
        self.query_text = result.query
        self.panel.show(result)
        self.on_descendant_focus()
        # Stamped by the refresh that paints the answer (a message to the screen would arrive
        # after it, and its own after-refresh wait for the refresh after that).
        typed_at = self.typed_at
        self.app.call_after_refresh(
            lambda: self.post_message(SearchAnswered(perf_counter() - typed_at))
        )

    @work(exclusive=True, group="document-search", exit_on_error=False)
    async def search_document(self, document: Document, current: Span | None = None) -> None:
        """Every hit of the active query in `document` (now open in the reader), posted as
        `SearchHits` for the reader to highlight and n / N to step through."""
        self.document = document
        index, query = self.index, self.query_text
        if index is None or not query.strip():
            return
        result = await asyncio.to_thread(
            index.search, query, limit=DOCUMENT_HIT_LIMIT, doc=document.id
        )
        if self.document is not document or query != self.query_text:
            return
        # A passage found through its section's title has no word of its own to highlight: it
        # counts as one hit at its start, so the reader, `n` and the contents agree with the
        # results list.
        spans = sorted(
            (hit.block, s, e) for hit in result.hits for s, e in (hit.highlights or [(0, 0)])
        )
        self.doc_spans = spans
        self.hit_no = spans.index(current) if current in spans else None
        self._post_hits(current, counts=self._counts(document))

    def _counts(self, document: Document) -> Counts:
        counts: Counts = {}
        for doc, _block in self.result.matched_blocks if self.result else ():
            counts[(doc, None)] = counts.get((doc, None), 0) + 1
        if self.result and not self.result.matched_blocks:
            for hit in self.result.hits:
                counts[(hit.doc, None)] = counts.get((hit.doc, None), 0) + 1
        for block, _s, _e in self.doc_spans:
            key = (document.id, document.section_of_block(block))
            counts[key] = counts.get(key, 0) + 1
        counts[(document.id, None)] = len(self.doc_spans)
        return counts

    def _post_hits(self, current: Span | None, counts: Counts | None = None) -> None:
        status, spans = self.hit_status(), list(self.doc_spans)
        self.post_message(SearchHits(self.document, spans, current, status, counts or {}))

    def emphasised_blocks(self) -> frozenset[int]:
        """The blocks with a hit of the active query (their figures stand out)."""
        return frozenset(block for block, _s, _e in self.doc_spans)

    # -- hits in the reader -------------------------------------------------------------------

    def step(
        self, direction: int, view: tuple[tuple[int, int], tuple[int, int]], from_view: bool
    ) -> Span | None:
        """n / N: make the next or previous hit current and return it; None when the document
        has no hits. Counted from the current hit, or (`from_view`, or none current) from the
        reader's `view`, its first and last (block, offset) on screen, as `less` and vim do:
        n takes the first hit at or below the top of the view, N the last at or above its
        bottom."""
        spans = self.doc_spans
        if not spans:
            self.notify("No hits in this document.", timeout=2)
            return None
        if self.hit_no is None or from_view:
            top, bottom = view
            if direction > 0:
                number = next((i for i, s in enumerate(spans) if s[:2] >= top), len(spans))
            else:
                number = next(
                    (i for i, s in reversed(list(enumerate(spans))) if s[:2] <= bottom), -1
                )
        else:
            number = self.hit_no + direction
        if not 0 <= number < len(spans):
            self.notify("Search wrapped around.", timeout=2)
        self.hit_no = number % len(spans)
        return spans[self.hit_no]

    def hit_status(self) -> str:
        total = len(self.doc_spans)
        if not self.query_text:
            return ""
        if self.hit_no is None:
            return f"{total} hit{'s' if total != 1 else ''}"
        return f"hit {self.hit_no + 1} of {total}"

    # -- clearing -----------------------------------------------------------------------------

    def clear_hits(self) -> None:
        self.result = None
        self.query_text = ""
        self.doc_spans, self.hit_no = [], None
        self.show_panel(False)
        self._post_hits(None)

    def clear(self) -> None:
        """Escape in the reader: forget the search, hide the box."""
        self._generation += 1
        with self.box.prevent(Input.Changed):
            self.box.value = ""
        self.clear_hits()
        self.box.display = False
