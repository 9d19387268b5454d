"""Running a query: parse, correct, expand, search, fall back, highlight. Returns model objects.

The pipeline for one query string:

1. `querytext.clean`: control characters out, length bounded, `~N` clamped;
2. typo correction: a word the index has never seen (in any stemmed field or the unstemmed
   spelling field) is replaced by the closest word of the spelling field (≤ 2 edits);
3. acronyms the corpus defines are expanded both ways;
4. the query is parsed with AND between words and searched (BM25F, titles boosted): plain
   words are scored all at once by bulkscore.py (same scores as Whoosh, every match counted),
   anything else by Whoosh's collector, also counting every match;
5. when nothing has all the words, the same words are searched with OR and the passages that have
   most of them come first ("how long does export processing take");
6. every hit gets exact highlight offsets (highlight.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ftztui.results import Hit, SearchResult
from ftztui.search.analysis import STOP_LIST, fold_word
from ftztui.search.bulkscore import BulkScorer, best
from ftztui.search.chinese import has_han, spaced_query
from ftztui.search.docnames import Files, named_documents
from ftztui.search.highlight import Wanted, spans, wanted_from_query
from ftztui.search.querytext import AcronymExpander, clean, correct, plain_words
from ftztui.search.schema import FIELD_BOOSTS, SEARCH_FIELDS
from ftztui.search.tokens import Tokens

#: At most this many wildcard/fuzzy/range parts in one query: each one walks the vocabulary.
MAX_PATTERNS = 6
#: How many OR-matches the "most of the words" fallback ranks by coverage.
FALLBACK_POOL = 200
#: How many of the best AND-matches are re-ranked by how many words they contain as typed.
RERANK_POOL = 50
#: A passage with every word as typed scores this much more than one with only their stems.
EXACT_WEIGHT = 0.3
#: A passage with the query's words side by side scores this much more than one with them far
#: apart ("customs supervision innovation measures" for "customs measures").
NEAR_WEIGHT = 0.3
#: A passage's own text, as against its document's and section's titles (which every passage
#: of them is indexed with, so that "cetology whale" finds the whales of that chapter).
OWN_TEXT_FIELDS = frozenset({"content", "credit"})
_SECTION, _TITLE = frozenset({"section"}), frozenset({"title"})


def make_parser(schema: Any, *, any_word: bool = False) -> Any:
    """A parser over the searchable fields (all words, or any word), with our extra syntax."""
    from whoosh import qparser

    from ftztui.search.phrases import GappedParser
    from ftztui.search.qplugins import DropEmptyOperatorsPlugin, SafeGtLtPlugin

    group = qparser.OrGroup if any_word else qparser.AndGroup
    parser = GappedParser(list(SEARCH_FIELDS), schema, fieldboosts=FIELD_BOOSTS, group=group)
    parser.add_plugin(SafeGtLtPlugin())
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(DropEmptyOperatorsPlugin())
    return parser


def _count_patterns(q: Any) -> int:
    from whoosh import query

    own = 1 if isinstance(q, query.MultiTerm | query.NumericRange | query.TermRange) else 0
    return own + sum(_count_patterns(c) for c in q.children())


def _text(term: Any) -> str:
    return term.decode("utf-8", "replace") if isinstance(term, bytes) else str(term)


def _term_texts(q: Any) -> set[str]:
    """The terms one word of a query stands for, whatever field they are looked for in."""
    return {_text(t) for _, t in q.iter_all_terms()}


def _shortest_window(places: list[tuple[int, str]], present: set[str]) -> int:
    """The fewest positions spanning one occurrence of every word in `present`."""
    places.sort()
    best = places[-1][0] - places[0][0]
    counts: dict[str, int] = {}
    left = 0
    for pos, word in places:
        counts[word] = counts.get(word, 0) + 1
        while len(counts) == len(present):
            best = min(best, pos - places[left][0])
            lw = places[left][1]
            counts[lw] -= 1
            if not counts[lw]:
                del counts[lw]
            left += 1
    return best


def _parts_in(q: Any, fields: frozenset[str]) -> list[Any]:
    """The parts of a query looked for in `fields`, none of those under a NOT."""
    from whoosh import query

    if isinstance(q, query.Not):
        return []
    if isinstance(q, query.AndNot):
        return _parts_in(q.a, fields)
    if getattr(q, "fieldname", None) in fields:
        if isinstance(q, query.Phrase):  # its words, wherever they stand: read much faster
            return [query.And([query.Term(q.fieldname, word) for word in q.words])]
        return [q]
    return [part for child in q.children() for part in _parts_in(child, fields)]


def _matches_by_absence(q: Any) -> bool:
    """Whether `q` can match a passage for a word it lacks ("vehicles OR NOT vehicles")."""
    from whoosh import query

    if isinstance(q, query.Not):
        return True
    if isinstance(q, query.AndNot | query.AndMaybe):
        return _matches_by_absence(q.a)
    if isinstance(q, query.And):
        return all(_matches_by_absence(child) for child in q.subqueries)
    return any(_matches_by_absence(child) for child in q.children())


def passage_filter(q: Any, doc_filter: Any) -> Any:
    """Which passages may be hits of `q`: those with one of its words in their own text, and
    the first passage of a section whose title holds one, and the document's first passage when
    its title does.

    Each passage is indexed with its document's and section's titles, so a word of a chapter's
    title ("Cetology") matched all of the chapter's passages: 49 hits, 38 of them without the
    word, and `n` stepped through passages with nothing highlighted. Now the chapter counts once,
    at its start, beside the passages that hold the word; a word only in the document's title
    finds the document once, at its first passage. A query with no part in a passage's
    own text (`section:cetology`, `value:>1000 unit:yuan`) is a filter the user asked for, and
    is left as it is, and so is one that can match a passage for a word it lacks."""
    from whoosh import query

    own = _parts_in(q, OWN_TEXT_FIELDS)
    if not own or _matches_by_absence(q):
        return doc_filter
    keep = query.Or(
        [
            *own,
            query.And([query.Term("head", "section"), query.Or(_parts_in(q, _SECTION))]),
            query.And([query.Term("head", "doc"), query.Or(_parts_in(q, _TITLE))]),
        ]
    )
    return keep if doc_filter is None else query.And([doc_filter, keep])


def _without_doc_terms(q: Any) -> tuple[Any, list[Any]]:
    """An OR query without its `doc:` parts, and those parts."""
    from whoosh import query

    if not isinstance(q, query.Or):
        return q, []
    docs = [c for c in q.subqueries if isinstance(c, query.Term) and c.fieldname == "doc"]
    if not docs:
        return q, []
    return query.Or([c for c in q.subqueries if c not in docs]), docs


def _is_empty(q: Any) -> bool:
    from whoosh import query

    return q is None or q is query.NullQuery or isinstance(q, query.qcore._NullQuery)


class Match:
    """One matching passage: its number in the index, its score, and its stored fields, read
    once and only when asked for (most of the ranking pool is never shown)."""

    __slots__ = ("_fields", "docnum", "score", "searcher")

    def __init__(
        self, searcher: Any, docnum: int, score: float | None, fields: dict[str, Any] | None = None
    ) -> None:
        self.searcher = searcher
        self.docnum = docnum
        self.score = score
        self._fields = fields

    def fields(self) -> dict[str, Any]:
        if self._fields is None:
            self._fields = self.searcher.stored_fields(self.docnum)
        return self._fields

    def text(self) -> str:
        return str(self.fields().get("content", ""))


class QueryRunner:
    """Runs queries against one open Whoosh searcher. Not thread-safe: the caller locks."""

    def __init__(
        self, searcher: Any, acronyms: dict[str, str], files: Callable[[], Files] = dict
    ) -> None:
        self.searcher = searcher
        #: Each document's id → its file: what a `doc:` value may name (docnames.py).
        self.files = files
        self.reader = searcher.reader()
        # The index's own analyzers (unpickled with its schema): nothing to build per query.
        self.text_analyzer = searcher.schema["content"].analyzer
        self.surface_analyzer = searcher.schema["spell"].analyzer
        # The same analyzers, word by word: for re-reading the passages a query found.
        self.text_tokens = Tokens(self.text_analyzer)
        self.surface_tokens = Tokens(self.surface_analyzer)
        self.expand = AcronymExpander(acronyms)
        self.acronym_words = {a.lower() for a in acronyms}
        self.and_parser = make_parser(searcher.schema)
        self._or_parser: Any = None
        self.bulk = BulkScorer(searcher)

    @property
    def or_parser(self) -> Any:
        """Built only when a query needs the "most of the words" fallback."""
        if self._or_parser is None:
            self._or_parser = make_parser(self.searcher.schema, any_word=True)
        return self._or_parser

    # -- typo correction -------------------------------------------------------------------

    def known(self, word: str) -> bool:
        if has_han(word):  # Chinese is never "corrected", least of all into English
            return True
        folded = fold_word(word, self.surface_analyzer)
        if not folded or folded in self.acronym_words or ("spell", folded) in self.reader:
            return True
        stems = [t.text for t in self.text_analyzer(word, mode="query")]
        if not stems:  # a stop word: never "misspelt"
            return True
        return all(any((f, s) in self.reader for f in SEARCH_FIELDS) for s in stems)

    def suggest(self, word: str) -> str | None:
        if len(word) < 3 or self.known(word):
            return None
        folded = fold_word(word, self.surface_analyzer)
        better = self._closest(folded, maxdist=1 if len(folded) <= 4 else 2)
        if better is None:
            better = self._split(folded)
        if better is None:
            return None
        return better.capitalize() if word[:1].isupper() else better

    def _closest(self, folded: str, maxdist: int) -> str | None:
        """The vocabulary word fewest edits away (the first letter kept: typos rarely hit it,
        and it keeps the search fast); among equals, the one most passages use."""
        for dist in range(1, maxdist + 1):
            candidates = [
                c.decode("utf-8") if isinstance(c, bytes) else str(c)
                for c in self.reader.terms_within("spell", folded, dist, prefix=1)
            ]
            candidates = [c for c in candidates if c != folded]
            if candidates:
                return max(candidates, key=lambda c: (self._usage(c), -abs(len(c) - len(folded))))
        return None

    def _split(self, folded: str) -> str | None:
        """ "ecommerce" → "e-commerce": two vocabulary words run together (a hyphenated word is
        searched as a phrase)."""
        if len(folded) > 30:
            return None
        for i in range(1, len(folded)):
            head, tail = folded[:i], folded[i:]
            if len(tail) > 2 and all(("spell", w) in self.reader for w in (head, tail)):
                return f"{head}-{tail}"
        return None

    def _usage(self, word: str) -> int:
        stems = [t.text for t in self.text_analyzer(word, mode="query")]
        return sum(self.reader.doc_frequency("content", s) for s in stems)

    # -- searching -------------------------------------------------------------------------

    def run(self, raw: str, limit: int, doc: str | None) -> SearchResult:
        text, messages = clean(raw)
        if not text:
            return SearchResult(raw, None, 0, (), message="type some words to search for")
        corrected = correct(text, self.suggest, self.known)
        effective = corrected or text
        q = self.and_parser.parse(spaced_query(self.expand(effective)))
        if _is_empty(q):
            messages.append("nothing to search for: only common words or operators")
            return self._result(raw, corrected, 0, [], Wanted(), messages)
        q, unknown = named_documents(q, self.reader, self.files)
        if unknown is not None:
            messages.append(unknown)
            return self._result(raw, corrected, 0, [], Wanted(), messages)
        if _count_patterns(q) > MAX_PATTERNS:
            messages.append(f"at most {MAX_PATTERNS} wildcard, fuzzy or range parts per query")
            return self._result(raw, corrected, 0, [], Wanted(), messages)
        filter_q = self._doc_filter(doc)
        limit = max(1, min(int(limit), 10_000))
        typed = {
            fold_word(w, self.surface_analyzer) for _, _, w in plain_words(spaced_query(effective))
        }
        typed -= STOP_LIST | {""}
        hits, total = self._all_words(q, limit, passage_filter(q, filter_q), typed)
        from whoosh import query

        if total == 0 and isinstance(q, query.And) and len(q.subqueries) > 1:
            words = [_term_texts(child) for child in q.subqueries]
            q, _ = named_documents(
                self.or_parser.parse(spaced_query(self.expand(effective))), self.reader, self.files
            )
            # "doc:x" stays a condition: any of the words, in that document only.
            q, docs = _without_doc_terms(q)
            if docs:
                filter_q = query.And([*([filter_q] if filter_q is not None else []), *docs])
            hits, total = self._most_words(q, words, limit, passage_filter(q, filter_q), typed)
            if total:
                messages.append("no passage has all the words; showing those with most of them")
        wanted = wanted_from_query(q, self.reader)
        return self._result(raw, corrected, total, hits, wanted, messages)

    def _all_words(
        self, q: Any, limit: int, filter_q: Any, typed: set[str]
    ) -> tuple[list[Match], int]:
        """Matches of the query ranked by BM25F, lifted where they hold the words as typed and
        close together."""
        from whoosh import query

        found, total = self._best(q, max(limit, RERANK_POOL), filter_q)
        matches = [match for match, _terms in found]
        # Closeness matters between separate words; a phrase's words are side by side anyway.
        parts = list(q.subqueries) if isinstance(q, query.And) else []
        stems = {s for texts in (_term_texts(c) for c in parts) for s in texts}
        ranked = sorted(matches, key=lambda h: -self._boosted(h, typed, stems))
        return ranked[:limit], total

    def _best(
        self, q: Any, pool: int, filter_q: Any, *, terms: bool = False
    ) -> tuple[list[tuple[Match, list[Any]]], int]:
        """The `pool` best matches, each with the (field, term)s it matched when `terms` is
        asked for (else []), and how many passages match. Plain words are scored all at once
        (bulkscore.py); phrases, NOT and patterns by Whoosh's collector."""
        allow = None if filter_q is None else self._passages(filter_q)
        noted: list[Any] | None = [] if terms else None
        scores = self.bulk.score_all(q, allow, terms=noted)
        if scores is None:
            results, total = self._collect(q, pool, filter_q, terms=terms)
            return [
                (
                    Match(self.searcher, h.docnum, h.score, h.fields() if terms else None),
                    h.matched_terms() if terms else [],
                )
                for h in results
            ], total
        return [
            (Match(self.searcher, d, s), [t for t, docs in noted or () if d in docs])
            for d, s in best(scores, pool)
        ], len(scores)

    def _passages(self, q: Any) -> set[int]:
        """The passages `q` matches: read by the bulk scorer where it can (a block of postings
        at a time: half the time of Whoosh's matcher on "function", 2,600 passages)."""
        scores = None if _count_patterns(q) else self.bulk.score_all(q)  # (it has no patterns)
        return set(scores) if scores is not None else set(self.searcher.docs_for_query(q))

    def _collect(
        self, q: Any, limit: int, filter_q: Any, *, terms: bool = False
    ) -> tuple[Any, int]:
        """Whoosh's results for the `limit` best matches, and how many passages match.

        The count is exact: the collector never swaps its matcher for a cheaper one mid-way
        (`replace=0`; the swap stops visiting passages that can no longer reach the top
        `limit`, which undercounts), and it is taken from the collector that saw only the
        allowed passages (Whoosh's own count forgets a `filter` after a block-skipping run)."""
        from whoosh import collectors

        top: Any = (
            collectors.TopCollector(limit, usequality=False, replace=0)
            if limit < self.searcher.doc_count()
            else collectors.UnlimitedCollector()
        )
        collector = collectors.TermsCollector(top) if terms else top
        if filter_q is not None:
            collector = collectors.FilterCollector(collector, filter_q)
        self.searcher.search_with_collector(q, collector)
        return collector.results(), top.count()

    def _doc_filter(self, doc: str | None) -> Any:
        if doc is None:
            return None
        from whoosh import query

        return query.Term("doc", doc)

    def _as_typed(self, text: str, typed: set[str]) -> int:
        """How many of the words the user typed the passage contains in exactly that form."""
        if not typed:
            return 0
        return len(typed & self.surface_tokens.words(text))

    def _boosted(self, hit: Match, typed: set[str], stems: set[str]) -> float:
        score = float(hit.score or 0.0)
        text = hit.text()
        if typed:
            score *= 1.0 + EXACT_WEIGHT * self._as_typed(text, typed) / len(typed)
        if len(stems) > 1:
            score *= 1.0 + NEAR_WEIGHT * self._closeness(text, stems)
        return score

    def _closeness(self, text: str, stems: set[str]) -> float:
        """1.0 when the query's words stand side by side in the passage, falling towards 0 as
        the shortest stretch holding all of them grows."""
        terms = self.text_tokens.terms(text, "index")
        places = [(pos, term) for pos, term, _, _ in terms if term in stems]
        present = {w for _, w in places}
        if len(present) < 2:
            return 0.0
        return (len(present) - 1) / max(_shortest_window(places, present), 1)

    def _most_words(
        self, q: Any, words: list[set[str]], limit: int, filter_q: Any, typed: set[str]
    ) -> tuple[list[Match], int]:
        """OR-matches ranked by how many of the query's words they contain (as stems, then as
        typed), then by score."""
        found, total = self._best(q, max(FALLBACK_POOL, limit), filter_q, terms=True)

        def key(item: tuple[Match, Any]) -> tuple[int, int, float]:
            hit, matched_terms = item
            matched = {_text(t) for _, t in matched_terms}
            coverage = sum(1 for texts in words if texts & matched)
            return (-coverage, -self._as_typed(hit.text(), typed), -(hit.score or 0.0))

        ranked = sorted(found, key=key)
        return [hit for hit, _ in ranked[:limit]], total

    def _result(
        self,
        raw: str,
        corrected: str | None,
        total: int,
        hits: list[Match],
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
                    highlights=spans(text, wanted, self.text_tokens, fields.get("figures")),
                    score=float(hit.score or 0.0),
                    kind=fields.get("kind", "paragraph"),
                    page=fields.get("page"),
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
