"""Full-text search over a library: a Whoosh index of blocks. No Textual; no Whoosh object leaks.

Public interface (other layers use only this):

- `open_index(library, *, update=True, notice=None, progress=None) -> SearchIndex`: open the
  library's index, building it when missing, rebuilding it when damaged or of an old schema,
  and (with `update`) bringing it up to date with the corpus by a cheap stat check (reporting
  `progress(done, total, file name)` while it writes). Notices ("search index ... is
  unusable (...); rebuilding it", "skipped foo.bin: not text") go to `notice`, one line each.
  An index folder that cannot be written falls back to the user's cache directory, then to an
  index in memory.
- `SearchIndex.search(query, *, limit=20, doc=None) -> SearchResult` (model.SearchResult). Safe to
  call from a worker thread. Never raises: a query it cannot run comes back with a `message`.
- `SearchIndex.catalog() -> list[DocInfo]`: the documents in the index, sorted by title.
- `SearchIndex.refresh(progress=None) -> bool`: pick up changes another process made (True
  when any).
- `build_index(library, *, rebuild=False, progress=None) -> IndexReport`.
- `index_documents(documents) -> SearchIndex`: an in-memory index of given documents (tests).

Query language (what a user may type):

    export processing            both words (stemmed: "processing" finds "process", "processed");
                                 if no passage has all words, passages with most of them
    "taxation on arrival"        a phrase
    vehicles OR cars             either word
    bonded NOT warehouse         exclude a word; "-warehouse" does the same
    logist*                      a prefix (also "?" for one character)
    logistcs~ / logistcs~2       fuzzy match, at most 2 edits (a larger ~N is clamped to 2)
    title:chongqing              only in document titles; section:"business environment" in
                                 section titles; doc:chongqing-ftz-four-years in one document
    65%  216,345  "12.7 billion yuan"   numbers as written ("65 percent" finds "65%" too)
    photo commission             caption credits ("(Photo/ ...)") are searchable
    value:>1000000000 unit:yuan  blocks reporting a figure over a billion yuan (figures are
                                 indexed with their normalised value and unit; also
                                 value:[1000 TO 5000])

A word the index has never seen is corrected from the index's own vocabulary (at most 2 edits,
first letter kept; or split in two: "ecommerce" → "e-commerce") and the result says so
(`SearchResult.corrected`). If no passage has every word, the passages with most of them come
first (question words such as "how long does" are ignored). Acronyms a document defines
("Pilot Free Trade Zone (FTZ)") are searched both ways: `FTZ` also finds "Free Trade Zone" and
the reverse.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ftztui.results import DocInfo, SearchResult
from ftztui.search.live import Opened, Unusable, open_home, say_skipped_files

if TYPE_CHECKING:
    from ftztui.library import Library
    from ftztui.model import Document
    from ftztui.search.indexer import IndexReport, Progress

__all__ = ["IndexReport", "SearchIndex", "build_index", "index_documents", "open_index"]

Notice = Callable[[str], None]


def __getattr__(name: str) -> Any:
    # IndexReport lives with the writing code, which a search of a fresh index never imports.
    if name == "IndexReport":
        from ftztui.search.indexer import IndexReport

        return IndexReport
    raise AttributeError(name)


class SearchIndex:
    """An open index of a library. Methods may be called from any one thread at a time each;
    a lock serialises them, so a worker thread may search while the UI thread is idle."""

    def __init__(self, library: Library | None, opened: Opened, notice: Notice | None) -> None:
        self._library = library
        self._opened = opened
        self._notice = notice
        self._lock = threading.RLock()
        self._searcher: Any = None
        self._runner: Any = None

    @property
    def location(self) -> str:
        """Where the index lives ("" when it is in memory)."""
        return str(self._opened.folder or "")

    def search(self, query: str, *, limit: int = 20, doc: str | None = None) -> SearchResult:
        with self._lock:
            try:
                return self._run(query, limit, doc)
            except Exception as exc:  # a query must never crash the caller: say what failed
                failure = exc
            if self._library is not None:
                # The index may have been replaced under us (reopen it), or damaged: a search
                # that fails on an index whose files do not match their checksums rebuilds it.
                try:
                    self._reopen()
                    return self._run(query, limit, doc)
                except Exception as exc:
                    failure = exc
                try:
                    why = self._damage()
                    if why is not None:
                        self._repair(why)
                        return self._run(query, limit, doc)
                except Exception as exc:
                    failure = exc
            shown = str(query)[:60]
            # An AssertionError from inside Whoosh says nothing: name it rather than print "".
            why = str(failure) or f"internal error ({type(failure).__name__})"
            return SearchResult(
                str(query), None, 0, (), message=f"could not search for {shown!r}: {why}"
            )

    def _run(self, query: str, limit: int, doc: str | None) -> SearchResult:
        result: SearchResult = self._query_runner().run(str(query), limit, doc)
        return result

    def _reopen(self) -> None:
        from ftztui.search.store import Request, ensure

        assert self._library is not None
        req = Request(corpus=self._library.corpus, notice=self._notice, say_skipped=False)
        opened, _ = ensure(self._library, req)
        self._swap(opened)

    def _damage(self) -> str | None:
        """Why the open index's files cannot be trusted (read in full), or None."""
        from ftztui.search.integrity import verify

        folder = self._opened.folder
        return None if folder is None else verify(folder, self._opened.manifest)

    def _repair(self, why: str) -> None:
        """Rebuild a damaged index (with a notice) and use the new one."""
        from ftztui.search.store import Request, ensure

        assert self._library is not None
        if self._notice is not None:
            where = self._opened.home or self._library.index
            self._notice(f"search index at {where} is damaged ({why}); rebuilding it")
        req = Request(
            corpus=self._library.corpus, rebuild=True, notice=self._notice, say_skipped=False
        )
        opened, _ = ensure(self._library, req)
        self._swap(opened)

    def catalog(self) -> list[DocInfo]:
        with self._lock:
            try:
                records = list(self._opened.manifest.docs.values())
            except ValueError as exc:  # a catalog that does not validate is damage
                if self._library is None:
                    raise
                self._repair(str(exc))
                records = list(self._opened.manifest.docs.values())
        infos = [
            DocInfo(
                id=r["id"],
                title=r["title"],
                path=r.get("path"),
                source=r.get("source"),
                date=r.get("date"),
                section_titles=tuple(r.get("section_titles", ())),
                blocks=int(r.get("blocks", 0)),
                note=r.get("note"),
            )
            for r in records
        ]
        return sorted(infos, key=lambda d: (d.title.casefold(), d.id))

    def acronyms(self) -> dict[str, str]:
        """{acronym: expansion} the library's documents define."""
        with self._lock:
            return self._opened.manifest.acronyms()

    def refresh(self, progress: Progress | None = None) -> bool:
        """Re-check the corpus (another process may have added a file); True when it changed.

        Cheap when nothing changed (a stat of the corpus and of the live manifest), so a UI may
        call it every few seconds. `progress` as for `open_index`."""
        if self._library is None:
            return False
        with self._lock:
            before = self._opened
            if self._unchanged(before):
                return False
            from ftztui.search.store import NotWritable, Request, build_in_memory, ensure_home
            from ftztui.search.store import ensure as ensure_anywhere

            req = Request(
                corpus=self._library.corpus, update=True, notice=self._notice, progress=progress
            )
            if before.home is None:
                opened, _ = build_in_memory(req)
            else:
                try:
                    opened, _ = ensure_home(before.home, req)
                except NotWritable:
                    opened, _ = ensure_anywhere(self._library, req)
            changed = (
                opened.folder != before.folder or opened.manifest.files != before.manifest.files
            )
            self._swap(opened)
            return changed

    def _unchanged(self, opened: Opened) -> bool:
        from ftztui.search.freshness import compare, manifest_stamp, scan_corpus
        from ftztui.search.live import read_current

        assert self._library is not None
        if compare(opened.manifest, scan_corpus(self._library.corpus)):
            return False
        if opened.home is None or opened.folder is None:
            return True
        return read_current(opened.home) == opened.folder and (
            manifest_stamp(opened.folder) == opened.manifest.stamp
        )

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            self._runner = None

    def _swap(self, opened: Opened) -> None:
        self.close()
        self._opened = opened

    def _query_runner(self) -> Any:
        if self._runner is None:
            from whoosh.scoring import BM25F

            from ftztui.search.searcher import QueryRunner

            # B=0.5 (not 0.75): a short glossary entry that names a term once should not
            # outrank the paragraph that is about it.
            self._searcher = self._opened.ix.searcher(weighting=BM25F(B=0.5))
            self._runner = QueryRunner(
                self._searcher,
                self._opened.manifest.acronyms(),
                lambda: {d.id: d.path for d in self.catalog()},
            )
        return self._runner


