"""Keys typed right after `ftztui` starts are kept and handled in order (`ftztui⏎/porsche`).

The installed command in a real pseudo-terminal: keys sent before Python has started, while
Textual starts, and at the first frame, before the search box (mounted after the first frame) or
the index exists.
"""

from __future__ import annotations

import os
import re
import time

import pytest

from ftztui.library import Library

from .test_e2e import ftztui_command

pexpect = pytest.importorskip("pexpect")
pytestmark = pytest.mark.e2e

ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-B]|.)")
TITLE = "In Four Years"


def run_typing_ahead(keys: str, when: float | None, wanted: str) -> str:
    """Start the app, send `keys` `when` seconds after the start (None: as soon as its first
    frame shows the article's title), and return the screen output once `wanted` shows."""
    command = ftztui_command()
    env = dict(os.environ, TERM="xterm-256color")
    child = pexpect.spawn(command[0], command[1:], env=env, dimensions=(24, 80), timeout=30)
    try:
        shown = ""
        if when is None:
            while TITLE not in ANSI.sub("", shown):
                shown += child.read_nonblocking(65536, timeout=30).decode(errors="replace")
        else:
            time.sleep(when)
        child.send(keys)
        deadline = time.monotonic() + 30
        while wanted not in ANSI.sub("", shown):
            assert time.monotonic() < deadline, f"{wanted!r} never showed:\n{ANSI.sub('', shown)}"
            try:
                shown += child.read_nonblocking(65536, timeout=1).decode(errors="replace")
            except pexpect.TIMEOUT:
                continue
        return ANSI.sub("", shown)
    finally:
        child.sendcontrol("q")
        child.expect(pexpect.EOF, timeout=20)


@pytest.mark.parametrize(
    "when", [0.0, 0.05, 0.2, None], ids=["at-0ms", "at-50ms", "at-200ms", "at-first-frame"]
)
def test_keys_typed_at_start_run_the_search(article: Library, when: float | None) -> None:
    shown = run_typing_ahead("/porsche", when, "1 passage")
    assert "porsche" in shown


def test_enter_typed_ahead_opens_the_first_hit(article: Library) -> None:
    # Typed before the index opened: the search waits for it, then Enter's hit opens.
    run_typing_ahead("/porsche\r", 0.0, "hit 1 of 1")
