"""The live index of a home: which folder CURRENT names, and opening it (or saying why not).

Kept apart from the writing code so that a search on a fresh index imports nothing it does not
need (the cold `ftztui search --json` budget).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ftztui.search.freshness import Manifest, code_fingerprint, damage
from ftztui.search.schema import SCHEMA_VERSION

CURRENT_NAME = "CURRENT"


class Unusable(Exception):
    """The index in a home cannot be used as it is; `str()` says why, for a notice."""


class Opened:
    """A usable index: the Whoosh index, its manifest and where it lives (None: in memory).
    (Not a dataclass: generating its methods would cost every cold search ~0.5 ms.)"""

    def __init__(self, ix: Any, manifest: Manifest, folder: Path | None, home: Path | None):
        self.ix = ix
        self.manifest = manifest
        self.folder = folder
        self.home = home


def read_current(home: Path) -> Path | None:
    """The live index folder of `home`, or None when there is none."""
    try:
        name = (home / CURRENT_NAME).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeError):
        return None
    if not name.startswith("ix-") or "/" in name or "\\" in name:
        return None
    return home / name


def open_folder(folder: Path, home: Path | None, *, just_written: bool = False) -> Opened:
    """Open the index in `folder`, or raise Unusable saying why. `just_written`: we wrote it a
    moment ago, so whatever code it was built with, it is the index to use."""
    from ftztui.search.segfiles import MappedStorage

    try:
        manifest = Manifest.load(folder)
    except ValueError as exc:  # JSON of the wrong shape (its message names what is wrong)
        raise Unusable(f"its manifest is damaged: {exc}") from exc
    except (OSError, KeyError, TypeError) as exc:
        raise Unusable("its manifest is missing or unreadable") from exc
    if manifest.schema != SCHEMA_VERSION:
        raise Unusable("it was built by another version of ftztui")
    if not just_written and manifest.code != code_fingerprint():
        raise Unusable("the document readers changed since it was built")
    reason = damage(folder, manifest)
    if reason is not None:
        raise Unusable(reason)
    try:
        ix = MappedStorage(str(folder)).open_index()
    except Exception as exc:  # Whoosh signals damage with many unrelated types
        raise Unusable(f"Whoosh cannot open it ({type(exc).__name__})") from exc
    return Opened(ix, manifest, folder, home)


def open_home(home: Path) -> Opened:
    """The live index of `home` (a racing rebuild may remove a folder under us: retry)."""
    for attempt in range(3):
        folder = read_current(home)
        if folder is None:
            raise Unusable("missing")
        try:
            return open_folder(folder, home)
        except Unusable:
            if attempt == 2 or read_current(home) == folder:
                raise
            time.sleep(0.05)
    raise Unusable("missing")  # pragma: no cover - the loop returns or raises


def say_skipped_files(opened: Opened, notice: Callable[[str], None] | None) -> None:
    """One line per corpus file the index holds no text of, on every open: the user should
    not have to rebuild to learn why a file is missing from the library."""
    if notice is None:
        return
    for name, record in sorted(opened.manifest.skipped.items()):
        notice(f"skipped {name}: {record.get('reason', 'could not be read')}")
