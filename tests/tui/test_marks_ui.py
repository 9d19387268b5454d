"""Marks in the reader: m marks the place (with a note), ' lists the marks, Enter jumps back,
and a mark made before the file changed still finds its passage after a restart."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList, CommandPalette

from ftztui.library import Library
from ftztui.marks import load_marks
from ftztui.tui.app import FtzApp
from ftztui.tui.screens.marks import MarksList, MarksScreen, NoteScreen

from .conftest import ready, screen_text, settle

PORSCHES = "Eighty-two imported Porsches were delivered"


def block_with(app: FtzApp, needle: str) -> int:
    document = app.main.reader.document
    assert document is not None
    return next(i for i, block in enumerate(document.blocks) if needle in block.text)


async def go_to_porsches(pilot: object, app: FtzApp) -> int:
    block = block_with(app, PORSCHES)
    app.main.reader.scroll_to_span(block, 0, center=False)
    await pilot.pause()  # type: ignore[attr-defined]
    return block


async def test_m_marks_the_top_line_with_a_note(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        block = await go_to_porsches(pilot, app)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        assert PORSCHES in str(app.screen.query_one("#note-quote").render())
        await pilot.press(*"first cars", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, NoteScreen)
        (mark,) = load_marks()[0]
        assert (mark.block, mark.offset, mark.note) == (block, 0, "first cars")
        assert mark.quote.startswith(PORSCHES)
        assert mark.section == "Business environment"
        assert app.main.reader._mark == (block, 0, mark.quote.index(" ", 40))


async def test_escape_in_the_note_makes_no_mark(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("m", *"never", "escape")
        await pilot.pause()
        assert load_marks()[0] == []


async def test_m_on_a_search_hit_marks_the_hit(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"porsches", "enter")
        await settle(pilot)
        await pilot.press("m", "enter")
        await pilot.pause()
        (mark,) = load_marks()[0]
        assert mark.quote.startswith("Porsches were delivered")


async def test_the_marks_list_jumps_across_documents(library: Library) -> None:
    async with FtzApp(library).run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        main = app.main
        block = await go_to_porsches(pilot, app)
        await pilot.press("m", *"cars", "enter")
        await pilot.pause()
        # Another document, then the marks list.
        other = next(info for info in main.store.catalog if info.id != main.reader.document.id)
        main.open_document(other.id)
        await settle(pilot)
        assert main.reader.document.id == other.id
        await pilot.press("apostrophe")
        await pilot.pause()
        assert isinstance(app.screen, MarksScreen)
        assert app.screen.query_one(MarksList).option_count == 1
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, MarksScreen)
        reader = main.reader
        assert reader.document.id == "chongqing-ftz-four-years"
        assert PORSCHES in screen_text(reader)
        assert reader._mark is not None and reader._mark[0] == block
        assert app.focused is reader


async def test_the_marks_list_deletes_and_edits(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("m", *"one", "enter", "G", "m", *"two", "enter")
        await pilot.pause()
        await pilot.press("M")  # M opens the list too
        await pilot.pause()
        assert isinstance(app.screen, MarksScreen)
        assert [mark.note for mark in app.screen.marks] == ["two", "one"]  # newest first
        await pilot.press("e", "ctrl+u", *"renamed", "enter")
        await pilot.pause()
        assert [mark.note for mark in load_marks()[0]] == ["one", "renamed"]
        await pilot.press("d")
        await pilot.pause()
        assert [mark.note for mark in load_marks()[0]] == ["one"]
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, MarksScreen)


async def test_the_palette_goes_to_a_mark(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        block = await go_to_porsches(pilot, app)
        await pilot.press("m", *"imported cars", "enter", "g")
        await pilot.pause()
        assert app.main.reader.scroll_y == 0
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"go to mark imported")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.reader._mark is not None and app.main.reader._mark[0] == block
        assert PORSCHES in screen_text(app.main.reader)


async def test_a_mark_finds_its_passage_after_the_file_changed(article: Library) -> None:
    async with FtzApp(article).run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        block = await go_to_porsches(pilot, app)
        await pilot.press("m", *"cars", "enter")
        await pilot.pause()
    # The user edits the article: two paragraphs at the top; every block moves down by two.
    path: Path = article.corpus / "chongqing-ftz-four-years.txt"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("Over the past four years"))
    lines[start:start] = ["A paragraph the user added.\n", "\n", "And another one.\n", "\n"]
    path.write_text("".join(lines), encoding="utf-8")
    async with FtzApp(article).run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)  # the index is brought up to date on the way
        assert block_with(app, PORSCHES) == block + 2
        await pilot.press("g", "apostrophe", "enter")
        await settle(pilot)
        reader = app.main.reader
        assert reader._mark is not None and reader._mark[0] == block + 2
        assert PORSCHES in screen_text(reader)
    (mark,) = load_marks()[0]
    assert mark.block == block + 2  # re-anchored: the next jump is exact


async def test_no_marks_says_how_to_make_one(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("apostrophe")
        await pilot.pause()
        assert isinstance(app.screen, MarksScreen)
        assert app.screen.query_one("#marks-empty").display
        assert "press m in the reader" in str(app.screen.query_one("#marks-empty").render())


async def test_notes_that_look_like_markup_are_shown_as_written(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("m", *"[bold]see[/] [/]", "enter")
        await pilot.pause()
        await pilot.press("apostrophe")
        await pilot.pause()
        listing = app.screen.query_one(MarksList)
        prompt = listing.get_option_at_index(0).prompt
        assert "[bold]see[/] [/]" in str(prompt)
        await pilot.press("escape", "ctrl+p")
        await pilot.pause()
        await pilot.press(*"go to mark")
        await pilot.pause(0.5)
        assert isinstance(app.screen, CommandPalette)  # the palette did not choke on it
        options = app.screen.query_one(CommandList)
        shown = [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]
        assert any("[bold]see[/] [/]" in text for text in shown), shown


def test_a_mark_on_a_page_names_the_page_in_the_list() -> None:
    from dataclasses import replace

    from ftztui.marks import Mark
    from ftztui.tui.screens.marks import mark_prompt

    mark = Mark(
        id="m1", library="/lib", doc_id="report", path="report.pdf", title="Annual Report",
        section="Results", block=17, offset=0, fingerprint="0", before="", quote="Exports rose.",
    )  # fmt: skip
    assert mark_prompt(mark).plain.splitlines()[-1] == "Annual Report · Results"
    paged = replace(mark, page=7)
    assert mark_prompt(paged).plain.splitlines()[-1] == "Annual Report · Results · p. 7"


async def test_a_deleted_mark_comes_back_with_u_where_it_was(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("m", *"one", "enter", "j", "m", *"two", "enter", "G")
        await pilot.press("m", *"three", "enter", "apostrophe")
        await pilot.pause()
        assert isinstance(app.screen, MarksScreen)
        await pilot.press("j", "d")  # "two", in the middle
        await pilot.pause()
        assert [mark.note for mark in load_marks()[0]] == ["one", "three"]
        assert any("u" in n.message and "deleted" in n.message for n in app._notifications)
        await pilot.press("u")
        await pilot.pause()
        assert [mark.note for mark in load_marks()[0]] == ["one", "two", "three"]
        assert [mark.note for mark in app.screen.marks] == ["three", "two", "one"]
        assert app.screen.selected() == app.screen.marks[1]  # the cursor on it again


async def test_e_in_the_marks_list_says_it_edits_the_note(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("m", *"one", "enter", "apostrophe")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        box = app.screen.query_one("#note-box")
        keys = str(app.screen.query_one("#note-keys").render())
        assert "note" in str(box.border_title).lower() and "Mark this place" not in str(
            box.border_title
        )
        assert "save" in keys.lower() and "mark" not in keys.lower()
