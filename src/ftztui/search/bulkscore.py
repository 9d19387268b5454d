"""Scoring every match of a plain query at once instead of one passage at a time.

Whoosh's collector walks a query's matcher tree passage by passage: ~6 µs of Python per match,
so "function", which 11,575 of the 57,670 passages of a 2,000-document library match, took
70 ms. For the matchers plain words make (a term's postings, boosted per field, OR'd across
fields and AND'd across words) this module reads each term's postings a block at a time and
combines them into {passage number: score} by walking the same matcher tree Whoosh built, with
the same arithmetic: each posting is scored by its own scorer, sums are taken in the tree's
order and boosts multiplied as its wrappers do. The scores are the same floats, so the best N
are the same passages in the same order — and every match is counted.

An AND reads its rarest side first, then of the other sides only the blocks of postings that
hold one of those passages (as Whoosh's skipping does). Any other matcher (phrases, NOT...)
makes `score_all` return None: the caller lets Whoosh's collector do the work.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from heapq import nlargest
from typing import Any

#: {passage number in the index: score}
Scores = dict[int, float]
#: (field, term) of a term the query looked for, and the passages it is in.
TermPassages = tuple[tuple[str, Any], set[int]]


class _Unsupported(Exception):
    """A matcher this module does not evaluate; Whoosh's collector must run the query."""


