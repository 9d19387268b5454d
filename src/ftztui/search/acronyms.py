"""Acronyms a document defines ("Pilot Free Trade Zone (FTZ)"), learned at index time.

A definition is a run of words followed by an all-capitals word in brackets whose letters are the
initials of those words, read backwards from the bracket; a few words that do not start a letter
("Pilot" in "Chongqing Pilot Free Trade Zone (CFTZ)", "of", "and") may be skipped. The expansion
is the words from the first initial to the bracket. Searching for either form finds both.

Chinese abbreviates by keeping some characters of the full name, in order, and defines the short
form in full-width brackets after it, often with 简称 ("called for short"):
中国（重庆）自由贸易试验区（以下简称重庆自贸试验区）. The full name is the run of Han characters
(and bracketed Han) before the bracket; the short form must be shorter and spelled by a
subsequence of its characters, starting with one of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

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


_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@cache
def _chinese_definition() -> re.Pattern[str]:
    """Compiled on first use: a class of Han characters costs a few ms to compile."""
    return re.compile(
        rf"((?:[{_HAN}]|[（(][{_HAN}]{{1,8}}[）)]){{3,30}})"
        rf"[（(](?:以下简称|以下簡稱|下称|下稱|简称|簡稱)?[“\"「]?([{_HAN}]{{2,12}})[”\"」]?[）)]"
    )


def _is_abbreviation(short: str, full: str) -> bool:
    """`short` is spelled by characters of `full`, in order, and is shorter."""
    if len(short) >= len(full):
        return False
    chars = iter(full)
    return all(c in chars for c in short)


def _chinese_definitions(text: str, found: dict[str, str]) -> None:
    from ftztui.search.chinese import fold, segment

    for m in _chinese_definition().finditer(text):
        full, short = m.group(1), m.group(2)
        if short in found:
            continue
        # The run may start with words that are not the name (批准设立中国（重庆）…): the name
        # is the fewest whole words before the bracket that still spell the short form, with
        # a bracketed part and the word before it kept whole.
        starts = [s for _, s, _ in segment(fold(full))]
        name = None
        for i in range(len(starts) - 1, -1, -1):
            tail = full[starts[i] :]
            if _is_abbreviation(short, tail):
                if sum(map(tail.count, "）)")) > sum(map(tail.count, "（(")):
                    continue
                if tail[0] in "（(" and i > 0:
                    tail = full[starts[i - 1] :]
                name = tail
                break
        if name is not None:
            found[short] = name


def find_acronyms(texts: Iterable[str]) -> dict[str, str]:
    """{acronym: expansion} defined in `texts`, e.g. {"FTZ": "Pilot Free Trade Zone"}."""
    found: dict[str, str] = {}
    for text in texts:
        if "（" in text:
            _chinese_definitions(text, found)
        if "(" not in text:
            continue
        if _chinese_definition().search(text):
            _chinese_definitions(text, found)
        if not _BRACKETED.search(text):
            continue
        for m in _DEFINITION.finditer(text):
            words = _WORD.findall(m.group(1))
            acronym = m.group(2)
            expansion = _expansion(words, acronym)
            if expansion and acronym not in found:
                found[acronym] = " ".join(expansion)
    return found
