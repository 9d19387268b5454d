"""Where a library lives: its corpus folder (documents) and its index folder (a cache).

The rule, in order (the first that applies wins):

1. `--corpus DIR` / `--index DIR` on the command line;
2. the environment variables `FTZTUI_CORPUS` / `FTZTUI_INDEX`;
3. running from a source checkout (an editable install), the checkout's `corpus/` and `index/`;
4. otherwise the user's library under the platform's data directory
   (`platformdirs.user_data_path("ftztui")`: `corpus/` and `index/`), whose corpus is seeded with
   the bundled documents the first time it is used.

Folders given by 1 or 2 are made absolute (symbolic links resolved) once, here: marks and the
reader's remembered place are keyed by the corpus folder, and `--corpus corpus` typed in
`/tmp/qa` must find what `--corpus /tmp/qa/corpus` made.

An index given no folder of its own for a corpus chosen by 1 or 2 lives in the user's cache
directory, keyed by the corpus path, so that nothing is ever written into site-packages or next to
somebody else's files. No Textual here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "ftztui"
CORPUS_ENV = "FTZTUI_CORPUS"
INDEX_ENV = "FTZTUI_INDEX"

#: File suffixes a loader understands.
DOCUMENT_SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".mhtml", ".mht"}
    | {".pdf", ".epub", ".docx"}
)


def _package_dir() -> Path:
    return Path(__file__).resolve().parent


def checkout_root() -> Path | None:
    """The source checkout this package runs from (editable install), else None."""
    root = _package_dir().parent.parent
    if (root / "pyproject.toml").is_file() and (root / "corpus").is_dir():
        return root
    return None


def bundled_corpus() -> Path:
    """The documents shipped with the app (inside the wheel, or the checkout's corpus/)."""
    inside = _package_dir() / "bundled_corpus"
    if inside.is_dir():
        return inside
    beside = _package_dir().parent.parent / "corpus"  # src/ftztui -> the checkout
    return beside if beside.is_dir() else inside  # missing: an empty library


def user_library_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def user_cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def user_state_dir() -> Path:
    from platformdirs import user_state_path

    return user_state_path(APP_NAME, appauthor=False)


def user_config_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


@dataclass(frozen=True)
class Library:
    """A corpus folder of documents and the folder of its index."""

    corpus: Path
    index: Path
    #: Where the choice came from: "option" (flag or environment), "checkout" or "user".
    origin: str = "user"

    def document_files(self) -> list[Path]:
        """Files in the corpus a loader understands, sorted by name (hidden files skipped)."""
        return corpus_files(self.corpus)


def corpus_files(corpus: Path) -> list[Path]:
    """Files in `corpus` a loader understands, sorted by name (hidden files skipped)."""
    try:
        entries = list(corpus.iterdir())
    except OSError:
        return []
    return sorted(
        (
            p
            for p in entries
            if p.suffix.lower() in DOCUMENT_SUFFIXES and not p.name.startswith(".") and p.is_file()
        ),
        key=lambda p: p.name,
    )


def document_ids(files: Iterable[Path]) -> dict[str, Path]:
    """Each file's document id (the loaders' rule: a slug of its name, made unique)."""
    from ftztui.loaders import unique_ids

    ordered = sorted(files, key=lambda p: p.name)
    return dict(zip(unique_ids(ordered), ordered, strict=True))


def document_named(files: Mapping[str, str | None], asked: str) -> str | None:
    """The id of the document `asked` names, given each id's file (relative to the corpus):
    the id itself, in any case, or its file's name or path, as `ftztui show` takes them."""
    if asked in files:
        return asked
    lowered = {doc_id.lower(): doc_id for doc_id in files}
    if asked.lower() in lowered:
        return lowered[asked.lower()]
    named = [i for i, f in files.items() if f is not None and asked in (Path(f).name, f)]
    return named[0] if len(named) == 1 else None


def nearest_documents(files: Mapping[str, str | None], asked: str, most: int = 3) -> list[str]:
    """Ids of the documents whose id or file name is close to `asked` (a typo), nearest first."""
    import difflib

    names = {doc_id: doc_id for doc_id in files}
    names |= {Path(f).name: i for i, f in files.items() if f is not None}
    near = difflib.get_close_matches(asked, list(names), n=most, cutoff=0.6)
    near += difflib.get_close_matches(asked.lower(), list(names), n=most, cutoff=0.6)
    return list(dict.fromkeys(names[n] for n in near))[:most]


def _cache_index_for(corpus: Path) -> Path:
    import hashlib  # here, not at the top: `ftztui search` starts faster without it

    key = hashlib.sha1(str(corpus.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return user_cache_dir() / "indexes" / key


def _absolute(path: str | Path) -> Path:
    return Path(path).expanduser().resolve()


def names_corpus(key: str, corpus: Path) -> bool:
    """Whether `key`, a corpus folder a mark or the reader's state recorded, is `corpus`. Keys are
    absolute now; one recorded earlier as typed (`corpus`, relative to where ftztui ran) is taken
    from the current folder, the best guess there is."""
    if key == str(corpus):
        return True
    try:
        return _absolute(key) == corpus.resolve()
    except (OSError, RuntimeError, ValueError):  # a symlink loop, a NUL in a hand-edited file
        return False


def resolve_library(corpus: str | Path | None = None, index: str | Path | None = None) -> Library:
    """Apply the rule in this module's docstring. Creates nothing but the seeded user corpus."""
    corpus = corpus or os.environ.get(CORPUS_ENV) or None
    index = index or os.environ.get(INDEX_ENV) or None
    if corpus is not None:
        corpus_path = _absolute(corpus)
        index_path = _absolute(index) if index else _cache_index_for(corpus_path)
        return Library(corpus_path, index_path, origin="option")
    root = checkout_root()
    if root is not None:
        index_path = _absolute(index) if index else root / "index"
        return Library(root / "corpus", index_path, origin="checkout")
    home = user_library_dir()
    corpus_path = home / "corpus"
    if not corpus_path.exists():
        seed_user_corpus(corpus_path)
    index_path = _absolute(index) if index else home / "index"
    return Library(corpus_path, index_path, origin="user")


def seed_user_corpus(corpus_path: Path) -> None:
    """Copy the bundled documents into a new user corpus (never over an existing one)."""
    import shutil

    source = bundled_corpus()
    tmp = corpus_path.with_name(corpus_path.name + ".seeding")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True, exist_ok=True)
    if source.is_dir():
        for f in source.iterdir():
            if f.is_file() and f.suffix.lower() in DOCUMENT_SUFFIXES:
                shutil.copy2(f, tmp / f.name)
    try:
        tmp.rename(corpus_path)
    except OSError:
        # Another process seeded it first: theirs stands.
        shutil.rmtree(tmp, ignore_errors=True)
