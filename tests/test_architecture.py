"""The layering rules: the core and the non-TUI CLI never import Textual."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE_MODULES = [
    "ftztui",
    "ftztui.model",
    "ftztui.library",
    "ftztui.loaders",
    "ftztui.figures",
    "ftztui.search",
    "ftztui.cli",
    "ftztui.safetext",
    "ftztui.adding",
    "ftztui.marks",
]


def _imported_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split())


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_does_not_import_textual(module: str) -> None:
    modules = _imported_after(f"import {module}")
    assert "textual" not in modules, f"{module} pulls in Textual"


@pytest.mark.parametrize(
    "argv",
    [
        ["--version"],
        ["list"],
        ["show", "chongqing-ftz-four-years", "--json"],
        ["figures", "--json"],
        ["marks", "--json"],
    ],
)
def test_cli_commands_do_not_import_textual(argv: list[str], library: object) -> None:
    code = (
        "import sys, contextlib, io\n"
        "from ftztui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        f"        main({argv!r})\n"
        "    except SystemExit:\n"
        "        pass\n"
    )
    modules = _imported_after(code)
    assert "textual" not in modules, f"ftztui {' '.join(argv)} pulls in Textual"


def test_serve_builds_its_server_without_textual(tmp_path: object) -> None:
    """`ftztui serve` runs the reader in a child process (textual-serve starts it per browser
    tab); the serving process itself imports textual_serve and aiohttp, never Textual."""
    code = (
        "from pathlib import Path\n"
        "from ftztui.library import Library\n"
        "from ftztui.cli.serve_cmd import make_server\n"
        f"root = Path({str(tmp_path)!r})\n"
        "library = Library(root / 'corpus', root / 'index', origin='option')\n"
        "make_server(library, '127.0.0.1', 8765)\n"
    )
    modules = _imported_after(code)
    assert "textual_serve" in modules
    assert "textual" not in modules, "ftztui serve pulls in Textual"
