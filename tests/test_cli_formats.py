"""`ftztui add`, `list`, `search` and `show` on PDF, EPUB and Word files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ftztui.library import Library
from tests.format_files import docx_file, encrypted_pdf, epub_file, report_pdf, scanned_pdf
from tests.helpers import run_cli


@pytest.fixture
def added(
    empty_library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[Library, str, str]:
    outside = tmp_path / "outside"
    outside.mkdir()
    files = [
        report_pdf(outside / "report.pdf"),
        scanned_pdf(outside / "scan.pdf"),
        encrypted_pdf(outside / "secret.pdf"),
        epub_file(outside / "book.epub"),
        docx_file(outside / "notes.docx"),
    ]
    _, out, err = run_cli(capsys, "add", *map(str, files))
    return empty_library, out, err


def test_add_takes_the_formats_and_refuses_the_encrypted_one(
    added: tuple[Library, str, str],
) -> None:
    library, out, err = added
    assert sorted(p.name for p in library.document_files()) == [
        "book.epub",
        "notes.docx",
        "report.pdf",
        "scan.pdf",
    ]
    assert "added report  Annual Report of the Pilot Zone" in out
    (line,) = err.strip().splitlines()
    assert "secret.pdf" in line and "encrypted" in line


def test_list_shows_the_note_of_a_scan(
    added: tuple[Library, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "list", "--json")
    assert code == 0
    by_id = {d["id"]: d for d in json.loads(out)}
    assert by_id["scan"]["note"] == "no text layer: scanned?"
    assert "note" not in by_id["report"]
    code, out, _ = run_cli(capsys, "list")
    assert "scan (no text layer: scanned?)" in out


def test_search_and_show_carry_the_page(
    added: tuple[Library, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "search", "companies registered", "--json")
    assert code == 0
    hits = json.loads(out)["hits"]
    assert sorted(h["page"] for h in hits if h["doc"] == "report") == [1, 2, 3, 4]
    code, out, _ = run_cli(capsys, "search", "companies registered")
    assert "p. 3 ¶" in out
    code, out, _ = run_cli(capsys, "show", "report", "--json")
    doc = json.loads(out)
    assert doc["format"] == "pdf"
    assert [b["page"] for b in doc["sections"][1]["blocks"]] == [2, 2]
    code, out, _ = run_cli(capsys, "search", "Qutang", "--json")
    (hit,) = json.loads(out)["hits"]
    assert hit["doc"] == "book" and "page" not in hit
