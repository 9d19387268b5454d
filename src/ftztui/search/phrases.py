"""Phrases whose words stand where the query has them: "trace monitor" is two words side by side.

The analyzer drops common words, but they keep their place (analysis.GapStopFilter): in "trace,
the monitor" *monitor* stands two places after *trace*. Whoosh's phrase query asks for each word
right after the one before, counting places only between the words it kept; fed the query's
own places, it would also miss "the monitor" inside "trace the monitor". So a phrase carries
each word's place from its first (`offsets`, from the query's analysis), and matches only where
the text has the words at exactly those distances: "trace the monitor" finds "trace the monitor"
(and "trace a monitor": a common word is not searchable), never "traces from the monitor".
A phrase with a slop (`"a b"~3`) keeps Whoosh's meaning.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from whoosh import matching, query
from whoosh.qparser import QueryParser, plugins
from whoosh.query.spans import SpanNear2


class GappedPhrase(query.Phrase):  # type: ignore[misc]  # Whoosh is untyped
    """`query.Phrase` whose words stand `offsets` places from the first (0, 1, 3...)."""

    def __init__(
        self,
        fieldname: str,
        words: list[str],
        slop: int = 1,
        boost: float = 1.0,
        char_ranges: Any = None,
        offsets: tuple[int, ...] | None = None,
    ) -> None:
        super().__init__(fieldname, words, slop=slop, boost=boost, char_ranges=char_ranges)
        self.offsets = offsets if offsets and len(offsets) == len(words) else None

    def places(self) -> tuple[int, ...]:
        """Each word's place from the first."""
        return self.offsets or tuple(range(len(self.words)))

    def __hash__(self) -> int:
        return int(super().__hash__()) ^ hash(self.places())

    def __eq__(self, other: object) -> bool:
        return super().__eq__(other) and self.places() == getattr(other, "places", tuple)()

    def normalize(self) -> Any:
        q = super().normalize()
        if isinstance(q, GappedPhrase):
            q.offsets = self.offsets
        return q

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        places = self.places()
        if self.slop != 1 or places == tuple(range(len(places))):
            return super().matcher(searcher, context)
        if self.fieldname not in searcher.schema:
            return matching.NullMatcher()
        field = searcher.schema[self.fieldname]
        reader = searcher.reader()
        terms = []
        for word in self.words:
            try:
                btext = field.to_bytes(word)
            except ValueError:
                return matching.NullMatcher()
            if (self.fieldname, btext) not in reader:
                return matching.NullMatcher()
            terms.append(query.Term(self.fieldname, btext))
        gaps = tuple(b - a for a, b in pairwise(places))
        ms = [t.matcher(searcher, context) for t in terms]
        m: Any = _AtDistances(ms, gaps)
        if self.boost != 1.0:
            m = matching.WrappingMatcher(m, boost=self.boost)
        return m


class _AtDistances(SpanNear2.SpanNear2Matcher):  # type: ignore[misc]
    """Passages where each word stands exactly its gap after the word before it."""

    def __init__(self, ms: list[Any], gaps: tuple[int, ...]) -> None:
        self.gaps = gaps  # before super().__init__, which looks for the first match
        super().__init__(ms, slop=max(gaps), ordered=True, mindist=1)

    def copy(self) -> Any:
        return self.__class__([m.copy() for m in self.ms], self.gaps)

    def _get_spans(self) -> list[Any]:
        spans = list(self.ms[0].spans())
        for m, gap in zip(self.ms[1:], self.gaps, strict=True):
            if not spans:
                break
            at = {span.start: span for span in m.spans()}
            spans = [a.to(at[a.end + gap]) for a in spans if a.end + gap in at]
        return sorted(spans)


def word_places(field: Any, text: str) -> tuple[list[str], tuple[int, ...]]:
    """The words of `text` as the field's analyzer makes them for a query, and each one's
    place from the first."""
    tokens = [(t.text, t.pos) for t in field.tokenize(text, mode="query", positions=True)]
    first = tokens[0][1] if tokens else 0
    return [w for w, _ in tokens], tuple(p - first for _, p in tokens)


def _placed(q: Any, parser: Any, fieldname: str | None, text: str) -> Any:
    """`q` given its words' places, when it is a phrase of `text`'s words in `fieldname`."""
    schema = parser.schema
    if not isinstance(q, GappedPhrase) or not schema or fieldname not in schema:
        return q
    words, places = word_places(schema[fieldname], text)
    if words == list(q.words):
        q.offsets = places
    return q


class GappedPhrasePlugin(plugins.PhrasePlugin):  # type: ignore[misc]
    """Whoosh's `"a phrase"` syntax, giving the phrase its words' places."""

    class PhraseNode(plugins.PhrasePlugin.PhraseNode):  # type: ignore[misc]
        def query(self, parser: Any) -> Any:
            q = super().query(parser)
            return _placed(q, parser, self.fieldname or parser.fieldname, self.text)

    class PhraseTagger(plugins.PhrasePlugin.PhraseTagger):  # type: ignore[misc]
        def create(self, parser: Any, match: Any) -> Any:
            node = super().create(parser, match)
            return GappedPhrasePlugin.PhraseNode(node.text, node.textstartchar, node.slop)

    def taggers(self, parser: Any) -> list[tuple[Any, int]]:
        return [(self.PhraseTagger(self.expr), 0)]


class GappedParser(QueryParser):  # type: ignore[misc]
    """Whoosh's `MultifieldParser` (a function: this is what it makes), whose phrases are
    `GappedPhrase`s: quoted ones, and a word the analyzer cuts in several ("state-of-the-art":
    *state* and *art*, three places apart)."""

    def __init__(
        self, fieldnames: list[str], schema: Any, fieldboosts: Any = None, **kwargs: Any
    ) -> None:
        super().__init__(None, schema, phraseclass=GappedPhrase, **kwargs)
        self.add_plugin(plugins.MultifieldPlugin(fieldnames, fieldboosts=fieldboosts))
        self.remove_plugin_class(plugins.PhrasePlugin)
        self.add_plugin(GappedPhrasePlugin())

    def term_query(self, fieldname: str, text: str, termclass: Any, *args: Any, **kw: Any) -> Any:
        q = super().term_query(fieldname, text, termclass, *args, **kw)
        return _placed(q, self, fieldname, text)
