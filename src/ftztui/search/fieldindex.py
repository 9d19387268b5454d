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

from whoosh.fields import FieldType
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
            tokens = Tokens(field.analyzer, max_words=MAX_WORDS)
            if tokens.pattern is not None:
                self.tokens = tokens
        self.boost = float(fmt.field_boost) if fmt is not None else 1.0
        self._last: tuple[Any, list[Item]] = (None, [])
        self._bytes: dict[str, bytes] = {}
        self._encoded: dict[Any, bytes] = {}

    def index(self, value: Any) -> list[Item]:
        last, items = self._last
        if value == last and type(value) is type(last):
            return items
        if self.tokens is None or not isinstance(value, str):
            items = list(self.field.index(value))
        else:
            items = self._analysed(value)
        self._last = (value, items)
        return items

    def _term_bytes(self, term: str) -> bytes:
        found = self._bytes.get(term)
        if found is None:
            if len(self._bytes) >= MAX_VALUES:
                self._bytes.clear()
            found = self._bytes[term] = term.encode("utf-8")
        return found

    def _analysed(self, value: str) -> list[Item]:
        assert self.tokens is not None
        positions: dict[str, list[int]] = {}
        self.tokens.learn(value, "index")
        for pos, term, _, _ in self.tokens.terms(value, "index"):
            found = positions.get(term)
            if found is None:
                positions[term] = [pos]
            else:
                found.append(pos)
        boost, term_bytes = self.boost, self._term_bytes
        if self.kind is Positions:
            return [
                (term_bytes(t), len(p), float(len(p)) * boost, self._positions(p))
                for t, p in positions.items()
            ]
        if self.kind is Frequency:
            return [
                (term_bytes(t), len(p), float(len(p)) * boost, self._frequency(len(p)))
                for t, p in positions.items()
            ]
        # Existence: Whoosh yields each distinct term (in set order; the pool sorts them).
        return [(term_bytes(t), 1, boost, b"") for t in positions]

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
