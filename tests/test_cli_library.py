"""`ftztui list`, `show`, `add` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ftztui.library import Library

from .helpers import SEED_ID, run_cli

SEED_TITLE = "In Four Years, Chongqing FTZ Achieves Remarkable Results in Exploration, Development"


def test_list_json_names_the_seed(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "list", "--json")
    assert code == 0
    docs = {d["id"]: d for d in json.loads(out)}
    assert docs[SEED_ID]["title"] == SEED_TITLE
    assert docs[SEED_ID]["source"] == "iChongqing"
    assert docs[SEED_ID]["sections"] == 4  # lead + three titled sections
    assert len(docs) >= 3  # the seed plus the two notes written for the project


def test_list_into_a_pipe_is_one_line_per_document(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "list")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert [SEED_ID, SEED_TITLE, "iChongqing", "", "4"] in rows
    assert all(len(row) == 5 for row in rows)


def test_list_on_a_terminal_is_a_table(
    library: Library, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    code, out, _ = run_cli(capsys, "list")
    assert code == 0
    header = out.splitlines()[0]
    assert "id" in header and "title" in header and "sections" in header
    assert SEED_ID in out


def test_show_json_has_the_documents_structure(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "show", SEED_ID, "--json")
    assert code == 0
    doc = json.loads(out)
    assert set(doc) == {"id", "title", "source", "date", "url", "format", "sections"}
    titles = [s["title"] for s in doc["sections"]]
    assert titles == [
        None,
        "International logistics distribution",
        "Business environment",
        "Manufacturing plus Internet",
    ]
    kinds = [b["kind"] for s in doc["sections"] for b in s["blocks"]]
    assert kinds.count("caption") == 2
    text = json.dumps(doc)
    for furniture in ("iChongqing Title", "I Agree", "Cookie Policy", "67230470", "Contact Us"):
        assert furniture not in text


def test_show_plain_when_piped(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "show", SEED_ID)
    assert code == 0
    assert out.startswith(SEED_TITLE)
    assert "Business environment" in out
    assert "\x1b[" not in out  # no colour codes into a pipe


def test_show_unknown_document_names_it(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(capsys, "show", "nope")
    assert code == 2
    assert "'nope'" in err and SEED_ID in err and len(err.strip().splitlines()) == 1


def test_show_takes_the_files_own_name_as_ls_shows_it(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "chongqing-ftz-four-years.txt"  # the bundled article, as `ls` shows it
    by_name = run_cli(capsys, "show", name, "--json")
    by_id = run_cli(capsys, "show", SEED_ID, "--json")
    assert by_name[0] == 0 and json.loads(by_name[1])["id"] == SEED_ID
    assert by_name == by_id
    assert run_cli(capsys, "show", SEED_ID.upper(), "--json") == by_id


def test_show_unknown_in_a_big_library_suggests_and_stays_short(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "big"
    corpus.mkdir()
    for n in range(300):
        (corpus / f"report-{n:03}.md").write_text(f"# Report {n}\n\nText {n}.\n", "utf-8")
    (corpus / "tracemonkey.md").write_text("# Trace trees\n\nText.\n", "utf-8")
    monkeypatch.setenv("FTZTUI_CORPUS", str(corpus))
    monkeypatch.setenv("FTZTUI_INDEX", str(tmp_path / "index"))
    code, _, err = run_cli(capsys, "show", "tracemonky")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "'tracemonky'" in err and "did you mean 'tracemonkey'" in err
    assert "ftztui list" in err and "301" in err and len(err) < 200  # not 301 names
    code, _, err = run_cli(capsys, "show", "zzzz")
    assert code == 2 and "did you mean" not in err and "301" in err and len(err) < 200


def test_show_unknown_does_not_count_unreadable_files_as_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Six files, one of them unreadable: `list` shows five documents, so the hint must not
    promise that it shows all six."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    for n in range(5):
        (corpus / f"report-{n}.md").write_text(f"# Report {n}\n\nText {n}.\n", "utf-8")
    (corpus / "broken.txt").write_bytes(b"\x00\x01" * 64)
    monkeypatch.setenv("FTZTUI_CORPUS", str(corpus))
    monkeypatch.setenv("FTZTUI_INDEX", str(tmp_path / "index"))
    code, out, _ = run_cli(capsys, "list")
    assert code == 0 and len(out.splitlines()) == 5
    code, _, err = run_cli(capsys, "show", "zzzz")
    assert code == 2 and "6 files" in err and "shows all 6" not in err


def test_a_corpus_folder_that_does_not_exist_is_said_to_be_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nonexistent"
    for command in (["list"], ["search", "x"], ["marks"], ["index"]):
        code, out, err = run_cli(capsys, "--corpus", str(missing), *command)
        assert code == 1 and out == "", command
        assert f"{missing} does not exist" in err and "has no documents" not in err
    assert not missing.exists()  # `index` made nothing there


def test_add_copies_and_reports_the_id(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "outside" / "Port Notes.md"
    src.parent.mkdir()
    src.write_text("# Port notes\n\nThe port handled 12 ships.\n", encoding="utf-8")
    before = src.stat()
    code, out, err = run_cli(capsys, "add", str(src))
    assert code == 0, err
    assert "added port-notes" in out
    assert (library.corpus / "Port Notes.md").read_bytes() == src.read_bytes()
    after = src.stat()
    assert (before.st_mtime_ns, before.st_size) == (after.st_mtime_ns, after.st_size)


def test_add_never_overwrites_a_clashing_name(
    library: Library, capsys: pytest.CaptureFixture[str], seed_path: Path
) -> None:
    original = (library.corpus / seed_path.name).read_bytes()
    code, out, _ = run_cli(capsys, "add", str(seed_path))
    assert code == 0
    assert f"added {SEED_ID}-2" in out
    assert (library.corpus / seed_path.name).read_bytes() == original
    assert (library.corpus / "chongqing-ftz-four-years-2.txt").read_bytes() == original


def test_add_refuses_bad_files_one_line_each_and_adds_the_rest(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A Title\n\nSome body text about the bonded zone.\n")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    missing = tmp_path / "missing.md"
    before = sorted(p.name for p in library.corpus.iterdir())

    code, out, err = run_cli(
        capsys, "add", str(folder), str(loop), str(pdf), str(empty), str(binary),
        str(missing), str(good),
    )  # fmt: skip
    assert code == 1
    assert "added good" in out
    lines = err.strip().splitlines()
    assert len(lines) == 6
    for path, reason in zip(
        (folder, loop, pdf, empty, binary, missing),
        ("directory", "loop", "not a readable PDF", "", "", "no such file"),
        strict=True,
    ):
        line = next(line for line in lines if str(path) in line)
        assert reason in line
    after = sorted(p.name for p in library.corpus.iterdir())
    assert after == sorted([*before, "good.txt"])


def test_add_refuses_a_file_over_the_size_limit(
    library: Library,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ftztui.adding

    monkeypatch.setattr(ftztui.adding, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "word " * 400)
    code, _, err = run_cli(capsys, "add", str(big))
    assert code == 1
    assert "big.txt" in err and "limit" in err
    assert not (library.corpus / "big.txt").exists()


def test_add_uses_only_the_file_name_of_a_dotted_path(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "note.txt").write_text("Note\n\nBody text of the note.\n")
    dotted = tmp_path / "a" / "b" / ".." / "note.txt"
    code, _, _ = run_cli(capsys, "add", str(dotted))
    assert code == 0
    assert (library.corpus / "note.txt").is_file()
    assert not (library.corpus.parent / "note.txt").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_add_refuses_an_unreadable_file(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret\n\nText.\n")
    secret.chmod(0)
    code, _, err = run_cli(capsys, "add", str(secret))
    assert code == 1 and "secret.txt" in err and "permission" in err.lower()


def test_version_and_help_on_every_command() -> None:
    from ftztui import __version__
    from ftztui.cli import build_parser

    done = subprocess.run(
        [sys.executable, "-m", "ftztui", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == f"ftztui {__version__}"
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    choices = sub.choices  # type: ignore[attr-defined]
    assert set(choices) >= {"list", "show", "add", "search", "index", "figures"}
    for name, command in choices.items():
        assert command.description, f"`ftztui {name}` has no description"
        for action in command._actions:
            if action.dest != "help":
                assert action.help, f"`ftztui {name}` option {action.dest} has no help"


def test_opening_the_reader_parses_without_loading_any_command(library: Library) -> None:
    code = (
        "import sys, ftztui.tui\n"
        "opened = []\n"
        "ftztui.tui.run_app = lambda lib, mouse: opened.append(mouse) or 0\n"
        "from ftztui.cli import main\n"
        "assert main(['--no-mouse']) == 0 and opened == [False], opened\n"
        "print(' '.join(m for m in sys.modules if m.startswith('ftztui.cli.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert not loaded & {
        "ftztui.cli.library_cmds",
        "ftztui.cli.index_cmd",
        "ftztui.cli.figures_cmd",
    }


def test_show_reads_a_file_outside_the_library_without_adding_it(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What would ftztui make of this file? `show PATH` answers before `add`."""
    src = tmp_path / "Port Notes.md"
    src.write_text("# Port notes\n\nThe port handled 12 ships.\n", encoding="utf-8")
    before = sorted(p.name for p in library.corpus.iterdir())
    code, out, err = run_cli(capsys, "show", str(src), "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["title"] == "Port notes"
    assert doc["sections"][0]["blocks"][0]["text"] == "The port handled 12 ships."
    assert sorted(p.name for p in library.corpus.iterdir()) == before


def test_show_wraps_chinese_between_characters_as_the_reader_does(
    library: Library,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rich.cells import cell_len

    monkeypatch.setenv("COLUMNS", "40")
    src = tmp_path / "note.txt"
    body = (
        "本文为 ftztui 项目撰写的中文简介，内容与本库中的英文文章和背景说明一致，"
        "只写其中已经说明的事实，供阅读和搜索使用。"
    )
    src.write_text(f"重庆自贸试验区简介\n\n{body}\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "show", str(src))
    assert code == 0, err
    lines = [line for line in out.splitlines() if line.strip()]
    wrapped = lines[lines.index(next(x for x in lines if x.startswith("本文为"))) :]
    assert "".join(wrapped) == body  # broken between characters, nothing lost or added
    assert all(cell_len(line) <= 40 for line in wrapped)
    assert wrapped[0].startswith("本文为 ftztui 项目")  # not cut after the Latin word
    assert not any(line[0] in "，。" for line in wrapped)  # a comma never starts a line


def test_a_list_item_with_its_own_mark_gets_no_second_one() -> None:
    """A PDF keeps its items' marks in their text: tracemonkey read "• • We explain", a court
    judgment "• 1. The first of these cases"."""
    from ftztui.model import list_mark

    assert list_mark("We explain an algorithm") == "• "
    for own in ("• We explain", "1. The first of these cases", "(a) In the first", "iv) Last"):
        assert list_mark(own) == "", own


def test_files_named_in_chinese_get_ids_a_user_can_type(
    empty_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ids kept ASCII only: every Chinese file name was "document", and the library listed
    "document", "document-2", ... Accents still go from Latin letters."""
    texts = {
        "重庆：自贸区四年.txt": "重庆自贸区四年\n\n重庆自贸试验区挂牌四年来，新增企业五万家。\n",
        "吉林：长春.txt": "长春\n\n长春市民生活成本相对下降，物价平稳。\n",
        "Café Notes.md": "# Café notes\n\nThe café opened in the pilot zone in 2021.\n",
    }
    for name, text in texts.items():
        (empty_library.corpus / name).write_text(text, encoding="utf-8")
    code, out, _ = run_cli(capsys, "list", "--json")
    assert code == 0
    ids = sorted(d["id"] for d in json.loads(out))
    assert ids == ["cafe-notes", "吉林-长春", "重庆-自贸区四年"]
    code, out, _ = run_cli(capsys, "show", "吉林-长春")
    assert code == 0 and "长春市民生活成本相对下降" in out
    code, out, _ = run_cli(capsys, "search", "doc:重庆-自贸区四年 企业", "--json")
    assert code == 0
    assert {h["doc"] for h in json.loads(out)["hits"]} == {"重庆-自贸区四年"}
    # The id is a name: cut into words, "doc:" filtered nothing and the other file came up.
    _, out, _ = run_cli(capsys, "search", "doc:吉林-长春 企业", "--json")
    assert "重庆-自贸区四年" not in {h["doc"] for h in json.loads(out)["hits"]}
