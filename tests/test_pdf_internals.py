"""The PDF loader's shortcuts taken for speed give what the plain way gives."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ftztui.loaders import LoadError, load_document, pdf
from ftztui.loaders.pdf_lines import _first_begun, _space_ends, _starting_at
from tests.format_files import report_pdf


@given(
    st.text(alphabet="ab \n", max_size=40),
    st.text(alphabet="ab ", max_size=60),
    st.text(alphabet="ab \n", max_size=40),
)
def test_the_runs_of_spaces_in_a_line_end_where_a_pattern_finds_them(
    before: str, line: str, after: str
) -> None:
    line = line.strip()
    text = before + line + after
    start, end = len(before), len(before) + len(line)
    expected = [start + m.end() for m in re.finditer(" +", line)]
    assert _space_ends(text, start, end) == expected


class _Runs:
    """Runs of text that begin at the given characters (as PDFium counts them: a prefix of the
    line has as many runs as begin in it)."""

    def __init__(self, starts: list[int]) -> None:
        self.starts = starts

    def before(self, start: int, end: int) -> int:
        return sum(1 for s in self.starts if start <= s < end)


@given(
    st.lists(st.integers(0, 200), min_size=1, max_size=12, unique=True),
    st.lists(st.integers(1, 200), max_size=30, unique=True),
    st.integers(0, 11),
    st.integers(0, 40),
    st.integers(0, 40),
    st.integers(-5, 45),
)
def test_where_a_run_begins_is_found_from_any_first_guess(
    starts: list[int], ends: list[int], m: int, lo: int, hi: int, at: int
) -> None:
    runs, ends = _Runs(sorted(starts)), sorted(ends)
    hi = min(hi, len(ends))
    lo = min(lo, hi)
    expected = next((k for k in range(lo, hi) if runs.before(0, ends[k] + 1) > m), hi)
    assert _first_begun(runs, 0, ends, m, lo, hi, at) == expected  # type: ignore[arg-type]


class _Boxes(_Runs):
    """Runs as above, over a line whose characters stand one point apart, left to right, except
    those in `drawn_over` (character: the one whose place it takes): text drawn over other
    text, whose box may stand at a run's left edge without being that run's character."""

    def __init__(self, starts: list[int], drawn_over: dict[int, int]) -> None:
        super().__init__(starts)
        self.drawn_over = drawn_over

    def box(self, index: int) -> tuple[float, float, float, float]:
        x = float(self.drawn_over.get(index, index))
        return x, x + 1.0, 0.0, 10.0


@given(
    st.lists(st.integers(1, 200), min_size=1, max_size=12, unique=True),
    st.lists(st.integers(1, 200), max_size=30, unique=True),
    st.dictionaries(st.integers(0, 29), st.integers(0, 11), max_size=3),
    st.integers(0, 11),
    st.integers(0, 40),
    st.integers(0, 40),
    st.integers(-5, 45),
)
@example(starts=[3], ends=[3, 5], over={1: 1}, m=1, lo=0, hi=2, at=1)  # (run 1 drawn over itself)
def test_a_run_found_by_its_left_edge_is_the_one_its_count_says(
    starts: list[int],
    ends: list[int],
    over: dict[int, int],
    m: int,
    lo: int,
    hi: int,
    at: int,
) -> None:
    starts, ends = sorted({0, *starts}), sorted(ends)
    # characters after runs of spaces drawn where runs begin
    drawn_over = {
        ends[i]: starts[min(j, len(starts) - 1)] for i, j in over.items() if i < len(ends)
    }
    runs = _Boxes(starts, drawn_over)
    m = min(m, len(starts) - 1)
    hi = min(hi, len(ends))
    lo = min(lo, hi)
    found = _starting_at(runs, 0, ends, m, lo, hi, at, float(starts[m]))  # type: ignore[arg-type]
    if found is not None:  # only ever the run's own first character
        assert ends[found] == starts[m]
    elif not drawn_over and starts[m] in ends[lo:hi]:  # in order along a line: always found
        pytest.fail(f"run {m} begins at character {starts[m]}, after a run of spaces: not found")


def test_loading_a_pdf_leaves_the_cycle_collector_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "report.pdf"
    report_pdf(path)
    assert gc.isenabled()
    assert load_document(path).blocks
    assert gc.isenabled()
    with monkeypatch.context() as patch:  # a page that fails halfway through the file
        patch.setattr(pdf, "page_lines", _fails)
        with pytest.raises(LoadError, match="could not be parsed"):
            load_document(path)
    assert gc.isenabled()
    gc.disable()
    try:
        load_document(path)
        assert not gc.isenabled()  # (an application that turned it off keeps it off)
    finally:
        gc.enable()


def _fails(*_: object) -> None:
    raise ValueError("a damaged page")


def test_an_accent_drawn_apart_joins_its_letter() -> None:
    """TeX draws an accent as a glyph of its own (tracemonkey's "na¨ıve"): joined where one
    character writes both; an accent used as an apostrophe ("don´t") stays."""
    from ftztui.loaders.pdf_layout import join_text

    assert join_text("a na¨ıve approach") == "a naïve approach"
    assert join_text("´Etude for Erd˝os") == "Étude for Erdős"
    assert join_text("don´t") == "don´t"


def test_a_sentence_set_a_little_apart_from_the_next_gets_its_blank(tmp_path: Path) -> None:
    """Free Culture sets 57 sentence ends closer than PDFium writes a blank for ("could
    fly.The moment"); a name set tight ("System.Text") stays as it is."""
    from tests.format_files import handmade_pdf

    content = b"BT /F1 10 Tf 20 100 Td [(a vehicle could fly.) -100 (The moment came, and "
    content += b"System.Text stayed.)] TJ ET"
    texts = [b.text for b in load_document(handmade_pdf(tmp_path / "book.pdf", content)).blocks]
    assert texts == ["a vehicle could fly. The moment came, and System.Text stayed."]
