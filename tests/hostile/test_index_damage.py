"""Index files overwritten with random bytes of the same size are found and rebuilt, once."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ftztui.library import Library
from ftztui.search import build_index, open_index
from ftztui.search.live import read_current
from ftztui.tui.app import FtzApp
from tests.hostile.run import ftztui

SEED_ID = "chongqing-ftz-four-years"


def _scramble_segments(library: Library, *, keep_time: bool) -> list[Path]:
    """Random bytes over every segment file, same size; with `keep_time` the modification
    time is put back (as bit rot or a restore that keeps times would leave it)."""
    folder = read_current(library.index)
    assert folder is not None
    segments = sorted(folder.glob("*.seg"))
    assert segments
    for seg in segments:
        st = seg.stat()
        seg.write_bytes(os.urandom(st.st_size))
        if keep_time:
            os.utime(seg, ns=(st.st_atime_ns, st.st_mtime_ns))
    return segments


@pytest.mark.parametrize("keep_time", [False, True], ids=["new-time", "same-time"])
def test_search_on_scrambled_segments_rebuilds_once(seed_library: Library, keep_time: bool) -> None:
    build_index(seed_library)
    _scramble_segments(seed_library, keep_time=keep_time)
    run = ftztui(seed_library, "search", "--json", "Porsches")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["message"] is None, data["message"]
    assert [h["doc"] for h in data["hits"]] == [SEED_ID]
    assert run.stderr.count("rebuilding") == 1, run.stderr
    again = ftztui(seed_library, "search", "--json", "Porsches")
    assert again.returncode == 0 and again.stderr == "", again.stderr


def test_an_open_index_damaged_under_a_reader_is_rebuilt(seed_library: Library) -> None:
    """The TUI keeps an index open: damage after the open shows on the next search."""
    notices: list[str] = []
    index = open_index(seed_library, notice=notices.append)
    assert index.search("Porsches").total == 1
    index.close()  # a fresh searcher reads the scrambled files
    _scramble_segments(seed_library, keep_time=True)
    result = index.search("Porsches")
    assert result.message is None and [h.doc for h in result.hits] == [SEED_ID]
    assert sum("rebuilding" in n for n in notices) == 1, notices
    assert index.search("vehicles").total > 0
    assert sum("rebuilding" in n for n in notices) == 1, notices


@pytest.mark.parametrize("keep_time", [False, True], ids=["new-time", "same-time"])
def test_ftztui_index_finds_scrambled_segments(seed_library: Library, keep_time: bool) -> None:
    build_index(seed_library)
    _scramble_segments(seed_library, keep_time=keep_time)
    run = ftztui(seed_library, "index")
    assert run.returncode == 0, run.stderr
    assert "up to date" not in run.stdout and "rebuilt" in run.stdout, run.stdout
    assert "rebuilding" in run.stderr, run.stderr
    again = ftztui(seed_library, "index")
    assert "up to date" in again.stdout and again.stderr == "", again.stderr


def test_a_failing_query_on_a_sound_index_does_not_rebuild(seed_library: Library) -> None:
    """Only damage rebuilds: a sound index is left alone whatever the query."""
    build_index(seed_library)
    folder = read_current(seed_library.index)
    run = ftztui(seed_library, "search", "--json", "--", "<5 NOT NOT ((value:>")
    assert run.returncode in (0, 1), run.stderr
    assert "rebuilding" not in run.stderr
    assert read_current(seed_library.index) == folder


async def _search_in_the_reader(app: FtzApp, library: Library) -> tuple[list[str], str]:
    from ftztui.tui.widgets.results import ResultsList

    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(500):
            if app.index is not None:
                break
            await pilot.pause(0.01)
        assert app.index is not None
        await app.workers.wait_for_complete()
        app.index.close()  # as after a refresh: the next search opens the files again
        _scramble_segments(library, keep_time=True)
        await pilot.press("slash", *"Porsches")
        for _ in range(100):  # the repair rebuilds the index in the search's thread
            await pilot.pause(0.1)
            if app.query_one(ResultsList).hits:
                break
        await app.workers.wait_for_complete()
        hits = [h.doc for h in app.query_one(ResultsList).hits]
        summary = str(app.query_one("#results-summary").render())
        notices = [n.message for n in app._notifications]
        assert hits == [SEED_ID], (summary, notices)
        return notices, summary


def test_the_reader_rebuilds_a_damaged_index_on_search(seed_library: Library) -> None:
    import asyncio

    notices, summary = asyncio.run(_search_in_the_reader(FtzApp(seed_library), seed_library))
    assert "could not search" not in summary
    assert sum("rebuilding" in n for n in notices) == 1, notices
