"""`ftztui show DOC --removed`: every line the loader left out, in file order, with its reason."""

from __future__ import annotations

import json

import pytest

from ftztui.library import Library

from .helpers import SEED_ID, run_cli


def test_removed_lists_the_seeds_furniture_in_file_order(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "show", SEED_ID, "--removed")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["1", "site", "name", "iChongqing", "Title"]
    assert any("cookie notice" in line and "I Agree" in line for line in lines)
    assert any("site links" in line and "About UsContact Us" in line for line in lines)
    numbers = [int(line.split()[0]) for line in lines]
    assert numbers == sorted(numbers) and len(numbers) == 10
    assert "\x1b[" not in out
    # Nothing of the article itself is in the list.
    assert "Porsches" not in out and "Humiwang" not in out


def test_removed_json_has_line_reason_and_text(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "show", SEED_ID, "--removed", "--json")
    assert code == 0
    parts = json.loads(out)
    assert parts[0] == {
        "line": 1,
        "page": None,
        "reason": "site name",
        "text": "iChongqing Title",
        "before": 0,
    }
    assert [p["line"] for p in parts] == sorted(p["line"] for p in parts)
    assert {"cookie notice", "contact line", "site footer"} <= {p["reason"] for p in parts}


def test_removed_says_so_when_nothing_was_removed(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    (library.corpus / "note.txt").write_text(
        "Meeting notes\n\nWe agreed on the budget for the new warehouse in March.\n",
        encoding="utf-8",
    )
    code, out, err = run_cli(capsys, "show", "note", "--removed")
    assert code == 0 and out == ""
    assert "removed nothing" in err
