"""Help, generated from the key bindings themselves, so it cannot fall out of date."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

INTRO = (
    "ftztui reads and searches a small library of documents.\n"
    "Press / and type: results update as you type; Enter opens the first one,\n"
    "Down moves into the list. n / N step through the hits of the open document."
)


def binding_groups() -> list[tuple[str, list[Binding]]]:
    """(heading, bindings) for every place a key does something, in the order shown."""
    from ftztui.tui.app import FtzApp
    from ftztui.tui.screens.main import MainScreen
    from ftztui.tui.widgets.contents import Contents
    from ftztui.tui.widgets.figures import FiguresPane
    from ftztui.tui.widgets.reader import Reader
    from ftztui.tui.widgets.results import ResultsList
    from ftztui.tui.widgets.search_box import SearchBox

    groups: list[tuple[str, list[BindingType]]] = [
        ("Everywhere", [*MainScreen.BINDINGS, *FtzApp.BINDINGS]),
        (
            "Panes",
            [
                Binding("tab", "app.focus_next", "Next pane"),
                Binding("shift+tab", "app.focus_previous", "Previous pane"),
            ],
        ),
        ("Reader", list(Reader.BINDINGS)),
        ("Search box", list(SearchBox.BINDINGS)),
        ("Contents", list(Contents.BINDINGS)),
        ("Figures and results", [*FiguresPane.BINDINGS, *ResultsList.BINDINGS]),
    ]
    return [(title, [b for b in items if isinstance(b, Binding)]) for title, items in groups]


def key_names(binding: Binding) -> str:
    names = {
        "slash": "/",
        "question_mark": "?",
        "apostrophe": "'",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
        "pagedown": "PgDn",
        "pageup": "PgUp",
        "space": "Space",
        "escape": "Esc",
        "enter": "Enter",
        "tab": "Tab",
        "shift+tab": "Shift+Tab",
        "up": "↑",
        "down": "↓",
        "left": "←",
        "right": "→",
        "home": "Home",
        "end": "End",
        "ctrl+p": "Ctrl+P",
        "ctrl+q": "Ctrl+Q",
    }
    return " ".join(names.get(key, key) for key in binding.key.split(","))


def help_text() -> Text:
    text = Text(INTRO + "\n", end="")
    seen: set[tuple[str, str]] = set()
    for title, bindings in binding_groups():
        text.append(f"\n{title}\n", style="bold underline")
        for binding in bindings:
            if (binding.key, binding.description) in seen:
                continue
            seen.add((binding.key, binding.description))
            text.append(f"  {key_names(binding):<14}", style="bold")
            text.append(f"{binding.description}\n")
    text.append("\nCtrl+P: open a document, go to a section or a figure, change the theme.")
    return text


class HelpScreen(ModalScreen[None]):
    """Every key, with what it does."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False),
        Binding("k,up", "scroll('up')", "Scroll up", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(help_text(), id="help-text")

    def action_scroll(self, direction: str) -> None:
        scroll = self.query_one(VerticalScroll)
        if direction == "down":
            scroll.scroll_down(animate=False)
        else:
            scroll.scroll_up(animate=False)