class BulkScorer:
    """Evaluates matcher trees of one open searcher. Keeps each segment's field lengths (one
    byte a passage), read once: a searcher's segments never change."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self._lengths: dict[tuple[int, str], bytes | None] = {}
        #: Where `score_all` notes each term's passages, and the segment's first number.
        self._noting: tuple[list[TermPassages], int] | None = None

    def score_all(
        self, q: Any, allow: set[int] | None = None, terms: list[TermPassages] | None = None
    ) -> Scores | None:
        """Every passage `q` matches (among `allow`, when given) with its score, exactly as
        Whoosh scores it; None when the query needs Whoosh's own collector.

        With `terms`, the query is scored as Whoosh scores it when collecting the terms each
        passage matched (its OR matchers differ on small indexes), and each term the query
        looked for is appended with the passages it is in."""
        from whoosh import matching

        # The context Searcher.search gives the matcher, so the same tree is built.
        context = self.searcher.context()
        if terms is not None:  # as Whoosh's TermsCollector asks for it
            context = context.set(needs_current=True)
        found: Scores = {}
        try:
            for sub, offset in self.searcher.leaf_searchers():
                self._noting = None if terms is None else (terms, offset)
                part = self._evaluate(_matcher(q, sub, context), sub.reader())
                if offset:
                    part = {d + offset: s for d, s in part.items()}
                found.update(part)
        except _Unsupported:
            return None
        except matching.ReadTooFar:  # pragma: no cover - a matcher used past its end
            return None
        finally:
            self._noting = None
        if allow is not None:
            found = {d: s for d, s in found.items() if d in allow}
        return found

    def _evaluate(self, m: Any, reader: Any, only: set[int] | None = None) -> Scores:
        """The passages `m` matches with their scores; with `only`, just those among `only`
        (the other side of an AND already decided the rest cannot match)."""
        from whoosh.codec.whoosh3 import W3LeafMatcher
        from whoosh.matching import (
            FilterMatcher,
            IntersectionMatcher,
            LeafMatcher,
            ListMatcher,
            NullMatcherClass,
            UnionMatcher,
            WrappingMatcher,
        )
        from whoosh.matching.combo import ArrayUnionMatcher

        kind = type(m)
        if kind is NullMatcherClass:
            return {}
        if kind is UnionMatcher:  # score: a.score() + b.score() where both match
            return _union(self._evaluate(m.a, reader, only), self._evaluate(m.b, reader, only))
        if kind is IntersectionMatcher or kind is _Both:
            return self._intersection(m, reader, only)
        if kind is WrappingMatcher:  # a boost: child.score() * boost
            if type(m.child) is W3LeafMatcher:  # a field's boost: applied as each is scored
                return self._noted(m.child, self._postings(m.child, reader, only, m.boost))
            return _boosted(self._evaluate(m.child, reader, only), m.boost)
        if kind is FilterMatcher:  # deleted passages left out, or only some let in
            inner = _boosted(self._evaluate(m.child, reader, only), m.boost)
            ids, exclude = m._ids, m._exclude
            return {d: s for d, s in inner.items() if (d in ids) != exclude}
        if kind is ArrayUnionMatcher:
            return self._array_union(m, reader, only)
        if kind is W3LeafMatcher:
            return self._noted(m, self._postings(m, reader, only))
        if isinstance(m, LeafMatcher | ListMatcher) and _scorer(m) is not None:
            return self._noted(m, _restricted(_step_through(m), only))
        raise _Unsupported(kind.__name__)

    def _intersection(self, m: Any, reader: Any, only: set[int] | None) -> Scores:
        """Both sides' sum where both match. The side with fewer postings is read first; the
        other is then read only where it could matter (blocks without one of those passages
        are skipped unread)."""
        if self._noting is not None:
            # Whoosh notes a term of an AND wherever its matcher happens to stand: not
            # worth imitating for a query form the fallback rarely sees.
            raise _Unsupported("AND inside the terms-noting OR")
        a, b = m.a, m.b
        if _postings_count(b, reader) < _postings_count(a, reader):
            a, b = b, a
        first = self._evaluate(a, reader, only)
        if not first:
            return {}
        second = self._evaluate(b, reader, _Passages(first))
        return {d: first[d] + s for d, s in second.items()}

    def _noted(self, leaf: Any, scores: Scores) -> Scores:
        if self._noting is not None:
            terms, offset = self._noting
            terms.append((leaf.term(), {d + offset for d in scores}))
        return scores

    def _array_union(self, m: Any, reader: Any, only: set[int] | None) -> Scores:
        """Whoosh's preloading OR (small indexes): scores added up sub-matcher by sub-matcher
        into an array of zeros, a passage kept when its sum is above zero."""
        boost = m._boost
        total: Scores = {}
        for sub in m._submatchers:
            for d, s in self._evaluate(sub, reader, only).items():
                total[d] = total.get(d, 0.0) + s * boost
        return {d: s for d, s in total.items() if s > 0}

    def _postings(
        self, m: Any, reader: Any, only: set[int] | None = None, boost: float = 1.0
    ) -> Scores:
        """One term's postings (times `boost`), a block at a time. The score of a posting
        depends only on its weight and on the field length byte of its passage: each pair is
        scored once, by the term's own scorer."""
        from whoosh.scoring import WeightLengthScorer

        scorer = m.scorer
        fieldname = m._term[0] if m._term else None
        lengths = self._length_bytes(reader, fieldname) if fieldname else None
        if scorer is None or type(scorer).score is not WeightLengthScorer.score or not lengths:
            return _restricted(_boosted(_step_through(m), boost), only)
        score, dfl = scorer._score, scorer.dfl
        #: weight → score by length byte
        known: dict[float, list[float | None]] = {}
        out: Scores = {}
        for ids, weights in _blocks(m, None if only is None else _Passages.ordered(only)):
            for d, w in zip(ids, weights, strict=True):
                if only is not None and d not in only:
                    continue
                table = known.get(w)
                if table is None:
                    table = known[w] = [None] * 256
                lb = lengths[d]
                s = table[lb]
                if s is None:
                    s = table[lb] = score(w, dfl(d)) * boost
                out[d] = s
        return out

    def _length_bytes(self, reader: Any, fieldname: str) -> bytes | None:
        """The field's length column of one segment as raw bytes (one a passage), or None
        where the codec keeps them otherwise."""
        key = (id(reader), fieldname)
        if key not in self._lengths:
            self._lengths[key] = _read_length_bytes(reader, fieldname)
        return self._lengths[key]


def _read_length_bytes(reader: Any, fieldname: str) -> bytes | None:
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3PerDocReader, _lenfield

    perdoc: Any = getattr(reader, "_perdoc", None)
    if type(perdoc) is not W3PerDocReader:
        return None
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None or column._fixedlen != 1 or column._defaultbytes != b"\x00":
        return None
    written = bytes(column._dbfile.get(column._basepos, column._count))
    # Passages after the last one written have the default, length 0.
    return written + bytes(max(0, reader.doc_count_all() - len(written)))


