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
    """JSON on stdout, always valid UTF-8. CJK stays readable (`ensure_ascii=False`); json
    escapes control characters; bytes that were not UTF-8 (in a query or a file name, which
    Python keeps as lone surrogates and would write back raw) become U+FFFD."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if not text.isascii():
        from ftztui.safetext import valid_unicode

        text = valid_unicode(text)
    sys.stdout.write(text)
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
