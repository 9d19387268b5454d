"""`ftztui index [--rebuild]`: bring the search index up to date, with progress on a terminal."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ftztui.cli.output import error, notice, safe_text

if TYPE_CHECKING:
    from ftztui.library import Library
    from ftztui.search.indexer import IndexReport


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "index",
        help="build or update the search index",
        description=(
            "Index the files added, changed or removed since the last run (the reader and "
            "`ftztui search` also do this by themselves). --rebuild starts afresh. Two runs at "
            "once take turns; the index is never left half-written."
        ),
    )
    p.add_argument("--rebuild", action="store_true", help="rebuild the index from scratch")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, library: Library) -> int:
    from ftztui.search import build_index
    from ftztui.search.lock import LockTimeout

    try:
        if sys.stderr.isatty():
            report = _with_progress_bar(library, args.rebuild)
        else:
            report = build_index(library, rebuild=args.rebuild, notice=notice)
    except LockTimeout as exc:
        error(str(exc))
        return 1
    except OSError as exc:
        error(f"cannot write the index at {library.index}: {exc.strerror or exc}")
        return 1
    where = report.location or "memory"
    print(f"{report.summary()} · {safe_text(where)}")
    return 0


def _with_progress_bar(library: Library, rebuild: bool) -> IndexReport:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ftztui.search import build_index

    console = Console(stderr=True)
    with Progress(
        TextColumn("indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("", total=None)

        def progress(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=safe_text(name)[:40])

        def say(message: str) -> None:
            bar.console.print(f"ftztui: {safe_text(message)}", markup=False, highlight=False)

        return build_index(library, rebuild=rebuild, progress=progress, notice=say)
