"""The start document is served from the cache only while it is what the file would give."""

from __future__ import annotations

import os
from pathlib import Path

from ftztui.library import Library
from ftztui.loaders import load_document
from ftztui.tui import start_cache
from ftztui.tui.documents import DocumentStore


def test_second_start_gets_the_same_document_from_the_cache(library: Library) -> None:
    path = library.corpus / "chongqing-ftz-four-years.txt"
    first, cached = DocumentStore(library).load_start_file(path)
    assert not cached
    DocumentStore(library).keep_for_next_start(path, first)
    again, cached = DocumentStore(library).load_start_file(path)
    assert cached and again == first == load_document(path)


def test_an_edited_file_is_loaded_afresh(library: Library) -> None:
    path = library.corpus / "notes.md"
    path.write_text("# Old title\n\nOld text.\n", encoding="utf-8")
    store = DocumentStore(library)
    store.keep_for_next_start(path, store.load_start_file(path)[0])
    path.write_text("# New title\n\nNew text, a little longer.\n", encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    document, cached = DocumentStore(library).load_start_file(path)
    assert not cached and document.title == "New title"


def test_a_damaged_cache_file_means_a_normal_load(library: Library) -> None:
    path = library.corpus / "chongqing-ftz-four-years.txt"
    target: Path = start_cache.cache_file()
    target.parent.mkdir(parents=True)
    target.write_bytes(b"\x80\x05not a pickle")
    document, cached = DocumentStore(library).load_start_file(path)
    assert not cached and document == load_document(path)
