"""`FtzApp`: the reader and search app. Opens the start document from its file at once, then
(after the first frame) imports Whoosh and opens the index in a worker, and keeps watching the
index for documents another process adds.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.worker import get_current_worker

from ftztui.config import Settings, config_path, load_settings
from ftztui.library import Library
from ftztui.model import Document
from ftztui.tui.documents import DocumentStore
from ftztui.tui.memory import TICK_EVERY, GarbageCollector
from ftztui.tui.screens.main import MainScreen
from ftztui.tui.state import Place, load_state, save_state

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.notifications import SeverityLevel

    from ftztui.model import DocInfo
    from ftztui.search import SearchIndex
    from ftztui.tui.indexing import IndexingProgress

#: How often to look for documents another process added (seconds).
REFRESH_EVERY = 2.0


class FtzApp(App[int]):
    """Read and search a library of documents."""

    CSS_PATH = "app.tcss"
    TITLE = "ftztui"
    COMMANDS = App.COMMANDS | {
        lambda: palette_provider("DocumentCommands"),
        lambda: palette_provider("SectionCommands"),
        lambda: palette_provider("FigureCommands"),
        lambda: marks_provider(),
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="ftztui.palette"),
        Binding("ctrl+q", "quit", "Quit", show=False, id="ftztui.quit-anywhere"),
    ]

    def __init__(
        self,
        library: Library,
        *,
        refresh_every: float = REFRESH_EVERY,
        settings: Settings | None = None,
        notices: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.library = library
        self.refresh_every = refresh_every
        self.store = DocumentStore(library)
        self.state, self._state_notices = load_state()
        self._state_notices += notices
        if settings is None:
            settings, problems = load_settings()
            self._state_notices += problems
        #: The user's settings (config.toml), bad values replaced by the defaults.
        self.settings = settings
        self.set_keymap(settings.keys)
        self.index: SearchIndex | None = None
        self._theme_restored = False
        #: For each search answer painted, the seconds from the keystroke it answers to the
        #: painted results (the benchmark reads these).
        self.search_latencies: list[float] = []
        self._frozen_after_search = False
        self.garbage = GarbageCollector()
        #: Keys typed before the main screen is whole (its search box is mounted after the
        #: first frame); handled, in order, once it is (see `release_keys`).
        self._held_keys: list[events.Key] | None = []

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Notices carry file names, titles and error text: never read them as markup, and
        never let them send control sequences (a file named `ESC]0;…BEL` would retitle the
        terminal). Every notice of the app and its screens and widgets passes here.

        Widgets' `notify` passes `markup=True` on by default, so it is overridden here, not
        defaulted: no message of this app uses markup.
        """
        from ftztui.safetext import one_line, safe_text

        super().notify(
            safe_text(str(message)),
            title=one_line(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.store, self.settings)

    @property
    def main(self) -> MainScreen:
        screen = self.screen_stack[0] if self.screen_stack else None
        assert isinstance(screen, MainScreen)
        return screen

    def on_mount(self) -> None:
        chosen = self.settings.theme
        if chosen is not None and chosen not in self.available_themes:
            known = ", ".join(sorted(self.available_themes))
            self._state_notices.append(
                f"{config_path()}: [reader] theme: unknown theme {chosen!r} (known: {known}); "
                "using the default"
            )
            chosen = None
        theme = chosen or self.state.theme
        if theme and theme.startswith("ansi-") and os.environ.get("NO_COLOR"):
            # Textual draws an ANSI theme under NO_COLOR as black on the terminal's own
            # background: invisible on a dark terminal. The default theme stays readable.
            theme = None
        if theme and theme in self.available_themes:
            self.theme = theme
        self._theme_restored = True
        for notice in self._state_notices:
            self.notify(notice, severity="warning", timeout=12)
        # The main screen opens the index (importing Whoosh) after the first frame.

    # -- garbage collection (see memory.py) ---------------------------------------------------

    def first_frame_drawn(self) -> None:
        self.garbage.start()
        self.set_interval(TICK_EVERY, self._collect_garbage)

    def _collect_garbage(self) -> None:
        self.garbage.tick(self._searching)

    def _searching(self) -> bool:
        return any(
            worker.group in ("search", "document-search") and not worker.is_finished
            for worker in self.workers
        )

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self.garbage.input_seen()
            if (
                self._held_keys is not None
                and isinstance(event, events.Key)
                and not event.is_forwarded
            ):
                self._held_keys.append(typed_ahead(event))
                return
        await self._route(event)

    async def _route(self, event: events.Event) -> None:
        # Enter in the search box: the keys after it wait for its hit (`SearchBox.enter_typed`).
        # Asked here, as Enter is routed: the box sees it only after the letters before it.
        enter_typed = None
        if isinstance(event, events.Key) and event.key == "enter":
            enter_typed = getattr(self.focused, "enter_typed", None)
        await super().on_event(event)
        if callable(enter_typed):
            enter_typed()

    # -- type-ahead ---------------------------------------------------------------------------

    def release_keys(self) -> None:
        """The main screen is whole: handle the keys typed meanwhile (`ftztui⏎/porsche`).

        Released from a callback queued behind every key already received, so a key that
        came while the screen finished is held too and none overtakes another.
        """
        self.call_later(self._release_held_keys)

    def hold_keys(self) -> None:
        """Keep the keys typed from now on until `release_keys` (Enter in the search box: the
        keys after it belong to the hit being opened, and act once it is)."""
        if self._held_keys is None:
            self._held_keys = []

    def held_keys(self) -> list[events.Key] | None:
        """The keys held so far (None: keys are not being held)."""
        return self._held_keys

    async def _release_held_keys(self) -> None:
        held, self._held_keys = self._held_keys or [], None
        for number, key in enumerate(held):
            again = self.held_keys()  # a released Enter holds the keys after it again
            if again is not None:
                again[:0] = held[number:]
                return
            await self._route(key)

    def on_unmount(self) -> None:
        self.garbage.stop()

    def watch_theme(self, theme: str) -> None:
        if self._theme_restored:
            self.state.theme = theme

    # -- the index ----------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def open_library_index(self) -> None:
        from ftztui.search import open_index
        from ftztui.tui.indexing import ProgressReporter

        def notice(message: str) -> None:
            self.call_from_thread(self.notify, message, timeout=4)

        progress = ProgressReporter(self)
        try:
            index = open_index(self.library, update=True, notice=notice, progress=progress)
            catalog = index.catalog()
        except Exception as error:  # the index is a cache: the reader keeps working without it
            self.call_from_thread(self.notify, f"Search unavailable: {error}", severity="error")
            return
        finally:
            progress.finished()
        self.call_from_thread(self._index_ready, index, catalog)

    def on_indexing_progress(self, message: IndexingProgress) -> None:
        from ftztui.tui.indexing import show_progress

        show_progress(self, message)

    def _index_ready(self, index: SearchIndex, catalog: list[DocInfo]) -> None:
        self.index = index
        self.store.set_catalog(catalog)
        self.main.index_ready(index)
        self.set_interval(self.refresh_every, self._refresh_when_idle)
        self.call_after_refresh(self.garbage.settled)

    def _refresh_when_idle(self) -> None:
        # Not while a refresh runs: indexing many new files outlasts the interval, and a newer
        # refresh cancelling it would drop its catalog (then find nothing left to change).
        if not any(w.group == "refresh" and not w.is_finished for w in self.workers):
            self.refresh_index()

    @work(thread=True, exclusive=True, group="refresh", exit_on_error=False)
    def refresh_index(self) -> None:
        """Pick up documents another process (`ftztui add`) put in the library."""
        from ftztui.tui.indexing import ProgressReporter

        index = self.index
        if index is None:
            return
        progress = ProgressReporter(self)
        try:
            changed = index.refresh(progress=progress)
            catalog = index.catalog() if changed else None
        except Exception as error:  # a damaged index mid-run: say so once, keep reading
            self.call_from_thread(self.notify, f"Index refresh failed: {error}", severity="warning")
            return
        finally:
            progress.finished()
        if catalog is not None and not get_current_worker().is_cancelled:
            self.call_from_thread(self._catalog_changed, catalog)

    def _catalog_changed(self, catalog: list[DocInfo]) -> None:
        known = {info.id for info in self.store.catalog}
        added = [info.title for info in catalog if info.id not in known]
        self.store.set_catalog(catalog)
        current = self.main.reader.document
        self.store.forget_others(current.id if current else None)
        self.main.catalog_changed()
        self.main.rerun_search()
        if added:
            self.notify("Added to the library: " + ", ".join(added[:3]), timeout=4)

    # -- remembering --------------------------------------------------------------------------

    def remember_place(self, document: Document, block: int) -> None:
        self.state.places[str(self.library.corpus)] = Place(document.id, document.path, block)

    def remember_history(self, history: list[str]) -> None:
        self.state.history = list(history)

    def results_shown(self, latency: float) -> None:
        """A search's answer was painted `latency` seconds after its keystroke."""
        self.search_latencies.append(latency)
        if not self._frozen_after_search:  # the first search builds the searcher's caches
            self._frozen_after_search = True
            self.call_after_refresh(self.garbage.settled)

    def save(self) -> None:
        reader = self.main.reader if self.screen_stack else None
        if reader is not None and reader.document is not None:
            self.remember_place(reader.document, reader.top_block)
        problem = save_state(self.state)
        if problem:
            self.log.warning(problem)

    async def action_quit(self) -> None:
        self.save()
        self.exit(0)


def typed_ahead(key: events.Key) -> events.Key:
    """A key as the user typed it before the app started.

    Until Textual switches the terminal out of line mode (~0.3 s after `ftztui⏎`), the terminal
    turns Enter into a newline, which Textual reads as ctrl+j: typed ahead, it meant Enter.
    """
    if key.key == "ctrl+j":
        return events.Key("enter", "\r")
    return key


def palette_provider(name: str) -> type[Provider]:
    """A command palette provider from commands.py, imported when the palette first opens."""
    from ftztui.tui import commands

    provider: type[Provider] = getattr(commands, name)
    return provider


def marks_provider() -> type[Provider]:
    from ftztui.tui.marking import MarkCommands

    return MarkCommands


def stylesheet() -> Path:
    return Path(__file__).with_name("app.tcss")
