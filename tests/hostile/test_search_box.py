"""The TUI's search box takes any string a user can type: results or a message, never a crash."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ftztui.library import Library
from ftztui.tui.app import FtzApp
from tests.hostile.test_queries import NASTY, TYPABLE
from tests.tui.conftest import ready, settle


async def _type_each(library: Library, queries: list[str]) -> None:
    app = FtzApp(library, refresh_every=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        for query in queries:
            app.main.search_box.value = query
            await settle(pilot)
            assert app.is_running, f"the app stopped on {query!r}"
            summary = str(app.query_one("#results-summary").render())
            assert "Search failed" not in summary, summary
        await pilot.press("escape", "escape", "q")
    assert app.return_code == 0


def test_nasty_strings_in_the_search_box(library: Library) -> None:
    asyncio.run(_type_each(library, NASTY))


@settings(
    max_examples=2,
    deadline=timedelta(seconds=60),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(queries=st.lists(TYPABLE, min_size=10, max_size=10))
def test_any_typed_strings_in_the_search_box(library: Library, queries: list[str]) -> None:
    asyncio.run(_type_each(library, queries))
