"""The settings file: parsing, one-line errors naming the file and key, `ftztui config`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ftztui.cli import main
from ftztui.config import (
    BINDINGS,
    DEFAULTS,
    binding_place,
    config_path,
    default_text,
    key_clashes,
    load_settings,
)

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_the_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "missing.toml") == (DEFAULTS, [])


def test_every_setting_is_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[reader]\ntheme = "textual-light"\ncontents = false\nfigures = true\nwidth = 72\n'
        'mouse = false\n[search]\ndebounce_ms = 250\nresults = 5\n[keys]\n"ftztui.search" = "s"\n',
    )
    settings, problems = load_settings(path)
    assert problems == []
    assert settings.theme == "textual-light" and not settings.contents and settings.figures
    assert (settings.reader_width, settings.mouse) == (72, False)
    assert (settings.debounce, settings.results) == (0.25, 5)
    assert settings.keys == {"ftztui.search": "s"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[search]\ndebounce_ms = 'fast'\n", "[search] debounce_ms"),
        ("[search]\nresults = 0\n", "[search] results"),
        ("[reader]\nmouse = 'no'\n", "[reader] mouse"),
        ("[reader]\nwidth = -3\n", "[reader] width"),
        ("[reader]\ncolour = 'red'\n", "[reader] colour"),
        ("[keys]\n'ftztui.serch' = 's'\n", "[keys] ftztui.serch"),
        ("[keys]\n'ftztui.search' = 3\n", "[keys] ftztui.search"),
        ("[keys]\n'ftztui.search' = 'ctrl s'\n", "[keys] ftztui.search"),
    ],
)
def test_a_bad_value_is_one_line_naming_file_and_key(tmp_path: Path, text: str, key: str) -> None:
    path = write(tmp_path, text)
    settings, problems = load_settings(path)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{path}: {key}")
    assert "\n" not in problems[0]
    assert settings == DEFAULTS  # the bad setting keeps its default


def test_good_settings_beside_a_bad_one_still_apply(tmp_path: Path) -> None:
    path = write(tmp_path, "[search]\ndebounce_ms = 'fast'\nresults = 7\n")
    settings, problems = load_settings(path)
    assert settings.results == 7 and settings.debounce == DEFAULTS.debounce
    assert len(problems) == 1


def test_a_file_that_is_not_toml_keeps_every_default(tmp_path: Path) -> None:
    path = write(tmp_path, "[reader\ntheme = \n")
    settings, problems = load_settings(path)
    assert settings == DEFAULTS
    assert len(problems) == 1 and problems[0].startswith(f"{path}: not valid TOML")


def test_the_default_file_is_valid_and_sets_nothing(tmp_path: Path) -> None:
    text = default_text()
    assert tomllib.loads(text) == {"reader": {}, "search": {}, "keys": {}}
    for binding in BINDINGS:
        assert f'"{binding}"' in text
    # Uncommented, every line in it is a valid setting that equals the default.
    uncommented = "\n".join(
        line.removeprefix("# ") if " = " in line and line.startswith('# "') else line
        for line in text.splitlines()
    )
    settings, problems = load_settings(write(tmp_path, uncommented))
    assert problems == []
    assert settings.keys == {name: keys for name, (keys, _) in BINDINGS.items()}


def test_config_path_and_init(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "--path"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path == config_path() and not path.exists()
    assert main(["config"]) == 0  # no file: the defaults, nothing wrong
    assert main(["config", "--init"]) == 0
    assert path.read_text(encoding="utf-8") == default_text()
    path.write_text("[search]\nresults = 3\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["config", "--init"]) == 1  # never overwrites the user's file
    assert "already exists" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "[search]\nresults = 3\n"
    path.write_text("[search]\nresults = 'many'\n", encoding="utf-8")
    assert main(["config"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{path}: [search] results" in err


def test_config_reports_a_key_given_to_two_bindings(capsys: pytest.CaptureFixture[str]) -> None:
    """The reader warns "'s' is bound to both ..."; the check must not say ok."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[keys]\n"ftztui.search" = "s"\n"ftztui.next-hit" = "s"\n', encoding="utf-8")
    assert main(["config"]) == 1
    captured = capsys.readouterr()
    assert "ok" not in captured.out
    assert captured.err.strip() == (
        f"ftztui: {path}: [keys] 's' is bound to both ftztui.search and ftztui.next-hit"
    )
    # The same key in two places that never compete is fine: j in the contents and the figures.
    path.write_text('[keys]\n"ftztui.contents.down" = "s"\n"ftztui.figures.down" = "s"\n', "utf-8")
    assert main(["config"]) == 0


def test_config_finds_the_clashes_the_reader_finds() -> None:
    """Each binding moved onto every default key: `config` and the reader (tui/keys.py, which
    knows the panes from Textual) report the same clashes, in the places the reader checks."""
    from ftztui.tui.app import FtzApp
    from ftztui.tui.keys import clashes, pane_classes
    from ftztui.tui.screens.main import MainScreen

    checked = {"everywhere", "reader", "search-box", "contents", "figures", "results", "help"}
    assert len(pane_classes()) == len(checked) - 1
    everywhere = [*MainScreen.BINDINGS, *FtzApp.BINDINGS]
    keys = {k for default, _ in BINDINGS.values() for k in default.split(",")} | {"x"}
    for binding in BINDINGS:
        if binding_place(binding) not in checked:
            continue
        for key in sorted(keys):
            keymap = {binding: key}
            assert key_clashes(keymap) == clashes(keymap, everywhere), keymap


def test_ftztui_config_does_not_import_textual(tmp_path: Path) -> None:
    write(tmp_path, "[search]\nresults = 3\n")
    code = (
        "import sys, contextlib, io\n"
        "from ftztui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['config']); main(['config', '--path'])\n"
        "print('textual' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
