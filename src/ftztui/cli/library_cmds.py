"""`ftztui list`, `ftztui show DOC`, `ftztui add PATH...`: the library, from the command line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ftztui.cli.output import error, notice, print_json, safe_text
from ftztui.model import list_prefixes

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from ftztui.library import Library
    from ftztui.model import DocInfo, Document


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "list",
        help="list the documents in the library",
        description="List the documents in the library: id, title, source, date, sections.",
    )
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(run=run_list)

    p = sub.add_parser(
        "show",
        help="print a document for reading",
        description="Print a document for reading (through $PAGER on a terminal).",
    )
    p.add_argument(
        "doc",
        metavar="DOC",
        help="document id (see `ftztui list`), or the path of a file to read without adding it",
    )
    p.add_argument(
        "--json", action="store_true", help="print the document's sections and blocks as JSON"
    )
    p.add_argument(
        "--removed",
        action="store_true",
        help="list the lines the loader left out, in file order, with line number and reason",
    )
    p.set_defaults(run=run_show)

    p = sub.add_parser(
        "add",
        help="copy files into the library",
        description=(
            "Copy files into the library's corpus. Existing files are never overwritten: "
            "a clashing name gets a new id. The originals are not touched."
        ),
    )
    p.add_argument(
        "paths",
        metavar="PATH",
        nargs="+",
        type=Path,
        help="text, Markdown, HTML, PDF, EPUB or Word (.docx) files",
    )
    p.set_defaults(run=run_add)


def _catalog(library: Library) -> list[DocInfo]:
    from ftztui.search import open_index

    return open_index(library, notice=notice).catalog()


def run_list(args: argparse.Namespace, library: Library) -> int:
    docs = _catalog(library)
    if args.json:
        print_json(
            [
                {
                    "id": d.id,
                    "title": d.title,
                    "source": d.source,
                    "date": d.date,
                    "sections": len(d.section_titles),
                    **({"note": d.note} if d.note else {}),
                }
                for d in docs
            ]
        )
        return 0
    if not docs:
        notice(f"the library at {library.corpus} has no documents; add some with `ftztui add PATH`")
        return 1
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    if not console.is_terminal:  # into a pipe: one tab-separated line per document
        from ftztui.safetext import one_line

        for d in docs:
            title = f"{d.title} ({d.note})" if d.note else d.title
            cells = (d.id, title, d.source or "", d.date or "", str(len(d.section_titles)))
            print("\t".join(one_line(c).replace("\t", " ") for c in cells))
        return 0
    if console.width < NARROW_LIST:
        _print_stacked(console, docs)
        return 0
    table = Table(box=None, header_style="bold", pad_edge=False)
    # Ids must stay whole to be typed back: one longer than its share of the width (a long
    # file name) is folded onto more lines, never cut, and leaves the other columns their room.
    # The title takes what is left.
    id_width = max(12, min(max(len(d.id) for d in docs), console.width // 3))
    table.add_column("id", overflow="fold", width=id_width)
    table.add_column("title", overflow="fold", ratio=1, min_width=12)
    table.add_column("source", no_wrap=True, max_width=16)
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("sections", justify="right", no_wrap=True)
    for d in docs:
        table.add_row(
            Text(safe_text(d.id)),
            Text(safe_text(d.title))
            + (Text(f"  ({safe_text(d.note)})", style="yellow") if d.note else Text()),
            Text(safe_text(d.source or "")),
            Text(d.date or ""),
            str(len(d.section_titles)),
        )
    console.print(table)
    return 0


#: Below this many columns `list` gives each document a few lines instead of a table row.
NARROW_LIST = 64


def _print_stacked(console: Console, docs: list[DocInfo]) -> None:
    """The id on its own line (folded if longer than the terminal, never cut), then the title
    and the rest, indented."""
    from rich.padding import Padding
    from rich.text import Text

    for d in docs:
        console.print(Text(safe_text(d.id), style="bold"), overflow="fold")
        sections = len(d.section_titles)
        facts = [d.source or "", d.date or "", f"{sections} section{'s' * (sections != 1)}"]
        about = Text(safe_text(d.title))
        about.append("\n" + " · ".join(safe_text(f) for f in facts if f), style="dim")
        console.print(Padding(about, (0, 0, 0, 2)), overflow="fold")


def find_document(library: Library, doc_id: str) -> Document | None:
    """Load the document `doc_id` of `library` (its id, or its file's name as `ls` shows it), or
    report it and return None."""
    from ftztui.loaders import LoadError, load_document

    named = library_document(library, doc_id)
    found: str | None = None
    if not isinstance(named, str):
        found, path = named
    elif Path(doc_id).is_file():  # a file outside the library, read as is
        path = Path(doc_id)
    else:
        error(named)
        return None
    try:
        return load_document(path, found)
    except LoadError as exc:
        error(str(exc))
        return None


def library_document(library: Library, asked: str) -> tuple[str, Path] | str:
    """The id and file of the document `asked` names (its id in any case, or its file's name
    or path in the library), or the one line saying it names none."""
    from ftztui.library import document_ids, document_named

    ids = document_ids(library.document_files())
    files = _files(ids, library.corpus)
    found = document_named(files, asked)
    if found is None or found not in ids:
        return _not_found(files, library.corpus, asked)
    return found, ids[found]


def _files(ids: dict[str, Path], corpus: Path) -> dict[str, str | None]:
    """Each id's file, relative to the corpus where it lies inside it."""
    out: dict[str, str | None] = {}
    for doc_id, path in ids.items():
        try:
            out[doc_id] = str(path.relative_to(corpus))
        except ValueError:
            out[doc_id] = str(path)
    return out


def _not_found(ids: dict[str, str | None], corpus: Path, asked: str) -> str:
    """One line: what was not found, the nearest ids, and how to see them all (a library of a
    thousand files must not answer with a thousand names)."""
    from ftztui.library import nearest_documents

    said = f"no document {asked!r} in {corpus}"
    if not ids:
        return f"{said} (the library is empty)"
    # Files, not documents: an unreadable file is not among what `list` shows.
    files = f"{len(ids)} file{'s' * (len(ids) != 1)}"
    suggested = nearest_documents(ids, asked)
    if len(ids) <= 5 and not suggested:
        return f"{said} (known: {', '.join(sorted(ids))})"
    hint = f"did you mean {' or '.join(repr(i) for i in suggested)}? " if suggested else ""
    return f"{said} ({files}); {hint}`ftztui list` shows the documents"


def document_json(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "source": doc.source,
        "date": doc.date,
        "url": doc.url,
        "format": doc.format,
        **({"note": doc.note} if doc.note else {}),
        "sections": [
            {
                "title": s.title,
                "blocks": [
                    {
                        "kind": b.kind,
                        "text": b.text,
                        **({"credit": b.credit} if b.credit else {}),
                        **({"page": b.page} if b.page is not None else {}),
                        **({"level": b.level} if b.level else {}),
                        **({"mark": b.mark} if b.mark is not None else {}),
                    }
                    for b in s.blocks
                ],
            }
            for s in doc.sections
        ],
    }


def run_show(args: argparse.Namespace, library: Library) -> int:
    doc = find_document(library, args.doc)
    if doc is None:
        return 2
    if args.removed:
        from ftztui.cli.removed_cmd import show_removed

        return show_removed(doc, as_json=args.json)
    if args.json:
        print_json(document_json(doc))
        return 0
    from rich.console import Console

    console = Console()
    if console.is_terminal and sys.stdin.isatty():
        # less shows Rich's colours with -R; -F quits at once when the text fits, -X keeps it on
        # screen afterwards. A user's own LESS setting wins.
        os.environ.setdefault("LESS", "-RFX")
        with console.pager(styles=True):
            for part in render_document(doc, console):
                console.print(part)
    else:
        for part in render_document(doc, console):
            console.print(part, soft_wrap=True)
    return 0


def render_document(doc: Document, console: Console) -> list[Text]:
    """The document as Rich Text, wrapped to the console: its text is never read as markup."""
    from rich.text import Text

    width = max(20, min(console.width, 100))
    out: list[Text] = [Text(safe_text(doc.title), style="bold")]
    meta = " · ".join(safe_text(m) for m in (doc.source, doc.dateline, doc.date, doc.url) if m)
    if meta:
        out.append(Text(meta, style="dim"))
    for section in doc.sections:
        if section.title:
            out += [Text(), Text(safe_text(section.title), style="bold underline")]
        for block in section.blocks:
            text = Text(safe_text(block.text))
            if block.kind == "caption":
                text.stylize("italic")
                if block.credit:
                    text.append(f" (Photo: {safe_text(block.credit)})", style="dim")
                out += [Text(), _indented(console, text, "  ", width)]
            elif block.kind == "quote":
                out += [Text(), _indented(console, text, "│ ", width)]
            elif block.kind == "list_item":
                first, rest = list_prefixes(block)
                out.append(_indented(console, text, rest, width, first=first))
            elif block.kind == "code":
                out += [Text(), _indented(console, text, "    ", 10_000)]
            else:
                out += [Text(), _indented(console, text, "", width)]
    return out


def _indented(
    console: Console, text: Text, prefix: str, width: int, first: str | None = None
) -> Text:
    """`text` wrapped to `width` with every line behind `prefix` (the first behind `first`),
    as the reader wraps it (Chinese between characters, never before a `，`)."""
    from rich.text import Text

    from ftztui.wrapping import wrap

    slices = wrap(text.plain, max(10, width - len(prefix)))
    lines = [text[start:end] for start, end in slices] or [Text()]
    out = Text()
    for i, line in enumerate(lines):
        line.rstrip()
        out.append(first if i == 0 and first is not None else prefix, style="dim")
        out.append_text(line)
        if i < len(lines) - 1:
            out.append("\n")
    return out


def run_add(args: argparse.Namespace, library: Library) -> int:
    from ftztui.adding import AddError, add_document

    refused = 0
    for path in args.paths:
        try:
            added = add_document(library, path)
        except AddError as exc:
            error(f"not added: {exc}")
            refused += 1
            continue
        print(f"added {safe_text(added.id)}  {safe_text(added.title)}  ({safe_text(str(path))})")
    return 1 if refused else 0
