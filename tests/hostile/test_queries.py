"""Any string a user can type is a query: results or a clear message, never an exception."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ftztui.cli import main
from ftztui.library import Library
from ftztui.search import SearchIndex, open_index

from ..helpers import RUNAWAY

NASTY = [
    '"unbalanced',
    "((( bracket",
    "AND",
    "OR OR NOT",
    "-",
    "*",
    "title:",
    "[/]",
    "[bold]x[/bold]",
    "porsche~9",
    "x" * 5000,
    "a\x00b",
    "\x1b[2J",
    "value:>",
    "value:[1 TO",
    "unit:yuan value:>1e999",
    "^2",
    "::::",
    "\"'`",
    "重庆",
    "🙂",
]

TYPABLE = st.text(
    alphabet=st.one_of(
        st.sampled_from(list('"()[]{}*?~^:+-!/\\ ANDORNOT&|')),
        st.characters(codec="utf-8"),
    ),
    max_size=60,
)


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    import shutil

    from tests.conftest import CORPUS

    root = tmp_path_factory.mktemp("qlib")
    shutil.copytree(CORPUS, root / "corpus")
    yield open_index(Library(root / "corpus", root / "index"))


@pytest.mark.parametrize("query", NASTY)
def test_nasty_queries_answer(seed_index: SearchIndex, query: str) -> None:
    result = seed_index.search(query)
    assert result.total >= len(result.hits)
    if result.message:
        assert "\n" not in result.message


@settings(
    max_examples=150,
    deadline=RUNAWAY,  # a runaway query, not speed (benchmarks/bench_search.py)
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(query=TYPABLE)
def test_any_typed_query_answers(seed_index: SearchIndex, query: str) -> None:
    result = seed_index.search(query)
    for hit in result.hits:
        for start, end in hit.highlights:
            assert 0 <= start < end <= len(hit.text)


@pytest.mark.parametrize("query", NASTY)
def test_cli_search_json_is_valid_for_any_query(
    library: Library, query: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["search", "--json", "--", query])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    data = json.loads(out)
    assert data["query"] == query.replace("\x00", "") or data["query"] == query
    assert "Traceback" not in err
