"""Small helpers several test modules share (fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftztui.cli import main
from ftztui.loaders import load_document
from ftztui.model import Document

#: The id the bundled article gets.
SEED_ID = "chongqing-ftz-four-years"


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`ftztui ARGV...` in-process: exit code, stdout, stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def all_text(doc: Document) -> str:
    """Every section title and block text of a document, one per line."""
    return "\n".join([*(s.title or "" for s in doc.sections), *(b.text for b in doc.blocks)])


def load_page(tmp_path: Path, html: str, name: str = "page.html") -> Document:
    """`html` written to a file in `tmp_path` and loaded as the library would."""
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return load_document(path)
