"""Where the library lives, and how document ids are given."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftztui import library as lib
from ftztui.library import Library, document_ids, resolve_library


def test_flags_win_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FTZTUI_CORPUS", str(tmp_path / "env-corpus"))
    monkeypatch.setenv("FTZTUI_INDEX", str(tmp_path / "env-index"))
    chosen = resolve_library(tmp_path / "c", tmp_path / "i")
    assert (chosen.corpus, chosen.index) == (tmp_path / "c", tmp_path / "i")


def test_environment_chooses_the_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FTZTUI_CORPUS", str(tmp_path / "env-corpus"))
    monkeypatch.setenv("FTZTUI_INDEX", str(tmp_path / "env-index"))
    chosen = resolve_library()
    assert (chosen.corpus, chosen.index) == (tmp_path / "env-corpus", tmp_path / "env-index")


def test_a_chosen_corpus_without_index_gets_a_cache_index(
    tmp_path: Path, _isolate_user_dirs: Path
) -> None:
    chosen = resolve_library(tmp_path / "c")
    assert chosen.index.is_relative_to(_isolate_user_dirs / ".cache")
    assert resolve_library(tmp_path / "c").index == chosen.index  # stable
    assert resolve_library(tmp_path / "d").index != chosen.index


def test_checkout_uses_its_own_corpus_and_index() -> None:
    root = lib.checkout_root()
    assert root is not None, "tests run from the source checkout"
    chosen = resolve_library()
    assert (chosen.corpus, chosen.index) == (root / "corpus", root / "index")


def test_installed_app_seeds_the_user_library(
    monkeypatch: pytest.MonkeyPatch, _isolate_user_dirs: Path
) -> None:
    monkeypatch.setattr(lib, "checkout_root", lambda: None)
    chosen = resolve_library()
    assert chosen.corpus.is_relative_to(_isolate_user_dirs / ".local/share")
    names = sorted(p.name for p in chosen.corpus.iterdir())
    assert "chongqing-ftz-four-years.txt" in names
    # A user's deletion is respected: the corpus is not seeded again once it exists.
    (chosen.corpus / "chongqing-ftz-four-years.txt").unlink()
    again = resolve_library()
    assert not (again.corpus / "chongqing-ftz-four-years.txt").exists()


def test_document_ids_are_slugs_made_unique(tmp_path: Path) -> None:
    files = [tmp_path / n for n in ("Report 2020.txt", "report-2020.md", "Ünïcode Notes.html")]
    ids = document_ids(files)
    assert ids == {
        "report-2020": tmp_path / "Report 2020.txt",
        "report-2020-2": tmp_path / "report-2020.md",
        "unicode-notes": tmp_path / "Ünïcode Notes.html",
    }


def test_document_files_skip_hidden_and_unknown(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.html", ".adding-1-x.txt", "d.pdf", "e.TXT", "f.odt"):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub.txt").mkdir()
    found = [p.name for p in Library(tmp_path, tmp_path / "i").document_files()]
    assert found == ["a.txt", "b.md", "c.html", "d.pdf", "e.TXT"]
