"""`ftztui show DOC --removed`: what the loader left out of a document, line by line, and why."""

from __future__ import annotations

from ftztui.cli.output import notice, print_json, safe_text
from ftztui.model import Document


def removed_json(doc: Document) -> list[dict[str, object]]:
    """Every removed part in file order: its line (or page), the reason, the text, and the
    number of the block it stood before."""
    return [
        {"line": r.line, "page": r.page, "reason": r.reason, "text": r.text, "before": r.before}
        for r in doc.removed
    ]


def show_removed(doc: Document, *, as_json: bool) -> int:
    if as_json:
        print_json(removed_json(doc))
        return 0
    if not doc.removed:
        notice(f"{doc.id}: the loader removed nothing")
        return 0
    width = max(len(r.reason) for r in doc.removed)
    for r in doc.removed:
        where = f"{r.line:>5}" if r.line is not None else f"p.{r.page}" if r.page else "    -"
        # One removed part per output line: a multi-line part is joined with " / ".
        text = " / ".join(safe_text(r.text).splitlines())
        print(f"{where}  {r.reason:<{width}}  {text}")
    return 0
