"""The segmenter is loaded only for a library that holds Chinese text."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _modules_after(argvs: list[list[str]]) -> set[str]:
    code = (
        "import sys, contextlib, io\n"
        "from ftztui.cli import main\n"
        f"for argv in {argvs!r}:\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        try:\n"
        "            main(argv)\n"
        "        except SystemExit:\n"
        "            pass\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_an_english_library_never_loads_the_segmenter(seed_library: object) -> None:
    modules = _modules_after(
        [["index"], ["search", "FTZ imported cars"], ["figures", "--json"], ["list"]]
    )
    assert "ftztui.search" in modules
    assert "rjieba" not in modules
    assert "opencc" not in modules


@pytest.mark.slow
def test_a_chinese_library_loads_it_to_index(library: object) -> None:
    modules = _modules_after([["index"], ["search", "自贸试验区"]])
    assert "rjieba" in modules
