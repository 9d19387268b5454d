"""How the marks list and the note prompt look at 80x24 (SVG snapshots, reviewed by eye)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from ftztui.library import Library
from ftztui.tui.app import FtzApp

from .conftest import ready, settle

SnapCompare = Callable[..., bool]


def marked(*then: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Two marks (one with a note) in the article, then `then` pressed."""

    async def run_before(pilot: Pilot[Any]) -> None:
        app = await ready(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.press("m", *"zone opened", "enter")
        await pilot.press("G", "m", "enter", "g")
        await settle(pilot)
        app.clear_notifications()  # "Marked: ..."
        await pilot.pause()
        await pilot.press(*then)
        await settle(pilot)
        for box in app.screen.query(Input):
            box.cursor_blink = False
        app.clear_notifications()
        await pilot.pause()

    return run_before


def test_marks_list_at_80x24(snap_compare: SnapCompare, article: Library) -> None:
    assert snap_compare(FtzApp(article), terminal_size=(80, 24), run_before=marked("apostrophe"))


def test_mark_note_prompt_at_80x24(snap_compare: SnapCompare, article: Library) -> None:
    assert snap_compare(FtzApp(article), terminal_size=(80, 24), run_before=marked("m", *"a note"))