def open_index(
    library: Library,
    *,
    update: bool = True,
    notice: Notice | None = None,
    progress: Progress | None = None,
) -> SearchIndex:
    """The library's index, ready to search (see the module docstring). `progress(done, total,
    file name)` is called after each file when the index has to be built or brought up to
    date (never when it is fresh)."""
    from ftztui.search.freshness import compare, scan_corpus

    try:
        current: Opened | None = open_home(library.index)
    except Unusable:
        current = None
    if current is not None:
        if not update or not compare(current.manifest, scan_corpus(library.corpus)):
            say_skipped_files(current, notice)
            return SearchIndex(library, current, notice)  # the fast path: nothing to write
        current.ix.close()
    from ftztui.search.store import Request, ensure

    req = Request(corpus=library.corpus, update=update, notice=notice, progress=progress)
    opened, _ = ensure(library, req)
    return SearchIndex(library, opened, notice)


def build_index(
    library: Library,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    notice: Notice | None = None,
) -> IndexReport:
    """Bring the library's index up to date (or rebuild it) and say what was done."""
    from ftztui.search.indexer import IndexReport
    from ftztui.search.store import Request, ensure

    if not rebuild:
        rebuild = _damaged(library, notice)
    req = Request(corpus=library.corpus, rebuild=rebuild, progress=progress, notice=notice)
    opened, report = ensure(library, req)
    opened.ix.close()
    return report or IndexReport(location=str(opened.home or ""))


