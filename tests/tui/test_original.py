"""`o` shows the document as its file had it: the removed parts back in place, dimmed, with why."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Static

from ftztui.tui.app import FtzApp
from ftztui.tui.screens.help import help_text
from ftztui.tui.screens.main import MainScreen
from ftztui.tui.screens.original import OriginalScreen, original_text
from ftztui.tui.widgets.footer import KeysFooter
from tests.tui.conftest import ready, settle


async def test_o_shows_the_removed_lines_in_place_and_escape_goes_back(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        document = app.screen.reader.document  # type: ignore[attr-defined]
        assert document is not None and document.removed
        await pilot.press("o")
        assert isinstance(app.screen, OriginalScreen)
        shown = app.screen.query_one("#original-text", Static).render()
        plain = str(shown)
        assert "[removed: line 1, site name] iChongqing Title" in plain
        assert "[removed: line 72, cookie notice] I Agree" in plain
        # The footer comes after the last paragraph, as in the file.
        assert plain.index("Humiwang has established") < plain.index("A Tour in Chongqing")
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


def test_removed_parts_are_dimmed_and_document_text_is_not_markup(make_app: FtzApp) -> None:
    from ftztui.model import Block, Document, Removed, Section

    doc = Document(
        id="d",
        title="[bold]T[/]",
        sections=(Section(None, (Block("paragraph", "one [red]x[/]"), Block("paragraph", "two"))),),
        removed=(Removed("Share", "share buttons", 1, line=3),),
    )
    text = original_text(doc)
    assert "[bold]T[/]" in text.plain and "one [red]x[/]" in text.plain
    at = text.plain.index("Share")
    assert text.plain.index("one") < at < text.plain.index("two")
    assert any("dim" in str(span.style) and span.start <= at < span.end for span in text.spans)


def test_the_help_lists_the_original_view() -> None:
    assert "Original: the file with removed parts dimmed" in help_text(MainScreen.BINDINGS).plain


async def test_o_opens_where_the_reader_is_not_at_the_top(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await settle(pilot)
        reader = app.screen.reader  # type: ignore[attr-defined]
        assert reader.top_block > 0
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, OriginalScreen)
        view = app.screen.query_one("#original", VerticalScroll)
        here = app.screen.query_one("#original-here", Static)
        assert view.scroll_y > 0
        assert here.region.y == view.region.y  # the part being read is at the top
        app.screen.query_one(KeysFooter)  # how to go back stays on screen


async def test_g_and_G_go_to_the_files_start_and_end(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("o")
        await settle(pilot)
        view = app.screen.query_one("#original", VerticalScroll)
        await pilot.press("G")
        await settle(pilot)
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("g")
        await settle(pilot)
        assert view.scroll_y == 0


def test_a_list_s_items_stand_together_and_keep_their_numbers() -> None:
    from ftztui.model import Block, Document, Removed, Section

    items = (
        Block("list_item", "Install it", mark="1."),
        Block("list_item", "the index", level=1),
        Block("list_item", "Run it", mark="2."),
    )
    doc = Document(
        id="d",
        title="Steps",
        sections=(Section(None, (Block("paragraph", "Steps to take."), *items)),),
        removed=(Removed("Advertisement", "advertisement", 3),),
    )
    plain = original_text(doc).plain
    assert "Steps to take.\n\n1. Install it\n  • the index\n" in plain
    assert "Advertisement" in plain.split("the index", 1)[1].split("2. Run it", 1)[0]
