"""`doc:NAME` in a query: the document it names, or one line saying it names none.

A `doc:` value that is no document's id used to match nothing, so "doc:tracemonke monitor" had
no passage with all its words and fell back to "most of the words": every document's. A value is
taken as `ftztui show` takes a document's name (the id in any case, or the file's name); one
that names no document stops the search with the nearest ids as suggestions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

#: Each document's id → its file, relative to the corpus (None when unknown).
Files = Mapping[str, str | None]


def named_documents(q: Any, reader: Any, files: Callable[[], Files]) -> tuple[Any, str | None]:
    """`q` with each `doc:` value replaced by the id it names, and None; or `q` and the line
    saying which value names no document. `files` is called only for a value that is not an
    id as typed."""
    from whoosh import query

    from ftztui.library import document_named, nearest_documents

    asked = {str(text) for field, text in q.iter_all_terms() if field == "doc"}
    unknown = sorted(a for a in asked if ("doc", a) not in reader)
    if not unknown:
        return q, None
    known = files()
    ids: dict[str, str] = {}
    for value in unknown:
        found = document_named(known, value)
        if found is None:
            near = nearest_documents(known, value)
            hint = f"; did you mean {' or '.join(repr(i) for i in near)}?" if near else ""
            return q, f"no document {value!r}{hint}"
        ids[value] = found

    def rename(node: Any) -> Any:
        if isinstance(node, query.Term) and node.fieldname == "doc" and node.text in ids:
            return query.Term("doc", ids[node.text], boost=node.boost)
        return node

    return q.accept(rename), None
