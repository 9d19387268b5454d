"""A manifest that is valid JSON of the wrong shape is damage: every command rebuilds, says so."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ftztui.cli import main
from ftztui.library import Library
from ftztui.search import build_index
from ftztui.search.live import read_current
from tests.hostile.run import ftztui

SEED_ID = "chongqing-ftz-four-years"


def _edit_manifest(
    library: Library, head: Callable[[dict[str, Any]], None], catalog: bytes | None = None
) -> None:
    """Rewrite the live manifest: `head` edits its first line; `catalog` replaces the second
    (with `catalog_bytes` kept consistent, so only the shape is wrong)."""
    folder = read_current(library.index)
    assert folder is not None
    path = folder / "manifest.json"
    first, _, rest = path.read_bytes().partition(b"\n")
    data = json.loads(first)
    if catalog is None:
        catalog = rest[:-1]
    data["catalog_bytes"] = len(catalog)
    head(data)
    path.write_bytes(json.dumps(data).encode() + b"\n" + catalog + b"\n")


def _files_oops(data: dict[str, Any]) -> None:
    data["files"] = {**data["files"], "a.txt": "oops"}


def _keep(data: dict[str, Any]) -> None:
    pass


@pytest.mark.parametrize("command", [["list"], ["search", "Porsches"], ["index"]])
def test_wrong_types_in_files_rebuild_with_a_notice(
    seed_library: Library, command: list[str]
) -> None:
    build_index(seed_library)
    _edit_manifest(seed_library, _files_oops)
    run = ftztui(seed_library, *command)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr and "TypeError" not in run.stderr
    assert "rebuilding" in run.stderr and "manifest" in run.stderr, run.stderr
    assert len(run.stderr.splitlines()) == 1, run.stderr
    again = ftztui(seed_library, *command)  # rebuilt: the next run is quiet
    assert again.returncode == 0 and again.stderr == "", again.stderr


@pytest.mark.parametrize("command", [["list"], ["search", "Porsches"], ["show", SEED_ID]])
def test_a_catalog_line_of_the_wrong_shape_rebuilds(
    seed_library: Library, command: list[str]
) -> None:
    build_index(seed_library)
    _edit_manifest(seed_library, _keep, catalog=b'{"a": 1}')
    run = ftztui(seed_library, *command)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr and "TypeError" not in run.stderr
    # Only the commands that read the catalog find the damage (a search never decodes it):
    # the first `list` rebuilds, the next is quiet.
    listed = run if command[0] == "list" else ftztui(seed_library, "list")
    assert "rebuilding" in listed.stderr and "catalog" in listed.stderr, listed.stderr
    assert SEED_ID in listed.stdout
    again = ftztui(seed_library, "list")
    assert again.returncode == 0 and SEED_ID in again.stdout and again.stderr == ""


WRONG_SHAPES: dict[str, tuple[Callable[[dict[str, Any]], None], bytes | None]] = {
    "files-list": (lambda d: d.update(files=[]), None),
    "files-record-no-size": (
        lambda d: d.update(files={"a.txt": {"mtime_ns": 1, "doc": "a"}}),
        None,
    ),
    "files-size-text": (
        lambda d: d.update(files={"a.txt": {"size": "1", "mtime_ns": 1, "doc": "a"}}),
        None,
    ),
    "skipped-number": (lambda d: d.update(skipped={"b.txt": 5}), None),
    "index-files-text": (lambda d: d.update(index_files={"x.seg": "big"}), None),
    "acronyms-number": (lambda d: d.update(acronyms={"FTZ": 1}), None),
    "schema-text": (lambda d: d.update(schema="3"), None),
    "catalog-bytes-null": (lambda d: None, None),  # replaced below
    "catalog-id-number": (_keep, b'{"x": {"id": 1, "title": "t"}}'),
    "catalog-title-list": (_keep, b'{"x": {"id": "x", "title": ["t"]}}'),
    "catalog-sections-text": (
        _keep,
        b'{"x": {"id": "x", "title": "t", "section_titles": "abc"}}',
    ),
    "catalog-acronyms-list": (_keep, b'{"x": {"id": "x", "title": "t", "acronyms": []}}'),
}


@pytest.mark.parametrize("shape", sorted(WRONG_SHAPES))
def test_any_wrong_shape_lists_the_library(
    seed_library: Library, shape: str, capsys: pytest.CaptureFixture[str]
) -> None:
    build_index(seed_library)
    edit, catalog = WRONG_SHAPES[shape]
    if shape == "catalog-bytes-null":
        folder = read_current(seed_library.index)
        assert folder is not None
        path = folder / "manifest.json"
        first, _, rest = path.read_bytes().partition(b"\n")
        data = json.loads(first)
        data["catalog_bytes"] = None
        path.write_bytes(json.dumps(data).encode() + b"\n" + rest)
    else:
        _edit_manifest(seed_library, edit, catalog)
    assert main(["list", "--json"]) == 0
    out, err = capsys.readouterr()
    assert [d["id"] for d in json.loads(out)] == [SEED_ID]
    assert "rebuilding" in err, err
    assert main(["search", "--json", "Porsches"]) == 0
    assert json.loads(capsys.readouterr().out)["hits"][0]["doc"] == SEED_ID


def test_a_user_library_manifest_never_loses_documents(seed_library: Library) -> None:
    """After the rebuild the corpus is intact: the user's files are never touched."""
    before = {p.name: p.read_bytes() for p in Path(seed_library.corpus).iterdir()}
    build_index(seed_library)
    _edit_manifest(seed_library, _files_oops)
    assert ftztui(seed_library, "list").returncode == 0
    assert {p.name: p.read_bytes() for p in Path(seed_library.corpus).iterdir()} == before
