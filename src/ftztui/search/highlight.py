"""Exact highlight offsets: which `[start, end)` spans of a block's text a query matched.

Whoosh's highlighter stops after 32 KB and reports fragments, so we do it ourselves: collect the
terms and phrases of the (expanded, corrected) query that can match the block text, re-run the
content analyzer over the stored text with `chars=True` (word by word, tokens.py), and mark every
token that is one of the terms and every run of tokens that spells one of the phrases (a phrase
is one span).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ftztui.search.tokens import Tokens

#: The field whose terms can be seen in the block text (titles are not in it).
TEXT_FIELD = "content"


class Wanted:
    """What to mark: single terms, and phrases as (place, term) sequences: analyzed forms,
    each at its place from the first (a dropped common word keeps one).

    A plain class, not a dataclass: every cold `ftztui search` would pay ~0.6 ms to generate
    methods nothing uses."""

    def __init__(self) -> None:
        self.terms: set[str] = set()
        self.phrases: set[tuple[tuple[int, str], ...]] = set()
        #: `value:` conditions as (low, high, low excluded, high excluded); None is open.
        self.ranges: list[tuple[float | None, float | None, bool, bool]] = []
        #: `unit:` words.
        self.units: set[str] = set()

    def __bool__(self) -> bool:
        return bool(self.terms or self.phrases or self.ranges or self.units)

    def figure_matches(self, value: float, unit: str | None) -> bool:
        """Whether a figure of the block is one the query's `value:`/`unit:` asked for."""
        if not (self.ranges or self.units):
            return False
        if self.units and (unit or "") not in self.units:
            return False
        return not self.ranges or any(_within(value, r) for r in self.ranges)


def _within(value: float, bounds: tuple[float | None, float | None, bool, bool]) -> bool:
    low, high, low_out, high_out = bounds
    if low is not None and (value < low or (low_out and value == low)):
        return False
    return high is None or not (value > high or (high_out and value == high))


#: At most this many index terms from one wildcard or fuzzy part are highlighted.
MAX_EXPANSIONS = 2000


def _as_text(term: Any) -> str:
    return term.decode("utf-8", "replace") if isinstance(term, bytes) else str(term)


def wanted_from_query(q: Any, reader: Any) -> Wanted:
    """Terms and phrases of a Whoosh query on the text field, NOT branches left out; wildcard and
    fuzzy parts stand for the index terms they match in `reader`."""
    from whoosh import query

    wanted = Wanted()

    def walk(node: Any) -> None:
        if isinstance(node, query.Not):
            return
        if isinstance(node, query.AndNot):
            walk(node.a)
            return
        if isinstance(node, query.Phrase):
            if node.fieldname == TEXT_FIELD and node.words:
                words = [str(w) for w in node.words]
                places = node.places() if hasattr(node, "places") else range(len(words))
                if len(words) == 1:
                    wanted.terms.add(words[0])
                else:
                    wanted.phrases.add(tuple(zip(places, words, strict=True)))
            return
        if isinstance(node, query.NumericRange) and node.fieldname == "value":
            wanted.ranges.append((node.start, node.end, node.startexcl, node.endexcl))
            return
        if isinstance(node, query.Term) and node.fieldname == "unit":
            wanted.units.add(_as_text(node.text))
            return
        if isinstance(node, query.MultiTerm):
            if node.fieldname == TEXT_FIELD:
                for n, term in enumerate(node._btexts(reader)):
                    if n >= MAX_EXPANSIONS:
                        break
                    wanted.terms.add(_as_text(term))
            return
        if isinstance(node, query.Term):
            if node.fieldname == TEXT_FIELD:
                wanted.terms.add(_as_text(node.text))
            return
        if isinstance(node, query.Ordered | query.Sequence):
            words = []
            for child in node.children():
                if not (isinstance(child, query.Term) and child.fieldname == TEXT_FIELD):
                    break
                words.append(str(child.text))
            else:
                if len(words) > 1:
                    wanted.phrases.add(tuple(enumerate(words)))
                    return
        for child in node.children():
            walk(child)

    walk(q)
    return wanted


def spans(
    text: str, wanted: Wanted, tokens: Tokens, figures: Any = ()
) -> tuple[tuple[int, int], ...]:
    """Sorted, merged `[start, end)` offsets of `wanted` in `text`, tokenized by `tokens`
    (the text field's own analyzer, so that offsets agree with what was indexed), plus the
    figures (stored `(start, end, value, unit)`) that the query's `value:`/`unit:` asked for."""
    if not wanted or not text:
        return ()
    by_pos: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    found: list[tuple[int, int]] = [
        (int(start), int(end))
        for start, end, value, unit in figures or ()
        if wanted.figure_matches(float(value), unit) and 0 <= start < end <= len(text)
    ]
    terms, phrases = wanted.terms, wanted.phrases
    for pos, term, start, end in tokens.terms(text, "index"):
        if phrases:
            by_pos[pos].append((term, start, end))
        if term in terms:
            found.append((start, end))
    for phrase in phrases:
        found.extend(_phrase_spans(by_pos, phrase))
    return _merge(found)


def _phrase_spans(
    by_pos: dict[int, list[tuple[str, int, int]]], phrase: tuple[tuple[int, str], ...]
) -> list[tuple[int, int]]:
    out = []
    (_, head), rest = phrase[0], phrase[1:]
    for pos, tokens in by_pos.items():
        first = [t for t in tokens if t[0] == head]
        if not first:
            continue
        end = None
        for offset, word in rest:
            match = [t for t in by_pos.get(pos + offset, ()) if t[0] == word]
            if not match:
                break
            end = match[0][2]
        else:
            if end is not None:
                out.append((first[0][1], end))
    return out


def _merge(found: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:  # touching spans are one run of text
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)
