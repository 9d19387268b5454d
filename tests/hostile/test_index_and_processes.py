"""A damaged index is rebuilt, two processes at once leave a sound index, pipes end quietly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ftztui.library import Library
from ftztui.search import open_index

QUERY = "Porsches"


def _ftztui(*argv: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ftztui", *argv], capture_output=True, text=True, **kw
    )  # type: ignore[call-overload]


def _top_doc(library: Library) -> str:
    notices: list[str] = []
    result = open_index(library, notice=notices.append).search(QUERY)
    assert result.hits, notices
    return result.hits[0].doc


def _index_files(library: Library) -> list[Path]:
    return [p for p in library.index.rglob("*") if p.is_file() and p.suffix in {".seg", ".toc"}]


@pytest.mark.parametrize("damage", ["truncate", "delete", "garbage"])
def test_a_damaged_index_is_rebuilt_with_a_notice(library: Library, damage: str) -> None:
    assert _top_doc(library) == "chongqing-ftz-four-years"
    files = _index_files(library)
    assert files, "the index lives on disk"
    for f in files:
        if damage == "truncate":
            f.write_bytes(f.read_bytes()[:7])
        elif damage == "delete":
            f.unlink()
        else:
            f.write_bytes(os.urandom(200))
    notices: list[str] = []
    result = open_index(library, notice=notices.append).search(QUERY)
    assert result.hits and result.hits[0].doc == "chongqing-ftz-four-years"
    assert any("rebuil" in n for n in notices), notices


def test_a_stale_lock_file_does_not_block(library: Library) -> None:
    _top_doc(library)
    for name in ("MAIN_WRITELOCK", "_MAIN_WRITELOCK", "WRITELOCK"):
        (library.index / name).write_text("12345")
    (library.corpus / "late.txt").write_text("Late Arrival\n\nThe caracalword arrived late.\n")
    result = open_index(library).search("caracalword")
    assert [h.doc for h in result.hits] == ["late"]


def test_an_unwritable_index_folder_falls_back(library: Library, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the index folder's parent should be")
    stuck = Library(library.corpus, blocker / "index", origin="option")
    notices: list[str] = []
    result = open_index(stuck, notice=notices.append).search(QUERY)
    assert result.hits and result.hits[0].doc == "chongqing-ftz-four-years"
    assert notices, "the user is told the index could not be written where asked"
    assert blocker.read_text().startswith("a file")


def test_two_index_processes_at_once_both_finish_soundly(library: Library) -> None:
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "ftztui", "index", "--rebuild"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outcomes = [p.communicate(timeout=120) for p in procs]
    for p, (_, err) in zip(procs, outcomes, strict=True):
        assert p.returncode == 0, err
        assert "Traceback" not in err
    done = _ftztui("search", QUERY, "--json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["hits"][0]["doc"] == "chongqing-ftz-four-years"


def test_a_document_added_while_an_index_is_open_is_found(library: Library) -> None:
    index = open_index(library)
    assert not index.search("servalword").hits
    added = _ftztui("add", str(_write(library.corpus.parent / "new.md", "serval")))
    assert added.returncode == 0, added.stderr
    assert index.refresh() is True
    assert [h.doc for h in index.search("servalword").hits] == ["new"]


def _write(path: Path, animal: str) -> Path:
    path.write_text(f"# New {animal}\n\nA fresh note about the {animal}word.\n")
    return path


@pytest.mark.parametrize(
    "argv",
    [["figures", "--json"], ["show", "chongqing-ftz-four-years"], ["search", "the", "--json"]],
)
def test_output_into_a_closed_pipe_ends_quietly(library: Library, argv: list[str]) -> None:
    cmd = " ".join([sys.executable, "-m", "ftztui", *argv]) + " | head -c 10"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True)
    assert done.stderr == "", done.stderr
