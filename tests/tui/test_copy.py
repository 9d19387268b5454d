"""`y` copies the passage in the reader, or the highlighted figure or result, with its source."""

from __future__ import annotations

import base64
import os
import re

import pytest

from ftztui.library import Library
from ftztui.tui.app import FtzApp
from ftztui.tui.widgets.figures import FiguresPane
from ftztui.tui.widgets.results import ResultsList
from ftztui.tui.widgets.status import StatusLine

from .conftest import ready, settle
from .test_e2e import ftztui_command

TITLE = "In Four Years, Chongqing FTZ Achieves Remarkable Results"


async def test_y_copies_the_passage_at_the_top_of_the_reader(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("y")
        first = app.main.reader.document.blocks[0].text  # type: ignore[union-attr]
        assert app.clipboard.startswith(first.strip()[:60])
        assert f"— {TITLE}" in app.clipboard
        status = app.query_one(StatusLine)
        assert status.notice.startswith("copied passage “Over the past four years")


async def test_y_copies_the_passage_of_the_current_hit(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"porsches", "enter")
        await settle(pilot)
        await pilot.press("y")
        assert app.clipboard.startswith("Eighty-two imported Porsches were delivered")
        assert app.clipboard.rstrip().endswith(
            f"{TITLE} in Exploration, Development · Business environment"
        )


async def test_y_copies_the_highlighted_figure(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        figures = app.query_one(FiguresPane)
        figures.focus()
        await pilot.pause()
        wanted = next(f for f in figures.figures if f.text == "17 million")
        figures.highlighted = next(
            i
            for i, o in enumerate(figures.options)
            if o.id == f"figure-{figures.figures.index(wanted)}"
        )
        await pilot.press("y")
        lines = app.clipboard.splitlines()
        assert lines[0] == "17 million · national mail pieces"
        assert "17 million" in lines[1]  # the sentence that reports it
        assert (
            lines[-1]
            == f"— {TITLE} in Exploration, Development · International logistics distribution"
        )
        assert app.query_one(StatusLine).notice == "copied figure “17 million”"


async def test_y_copies_the_highlighted_result(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"customs")
        await settle(pilot)
        await pilot.press("down", "down")
        results = app.query_one(ResultsList)
        assert app.focused is results
        await pilot.press("y")
        hit = results.hits[1]
        assert app.clipboard.startswith(hit.text.strip())
        assert hit.section and app.clipboard.rstrip().endswith(hit.section)
        assert app.query_one(StatusLine).notice.startswith("copied result")


async def test_control_characters_never_reach_the_clipboard(library: Library) -> None:
    (library.corpus / "escapes.md").write_text(
        "# Escapes\n\nA line with \x1b]52;c;SGVsbG8=\x07 and \x1b[2J inside.\n", encoding="utf-8"
    )
    app = FtzApp(library, refresh_every=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        app.main.open_document("escapes")
        await settle(pilot)
        await pilot.press("y")
        assert "A line with" in app.clipboard and "\x1b" not in app.clipboard


@pytest.mark.e2e
def test_y_sends_the_passage_to_the_terminal_clipboard(article: Library) -> None:
    """In a real terminal the copy is an OSC 52 sequence: base64 of the text."""
    pexpect = pytest.importorskip("pexpect")
    command = ftztui_command()
    env = dict(os.environ, TERM="xterm-256color")
    child = pexpect.spawn(command[0], command[1:], env=env, dimensions=(24, 80), timeout=30)
    try:
        child.expect("In Four Years")
        child.send("y")
        child.expect(re.compile(rb"\x1b\]52;c;([A-Za-z0-9+/=]+)\x07"))
        copied = base64.b64decode(child.match.group(1)).decode()
        assert copied.startswith("Over the past four years")
        assert f"— {TITLE}" in copied
    finally:
        child.sendcontrol("q")
        child.expect(pexpect.EOF, timeout=20)
