"""Writing the index: block records, full builds into a fresh folder, incremental updates.

Layout of an index home (the library's index folder):

    CURRENT          the name of the live index folder, replaced atomically
    ix-<n>-<hex>/    Whoosh files + manifest.json (freshness.Manifest)
    .lock            held (flock) by whoever writes, so two `ftztui index` take turns

A full build writes a new `ix-*` folder and then points CURRENT at it, so a reader always sees a
whole index; old folders are removed afterwards. An update writes into the live folder with the
Whoosh writer (which allows one writer at a time) and then replaces the manifest.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ftztui.model import Document
from ftztui.search.acronyms import find_acronyms
from ftztui.search.freshness import (
    Changes,
    Manifest,
    Stamp,
    code_fingerprint,
)
from ftztui.search.integrity import record_index_files
from ftztui.search.live import CURRENT_NAME
from ftztui.search.schema import SCHEMA_VERSION, make_schema

#: progress(done, total, file name) after each file.
Progress = Callable[[int, int, str], None]
#: Loads one corpus file under a document id (raises loaders.LoadError).
LoadOne = Callable[[Path, str], Document]

WRITER_TIMEOUT = 60.0
_WORDS = re.compile(r"[^\W\d_][\w'’]*")


@dataclass(frozen=True)
class IndexReport:
    """What a build or update did."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    #: Bytes of corpus text read.
    bytes: int = 0
    #: (file name, one-line reason) for each file a loader refused.
    skipped_files: tuple[tuple[str, str], ...] = ()
    rebuilt: bool = False
    #: Where the index lives ("" for an in-memory index).
    location: str = ""
    notices: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.rebuilt)

    def summary(self) -> str:
        if not self.changed and not self.skipped:
            return "index is up to date"
        parts = [f"{self.added} added", f"{self.updated} updated", f"{self.removed} removed"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        mb = self.bytes / 1_000_000
        return (
            f"index {'rebuilt' if self.rebuilt else 'updated'}: "
            + ", ".join(parts)
            + (f" ({mb:.1f} MB in {self.seconds:.2f} s)")
        )


@dataclass
class _Tally:
    added: int = 0
    updated: int = 0
    removed: int = 0
    bytes: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def default_load_one(path: Path, doc_id: str) -> Document:
    from ftztui.loaders import load_document

    return load_document(path, doc_id)


def assign_ids(names: Iterable[str]) -> dict[str, str]:
    """{file name: document id} by the loaders' rule over the whole corpus, as `load_corpus`."""
    from ftztui.loaders import unique_ids

    ordered = sorted(names)
    return dict(zip(ordered, unique_ids([Path(n) for n in ordered]), strict=True))


FigureFields = tuple[list[float], set[str], list[tuple[int, int, float, str]]]


def _figure_fields(doc: Document, tally: _Tally) -> dict[int, FigureFields]:
    """{block: (values, units, spans)} from the figure extractor, when there is one."""
    try:
        from ftztui.figures import extract_figures
    except ImportError:
        return {}
    try:
        figures = extract_figures(doc)
    except NotImplementedError:
        return {}
    except Exception as exc:  # a bug in the extractor must not cost the document its text index
        tally.notices.append(f"figures of {doc.id} not indexed: {type(exc).__name__}: {exc}")
        return {}
    fields: dict[int, FigureFields] = {}
    for fig in figures:
        values, units, places = fields.setdefault(fig.block, ([], set(), []))
        unit = fig.unit.lower().replace(" ", "_") if fig.unit else ""
        values.append(float(fig.value))
        if unit:
            units.add(unit)
        places.append((fig.start, fig.end, float(fig.value), unit))
    return fields


def block_records(doc: Document, tally: _Tally) -> Iterator[dict[str, Any]]:
    """One Whoosh document per block, in reading order."""
    figures = _figure_fields(doc, tally)
    seen: set[str] = set()  # the spelling field needs each word once per document, not each use
    last_section = None
    for number, section, block in doc.iter_blocks():
        texts = [block.text, doc.title if number == 0 else "", block.credit or ""]
        opens_section = section is not last_section
        if opens_section:  # its words are in `seen` after its first block
            texts.append(section.title or "")
            last_section = section
        fresh = {w for t in texts if t for w in _WORDS.findall(t.lower())} - seen
        seen |= fresh
        record: dict[str, Any] = {
            "doc": doc.id,
            "block": number,
            "kind": block.kind,
            "title": doc.title,
            "section": section.title or "",
            "content": block.text,
            "spell": " ".join(sorted(fresh)),
        }
        if opens_section:
            record["head"] = "doc section" if number == 0 else "section"
        if block.page is not None:
            record["page"] = block.page
        if block.kind == "caption" or block.credit:
            record["credit"] = f"photo {block.credit or ''}"
        if number in figures:
            values, units, places = figures[number]
            record["value"] = values
            record["figures"] = places
            if units:
                record["unit"] = " ".join(sorted(units))
        yield record


def catalog_record(doc: Document, name: str) -> dict[str, Any]:
    texts = [doc.title, *(b.text for b in doc.blocks)]
    return {
        "id": doc.id,
        "title": doc.title,
        "path": doc.path or name,
        "source": doc.source,
        "date": doc.date,
        "section_titles": [s.title for s in doc.sections],
        "blocks": len(doc.blocks),
        **({"note": doc.note} if doc.note else {}),
        "acronyms": find_acronyms(texts),
    }


def add_document(writer: Any, doc: Document, tally: _Tally) -> None:
    for record in block_records(doc, tally):
        writer.add_document(**record)


def _load(
    names: Iterable[str],
    corpus: Path,
    ids: dict[str, str],
    load_one: LoadOne,
    tally: _Tally,
) -> Iterator[tuple[str, Document | None]]:
    """(name, document) per file; None for a file the loader refused (noted in `tally`)."""
    from ftztui.loaders import LoadError

    for name in names:
        try:
            doc = load_one(corpus / name, ids[name])
        except LoadError as exc:
            tally.skipped.append((name, exc.reason))
            yield name, None
            continue
        except (OSError, UnicodeError, ValueError, RecursionError) as exc:
            tally.skipped.append((name, f"{type(exc).__name__}: {exc}"))
            yield name, None
            continue
        tally.bytes += doc.char_count
        yield name, doc


def write_changes(
    writer: Any,
    manifest: Manifest,
    corpus: Path,
    changes: Changes,
    stamps: dict[str, Stamp],
    *,
    load_one: LoadOne = default_load_one,
    progress: Progress | None = None,
) -> _Tally:
    """Apply `changes` to an open writer and to `manifest` (committing is the caller's)."""
    tally = _Tally()
    ids = assign_ids(stamps)
    # A new file can take the id an old one had (the ids depend on all names): re-index those.
    moved = tuple(
        n
        for n, r in manifest.files.items()
        if n in ids and ids[n] != r["doc"] and n not in changes.changed
    )
    changes = Changes(changes.added, (*changes.changed, *moved), changes.removed)
    for name in (*changes.removed, *changes.changed):
        manifest.skipped.pop(name, None)
        record = manifest.files.pop(name, None)
        if record is not None:
            writer.delete_by_term("doc", record["doc"])
            manifest.docs.pop(record["doc"], None)
            if name in changes.removed:
                tally.removed += 1
    todo = [*changes.changed, *changes.added]
    for done, (name, doc) in enumerate(_load(todo, corpus, ids, load_one, tally), start=1):
        if progress is not None:
            progress(done, len(todo), name)
        if doc is None:
            continue
        add_document(writer, doc, tally)
        size, mtime = stamps[name]
        manifest.files[name] = {"size": size, "mtime_ns": mtime, "doc": doc.id}
        manifest.docs[doc.id] = catalog_record(doc, name)
        if name in changes.changed:
            tally.updated += 1
        else:
            tally.added += 1
    for name, reason in tally.skipped:
        size, mtime = stamps[name]
        manifest.skipped[name] = {"size": size, "mtime_ns": mtime, "reason": reason}
    return tally


def new_index_dir(home: Path) -> Path:
    import uuid

    folder = home / f"ix-{SCHEMA_VERSION}-{uuid.uuid4().hex[:12]}"
    folder.mkdir(parents=True)
    return folder


def build_into(
    folder: Path,
    corpus: Path,
    stamps: dict[str, Stamp],
    *,
    load_one: LoadOne = default_load_one,
    progress: Progress | None = None,
) -> tuple[Manifest, _Tally]:
    """A complete index of `stamps`' files in the empty folder `folder`."""
    from whoosh.filedb.filestore import FileStorage

    from ftztui.search.blockwriter import open_writer

    ix = FileStorage(str(folder)).create_index(make_schema())
    manifest = Manifest(schema=SCHEMA_VERSION, code=code_fingerprint())
    writer = open_writer(ix, limitmb=128)
    try:
        tally = write_changes(
            writer,
            manifest,
            corpus,
            Changes(added=tuple(sorted(stamps))),
            stamps,
            load_one=load_one,
            progress=progress,
        )
    except BaseException:
        writer.cancel()
        raise
    if progress is not None and stamps:
        progress(len(stamps), len(stamps), "(writing the index)")
    writer.commit()
    ix.close()
    record_index_files(folder, manifest)
    manifest.save(folder)
    return manifest, tally


def update_in_place(
    folder: Path,
    manifest: Manifest,
    corpus: Path,
    changes: Changes,
    stamps: dict[str, Stamp],
    *,
    load_one: LoadOne = default_load_one,
    progress: Progress | None = None,
) -> _Tally:
    """Apply `changes` to the live index in `folder` and save the new manifest."""
    from whoosh.filedb.filestore import FileStorage

    from ftztui.search.blockwriter import open_writer

    ix = FileStorage(str(folder)).open_index()
    writer = open_writer(ix, timeout=WRITER_TIMEOUT)
    try:
        tally = write_changes(
            writer, manifest, corpus, changes, stamps, load_one=load_one, progress=progress
        )
    except BaseException:
        writer.cancel()
        raise
    loaded = len(changes.added) + len(changes.changed)
    if progress is not None and loaded:
        progress(loaded, loaded, "(writing the index)")
    writer.commit()
    ix.close()
    record_index_files(folder, manifest)
    manifest.save(folder)
    return tally


def point_current(home: Path, folder: Path) -> None:
    """Make `folder` the live index (atomic), then remove the folders no one points at."""
    tmp = home / f".{CURRENT_NAME}.{os.getpid()}.tmp"
    tmp.write_text(folder.name, encoding="utf-8")
    os.replace(tmp, home / CURRENT_NAME)
    remove_old_dirs(home, keep=folder.name)


def remove_old_dirs(home: Path, keep: str, min_age: float = 0.0) -> None:
    now = time.time()
    for entry in os.scandir(home):
        if entry.name.startswith("ix-") and entry.name != keep and entry.is_dir():
            try:
                if now - entry.stat().st_mtime >= min_age:
                    shutil.rmtree(entry.path, ignore_errors=True)
            except OSError:
                continue
