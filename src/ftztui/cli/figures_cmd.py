"""`ftztui figures [DOC]`: the numbers the library's documents report, with what they count.

A Rich table on a terminal; `--json` (an array of Figure fields) or `--csv` for other programs.
`related_to` in JSON and CSV is the index of the related figure in the printed list (null when
a filter left it out). Exit status: 0 figures printed, 1 none matched, 2 usage error.
"""

from __future__ import annotations

import argparse
import math
from typing import TYPE_CHECKING, Any

from ftztui.cli.output import notice, print_json, safe_text

if TYPE_CHECKING:
    from ftztui.library import Library
    from ftztui.model import Document, Figure

EXIT_FIGURES, EXIT_NONE, EXIT_USAGE = 0, 1, 2
KINDS = ("count", "money", "percent", "duration", "quantity")
FIELDS = (
    "doc", "section", "block", "start", "end", "text", "value", "unit", "kind", "label",
    "sentence", "relation", "related_to",
)  # fmt: skip


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "figures",
        help="list the key figures documents report",
        description=(
            "List the numbers the documents report (counts, money, percentages, durations, "
            "quantities) with what each counts. Exit status: 0 figures, 1 none, 2 usage error."
        ),
    )
    p.add_argument("doc", metavar="DOC", nargs="?", help="only this document (see `ftztui list`)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print a JSON array of figures")
    out.add_argument("--csv", action="store_true", help="print CSV with a header row")
    p.add_argument("--min", type=float, metavar="X", help="only values of at least X")
    p.add_argument("--max", type=float, metavar="Y", help="only values of at most Y")
    p.add_argument("--unit", metavar="U", help="only this unit (yuan, USD, %%, days, ...)")
    p.add_argument("--kind", choices=KINDS, help="only this kind of figure")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, library: Library) -> int:
    documents = _documents(args, library)
    if documents is None:
        return EXIT_USAGE
    from ftztui.figures import extract_figures

    rows: list[tuple[Document, Figure, int | None]] = []
    for doc in documents:
        figures = extract_figures(doc)
        printed: dict[int, int] = {}
        for i, figure in enumerate(figures):
            if _wanted(figure, args):
                related = figure.related_to
                printed[i] = len(rows)
                rows.append((doc, figure, printed.get(related) if related is not None else None))
    if not rows:
        notice("no figures matched")
        return EXIT_NONE
    if args.json:
        print_json([_as_dict(f, related) for _doc, f, related in rows])
    elif args.csv:
        _print_csv(rows)
    else:
        _print_table(rows)
    return EXIT_FIGURES


def _documents(args: argparse.Namespace, library: Library) -> list[Document] | None:
    if args.doc is not None:
        from ftztui.cli.library_cmds import find_document

        doc = find_document(library, args.doc)  # reports an unknown id itself
        return None if doc is None else [doc]
    from ftztui.loaders import load_corpus

    documents, errors = load_corpus(library.corpus)
    for err in errors:
        notice(str(err))
    return documents


def _wanted(figure: Figure, args: argparse.Namespace) -> bool:
    if args.min is not None and figure.value < args.min:
        return False
    if args.max is not None and figure.value > args.max:
        return False
    if args.unit is not None and (figure.unit or "").casefold() != args.unit.casefold():
        return False
    return args.kind is None or figure.kind == args.kind


def _as_dict(figure: Figure, related: int | None) -> dict[str, Any]:
    data = {name: getattr(figure, name) for name in FIELDS}
    data["related_to"] = related
    if data["relation"] is not None and related is None:
        data["relation"] = None  # what it related to was filtered out
    return data


def _print_csv(rows: list[tuple[Document, Figure, int | None]]) -> None:
    import csv
    import sys

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(FIELDS)
    for _doc, figure, related in rows:
        data = _as_dict(figure, related)
        writer.writerow(["" if data[name] is None else data[name] for name in FIELDS])


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def format_number(value: float) -> str:
    """17000000 -> "17 million", 8.3e9 -> "8.3 billion", 216345 -> "216,345", 5.3 -> "5.3".

    A scale word is used only when it loses nothing (1,234,567 stays as it is).
    """
    for scale, word in _SCALES:
        scaled = round(value / scale, 3)
        if abs(value) >= scale and math.isclose(scaled * scale, value, rel_tol=1e-9):
            return f"{scaled:g} {word}"
    if math.isclose(value, round(value), abs_tol=1e-9):
        return f"{round(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def format_value(figure: Figure) -> str:
    """The value for people: 17 million / 5.3 days / 65% / 850 million yuan."""
    number = format_number(figure.value)
    if figure.unit in (None, ""):
        return number
    if figure.unit == "%":
        return f"{number}%"
    return f"{number} {figure.unit}"


def _print_table(rows: list[tuple[Document, Figure, int | None]]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    several = len({doc.id for doc, _f, _r in rows}) > 1
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("label", ratio=3)
    table.add_column("section", style="dim", ratio=2)
    if several:
        table.add_column("document", style="dim", ratio=1)
    for doc, figure, _related in rows:
        label = Text(safe_text(figure.label))
        if figure.relation is not None:
            label.append(f" ({figure.relation})", style="italic")
        cells = [
            Text(format_value(figure), style="bold"),
            label,
            Text(safe_text(figure.section or "")),
        ]
        if several:
            cells.append(Text(safe_text(doc.id)))
        table.add_row(*cells)
    Console().print(table)
