"""Opening an index home, and deciding whether to use, update, rebuild or relocate it.

The index is a cache of the corpus: missing, of another schema version or damaged (a file missing
or of the wrong size, or Whoosh refusing to open it) means rebuild, with a one-line notice. A home
that cannot be written sends us to the user's cache directory, and failing that to an index in
memory, again with a notice.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ftztui.library import Library, user_cache_dir
from ftztui.search import indexer
from ftztui.search.freshness import Changes, Manifest, compare, scan_corpus
from ftztui.search.indexer import IndexReport, LoadOne, Progress, _Tally
from ftztui.search.live import (
    Opened,
    Unusable,
    open_folder,
    open_home,
    say_skipped_files,
)
from ftztui.search.lock import LockTimeout, writer_lock
from ftztui.search.schema import SCHEMA_VERSION, make_schema

Notice = Callable[[str], None]


class NotWritable(Exception):
    """A home we would have to write to, and cannot."""


def fallback_home(library: Library) -> Path:
    key = hashlib.sha1(str(library.index).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return user_cache_dir() / "indexes" / f"fallback-{key}"


def check_writable(home: Path) -> None:
    try:
        home.mkdir(parents=True, exist_ok=True)
        probe = home / f".probe-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise NotWritable(exc.strerror or type(exc).__name__) from exc


def _report(tally: _Tally, started: float, *, rebuilt: bool, where: str) -> IndexReport:
    return IndexReport(
        added=tally.added,
        updated=tally.updated,
        removed=tally.removed,
        skipped=len(tally.skipped),
        seconds=time.perf_counter() - started,
        bytes=tally.bytes,
        skipped_files=tuple(tally.skipped),
        rebuilt=rebuilt,
        location=where,
        notices=tuple(tally.notices),
    )


@dataclass
class Request:
    """What a caller wants of a home: just open, update, or rebuild."""

    corpus: Path
    update: bool = True
    rebuild: bool = False
    notice: Notice | None = None
    progress: Progress | None = None
    load_one: LoadOne = indexer.default_load_one
    #: Tell the skipped files once opened: not when an open index is reopened or repaired
    #: (the user was told when it was first opened).
    say_skipped: bool = True

    def say(self, message: str) -> None:
        if self.notice is not None:
            self.notice(message)


def ensure_home(home: Path, req: Request) -> tuple[Opened, IndexReport | None]:
    """Open `home`'s index, updating or rebuilding it as needed. Raises NotWritable."""
    try:
        opened: Opened | None = open_home(home)
    except Unusable:
        opened = None
    fresh = opened is not None and (
        not req.update or not compare(opened.manifest, scan_corpus(req.corpus))
    )
    if opened is not None and fresh and not req.rebuild:
        return opened, None
    check_writable(home)
    with writer_lock(home, notice=req.notice):
        return _write_locked(home, req)


def _write_locked(home: Path, req: Request) -> tuple[Opened, IndexReport]:
    started = time.perf_counter()
    # Look again: the process we waited for may have done our work already.
    why = "missing"
    try:
        opened: Opened | None = open_home(home)
    except Unusable as exc:
        opened, why = None, str(exc)
    stamps = scan_corpus(req.corpus)
    if opened is not None and not req.rebuild:
        changes = compare(opened.manifest, stamps)
        if not changes:
            return opened, _report(_Tally(), started, rebuilt=False, where=str(home))
        try:
            return _update(opened, changes, stamps, req, started)
        except Exception as exc:  # a writer failing mid-way: the cache is rebuilt instead
            why = f"updating it failed ({type(exc).__name__})"
    if opened is None and why != "missing":
        req.say(f"search index at {home} is unusable ({why}); rebuilding it")
    folder = indexer.new_index_dir(home)
    try:
        _, tally = indexer.build_into(
            folder, req.corpus, stamps, load_one=req.load_one, progress=req.progress
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    indexer.point_current(home, folder)
    _say_skipped(req, tally)
    return open_folder(folder, home, just_written=True), _report(
        tally, started, rebuilt=True, where=str(home)
    )


def _update(
    opened: Opened, changes: Changes, stamps: dict[str, tuple[int, int]], req: Request, t0: float
) -> tuple[Opened, IndexReport]:
    assert opened.folder is not None and opened.home is not None
    opened.ix.close()
    tally = indexer.update_in_place(
        opened.folder,
        opened.manifest,
        req.corpus,
        changes,
        stamps,
        load_one=req.load_one,
        progress=req.progress,
    )
    _say_skipped(req, tally)
    report = _report(tally, t0, rebuilt=False, where=str(opened.home))
    if report.changed:
        req.say(report.summary())
    return open_folder(opened.folder, opened.home, just_written=True), report


def _say_skipped(req: Request, tally: _Tally) -> None:
    """Notices from the figure extractor; skipped files are told by `say_skipped_files`."""
    for line in tally.notices:
        req.say(line)


def build_in_memory(req: Request) -> tuple[Opened, IndexReport]:
    """A throw-away index in RAM, for when no folder can be written."""
    from whoosh.filedb.filestore import RamStorage

    from ftztui.search.blockwriter import open_writer

    started = time.perf_counter()
    ix = RamStorage().create_index(make_schema(), indexname=f"ram{uuid.uuid4().hex}")
    manifest = Manifest(schema=SCHEMA_VERSION)
    stamps = scan_corpus(req.corpus)
    writer = open_writer(ix)
    tally = indexer.write_changes(
        writer,
        manifest,
        req.corpus,
        Changes(added=tuple(sorted(stamps))),
        stamps,
        load_one=req.load_one,
        progress=req.progress,
    )
    writer.commit()
    _say_skipped(req, tally)
    return Opened(ix, manifest, None, None), _report(tally, started, rebuilt=True, where="")


def ensure(library: Library, req: Request) -> tuple[Opened, IndexReport | None]:
    """The library's index, wherever it can live: its folder, the cache, or memory."""
    homes = [library.index, fallback_home(library)]
    for n, home in enumerate(homes):
        try:
            opened, report = ensure_home(home, req)
            if req.say_skipped:
                say_skipped_files(opened, req.notice)
            return opened, report
        except NotWritable as exc:
            where = "the user cache" if n == 0 else "memory"
            req.say(f"cannot write the search index at {home} ({exc}); using {where} instead")
        except LockTimeout as exc:
            req.say(f"{exc}; using an index in memory instead")
            break
        except (Unusable, OSError) as exc:  # e.g. disk full mid-build, or a racing writer
            where = "the user cache" if n == 0 else "memory"
            req.say(f"could not build the search index at {home} ({exc}); using {where} instead")
    opened, report = build_in_memory(req)
    if req.say_skipped:
        say_skipped_files(opened, req.notice)
    return opened, report
