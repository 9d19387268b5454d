"""Hostile files, generated in the test run (nothing large lives in git)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftztui.library import Library
from tests.hostile.files import HOSTILE


@pytest.fixture
def hostile_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    """A corpus of every hostile file plus a good article, pointed at by FTZTUI_*."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, (data, _) in HOSTILE.items():
        (corpus / name).write_bytes(data)
    (corpus / "good.txt").write_text(
        "A Good Article\n\nThe bonded warehouse stored 82 vehicles, said the zone.\n"
    )
    index = tmp_path / "index"
    monkeypatch.setenv("FTZTUI_CORPUS", str(corpus))
    monkeypatch.setenv("FTZTUI_INDEX", str(index))
    return Library(corpus, index, origin="option")
