"""The user's settings: `config.toml` in the platform's config directory.

Every setting is optional; a missing file means the defaults. A bad value is reported in one
line naming the file and the key, and that setting keeps its default (a file that is not valid
TOML keeps them all): the reader always starts. `[keys]` maps binding ids ("ftztui.search") to
keys, applied through Textual's keymap. No Textual here: `ftztui config` runs without it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ftztui.library import user_config_dir

#: Every key binding of the reader: id → (default keys, what it does). The TUI's bindings carry
#: these ids (a test keeps the two the same); `[keys]` in the config remaps them.
BINDINGS: dict[str, tuple[str, str]] = {
    "ftztui.search": ("slash", "Search"),
    "ftztui.next-hit": ("n", "Next hit"),
    "ftztui.previous-hit": ("N", "Previous hit"),
    "ftztui.back": ("escape", "Back: leave the search box, close an overlay, clear the search"),
    "ftztui.previous-section": ("left_square_bracket", "Previous section"),
    "ftztui.next-section": ("right_square_bracket", "Next section"),
    "ftztui.toggle-contents": ("t", "Show or hide the contents"),
    "ftztui.toggle-figures": ("f", "Show or hide the figures"),
    "ftztui.original": ("o", "The file as it was, removed parts dimmed"),
    "ftztui.open-in-viewer": ("v", "Open in your editor or viewer at this place"),
    "ftztui.mark": ("m", "Mark this place"),
    "ftztui.marks": ("apostrophe,M", "The marks list"),
    "ftztui.help": ("question_mark", "Help"),
    "ftztui.copy": ("y", "Copy the passage, figure or result"),
    "ftztui.quit": ("q", "Quit"),
    "ftztui.palette": ("ctrl+p", "Command palette"),
    "ftztui.quit-anywhere": ("ctrl+q", "Quit, from anywhere"),
    "ftztui.reader.line-down": ("down,j", "Reader: line down"),
    "ftztui.reader.line-up": ("up,k", "Reader: line up"),
    "ftztui.reader.page-down": ("pagedown,space", "Reader: page down"),
    "ftztui.reader.page-up": ("pageup,b", "Reader: page up"),
    "ftztui.reader.top": ("home,g", "Reader: top"),
    "ftztui.reader.bottom": ("end,G", "Reader: bottom"),
    "ftztui.reader.scroll-left": ("left", "Reader: scroll left"),
    "ftztui.reader.scroll-right": ("right", "Reader: scroll right"),
    "ftztui.search-box.history": ("up", "Search box: earlier search"),
    "ftztui.search-box.to-results": ("down", "Search box: into the results"),
    "ftztui.contents.open": ("enter", "Contents: open"),
    "ftztui.contents.expand": ("space", "Contents: expand"),
    "ftztui.contents.down": ("j", "Contents: down"),
    "ftztui.contents.up": ("k", "Contents: up"),
    "ftztui.figures.down": ("j", "Figures: down"),
    "ftztui.figures.up": ("k", "Figures: up"),
    "ftztui.results.down": ("j", "Results: down"),
    "ftztui.results.up": ("k", "Results: up"),
    "ftztui.help.close": ("escape,q,question_mark", "Help: close"),
    "ftztui.help.down": ("j,down", "Help: scroll down"),
    "ftztui.help.up": ("k,up", "Help: scroll up"),
    "ftztui.help.pgdn": ("space,pagedown", "Help: page down"),
    "ftztui.help.pgup": ("b,pageup", "Help: page up"),
    "ftztui.help.top": ("g,home", "Help: top"),
    "ftztui.help.bottom": ("G,end", "Help: bottom"),
    "ftztui.original-back": ("escape,o,q", "Original view: back to the reader"),
    "ftztui.original-down": ("j,down", "Original view: scroll down"),
    "ftztui.original-up": ("k,up", "Original view: scroll up"),
    "ftztui.original-pgdn": ("space,pagedown", "Original view: page down"),
    "ftztui.original-pgup": ("b,pageup", "Original view: page up"),
    "ftztui.original-top": ("g,home", "Original view: top"),
    "ftztui.original-bottom": ("G,end", "Original view: bottom"),
    "ftztui.marks.down": ("j", "Marks: down"),
    "ftztui.marks.up": ("k", "Marks: up"),
    "ftztui.marks.close": ("escape,q", "Marks: close"),
    "ftztui.marks.delete": ("d,delete", "Marks: delete the mark"),
    "ftztui.marks.edit": ("e", "Marks: edit its note"),
    "ftztui.marks.undo": ("u", "Marks: bring back the mark deleted last"),
    "ftztui.note.cancel": ("escape", "Mark note: cancel"),
}


def binding_place(binding_id: str) -> str:
    """Where a binding's keys work, by its id: "everywhere" (the main screen's and the app's
    keys), else the pane or screen it names ("ftztui.reader.top": "reader";
    "ftztui.original-up": "original", the view of the file as it was)."""
    name = binding_id.removeprefix("ftztui.")
    if "." in name:
        return name.split(".", 1)[0]
    return "original" if name.startswith("original-") else "everywhere"


def key_clashes(keys: Mapping[str, str]) -> list[str]:
    """One line per key that two bindings of one place would share once `keys` (the `[keys]`
    table) remaps them; only clashes one of the user's entries makes. Textual's keymap reports
    none: the binding listed first would silently win."""
    owners: dict[tuple[str, str], list[str]] = {}
    for binding_id, (default, _what) in BINDINGS.items():
        for key in keys.get(binding_id, default).split(","):
            owners.setdefault((binding_place(binding_id), key.strip()), []).append(binding_id)
    return [
        f"[keys] {key!r} is bound to both {' and '.join(ids)}"
        for (_place, key), ids in owners.items()
        if len(ids) > 1 and any(i in keys for i in ids)
    ]


@dataclass(frozen=True)
class Settings:
    """What the user set, or the defaults."""

    #: A Textual theme name; None keeps the theme last chosen in the app.
    theme: str | None = None
    #: Whether the contents and the figures sidebars show at start.
    contents: bool = True
    figures: bool = True
    #: Widest line of text in the reader, in columns; 0: as wide as the window.
    reader_width: int = 0
    #: False leaves the mouse to the terminal, so that its own text selection works.
    mouse: bool = True
    #: Seconds to wait after a keystroke before searching.
    debounce: float = 0.12
    #: Passages listed for a search.
    results: int = 20
    #: Binding id → keys ("ctrl+s" or "s,ctrl+s"), only those the user changed.
    keys: dict[str, str] = field(default_factory=dict)


DEFAULTS = Settings()


def config_path() -> Path:
    return user_config_dir() / "config.toml"


# Each setting: (table, key) → how to read it into a Settings field.
Reader = Callable[[Any], Any]


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("expected true or false")
    return value


def _whole(low: int, high: int, unit: str = "") -> Reader:
    def read(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(f"expected a whole number{unit} from {low} to {high}")
        return value

    return read


def _theme(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError('expected a theme name in quotes, such as "textual-light"')
    return value.strip()


SETTINGS: dict[tuple[str, str], tuple[str, Reader]] = {
    ("reader", "theme"): ("theme", _theme),
    ("reader", "contents"): ("contents", _boolean),
    ("reader", "figures"): ("figures", _boolean),
    ("reader", "width"): ("reader_width", _whole(0, 1000, " of columns")),
    ("reader", "mouse"): ("mouse", _boolean),
    ("search", "debounce_ms"): ("debounce", lambda v: _whole(0, 2000, " of ms")(v) / 1000),
    ("search", "results"): ("results", _whole(1, 500)),
}


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """The settings in `path` (the user's config file by default), and one line per problem.

    A missing file is the defaults with no problem; nothing here raises.
    """
    path = config_path() if path is None else path
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return DEFAULTS, []
    except (OSError, UnicodeDecodeError) as error:
        return DEFAULTS, [f"{path}: unreadable ({error}); using the defaults"]
    # Imported only when there is a file: most starts have none, and each ms of start counts.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return DEFAULTS, [f"{path}: not valid TOML ({error}); using the defaults"]
    return parse_settings(raw, path)


def parse_settings(raw: dict[str, Any], path: Path) -> tuple[Settings, list[str]]:
    problems: list[str] = []
    values: dict[str, Any] = {}
    for table, content in raw.items():
        if table == "keys":
            values["keys"] = _keys(content, path, problems)
            continue
        known = {key for t, key in SETTINGS if t == table}
        if not known:
            problems.append(f"{path}: unknown table [{table}] (known: [reader], [search], [keys])")
            continue
        if not isinstance(content, dict):
            problems.append(f"{path}: {table}: expected a table [{table}]")
            continue
        for key, value in content.items():
            if key not in known:
                names = ", ".join(sorted(known))
                problems.append(f"{path}: [{table}] {key}: unknown setting (known: {names})")
                continue
            name, read = SETTINGS[(table, key)]
            try:
                values[name] = read(value)
            except ValueError as error:
                problems.append(
                    f"{path}: [{table}] {key}: {error}, got {value!r}; using the default"
                )
    return replace(DEFAULTS, **values), problems


def _keys(content: Any, path: Path, problems: list[str]) -> dict[str, str]:
    if not isinstance(content, dict):
        problems.append(f"{path}: keys: expected a table [keys]")
        return {}
    keys: dict[str, str] = {}
    for binding, value in content.items():
        if binding not in BINDINGS:
            problems.append(
                f"{path}: [keys] {binding}: no such binding (see `ftztui config --init`)"
            )
        elif not isinstance(value, str) or not all(k.strip() for k in value.split(",")):
            problems.append(
                f'{path}: [keys] {binding}: expected keys in quotes, such as "ctrl+s" or '
                f'"s,ctrl+s", got {value!r}; using the default'
            )
        elif any(" " in k.strip() for k in value.split(",")):
            problems.append(f"{path}: [keys] {binding}: a key name has no spaces, got {value!r}")
        else:
            keys[binding] = ",".join(k.strip() for k in value.split(","))
    return keys


def default_text() -> str:
    """The commented default config: every setting, each off (as its default) until edited."""
    lines = [
        "# ftztui settings. Every line is optional: remove a leading '#' to change a setting.",
        "# A bad value is reported when the reader starts, and keeps its default.",
        "",
        "[reader]",
        '# theme = "textual-dark"   # any theme of the palette\'s "Change theme" (ctrl+p)',
        "# contents = true          # show the contents sidebar at start (t toggles it)",
        "# figures = true           # show the figures sidebar at start (f toggles it)",
        "# width = 0                # widest line of text, in columns (0: the window's width)",
        "# mouse = true             # false leaves the mouse to the terminal's own selection",
        "",
        "[search]",
        f"# debounce_ms = {round(DEFAULTS.debounce * 1000):<10} # wait after a keystroke",
        f"# results = {DEFAULTS.results:<14} # passages listed per search",
        "",
        "[keys]",
        '# Each binding by its id: a key, or several separated by commas ("s,ctrl+s").',
        "# Key names as Textual spells them: a, A, ctrl+s, escape, enter, space, slash, ...",
    ]
    entries = [(f'"{name}" = "{keys}"', what) for name, (keys, what) in BINDINGS.items()]
    width = max(len(entry) for entry, _what in entries)
    lines += [f"# {entry:<{width}}  # {what}" for entry, what in entries]
    return "\n".join(lines) + "\n"


def write_default(path: Path | None = None) -> Path:
    """Write the commented default config; FileExistsError if there is a file already."""
    path = config_path() if path is None else path
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as out:  # "x": never overwrite the user's file
        out.write(default_text())
    return path
