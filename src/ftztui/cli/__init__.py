"""The `ftztui` command: a thin layer over the core.

Every command but the TUI (no command) runs without importing Textual, so that it answers over SSH
in a fraction of a second; a test enforces it. Each command lives in its own module with
`register(subparsers)` and `run(args, library) -> int`; heavy imports happen inside `run`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ftztui import __version__
from ftztui.cli import figures_cmd, index_cmd, library_cmds, search_cmd
from ftztui.cli.output import quiet_broken_pipe

COMMAND_MODULES = (library_cmds, search_cmd, index_cmd, figures_cmd)


def build_parser() -> argparse.ArgumentParser:
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from ftztui.library import resolve_library

    library = resolve_library(args.corpus, args.index)
    if args.command is None:
        from ftztui.tui import run_app  # the only path that imports Textual

        return run_app(library, mouse=not args.no_mouse)
    with quiet_broken_pipe():
        code: int = args.run(args, library)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
