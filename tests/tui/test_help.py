"""The help screen (?): it scrolls with the reader's keys, has no empty heading, and shows the
search syntax with examples that work on the library."""

from __future__ import annotations

import re
import shutil

import pytest
from textual.containers import VerticalScroll

from ftztui.library import Library
from ftztui.search import SearchIndex, open_index
from ftztui.tui.app import FtzApp
from ftztui.tui.screens.help import SEARCH_SYNTAX, HelpScreen, help_text
from ftztui.tui.screens.main import MainScreen

from ..conftest import CORPUS
from .conftest import ready


async def test_help_scrolls_with_space_b_g_and_shift_g(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        scroll = pilot.app.screen.query_one(VerticalScroll)
        assert scroll.max_scroll_y > 0
        await pilot.press("space")
        assert scroll.scroll_y > 0
        await pilot.press("b")
        assert scroll.scroll_y == 0
        await pilot.press("G")
        assert scroll.scroll_y == scroll.max_scroll_y
        await pilot.press("g")
        assert scroll.scroll_y == 0


def test_help_has_no_empty_heading_and_shows_the_search_syntax() -> None:
    text = help_text([*MainScreen.BINDINGS, *FtzApp.BINDINGS]).plain
    # A heading is followed by an indented line, never by a blank line or another heading.
    lines = text.splitlines()
    headings = [i for i, line in enumerate(lines) if line and not line.startswith(" ")]
    for i in headings:
        if lines[i - 1] == "" and i + 1 < len(lines):
            assert lines[i + 1].startswith("  "), f"{lines[i]!r} has nothing under it"
    assert "Search syntax" in text
    for example, meaning in SEARCH_SYNTAX:
        assert example in text and meaning in text


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """The bundled corpus (the examples are about it), indexed in a private folder."""
    root = tmp_path_factory.mktemp("help-corpus")
    shutil.copytree(CORPUS, root / "corpus")
    return open_index(Library(root / "corpus", root / "index"))


@pytest.mark.parametrize("example", [example for example, _meaning in SEARCH_SYNTAX])
def test_each_search_syntax_example_finds_passages(bundled: SearchIndex, example: str) -> None:
    # An example may show two forms ("bonded -warehouse  bonded NOT warehouse"): each works.
    for query in re.split(r"\s{2,}", example):
        result = bundled.search(query)
        assert result.hits, f"{query!r} found nothing: {result.message}"
