"""Small helpers several test modules share (fixtures live in conftest.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import pytest

from ftztui.cli import main
from ftztui.loaders import load_document
from ftztui.model import Document

#: The id the bundled article gets.
SEED_ID = "chongqing-ftz-four-years"

#: Hypothesis's deadline for one query or page: long enough for a machine under load, short
#: enough to catch one that runs away (a pattern walking without end). Speed itself is
#: measured by benchmarks/, never asserted.
RUNAWAY = timedelta(seconds=10)


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


def load_lines(path: Path, lines: Sequence[str]) -> Document:
    """`lines` written to `path` one paragraph each (a blank line between), loaded as the
    library would: a user's note, a page saved as text, a news story."""
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return load_document(path)


#: A news site's menu, saved as text (one entry a line).
SITE_MENU = ["• Home", "• News", "• Sport", "• Culture", "• Travel", "• Weather"]
#: A short news story's four paragraphs, for pages built around it.
SCHOOLS_ARTICLE = [
    "The council agreed on Tuesday to spend more on the town's schools next year, and the "
    "opposition voted for the plan after a long debate in the town hall.",
    "The mayor said the new classrooms should be ready by the autumn, when more pupils start, "
    "and that the builders had promised to work through the summer holidays to finish them.",
    "Parents welcomed the plan, but said the town should also pay for more teachers and for "
    "the school buses that bring children from the villages to the schools every morning.",
    "The head of the largest school said that her pupils had waited for years for a proper "
    "science room, and that the money would finally let them do experiments of their own.",
]
