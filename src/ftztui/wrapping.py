"""Word wrap at a terminal's cell widths, shared by the reader and `ftztui show`.

Greedy, by words; Chinese and Japanese break between any two characters, with the
punctuation that must not start a line kept after the character before it. Pure Python
(Rich's `cell_len` measures wide characters): no Textual.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from rich.cells import cell_len

_WORD = re.compile(r"\S+\s*|\s+")
#: Chinese and Japanese break between any two ideographs, so each is a "word" of its own, with
#: the punctuation that must not start a line (，。）) kept after it and the one that must not
#: end a line (（“) kept before it.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_NO_START = "，。、；：！？）》」』】〉”’…·%％)\\]}!?,.;:"
_NO_END = "（《「『【〈“‘(\\[{"


@cache
def _cjk_words() -> re.Pattern[str]:
    """Compiled on first use: a class of ideographs costs milliseconds to compile, which the
    first frame of an English document must not wait for."""
    return re.compile(
        rf"[{_NO_END}]*[{_CJK}][{_NO_START}]*\s*|[{_NO_END}]*[^\s{_CJK}{_NO_END}]+\s*|\s+"
    )


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of `text` into [start, end) slices of at most `width` cells.

    Hard line breaks are kept; words longer than a line are split; trailing spaces stay on the
    line they follow (the reader trims them when drawing).
    """
    width = max(1, width)
    out: list[tuple[int, int]] = []
    # Every ASCII character is drawn one cell wide (controls too: safe_text shows each as one
    # visible character), so most text needs no `cell_len`, which was half the cost of laying
    # out a document (and the reader's first frame waits for that).
    ascii = text.isascii()
    measure = len if ascii else cell_len
    # max() finds the highest character in C: no ideograph, no second pattern.
    words = _WORD if ascii or max(text) < "\u3040" else _cjk_words()
    pos = 0
    for hard in text.split("\n"):
        end = pos + len(hard)
        _wrap_one(text, pos, end, width, out, measure, words)
        pos = end + 1
    return out


def _wrap_one(
    text: str,
    start: int,
    end: int,
    width: int,
    out: list[tuple[int, int]],
    measure: Callable[[str], int],
    words: re.Pattern[str] = _WORD,
) -> None:
    line_start = start
    col = 0
    for match in words.finditer(text, start, end):
        word = match.group()
        word_cells = measure(word.rstrip()) if not word.isspace() else 0
        if col and col + word_cells > width:
            out.append((line_start, match.start()))
            line_start, col = match.start(), 0
        if word_cells > width:
            line_start, col = _split_long(text, match.start(), match.end(), width, out)
            continue
        col += measure(word)
    out.append((line_start, end))


def _split_long(
    text: str, start: int, end: int, width: int, out: list[tuple[int, int]]
) -> tuple[int, int]:
    """Break a word wider than a line by characters; return where the last piece starts."""
    line_start, col = start, 0
    for i in range(start, end):
        cells = cell_len(text[i])
        if col and col + cells > width:
            out.append((line_start, i))
            line_start, col = i, 0
        col += cells
    return line_start, col
