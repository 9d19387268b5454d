"""Reader defects a QA pass in a real 80x24 terminal found: keys typed right after Enter, where
an opened hit lands, where n starts after scrolling away, the top of the view on a resize."""

from __future__ import annotations

import time

from textual import events
from textual.geometry import Region
from textual.widgets import Static

from ftztui.model import Document
from ftztui.tui.app import FtzApp
from ftztui.tui.widgets.reader import Reader, strip_text
from ftztui.tui.widgets.search_box import SearchBox
from ftztui.tui.widgets.status import StatusLine

from .conftest import ready, screen_text, settle


def slow_documents(app: FtzApp) -> None:
    """Opening a document takes a while, as a long PDF's does."""
    store = app.main.store
    get = store.get

    def slow_get(doc_id: str) -> Document | None:
        time.sleep(0.3)
        return get(doc_id)

    store.get = slow_get  # type: ignore[method-assign]


async def test_keys_typed_right_after_enter_go_to_the_reader(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        slow_documents(app)
        # No pause after Enter: the hit is still opening when "n" arrives.
        await pilot.press("slash", *"chongqing", "enter", "n")
        assert isinstance(app.focused, Reader)
        await settle(pilot)
        assert app.query_one(SearchBox).value == "chongqing"
        first = app.main.search.result.hits[0]  # type: ignore[union-attr]
        spans = app.main.doc_spans
        opened = spans.index((first.block, *first.highlights[0]))
        status = app.query_one(StatusLine)
        # The n acted in the reader, after the hit opened: the hit after the opened one.
        assert status.hits == f"hit {opened + 2} of {len(spans)}"


def hit_row(reader: Reader) -> int:
    """The screen row of the current hit in the reader."""
    layout, current = reader._layout, reader._current
    assert layout is not None and current is not None
    return layout.line_of(current[0], current[1]) - int(reader.scroll_y)


async def test_a_hit_opened_from_the_results_list_is_a_third_down_the_view(
    make_app: FtzApp,
) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"logistics")
        await settle(pilot)  # the results list is up, the reader short
        await pilot.press("enter")
        await settle(pilot)
        reader = app.main.reader
        third = reader.scrollable_content_region.height // 3
        assert reader.scroll_y > 0
        opened = hit_row(reader)
        await pilot.press("n", "N")  # the same hit, placed by n / N
        assert hit_row(reader) == third
        assert opened == third


async def test_a_placed_hit_stays_a_third_down_while_the_view_grows(make_app: FtzApp) -> None:
    # In a real terminal the reader may grow after the hit is placed (the results list
    # closing): the hit is placed again, until the user scrolls.
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"logistics", "enter")
        await settle(pilot)
        reader = app.main.reader
        await pilot.resize_terminal(80, 40)
        await settle(pilot)
        assert hit_row(reader) == reader.scrollable_content_region.height // 3
        await pilot.press("j")  # the user scrolls: the view is theirs
        row = hit_row(reader)
        await pilot.resize_terminal(80, 30)
        await settle(pilot)
        assert hit_row(reader) == row


async def test_at_the_very_top_a_sidebar_or_a_resize_keeps_the_title_in_view(
    make_app: FtzApp,
) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        reader = app.main.reader
        assert reader.scroll_y == 0
        for step in ("t", "f", "t", (100, 30), (80, 24)):
            if isinstance(step, str):
                await pilot.press(step)
            else:
                await pilot.resize_terminal(*step)
            await settle(pilot)
            assert reader.scroll_y == 0, step
            assert "In Four Years" in screen_text(reader)


async def test_n_after_moving_away_goes_to_the_first_hit_below_the_top(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"chongqing", "enter")
        await settle(pilot)
        status = app.query_one(StatusLine)
        total, opened = len(app.main.doc_spans), app.main.hit_no
        assert opened is not None and 0 < opened < total - 1
        await pilot.press("g", "n")  # like less and vim: the search goes on from the view
        assert status.hits == f"hit 1 of {total}"
        await pilot.press("G", "N")
        assert status.hits == f"hit {total} of {total}"


async def test_a_long_search_message_is_shown_whole_at_80_columns(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"the and of")
        await settle(pilot)
        summary = app.query_one("#results-summary", Static)
        size = summary.size
        shown = " ".join(
            strip_text(line) for line in summary.render_lines(Region(0, 0, size.width, size.height))
        )
        assert "only common words or operators" in " ".join(shown.split())


async def test_hits_found_later_leave_the_figures_at_the_part_being_read(
    make_app: FtzApp,
) -> None:
    async with make_app.run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await settle(pilot)
        figures = app.main.figures_pane
        followed = figures.scroll_y
        assert followed > 0
        # The hits of a search emphasise figures (the list is rebuilt): it stays where it was.
        await pilot.press("slash", *"customs")
        await settle(pilot)
        assert app.main.doc_spans
        assert figures.scroll_y == followed


async def test_keys_typed_right_after_enter_in_the_results_wait_for_the_hit(
    make_app: FtzApp,
) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        slow_documents(app)
        await pilot.press("slash", *"chongqing")
        await settle(pilot)
        await pilot.press("down", "down", "enter", "n")
        await settle(pilot)
        spans, hit_no = app.main.doc_spans, app.main.hit_no
        assert isinstance(app.focused, Reader)
        opened = app.main.search.result.hits[1]  # type: ignore[union-attr]
        assert hit_no == spans.index((opened.block, *opened.highlights[0])) + 1


async def test_the_mouse_wheel_also_ends_the_placing_of_a_hit(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"logistics", "enter")
        await settle(pilot)
        reader = app.main.reader
        wheel = events.MouseScrollDown(reader, 5, 5, 0, 1, 0, False, False, False)
        reader.post_message(wheel)
        await pilot.pause()
        assert reader.scroll_y > 0
        row = hit_row(reader)
        await pilot.resize_terminal(80, 34)
        await settle(pilot)
        assert hit_row(reader) == row
