"""Indexing in view: while the library is being built or brought up to date, the status line
says "indexing 120/2000" and the reader stays usable (the work runs in a thread worker).

The indexer calls `ProgressReporter` from that thread after each file; it posts at most one
`IndexingProgress` message per `EVERY` seconds (and always the last), which the app hands to
`show_progress` on the UI thread.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:
    from textual.app import App

#: Seconds between two progress messages: often enough to look alive, rarely enough that
#: repainting the status line takes nothing measurable from the indexer.
EVERY = 0.1


@dataclass
class IndexingProgress(Message):
    """`done` of `total` files indexed; `total` 0 when the indexing has finished."""

    done: int
    total: int


class ProgressReporter:
    """A `search.Progress` callback that posts throttled `IndexingProgress` to `app`."""

    def __init__(self, app: App[Any], every: float = EVERY) -> None:
        self.app = app
        self.every = every
        self._last = float("-inf")  # the first step is always shown
        self.reported = False

    def __call__(self, done: int, total: int, name: str) -> None:
        now = time.monotonic()
        if done < total and now - self._last < self.every:
            return
        self._last = now
        self.reported = True
        self.app.post_message(IndexingProgress(done, total))  # thread-safe

    def finished(self) -> None:
        """Indexing is over (done or failed): clear the status line, if it said anything."""
        if self.reported:
            self.reported = False
            self.app.post_message(IndexingProgress(0, 0))


def progress_text(done: int, total: int) -> str:
    if total <= 0:
        return ""
    if done >= total:
        return f"indexing {total}/{total}, saving…"
    return f"indexing {done}/{total}"


def show_progress(app: App[Any], message: IndexingProgress) -> None:
    """Put the progress in the main screen's status line."""
    from ftztui.tui.widgets.status import StatusLine

    screen = app.screen_stack[0] if app.screen_stack else None
    if screen is None:
        return
    for status in screen.query(StatusLine):
        status.show(activity=progress_text(message.done, message.total))
