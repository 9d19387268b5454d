"""File names that are not UTF-8 (bytes Python keeps as lone surrogates) reach no output raw.

On today's code such a name crashed the index build (the manifest could not be encoded) and the
reader's exit (its state file could not be); every output must stay valid UTF-8.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from ftztui.library import Library
from tests.conftest import SEED
from tests.hostile.run import ftztui, run_in_pty

NAME = b"caf\xe9 prices.txt"  # Latin-1 bytes: not UTF-8


@pytest.fixture
def latin1_library(tmp_path: Path) -> Library:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    with open(os.fsencode(corpus) + b"/" + NAME, "wb") as f:
        f.write(b"Cafe Prices\n\nThe cafe charged five euros for a coffee.\n")
    return Library(corpus, tmp_path / "index", origin="option")


def test_index_and_search_with_a_latin1_file_name(latin1_library: Library) -> None:
    built = ftztui(latin1_library, "index")
    assert built.returncode == 0, built.stderr
    found = ftztui(latin1_library, "search", "--json", "coffee")
    assert found.returncode == 0, found.stderr
    assert [h["doc"] for h in json.loads(found.stdout)["hits"]] == ["caf-prices"]
    again = ftztui(latin1_library, "index")  # the manifest read back: nothing to do
    assert "up to date" in again.stdout and again.stderr == "", again.stderr


def test_the_reader_starts_and_quits_with_a_latin1_file_name(
    latin1_library: Library, tmp_path: Path
) -> None:
    (latin1_library.corpus / SEED.name).unlink()  # the reader opens the Latin-1 file
    code, out = run_in_pty(latin1_library, until=b"Search", keys=b"q", timeout=40)
    out.decode("utf-8")  # strict: the terminal got valid UTF-8
    assert code == 0, out[-3000:]
    assert b"Traceback" not in out and b"UnicodeEncodeError" not in out
    # The place it saved names the file it opened, and the next start reads it back.
    code, out = run_in_pty(latin1_library, until=b"Search", keys=b"q", timeout=40)
    assert code == 0 and b"ignored" not in out, out[-3000:]
