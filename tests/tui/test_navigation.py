"""Moving around: sections, contents, figures, pane toggles, layouts at any size, help, palette."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from textual.command import CommandPalette

from ftztui.library import Library
from ftztui.tui.app import FtzApp
from ftztui.tui.screens.help import HelpScreen, binding_groups, help_text, key_names
from ftztui.tui.screens.main import MainScreen
from ftztui.tui.widgets.contents import Contents
from ftztui.tui.widgets.figures import FiguresPane
from ftztui.tui.widgets.reader import Reader, strip_text
from ftztui.tui.widgets.status import StatusLine

from .conftest import add_document, ready, screen_text, settle


def plain(renderable: object) -> str:
    """What a list option shows, as text."""
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text().strip()


def shown(app: FtzApp) -> set[str]:
    return {pane for pane in ("contents", "figures") if app.query_one(f"#{pane}-slot").display}


async def test_brackets_jump_between_sections(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        reader, status = app.main.reader, app.query_one(StatusLine)
        await pilot.press("right_square_bracket")
        assert reader.current_section == 1
        assert status.section == "International logistics distribution"
        assert "International logistics distribution" in screen_text(reader).splitlines()[0]
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert status.section == "Manufacturing plus Internet"
        await pilot.press("left_square_bracket")
        assert reader.current_section == 2
        await pilot.press("G")
        assert reader.percent == 100
        await pilot.press("g")
        assert reader.scroll_y == 0 and status.section == "Beginning"


async def test_reader_scrolls_by_line_and_page(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        reader = app.main.reader
        await pilot.press("j", "j", "down")
        assert reader.scroll_y == 3
        await pilot.press("k")
        assert reader.scroll_y == 2
        await pilot.press("space")
        assert reader.scroll_y > 15
        await pilot.press("b")
        assert reader.scroll_y == 2


async def test_selecting_a_section_in_contents_scrolls_the_reader(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        contents = app.query_one(Contents)
        contents.focus()
        document_node = contents.root.children[0]
        section_node = document_node.children[2]
        contents.move_cursor(section_node)
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.reader.current_section == 2
        assert app.query_one(StatusLine).section == "Business environment"


async def test_contents_show_hit_counts_per_section_during_a_search(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"customs", "enter")
        await settle(pilot)
        labels = [str(n.label) for n in app.query_one(Contents).root.children[0].children]
        assert any(label.startswith("International logistics distribution (") for label in labels)
        await pilot.press("escape")
        await settle(pilot)
        labels = [str(n.label) for n in app.query_one(Contents).root.children[0].children]
        assert not any("(" in label for label in labels)


async def test_choosing_a_figure_scrolls_to_it_and_marks_it(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        pane = app.query_one(FiguresPane)
        number = next(i for i, f in enumerate(pane.figures) if f.text == "17 million")
        figure = pane.figures[number]
        pane.focus()
        pane.highlighted = pane.get_option_index(f"figure-{number}")
        await pilot.press("enter")
        await settle(pilot)
        reader = app.main.reader
        assert reader._mark == (figure.block, figure.start, figure.end)
        assert "17 million" in screen_text(reader)
        assert "17 million · national mail pieces" in plain(
            pane.get_option(f"figure-{number}").prompt
        )


async def test_a_figure_said_twice_is_listed_once_and_chosen_again_goes_on(
    make_app: FtzApp,
) -> None:
    # The article's lead and first paragraph both say "four years".
    async with make_app.run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        pane = app.query_one(FiguresPane)
        listed = [plain(o.prompt) for o in pane.options]
        beginning = listed[: listed.index("International logistics distribution")]
        assert [line for line in beginning if "four years" in line] == ["four years · period (2×)"]
        pane.focus()
        pane.highlighted = next(
            i for i, o in enumerate(pane.options) if plain(o.prompt).startswith("four years")
        )
        marks = []
        for _ in range(3):
            await pilot.press("enter")
            await settle(pilot)
            marks.append(app.main.reader._mark)
        assert marks[0] != marks[1]
        assert marks[2] == marks[0]  # back to the first mention


async def test_figures_of_matching_passages_are_emphasised(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"mail", "enter")
        await settle(pilot)
        pane = app.query_one(FiguresPane)
        marked = [plain(o.prompt) for o in pane.options if plain(o.prompt).startswith("▶")]
        assert any("17 million" in m for m in marked)
        assert not any("3323" in m for m in marked)


@pytest.mark.parametrize(
    ("size", "start", "after_t", "after_f"),
    [
        ((120, 40), {"contents", "figures"}, {"figures"}, set()),
        ((100, 30), {"figures"}, {"contents"}, {"figures"}),
        ((70, 24), set(), {"contents"}, {"figures"}),
        ((120, 16), set(), {"contents"}, {"figures"}),
    ],
)
async def test_t_and_f_toggle_panes_for_the_size(
    make_app: FtzApp,
    size: tuple[int, int],
    start: set[str],
    after_t: set[str],
    after_f: set[str],
) -> None:
    async with make_app.run_test(size=size) as pilot:
        app = await ready(pilot)
        assert shown(app) == start
        await pilot.press("t")
        assert shown(app) == after_t
        await pilot.press("f")
        assert shown(app) == after_f
        overlay = app.main.mode == "narrow"
        assert app.query_one("#figures-slot").has_class("-overlay") == overlay
        if overlay:
            assert isinstance(app.focused, FiguresPane)
            await pilot.press("escape")
            assert shown(app) == set() and isinstance(app.focused, Reader)


async def test_resizing_relays_out_live(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(130, 40)) as pilot:
        app = await ready(pilot)
        assert shown(app) == {"contents", "figures"}
        assert app.main.has_class("-wide")
        for size, panes, css in (
            ((90, 30), {"figures"}, "-medium"),
            ((60, 20), set(), "-narrow"),
            ((40, 12), set(), "-narrow"),
            ((125, 40), {"contents", "figures"}, "-wide"),
        ):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            assert shown(app) == panes, size
            assert app.main.has_class(css)
            assert "Chongqing" in screen_text(app.main.reader)


async def test_usable_at_40x12(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(40, 12)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"customs", "enter")
        await settle(pilot)
        assert app.query_one(StatusLine).hits.startswith("hit ")
        assert "ustoms" in screen_text(app.main.reader)


async def test_help_lists_every_binding_with_its_description(make_app: FtzApp) -> None:
    everywhere = [*MainScreen.BINDINGS, *FtzApp.BINDINGS]
    text = help_text(everywhere).plain
    for _title, bindings in binding_groups(everywhere):
        for binding in bindings:
            assert binding.description, f"{binding.key} has no description"
            assert f"{key_names(binding):<14}{binding.description}" in text
    # Every key the main screen and reader answer to is in the help.
    for cls in (MainScreen, Reader):
        for binding in cls.BINDINGS:
            assert binding.description in text  # type: ignore[union-attr]
    async with make_app.run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_palette_goes_to_a_section(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(100, 30)) as pilot:
        app = await ready(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Go to section: Business")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.reader.current_section == 2


async def test_palette_goes_to_a_figure(make_app: FtzApp) -> None:
    async with make_app.run_test(size=(100, 30)) as pilot:
        app = await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"figure: 5,050")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert "5,050" in screen_text(app.main.reader)
        assert app.main.reader._mark is not None


async def test_palette_opens_another_document(article: Library) -> None:
    add_document(article, "zz-second.md", "# Second report\n\nRiver ports and rail yards.\n")
    app = FtzApp(article)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p", *"Open: Second report")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.reader.document is not None
        assert app.main.reader.document.title == "Second report"
        assert "River ports and rail yards." in screen_text(app.main.reader)


LEDGER = "\n\n".join(
    f"## Region {n}\n\nRegion {n} shipped {n + 3} million tonnes, earned {n + 10} billion yuan"
    f" and hired {n + 200} workers, {n + 7}% more than the year before."
    for n in range(1, 13)
)


async def test_the_figures_sidebar_shows_the_section_being_read(make_app: FtzApp) -> None:
    add_document(make_app.library, "ledger.md", "# Ledger\n\n" + LEDGER + "\n")
    async with make_app.run_test(size=(120, 24)) as pilot:
        app = await ready(pilot)
        app.main.open_document("ledger", 5)
        await settle(pilot)
        pane = app.query_one(FiguresPane)
        document = app.main.reader.document
        assert document is not None and document.sections[5].title == "Region 6"
        visible = [strip_text(pane.render_line(y)) for y in range(pane.size.height)]
        assert visible[0].strip() == "Region 6", visible
        assert pane.highlighted is None  # no cursor drawn in a list the user is not in
        pane.focus()
        await pilot.pause()
        figure = pane.highlighted_figure()
        assert figure is not None and figure.section == "Region 6"


async def test_a_document_opened_far_down_the_contents_shows_its_sections(
    make_app: FtzApp,
) -> None:
    for n in range(45):
        add_document(make_app.library, f"note-{n:02}.md", f"# Note {n:02}\n\nText {n}.\n")
    parts = "\n\n".join(f"## Part {n}\n\nPart {n} says more." for n in range(1, 6))
    add_document(make_app.library, "zz.md", f"# Zz Last\n\n{parts}\n")
    async with make_app.run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        app.main.open_document("zz", 0)
        await settle(pilot)
        contents = app.query_one(Contents)
        rows = [strip_text(contents.render_line(y)) for y in range(contents.size.height)]
        assert any("Zz Last" in row for row in rows), rows
        assert any("Part 5" in row for row in rows), rows
