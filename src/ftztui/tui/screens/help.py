"""Help, generated from the key bindings themselves, so it cannot fall out of date."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ftztui.tui.screens.scrolling import ScrollKeys

INTRO = (
    "ftztui reads and searches a small library of documents.\n"
    "Press / and type: results update as you type; Enter opens the first one,\n"
    "Down moves into the list. n / N step through the hits of the open document."
)


#: (example, what it finds): the query language, each example checked on the bundled corpus by a
#: test. Two forms of one thing are two spaces apart.
SEARCH_SYNTAX: list[tuple[str, str]] = [
    ("export processing", "all the words (else most of them)"),
    ('"taxation on arrival"', "the words together, in this order"),
    ("vehicles OR cars", "either word"),
    ("bonded -warehouse", "without the word (also: NOT warehouse)"),
    ("logist*", "words that start so"),
    ("logistcs~  logistcs~2", "words within 1 (or 2) typos"),
    ("title:chongqing", "in a document's title"),
    ('section:"business environment"', "in a section, by its title"),
    ("doc:trade-glossary customs", "in one document (ids: ftztui list)"),
    ("value:>1000000000 unit:yuan", "figures over a billion yuan"),
    ("value:[1000 TO 5000]", "figures in a range"),
    ("65%  216,345", "numbers as written"),
]


def binding_groups(everywhere: Iterable[BindingType]) -> list[tuple[str, list[Binding]]]:
    """(heading, bindings) for every place a key does something, in the order shown;
    `everywhere` are the keys of the screen and the app (given by the screen that asks for
    help, so that this module needs neither)."""
    from ftztui.tui.screens.original import OriginalScreen
    from ftztui.tui.widgets.contents import Contents
    from ftztui.tui.widgets.figures import FiguresPane
    from ftztui.tui.widgets.reader import Reader
    from ftztui.tui.widgets.results import ResultsList
    from ftztui.tui.widgets.search_box import SearchBox

    groups: list[tuple[str, list[BindingType]]] = [
        ("Everywhere", list(everywhere)),
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
        (
            "Figures and results",
            [
                Binding("enter", "select", "Go to the figure / open the result"),
                *FiguresPane.BINDINGS,
                *ResultsList.BINDINGS,
            ],
        ),
        ("Original (o)", list(OriginalScreen.BINDINGS)),
    ]
    return [(title, [b for b in items if isinstance(b, Binding)]) for title, items in groups]


def key_names(binding: Binding, keymap: Mapping[str, str] | None = None) -> str:
    """The keys of `binding` as the help shows them: the user's own when `keymap` (binding id
    → keys, from the config's [keys]) changes them."""
    keys = binding.key
    if keymap and binding.id and binding.id in keymap:
        keys = keymap[binding.id]
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
    return " ".join(names.get(key.strip(), key.strip()) for key in keys.split(","))


def help_text(everywhere: Iterable[BindingType], keymap: Mapping[str, str] | None = None) -> Text:
    text = Text(INTRO + "\n", end="")
    seen: set[tuple[str, str]] = set()
    for title, bindings in binding_groups(everywhere):
        new = [b for b in bindings if (b.key, b.description) not in seen]
        seen.update((b.key, b.description) for b in new)
        if not new:  # every key here is listed above already
            continue
        text.append(f"\n{title}\n", style="bold underline")
        for binding in new:
            text.append(f"  {key_names(binding, keymap):<14}", style="bold")
            text.append(f"{binding.description}\n")
    text.append("\nSearch syntax\n", style="bold underline")
    for example, meaning in SEARCH_SYNTAX:
        # One line each where the example leaves room, as the keys above are.
        text.append(f"  {example:<29}", style="bold")
        text.append(f"{' ' if len(example) < 29 else chr(10) + ' ' * 32}{meaning}\n")
    text.append("\nCtrl+P: open a document, go to a section or a figure, change the theme.")
    return text


class HelpScreen(ScrollKeys, ModalScreen[None]):
    """Every key, with what it does."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > #help {
        width: 80;
        max-width: 100%;
        height: 90%;
        border: round $accent;
        border-title-align: center;
        padding: 0 1;
        background: $panel;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="ftztui.help.close"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False, id="ftztui.help.down"),
        Binding("k,up", "scroll('up')", "Scroll up", show=False, id="ftztui.help.up"),
        Binding("space,pagedown", "page('down')", "Page down", show=False, id="ftztui.help.pgdn"),
        Binding("b,pageup", "page('up')", "Page up", show=False, id="ftztui.help.pgup"),
        Binding("g,home", "edge('top')", "Top", show=False, id="ftztui.help.top"),
        Binding("G,end", "edge('bottom')", "Bottom", show=False, id="ftztui.help.bottom"),
    ]

    def __init__(
        self, everywhere: Iterable[BindingType], keymap: Mapping[str, str] | None = None
    ) -> None:
        super().__init__()
        self.everywhere = list(everywhere)
        self.keymap = dict(keymap or {})

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(help_text(self.everywhere, self.keymap), id="help-text")
