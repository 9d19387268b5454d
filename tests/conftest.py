"""Shared fixtures. Every test runs with the user's real data directories out of reach."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from ftztui.library import Library
from tests.helpers import RUNAWAY

# Hypothesis's default deadline (200 ms an example) failed a pure-function test on a loaded
# machine: speed is measured by benchmarks/, so examples only have the runaway deadline.
settings.register_profile("ftztui", deadline=RUNAWAY)
settings.load_profile("ftztui")

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS = REPO_ROOT / "corpus"
SEED = CORPUS / "chongqing-ftz-four-years.txt"


@pytest.fixture(autouse=True)
def _isolate_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point HOME, the XDG directories and FTZTUI_* away from the real user's files.

    platformdirs reads the XDG variables, so the user library, cache, state and config of any code
    under test (and of any `ftztui` subprocess, which inherits the environment) land in tmp.
    """
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CONFIG_HOME", ".config"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("FTZTUI_CORPUS", raising=False)
    monkeypatch.delenv("FTZTUI_INDEX", raising=False)
    monkeypatch.delenv("PAGER", raising=False)
    yield home


@pytest.fixture
def seed_path() -> Path:
    return SEED


def _library_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: list[Path]) -> Library:
    """A corpus of copies of `files` with its own index folder, also set in FTZTUI_*."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in files:
        shutil.copy2(path, corpus / path.name)
    index = tmp_path / "index"
    monkeypatch.setenv("FTZTUI_CORPUS", str(corpus))
    monkeypatch.setenv("FTZTUI_INDEX", str(index))
    return Library(corpus=corpus, index=index, origin="option")


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    """A private copy of the bundled corpus."""
    return _library_in(tmp_path, monkeypatch, sorted(CORPUS.iterdir()))


@pytest.fixture
def seed_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    """A library of the seed article alone (other bundled documents would change the counts)."""
    return _library_in(tmp_path, monkeypatch, [SEED])


@pytest.fixture
def empty_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    """An empty corpus folder."""
    return _library_in(tmp_path, monkeypatch, [])
