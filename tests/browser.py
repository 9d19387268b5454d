"""Drive `ftztui serve` in headless chromium (Playwright with Debian's chromium): used by
tests/test_serve.py and benchmarks/bench_serve.py.

The page draws the terminal on a canvas, so what the app sent is read from the websocket: an
init script records every frame the server sends with the time of the second animation frame
after it (when xterm.js has painted it), as `performance.now()` milliseconds from navigation.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

RECORD_FRAMES = """
(() => {
  window.__frames = [];
  const Native = window.WebSocket;
  const decoder = new TextDecoder();
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        const text = typeof event.data === "string" ? event.data : null;
        const keep = (t) => requestAnimationFrame(() => requestAnimationFrame(
          () => window.__frames.push([performance.now(), t])));
        if (text !== null) { keep(text); }
        else if (event.data instanceof Blob) { event.data.arrayBuffer().then(
          (b) => keep(decoder.decode(b))); }
        else { keep(decoder.decode(event.data)); }
      });
    }
  };
})();
"""

_ESCAPES = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[@-_][^\x1b]*?(?:\x07|\x1b\\)|\x1b.")


def chromium_path() -> str | None:
    found = shutil.which("chromium") or (CHROMIUM if Path(CHROMIUM).exists() else None)
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def plain(frames: list[tuple[float, str]]) -> str:
    """What the app drew, escape sequences removed (words stay whole within a frame)."""
    return _ESCAPES.sub(" ", "".join(text for _t, text in frames))


@contextmanager
def serving(port: int, env: dict[str, str], command: list[str] | None = None) -> Iterator[str]:
    """`ftztui serve` (or `command`) on loopback until the block ends; yields its address.

    The library is the one `env`'s FTZTUI_CORPUS / FTZTUI_INDEX name."""
    command = command or [sys.executable, "-m", "ftztui", "serve", "--port", str(port)]
    process = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if process.poll() is not None:
                    out = process.stdout.read() if process.stdout else ""
                    raise RuntimeError(f"ftztui serve exited: {out}") from None
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chrome = p.chromium.launch(
            executable_path=chromium_path() or CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield chrome
        finally:
            chrome.close()


def wait_for_text(page: Any, text: str, timeout: float = 30.0, since: int = 0) -> float | None:
    """Poll the recorded frames until one (after the first `since`) holds `text`; its time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        frames = page.evaluate("window.__frames")
        joined = ""
        for at, chunk in frames[since:]:
            joined += chunk
            if text in _ESCAPES.sub(" ", joined) or text in _ESCAPES.sub("", joined):
                return float(at)
        page.wait_for_timeout(20)
    return None


def open_page(chrome: Any, url: str, size: tuple[int, int] = (1200, 800)) -> Any:
    page = chrome.new_page(viewport={"width": size[0], "height": size[1]})
    page.add_init_script(RECORD_FRAMES)
    page.goto(url)
    return page
