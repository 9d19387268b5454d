"""Running a query: parse, correct, expand, search, fall back, highlight. Returns model objects.

The pipeline for one query string:

1. `querytext.clean`: control characters out, length bounded, `~N` clamped;
2. typo correction: a word the index has never seen (in any stemmed field or the unstemmed
   spelling field) is replaced by the closest word of the spelling field (≤ 2 edits);
3. acronyms the corpus defines are expanded both ways;
4. the query is parsed with AND between words and searched (BM25F, titles boosted);
5. when nothing has all the words, the same words are searched with OR and the passages that have
   most of them come first ("how long does export processing take");
6. every hit gets exact highlight offsets (highlight.py).
"""

from __future__ import annotations

from typing import Any

from ftztui.model import Hit, SearchResult
from ftztui.search.analysis import content_analyzer, fold_word
from ftztui.search.highlight import Wanted, spans, wanted_from_query
from ftztui.search.querytext import clean, correct, expand_acronyms
from ftztui.search.schema import FIELD_BOOSTS, SEARCH_FIELDS

#: At most this many wildcard/fuzzy/range parts in one query: each one walks the vocabulary.
MAX_PATTERNS = 6
#: How many OR-matches the "most of the words" fallback ranks by coverage.
FALLBACK_POOL = 200
_QUERY_ANALYZER = content_analyzer()


def make_parsers(schema: Any) -> tuple[Any, Any]:
    """(AND parser, OR parser) over the searchable fields, with the extra syntax we document."""
    from whoosh import qparser

    parsers = []
    for group in (qparser.AndGroup, qparser.OrGroup):
        parser = qparser.MultifieldParser(
            list(SEARCH_FIELDS), schema, fieldboosts=FIELD_BOOSTS, group=group
        )
        parser.add_plugin(qparser.GtLtPlugin())
        parser.add_plugin(qparser.FuzzyTermPlugin())
        parsers.append(parser)
    return parsers[0], parsers[1]


def _count_patterns(q: Any) -> int:
    from whoosh import query

    own = 1 if isinstance(q, query.MultiTerm | query.NumericRange | query.TermRange) else 0
    return own + sum(_count_patterns(c) for c in q.children())


def _is_empty(q: Any) -> bool:
    from whoosh import query

    return q is None or q is query.NullQuery or isinstance(q, query.qcore._NullQuery)


class QueryRunner:
    """Runs queries against one open Whoosh searcher. Not thread-safe: the caller locks."""

    def __init__(self, searcher: Any, acronyms: dict[str, str], parsers: tuple[Any, Any]) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.acronyms = acronyms
        self.acronym_words = {a.lower() for a in acronyms}
        self.and_parser, self.or_parser = parsers
        self._corrector: Any = None

    # -- typo correction -------------------------------------------------------------------

    def known(self, word: str) -> bool:
        folded = fold_word(word)
        if not folded or folded in self.acronym_words or ("spell", folded) in self.reader:
            return True
        stems = [t.text for t in _QUERY_ANALYZER(word, mode="query")]
        if not stems:  # a stop word: never "misspelt"
            return True
        return all(any((f, s) in self.reader for f in SEARCH_FIELDS) for s in stems)

    def suggest(self, word: str) -> str | None:
        if len(word) < 3 or self.known(word):
            return None
        if self._corrector is None:
            self._corrector = self.searcher.corrector("spell")
        folded = fold_word(word)
        maxdist = 1 if len(folded) <= 4 else 2
        options = self._corrector.suggest(folded, limit=1, maxdist=maxdist, prefix=1)
        if not options:
            return None
        better = str(options[0])
        return better.capitalize() if word[:1].isupper() else better

    # -- searching -------------------------------------------------------------------------

    def run(self, raw: str, limit: int, doc: str | None) -> SearchResult:
        text, messages = clean(raw)
        if not text:
            return SearchResult(raw, None, 0, (), message="type some words to search for")
        corrected = correct(text, self.suggest)
        effective = corrected or text
        q = self.and_parser.parse(expand_acronyms(effective, self.acronyms))
        if _is_empty(q):
            messages.append("nothing to search for: only common words or operators")
            return self._result(raw, corrected, 0, [], Wanted(), messages)
        if _count_patterns(q) > MAX_PATTERNS:
            messages.append(f"at most {MAX_PATTERNS} wildcard, fuzzy or range parts per query")
            return self._result(raw, corrected, 0, [], Wanted(), messages)
        filter_q = self._doc_filter(doc)
        limit = max(1, min(int(limit), 10_000))
        results = self.searcher.search(q, limit=limit, filter=filter_q)
        total = len(results)
        hits = list(results)
        from whoosh import query

        if total == 0 and isinstance(q, query.And) and len(q.subqueries) > 1:
            q = self.or_parser.parse(expand_acronyms(effective, self.acronyms))
            hits, total = self._most_words(q, limit, filter_q)
            if total:
                messages.append("no passage has all the words; showing those with most of them")
        wanted = wanted_from_query(q, self.reader)
        return self._result(raw, corrected, total, hits, wanted, messages)

    def _doc_filter(self, doc: str | None) -> Any:
        if doc is None:
            return None
        from whoosh import query

        return query.Term("doc", doc)

    def _most_words(self, q: Any, limit: int, filter_q: Any) -> tuple[list[Any], int]:
        """OR-matches ranked by how many of the query's words they contain, then by score."""
        results = self.searcher.search(
            q, limit=max(FALLBACK_POOL, limit), filter=filter_q, terms=True
        )
        groups = [
            {
                (f, t.decode("utf-8") if isinstance(t, bytes) else t)
                for f, t in child.iter_all_terms()
            }
            for child in q.children()
        ]

        def coverage(hit: Any) -> int:
            matched = {
                (f, t.decode("utf-8") if isinstance(t, bytes) else t)
                for f, t in hit.matched_terms()
            }
            return sum(1 for g in groups if g & matched)

        ranked = sorted(results, key=lambda h: (-coverage(h), -(h.score or 0.0)))
        return ranked[:limit], len(results)

    def _result(
        self,
        raw: str,
        corrected: str | None,
        total: int,
        hits: list[Any],
        wanted: Wanted,
        messages: list[str],
    ) -> SearchResult:
        out = []
        for hit in hits:
            fields = hit.fields()
            text = str(fields.get("content", ""))
            out.append(
                Hit(
                    doc=str(fields["doc"]),
                    title=str(fields.get("title", "")),
                    section=str(fields.get("section") or "") or None,
                    block=int(fields["block"]),
                    text=text,
                    highlights=spans(text, wanted),
                    score=float(hit.score or 0.0),
                    kind=fields.get("kind", "paragraph"),
                )
            )
        return SearchResult(
            query=raw,
            corrected=corrected,
            total=total,
            hits=tuple(out),
            message="; ".join(messages) or None,
            matched_blocks=frozenset((h.doc, h.block) for h in out),
        )