def _blocks(m: Any, wanted: list[int] | None = None) -> Iterator[tuple[Any, Any]]:
    """(passage numbers, weights) of each block of a term's postings, from the first; with
    `wanted` (sorted), only the blocks that may hold one of those passages are read."""
    m.reset()
    next_wanted = 0
    while m.is_active():
        if wanted is not None:
            # A block holds the passages after the previous block's last, up to its own.
            past = bisect_right(wanted, m._maxid, next_wanted)
            if past == next_wanted:
                m._next_block()
                continue
            next_wanted = past
        if m._ids is None:
            m._read_ids()
        if m._weights is None:
            m._read_weights()
        yield m._ids, m._weights
        m._next_block()


def _step_through(m: Any) -> Scores:
    """A short or unusual posting list, one posting at a time, as the collector would."""
    m.reset()
    out: Scores = {}
    while m.is_active():
        out[m.id()] = m.score()
        m.next()
    return out


class _Both:
    """Where Whoosh puts an IntersectionMatcher, which finds its first match as it is made:
    for a rare combination of common words, most of the work. Compares as Whoosh's matchers
    do (equal to, and less than, one of its own class), so that Whoosh's tree building puts
    it in the same place."""

    __slots__ = ("a", "b")

    def __init__(self, a: Any, b: Any) -> None:
        self.a = a
        self.b = b

    def __eq__(self, other: object) -> bool:
        return self.__class__ is type(other)

    def __lt__(self, other: object) -> bool:
        return type(other) is self.__class__

    __hash__ = None  # type: ignore[assignment]

    def children(self) -> list[Any]:
        return [self.a, self.b]


def _matcher(q: Any, searcher: Any, context: Any) -> Any:
    """`q.matcher(searcher, context)`, with `_Both` for the intersections of an AND (the
    tree And._matcher builds, from the same sub-matchers and weights)."""
    from whoosh import matching, query
    from whoosh.util import make_weighted_tree

    if type(q) is not query.And or len(q.subqueries) < 2:
        return q.matcher(searcher, context)
    reader = searcher.reader()
    weighted = [(0 - c.estimate_size(reader), _matcher(c, searcher, context)) for c in q.subqueries]
    m = make_weighted_tree(_Both, weighted)
    return matching.WrappingMatcher(m, q.boost) if q.boost != 1.0 else m


class _Passages(set[int]):
    """The passages an AND's other sides are looked up for, also in order (for skipping
    blocks), sorted once for all the terms read."""

    _in_order: list[int] | None = None

    @staticmethod
    def ordered(passages: set[int]) -> list[int]:
        if not isinstance(passages, _Passages):
            return sorted(passages)
        if passages._in_order is None:
            passages._in_order = sorted(passages)
        return passages._in_order


def _restricted(scores: Scores, only: set[int] | None) -> Scores:
    return scores if only is None else {d: s for d, s in scores.items() if d in only}


def _scorer(leaf: Any) -> Any:
    return getattr(leaf, "scorer", None) or getattr(leaf, "_scorer", None)


def _postings_count(m: Any, reader: Any) -> int:
    """How many postings a matcher tree reads, from the terms' document frequencies."""
    from whoosh.matching import LeafMatcher, ListMatcher, NullMatcherClass

    if type(m) is NullMatcherClass:
        return 0
    if isinstance(m, LeafMatcher | ListMatcher):
        term = m.term()
        return int(reader.doc_frequency(*term)) if term else 0
    return sum(_postings_count(c, reader) for c in m.children())


def _union(a: Scores, b: Scores) -> Scores:
    if len(a) < len(b):  # x + y == y + x for floats: merge the smaller into the larger
        a, b = b, a
    for d, s in b.items():
        mine = a.get(d)
        a[d] = s if mine is None else mine + s
    return a


def _boosted(scores: Scores, boost: float) -> Scores:
    if boost == 1.0:  # s * 1.0 == s
        return scores
    return {d: s * boost for d, s in scores.items()}


def best(scores: Scores, limit: int) -> list[tuple[int, float]]:
    """The `limit` best (passage number, score), best first; among equal scores the earlier
    passage first, as Whoosh's collectors order them."""
    if len(scores) > limit:  # the bar, over bare floats, before any tuple is made
        bar = nlargest(limit, scores.values())[-1]
        scores = {d: s for d, s in scores.items() if s >= bar}
    ranked = sorted((-s, d) for d, s in scores.items())
    return [(d, -s) for s, d in ranked[:limit]]
