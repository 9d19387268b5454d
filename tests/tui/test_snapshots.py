"""How the screen looks: each pane and state at 120x40, 80x24 and 50x20 (SVG snapshots, each
reviewed as a PNG before it was accepted).

At 120 columns all three panes show, at 80 the reader and the figures, at 50 the reader alone
(sidebars as overlays). Stable by construction: the index is ready and every worker done before
the picture, no blinking cursor, no passing toast (except the config error, which is the point).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input

from ftztui.config import config_path, load_settings
from ftztui.library import Library
from ftztui.tui.app import FtzApp
from ftztui.tui.widgets.figures import FiguresPane

from .conftest import ready, settle

SnapCompare = Callable[..., bool]
Step = Callable[[Pilot[Any]], Awaitable[None]]
SIZES = {"120x40": (120, 40), "80x24": (80, 24), "50x20": (50, 20)}


def keys(*pressed: str) -> Step:
    async def press(pilot: Pilot[Any]) -> None:
        await pilot.press(*pressed)

    return press


async def jump_to_a_figure(pilot: Pilot[Any]) -> None:
    """Open the figures (an overlay when narrow), pick "17 million", Enter."""
    app = pilot.app
    assert isinstance(app, FtzApp)
    if app.main.mode == "narrow":
        await pilot.press("f")
    pane = app.query_one(FiguresPane)
    pane.focus()
    await pilot.pause()
    number = next(i for i, f in enumerate(pane.figures) if f.text == "17 million")
    pane.highlighted = next(i for i, o in enumerate(pane.options) if o.id == f"figure-{number}")
    await pilot.press("enter")


async def open_the_palette(pilot: Pilot[Any]) -> None:
    """Search the palette for "business"; wait until its list has stopped changing."""
    await pilot.press("ctrl+p")
    await pilot.pause(0.2)
    await pilot.press(*"business")
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    seen: list[tuple[int, int | None]] = []
    for _ in range(100):  # a busy machine gathers the hits in more batches
        await pilot.pause(0.05)
        await settle(pilot)
        commands = palette.query_one(CommandList)
        seen.append((commands.option_count, commands.highlighted))
        if len(seen) >= 4 and len(set(seen[-4:])) == 1 and not palette._show_busy:
            break


#: state → the steps after the index is ready.
STATES: dict[str, Step | None] = {
    "start": None,
    "search-results": keys("slash", *"customs"),
    "corrected-query": keys("slash", *"custms"),
    "no-results": keys("slash", *"zzqxj"),
    "hit-stepping": keys("slash", *"customs", "enter", "n", "n"),
    "figures-jump": jump_to_a_figure,
    "help": keys("question_mark"),
    "palette": open_the_palette,
    "config-error": None,
    "no-color": keys("slash", *"customs", "enter", "n"),
}


def run_before(step: Step | None, *, keep_notices: bool = False) -> Step:
    async def before(pilot: Pilot[Any]) -> None:
        app = await ready(pilot)
        if not keep_notices:
            app.clear_notifications()
        if step is not None:
            await step(pilot)
        await settle(pilot)
        for box in app.screen.query(Input):
            box.cursor_blink = False  # the palette's box too
        if not keep_notices:
            app.clear_notifications()
        await pilot.pause()

    return before


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("state", list(STATES))
def test_screen(
    snap_compare: SnapCompare,
    article: Library,
    monkeypatch: pytest.MonkeyPatch,
    state: str,
    size: str,
) -> None:
    settings, notices = None, []
    if state == "config-error":
        path = config_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("[search]\ndebounce_ms = 'fast'\n", encoding="utf-8")
        settings, notices = load_settings(path)
        # The notice names the file; shown as a user's would be, not the test's temp path.
        notices = [n.replace(str(path), "~/.config/ftztui/config.toml") for n in notices]
    if state == "no-color":
        monkeypatch.setenv("NO_COLOR", "1")
    app = FtzApp(article, refresh_every=60, settings=settings, notices=notices)
    before = run_before(STATES[state], keep_notices=state == "config-error")
    assert snap_compare(app, terminal_size=SIZES[size], run_before=before)
