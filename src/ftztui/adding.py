"""Adding files to a library's corpus: copy, never overwrite, never touch the original. No Textual.

A file is checked before it is copied (it must be a regular, readable file of a known type, under
the size limit, and load as a document), so a corpus only ever gains documents that work. The
copy is written to a hidden temporary file in the corpus and then hard-linked to its final name,
which fails instead of overwriting when another file took that name in the meantime.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ftztui.library import DOCUMENT_SUFFIXES, Library, document_ids
from ftztui.loaders import MAX_FILE_BYTES

#: Pages of a PDF read to check it before it is added (it opens, it is not encrypted, its title).
_CHECK_PAGES = 3


class AddError(Exception):
    """A refused file; `str()` is one line naming the file and why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


@dataclass(frozen=True)
class AddedDocument:
    id: str
    title: str
    source: Path
    stored_as: Path


def _check_source(source: Path) -> int:
    """The file's size, or AddError saying why it cannot be added."""
    try:
        info = source.stat()  # follows symlinks: a loop or a dangling link fails here
    except RuntimeError:
        raise AddError(source, "symbolic link loop") from None
    except FileNotFoundError:
        raise AddError(source, "no such file") from None
    except OSError as exc:
        raise AddError(source, exc.strerror or "cannot be read") from None
    if source.is_dir():
        raise AddError(source, "is a directory; add the files inside it instead")
    if not source.is_file():
        raise AddError(source, "not a regular file")
    suffix = source.suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        known = " ".join(sorted(DOCUMENT_SUFFIXES))
        raise AddError(
            source, f"unsupported file type {suffix or '(none)'!r}; ftztui reads {known}"
        )
    if info.st_size > MAX_FILE_BYTES:
        raise AddError(
            source,
            f"{info.st_size / 1e6:.0f} MB is over the {MAX_FILE_BYTES // 2**20} MB limit "
            "for one document (it would make searching and reading slow)",
        )
    if not os.access(source, os.R_OK):
        raise AddError(source, "permission denied")
    return info.st_size


def _free_name(corpus: Path, name: str, taken_ids: set[str]) -> str:
    from ftztui.loaders import slugify

    stem, suffix = os.path.splitext(name)
    candidate, n = name, 1
    while (corpus / candidate).exists() or slugify(candidate) in taken_ids:
        n += 1
        candidate = f"{stem}-{n}{suffix}"
    return candidate


def _link_or_copy_exclusive(tmp: Path, dest: Path) -> None:
    """Put `tmp`'s bytes at `dest` atomically; FileExistsError rather than overwrite."""
    try:
        os.link(tmp, dest)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: exclusive create, then copy
        with open(dest, "xb") as out, open(tmp, "rb") as src:
            shutil.copyfileobj(src, out)


def add_document(library: Library, source: Path) -> AddedDocument:
    """Copy `source` into the corpus under a free name; its id is returned. Raises AddError."""
    from ftztui.loaders import LoadError, load_document, slugify

    _check_source(source)
    try:
        # A long PDF is checked on its first pages: the index reads it whole anyway.
        document = load_document(source, first_pages=_CHECK_PAGES)
    except LoadError as exc:
        raise AddError(source, exc.reason) from None
    library.corpus.mkdir(parents=True, exist_ok=True)
    taken = set(document_ids(library.document_files()))
    tmp = library.corpus / f".adding-{os.getpid()}-{source.name}"
    try:
        shutil.copyfile(source, tmp)
        for _ in range(100):
            name = _free_name(library.corpus, source.name, taken)
            try:
                _link_or_copy_exclusive(tmp, library.corpus / name)
                break
            except FileExistsError:
                taken.add(slugify(name))  # somebody else took it: try the next name
        else:  # pragma: no cover - a hundred concurrent clashes
            raise AddError(source, "could not find a free name in the corpus")
    except OSError as exc:
        raise AddError(source, f"cannot copy into {library.corpus}: {exc.strerror}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return AddedDocument(slugify(name), document.title, source, library.corpus / name)
