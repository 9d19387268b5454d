"""Acronyms a document defines ("Pilot Free Trade Zone (FTZ)"), learned at index time.

A definition is a run of words followed by an all-capitals word in brackets whose letters are the
initials of those words, read backwards from the bracket; a few words that do not start a letter
("Pilot" in "Chongqing Pilot Free Trade Zone (CFTZ)", "of", "and") may be skipped. The expansion
is the words from the first initial to the bracket. Searching for either form finds both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_DEFINITION = re.compile(r"((?:[\w’'-]+[ \t]+){1,12})\(([A-Z][A-Z0-9&]{1,9}s?)\)")
_WORD = re.compile(r"[\w’'-]+")
#: The bracket a definition ends with. Searched first: `_DEFINITION` tries a dozen words back
#: from every position, slow on text with many brackets (code) and none of them an acronym.
_BRACKETED = re.compile(r"\([A-Z][A-Z0-9&]{1,9}s?\)")
#: How many words that start no letter of the acronym a definition may contain.
_MAX_SKIPPED = 2


def _expansion(words: list[str], acronym: str) -> list[str] | None:
    letters = [c for c in acronym.rstrip("s") if c.isalpha()]
    if len(letters) < 2:
        return None
    i = len(words) - 1
    skipped = 0
    first = None
    while letters and i >= 0:
        word = words[i]
        if word[:1].upper() == letters[-1] and word[:1].isupper():
            letters.pop()
            first = i
        elif first is None:  # the word right before the bracket must start the last letter
            return None
        else:
            skipped += 1
            if skipped > _MAX_SKIPPED:
                return None
        i -= 1
    if letters or first is None:
        return None
    return words[first:]


def find_acronyms(texts: Iterable[str]) -> dict[str, str]:
    """{acronym: expansion} defined in `texts`, e.g. {"FTZ": "Pilot Free Trade Zone"}."""
    found: dict[str, str] = {}
    for text in texts:
        if "(" not in text or not _BRACKETED.search(text):
            continue
        for m in _DEFINITION.finditer(text):
            words = _WORD.findall(m.group(1))
            acronym = m.group(2)
            expansion = _expansion(words, acronym)
            if expansion and acronym not in found:
                found[acronym] = " ".join(expansion)
    return found
