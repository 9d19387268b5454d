"""Indexing in view: a library being built says "indexing n/N" in the status line, the reader
stays usable meanwhile, and the documents appear in the contents when the index is ready."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest

from ftztui import loaders
from ftztui.library import Library
from ftztui.model import Document
from ftztui.tui.app import FtzApp
from ftztui.tui.indexing import ProgressReporter, progress_text
from ftztui.tui.widgets.contents import Contents
from ftztui.tui.widgets.status import StatusLine

from ..conftest import SEED
from .conftest import ready

DOCUMENTS = 300


def generated_library(tmp_path: Path) -> Library:
    """The article plus a few hundred small notes, none indexed yet."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy2(SEED, corpus / SEED.name)
    for n in range(DOCUMENTS):
        paragraphs = (
            f"Paragraph {p} of note {n}: the zone handled {n * p + 7} containers, "
            f"12% more than the year before, and note{n}word once."
            for p in range(8)
        )
        (corpus / f"note-{n:03d}.md").write_text(
            f"# Generated note {n}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
        )
    return Library(corpus=corpus, index=tmp_path / "index", origin="option")


async def test_indexing_shows_progress_and_the_reader_stays_usable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = generated_library(tmp_path)
    # The real loader, held after the first files until the reader has been tried: on a fast
    # day these notes index in well under a second, too quick to press a key while it runs, and
    # on a loaded machine a fixed delay is no guarantee either.
    real_load = loaders.load_document
    tried = threading.Event()
    loaded = 0

    def held_load(path: Path | str, doc_id: str | None = None) -> Document:
        nonlocal loaded
        loaded += 1
        if loaded > 20:
            tried.wait(timeout=30)
        return real_load(path, doc_id)

    monkeypatch.setattr(loaders, "load_document", held_load)
    seen: list[str] = []
    async with FtzApp(library).run_test(size=(100, 30)) as pilot:
        app = pilot.app
        assert isinstance(app, FtzApp)
        status = app.query_one(StatusLine)
        for _ in range(1000):  # up to 10 s for the first progress message
            if status.activity:
                break
            await pilot.pause(0.01)
        assert status.activity.startswith("indexing "), "no progress was shown"
        seen.append(status.activity)
        done, total = status.activity.removeprefix("indexing ").split(",")[0].split("/")
        assert int(total) == DOCUMENTS + 1 and 0 < int(done) <= int(total)
        # While the index is written, the reader reads: the keys move it at once.
        reader = app.main.reader
        assert app.index is None
        await pilot.press("space")
        await pilot.pause()
        assert reader.scroll_y > 0
        assert app.index is None, "indexing finished before the reader was tried"
        # Meanwhile the contents lists the files by name (each opens from its file).
        placeholders = app.query_one(Contents).document_ids
        assert len(placeholders) == DOCUMENTS + 1
        assert sum(doc_id.startswith("file:") for doc_id in placeholders) == DOCUMENTS
        tried.set()
        # Progress moves on, and when the index is ready the status line says nothing more.
        while app.index is None:
            if status.activity and status.activity != seen[-1]:
                seen.append(status.activity)
            await pilot.pause(0.02)
        await ready(pilot)
        assert status.activity == ""
        assert len(seen) >= 2, seen
        # Every new document is in the contents, by its title (no longer by its file name).
        contents = app.query_one(Contents)
        titles = {info.title for info in app.store.catalog}
        assert len(app.store.catalog) == DOCUMENTS + 1
        assert "Generated note 299" in titles
        shown = contents.document_ids
        assert set(shown) == {info.id for info in app.store.catalog}
        result = app.index.search("note299word")
        assert [hit.title for hit in result.hits][:1] == ["Generated note 299"]


def test_progress_is_throttled_but_the_last_step_always_shown() -> None:
    posted: list[object] = []

    class FakeApp:
        def post_message(self, message: object) -> bool:
            posted.append(message)
            return True

    report = ProgressReporter(FakeApp(), every=3600)  # type: ignore[arg-type]
    for n in range(1, 101):
        report(n, 100, f"file{n}")
    assert [(m.done, m.total) for m in posted] == [(1, 100), (100, 100)]  # type: ignore[attr-defined]
    report.finished()
    assert (posted[-1].done, posted[-1].total) == (0, 0)  # type: ignore[attr-defined]
    assert progress_text(120, 2000) == "indexing 120/2000"
    assert progress_text(2000, 2000) == "indexing 2000/2000, saving…"
    assert progress_text(0, 0) == ""


async def test_files_added_while_reading_show_progress_then_appear(
    seed_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_load = loaders.load_document

    def slower_load(path: Path | str, doc_id: str | None = None) -> Document:
        time.sleep(0.005)
        return real_load(path, doc_id)

    async with FtzApp(seed_library, refresh_every=0.2).run_test(size=(100, 30)) as pilot:
        app = await ready(pilot)
        status = app.query_one(StatusLine)
        assert status.activity == "" and len(app.store.catalog) == 1
        monkeypatch.setattr(loaders, "load_document", slower_load)
        more = seed_library.corpus.parent / "more"
        more.mkdir()
        added = generated_library(more).corpus
        for path in added.glob("note-*.md"):  # as `ftztui add` would: into the corpus
            shutil.copy2(path, seed_library.corpus / path.name)
        for _ in range(1000):
            if status.activity.startswith("indexing "):
                break
            await pilot.pause(0.01)
        assert status.activity.startswith("indexing "), "no progress was shown"
        assert status.activity.endswith(f"/{DOCUMENTS}") or "saving" in status.activity
        for _ in range(3000):
            if len(app.store.catalog) == DOCUMENTS + 1:
                break
            await pilot.pause(0.01)
        await pilot.pause(0.1)
        assert len(app.store.catalog) == DOCUMENTS + 1
        assert status.activity == ""
        assert len(app.query_one(Contents).document_ids) == DOCUMENTS + 1
