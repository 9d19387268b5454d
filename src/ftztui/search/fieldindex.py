"""A field's index terms for one document, as `field.index(value)` makes them, made faster.

Whoosh runs the field's analyzer over every value, one token object through a chain of
generators per word, then encodes each term's positions with pickle. Our text fields'
analyzers are a regex tokenizer followed by filters that look at one token at a time, so
`tokens.Tokens` gets the same tokens by analysing each distinct word once; the encoded value of
a list of positions is remembered too (most terms stand once in a block, at a small position).
A value equal to the field's previous one (a document's title and section titles, on every
block) is worked out once. Fields of any other make go through `field.index` unchanged.
"""

from __future__ import annotations

from typing import Any

from whoosh.fields import NUMERIC, FieldType
from whoosh.formats import Existence, Frequency, Positions
from whoosh.system import pack_uint

from ftztui.search.tokens import Tokens

#: (term bytes, frequency, weight, encoded value) for one term of one value.
Item = tuple[bytes, int, float, bytes]
#: Encoded values remembered per field (a few bytes each); forgotten all at once when full.
MAX_VALUES = 20_000
#: Distinct words whose terms are remembered per field (~200 bytes each), as `MAX_VALUES`.
MAX_WORDS = 200_000


def _plain_index(field: Any) -> bool:
    """Whether the field indexes a value the way `FieldType.index` does (its subclasses here
    only remember values: schema.RepeatedText and RepeatedID)."""
    from ftztui.search.schema import RepeatedID, RepeatedText

    method = type(field).index
    return method in (FieldType.index, RepeatedText.index, RepeatedID.index)


class FieldIndexer:
    """`index(value)`: the list of items `list(field.index(value))` gives."""

    def __init__(self, field: Any) -> None:
        self.field = field
        fmt = getattr(field, "format", None)
        self.kind = type(fmt) if type(fmt) in (Existence, Frequency, Positions) else None
        self.tokens: Tokens | None = None
        if self.kind is not None and field.analyzer is not None and _plain_index(field):
            tokens = Tokens(field.analyzer)
            if tokens.pattern is not None:
                self.tokens = tokens
        self.boost = float(fmt.field_boost) if fmt is not None else 1.0
        self._last: tuple[Any, list[Item]] = (None, [])
        #: word → its (position, term bytes) pairs (None: analyse the whole value instead)
        self._words: dict[str, tuple[tuple[int, bytes], ...] | None] = {}
        #: Whether a value without Han characters can be indexed word by word (`_by_word`).
        self._word_local = self.tokens is not None and self.tokens.mixed and self.tokens.renumbers
        self._bytes: dict[str, bytes] = {}
        self._encoded: dict[Any, bytes] = {}

    def index(self, value: Any) -> list[Item]:
        last, seen = self._last
        if value == last and type(value) is type(last):
            return seen
        items: list[Item] | None = None
        if self.tokens is not None and isinstance(value, str):
            items = self._analysed(value)
        elif type(self.field) is NUMERIC:
            items = self._numbers(value)
        if items is None:
            items = list(self.field.index(value))
        self._last = (value, items)
        return items

    def _numbers(self, value: Any) -> list[Item] | None:
        """NUMERIC's trie terms of a number or a flat list of numbers, each number made
        sortable once rather than once per term (None: any other value). Each term once: two
        numbers of a block share their coarse terms (2,000 and 5,000 yuan), and a term listed
        twice puts the block twice in its postings, which broke Whoosh's intersection of
        `value:>1000 unit:yuan` on a real library (an AssertionError inside its matcher)."""
        from whoosh.util.numeric import to_sortable

        field = self.field
        numbers = value if isinstance(value, (list, tuple)) else [value]
        if not field.shift_step or not all(type(n) in (int, float) for n in numbers):
            return None
        shifts = range(0, field.bits, field.shift_step)
        counts: dict[bytes, int] = {}
        for number in numbers:
            sortable = to_sortable(
                field.numtype, field.bits, field.signed, field.prepare_number(number)
            )
            for shift in shifts:
                term = field.sortable_to_bytes(sortable, shift)
                counts[term] = counts.get(term, 0) + 1
        return [(term, n, float(n), b"") for term, n in counts.items()]

    def _term_bytes(self, term: str) -> bytes:
        found = self._bytes.get(term)
        if found is None:
            if len(self._bytes) >= MAX_VALUES:
                self._bytes.clear()
            found = self._bytes[term] = term.encode("utf-8")
        return found

    def _analysed(self, value: str) -> list[Item]:
        assert self.tokens is not None
        by_word = self._by_word(value) if self._word_local else None
        if by_word is not None:
            return self._items(by_word)
        positions: dict[bytes, list[int]] = {}
        self.tokens.learn(value, "index")
        for pos, term, _, _ in self.tokens.terms(value, "index"):
            key = self._term_bytes(term)
            found = positions.get(key)
            if found is None:
                positions[key] = [pos]
            else:
                found.append(pos)
        return self._items(positions)

    def _by_word(self, value: str) -> dict[bytes, list[int]] | None:
        """{term: positions} of a value without Han characters, as `Tokens.terms` numbers
        them, from each word's remembered terms (None: a word that needs the whole value)."""
        tokens = self.tokens
        assert tokens is not None and tokens.pattern is not None
        if tokens._pattern_for(value) is not tokens.pattern:
            return None
        words = tokens.pattern.findall(value)
        cache = self._words
        missing = [w for w in words if w not in cache]
        if missing:
            if len(cache) + len(missing) >= MAX_WORDS:
                cache.clear()
            tokens.learn_words(missing, "index")
            for word in missing:
                made = tokens.known(word, "index")
                cache[word] = (
                    None
                    if made is None
                    else tuple((pos, self._term_bytes(term)) for pos, term, _, _ in made)
                )
        positions: dict[bytes, list[int]] = {}
        kept = -1  # position of the last word kept (the stop filter renumbers the rest)
        skipped, gaps = 0, tokens.gaps  # stop words since then that keep a place (no Han here)
        for index, word in enumerate(words):
            pairs = cache[word]
            if pairs is None:
                return None
            if not pairs:
                skipped += gaps and kept >= 0
                continue  # a stop word: a place of its own only with GapStopFilter
            kept = index if kept < 0 else kept + 1 + skipped
            skipped = 0
            for pos, term in pairs:
                found = positions.get(term)
                if found is None:
                    positions[term] = [kept + pos]
                else:
                    found.append(kept + pos)
        return positions

    def _items(self, positions: dict[bytes, list[int]]) -> list[Item]:
        boost = self.boost
        if self.kind is Positions:
            return [
                (t, len(p), float(len(p)) * boost, self._positions(p)) for t, p in positions.items()
            ]
        if self.kind is Frequency:
            return [
                (t, len(p), float(len(p)) * boost, self._frequency(len(p)))
                for t, p in positions.items()
            ]
        # Existence: Whoosh yields each distinct term (in set order; the pool sorts them).
        return [(t, 1, boost, b"") for t in positions]

    def _positions(self, poslist: list[int]) -> bytes:
        key = tuple(poslist)
        found = self._encoded.get(key)
        if found is None:
            if len(self._encoded) >= MAX_VALUES:
                self._encoded.clear()
            found = self._encoded[key] = self.field.format.encode(poslist)
        return found

    def _frequency(self, freq: int) -> bytes:
        found = self._encoded.get(freq)
        if found is None:
            found = self._encoded[freq] = pack_uint(freq)
        return found