def _damaged(library: Library, notice: Notice | None) -> bool:
    """True (with a notice) when the live index's files do not match their checksums: the one
    check `ftztui index` makes that a search does not (it reads the whole index)."""
    from ftztui.search.integrity import verify

    try:
        current = open_home(library.index)
    except Unusable:
        return False  # missing or unusable: `ensure` rebuilds it and says why
    current.ix.close()
    assert current.folder is not None
    why = verify(current.folder, current.manifest)
    if why is not None and notice is not None:
        notice(f"search index at {library.index} is damaged ({why}); rebuilding it")
    return why is not None


def index_documents(documents: Iterable[Document]) -> SearchIndex:
    """An in-memory index of `documents` (a uniquely named RamStorage index): for tests and
    for callers that hold documents that are not in a corpus folder."""
    import uuid

    from whoosh.filedb.filestore import RamStorage

    from ftztui.search.blockwriter import open_writer
    from ftztui.search.freshness import Manifest
    from ftztui.search.indexer import _Tally, add_document, catalog_record
    from ftztui.search.schema import SCHEMA_VERSION, make_schema

    ix = RamStorage().create_index(make_schema(), indexname=f"mem{uuid.uuid4().hex}")
    manifest = Manifest(schema=SCHEMA_VERSION)
    writer = open_writer(ix)
    for doc in documents:
        add_document(writer, doc, _Tally())
        manifest.docs[doc.id] = catalog_record(doc, doc.path or doc.id)
    writer.commit()
    return SearchIndex(None, Opened(ix, manifest, None, None), None)
