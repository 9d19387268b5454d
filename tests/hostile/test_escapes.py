"""Names from the file system reach the terminal as visible text, never as control sequences.

A file named `binary ESC]0;pwned BEL.txt` that is skipped as binary: its "skipped …" notice wrote
the raw ESC and BEL, and the terminal's title changed. Every string the TUI and the CLI show that
came from the file system or a document goes through `ftztui.safetext`.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets._toast import Toast

from ftztui.library import Library
from ftztui.tui.app import FtzApp
from tests.conftest import SEED
from tests.hostile.run import ftztui, ftztui_in_pty

BINARY_NAME = "binary \x1b]0;pwned\x07.txt"
TEXT_NAME = "note \x1b[31mred\x1b[0m.txt"
#: Every C0 control but the line feed, DEL, every C1 control.
CONTROLS = {chr(c) for c in (*range(0x00, 0x0A), *range(0x0B, 0x20), *range(0x7F, 0xA0))}


@pytest.fixture
def named_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    (corpus / BINARY_NAME).write_bytes(bytes(range(256)) * 32)
    (corpus / TEXT_NAME).write_text("Plain Note\n\nA note about bonded vehicles.\n")
    monkeypatch.setenv("FTZTUI_CORPUS", str(corpus))
    monkeypatch.setenv("FTZTUI_INDEX", str(tmp_path / "index"))
    return Library(corpus, tmp_path / "index", origin="option")


def _controls(text: str) -> set[str]:
    return CONTROLS & set(text)


async def _drive(app: FtzApp) -> tuple[list[str], str]:
    """The app's notices as their toasts draw them, and the palette's lines for "Open"."""
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(500):
            if app.index is not None:
                break
            await pilot.pause(0.01)
        assert app.index is not None
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        notices = [str(Toast(n).render()) for n in app._notifications]
        await pilot.press("ctrl+p", *"note")
        await pilot.pause(0.8)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        lines = [
            "".join(s.text for s in palette.render_line(y)) for y in range(palette.size.height)
        ]
        # The palette's option list draws the hits (and their help: the file name).
        from textual.widgets import OptionList

        options = palette.query_one(OptionList)
        for index in range(options.option_count):
            lines.append(str(options.get_option_at_index(index).prompt))
        return notices, "\n".join(lines)


def test_tui_notices_and_palette_show_names_as_visible_text(named_library: Library) -> None:
    notices, palette = asyncio.run(_drive(FtzApp(named_library)))
    skipped = [n for n in notices if "skipped" in n]
    assert len(skipped) == 1, notices
    assert skipped[0].startswith("skipped binary ␛]0;pwned␇.txt: not a text document (binary"), (
        notices
    )
    for notice in notices:
        assert not _controls(notice), notice
    assert not _controls(palette), repr(palette)
    assert "Open: Plain Note" in palette and "red" in palette, palette  # its file name, shown


def test_tui_in_a_real_terminal_never_writes_the_names_escapes(named_library: Library) -> None:
    """The bytes the app writes to a pty: its own escape sequences, none of the file's."""
    out = ftztui_in_pty(named_library, until=b"pwned", keys=b"q", timeout=40)
    assert b"pwned" in out, out[-2000:]
    assert b"\x1b]0;pwned" not in out
    assert b"pwned\x07" not in out
    assert "␛]0;pwned␇".encode() in out  # shown, as visible pictures of the two controls


@pytest.mark.parametrize(
    "argv", [["search", "vehicles"], ["search", "--json", "vehicles"], ["list"], ["index"]]
)
def test_cli_notices_show_names_as_visible_text(named_library: Library, argv: list[str]) -> None:
    run = ftztui(named_library, *argv)
    assert run.returncode == 0, run.stderr
    assert "␛]0;pwned␇" in run.stderr, run.stderr
    assert not _controls(run.stderr), repr(run.stderr)
    if argv != ["search", "--json", "vehicles"]:  # JSON escapes controls itself
        assert not _controls(run.stdout) - {"\t"}, repr(run.stdout)  # piped `list`: tabs


def test_cli_list_on_a_terminal_shows_names_as_visible_text(named_library: Library) -> None:
    out = ftztui_in_pty(named_library, "list", columns=80)
    assert b"\x1b[31mred" not in out and b"\x1b]0;" not in out
