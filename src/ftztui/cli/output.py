"""Writing to the terminal safely: document text is data, never markup or control sequences."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["error", "notice", "print_json", "quiet_broken_pipe", "safe_text"]


def safe_text(text: str) -> str:
    """`ftztui.safetext.safe_text`, imported when first needed: `search --json` never is."""
    from ftztui.safetext import safe_text as escaped

    return escaped(text)


def print_json(data: Any) -> None:
    """JSON on stdout. CJK stays readable (`ensure_ascii=False`); json escapes control chars."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
    sys.stdout.write("\n")


def error(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    sys.stderr.write(f"ftztui: {safe_text(message)}\n")


def notice(message: str) -> None:
    sys.stderr.write(f"ftztui: {safe_text(message)}\n")


@contextmanager
def quiet_broken_pipe() -> Iterator[None]:
    """`ftztui ... | head` ends quietly: a closed pipe is not an error worth a traceback."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        # Python flushes stdout again at exit; point it at devnull so that flush cannot fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(0) from None
