"""Document text that looks like markup stays literal in notices and the command palette."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets._toast import Toast

from ftztui.library import Library
from ftztui.tui.app import FtzApp

from .conftest import ready, settle

TITLE = "Loud [bold]news[/] and [/] more"


async def test_notices_show_file_names_and_titles_as_written(article: Library) -> None:
    app = FtzApp(article)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        app.notify(f"Added to the library: {TITLE}")
        app.main.notify("skipped [red]x[/red].txt: empty file")  # widgets pass markup=True
        await pilot.pause(0.2)
        # What each notice's toast draws (the toasts themselves may be off screen in a test).
        shown = "\n".join(str(Toast(notice).render()) for notice in app._notifications)
        assert "[bold]news[/]" in shown and "[/] more" in shown, shown
        assert "[red]x[/red].txt" in shown, shown


async def test_the_palette_shows_a_title_as_written(article: Library) -> None:
    (article.corpus / "loud.md").write_text(f"# {TITLE}\n\nSome text.\n", encoding="utf-8")
    app = FtzApp(article)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p", *"Open: Loud")
        await settle(pilot)
        await pilot.pause(0.5)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        shown = "\n".join(
            "".join(s.text for s in palette.render_line(y)) for y in range(palette.size.height)
        )
        assert "[bold]news[/]" in shown, shown
