"""Running the real `ftztui` command in a subprocess, on a given library."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from ftztui.library import Library


def ftztui(library: Library, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m ftztui --corpus C --index I ARGV...`, its output captured as text."""
    import os

    where = ("--corpus", str(library.corpus), "--index", str(library.index))
    return subprocess.run(
        [sys.executable, "-m", "ftztui", *where, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )


def ftztui_in_pty(library: Library, *argv: str, **options: Any) -> bytes:
    """Every byte `ftztui ARGV` writes to a real terminal (see `run_in_pty`)."""
    return run_in_pty(library, *argv, **options)[1]


def run_in_pty(
    library: Library,
    *argv: str,
    columns: int = 80,
    rows: int = 24,
    until: bytes | None = None,
    keys: bytes = b"",
    timeout: float = 30.0,
) -> tuple[int | None, bytes]:
    """`ftztui ARGV` in a real terminal (a pty of `columns` x `rows`): its exit status (None
    if it had to be killed) and every byte it wrote.

    With `until`, wait for those bytes to appear, then type `keys` (e.g. b"q" to quit a
    full-screen app) and read on until the program ends."""
    import fcntl
    import os
    import pty
    import select
    import struct
    import termios
    import time

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    where = ("--corpus", str(library.corpus), "--index", str(library.index))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(columns), "LINES": str(rows)}
    process = subprocess.Popen(
        [sys.executable, "-m", "ftztui", *where, *argv],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
        start_new_session=True,
    )
    os.close(slave)
    out = bytearray()
    typed = until is None
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # the program ended and the pty closed
                    break
                if not chunk:
                    break
                out += chunk
            if not typed and until is not None and until in out:
                time.sleep(0.3)
                os.write(master, keys)
                typed = True
            if process.poll() is not None and not ready:
                break
    finally:
        try:  # the pty closes a moment before the process has ended
            process.wait(timeout=10)
            killed = False
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
            killed = True
        os.close(master)
    return (None if killed else process.returncode), bytes(out)
