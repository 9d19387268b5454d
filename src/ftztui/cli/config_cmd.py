"""`ftztui config [--path | --init]`: where the settings file is, a commented default, a check."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ftztui.cli.output import error, safe_text

if TYPE_CHECKING:
    from ftztui.library import Library


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "config",
        help="the settings file: where it is, a commented default, a check",
        description=(
            "The reader's settings (theme, sidebars, reader width, mouse, search debounce and "
            "results, [keys] to change any key) live in one TOML file. With no option, check "
            "it: each bad value on one line, exit status 1."
        ),
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument("--path", action="store_true", help="print the settings file's path")
    group.add_argument(
        "--init",
        action="store_true",
        help="write a commented default settings file (never over an existing one)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace, library: Library) -> int:
    from ftztui.config import config_path, key_clashes, load_settings, write_default

    path = config_path()
    if args.path:
        print(safe_text(str(path)))
        return 0
    if args.init:
        try:
            write_default(path)
        except FileExistsError:
            error(f"{path} already exists; left as it is")
            return 1
        except OSError as failure:
            error(f"cannot write {path}: {failure}")
            return 1
        print(safe_text(f"wrote {path}"))
        return 0
    if not path.exists():
        print(safe_text(f"{path}: no settings file; the defaults apply (`ftztui config --init`)"))
        return 0
    settings, problems = load_settings(path)
    # The reader warns about these at start; the check must not call such a file ok.
    problems += [f"{path}: {clash}" for clash in key_clashes(settings.keys)]
    for problem in problems:
        error(problem)
    if not problems:
        print(safe_text(f"{path}: ok"))
    return 1 if problems else 0
