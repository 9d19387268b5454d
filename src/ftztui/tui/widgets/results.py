"""Search results: passages grouped by document, each with its section and a highlighted snippet."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.padding import Padding
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ftztui.model import Hit, SearchResult
from ftztui.safetext import one_line
from ftztui.tui.messages import OpenHit

SNIPPET_CHARS = 160
_CLAUSE_ENDS = "，。、；：！？"
_CLOSING = _CLAUSE_ENDS + "）」』》”’"


def snippet(hit: Hit, chars: int = SNIPPET_CHARS) -> Text:
    """A window of the hit's text around its first highlight, every highlight in it marked."""
    text = hit.text
    first = hit.highlights[0][0] if hit.highlights else 0
    start = max(0, first - chars // 4)
    if start:
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + chars)
    if not text.isascii():
        start, end = _within_cells(text, first, start, end, chars)
    out = Text("…" if start else "", end="")
    shift = len(out.plain) - start
    out.append(one_line(text[start:end]))
    if end < len(text):
        out.append("…")
    for lo, hi in hit.highlights:
        lo, hi = max(lo, start), min(hi, end)
        if lo < hi:
            out.stylize("bold reverse", lo + shift, hi + shift)
    return out


def _within_cells(text: str, first: int, start: int, end: int, cells: int) -> tuple[int, int]:
    """The window narrowed to `cells` terminal cells (a Chinese character takes two), still
    holding the first highlight: a snippet of Chinese is as many lines as one of English."""
    from rich.cells import cell_len

    lead = start
    while lead < first and cell_len(text[lead:first]) > cells // 4:
        lead += 1
    # Begin at a clause, never on the mark that ends the one before (、，。 after the ellipsis).
    clause = max(text.rfind(mark, lead, first) for mark in _CLAUSE_ENDS)
    if clause != -1:
        lead = clause + 1
    while lead < first and text[lead] in _CLOSING:
        lead += 1
    used = cell_len(text[lead:first])
    stop = first
    while stop < end and used + cell_len(text[stop]) <= cells:
        used += cell_len(text[stop])
        stop += 1
    return lead, stop


def summary(result: SearchResult) -> Text:
    """ "11 passages", and "showing results for …" when the query was corrected."""
    if result.message and not result.hits:
        return Text(one_line(result.message))
    noun = "passage" if result.total == 1 else "passages"
    text = Text(f"{result.total} {noun}", style="bold", end="")
    if result.total > len(result.hits):
        text.append(f" (first {len(result.hits)})")
    if result.corrected:
        text.append(" · showing results for ")
        text.append(one_line(result.corrected), style="bold italic")
    if result.message:
        text.append(" · " + one_line(result.message))
    if not result.hits:
        text = Text(f"No passages match {one_line(result.query)!r}.")
    return text


def hit_prompt(hit: Hit) -> Padding:
    """Section, then the snippet, every wrapped line indented under the document's title.

    A left padding, not a two-column grid: the list measures and draws every prompt on each
    search, and a grid's column measuring made that ~40% slower for the same lines.
    """
    section = Text(one_line(hit.section) if hit.section else "Beginning", style="italic dim")
    if hit.page is not None:
        section.append(f" · {hit.place}", style="dim")
    return Padding(Text("\n", end="").join([section, snippet(hit)]), (0, 0, 0, 2), expand=True)


class ResultsList(OptionList):
    """The list of hits; Enter opens the highlighted one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="ftztui.results.down"),
        Binding("k", "cursor_up", "Up", show=False, id="ftztui.results.up"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: list[Hit] = []
        #: Called by the app as it routes Enter here (see `SearchBox.enter_typed`).
        self.enter_typed: Callable[[], None] | None = None

    def show(self, result: SearchResult) -> None:
        self.hits = list(result.hits)
        options: list[Option | None] = []
        doc: str | None = None
        for number, hit in enumerate(result.hits):
            if hit.doc != doc:
                doc = hit.doc
                options.append(Option(Text(one_line(hit.title), style="bold"), disabled=True))
            options.append(Option(hit_prompt(hit), id=f"hit-{number}"))
        self.set_options(options)
        self.highlight_first()

    def highlighted_hit(self) -> Hit | None:
        option = self.highlighted_option
        if option is None or not option.id:
            return None
        return self.hits[int(option.id.removeprefix("hit-"))]

    def highlight_first(self) -> None:
        for index, option in enumerate(self.options):
            if not option.disabled:
                self.highlighted = index
                return

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(OpenHit(self.hits[int(event.option.id.removeprefix("hit-"))]))


class ResultsPanel(Vertical):
    """The summary line above the results list."""

    DEFAULT_CSS = """
    ResultsPanel > #results-summary {
        padding: 0 1; color: $text-muted; height: auto; max-height: 3;  /* long: wrapped */
    }
    ResultsPanel > ResultsList { height: 1fr; border: none; scrollbar-gutter: stable; }
    ResultsPanel > ResultsList:focus { border: none; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="results-summary", markup=False)
        yield ResultsList(id="results")

    def show(self, result: SearchResult) -> None:
        self.query_one("#results-summary", Static).update(summary(result))
        self.query_one(ResultsList).show(result)

    def show_message(self, message: str) -> None:
        """A line about the search (it may quote the query or an error: shown as data)."""
        self.query_one("#results-summary", Static).update(Text(one_line(message)))
        self.query_one(ResultsList).set_options([])
