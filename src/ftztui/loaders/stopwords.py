"""Stop-word density, jusText's measure of prose, in the file's own language.

Running text is dense in a language's most common words ("the", "und", "que"); a menu, a
teaser's title, a list of links or a form's labels are not. jusText (BSD-2, installed with
trafilatura) ships a stop list for each of 100 languages; the file's language is the one whose
list covers most of its words. Nothing here is English-only, and a language without a list
(Chinese has no spaces to count words by) gets None: callers then judge by shape alone.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.util import find_spec
from pathlib import Path

_WORD = re.compile(r"[^\W\d_]+")
#: The file's language is judged from this many characters of its prose.
SAMPLE = 3_000
#: Text whose words are this much English stop words is English (in English prose about 45% of
#: the words are; in German or Spanish prose about 10%).
ENGLISH = 0.35
#: Prose has at least this share of stop words (jusText's threshold is 0.30; lower here, as a
#: paragraph must also be long and end like a sentence).
PROSE_STOP_WORDS = 0.25
#: A file whose best list holds less than this share of its distinct words has no list (it is
#: code, a list of names, or a language without one).
MIN_COVER = 0.15


def _folder() -> Path | None:
    # The package's folder is found without importing it (jusText imports lxml).
    spec = find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "stoplists"


@cache
def _stoplist(path: Path) -> frozenset[str]:
    try:
        return frozenset(w.strip().lower() for w in path.read_text(encoding="utf-8").split("\n"))
    except OSError:
        return frozenset()


@cache
def _stoplists() -> tuple[frozenset[str], ...]:
    """Every language's stop list (a tenth of a second or so, once)."""
    folder = _folder()
    if folder is None:
        return ()
    return tuple(_stoplist(path) - {""} for path in sorted(folder.glob("*.txt")))


@cache
def _english() -> frozenset[str]:
    folder = _folder()
    return _stoplist(folder / "English.txt") - {""} if folder else frozenset()


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def stoplist_for(text: str) -> frozenset[str] | None:
    """The stop list of the language most of `text` is in, or None."""
    sample = words(text[:SAMPLE])
    if len(sample) < 20:
        return None
    english = _english()
    if sum(w in english for w in sample) >= ENGLISH * len(sample):
        return english  # the common case, without reading the other 99 lists
    distinct = set(sample)
    best, best_hits = None, 0
    for stoplist in _stoplists():
        hits = len(stoplist & distinct)  # in C, over the smaller set
        if hits > best_hits:
            best, best_hits = stoplist, hits
    return best if best_hits >= MIN_COVER * len(distinct) else None


def density(text: str, stoplist: frozenset[str]) -> float:
    """The share of `text`'s words that are stop words."""
    found = words(text[:3000])
    return sum(w in stoplist for w in found) / len(found) if found else 0.0


def keep_dense_prose(units: list[str], good: list[bool]) -> list[bool]:
    """`good` with the units below `PROSE_STOP_WORDS` in the file's language turned off: a
    teaser's title, a form's labels or a list of names that ends in a full stop is not prose."""
    stoplist = stoplist_for(" ".join(u for u, g in zip(units, good, strict=True) if g)[:SAMPLE])
    if stoplist is None:
        return good
    return [
        g and density(u, stoplist) >= PROSE_STOP_WORDS for u, g in zip(units, good, strict=True)
    ]
