"""Whether an index's files are what was written: a checksum of each, noted after every commit.

Index files are never rewritten in place, so the stat every open makes (`freshness.damage`: size
and modification time) finds nearly all damage for free. Damage that keeps both (bit rot, a
restore that keeps times) shows only in the content: `verify` reads the whole index, so it runs
where a user asks for it (`ftztui index`) or after a search failed, never on the way to a search.
"""

from __future__ import annotations

import os
from pathlib import Path

from ftztui.search.freshness import Manifest, damage, index_file_sizes


def verify(folder: Path, manifest: Manifest) -> str | None:
    """`damage`, and then each index file's content against its checksum (reads the whole
    index: see the module docstring)."""
    reason = damage(folder, manifest)
    if reason is not None:
        return reason
    for name, (_, crc) in manifest.index_checks.items():
        try:
            actual = _crc32(folder / name)
        except OSError as exc:
            return f"index file {name} cannot be read ({exc.strerror or type(exc).__name__})"
        if actual != crc:
            return f"index file {name} does not match its checksum"
    return None


def record_index_files(folder: Path, manifest: Manifest) -> None:
    """Note the size, time and checksum of every index file in `folder` (after a commit).
    A file already noted with the same size and time keeps its checksum: an update reads
    only the segments it wrote."""
    sizes = index_file_sizes(folder)
    before = manifest.index_checks
    checks: dict[str, tuple[int, int]] = {}
    for name, size in sizes.items():
        mtime = os.stat(folder / name).st_mtime_ns
        known = before.get(name)
        same = known is not None and known[0] == mtime and manifest.index_files.get(name) == size
        checks[name] = (mtime, known[1]) if same and known else (mtime, _crc32(folder / name))
    manifest.index_files, manifest.index_checks = sizes, checks


def _crc32(path: Path) -> int:
    import zlib

    crc = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc
