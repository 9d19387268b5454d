"""Queries Whoosh's parser used to crash on answer with results or a one-line explanation."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ftztui.library import Library
from ftztui.search import SearchIndex, open_index
from tests.conftest import SEED

from ..helpers import RUNAWAY

#: Each of these answered "could not search for …: list index out of range".
CRASHED = ["<5", "<h4 harbour", "NOT " * 500, "NOT NOT NOT Porsches", "(<5)", "(>= vehicles)"]
CRASHED += ["\udcff*", "Porsch\udcff?"]  # undecodable bytes in a pattern (a fuzz found these)


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    root = tmp_path_factory.mktemp("edges")
    (root / "corpus").mkdir()
    shutil.copy(SEED, root / "corpus" / SEED.name)
    index = open_index(Library(root / "corpus", root / "index"))
    yield index
    index.close()


def _failed(message: str | None) -> bool:
    return bool(message) and "could not search" in str(message)


@pytest.mark.parametrize("query", CRASHED, ids=lambda q: q[:20])
def test_queries_whoosh_crashed_on_answer(seed_index: SearchIndex, query: str) -> None:
    result = seed_index.search(query)
    assert not _failed(result.message), result.message


def test_double_not_cancels_and_comparisons_still_work(seed_index: SearchIndex) -> None:
    plain = seed_index.search("Porsches")
    assert plain.total == 1
    assert seed_index.search("NOT NOT Porsches").total == plain.total
    every = seed_index.search("vehicles OR NOT vehicles").total
    assert seed_index.search("NOT NOT NOT Porsches").total == every - plain.total
    assert seed_index.search("value:>1000000 unit:yuan").total > 0
    assert seed_index.search("<h4 Porsches").total == plain.total  # the stray `<` is dropped


def test_cli_gives_one_line_for_only_operators(seed_index: SearchIndex, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "ftztui",
            "--corpus",
            str(corpus),
            "--index",
            str(tmp_path / "ix"),
            "search",
            "--",
            "NOT " * 500,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 1, out.stderr
    assert "list index out of range" not in out.stdout + out.stderr
    assert "nothing to search for" in out.stdout
    assert all(len(line) < 200 for line in out.stdout.splitlines()), out.stdout


SYNTAX = st.sampled_from(
    [
        *("NOT", "AND", "OR", "ANDNOT", "ANDMAYBE", "REQUIRE", "TO", "<", ">", "<=", ">="),
        *("=<", "=>", "(", ")", "[", "]", "{", "}", '"', "*", "?", "~", "~2", "^", "^3", ":"),
        *("-", "+", "/", "title:", "section:", "doc:", "value:", "unit:", "value:>", "value:["),
        *("5", "1e9", "Porsches", "vehicles", "bonded", "FTZ", "warehouse", "重庆", "\x00"),
        "\u202e",
        "\udcff",  # a byte of the command line that was not UTF-8
    ]
)
QUERIES = st.one_of(
    st.lists(SYNTAX, max_size=12).map(" ".join),
    st.lists(SYNTAX, max_size=12).map("".join),
    st.text(alphabet=st.one_of(st.sampled_from(list('<>=()[]{}"*?~^:+-!/ NOT')), st.characters())),
)


@settings(
    max_examples=250,
    deadline=RUNAWAY,  # a runaway query, not speed (benchmarks/bench_search.py)
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(query=QUERIES)
def test_fuzzed_queries_never_fail_inside_the_parser(seed_index: SearchIndex, query: str) -> None:
    result = seed_index.search(query)
    assert not _failed(result.message), (query, result.message)
    assert result.total >= len(result.hits)
    assert "\n" not in (result.message or "")
