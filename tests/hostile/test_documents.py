"""Hostile documents load or are skipped with one line; none reaches the terminal as control."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ftztui.cli import main
from ftztui.library import Library
from ftztui.loaders import load_corpus
from tests.hostile.files import HOSTILE

LOADABLE = sorted(name for name, (_, word) in HOSTILE.items() if word)
SKIPPED = sorted(name for name, (_, word) in HOSTILE.items() if not word)
CONTROL = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))]


def test_each_file_loads_or_is_skipped_with_a_reason(hostile_library: Library) -> None:
    documents, errors = load_corpus(hostile_library.corpus)
    loaded = {d.path for d in documents}
    assert loaded >= {*LOADABLE, "good.txt"}
    assert sorted(e.path.name for e in errors) == SKIPPED
    for e in errors:
        assert "\n" not in str(e) and e.path.name in str(e) and e.reason


def test_no_control_character_survives_loading(hostile_library: Library) -> None:
    documents, _ = load_corpus(hostile_library.corpus)
    for doc in documents:
        for text in (doc.title, *(b.text for b in doc.blocks)):
            bad = [c for c in CONTROL if c in text]
            assert not bad, f"{doc.path}: {bad!r} in {text[:60]!r}"
            assert "\u202e" not in text


def test_legacy_encodings_decode_without_replacement_marks(hostile_library: Library) -> None:
    documents, _ = load_corpus(hostile_library.corpus)
    by_file = {d.path: d for d in documents}
    cafe = " ".join(b.text for b in by_file["cp1252.txt"].blocks)
    assert "café" in cafe and "“five euros”" in cafe and "crème brûlée" in cafe
    gbk = by_file["gbk.txt"]
    assert gbk.title == "重庆自由贸易试验区"
    assert "\ufffd" not in cafe + " ".join(b.text for b in gbk.blocks)


def test_markup_stays_literal_text(hostile_library: Library) -> None:
    documents, _ = load_corpus(hostile_library.corpus)
    doc = next(d for d in documents if d.path == "markup.md")
    text = " ".join(b.text for b in doc.blocks)
    assert "[bold]is[/]" in text and "[/] must show" in text


@pytest.mark.parametrize("name", [*LOADABLE, "good.txt"])
def test_every_loadable_document_is_searchable(
    hostile_library: Library, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    word = HOSTILE[name][1] if name in HOSTILE else "bonded"
    code = main(["search", str(word), "--json"])
    out = capsys.readouterr().out
    assert code == 0, f"{word} not found"
    hits = json.loads(out)["hits"]
    assert hits and all(
        h["text"][s:e].lower() == word for h in hits[:1] for s, e in h["highlights"]
    )


def test_cli_output_never_carries_control_sequences(hostile_library: Library) -> None:
    def ftztui(*argv: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-m", "ftztui", *argv], capture_output=True)

    for argv in (
        ["list"],
        ["show", "escapes"],
        ["show", "markup"],
        ["search", "tapirword"],
        ["search", "okapiword"],
        ["figures"],
    ):
        done = ftztui(*argv)
        assert b"\x1b" not in done.stdout + done.stderr, argv
        assert b"\x9b" not in done.stdout, argv
        assert b"Traceback" not in done.stderr, argv
    listing = ftztui("list", "--json")
    assert listing.returncode == 0
    skipped = listing.stderr.decode().strip().splitlines()
    for name in SKIPPED:
        assert sum(name in line for line in skipped) == 1, f"{name} not reported in one line"
    shown = json.loads(ftztui("show", "escapes", "--json").stdout)
    assert "tapirword" in json.dumps(shown)
    assert "\x1b" not in json.dumps(shown, ensure_ascii=False)
