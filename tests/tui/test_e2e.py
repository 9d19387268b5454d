"""The installed `ftztui` in a real terminal (tmux, 80x24): search, open a hit, read the screen."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ftztui.library import Library

pytestmark = pytest.mark.e2e
HIT = re.compile(r"hit (\d+) of (\d+)")


def ftztui_command() -> list[str]:
    script = Path(sys.executable).with_name("ftztui")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ftztui"]


class Terminal:
    """One tmux server of our own (its own socket), one window running the app."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=20
        )
        return done.stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "app")

    def wait_for(self, check: Callable[[str], bool], timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        text = self.screen()
        while not check(text):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; the screen shows:\n{text}")
            time.sleep(0.1)
            text = self.screen()
        return text


@pytest.fixture
def terminal(article: Library) -> Iterator[Terminal]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed: cannot drive a real terminal")
    term = Terminal(f"ftztui-test-{os.getpid()}")
    names = (
        "HOME",
        "XDG_DATA_HOME",
        "XDG_CACHE_HOME",
        "XDG_STATE_HOME",
        "XDG_CONFIG_HOME",
        "FTZTUI_CORPUS",
        "FTZTUI_INDEX",
        "PATH",
    )
    env = [f"{name}={os.environ[name]}" for name in names if name in os.environ]
    command = shlex.join(["env", "TERM=xterm-256color", *env, *ftztui_command()])
    term.tmux("new-session", "-d", "-s", "app", "-x", "80", "-y", "24", command + "; sleep 5")
    try:
        yield term
    finally:
        term.tmux("kill-server")


def test_search_and_open_a_hit_in_a_real_terminal(terminal: Terminal) -> None:
    terminal.wait_for(lambda s: "In Four Years" in s and "Search" in s)
    time.sleep(0.5)
    terminal.tmux("send-keys", "-t", "app", "/", "customs")
    screen = terminal.wait_for(lambda s: "passage" in s)
    assert "customs" in screen.splitlines()[0]
    terminal.tmux("send-keys", "-t", "app", "Enter")
    screen = terminal.wait_for(lambda s: HIT.search(s) is not None)
    assert "customs" in screen.lower().split("\n", 2)[2]  # the hit is on screen, in the text
    found = HIT.search(screen)
    assert found is not None
    number, total = int(found[1]), int(found[2])
    terminal.tmux("send-keys", "-t", "app", "n")
    terminal.wait_for(lambda s: f"hit {number % total + 1} of {total}" in s)
    terminal.tmux("send-keys", "-t", "app", "q")
    terminal.wait_for(lambda s: "Search" not in s)
