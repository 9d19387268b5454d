"""A passage's index terms, worked out word by word with each distinct word analysed once.

Ranking and highlighting re-read the text of the passages a query found (the words as typed,
how close together they stand, where to highlight). Running the index's analyzer over every
passage cost ~2 µs a token in Whoosh's token generators: ~10 ms a query for the 50 passages a
search re-ranks. The analyzers of the index are a regex tokenizer followed by filters that each
look at one token at a time, so the same tokens come from running the regex over the passage
(in C) and the analyzer over each distinct word found (cached: the vocabulary repeats across
passages and queries). The one thing a filter does across tokens, the stop filter numbering the
words it keeps one after another (with a place for each dropped word between them, for
`GapStopFilter`), is done here the same way.

An analyzer of any other make is simply run over the whole text, as before.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import Any

#: (position, term, start offset, end offset) of one index term in a text.
Term = tuple[int, str, int, int]

#: Distinct words remembered per analyzer and mode (~200 bytes each): the words of the passages
#: searches show, which repeat; forgotten all at once when full.
MAX_WORDS = 50_000


def _word_local(analyzer: Any) -> Any | None:
    """The analyzer's tokenizer regex, when every later stage looks at one token at a time."""
    from whoosh.analysis import CompositeAnalyzer, LowercaseFilter, RegexTokenizer, StopFilter

    from ftztui.search.analysis import (
        ApostropheFilter,
        ChineseAwareTokenizer,
        ChineseSubwordsFilter,
        ChineseWordsFilter,
        FoldFilter,
        GapStopFilter,
        NumberFilter,
        StemWordsFilter,
    )

    local: tuple[type, ...] = (LowercaseFilter, StopFilter, GapStopFilter, FoldFilter)
    local += (ApostropheFilter,)
    local += (NumberFilter, StemWordsFilter, ChineseWordsFilter, ChineseSubwordsFilter)
    if type(analyzer) is not CompositeAnalyzer or not analyzer.items:
        return None
    tokenizer, *filters = analyzer.items
    if type(tokenizer) not in (RegexTokenizer, ChineseAwareTokenizer):
        return None
    if tokenizer.gaps or tokenizer.expression.groups:
        return None
    if not all(type(f) in local for f in filters):
        return None
    if any(type(f) in (StopFilter, GapStopFilter) and not f.renumber for f in filters):
        return None  # positions would count the dropped words: not worth a second path
    return tokenizer.expression


def _is_chinese_aware(analyzer: Any) -> bool:
    from ftztui.search.analysis import ChineseAwareTokenizer

    return type(analyzer.items[0]) is ChineseAwareTokenizer


def _renumbers(analyzer: Any) -> bool:
    from whoosh.analysis import StopFilter

    from ftztui.search.analysis import GapStopFilter

    return any(type(f) in (StopFilter, GapStopFilter) for f in analyzer.items)


def _gaps(analyzer: Any) -> bool:
    from ftztui.search.analysis import GapStopFilter

    return any(type(f) is GapStopFilter for f in analyzer.items)


