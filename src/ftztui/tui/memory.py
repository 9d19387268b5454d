"""When the app collects garbage: between searches, never in the middle of one.

Textual makes a lot of short-lived reference cycles (every drawn `Strip` caches itself), so
Python's collector runs full collections every second or two while the user types; with the
~10 MB library open each took 50-110 ms and, landing between a keystroke and its painted results,
made most of the slow keystrokes. So while the app runs, automatic collection is off; what exists
after start (Textual's, the index's objects, which live as long as the app) is frozen out of
collection; and the app collects at the end of each search (results painted, hits shown), where
the next keystroke's debounce absorbs the pause, and on a timer soon after the user stops typing.
No Textual here.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from time import perf_counter

#: How often `tick` runs (seconds).
TICK_EVERY = 0.25
#: `tick` collects this long after the last key or mouse event, if anything is pending ...
IDLE_AFTER = 0.6
IDLE_PENDING = 5_000
#: ... or, however busy the user is, once this many objects are pending (bounds memory).
MOST_PENDING = 300_000
#: A search that ended collects once this many objects are pending: a collection of ~20,000
#: objects takes 10-30 ms, well inside the next keystroke's debounce.
AFTER_SEARCH_PENDING = 20_000


class GarbageCollector:
    """Automatic collection off while an app runs; collections on `tick`, at quiet moments."""

    def __init__(self) -> None:
        self.was_enabled = gc.isenabled()
        self.last_input = perf_counter()
        self.started = False
        self.freeze_next = False

    def start(self) -> None:
        """After the first frame: freeze what exists, take over collecting."""
        self.started = True
        gc.disable()
        gc.freeze()

    def settled(self) -> None:
        """Long-lived objects were made (the index opened, a first search): freeze them too,
        at the next collection (collecting first, so that no garbage is frozen with them)."""
        self.freeze_next = True

    def input_seen(self) -> None:
        self.last_input = perf_counter()

    def search_ended(self) -> bool:
        """A search's results and hits are painted: collect if enough garbage is pending."""
        return self._collect_over(AFTER_SEARCH_PENDING)

    def tick(self, busy: Callable[[], bool]) -> bool:
        """Collect if the user paused (and no search is in flight) or too much is pending."""
        idle = perf_counter() - self.last_input > IDLE_AFTER
        if idle and not busy():
            return self._collect_over(IDLE_PENDING)
        return self._collect_over(MOST_PENDING)

    def _collect_over(self, pending: int) -> bool:
        if not self.started or gc.get_count()[0] < pending:
            return False
        gc.collect()
        if self.freeze_next:
            self.freeze_next = False
            gc.freeze()
        return True

    def stop(self) -> None:
        """The app ended: hand collecting back as it was (tests run many apps in one process)."""
        if self.started:
            self.started = False
            gc.unfreeze()
            if self.was_enabled:
                gc.enable()
