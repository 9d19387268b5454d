"""Marks: places in documents the user keeps, with an optional note. No Textual here.

A mark names a place as (document, block, offset), like a search hit, but block numbers change
when a document is edited or a loader improves, so a mark also carries its text: a fingerprint
of the whole block and a quote of the text around the offset. `locate` finds the place again:

1. the same block number still holds text with the same fingerprint ("exact");
2. another block has that fingerprint: blocks were added or removed before it ("moved");
3. the quote appears in some block: the paragraph was edited elsewhere ("quoted");
4. most of the quote appears in some block: the quoted text itself was edited ("fuzzy");
5. otherwise the place is "lost" (the mark is kept and shown as such, never dropped).

Marks live in one JSON file, `marks.json`, in the platform's state directory, written atomically
(temp file + `os.replace`). Each mark records the library (corpus folder) it belongs to.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime, timezone
from difflib import Match, SequenceMatcher
from pathlib import Path
from typing import Any, Literal

from ftztui.library import Library, names_corpus, user_state_dir
from ftztui.model import Document

#: Characters of context kept before the offset and from it.
BEFORE_CHARS = 40
QUOTE_CHARS = 80
NOTE_CHARS = 500
FILE_VERSION = 1

How = Literal["exact", "moved", "quoted", "fuzzy", "lost"]


@dataclass(frozen=True)
class Mark:
    """A kept place: where it was when made, and the text that finds it again."""

    id: str
    #: The corpus folder of the library the document belongs to.
    library: str
    doc_id: str
    #: The document's file, relative to the corpus folder.
    path: str | None
    title: str
    section: str | None
    block: int
    offset: int
    #: `fingerprint()` of the block's text when the mark was made (or last re-found).
    fingerprint: str
    #: Up to BEFORE_CHARS of the block's text before the offset, and QUOTE_CHARS from it.
    before: str
    quote: str
    note: str = ""
    #: When it was made, ISO 8601 in UTC.
    created: str = ""
    #: The page the marked passage starts on, for paged formats (PDF); None elsewhere.
    page: int | None = None


@dataclass(frozen=True)
class Location:
    """Where a mark is in a document now, and how it was found."""

    block: int
    offset: int
    how: How

    @property
    def found(self) -> bool:
        return self.how != "lost"


def fingerprint(text: str) -> str:
    """A short hash of a block's text, blind to changes of whitespace only."""
    normal = " ".join(text.split())
    return hashlib.sha1(normal.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def make_mark(
    library: Library, document: Document, block: int, offset: int, note: str = ""
) -> Mark:
    """A mark at character `offset` of `block` (both clamped into the document)."""
    blocks = document.blocks
    if not blocks:
        raise ValueError(f"{document.title}: nothing to mark (the document has no text)")
    block = min(max(0, block), len(blocks) - 1)
    text = blocks[block].text
    offset = min(max(0, offset), len(text))
    section_no = document.section_of_block(block)
    return Mark(
        id=secrets.token_hex(4),
        library=str(library.corpus),
        doc_id=document.id,
        path=document.path,
        title=document.title,
        section=document.sections[section_no].title,
        block=block,
        offset=offset,
        fingerprint=fingerprint(text),
        before=text[max(0, offset - BEFORE_CHARS) : offset],
        quote=text[offset : offset + QUOTE_CHARS],
        note=" ".join(note.split())[:NOTE_CHARS],
        created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        page=blocks[block].page,
    )


# -- finding a mark again -----------------------------------------------------------------------


def locate(mark: Mark, document: Document) -> Location:
    """Where `mark` is in `document` now (see the module docstring for the order of tries)."""
    texts = [block.text for block in document.blocks]
    if 0 <= mark.block < len(texts) and fingerprint(texts[mark.block]) == mark.fingerprint:
        return Location(mark.block, min(mark.offset, len(texts[mark.block])), "exact")
    same = [i for i, text in enumerate(texts) if fingerprint(text) == mark.fingerprint]
    if same:
        block = _nearest(same, mark.block)
        return Location(block, min(mark.offset, len(texts[block])), "moved")
    quoted = _find_quote(mark, texts)
    if quoted is not None:
        return Location(*quoted, "quoted")
    fuzzy = _find_fuzzy(mark, texts)
    if fuzzy is not None:
        return Location(*fuzzy, "fuzzy")
    return Location(min(mark.block, max(0, len(texts) - 1)), 0, "lost")


def _nearest(blocks: list[int], wanted: int) -> int:
    return min(blocks, key=lambda block: (abs(block - wanted), block))


def _find_quote(mark: Mark, texts: list[str]) -> tuple[int, int] | None:
    """The first of: context and quote together, the quote alone, the context alone."""
    tries = [(mark.before + mark.quote, len(mark.before))]
    if len(mark.quote.strip()) >= 12:
        tries.append((mark.quote, 0))
    if len(mark.before.strip()) >= 12:
        tries.append((mark.before, len(mark.before)))
    for needle, shift in tries:
        if not needle.strip():
            continue
        hits = {i: text.find(needle) for i, text in enumerate(texts)}
        found = [i for i, at in hits.items() if at >= 0]
        if found:
            block = _nearest(found, mark.block)
            return block, hits[block] + shift
    return None


def _find_fuzzy(mark: Mark, texts: list[str]) -> tuple[int, int] | None:
    """The block sharing most of the context's text (at least half of it, in order), and the
    offset there that lines up with the mark's, through the matching runs of text."""
    context = mark.before + mark.quote
    if len(context.strip()) < 8:
        return None
    need = max(8, len(context) // 2)
    best: tuple[int, int, int] | None = None  # (characters matched, block, offset)
    for i, text in enumerate(texts):
        matcher = SequenceMatcher(None, context, text, autojunk=False)
        # An upper bound on the characters matched, in linear time: most blocks stop here.
        if matcher.quick_ratio() * (len(context) + len(text)) / 2 < need:
            continue
        runs = [run for run in matcher.get_matching_blocks() if run.size]
        matched = sum(run.size for run in runs)
        if matched < need:
            continue
        if best is None or (matched, -abs(i - mark.block)) > (best[0], -abs(best[1] - mark.block)):
            best = (matched, i, _aligned(runs, len(mark.before), len(text)))
    return None if best is None else (best[1], best[2])


def _aligned(runs: list[Match], position: int, length: int) -> int:
    """Where `position` of the context falls in the text, by the run that holds it or the first
    run after it."""
    for run in runs:
        if run.a + run.size > position:
            return min(length, max(0, run.b + max(0, position - run.a)))
    last = runs[-1]
    return min(length, last.b + last.size)


def reanchored(mark: Mark, document: Document, where: Location) -> Mark:
    """`mark` moved to where it was found: the next lookup is exact. Lost marks are kept as
    they were, so their text can still find them if the passage comes back."""
    if not where.found or where.how == "exact":
        return mark
    text = document.blocks[where.block].text
    offset = where.offset
    section_no = document.section_of_block(where.block)
    return replace(
        mark,
        doc_id=document.id,
        path=document.path,
        title=document.title,
        section=document.sections[section_no].title,
        block=where.block,
        offset=offset,
        fingerprint=fingerprint(text),
        before=text[max(0, offset - BEFORE_CHARS) : offset],
        quote=text[offset : offset + QUOTE_CHARS],
    )


def mark_file(mark: Mark, library: Library) -> tuple[Path, str] | None:
    """The file of the marked document and its id now: by its name, else by its old id."""
    from ftztui.library import document_ids

    ids = document_ids(library.document_files())
    by_name = {path.name: doc_id for doc_id, path in ids.items()}
    if mark.path in by_name:
        return library.corpus / mark.path, by_name[mark.path]
    if mark.doc_id in ids:
        return ids[mark.doc_id], mark.doc_id
    return None


def find_mark(mark: Mark, library: Library) -> tuple[Document | None, Location | None, str]:
    """Load the marked document and locate the mark in it; or a one-line reason why not."""
    from ftztui.loaders import LoadError, load_document

    found = mark_file(mark, library)
    if found is None:
        return None, None, f"{mark.path or mark.doc_id}: no longer in the library"
    try:
        document = load_document(*found)
    except LoadError as error:
        return None, None, str(error)
    return document, locate(mark, document), ""


def excerpt(mark: Mark, width: int = 60) -> str:
    """The marked text on one line, for lists."""
    text = " ".join(mark.quote.split())
    if len(text) <= width and len(mark.quote) < QUOTE_CHARS:
        return text  # the whole rest of the block
    # Cut after the last whole word (one character more: it may be the space ending a word).
    text = text[:width]
    space = text.rfind(" ")
    if space > len(text) * 2 // 3:
        text = text[:space]
    return text[: width - 1].rstrip(" ,;:") + "…"


# -- the marks file -----------------------------------------------------------------------------


def marks_file() -> Path:
    return user_state_dir() / "marks.json"


def load_marks(path: Path | None = None) -> tuple[list[Mark], list[str]]:
    """Every mark in the file (oldest first), and notices about entries that were skipped.

    A missing file means no marks; an unreadable one is reported, never overwritten by
    `save_marks` callers who check the notices (see `add_mark`)."""
    path = path or marks_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [], []
    except (OSError, ValueError) as error:
        return [], [f"cannot read marks file {path}: {type(error).__name__}: {error}"]
    entries = raw.get("marks") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        return [], [f"cannot read marks file {path}: no list of marks in it"]
    marks: list[Mark] = []
    bad = 0
    for entry in entries:
        mark = _mark_of(entry)
        if mark is None:
            bad += 1
        else:
            marks.append(mark)
    notices = [f"skipped {bad} damaged entr{'y' if bad == 1 else 'ies'} in {path}"] if bad else []
    return marks, notices


def save_marks(marks: list[Mark], path: Path | None = None) -> None:
    """Write every mark (atomically). Raises OSError."""
    path = path or marks_file()
    data = {"version": FILE_VERSION, "marks": [asdict(mark) for mark in marks]}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class MarksUnreadable(Exception):
    """The marks file exists but cannot be read: changing it would lose the marks in it."""


def _update(change: Callable[[list[Mark]], list[Mark]], path: Path | None) -> list[Mark]:
    marks, notices = load_marks(path)
    if notices and not marks and (path or marks_file()).exists():
        raise MarksUnreadable(notices[0])
    marks = change(marks)
    save_marks(marks, path)
    return marks


def add_mark(mark: Mark, path: Path | None = None) -> list[Mark]:
    """Add `mark` to the file (read again first: another process may have added marks)."""
    return _update(lambda marks: [*marks, mark], path)


def replace_mark(mark: Mark, path: Path | None = None) -> list[Mark]:
    """Replace the mark with `mark.id` (a note edited, or a mark re-anchored)."""
    return _update(lambda marks: [mark if m.id == mark.id else m for m in marks], path)


def delete_mark(mark_id: str, path: Path | None = None) -> list[Mark]:
    return _update(lambda marks: [m for m in marks if m.id != mark_id], path)


def restore_mark(mark: Mark, before: str | None = None, path: Path | None = None) -> list[Mark]:
    """Put a deleted `mark` back where it was: before the mark with id `before` (the next one
    made) when that is still there, else after the marks made no later than it."""

    def put_back(marks: list[Mark]) -> list[Mark]:
        if any(m.id == mark.id for m in marks):
            return marks
        ids = [m.id for m in marks]
        if before in ids:
            at = ids.index(before)
        else:
            at = next((i for i, m in enumerate(marks) if m.created > mark.created), len(marks))
        return [*marks[:at], mark, *marks[at:]]

    return _update(put_back, path)


def marks_of(library: Library, marks: list[Mark]) -> list[Mark]:
    """The marks of `library`, newest first (the file keeps them in the order they were made;
    `created` has whole seconds only)."""
    return [mark for mark in reversed(marks) if names_corpus(mark.library, library.corpus)]


_FIELDS = {f.name: f.type for f in fields(Mark)}


def _mark_of(entry: Any) -> Mark | None:
    if not isinstance(entry, dict):
        return None
    values: dict[str, Any] = {}
    for name in _FIELDS:
        value = entry.get(name)
        if name in ("block", "offset"):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                return None
        elif name in ("path", "section"):
            if value is not None and not isinstance(value, str):
                return None
        elif name in ("note", "created"):
            value = value if isinstance(value, str) else ""
        elif name == "page":  # absent from marks made before pages were kept
            valid = isinstance(value, int) and not isinstance(value, bool) and value > 0
            value = value if valid else None
        elif not isinstance(value, str):
            return None
        values[name] = value
    return Mark(**values)