class Tokens:
    """The terms `analyzer` makes of a text (as `analyzer(text, positions=True, chars=True,
    mode=...)` does, stop words removed), computed word by word."""

    def __init__(self, analyzer: Any, max_words: int = MAX_WORDS) -> None:
        self.analyzer = analyzer
        self.max_words = max_words
        self.pattern = _word_local(analyzer)
        #: Whether the tokenizer cuts a text with Han characters with another regex.
        self.mixed = self.pattern is not None and _is_chinese_aware(analyzer)
        self.renumbers = self.pattern is not None and _renumbers(analyzer)
        #: Whether a dropped (non-Chinese) word keeps its place between the words kept.
        self.gaps = self.pattern is not None and _gaps(analyzer)
        #: mode → word → its terms (None: analyse the whole text instead)
        self._seen: dict[str, dict[str, tuple[Term, ...] | None]] = {}

    def terms(self, text: str, mode: str = "") -> Iterator[Term]:
        """(position, term, start, end) in the order the analyzer yields them."""
        found = self._by_word(text, mode) if self.pattern is not None else None
        if found is None:
            found = [
                (t.pos, t.text, t.startchar, t.endchar)
                for t in self.analyzer(text, positions=True, chars=True, mode=mode)
            ]
        return iter(found)

    def _pattern_for(self, text: str) -> Any:
        """The tokenizer's regex for `text`: a text with Han characters is cut differently."""
        if self.mixed and not text.isascii():
            from ftztui.search.analysis import mixed_tokenizer
            from ftztui.search.chinese import has_han

            if has_han(text):
                return mixed_tokenizer().expression
        return self.pattern

    def _by_word(self, text: str, mode: str) -> list[Term] | None:
        from ftztui.search.chinese import is_han

        assert self.pattern is not None
        seen, renumbers = self._seen.setdefault(mode, {}), self.renumbers
        found: list[Term] = []
        kept = -1  # position of the last word kept
        skipped = 0  # dropped words since then that keep a place
        pattern = self._pattern_for(text)
        for index, match in enumerate(pattern.finditer(text)):
            word = match.group(0)
            made = seen[word] if word in seen else self._analyse(word, mode, pattern)
            if made is None:
                return None
            if not made:  # a stop word: a place of its own only with GapStopFilter
                skipped += self.gaps and kept >= 0 and not is_han(word)
                continue
            # The stop filter numbers the words it keeps from the first one's place on.
            kept = index if kept < 0 or not renumbers else kept + 1 + skipped
            skipped = 0
            start = match.start()
            for pos, term, s, e in made:
                found.append((kept + pos, term, start + s, start + e))
            if renumbers and made[-1][0] and is_han(word):
                kept += made[-1][0]  # a Han run is several words, numbered one by one
        return found

    def words(self, text: str, mode: str = "") -> set[str]:
        """The distinct terms of `text`."""
        if self.pattern is not None:
            out: set[str] = set()
            seen = self._seen.setdefault(mode, {})
            pattern = self._pattern_for(text)
            for word in set(pattern.findall(text)):
                made = seen[word] if word in seen else self._analyse(word, mode, pattern)
                if made is None:
                    break
                for _, term, _, _ in made:
                    out.add(term)
            else:
                return out
        return {t.text for t in self.analyzer(text, mode=mode)}

    def _analyse(self, word: str, mode: str, pattern: Any = None) -> tuple[Term, ...] | None:
        """The terms of one word as the analyzer makes them, positions from 0 and offsets
        from its first letter; None when the word alone would not be one token (a tokenizer
        that looks behind a word: then the whole text is analysed)."""
        assert self.pattern is not None
        seen = self._seen.setdefault(mode, {})
        if len(seen) >= self.max_words:
            seen.clear()
        whole = (pattern or self.pattern).match(word)
        made: tuple[Term, ...] | None = None
        if whole is not None and whole.end() == len(word):
            made = tuple(
                (t.pos, t.text, t.startchar, t.endchar)
                for t in self.analyzer(word, positions=True, chars=True, mode=mode)
            )
        seen[word] = made
        return made

    def learn(self, text: str, mode: str = "") -> None:
        """Analyse the words of `text` not seen yet together (see `learn_words`)."""
        if self.pattern is None or (self.mixed and self._pattern_for(text) is not self.pattern):
            return
        self.learn_words(self.pattern.findall(text), mode)

    def learn_words(self, words: list[str], mode: str = "") -> None:
        """Analyse those of `words` (cut by the tokenizer from a text without Han characters)
        not seen yet that are ASCII, in one call of the analyzer: a call costs ~10 µs before
        any word, and a table's numbers, each new, cost that much one by one.

        The words are joined by spaces: in ASCII text a space ends a token the way the end of
        the text does, so the analyzer cuts them as it cuts each word alone. Each term goes to
        the word its first character lies in; its position counts from the word's first term,
        as analysing the word alone numbers it (the stop filter numbers the terms it keeps one
        after another, and the filters after it place a term at or after its word's first)."""
        if self.pattern is None:
            return
        seen = self._seen.setdefault(mode, {})
        new = [w for w in dict.fromkeys(words) if w not in seen]
        new = [w for w in new if w.isascii() and self._alone(w)]
        if len(new) < 2:
            return  # one word: `terms` analyses it alone just as fast
        if len(seen) + len(new) >= self.max_words:
            seen.clear()
        starts, at = [], 0
        for word in new:
            starts.append(at)
            at += len(word) + 1
        made: list[list[Term]] = [[] for _ in new]
        for t in self.analyzer(" ".join(new), positions=True, chars=True, mode=mode):
            n = bisect_right(starts, t.startchar) - 1
            made[n].append((t.pos, t.text, t.startchar - starts[n], t.endchar - starts[n]))
        for word, terms in zip(new, made, strict=True):
            first = terms[0][0] if terms else 0
            seen[word] = tuple((pos - first, term, s, e) for pos, term, s, e in terms)

    def known(self, word: str, mode: str = "") -> tuple[Term, ...] | None:
        """The terms of one word of a text (see `_analyse`), from what was seen if it was."""
        seen = self._seen.setdefault(mode, {})
        return seen[word] if word in seen else self._analyse(word, mode)

    def _alone(self, word: str) -> bool:
        """Whether the tokenizer cuts `word` alone into one token, the whole word."""
        assert self.pattern is not None
        whole = self.pattern.match(word)
        return whole is not None and whole.end() == len(word)
