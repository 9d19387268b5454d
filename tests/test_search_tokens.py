"""Word-by-word analysis (search/tokens.py) makes exactly the terms the analyzers make."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ftztui.search import index_documents
from ftztui.search.analysis import content_analyzer, spelling_analyzer
from ftztui.search.tokens import Tokens

ANALYZERS = {"content": content_analyzer(), "spelling": spelling_analyzer()}
MODES = ["index", "query", ""]

# Stop words, numbers with separators and %, possessives, accents, digits glued to letters.
WORDS = st.sampled_from(
    ["the", "of", "a", "Trade", "world’s", "it's", "65%", "216,345", "12.7", "1.2.3", "19th",
     "COVID19", "café", "ÉCOLE", "İstanbul", "ﬁne", "重庆", "x", "’", "'", "%", ",", ".", "-",
     "m²", "CO₂", "10⁻³"]
)  # fmt: skip
GLUE = st.sampled_from([" ", "", "  ", "\n", ", ", "-", "%", "’s "])


def analysed(analyzer: Any, text: str, mode: str) -> list[tuple[int, str, int, int]]:
    return [
        (t.pos, t.text, t.startchar, t.endchar)
        for t in analyzer(text, positions=True, chars=True, mode=mode)
    ]


@pytest.mark.parametrize("name", ANALYZERS)
@pytest.mark.parametrize("mode", MODES)
@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(st.tuples(WORDS, GLUE), max_size=25), noise=st.text(max_size=30))
def test_word_by_word_terms_are_the_analyzer_s(
    name: str, mode: str, pieces: list[tuple[str, str]], noise: str
) -> None:
    analyzer = ANALYZERS[name]
    tokens = Tokens(analyzer)
    text = "".join(w + g for w, g in pieces) + noise
    assert list(tokens.terms(text, mode)) == analysed(analyzer, text, mode)
    assert tokens.words(text, mode) == {t.text for t in analyzer(text, mode=mode)}
    # Asked again, from what it remembers: the same.
    assert list(tokens.terms(text, mode)) == analysed(analyzer, text, mode)


def test_stop_words_are_dropped_but_keep_their_place() -> None:
    """ "trade of the zone": *zone* three places after *trade*, so that the phrase "trade zone"
    does not match it; a Chinese stop word (的) takes no place."""
    tokens = Tokens(content_analyzer())
    assert [(p, t) for p, t, _, _ in tokens.terms("the trade of the zone", "index")] == [
        (1, "trade"),
        (4, "zone"),
    ]
    assert [(p, t) for p, t, _, _ in tokens.terms("重庆的发展", "index")] == [
        (0, "重庆"),
        (1, "发展"),
    ]


def test_the_index_s_own_analyzers_are_read_word_by_word() -> None:
    from ftztui.model import Block, Document, Section

    index = index_documents(
        [Document(id="d", title="T", sections=(Section(None, (Block("paragraph", "x"),)),))]
    )
    index.search("x")
    runner: Any = index._runner
    assert runner.text_tokens.pattern is not None
    assert runner.surface_tokens.pattern is not None


def test_an_analyzer_of_another_make_is_run_whole() -> None:
    from whoosh.analysis import StandardAnalyzer

    analyzer = StandardAnalyzer()
    tokens = Tokens(analyzer)
    assert tokens.pattern is None
    text = "The quick brown foxes, and the lazy dogs"
    assert list(tokens.terms(text, "index")) == analysed(analyzer, text, "index")
