"""How text becomes index terms: one tokenizer for indexing, querying and highlighting.

Numbers stay whole (`216,345` → `216345`, `12.7`, `65%` → `65%` and, at index time, `65` at the
same place), words are lower-cased, accent-folded and Porter-stemmed, and common words (plus the
words of a question: how, what, does...) are dropped so that they neither sink a natural question
nor count as missing; a dropped word keeps its place, so that a phrase matches only words side by
side (`GapStopFilter`). Highlighting re-runs the same analyzer with `chars=True`, so offsets always
agree with what was indexed. This module is pickled into the index schema: keep class names stable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import (
    Analyzer,
    Filter,
    RegexTokenizer,
    StopFilter,
)
from whoosh.analysis.filters import STOP_WORDS
from whoosh.lang.porter import stem as porter_stem

from ftztui.search.chinese import HAN, has_han, is_han, segment, subwords, traditional_table
from ftztui.search.chinese import STOP_WORDS as CHINESE_STOP_WORDS

#: A number as written (thousands separators, decimals, a trailing % or full-width ％), else a
#: word (with inner apostrophes: "it’s"). A number glued to letters ("19th", "COVID19") is a word.
TOKEN_PATTERN = r"\d+(?:[.,]\d+)*(?:[%％]|(?!\w))|\w+(?:['’]\w+)*"
#: A word character that is not a Han character.
_W = f"[^\\W{HAN}]"
#: The same for a text with Han characters in it, where a run of Han characters is a token of
#: its own (cut into words later by `ChineseWordsFilter`): "2017年" is `2017` and `年`. On text
#: without Han characters it makes the tokens `TOKEN_PATTERN` makes.
MIXED_TOKEN_PATTERN = rf"\d+(?:[.,]\d+)*(?:[%％]|(?!{_W}))|{_W}+(?:['’]{_W}+)*|[{HAN}]+"

#: Words that say "this is a question" rather than what it is about.
QUESTION_WORDS = frozenset(
    {
        "how", "what", "when", "where", "which", "who", "whom", "whose", "why",
        "do", "does", "did", "done", "was", "were", "been", "has", "had", "i",
        "me", "my", "there", "their", "about", "much", "many", "any", "tell",
    }
)  # fmt: skip
STOP_LIST = frozenset(STOP_WORDS) | QUESTION_WORDS | CHINESE_STOP_WORDS

_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


def normalize_number(text: str) -> str:
    """`216,345` → `216345`; decimals and `%` kept ("12.7", "65%")."""
    return _THOUSANDS.sub("", text)


class ApostropheFilter(Filter):  # type: ignore[misc]
    """Curly apostrophes fold to straight ones (`it’s` is `it's`), and a possessive `'s` goes
    (`world’s` is `world`), so "world top 500" finds "the world’s top 500"."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            if "’" in t.text:
                t.text = t.text.replace("’", "'")
            if t.text.endswith("'s") and len(t.text) > 2:
                t.text = t.text[:-2]
            yield t


class FoldFilter(Filter):  # type: ignore[misc]
    """LowercaseFilter, CharsetFilter(accent_map) and ApostropheFilter in one pass: the same
    text, one generator instead of three for every token of every block (a build spends a
    quarter of its time in analysis)."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            text = t.text.lower()
            if not text.isascii():  # lower-cased ASCII is what accent_map makes it already
                # accent_map also folds full-width forms (ＦＴＺ, １２３) to ASCII.
                text = text.translate(_accent_map())
                if is_han(text):  # a Han run (the tokenizer keeps them apart)
                    text = text.translate(traditional_table())
                elif text.endswith("％"):
                    text = text[:-1] + "%"
            if "’" in text:
                text = text.replace("’", "'")
            if text.endswith("'s") and len(text) > 2:
                text = text[:-2]
            t.text = text
            yield t


@lru_cache(maxsize=1)
def _accent_map() -> dict[int, str]:
    """Whoosh's accent folding table, imported on first use: building it costs ~2 ms, which
    a cold search for ASCII words does not need. Raised and lowered digits fold too, so that
    "m2" and "co2" find the "m²" and "CO₂" a page or a Word file sets (`ftztui.scripts`)."""
    from whoosh.support.charset import accent_map

    from ftztui.scripts import SCRIPT_FOLD

    return {**accent_map, **SCRIPT_FOLD}


class NumberFilter(Filter):  # type: ignore[misc]
    """Numbers lose thousands separators; at index time `65%` also yields `65` in its place and
    `percent` (on the `%`) right after it, so "65 percent" finds "65%"."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            text = t.text
            if not text or not text[0].isdigit():
                yield t
                continue
            text = normalize_number(text)
            t.text = text
            if text.endswith("%") and t.mode == "index" and not t.stopped:
                yield t
                t.text = text[:-1]
                if t.chars:
                    t.endchar -= 1
                yield t
                t.text = "percent"
                if t.positions:
                    t.pos += 1
                if t.chars:
                    t.startchar = t.endchar
                    t.endchar += 1
            yield t


