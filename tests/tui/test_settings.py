"""Settings and keys in the reader: [keys] remaps through Textual's keymap, settings apply,
a bad config file is reported and the reader starts with the defaults."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.binding import Binding

from ftztui.config import BINDINGS, DEFAULTS, Settings, config_path
from ftztui.library import Library
from ftztui.tui.app import FtzApp
from ftztui.tui.screens.help import HelpScreen
from ftztui.tui.screens.main import MainScreen
from ftztui.tui.screens.marks import MarksList, MarksScreen, NoteScreen
from ftztui.tui.screens.original import OriginalScreen
from ftztui.tui.widgets.contents import Contents
from ftztui.tui.widgets.figures import FiguresPane
from ftztui.tui.widgets.footer import shown_keys
from ftztui.tui.widgets.reader import Reader
from ftztui.tui.widgets.results import ResultsList
from ftztui.tui.widgets.search_box import SearchBox
from ftztui.tui.widgets.status import StatusLine

from .conftest import ready, settle

BOUND = (
    FtzApp,
    MainScreen,
    Reader,
    SearchBox,
    Contents,
    FiguresPane,
    ResultsList,
    HelpScreen,
    OriginalScreen,
    MarksScreen,
    MarksList,
    NoteScreen,
)


def test_every_binding_has_an_id_and_the_config_lists_it() -> None:
    found: dict[str, str] = {}
    for cls in BOUND:
        for binding in cls.BINDINGS:
            assert isinstance(binding, Binding)
            assert binding.id, f"{cls.__name__}: {binding.key} has no id"
            assert binding.id not in found, f"{binding.id} is used twice"
            found[binding.id] = binding.key
    # config.BINDINGS documents them for `ftztui config --init` (which cannot import Textual):
    # a binding added here needs its line there, with its default keys.
    assert found == {name: keys for name, (keys, _what) in BINDINGS.items()}


def notices(app: FtzApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_keys_remap_bindings_and_the_footer_and_help_show_them(article: Library) -> None:
    keys = {"ftztui.search": "s", "ftztui.next-hit": "ctrl+n", "ftztui.help": "f1"}
    app = FtzApp(article, refresh_every=60, settings=replace(DEFAULTS, keys=keys))
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        shown = {description: key for key, description, _on in shown_keys(app.screen)}
        assert shown["Search"] == "s" and shown["Help"] == "f1"
        await pilot.press("slash")
        assert not isinstance(app.focused, SearchBox)  # the old key no longer searches
        await pilot.press("s", *"customs")
        assert app.main.search_box.value == "customs"  # "s" types an s in the box
        await pilot.press("enter")
        await settle(pilot)
        status = app.query_one(StatusLine)
        assert status.hits.startswith("hit 1 of ")
        await pilot.press("ctrl+n")
        assert status.hits.startswith("hit 2 of ")
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        assert "  s             Search" in text and "  F1" not in text
        assert "  f1            Help" in text and "  ctrl+n        Next hit" in text


async def test_settings_apply_to_the_reader_and_the_search(article: Library) -> None:
    settings = Settings(contents=False, reader_width=50, results=2, debounce=0.05)
    app = FtzApp(article, refresh_every=60, settings=settings)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert not app.query_one("#contents-slot").display
        assert app.query_one("#figures-slot").display
        reader = app.main.reader
        assert reader._layout is not None and reader._layout.width == 50
        widths = [
            len(line.prefix + reader._source(line)[line.start : line.end].rstrip())
            for line in reader._layout.lines
        ]
        assert max(widths) <= 50
        assert app.main.search.debounce == 0.05
        await pilot.press("slash", *"chongqing")
        await settle(pilot)
        assert len(app.query_one(ResultsList).hits) == 2


async def test_a_bad_config_file_is_reported_and_the_reader_starts(article: Library) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "[search]\ndebounce_ms = 'fast'\n[reader]\ntheme = 'no-such-theme'\n", encoding="utf-8"
    )
    app = FtzApp(article, refresh_every=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        said = notices(app)
        assert any(n.startswith(f"{path}: [search] debounce_ms: expected") for n in said), said
        assert any(n.startswith(f"{path}: [reader] theme: unknown theme") for n in said), said
        assert app.settings.debounce == DEFAULTS.debounce
        assert app.theme == "textual-dark"
        await pilot.press("slash", *"customs", "enter")
        await settle(pilot)
        assert app.query_one(StatusLine).hits.startswith("hit ")


async def test_a_clash_made_in_keys_is_reported(article: Library) -> None:
    settings = replace(DEFAULTS, keys={"ftztui.copy": "n"})
    app = FtzApp(article, refresh_every=60, settings=settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        said = notices(app)
        assert any(
            n.endswith("[keys] 'n' is bound to both ftztui.next-hit and ftztui.copy") for n in said
        ), said


def test_mouse_off_in_the_settings_or_on_the_command_line(
    article: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ftztui.tui import run_app

    runs: list[bool] = []
    monkeypatch.setattr(FtzApp, "run", lambda self, mouse=True: runs.append(mouse))
    run_app(article, mouse=True)
    run_app(article, mouse=False)
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[reader]\nmouse = false\n", encoding="utf-8")
    run_app(article, mouse=True)
    assert runs == [True, False, False]
