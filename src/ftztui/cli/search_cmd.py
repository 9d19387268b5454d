"""`ftztui search QUERY`: the passages that match, with the matched words marked.

The `--json` path imports neither Rich nor Textual and loads no document when the index is fresh,
so a cold search costs little more than importing Whoosh.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from ftztui.cli.output import error, notice, print_json, safe_text

if TYPE_CHECKING:
    import argparse

    from ftztui.library import Library
    from ftztui.model import Hit, SearchResult

EXIT_HITS, EXIT_NONE, EXIT_USAGE = 0, 1, 2
DEFAULT_LIMIT = 20


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "search",
        help="search the library",
        description=(
            'Search the library. Words must all match (else most of them); "a phrase", OR, '
            "NOT or -word, prefix*, word~ (fuzzy), title:, section:, doc:, "
            "value:>1000000000 unit:yuan. Exit status: 0 hits, 1 none, 2 usage error."
        ),
    )
    p.add_argument("query", metavar="QUERY", nargs="+", help="what to look for")
    p.add_argument(
        "--limit", type=int, default=DEFAULT_LIMIT, metavar="N", help="at most N hits (20)"
    )
    p.add_argument("--doc", metavar="ID", help="only in this document (see `ftztui list`)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(run=run)


def plain_args(argv: list[str]) -> SimpleNamespace | None:
    """What argparse makes of `ftztui search WORD... [--json]`, without argparse (the cold
    `ftztui search` budget), or None for anything else: options, `-word`, `--`, help."""
    if argv[:1] != ["search"]:
        return None
    words = [a for a in argv[1:] if a != "--json"]
    if not words or any(not a or a.startswith("-") for a in words):
        return None
    return SimpleNamespace(
        corpus=None,
        index=None,
        no_mouse=False,
        command="search",
        query=words,
        limit=DEFAULT_LIMIT,
        doc=None,
        json="--json" in argv,
        run=run,
    )


def run(args: argparse.Namespace | SimpleNamespace, library: Library) -> int:
    if args.limit < 1:
        error("--limit must be at least 1")
        return EXIT_USAGE
    from ftztui.search import open_index

    query = " ".join(args.query)
    index = open_index(library, notice=notice)
    doc = args.doc
    if doc is not None:
        # As `show` takes it: the id in any case, or the file's name ("tracemonkey.pdf").
        from ftztui.cli.library_cmds import library_document

        named = library_document(library, doc)
        if isinstance(named, str):
            error(named)
            return EXIT_USAGE
        doc = named[0]
    result = index.search(query, limit=args.limit, doc=doc)
    if args.json:
        print_json(as_json(result))
    else:
        print_terminal(result)
    return EXIT_HITS if result.hits else EXIT_NONE


def as_json(result: SearchResult) -> dict[str, Any]:
    return {
        "query": result.query,
        "corrected": result.corrected,
        "total": result.total,
        "message": result.message,
        "hits": [
            {
                "doc": h.doc,
                "title": h.title,
                "section": h.section,
                "block": h.block,
                "kind": h.kind,
                "text": h.text,
                "highlights": [[s, e] for s, e in h.highlights],
                "score": round(h.score, 4),
                **({"page": h.page} if h.page is not None else {}),
            }
            for h in result.hits
        ],
    }


def print_terminal(result: SearchResult) -> None:
    from rich.console import Console
    from rich.padding import Padding
    from rich.text import Text

    console = Console(highlight=False)
    console.soft_wrap = not console.is_terminal  # piped: one line per line, for grep
    if result.corrected:
        console.print(Text(f"showing results for {safe_text(result.corrected)}", style="italic"))
    if result.message:
        console.print(Text(safe_text(result.message), style="yellow"))
    if not result.hits:
        console.print(Text(f"no passages match {_shown(result.query)}", style="dim"))
        return
    shown = len(result.hits)
    counted = f"{result.total} matching passage{'s' if result.total != 1 else ''}"
    console.print(
        Text(counted + (f", showing {shown}" if shown < result.total else ""), style="dim")
    )
    place = None
    for hit in result.hits:  # grouped by document and section, in rank order of first hits
        if (hit.doc, hit.section) != place:
            place = (hit.doc, hit.section)
            console.print()
            console.print(_place(hit))
        if console.is_terminal:  # a hanging indent; piped output stays one line per passage
            console.print(Padding(_passage(hit), (0, 0, 0, 4), expand=False))
        else:
            console.print(Text("    ") + _passage(hit))


def _shown(query: str, most: int = 60) -> str:
    """The query as echoed back: quoted, on one line, cut (with "…") after `most` characters."""
    from ftztui.safetext import one_line

    text = repr(one_line(query[:most]))
    return text + "…" if len(query) > most else text


def _place(hit: Hit) -> Text:
    """ "Title › Section" of a run of hits, with the document id for `ftztui show`."""
    from rich.text import Text

    out = Text(safe_text(hit.title), style="bold")
    if hit.section:
        out.append(" › ")
        out.append(safe_text(hit.section), style="bold cyan")
    out.append(f"  ({hit.doc})", style="dim")
    return out


def _passage(hit: Hit) -> Text:
    """The block's text with matches marked; control characters shown as escapes.

    Escaping changes lengths, so the text is rebuilt piece by piece around the spans."""
    from rich.text import Text

    out = Text(f"{hit.place} ¶{hit.block}  " if hit.page is not None else f"¶{hit.block}  ")
    out.stylize("dim")
    last = 0
    for start, end in hit.highlights:
        out.append(safe_text(hit.text[last:start]))
        out.append(safe_text(hit.text[start:end]), style="bold reverse")
        last = end
    out.append(safe_text(hit.text[last:]))
    return out


if TYPE_CHECKING:
    from rich.text import Text
