"""`ftztui search` and `ftztui index` as a user runs them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ftztui.cli import main
from ftztui.library import Library


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, object]]:
    code = main(["search", "--json", *argv])
    return code, json.loads(capsys.readouterr().out)


def test_json_names_each_hit_and_its_highlights(
    seed_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data = run_json(capsys, "porshe")
    assert code == 0
    assert data["query"] == "porshe" and data["corrected"] == "porsches"
    assert data["total"] == 1
    (hit,) = data["hits"]  # type: ignore[misc]
    assert set(hit) >= {"doc", "title", "section", "block", "text", "highlights", "score"}
    assert hit["doc"] == "chongqing-ftz-four-years"
    assert hit["section"] == "Business environment"
    assert [hit["text"][s:e] for s, e in hit["highlights"]] == ["Porsches"]


def test_exit_status_one_when_nothing_matches(
    seed_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data = run_json(capsys, "zzqxjw")
    assert code == 1 and data["hits"] == [] and data["total"] == 0


def test_limit_and_doc(seed_library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(capsys, "--limit", "2", "Chongqing")
    assert code == 0 and len(data["hits"]) == 2  # type: ignore[arg-type]
    assert data["total"] > 2  # type: ignore[operator]
    code, data = run_json(capsys, "--doc", "chongqing-ftz-four-years", "Porsches")
    assert code == 0


def test_a_phrase_matches_only_words_side_by_side(
    empty_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    """From the TraceMonkey paper: "trace monitor" matched "trace, the monitor" and "traces from
    the monitor" (dropped common words took no place in the index)."""
    (empty_library.corpus / "tracing.md").write_text(
        "# Tracing\n\nTo execute a trace, the monitor must call the trace.\n\n"
        "This avoids the costs of calling traces from the monitor, in most loops.\n\n"
        "Control returns to the trace monitor.\n",
        encoding="utf-8",
    )

    def marked(query: str) -> list[str]:
        _code, data = run_json(capsys, query)
        hits: Any = data["hits"]
        return [h["text"][s:e] for h in hits for s, e in h["highlights"]]

    assert marked('"trace monitor"') == ["trace monitor"]
    assert marked('"trace the monitor"') == ["trace, the monitor"]
    assert marked('"calling traces from the monitor"') == ["calling traces from the monitor"]
    assert sorted(marked('"the monitor"')) == ["monitor"] * 3  # a common word leads


