"""Search in the TUI: as you type, open a hit, step with n / N, Escape, history."""

from __future__ import annotations

import time

from ftztui.library import Library
from ftztui.tui.app import FtzApp
from ftztui.tui.widgets.reader import Reader
from ftztui.tui.widgets.results import ResultsList
from ftztui.tui.widgets.search_box import SearchBox
from ftztui.tui.widgets.status import StatusLine

from .conftest import ready, screen_text, settle


def hit_styles(reader: Reader, word: str = "customs") -> list[str]:
    """Styles of the highlighted pieces of `word` on the visible lines."""
    styles = []
    for y in range(reader.size.height):
        for segment in reader.render_line(y):
            style = segment.style
            if segment.text.lower() != word or style is None:
                continue
            if style.underline or style.reverse:
                styles.append(f"{segment.text}:{'reverse' if style.reverse else 'underline'}")
    return styles


async def test_reader_has_focus_at_start_and_shows_the_article(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        assert isinstance(app.focused, Reader)
        assert "In Four Years, Chongqing FTZ" in screen_text(app.main.reader)
        await pilot.press("q")
    assert app.return_code == 0


async def test_typing_shows_results_grouped_by_document(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"customs")
        await settle(pilot)
        assert isinstance(app.focused, SearchBox)
        results = app.query_one(ResultsList)
        assert results.hits and all("ustoms" in h.text for h in results.hits)
        header = results.get_option_at_index(0)
        assert header.disabled and "Chongqing FTZ" in str(header.prompt)
        summary = str(app.query_one("#results-summary").render())
        assert "passage" in summary


async def test_enter_opens_first_hit_with_every_hit_highlighted(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"customs", "enter")
        await settle(pilot)
        reader = app.main.reader
        assert isinstance(app.focused, Reader)
        status = app.query_one(StatusLine)
        assert status.hits.startswith("hit 1 of ")
        total = int(status.hits.rsplit(" ", 1)[1])
        assert total >= 4
        styles = hit_styles(reader)
        # Visible without colour: the current hit reversed, the others underlined.
        assert any(s.lower().startswith("customs:reverse") for s in styles)
        assert any(s.lower().startswith("customs:underline") for s in styles)


async def test_n_and_shift_n_step_through_hits_across_sections(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"chongqing", "enter")
        await settle(pilot)
        status = app.query_one(StatusLine)
        total = len(app.main.doc_spans)
        # Enter opened the best passage: its first hit, counted in document order.
        first = app.main.hit_no
        assert first is not None and status.hits == f"hit {first + 1} of {total}"
        sections = set()
        for step in range(1, total + 1):
            await pilot.press("n")
            assert status.hits == f"hit {(first + step) % total + 1} of {total}"
            sections.add(app.main.reader.current_section)
        assert len(sections) > 1  # stepping crossed sections, and wrapped back to the start
        await pilot.press("N")
        assert status.hits == f"hit {(first - 1) % total + 1} of {total}"
        block, start, _end = app.main.doc_spans[(first - 1) % total]
        assert "Chongqing" in app.main.reader.document.blocks[block].text[start:]  # type: ignore[union-attr]
        assert block in visible_blocks(app.main.reader)


def visible_blocks(reader: Reader) -> set[int]:
    layout = reader._layout
    assert layout is not None
    top = int(reader.scroll_y)
    return {line.block for line in layout.lines[top : top + reader.size.height]}


async def test_down_moves_into_results_and_enter_opens_that_hit(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"customs")
        await settle(pilot)
        await pilot.press("down")
        results = app.query_one(ResultsList)
        assert app.focused is results
        await pilot.press("down", "enter")
        await settle(pilot)
        chosen = results.hits[1]
        current = app.main.doc_spans[app.main.hit_no or 0]
        assert (current[0], current[1]) == (chosen.block, chosen.highlights[0][0])
        assert isinstance(app.focused, Reader)


async def test_escape_leaves_the_box_then_clears_the_search(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"customs")
        await settle(pilot)
        await pilot.press("escape")
        assert isinstance(app.focused, Reader)
        assert app.main.search_box.display and app.main.doc_spans
        await pilot.press("escape")
        await settle(pilot)
        assert not app.main.search_box.display
        assert app.main.doc_spans == [] and hit_styles(app.main.reader) == []
        assert app.query_one(StatusLine).hits == ""


async def test_up_in_the_box_recalls_earlier_searches(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        for query in ("customs", "logistics"):
            await pilot.press("slash", *query, "enter")
            await settle(pilot)
            await pilot.press("escape")
        await pilot.press("slash")
        box = make_app.main.search_box
        box.value = ""
        await pilot.press("up")
        assert box.value == "logistics"
        await pilot.press("up")
        assert box.value == "customs"


async def test_a_stale_answer_never_replaces_a_newer_one(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        index = app.index
        assert index is not None
        real_search = index.search

        def slow_search(query: str, **kwargs: object) -> object:
            if query == "trade":
                time.sleep(0.6)
            return real_search(query, **kwargs)  # type: ignore[arg-type]

        index.search = slow_search  # type: ignore[method-assign]
        await pilot.press("slash", *"trade")
        await pilot.pause(0.25)  # the slow search is under way
        await pilot.press(*["backspace"] * 5, *"customs")
        await pilot.pause(1.0)
        await settle(pilot)
        assert app.main.result is not None and app.main.result.query == "customs"
        assert all("ustoms" in h.text for h in app.query_one(ResultsList).hits)


async def test_a_query_with_no_match_says_so(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"zzqxj")
        await settle(pilot)
        assert "No passages" in str(app.query_one("#results-summary").render())
        await pilot.press("enter", "escape", "n")
        await settle(pilot)
        assert isinstance(app.focused, Reader)


def test_library_fixture_is_private(library: Library) -> None:
    assert "ftztui" not in str(library.corpus).split("/")[1:2]


async def test_a_corrected_query_says_what_it_shows(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"custms")
        await settle(pilot)
        summary = str(app.query_one("#results-summary").render())
        assert "showing results for customs" in summary
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(StatusLine).hits.startswith("hit ")


async def test_a_refused_query_shows_the_reason(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"a AND")
        await settle(pilot)
        assert "nothing to search for" in str(app.query_one("#results-summary").render())


async def test_a_section_found_by_its_title_is_a_hit_in_the_reader(article: Library) -> None:
    """The results list showed the section, but the reader said "0 hits" and `n` did nothing:
    the passage holds none of the words. It is one hit now, at the section's start."""
    from .conftest import add_document

    filler = "\n\n".join(f"Paragraph {n} says how the loader reads a file." for n in range(30))
    add_document(
        article,
        "book.md",
        f"# Book\n\n{filler}\n\n## The Anatomy of a Program\n\nA program starts in main."
        "\n\nIt prints a line.\n",
    )
    app = FtzApp(article)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"anatomy", "enter")
        await settle(pilot)
        assert app.main.reader.document is not None
        assert app.main.reader.document.title == "Book"
        assert app.query_one(StatusLine).hits == "hit 1 of 1"
        assert "The Anatomy of a Program" in screen_text(app.main.reader)


async def test_status_line_names_the_hits_section_not_the_one_ending_at_the_top(
    make_app: FtzApp,
) -> None:
    # A hit is placed a third down the view: "eighty" opens "Business environment" while the
    # top lines still end the section before; the status line names the hit's section.
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"eighty", "enter")
        await settle(pilot)
        reader = app.main.reader
        document = reader.document
        assert document is not None
        layout = reader._layout
        assert layout is not None
        top_section = layout.section_at(int(reader.scroll_y))
        assert document.sections[top_section].title == "International logistics distribution"
        assert app.query_one(StatusLine).section == "Business environment"
        # "]" goes on from the section the status line names.
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert app.query_one(StatusLine).section == "Manufacturing plus Internet"
