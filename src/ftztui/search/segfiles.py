"""Reading an index's segment in place, without copying it into memory first.

Whoosh maps a compound segment file and then hands each of its parts to a `BufferFile`, whose
`BytesIO` copies the whole part: on a 2,000-document library that is ~25 MB (the term dictionary
and the postings) copied, and every page of it read from disk, before the first query runs
(~17 ms of a cold `ftztui search`). Telling Whoosh the storage cannot map files makes it ask the
segment file for its parts (`subset`) instead, and ours maps each part on its own: a query
touches only the pages it reads, and each read copies only the bytes it returns.
"""

from __future__ import annotations

import contextlib
import mmap
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile, StructFile


class _ViewFile(BufferFile):  # type: ignore[misc]  # Whoosh is untyped
    """A part of the segment file, mapped on its own (from the page its first byte is on).

    Sequential reads (`read`, `read_pickle`, which Whoosh does on every posting block) go to the
    map itself, a C file object; positional reads slice it as `BufferFile`'s do. Positions are
    the part's: `seek` and `tell` add and take off where the part starts in its map."""

    def __init__(self, part: mmap.mmap, start: int, name: str | None) -> None:
        self._buf = memoryview(part)[start:]
        self._start = start
        #: How far past the end the last seek went (kept as a BytesIO keeps it).
        self._beyond = 0
        self._name = name
        self.file = part
        part.seek(start)
        self.onclose = None
        self.is_real = False
        self.is_closed = False

    def seek(self, position: int, whence: int = 0) -> int:
        if whence == 0 and position < 0:
            raise ValueError(f"negative seek position {position}")
        end = len(self.file)
        base = (self._start, self.file.tell() + self._beyond, end)[whence]
        # As a BytesIO: a relative seek stops at the start, and a position past the end is
        # kept (the map cannot go there; reads from its end return nothing, as past the end).
        target = max(self._start, base + position)
        self._beyond = max(0, target - end)
        self.file.seek(target - self._beyond)
        return target - self._start

    def tell(self) -> int:
        told: int = self.file.tell() + self._beyond - self._start
        return told

    def close(self) -> None:
        if self.is_closed:
            raise ValueError(f"{self._name} is already closed")  # as StructFile says it
        self.is_closed = True
        self._buf.release()  # else the map refuses to close
        # A slice of the map some reader still holds keeps it open (BufferError): it is then
        # unmapped with the last slice, and closing the index must not fail for it.
        with contextlib.suppress(BufferError):
            self.file.close()


class _SegmentFile(StructFile):  # type: ignore[misc]
    """An opened index file whose parts (`subset`) are read through memory maps."""

    def subset(self, offset: int, length: int, name: str | None = None) -> Any:
        start = offset % mmap.ALLOCATIONGRANULARITY  # a map must begin on a page
        try:
            part = mmap.mmap(
                self.file.fileno(), start + length, access=mmap.ACCESS_READ, offset=offset - start
            )
        except (OSError, ValueError):  # e.g. an empty or truncated file: read it the plain way
            return super().subset(offset, length, name=name)
        return _ViewFile(part, start, name or self._name)


class MappedStorage(FileStorage):  # type: ignore[misc]
    """A read-only `FileStorage` whose compound segments are read in place (module docstring)."""

    def __init__(self, path: str) -> None:
        # supports_mmap=False: Whoosh then asks our file for its parts instead of mapping it.
        super().__init__(path, supports_mmap=False, readonly=True)

    def open_file(self, name: str, **kwargs: Any) -> Any:
        return _SegmentFile(open(self._fpath(name), "rb"), name=name, **kwargs)
