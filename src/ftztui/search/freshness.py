"""Is the index current? A stat of the corpus files against the manifest stored with the index.

The manifest (`manifest.json` inside the index folder) records, for every corpus file, its size
and modification time and the document id it was indexed under, plus the catalog of documents and
the acronyms they define. Comparing it with a fresh `os.scandir` of the corpus costs well under a
millisecond per hundred files and never loads a document.

The file is two lines of JSON, written at once (one file, replaced atomically): first what every
open needs (stamps, skipped files, index file sizes, the merged acronyms, the catalog's length),
then the catalog of documents (titles, sections), decoded only when asked for. At 2,000 documents
the catalog is ~500 KB of JSON, ~5-8 ms to decode, which a cold `ftztui search` never needs.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ftztui.library import DOCUMENT_SUFFIXES

MANIFEST_NAME = "manifest.json"
#: Code whose output the index stores: when it changes, block numbers and texts may too.
_PRODUCERS = ("loaders", "figures", "model.py", "search/indexer.py", "search/analysis.py")

#: (size in bytes, modification time in ns) of a corpus file.
Stamp = tuple[int, int]


class Manifest:
    """What an index holds. Mutable inside the search package only; saved as JSON.

    The classes of this module are plain classes, not dataclasses: generating dataclass methods
    at import costs every cold `ftztui search` about half a millisecond a class."""

    def __init__(
        self,
        schema: int,
        files: dict[str, dict[str, Any]] | None = None,
        skipped: dict[str, dict[str, Any]] | None = None,
        docs: dict[str, dict[str, Any]] | None = None,
        index_files: dict[str, int] | None = None,
        stamp: Stamp | None = None,
        code: str = "",
        *,
        acronyms: dict[str, str] | None = None,
        catalog: bytes | None = None,
        index_checks: dict[str, tuple[int, int]] | None = None,
    ) -> None:
        self.schema = schema
        #: file name → {"size", "mtime_ns", "doc"} for indexed files.
        self.files: dict[str, dict[str, Any]] = {} if files is None else files
        #: file name → {"size", "mtime_ns", "reason"} for files a loader refused.
        self.skipped: dict[str, dict[str, Any]] = {} if skipped is None else skipped
        #: `docs` once decoded (None: still the undecoded JSON `_catalog`).
        self._docs: dict[str, dict[str, Any]] | None = docs
        self._catalog = catalog
        if docs is None and catalog is None:
            self._docs = {}
        #: The merged acronyms as saved: what `acronyms()` answers while `docs` is undecoded.
        self._acronyms = acronyms
        #: index file name → size, to notice truncated or deleted index files unread.
        self.index_files: dict[str, int] = {} if index_files is None else index_files
        #: (size, mtime_ns) of the manifest file this was loaded from: another process's
        #: update shows as a new stamp.
        self.stamp = stamp
        #: `code_fingerprint()` of the code that built the index.
        self.code = code
        #: index file name → (mtime_ns, CRC-32) as written: index files are never rewritten in
        #: place, so another time means another content (a stat `damage` makes anyway), and the
        #: checksum tells damage that kept the time (`integrity.verify`, run by `ftztui index`).
        self.index_checks: dict[str, tuple[int, int]] = index_checks or {}

    @property
    def docs(self) -> dict[str, dict[str, Any]]:
        """document id → catalog record (DocInfo fields plus "acronyms"), decoded on first use.
        Raises ValueError when the saved catalog is not JSON or not a catalog (`load` checked
        its length only: decoding it costs a cold search 5-8 ms at 2,000 documents)."""
        if self._docs is None:
            decoded = json.loads(self._catalog or b"{}")
            _check_catalog(decoded)
            self._docs, self._catalog = decoded, None
        return self._docs

    def stamps(self) -> dict[str, Stamp]:
        known = {n: (r["size"], r["mtime_ns"]) for n, r in self.files.items()}
        known.update({n: (r["size"], r["mtime_ns"]) for n, r in self.skipped.items()})
        return known

    def acronyms(self) -> dict[str, str]:
        if self._docs is None and self._acronyms is not None:
            return dict(self._acronyms)
        merged: dict[str, str] = {}
        for record in self.docs.values():
            for acronym, expansion in record.get("acronyms", {}).items():
                merged.setdefault(acronym, expansion)
        return merged

    def save(self, folder: Path) -> None:
        """Write atomically: a reader sees the old manifest or the new one, never half."""
        # Compact JSON escapes every newline inside strings: each part is one line.
        catalog = _json_bytes(self.docs)
        head = {
            "schema": self.schema,
            "files": self.files,
            "skipped": self.skipped,
            "index_files": self.index_files,
            "index_checks": self.index_checks,
            "code": self.code,
            "acronyms": self.acronyms(),
            "catalog_bytes": len(catalog),
        }
        data = _json_bytes(head) + b"\n" + catalog + b"\n"
        tmp = folder / f".{MANIFEST_NAME}.{os.getpid()}.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, folder / MANIFEST_NAME)

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        """Raises OSError, or ValueError when the manifest is not one (truncated, or valid JSON
        of the wrong shape: a hand edit, a bad disk), which callers treat as damage."""
        stamp = manifest_stamp(folder)
        head, _, catalog = (folder / MANIFEST_NAME).read_bytes().partition(b"\n")
        data = json.loads(head)
        if not isinstance(data, dict):
            raise ValueError("manifest is not an object")
        if "catalog_bytes" not in data:  # one line: written before the catalog had its own
            return cls(schema=_integer(data.get("schema"), "schema"), stamp=stamp)
        if len(catalog) != _integer(data["catalog_bytes"], "catalog_bytes") + 1 or not (
            catalog.startswith(b"{") and catalog.endswith(b"}\n")
        ):
            raise ValueError("manifest is truncated")
        return cls(
            stamp=stamp,
            schema=_integer(data["schema"], "schema"),
            files=_stamped(data["files"], "files", "doc"),
            skipped=_stamped(data["skipped"], "skipped", "reason"),
            index_files=_mapping(data["index_files"], "index_files", _integer),
            index_checks=_mapping(data.get("index_checks", {}), "index_checks", _pair),
            code=_string(data.get("code", ""), "code"),
            acronyms=_mapping(data["acronyms"], "acronyms", _string),
            catalog=catalog[:-1],
        )


def _json_bytes(value: Any) -> bytes:
    """Compact JSON as UTF-8 (CJK titles stay one to three bytes a character). A file name
    that is not UTF-8 holds lone surrogates, which UTF-8 cannot carry: then every non-ASCII
    character is written as a \\u escape, which `json.loads` turns back into the same name."""
    text = json.dumps(value, ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value).encode("ascii")


# -- checking a manifest's shape: each raises ValueError naming what is wrong -----------------


def _integer(value: Any, what: str) -> int:
    if type(value) is not int:  # not bool, not float
        raise ValueError(f"manifest {what} is not a whole number")
    return value


def _string(value: Any, what: str) -> str:
    if type(value) is not str:
        raise ValueError(f"manifest {what} is not text")
    return value


def _pair(value: Any, what: str) -> tuple[int, int]:
    if not isinstance(value, list) or len(value) != 2:
        raise ValueError(f"manifest {what} is not a pair of numbers")
    return (_integer(value[0], what), _integer(value[1], what))


def _mapping(value: Any, what: str, item: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"manifest {what} is not an object")
    return {key: item(v, f"{what}[{key!r}]") for key, v in value.items()}


def _stamped(value: Any, what: str, text_key: str) -> dict[str, dict[str, Any]]:
    """`files` or `skipped`: file name → {"size": int, "mtime_ns": int, text_key: str}.
    (One pass over the records, ~0.1 ms at 2,000 files: every open pays it.)"""
    if not isinstance(value, dict):
        raise ValueError(f"manifest {what} is not an object")
    for name, record in value.items():
        if not (
            type(record) is dict
            and type(record.get("size")) is int
            and type(record.get("mtime_ns")) is int
            and type(record.get(text_key)) is str
        ):
            raise ValueError(f"manifest {what}[{name!r}] is not a file record")
    return value


def _check_catalog(decoded: Any) -> None:
    """A catalog: document id → {"id", "title", "section_titles", "blocks", ...} as
    `indexer.catalog_record` writes them (what `SearchIndex.catalog` reads)."""
    if not isinstance(decoded, dict):
        raise ValueError("the manifest's catalog is not an object")
    optional = ("path", "source", "date")
    for key, r in decoded.items():
        ok = (
            type(r) is dict
            and type(r.get("id")) is str
            and type(r.get("title")) is str
            and all(type(r.get(k)) in (str, type(None)) for k in optional)
            and type(r.get("blocks", 0)) is int
            and type(r.get("section_titles", [])) is list
            and all(type(t) in (str, type(None)) for t in r.get("section_titles", []))
            and type(r.get("acronyms", {})) is dict
            and all(type(v) is str for v in r.get("acronyms", {}).values())
        )
        if not ok:
            raise ValueError(f"the manifest's catalog entry {key[:40]!r} is not a document")


def code_fingerprint(package: str | None = None) -> str:
    """A digest of the version, names, sizes and times of the modules that make what the index
    stores (loaders, figures): an index built by other code is rebuilt, so that the block numbers
    of its hits are those of the document the reader shows. A stat per file, no import; walked
    with `os.scandir` (every cold search pays for this: `Path.rglob` cost ~1 ms more)."""
    import hashlib

    from ftztui import __version__

    if package is None:  # this installation of ftztui
        package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    digest = hashlib.sha1(__version__.encode())
    for name in _PRODUCERS:
        for relative, st in _python_files(package, name):
            digest.update(f"{relative}:{st.st_size}:{st.st_mtime_ns};".encode())
    return digest.hexdigest()[:16]


def _python_files(package: str, name: str) -> list[tuple[str, os.stat_result]]:
    """(path relative to `package`, stat) of `name` (a module) or of the .py files under it
    (a package, recursively), in the order of their path components."""
    path = os.path.join(package, name)
    if not os.path.isdir(path):
        try:
            return [(name, os.stat(path))]
        except OSError:
            return []
    found: list[tuple[tuple[str, ...], os.stat_result]] = []
    folders: list[tuple[str, tuple[str, ...]]] = [(path, (name,))]
    while folders:
        folder, parts = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir():
                    folders.append((entry.path, (*parts, entry.name)))
                elif entry.name.endswith(".py"):
                    found.append(((*parts, entry.name), entry.stat()))
            except OSError:
                continue
    found.sort(key=lambda item: item[0])
    return [("/".join(parts), st) for parts, st in found]


def manifest_stamp(folder: Path) -> Stamp | None:
    try:
        st = os.stat(folder / MANIFEST_NAME)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


class Changes:
    """Corpus files to index, re-index and drop, by file name."""

    __slots__ = ("added", "changed", "removed")

    def __init__(
        self,
        added: tuple[str, ...] = (),
        changed: tuple[str, ...] = (),
        removed: tuple[str, ...] = (),
    ) -> None:
        self.added = added
        self.changed = changed
        self.removed = removed

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Changes):
            return NotImplemented
        return (self.added, self.changed, self.removed) == (
            other.added,
            other.changed,
            other.removed,
        )

    def __hash__(self) -> int:
        return hash((self.added, self.changed, self.removed))

    def __repr__(self) -> str:
        return f"Changes(added={self.added!r}, changed={self.changed!r}, removed={self.removed!r})"

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def scan_corpus(corpus: Path) -> dict[str, Stamp]:
    """{file name: (size, mtime_ns)} for the files a loader understands (the Library rule)."""
    stamps: dict[str, Stamp] = {}
    try:
        entries = list(os.scandir(corpus))
    except OSError:
        return stamps
    suffixes = DOCUMENT_SUFFIXES
    for entry in entries:  # a cold search pays this loop once per file: kept lean
        name = entry.name
        dot = name.rfind(".")  # the suffix as os.path.splitext finds it, without its call
        if dot <= 0 or name[0] == "." or name[dot:].lower() not in suffixes:
            continue
        try:
            if entry.is_file():
                st = entry.stat()
                stamps[name] = (st.st_size, st.st_mtime_ns)
        except OSError:
            continue
    return stamps


def compare(manifest: Manifest, stamps: dict[str, Stamp]) -> Changes:
    """What changed in the corpus since `manifest` was written."""
    known = manifest.stamps()
    if known == stamps:  # the usual answer, found by one comparison in C
        return Changes()
    added = tuple(sorted(n for n in stamps if n not in known))
    changed = tuple(sorted(n for n, s in stamps.items() if n in known and known[n] != s))
    removed = tuple(sorted(n for n in known if n not in stamps))
    return Changes(added, changed, removed)


def index_file_sizes(folder: Path) -> dict[str, int]:
    """Sizes of the index's own files (not the manifest, not lock or temp files)."""
    sizes: dict[str, int] = {}
    for entry in os.scandir(folder):
        name = entry.name
        if name == MANIFEST_NAME or name.startswith(".") or name.endswith(("LOCK", ".tmp")):
            continue
        if entry.is_file():
            sizes[name] = entry.stat().st_size
    return sizes


def damage(folder: Path, manifest: Manifest) -> str | None:
    """Why the index files in `folder` cannot be trusted, or None when all are there, whole and
    untouched since they were written (by their size and time: the stat every open makes)."""
    checks = manifest.index_checks
    for name, size in manifest.index_files.items():
        try:
            st = os.stat(folder / name)
        except OSError:
            return f"index file {name} is missing"
        if st.st_size != size:
            return f"index file {name} is truncated or changed"
        check = checks.get(name)
        if check is not None and st.st_mtime_ns != check[0]:
            return f"index file {name} was changed after it was written"
    return None
