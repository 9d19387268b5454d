"""A library of hostile files, generated in the test run (nothing large lives in git)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftztui.library import Library
from ftztui.search import open_index
from tests.hostile.files import HOSTILE


@pytest.fixture(scope="module")
def _hostile_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every hostile file plus a good article, indexed once per module (the 5 MB line is slow)."""
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, (data, _) in HOSTILE.items():
        (corpus / name).write_bytes(data)
    (corpus / "good.txt").write_text(
        "A Good Article\n\nThe bonded warehouse stored 82 vehicles, said the zone.\n"
    )
    open_index(Library(corpus, root / "index"), notice=lambda _: None)
    return root


@pytest.fixture
def hostile_library(_hostile_root: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    """The hostile library, also pointed at by FTZTUI_* for CLI runs."""
    corpus, index = _hostile_root / "corpus", _hostile_root / "index"
    monkeypatch.setenv("FTZTUI_CORPUS", str(corpus))
    monkeypatch.setenv("FTZTUI_INDEX", str(index))
    return Library(corpus, index, origin="option")
