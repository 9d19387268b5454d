"""The PDF loader's shortcuts taken for speed give what the plain way gives."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ftztui.loaders import LoadError, load_document, pdf
from ftztui.loaders.pdf_lines import _space_ends
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
