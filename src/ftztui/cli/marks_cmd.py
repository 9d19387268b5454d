"""`ftztui marks [--json]`: the places marked in the reader (`m`), where each is now."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ftztui.cli.output import notice, print_json, safe_text

if TYPE_CHECKING:
    from ftztui.library import Library
    from ftztui.marks import Location, Mark


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "marks",
        help="list the marks made in the reader",
        description=(
            "List the places marked in the reader (key m), newest first, each found again in "
            "its document by its text, so block numbers are where the passage is now."
        ),
    )
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, library: Library) -> int:
    from ftztui.marks import find_mark, load_marks, marks_of

    every, notices = load_marks()
    for line in notices:
        notice(line)
    marks = marks_of(library, every)
    rows = []
    for mark in marks:
        _document, where, problem = find_mark(mark, library)
        rows.append((mark, where, problem))
    if args.json:
        print_json([mark_json(mark, where, problem) for mark, where, problem in rows])
        return 0
    if not marks:
        notice(f"no marks in the library at {library.corpus}; press m in the reader to make one")
        return 0
    from ftztui.marks import excerpt
    from ftztui.safetext import one_line

    for mark, where, problem in rows:
        place = _place(mark, where, problem)
        cells = [mark.title, mark.section or "", place, mark.note, excerpt(mark)]
        print("\t".join(safe_text(one_line(cell)).replace("\t", " ") for cell in cells))
    return 0


def _place(mark: Mark, where: Location | None, problem: str) -> str:
    """Where the mark is: its page in a paged document (as made), else its passage."""
    if where is None or not where.found:
        return problem or "not found"
    return f"p. {mark.page}" if mark.page is not None else f"block {where.block}"


def mark_json(mark: Mark, where: Location | None, problem: str) -> dict[str, Any]:
    return {
        "id": mark.id,
        "doc": mark.doc_id,
        "path": mark.path,
        "title": mark.title,
        "section": mark.section,
        "block": where.block if where and where.found else mark.block,
        "offset": where.offset if where and where.found else mark.offset,
        "page": mark.page,
        "found": where.how if where else "missing",
        "problem": problem or None,
        "note": mark.note,
        "quote": mark.quote,
        "created": mark.created,
    }
