"""Remembering between runs, damaged state, hostile documents, documents added meanwhile."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ftztui.library import Library
from ftztui.tui.app import FtzApp
from ftztui.tui.state import AppState, Place, config_file, load_state, save_state, state_file
from ftztui.tui.widgets.contents import Contents
from ftztui.tui.widgets.search_box import SearchBox

from .conftest import add_document, ready, screen_text, settle


async def test_place_history_and_theme_are_restored(article: Library) -> None:
    first = FtzApp(article)
    async with first.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        block = first.main.reader.top_block
        await pilot.press("slash", *"customs", "enter")
        await settle(pilot)
        await pilot.press("escape", "escape")
        first.theme = "nord"
        first.main.reader.scroll_to_span(block, 0, center=False)
        await pilot.press("q")
    assert json.loads(state_file().read_text())["history"] == ["customs"]

    second = FtzApp(article)
    async with second.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await settle(pilot)
        assert second.theme == "nord"
        assert second.main.reader.top_block == block
        assert second.main.reader.current_section == 2
        await pilot.press("slash", "up")
        assert second.query_one(SearchBox).value == "customs"


async def test_a_corrupt_state_file_is_ignored_with_a_notice(article: Library) -> None:
    state_file().parent.mkdir(parents=True, exist_ok=True)
    state_file().write_bytes(b"\x00{not json")
    config_file().parent.mkdir(parents=True, exist_ok=True)
    config_file().write_text('["a list, not an object"]')
    app = FtzApp(article)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        notices = [n.message for n in app._notifications]
        assert any("state.json" in n for n in notices)
        assert any("config.json" in n for n in notices)
        assert "In Four Years" in screen_text(app.main.reader)
        await pilot.press("q")
    assert json.loads(state_file().read_text())["places"]  # rewritten whole


def test_state_round_trips_and_is_written_atomically() -> None:
    state = AppState({"/c": Place("doc", "doc.txt", 7)}, ["a", "b"], "nord")
    assert save_state(state) is None
    loaded, notices = load_state()
    assert notices == [] and loaded == state
    leftovers = [p for p in state_file().parent.iterdir() if p.name != "state.json"]
    assert leftovers == []


async def test_markup_and_control_sequences_in_a_document_show_literally(
    article: Library,
) -> None:
    add_document(
        article,
        "aaa-hostile.md",
        "# [bold]Loud[/] title\n\nPlain [bold]not bold[/] and [link=http://x]no link[/link]."
        " Clear \x1b[2J screen \x1b]0;owned\x07 here.\n",
    )
    app = FtzApp(article)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        doc_id = next(i.id for i in app.store.catalog if i.path == "aaa-hostile.md")
        app.main.open_document(doc_id)
        await settle(pilot)
        text = screen_text(app.main.reader)
        assert "[bold]not bold[/] and [link=http://x]no link[/link]" in text
        assert "\x1b" not in text and "\x07" not in text
        assert "[bold]Loud[/] title" in text
        await pilot.press("slash", *"bold", "enter")
        await settle(pilot)
        assert "\x1b" not in str(app.query_one("#results-summary").render())


async def test_a_document_added_by_another_process_appears(article: Library) -> None:
    app = FtzApp(article, refresh_every=0.2)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        contents = app.query_one(Contents)
        before = len(contents.document_ids)
        extra = article.corpus.parent / "incoming.txt"
        extra.write_text("Zebra crossings\n\nZebras cross the Yangtze river by ferry.\n")
        done = subprocess.run(
            [sys.executable, "-m", "ftztui", "add", str(extra)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        for _ in range(200):  # generous: the machine may be busy
            await pilot.pause(0.1)
            if len(contents.document_ids) > before:
                break
        assert len(contents.document_ids) == before + 1
        await pilot.press("slash", *"zebras", "enter")
        await settle(pilot)
        assert "Zebras cross the Yangtze" in screen_text(app.main.reader)


async def test_a_remembered_file_that_no_longer_loads_falls_back_with_a_notice(
    article: Library,
) -> None:
    (article.corpus / "aaa-broken.txt").write_bytes(b"\x00\xff\xfe" * 2000)
    save_state(AppState({str(article.corpus): Place("aaa-broken", "aaa-broken.txt", 3)}))
    app = FtzApp(article)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert "In Four Years" in screen_text(app.main.reader)
        assert any("aaa-broken.txt" in n.message for n in app._notifications)


async def test_a_place_saved_under_a_relative_corpus_path_is_found(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Places were keyed by --corpus as typed ("corpus"); paths are absolute now, and a place
    saved before is still where the reader opens."""
    monkeypatch.chdir(library.corpus.parent)
    relative = library.corpus.name
    doc_path = sorted(library.corpus.glob("*.md"))[0]
    save_state(AppState({relative: Place(doc_path.stem, doc_path.name, 0)}, [], None))
    app = FtzApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await settle(pilot)
        assert app.main.reader.document is not None
        assert app.main.reader.document.path == doc_path.name


async def test_an_ansi_theme_gives_way_to_the_default_under_no_color(
    article: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual draws an ANSI theme under NO_COLOR black on the terminal's background."""
    save_state(AppState({}, [], "ansi-dark"))
    monkeypatch.setenv("NO_COLOR", "1")
    app = FtzApp(article)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.theme != "ansi-dark"
    monkeypatch.delenv("NO_COLOR")
    app = FtzApp(article)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.theme == "ansi-dark"
