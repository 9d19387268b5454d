"""The `ftztui` command: a thin layer over the core.

Every command but the TUI (no command) runs without importing Textual, so that it answers over SSH
in a fraction of a second; a test enforces it. Each command lives in its own module with
`register(subparsers)` and `run(args, library) -> int`; heavy imports happen inside `run`.

Only the module of the command being run is imported (`ftztui search` is timed against importing
Whoosh alone); `ftztui --help`, no command or an unknown one register them all, so that help and
argparse's "invalid choice" list every command.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ftztui import __version__

if TYPE_CHECKING:
    import argparse

#: Command name → the module (in this package) that registers and runs it.
COMMANDS = {
    "list": "library_cmds",
    "show": "library_cmds",
    "add": "library_cmds",
    "search": "search_cmd",
    "index": "index_cmd",
    "figures": "figures_cmd",
    "config": "config_cmd",
    "marks": "marks_cmd",
    "serve": "serve_cmd",
}
#: Commands that run without the corpus folder: `add` creates it, `config` never reads it.
_NEED_NO_CORPUS = ("add", "config")
#: Options of the main parser that take a value (skipped when looking for the command).
_VALUED_OPTIONS = ("--corpus", "--index")


def first_word(argv: Sequence[str]) -> str | None:
    """The first word of `argv` that is not an option or an option's value ("--" counts)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--":
            return arg
        elif arg.startswith("--") and any(o.startswith(arg) for o in _VALUED_OPTIONS):
            skip = True  # `--corpus DIR`, or an abbreviation argparse accepts (`--corp DIR`)
        elif not arg.startswith("-"):
            return arg
    return None


def command_in(argv: Sequence[str]) -> str | None:
    """The command word of `argv` if it names a known command, else None."""
    word = first_word(argv)
    return word if word in COMMANDS else None


def build_parser(command: str | None = None, *, commands: bool = True) -> argparse.ArgumentParser:
    """The parser of every command, or (given `command`) of that one only; with `commands`
    false, of the main options alone (opening the reader needs nothing more)."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="ftztui",
        description=(
            "Read and search a small library of documents in the terminal. "
            "With no command, opens the reader."
        ),
    )
    parser.add_argument("--version", action="version", version=f"ftztui {__version__}")
    parser.add_argument(
        "--corpus", metavar="DIR", help="the library's documents folder (env FTZTUI_CORPUS)"
    )
    parser.add_argument(
        "--index", metavar="DIR", help="the library's index folder (env FTZTUI_INDEX)"
    )
    parser.add_argument(
        "--no-mouse",
        action="store_true",
        help="reader: leave the mouse to the terminal, so its own text selection works",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    from importlib import import_module

    for name in wanted:
        import_module(f"ftztui.cli.{name}").register(sub)
    return parser


#: What the parser makes of an empty command line: open the reader on the default library.
#: Used as is for a bare `ftztui`, whose start is timed against a bare Textual app: importing
#: argparse and building the parser cost it ~4 ms (a test keeps the two equal).
NO_ARGUMENTS: dict[str, Any] = {"corpus": None, "index": None, "no_mouse": False, "command": None}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args: Any = None
    if not argv:
        from types import SimpleNamespace

        args = SimpleNamespace(**NO_ARGUMENTS)
    else:
        from ftztui.cli import search_cmd  # the command most run cold, and cheap to import

        args = search_cmd.plain_args(argv)  # `search words [--json]`: argparse not needed
    if args is None:
        # Opening the reader: registering every command would cost its start ~15 ms.
        reader = first_word(argv) is None and not {"-h", "--help"} & set(argv)
        args = build_parser(command_in(argv), commands=not reader).parse_args(argv)
    from ftztui.library import resolve_library

    library = resolve_library(args.corpus, args.index)
    if args.command not in _NEED_NO_CORPUS and not library.corpus.is_dir():
        # A mistyped --corpus is not an empty library (`add` creates the folder).
        from ftztui.cli.output import error

        if library.corpus.exists():
            error(f"the corpus {library.corpus} is not a folder")
        else:
            error(f"the corpus folder {library.corpus} does not exist; `ftztui add FILE` makes it")
        return 1
    if args.command is None:
        from ftztui.tui import run_app  # the only path that imports Textual

        return run_app(library, mouse=not args.no_mouse)
    from ftztui.cli.output import quiet_broken_pipe

    with quiet_broken_pipe():
        code: int = args.run(args, library)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