def test_doc_takes_a_file_name_as_show_does(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    """`show chongqing-ftz-four-years.txt` works; `search --doc` with the same name must too."""
    by_id = run_json(capsys, "--doc", "chongqing-ftz-four-years", "Porsches")
    assert by_id[0] == 0
    for name in ("chongqing-ftz-four-years.txt", "Chongqing-FTZ-Four-Years"):
        assert run_json(capsys, "--doc", name, "Porsches") == by_id, name
    code = main(["search", "--doc", "chongqing-ftz-for-years", "Porsches"])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "no document 'chongqing-ftz-for-years'" in err
    assert "did you mean 'chongqing-ftz-four-years'" in err


def test_an_unknown_doc_in_the_query_is_said_not_dropped(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    """`doc:chongqing-ftz-for-years Porsches` searched every document (the "most of the words"
    fallback dropped the doc: part)."""
    code, data = run_json(capsys, "doc:chongqing-ftz-for-years Porsches")
    assert code == 1 and data["hits"] == [] and data["total"] == 0
    message = str(data["message"])
    assert message.startswith(
        "no document 'chongqing-ftz-for-years'; did you mean 'chongqing-ftz-four-years'"
    )
    code, data = run_json(capsys, "doc:chongqing-ftz-four-years.txt Porsches")
    assert code == 0 and {h["doc"] for h in data["hits"]} == {"chongqing-ftz-four-years"}


def test_doc_in_the_query_still_holds_when_most_of_the_words_are_shown(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    """No passage has both words: the "most of the words" fallback showed other documents'
    passages too, as if doc: were one more word."""
    code, data = run_json(capsys, "doc:chongqing-ftz-four-years Porsches organisation")
    hits: Any = data["hits"]
    assert code == 0 and "most of them" in str(data["message"])
    assert {h["doc"] for h in hits} == {"chongqing-ftz-four-years"}


@pytest.mark.parametrize(
    "argv", [["--limit", "0", "x"], ["--doc", "no-such-doc", "x"], ["--limit", "many", "x"], []]
)
def test_usage_errors_exit_two(
    seed_library: Library, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    try:
        code = main(["search", *argv])
    except SystemExit as exc:  # argparse's own usage errors
        code = int(exc.code or 0)
    assert code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()


def test_terminal_output_marks_words_and_shows_markup_literally(
    seed_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    (seed_library.corpus / "markup.txt").write_text(
        "Markup Notes\n\nPress [bold]okapiword[/] and [link=x]go[/link] now.\n", encoding="utf-8"
    )
    code = main(["search", "okapiword"])
    out = capsys.readouterr().out
    assert code == 0
    assert "[bold]okapiword[/]" in out
    assert "Markup Notes" in out
    code = main(["search", "logistcs"])
    assert "showing results for logistics" in capsys.readouterr().out


def test_json_search_imports_neither_rich_nor_textual(seed_library: Library) -> None:
    probe = (
        "import sys; from ftztui.cli import main; code = main(['search', 'Porsches', '--json']);"
        "sys.stderr.write(repr(sorted(m for m in ('rich', 'textual', 'lxml') if m in sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr.endswith("[]"), done.stderr
    assert json.loads(done.stdout)["hits"]


def test_search_of_a_fresh_index_loads_no_document_and_no_other_command(
    seed_library: Library,
) -> None:
    """The cold `ftztui search --json` budget: nothing to write means no loader, no index
    writer, no other command's module."""
    from ftztui.search import build_index

    build_index(seed_library)
    unwanted = (
        "ftztui.model",  # the document classes: results come from ftztui.results
        "ftztui.loaders",
        "ftztui.figures",
        "ftztui.search.indexer",
        "ftztui.search.store",
        "ftztui.cli.library_cmds",
        "ftztui.cli.index_cmd",
        "ftztui.cli.figures_cmd",
    )
    probe = (
        "import sys; from ftztui.cli import main; code = main(['search', 'Porsches', '--json']);"
        f"sys.stderr.write(repr(sorted(m for m in {unwanted!r} if m in sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr.endswith("[]"), done.stderr
    assert json.loads(done.stdout)["hits"]


def test_every_command_is_in_the_lazy_command_table() -> None:
    """`main` imports only the chosen command's module, found by name in COMMANDS: a command
    registered but missing from the table would be unreachable."""
    from ftztui.cli import COMMANDS, build_parser, command_in

    full = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(full.choices) == set(COMMANDS)  # type: ignore[arg-type]
    for name in COMMANDS:
        alone = next(a for a in build_parser(name)._actions if a.dest == "command")
        assert name in alone.choices  # type: ignore[operator]
    assert command_in(["--corpus", "search", "index", "x"]) == "index"
    assert command_in(["--index=x", "search", "list"]) == "search"
    assert command_in(["--no-mouse"]) is None and command_in(["bogus"]) is None
    assert command_in(["--corp", "list", "search", "x"]) == "search"


def test_an_abbreviated_option_whose_value_is_a_command_name(
    seed_library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """argparse takes `--corp list` for `--corpus list` (a folder named "list"): "list" is not
    the command word, so the search command must still be registered."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(seed_library.corpus, tmp_path / "list")
    code = main(["--corp", "list", "search", "--json", "Porsches"])
    assert code == 0 and json.loads(capsys.readouterr().out)["hits"]


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in ("list", "show", "add", "search", "index", "figures"):
        assert f"    {name} " in out


def test_index_command_reports_what_it_did(
    seed_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index"]) == 0
    assert "index rebuilt: 1 added" in capsys.readouterr().out
    assert main(["index"]) == 0
    assert "index is up to date" in capsys.readouterr().out
    (seed_library.corpus / "late.txt").write_text("Late\n\nThe caracalword.\n", encoding="utf-8")
    assert main(["index"]) == 0
    assert "index updated: 1 added" in capsys.readouterr().out
    assert main(["index", "--rebuild"]) == 0
    assert "index rebuilt: 2 added" in capsys.readouterr().out


def test_an_empty_library_answers_with_no_hits(
    empty_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data = run_json(capsys, "anything")
    assert code == 1 and data["hits"] == []


def test_notices_go_to_stderr_and_json_stays_valid(
    seed_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    (seed_library.corpus / "binary.txt").write_bytes(b"\x00\x01" * 64)
    code = main(["search", "--json", "Porsches"])
    captured = capsys.readouterr()
    assert code == 0
    assert json.loads(captured.out)["hits"]
    assert "binary.txt" in captured.err and len(captured.err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "customs"],
        ["search", "--json", "imported", "vehicles"],
        ["search", '"taxation on arrival"', "--json"],
        ["search", "65%", "title:chongqing", "--json", "--json"],
        ["search", "bonded", "-warehouse"],
        ["search", "--limit", "3", "customs"],
        ["search", "--js", "customs"],
        ["search", "--", "-5"],
        ["search", ""],
        ["search", "--json"],
        ["--corpus", "x", "search", "customs"],
        ["list"],
    ],
)
def test_search_words_are_read_as_argparse_reads_them(argv: list[str]) -> None:
    """The cold path reads `search WORD... [--json]` without argparse; it must agree with
    argparse on every such command line and leave every other one to it."""
    from ftztui.cli import build_parser, command_in
    from ftztui.cli.search_cmd import plain_args

    fast = plain_args(argv)
    try:
        parsed = vars(build_parser(command_in(argv)).parse_args(argv))
    except SystemExit:
        assert fast is None
        return
    simple = all(a == "--json" or (a and not a.startswith("-")) for a in argv[1:])
    if argv[0] == "search" and simple:
        assert fast is not None and vars(fast) == parsed
    else:
        assert fast is None


def test_an_empty_command_line_is_read_as_argparse_reads_it() -> None:
    """A bare `ftztui` skips argparse (its start is timed); it must mean what argparse says."""
    from ftztui.cli import NO_ARGUMENTS, build_parser

    assert vars(build_parser().parse_args([])) == NO_ARGUMENTS
    assert vars(build_parser(commands=False).parse_args([])) == NO_ARGUMENTS
