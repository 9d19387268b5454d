"""A lock on an index home, so that two processes writing the same index take turns.

`flock` locks die with their process, so a lock file left behind by a crash is harmless (a "stale
lock" cannot block anyone). Where `fcntl` is missing (Windows) the Whoosh writer lock alone guards
the index and full builds still go through a fresh folder and an atomic rename.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".lock"


class LockTimeout(Exception):
    """Another process kept the index busy for longer than we were willing to wait."""


@contextmanager
def writer_lock(
    home: Path, *, timeout: float = 120.0, notice: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the home's write lock; wait up to `timeout` seconds, saying once that we wait."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    fd = os.open(home / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError as busy:
                if not told and notice is not None:
                    notice("another ftztui process is updating the index; waiting for it")
                    told = True
                if time.monotonic() > deadline:
                    raise LockTimeout(
                        f"the index at {home} stayed busy for {timeout:.0f} s"
                    ) from busy
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
