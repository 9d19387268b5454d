"""What the CLI writes: valid UTF-8 always, whole ids at 80 columns, each notice once."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from ftztui.library import Library
from tests.conftest import CORPUS, SEED
from tests.hostile.run import ftztui, ftztui_in_pty

#: A 250-byte file name (the most most file systems allow is 255).
LONG_STEM = "warehouse-" * 24 + "bonded"
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")


def _bytes_run(library: Library, *argv: bytes) -> subprocess.CompletedProcess[bytes]:
    where = [b"--corpus", os.fsencode(library.corpus), b"--index", os.fsencode(library.index)]
    return subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"ftztui", *where, *argv],
        capture_output=True,
        timeout=120,
    )


def test_search_json_of_undecodable_bytes_is_valid_utf8(seed_library: Library) -> None:
    run = _bytes_run(seed_library, b"search", b"--json", b"--", b"\xff\xfe harbour")
    assert run.returncode in (0, 1), run.stderr
    data = json.loads(run.stdout.decode("utf-8"))  # strict: raises on invalid UTF-8
    assert data["query"] == "\ufffd\ufffd harbour"
    run.stderr.decode("utf-8")


def test_search_on_a_terminal_never_writes_undecodable_bytes(seed_library: Library) -> None:
    """0x9b alone is a C1 CSI to some terminals: a byte that was not UTF-8 is shown as U+FFFD."""
    run = _bytes_run(seed_library, b"search", b"--", b"\x9b31m harbour")
    out = run.stdout.decode("utf-8")
    assert "\ufffd31m harbour" in out, out
    assert b"\x9b" not in run.stdout


def test_an_undecodable_file_name_lists_as_valid_utf8(seed_library: Library) -> None:
    name = os.fsencode(seed_library.corpus) + b"/caf\xe9 prices.txt"
    with open(name, "wb") as f:
        f.write(b"Cafe Prices\n\nThe cafe charged five euros for coffee.\n")
    for argv in ([b"list", b"--json"], [b"list"], [b"search", b"--json", b"coffee"]):
        run = _bytes_run(seed_library, *argv)
        assert run.returncode == 0, run.stderr
        run.stdout.decode("utf-8")
        run.stderr.decode("utf-8")


@pytest.fixture
def long_named_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    """The bundled documents (with sources and dates) and one with a 250-byte file name."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    long = corpus / f"{LONG_STEM}.txt"
    assert len(long.name.encode()) == 250
    long.write_text("A Long Name\n\nA paragraph about bonded vehicles.\n")
    return Library(corpus, tmp_path / "index", origin="option")


_HAN = re.compile("[\u3400-\u9fff]")


def _screen(out: bytes) -> list[str]:
    text = ANSI.sub(b"", out).decode("utf-8").replace("\r", "")
    return text.split("\n")


def test_list_at_80_columns_keeps_every_column_and_whole_ids(long_named_library: Library) -> None:
    listed = json.loads(ftztui(long_named_library, "list", "--json").stdout)
    ids = [d["id"] for d in listed]
    assert any(len(i) > 200 for i in ids)
    lines = _screen(ftztui_in_pty(long_named_library, "list", columns=80))
    shown = "\n".join(lines)
    assert max(cell_len(line) for line in lines) <= 80, shown
    assert "…" not in shown, shown
    header = lines[0].split()
    assert header == ["id", "title", "source", "date", "sections"], shown
    for doc in listed:  # each title word, source and date is on screen
        for word in doc["title"].split():
            # A Chinese title has no spaces and folds between any two characters.
            pieces = list(word) if _HAN.search(word) else [word]
            assert all(piece in shown for piece in pieces), (word, shown)
        assert (doc["source"] or "") in shown and (doc["date"] or "") in shown
    # The id column, read down: every id is there whole (a long one folded, never cut).
    width = lines[0].index("title")
    column = "".join(line[:width].strip() for line in lines[1:])
    for doc_id in ids:
        assert doc_id in column, (doc_id, shown)
    long_id = max(ids, key=len)
    assert ftztui(long_named_library, "show", long_id).returncode == 0  # typed back, it works


def test_list_on_a_narrow_terminal_stacks_documents(long_named_library: Library) -> None:
    listed = json.loads(ftztui(long_named_library, "list", "--json").stdout)
    lines = _screen(ftztui_in_pty(long_named_library, "list", columns=50))
    shown = "\n".join(lines)
    assert max(len(line) for line in lines) <= 50 and "…" not in shown, shown
    flat = "".join(line.strip() for line in lines)
    for doc in listed:
        assert doc["id"] in flat, (doc["id"], shown)
        assert all(word in shown for word in doc["title"].split()), shown


@pytest.mark.parametrize(
    "query", ["vehicles", "<5", "NOT NOT NOT vehicles"], ids=["word", "lt", "not"]
)
def test_skipped_notice_is_said_once_per_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 32)
    library = Library(corpus, tmp_path / "index", origin="option")
    for _ in range(2):  # building the index, then on a fresh index
        run = ftztui(library, "search", "--", query)
        assert run.stderr.count("skipped binary.txt") == 1, run.stderr
