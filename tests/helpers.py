"""Small helpers several test modules share (fixtures live in conftest.py)."""

from __future__ import annotations

import pytest

from ftztui.cli import main
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
