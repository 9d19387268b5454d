"""Reading an index's segment in place, without copying it into memory first.

Whoosh maps a compound segment file and then hands each of its parts to a `BufferFile`, whose
`BytesIO` copies the whole part: on a 2,000-document library that is ~25 MB (the term dictionary
and the postings) copied, and every page of it read from disk, before the first query runs
(~17 ms of a cold `ftztui search`). Telling Whoosh the storage cannot map files makes it ask the
segment file for its parts (`subset`) instead, and ours answers with views of one memory map:
a query touches only the pages it reads, and each read copies only the bytes it returns.
"""

from __future__ import annotations

import contextlib
import mmap
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile, StructFile


class _ViewReader:
    """The file methods `StructFile` calls (read, seek, tell, readline, close) over a
    memoryview."""

    __slots__ = ("_pos", "_view", "closed")

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._pos = 0
        self.closed = False

    def read(self, size: int | None = -1) -> bytes:
        start = self._pos
        end = len(self._view) if size is None or size < 0 else min(start + size, len(self._view))
        if end <= start:
            return b""
        self._pos = end
        return self._view[start:end].tobytes()

    def readline(self, size: int | None = -1) -> bytes:
        rest = self._view[self._pos :].tobytes()
        cut = rest.find(b"\n") + 1 or len(rest)
        if size is not None and size >= 0:
            cut = min(cut, size)
        self._pos += cut
        return rest[:cut]

    def seek(self, offset: int, whence: int = 0) -> int:
        base = (0, self._pos, len(self._view))[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self.closed = True


class _ViewFile(BufferFile):  # type: ignore[misc]  # Whoosh is untyped
    """A `BufferFile` over a view of the map, without `BufferFile`'s copy into a `BytesIO`
    (its positional reads already slice the buffer: only the sequential ones need a file)."""

    def __init__(self, buf: memoryview, name: str | None = None) -> None:
        self._buf = buf
        self._name = name
        self.file = _ViewReader(buf)
        self.onclose = None
        self.is_real = False
        self.is_closed = False


class _SegmentFile(StructFile):  # type: ignore[misc]
    """An opened index file whose parts (`subset`) are views of one lazily made memory map."""

    def __init__(self, fileobj: Any, name: str | None = None, **kwargs: Any) -> None:
        super().__init__(fileobj, name=name, **kwargs)
        self._map: mmap.mmap | None = None

    def subset(self, offset: int, length: int, name: str | None = None) -> Any:
        if self._map is None:
            try:
                self._map = mmap.mmap(self.file.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError):  # e.g. an empty file: read it the plain way
                return super().subset(offset, length, name=name)
        view = memoryview(self._map)[offset : offset + length]
        return _ViewFile(view, name=name or self._name)

    def close(self) -> None:
        super().close()
        if self._map is not None:
            # A reader still holding a view raises BufferError: the map goes with the last view.
            with contextlib.suppress(BufferError):
                self._map.close()
            self._map = None


class MappedStorage(FileStorage):  # type: ignore[misc]
    """A read-only `FileStorage` whose compound segments are read in place (module docstring)."""

    def __init__(self, path: str) -> None:
        # supports_mmap=False: Whoosh then asks our file for its parts instead of mapping it.
        super().__init__(path, supports_mmap=False, readonly=True)

    def open_file(self, name: str, **kwargs: Any) -> Any:
        return _SegmentFile(open(self._fpath(name), "rb"), name=name, **kwargs)
