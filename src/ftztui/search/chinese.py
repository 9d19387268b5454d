"""Chinese text as index terms: Han runs segmented into words, traditional folded to simplified.

A run of Han characters has no spaces between its words, so the tokenizer hands it over whole
and `segment` cuts it with rjieba (the Rust port of jieba: the same dictionary and the same cuts
as jieba on our measurements, a tenth of its load time and ~15x its speed; benchmarks/
bench_chinese.py). Traditional characters are folded to simplified ones character by character
(OpenCC's table, through opencc-python-reimplemented's data file) before the cut, so 重慶 and
重庆 are one word and jieba's simplified dictionary applies to both; one character stays one
character, so offsets into the text are unchanged.

Nothing here is imported or loaded until a Han character is seen: an English library never pays
for the segmenter (~80 ms) or the table (~5 ms).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

#: Han ideographs (CJK Unified, Extension A, Compatibility) and the iteration mark 〇/々.
#: Patterns with this class are compiled on first use: `re` spends 1-20 ms compiling a class
#: of tens of thousands of code points, which an English-only start must not pay.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007\u3005"
#: No Han character comes before this one (a cheap test before the regex).
FIRST_HAN = "\u3005"


@cache
def han_char() -> re.Pattern[str]:
    return re.compile(f"[{HAN}]")


@cache
def han_run() -> re.Pattern[str]:
    return re.compile(f"[{HAN}]+")


def is_han(word: str) -> bool:
    """Whether `word` starts with a Han character."""
    return bool(word) and word[0] >= FIRST_HAN and han_char().match(word) is not None


#: Words Chinese text uses for grammar, not topic, and the words of a question (多少, 什么):
#: as the English stop list, they neither sink a natural question nor count as missing.
STOP_WORDS = frozenset(
    {
        "的", "了", "和", "与", "及", "或", "是", "在", "等", "之", "为", "将", "已", "把", "被",
        "对", "于", "以", "其", "这", "那", "也", "都", "就", "而", "并", "个", "吗", "呢", "吧",
        "多少", "什么", "哪些", "哪个", "哪里", "如何", "怎么", "怎样", "几", "是否", "有没有",
        "请问", "一下",
    }
)  # fmt: skip

#: Words the jieba dictionary lacks that the zone's own documents use constantly; without them
#: 自贸 is cut into 自/贸 (and a query for it would be a two-character phrase).
EXTRA_WORDS = {
    "自贸": "j", "自贸区": "n", "陆海": "n", "渝新欧": "nz", "中新": "nz", "两江": "ns",
    "果园港": "ns", "西永": "ns", "分拨": "vn", "片区": "n",
}  # fmt: skip


def has_han(text: str) -> bool:
    # max() finds the highest character in C: most non-ASCII text (accents, curly quotes) has
    # none as high as a Han character, and never reaches the regex.
    if text.isascii() or max(text) < FIRST_HAN:
        return False
    return han_char().search(text) is not None


@lru_cache(maxsize=1)
def segmenter() -> Any:
    """rjieba's default segmenter, with `EXTRA_WORDS` added (imported on first use)."""
    import rjieba

    for word, tag in EXTRA_WORDS.items():
        # The frequency of a common word: enough to win over 该片/区 in 该片区.
        rjieba.add_word(word, 2000, tag)
    return rjieba


@lru_cache(maxsize=1)
def traditional_table() -> dict[int, int]:
    """Traditional → simplified, one code point to one code point (OpenCC TSCharacters)."""
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("opencc")
    table: dict[int, int] = {}
    if spec is None or spec.origin is None:
        return table
    path = Path(spec.origin).parent / "dictionary" / "TSCharacters.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return table
    for line in lines:
        source, _, targets = line.partition("\t")
        first = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(first) == 1 and source != first:
            table[ord(source)] = ord(first)
    return table


def fold(text: str) -> str:
    """`text` with traditional characters made simplified (same length)."""
    return text.translate(traditional_table()) if has_han(text) else text


@lru_cache(maxsize=50_000)
def segment(run: str) -> tuple[tuple[str, int, int], ...]:
    """(word, start, end) of a (folded) Han run's words, jieba's precise mode without HMM:
    deterministic, so a query is cut the way the passage was."""
    return tuple(segmenter().tokenize(run, "default", False))


@lru_cache(maxsize=50_000)
def subwords(word: str) -> tuple[tuple[str, int, int], ...]:
    """Dictionary words inside a longer word (试验 and 验区 in 试验区, as jieba's search mode
    finds them), offsets within `word`: indexed at the word's own position, so that a search
    for the shorter word finds the longer one."""
    if len(word) < 3:
        return ()
    return tuple(
        (w, s, e)
        for w, s, e in segmenter().tokenize(word, "search", False)
        if e - s < len(word) and e - s >= 2
    )


def spaced_query(text: str) -> str:
    """A query with its Han runs cut into words separated by spaces ("重庆自贸试验区" → "重庆 自贸
    试验区"), so each word is a word of the query as an English word is; quoted phrases are
    left alone (the analyzer cuts them into a phrase)."""
    if not has_han(text):
        return text
    parts = text.split('"')
    for i in range(0, len(parts), 2):
        # a document's id ("doc:重庆-自贸区四年") is a name, not words
        pieces = _DOC_NAME.split(parts[i])
        pieces[::2] = [han_run().sub(_spaced, piece) for piece in pieces[::2]]
        parts[i] = "".join(pieces)
    return '"'.join(parts)


_DOC_NAME = re.compile(r"(\bdoc:[^\s\"()]+)")


def _spaced(m: re.Match[str]) -> str:
    run = m.group(0)
    words = [run[s:e] for _, s, e in segment(fold(run))]
    return " " + " ".join(words) + " "
