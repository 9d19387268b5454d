"""`ftztui figures` as a user runs it: table, JSON, CSV, filters, errors, pipes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ftztui.library import Library

from .helpers import SEED_ID, run_cli

FIELDS = [
    "doc", "section", "block", "start", "end", "text", "value", "unit", "kind", "label",
    "sentence", "relation", "related_to",
]  # fmt: skip


def test_json_lists_the_seed_figures_with_every_field(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "figures", SEED_ID, "--json")
    assert code == 0
    figures = json.loads(out)
    assert all(list(f) == FIELDS for f in figures)
    by_text = {f["text"]: f for f in figures}
    assert by_text["17 million"]["value"] == 17_000_000
    assert by_text["17 million"]["label"] == "national mail pieces"
    assert by_text["12.7 billion yuan"]["unit"] == "yuan"
    assert by_text["Eighty-two"]["section"] == "Business environment"
    assert "September" not in by_text and "2020" not in by_text


def test_related_to_points_into_the_printed_array(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run_cli(capsys, "figures", SEED_ID, "--json", "--kind", "money")
    figures = json.loads(out)
    usd = next(f for f in figures if f["unit"] == "USD")
    assert usd["relation"] == "conversion"
    assert figures[usd["related_to"]]["text"] == "850 million yuan"
    # Filtered out, the yuan amount can no longer be pointed at.
    _, out, _ = run_cli(capsys, "figures", SEED_ID, "--json", "--unit", "usd")
    (usd,) = json.loads(out)
    assert (usd["relation"], usd["related_to"]) == (None, None)


def test_filters_by_value_unit_and_kind(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run_cli(capsys, "figures", "--json", "--unit", "yuan", "--min", "1e9")
    # The same two amounts, in the English article and in the bundled Chinese note.
    assert [f["text"] for f in json.loads(out)] == [
        "12.7 billion yuan",
        "1.63 billion yuan",
        "127亿元",
        "16.3亿元",
    ]
    _, out, _ = run_cli(capsys, "figures", SEED_ID, "--json", "--kind", "percent", "--max", "30")
    assert [f["text"] for f in json.loads(out)] == ["23.1%"]


def test_csv_has_a_header_and_one_row_per_figure(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run_cli(capsys, "figures", SEED_ID, "--json")
    count = len(json.loads(out))
    code, out, _ = run_cli(capsys, "figures", SEED_ID, "--csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == FIELDS and len(rows) == count
    row = next(r for r in rows if r["text"] == "5.3 working days")
    assert (row["value"], row["unit"], row["kind"]) == ("5.3", "days", "duration")


def test_terminal_table_shows_value_with_unit_and_label(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "figures", SEED_ID)
    assert code == 0
    assert "17 million" in out and "national mail pieces" in out
    assert "12.7 billion yuan" in out and "65%" in out and "216,345" in out


def test_document_text_is_never_markup_or_terminal_control(
    empty_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    (empty_library.corpus / "notes.md").write_text(
        "# Notes\n\n## [bold]Key[/] numbers \x1b[31m\n\nThere were 12 new projects.\n",
        encoding="utf-8",
    )
    code, out, _ = run_cli(capsys, "figures")
    assert code == 0
    assert "[bold]Key[/] numbers" in out
    assert "\x1b" not in out


def test_unknown_document_is_one_line_naming_it_and_the_known_ids(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "figures", "no-such-doc")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "no-such-doc" in err and SEED_ID in err


def test_nothing_matched_exits_1(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "figures", "--min", "1e20", "--json")
    assert code == 1 and out == ""
    assert "no figures" in err


def test_a_closed_pipe_ends_quietly_without_textual(library: Library, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from ftztui.cli import main\n"
        "code = main(['figures', '--json'])\n"
        "assert 'textual' not in sys.modules, 'figures imported Textual'\n"
        "sys.exit(code)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.read(64)  # like `| head -c 64`: read a little, then hang up
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=30) == 0, err
    assert first.startswith(b"[") and err == ""


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (17_000_000, "17 million"),
        (8.3e9, "8.3 billion"),
        (12_700_000_000, "12.7 billion"),
        (28_210_000, "28.21 million"),
        (1_234_567, "1,234,567"),
        (216_345, "216,345"),
        (5.3, "5.3"),
        (35.9, "35.9"),
        (1.2e12, "1.2 trillion"),
        (0.25, "0.25"),
    ],
)
def test_values_are_shown_as_people_write_them(value: float, shown: str) -> None:
    from ftztui.cli.figures_cmd import format_number

    assert format_number(value) == shown
