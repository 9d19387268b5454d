"""How many passages a query matches, and the shortcut that scores them all at once.

`SearchResult.total` counts every passage the query matches. Whoosh's collector, once its top 50
were full, stopped visiting passages that could no longer reach them (on a large index: "the
word only in a document's title"), so the count shrank with the index; the bulk scorer
(search/bulkscore.py) counts them all and must rank exactly as Whoosh does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ftztui.model import Block, Document, Section
from ftztui.search import SearchIndex, index_documents
from ftztui.search.bulkscore import BulkScorer, best

#: Whoosh's OR preloads small indexes and walks a tree of matchers above 5,000 passages.
MANY = 5000


def doc(doc_id: str, title: str, texts: list[str], section: str | None = None) -> Document:
    blocks = tuple(Block("paragraph", t) for t in texts)
    return Document(id=doc_id, title=title, sections=(Section(section, blocks),), path=doc_id)


# Indexed first, so Whoosh's top 50 fill with them; each shorter than the one before, so each
# scores higher and raises the bar the rest must clear.
SIGHTING_TEXTS = [
    "The walrus handbook says to rest " + "on the rocks " * (60 - i) for i in range(60)
]
SIGHTINGS = doc("sightings", "Sightings", SIGHTING_TEXTS)
# The word only in the title: every passage matches, none could reach the first page.
HANDBOOK = doc(
    "handbook",
    "The Walrus Handbook",
    [f"Feeding note number {i} for keepers." for i in range(MANY)],
    section="Care",
)

HANDBOOK_NOTE = doc("k", "Keepers", ["A handbook note for keepers who rest."])


@pytest.fixture(scope="module")
def large() -> SearchIndex:
    """Over 5,000 passages: Whoosh's large-index code paths (about a second to build)."""
    return index_documents([SIGHTINGS, HANDBOOK])


def test_a_word_only_in_a_title_counts_its_section_once(large: SearchIndex) -> None:
    """Every passage of the handbook is indexed with its title, but only its first stands for
    it: 5,000 hits with nothing highlighted would bury the 60 that say "walrus"."""
    result = large.search("walrus")
    assert result.total == 60 + 1
    assert {h.doc for h in result.hits} == {"sightings"}, "text matches outrank title matches"
    in_handbook = large.search("walrus", doc="handbook")
    assert in_handbook.total == 1
    assert [h.block for h in in_handbook.hits] == [0]


def test_total_of_a_phrase_counts_every_passage(large: SearchIndex) -> None:
    assert large.search('"walrus handbook"').total == 60 + 1
    assert large.search('"feeding note"').total == MANY


def test_total_within_a_document_when_no_passage_has_all_the_words(
    large: SearchIndex,
) -> None:
    result = large.search('walrus "feeding note"', doc="sightings")
    assert result.message and "most of them" in (result.message or "")
    assert {h.doc for h in result.hits} == {"sightings"}
    assert result.total == 60, "only the document's own passages are counted"


def test_total_counts_the_one_matching_passage_among_many(large: SearchIndex) -> None:
    assert large.search("note 4321").total == 1
    assert large.search("keepers").total == MANY


# -- the bulk scorer against Whoosh's collector ------------------------------------------------

QUERIES = [
    "walrus",
    "walrus rocks",
    "rocks",
    "keepers note",
    "title:walrus",
    "walrus OR keepers",
    "feeding AND rocks",
    "handbook",
    "walrus rocks rest",
    "note 4321 keepers feeding",
    "walrus zebra",
]


def whoosh_top(searcher: Any, q: Any, limit: int) -> list[tuple[int, float]]:
    """Whoosh's ranking of every match (its top-N collector can drop an AND of preloaded ORs
    too early on small indexes, so the exhaustive one is the reference)."""
    return [(h.docnum, h.score) for h in searcher.search(q, limit=None)][:limit]


def assert_ranks_as_whoosh(searcher: Any, parser: Any, queries: list[str]) -> None:
    bulk = BulkScorer(searcher)
    for text in queries:
        q = parser.parse(text)
        scores = bulk.score_all(q)
        assert scores is not None, text
        assert len(scores) == len(set(q.docs(searcher))), text
        for limit in (1, 20, 50):
            assert best(scores, limit) == whoosh_top(searcher, q, limit), (text, limit)


def runner_of(index: SearchIndex) -> Any:
    index.search("warm")  # opens the searcher
    return index._runner


def test_bulk_scores_rank_exactly_as_whoosh_on_a_large_index(large: SearchIndex) -> None:
    runner = runner_of(large)
    assert_ranks_as_whoosh(runner.searcher, runner.and_parser, QUERIES)


def test_bulk_scores_rank_exactly_as_whoosh_on_a_small_index() -> None:
    small = index_documents([doc("s", "Walrus", SIGHTING_TEXTS[:30]), HANDBOOK_NOTE])
    runner = runner_of(small)
    assert_ranks_as_whoosh(runner.searcher, runner.and_parser, QUERIES)


def test_bulk_scores_across_segments_and_deleted_passages(tmp_path: Path) -> None:
    from whoosh.filedb.filestore import FileStorage
    from whoosh.scoring import BM25F

    from ftztui.search.indexer import _Tally, add_document
    from ftztui.search.schema import make_schema
    from ftztui.search.searcher import make_parser

    ix = FileStorage(str(tmp_path)).create_index(make_schema())
    extra = doc("extra", "Extra", ["The walrus keepers rest.", "Rocks."])
    more = doc("more", "More walrus", [f"A walrus on the rocks, note {i}." for i in range(40)])
    for batch in ([SIGHTINGS, extra], [more]):
        writer = ix.writer()
        for d in batch:
            add_document(writer, d, _Tally())
        writer.commit(merge=False)
    writer = ix.writer()
    writer.delete_by_term("doc", "extra")
    writer.commit(merge=False)
    with ix.searcher(weighting=BM25F(B=0.5)) as searcher:
        assert not searcher.is_atomic() and searcher.reader().has_deletions()
        assert_ranks_as_whoosh(searcher, make_parser(ix.schema), QUERIES)
        assert_terms_as_whoosh(searcher, make_parser(ix.schema, any_word=True), OR_QUERIES)


OR_QUERIES = ["walrus zebra", "rocks keepers zebra", "handbook note rest", "title:walrus OR rocks"]


def assert_terms_as_whoosh(searcher: Any, parser: Any, queries: list[str]) -> None:
    """Scores as Whoosh scores while noting terms, and the terms it notes for each passage."""
    for text in queries:
        q = parser.parse(text)
        terms: list[Any] = []
        scores = BulkScorer(searcher).score_all(q, terms=terms)
        assert scores is not None, text
        hits = searcher.search(q, limit=None, terms=True)
        assert [(h.docnum, h.score) for h in hits] == best(scores, len(scores)), text
        for hit in hits:
            noted = {term for term, docs in terms if hit.docnum in docs}
            assert noted == set(hit.matched_terms()), (text, hit.docnum)


def test_terms_noted_as_whoosh_notes_them(large: SearchIndex) -> None:
    runner = runner_of(large)
    assert_terms_as_whoosh(runner.searcher, runner.or_parser, OR_QUERIES)
    small = runner_of(index_documents([doc("s", "Walrus", SIGHTING_TEXTS[:30]), HANDBOOK_NOTE]))
    assert_terms_as_whoosh(small.searcher, small.or_parser, OR_QUERIES)


def test_phrases_are_left_to_whoosh(large: SearchIndex) -> None:
    runner = runner_of(large)
    assert BulkScorer(runner.searcher).score_all(runner.and_parser.parse('"walrus rocks"')) is None
