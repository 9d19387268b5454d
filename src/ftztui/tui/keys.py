"""The reader's key bindings, class by class, and the clashes a `[keys]` table makes.

Textual's keymap reports no clash between two bindings that both have ids (it takes any
binding with an id for one being rebound), so a `[keys]` entry that takes another binding's key
would silently win. This module finds those, per place the keys work in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from textual.binding import Binding, BindingType
from textual.dom import DOMNode


def pane_classes() -> list[type[DOMNode]]:
    """The panes and screens with bindings of their own, each a place where keys compete
    (the main screen's and the app's keys, which answer everywhere, are the caller's)."""
    from ftztui.tui.screens.help import HelpScreen
    from ftztui.tui.widgets.contents import Contents
    from ftztui.tui.widgets.figures import FiguresPane
    from ftztui.tui.widgets.reader import Reader
    from ftztui.tui.widgets.results import ResultsList
    from ftztui.tui.widgets.search_box import SearchBox

    return [Reader, SearchBox, Contents, FiguresPane, ResultsList, HelpScreen]


def clashes(keymap: Mapping[str, str], everywhere: Iterable[BindingType]) -> list[str]:
    """One line per key that two bindings of one place would share under `keymap`;
    `everywhere` are the main screen's and the app's bindings."""
    places = [list(everywhere), *(list(cls.BINDINGS) for cls in pane_classes())]
    found: list[str] = []
    for place in places:
        owners: dict[str, list[str]] = {}
        for binding in (b for b in place if isinstance(b, Binding)):
            keys = keymap.get(binding.id or "", binding.key)
            for key in keys.split(","):
                owners.setdefault(key.strip(), []).append(binding.id or binding.action)
        for key, ids in owners.items():
            if len(ids) > 1 and any(i in keymap for i in ids):
                found.append(f"[keys] {key!r} is bound to both {' and '.join(ids)}")
    return found