#: A word with a note's number run into it: "property2", "today19" (a PDF's footnote marks,
#: read on the line), "property²" once folded; also "covid19", "windows10".
_MARKED_WORD = re.compile(r"([^\W\d_]{3,})\d{1,3}")


class GapStopFilter(StopFilter):  # type: ignore[misc]
    """StopFilter whose dropped words keep their place: "trace, the monitor" puts *monitor* two
    places after *trace*, so the phrase "trace monitor" (side by side) does not match it, while
    "trace the monitor" does (phrases.py). The words kept are numbered one after another from
    the first one's place, as `StopFilter(renumber=True)` numbers them, plus one place for each
    dropped word between them; a dropped Chinese word takes no place (a run of Han characters
    is cut into words after the tokenizer numbered it, and 的 stands between words, not in
    place of one)."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        stops, low, high = self.stops, self.min, self.max
        pos: int | None = None
        skipped = 0
        for t in tokens:
            text = t.text
            if len(text) >= low and (high is None or len(text) <= high) and text not in stops:
                if t.positions:
                    pos = t.pos if pos is None else pos + 1 + skipped
                    t.pos = pos
                skipped = 0
                t.stopped = False
                yield t
            else:
                if pos is not None and not is_han(text):
                    skipped += 1
                if not t.removestops:
                    t.stopped = True
                    yield t


@lru_cache(maxsize=50_000)
def stem_word(word: str) -> str:
    """Porter stem of a word; numbers, words with digits and Chinese words are left alone."""
    if any(c.isdigit() for c in word) or is_han(word):
        return word
    return str(porter_stem(word))


class StemWordsFilter(Filter):  # type: ignore[misc]
    """Porter stemming that leaves numbers whole (the stock filter mangles `12.7`).

    At index time a word with digits run into its end also yields the word alone, in its
    place: a PDF's footnote marks are read into the word they stand on ("the value of
    property2—if"), and "property" did not find it. Done here, not in a filter of its own,
    which cost 7% more analysis (one more generator for every token)."""

    is_morph = True

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            if t.stopped:
                yield t
                continue
            text = t.text
            t.text = stem_word(text)
            yield t
            if text[-1:].isdigit() and t.mode == "index":
                marked = _MARKED_WORD.fullmatch(text)
                if marked is not None:
                    word = marked.group(1)
                    if t.chars:
                        t.endchar = t.startchar + len(word)
                    t.text = stem_word(word)
                    yield t


@lru_cache(maxsize=1)
def mixed_tokenizer() -> RegexTokenizer:
    return RegexTokenizer(MIXED_TOKEN_PATTERN)


class ChineseAwareTokenizer(RegexTokenizer):  # type: ignore[misc]
    """`RegexTokenizer(TOKEN_PATTERN)`, except that a text with Han characters in it is cut
    with `MIXED_TOKEN_PATTERN` (compiled then: it costs ~20 ms an English start never pays)."""

    def __init__(self) -> None:
        super().__init__(TOKEN_PATTERN)

    def __call__(self, value: str, **kwargs: Any) -> Iterator[Any]:
        if has_han(value):
            return mixed_tokenizer()(value, **kwargs)  # type: ignore[no-any-return]
        return super().__call__(value, **kwargs)  # type: ignore[no-any-return]


class ChineseWordsFilter(Filter):  # type: ignore[misc]
    """A (folded) run of Han characters becomes its words (chinese.segment), each with its own
    offsets; the stop filter after it numbers them one after another."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            text = t.text
            if not is_han(text):
                yield t
                continue
            base = t.startchar if t.chars else 0
            for word, start, end in segment(text):
                t.text = word
                if t.chars:
                    t.startchar, t.endchar = base + start, base + end
                yield t


class ChineseSubwordsFilter(Filter):  # type: ignore[misc]
    """At index time a long Chinese word also yields the dictionary words inside it at its own
    position (试验 in 试验区), so searching the shorter word finds it, alone or in a phrase."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            yield t
            text = t.text
            if t.mode != "index" or t.stopped or len(text) < 3 or not is_han(text):
                continue
            base = t.startchar if t.chars else 0
            for word, start, end in subwords(text):
                t.text = word
                if t.chars:
                    t.startchar, t.endchar = base + start, base + end
                yield t


def content_analyzer() -> Analyzer:
    """Block text, titles and section titles: folded, Chinese cut into words, stop words
    dropped, stemmed."""
    return (
        ChineseAwareTokenizer()
        | FoldFilter()
        | ChineseWordsFilter()
        | GapStopFilter(stoplist=STOP_LIST, minsize=1)
        | ChineseSubwordsFilter()
        | NumberFilter()
        | StemWordsFilter()
    )


def spelling_analyzer() -> Analyzer:
    """The unstemmed shadow of the text: the vocabulary typo correction suggests from."""
    return ChineseAwareTokenizer() | FoldFilter() | ChineseWordsFilter()


def fold_word(word: str, analyzer: Analyzer | None = None) -> str:
    """A query word as the spelling field stores it (lower-case, accents folded); pass the
    index's own spelling analyzer to save building one."""
    tokens = [t.text for t in (analyzer or spelling_analyzer())(word)]
    return tokens[0] if tokens else ""
