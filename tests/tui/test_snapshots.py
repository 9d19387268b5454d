"""How the screen looks, at three sizes (SVG snapshots, reviewed by eye before accepting)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from ftztui.library import Library
from ftztui.tui.app import FtzApp

from .conftest import ready, settle

SnapCompare = Callable[..., bool]


def steps(*keys: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Wait for the index, press `keys`, settle; no blinking cursor or passing toasts."""

    async def run_before(pilot: Pilot[Any]) -> None:
        app = await ready(pilot)
        for box in app.query(Input):
            box.cursor_blink = False
        app.clear_notifications()
        if keys:
            await pilot.press(*keys)
        await settle(pilot)
        app.clear_notifications()
        await pilot.pause()

    return run_before


def test_start_at_120x40_shows_three_panes(snap_compare: SnapCompare, article: Library) -> None:
    assert snap_compare(FtzApp(article), terminal_size=(120, 40), run_before=steps())


def test_hits_at_80x24(snap_compare: SnapCompare, article: Library) -> None:
    keys = ("slash", *"customs", "enter", "n")
    assert snap_compare(FtzApp(article), terminal_size=(80, 24), run_before=steps(*keys))


def test_results_list_at_50x20(snap_compare: SnapCompare, article: Library) -> None:
    keys = ("slash", *"mail pieces")
    assert snap_compare(FtzApp(article), terminal_size=(50, 20), run_before=steps(*keys))


def test_help_at_80x24(snap_compare: SnapCompare, article: Library) -> None:
    assert snap_compare(FtzApp(article), terminal_size=(80, 24), run_before=steps("question_mark"))
