"""The start document, kept ready in the cache directory so the first frame needs no loader.

Importing the loaders (their many regular expressions) costs more than drawing the first frame
(~15-20 ms against a ~300 ms start), and the reader opens the same document nearly every time.
So the document shown at start is stored (pickled) under the user's cache directory with what it
was made from: the file's path, size and modification time, the app's version and the loaders'
own modification times. Anything different, missing or unreadable means a normal load. No
Textual here.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path

from ftztui import __version__
from ftztui.model import Document

Key = tuple[str, int, int, str, int]


def cache_file() -> Path:
    from ftztui.library import user_cache_dir

    return user_cache_dir() / "tui" / "start-document.pickle"


def _code_stamp() -> int:
    """Newest modification time of the code that makes a `Document` from a file."""
    package = Path(__file__).resolve().parent.parent
    stamps = [(package / "model.py").stat().st_mtime_ns]
    with os.scandir(package / "loaders") as entries:
        stamps += [e.stat().st_mtime_ns for e in entries if e.name.endswith(".py")]
    return max(stamps)


def _key(path: Path) -> Key:
    stat = path.stat()
    return (str(path.absolute()), stat.st_size, stat.st_mtime_ns, __version__, _code_stamp())


def read(path: Path) -> Document | None:
    """The cached document for `path` if it was made from this very file by this code."""
    try:
        key, document = pickle.loads(cache_file().read_bytes())
        if key == _key(path) and isinstance(document, Document):
            return document
    except Exception:  # missing, damaged or from another version: load the file instead
        return None
    return None


def write(path: Path, document: Document) -> None:
    """Keep `document` (loaded from `path`) for the next start; a failure only costs speed."""
    target = cache_file()
    try:
        data = pickle.dumps((_key(path), document), protocol=pickle.HIGHEST_PROTOCOL)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".start-document.", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
