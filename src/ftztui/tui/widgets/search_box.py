"""The search box: results as you type, Up recalls earlier searches, Down moves into the list."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class SearchBox(Input):
    """An `Input` with search history."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "history_back", "Earlier search", show=True, id="ftztui.search-box.history"),
        Binding("down", "to_results", "Results", show=True, id="ftztui.search-box.to-results"),
    ]

    class ToResults(Message):
        """The user pressed Down: move into the results list."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search the library…", id=id, compact=True)
        self.history: list[str] = []
        self._recall: int | None = None
        #: Called by the app as it routes Enter here, before any key typed after it: the
        #: screen holds those keys until the hit opens, so they act in the reader, not here.
        self.enter_typed: Callable[[], None] | None = None

    def remember(self, query: str, limit: int = 50) -> None:
        """Add a query to the history (most recent last, no duplicates)."""
        query = query.strip()
        if not query:
            return
        if query in self.history:
            self.history.remove(query)
        self.history.append(query)
        del self.history[:-limit]
        self._recall = None

    def action_history_back(self) -> None:
        if not self.history:
            return
        if self._recall is None:
            self._recall = len(self.history)
            if self.value.strip() and self.value.strip() == self.history[-1]:
                self._recall -= 1
        self._recall = max(0, self._recall - 1)
        self.value = self.history[self._recall]
        self.cursor_position = len(self.value)

    def action_to_results(self) -> None:
        self.post_message(self.ToResults())

    def on_input_changed(self, event: Input.Changed) -> None:
        if self._recall is not None and (
            self._recall >= len(self.history) or event.value != self.history[self._recall]
        ):
            self._recall = None
