"""The figures sidebar: a document's key figures grouped by section, value then label."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ftztui.model import Figure
from ftztui.safetext import one_line
from ftztui.tui.messages import ShowFigure


def figure_line(figure: Figure) -> str:
    """ "17 million · national mail pieces": the figure as written, then what it counts."""
    value = one_line(figure.text)
    label = one_line(figure.label)
    return f"{value} · {label}" if label else value


def repeats(figures: list[Figure]) -> dict[int, list[int]]:
    """Each figure's first mention in its section → every mention of it there, in order.

    An article that says "four years" in its lead and again in its first paragraph reports one
    figure; the sidebar lists it once, and choosing it again goes on to the next mention.
    """
    first: dict[tuple[int, str, str], int] = {}
    groups: dict[int, list[int]] = {}
    run, section = 0, None  # two sections may share a title: each is its own run of figures
    for number, figure in enumerate(figures):
        if number and figure.section != section:
            run += 1
        section = figure.section
        key = (run, one_line(figure.text), one_line(figure.label))
        lead = first.setdefault(key, number)
        groups.setdefault(lead, []).append(number)
    return groups


class FiguresPane(OptionList):
    """Lists figures; selecting one shows it in the reader."""

    # The list keeps room for its scrollbar: Textual measures each option's height when the
    # list is filled, and does not measure again when a scrollbar then narrows it, which cut
    # the last line off long figure labels.
    DEFAULT_CSS = """
    FiguresPane {
        height: 1fr;
        border: none;
        background: $surface;
        scrollbar-gutter: stable;
    }
    FiguresPane:focus { border: none; background-tint: $foreground 4%; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="ftztui.figures.down"),
        Binding("k", "cursor_up", "Up", show=False, id="ftztui.figures.up"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._figures: list[Figure] = []
        self._emphasised: frozenset[int] = frozenset()
        self._mentions: dict[int, list[int]] = {}
        self._chosen: dict[int, int] = {}  # listed figure → how often it was chosen
        #: The option the cursor starts at when the user comes into the list (see `follow`).
        self._here: int | None = None
        #: The option `follow` brought to the top of the list (None: not followed yet).
        self._top: int | None = None

    @property
    def figures(self) -> list[Figure]:
        return self._figures

    def set_figures(self, figures: list[Figure], emphasised: frozenset[int] = frozenset()) -> None:
        """Show `figures`; those whose block number is in `emphasised` stand out."""
        if figures is not self._figures:
            self._mentions = repeats(figures)
            self._chosen = {}
            self._top = None
        self._figures = figures
        self._emphasised = emphasised
        highlighted = self.highlighted
        self.set_options(self._build_options())
        if highlighted is not None and highlighted < self.option_count:
            self.highlighted = highlighted
        elif self._top is not None and not self.has_focus:
            # New options scroll the list back to its start: the part being read stays on top
            # (hits found after `follow` emphasise figures, and must not undo it).
            self.call_after_refresh(self._scroll_to_option, self._top)

    def highlighted_figure(self) -> Figure | None:
        option = self.highlighted_option
        if option is None or not option.id or not option.id.startswith("figure-"):
            return None
        return self._figures[int(option.id.removeprefix("figure-"))]

    def emphasise(self, blocks: frozenset[int]) -> None:
        """Emphasise figures in these blocks (a search matched them); empty clears."""
        if blocks != self._emphasised:
            self.set_figures(self._figures, blocks)

    def follow(self, block: int) -> None:
        """Bring the figures of the part being read (from `block` on) to the top of the list,
        their section's heading first; left alone while the user is moving through the list.
        The cursor is not drawn until the user comes into the list, and then starts there."""
        if self.has_focus:
            return
        index = next((i for i, f in self._listed() if self._figures[f].block >= block), None)
        if index is None:
            return
        self._here = index
        self.highlighted = None
        self._top = index - 1 if index else index
        self.call_after_refresh(self._scroll_to_option, self._top)

    def _scroll_to_option(self, index: int) -> None:
        self._update_lines()
        line = self._line_cache.index_to_line.get(index)
        if line is not None:
            self.scroll_to(y=line, animate=False, immediate=True)

    def on_focus(self) -> None:
        if self._here is not None and self.highlighted is None and self._here < self.option_count:
            self.highlighted, self._here = self._here, None

    def _listed(self) -> list[tuple[int, int]]:
        """(option index, figure number) of each figure in the list, in order."""
        return [
            (index, int(option.id.removeprefix("figure-")))
            for index, option in enumerate(self.options)
            if option.id and option.id.startswith("figure-")
        ]

    def _build_options(self) -> list[Option | None]:
        options: list[Option | None] = []
        if not self._figures:
            options.append(
                Option(Text("No figures in this document.", style="italic"), disabled=True)
            )
            return options
        section: object = object()
        for number, mentions in self._mentions.items():
            figure = self._figures[number]
            if figure.section != section:
                section = figure.section
                title = one_line(figure.section) if figure.section else "Beginning"
                options.append(Option(Text(title, style="bold underline"), disabled=True))
            options.append(Option(self._prompt(figure, mentions), id=f"figure-{number}"))
        return options

    def _prompt(self, figure: Figure, mentions: list[int]) -> Table:
        # A two-column grid gives wrapped labels a hanging indent under the figure.
        marked = any(self._figures[n].block in self._emphasised for n in mentions)
        text = Text(end="")
        text.append(one_line(figure.text), style="bold")
        label = one_line(figure.label)
        if label:
            text.append(" · ")
            text.append(label, style="bold" if marked else "")
        if len(mentions) > 1:
            text.append(f" ({len(mentions)}×)", style="dim")
        grid = Table.grid(padding=0, expand=True)
        grid.add_column(width=2, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(Text("▶ " if marked else "  ", style="bold"), text)
        return grid

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id
        if option_id and option_id.startswith("figure-"):
            number = int(option_id.removeprefix("figure-"))
            mentions = self._mentions.get(number, [number])
            chosen = self._chosen.get(number, 0)
            self._chosen[number] = chosen + 1
            self.post_message(ShowFigure(self._figures[mentions[chosen % len(mentions)]]))
