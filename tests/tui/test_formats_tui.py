"""PDF pages in the reader and the results, and the open-in-viewer key."""

from __future__ import annotations

import pytest

from ftztui.library import Library
from ftztui.tui.app import FtzApp
from ftztui.tui.widgets.results import ResultsList, hit_prompt
from ftztui.tui.widgets.status import StatusLine
from tests.format_files import report_pdf

from .conftest import ready, settle
from .test_navigation import plain


@pytest.fixture
def pdf_app(empty_library: Library, monkeypatch: pytest.MonkeyPatch) -> FtzApp:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    empty_library.corpus.mkdir(parents=True, exist_ok=True)
    report_pdf(empty_library.corpus / "report.pdf")
    return FtzApp(empty_library, refresh_every=0.2)


async def test_the_status_line_shows_the_page_and_v_explains_no_display(pdf_app: FtzApp) -> None:
    async with pdf_app.run_test(size=(100, 30)) as pilot:
        app = await ready(pilot)
        app.main.open_document("report", 0)
        await settle(pilot)
        status = app.query_one(StatusLine)
        assert status.page == "p. 1"
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert status.page == "p. 2"
        await pilot.press("v")
        assert status.notice.startswith("No display")
        assert "report.pdf" in status.notice
        assert plain(status.render()).startswith("No display: no viewer can be shown")


async def test_search_results_name_the_page(pdf_app: FtzApp) -> None:
    async with pdf_app.run_test(size=(100, 30)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"companies")
        await settle(pilot)
        hits = app.query_one(ResultsList).hits
        assert sorted(h.page for h in hits) == [1, 2, 3, 4]
        assert "p. 2" in plain(hit_prompt(next(h for h in hits if h.page == 2)))


async def test_v_at_80_columns_still_tells_where_the_file_is(pdf_app: FtzApp) -> None:
    async with pdf_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        app.main.open_document("report", 0)
        await settle(pilot)
        await pilot.press("v")
        await pilot.pause()
        where = str(app.library.corpus / "report.pdf")
        assert where not in plain(app.query_one(StatusLine).render())  # the line cuts it
        assert any(where in str(note.message) for note in app._notifications)
