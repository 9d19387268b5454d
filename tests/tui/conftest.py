"""Fixtures for the TUI tests: an app on a private copy of the library, ready to search."""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from ftztui.library import Library
from ftztui.tui.app import FtzApp
from ftztui.tui.widgets.reader import Reader, strip_text


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests in a fresh event loop (no asyncio plugin is installed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


async def wait_workers(app: App[object]) -> None:
    """Wait for the app's workers; one cancelled by a newer search is not a failure."""
    for _ in range(10):
        try:
            await app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            continue


async def ready(pilot: Pilot[int]) -> FtzApp:
    """Wait until the index has answered and every worker is done."""
    app = pilot.app
    assert isinstance(app, FtzApp)
    for _ in range(500):
        if app.index is not None:
            break
        await pilot.pause(0.01)
    assert app.index is not None, "the index never opened"
    await wait_workers(app)
    await pilot.pause()
    return app


async def settle(pilot: Pilot[int]) -> None:
    """Let debounced searches and document loads finish, and the screen repaint."""
    await pilot.pause(0.2)
    await wait_workers(pilot.app)
    await pilot.pause()
    await wait_workers(pilot.app)
    await pilot.pause()


def screen_text(reader: Reader) -> str:
    """The reader's visible lines, as text."""
    return "\n".join(strip_text(reader.render_line(y)) for y in range(reader.size.height))


def add_document(library: Library, name: str, text: str) -> Path:
    path = library.corpus / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def article(seed_library: Library) -> Library:
    """A private library holding only the seed article, so screens and counts stay fixed
    while the bundled corpus grows."""
    return seed_library


@pytest.fixture
def make_app(article: Library) -> FtzApp:
    """A fresh app on the article library (refreshing the index quickly, for tests)."""
    return FtzApp(article, refresh_every=0.2)
