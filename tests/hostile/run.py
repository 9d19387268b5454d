"""Running the real `ftztui` command in a subprocess, on a given library."""

from __future__ import annotations

import subprocess
import sys

from ftztui.library import Library


def ftztui(library: Library, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m ftztui --corpus C --index I ARGV...`, its output captured as text."""
    import os

    where = ("--corpus", str(library.corpus), "--index", str(library.index))
    return subprocess.run(
        [sys.executable, "-m", "ftztui", *where, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )
