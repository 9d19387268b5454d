"""Writing to the terminal safely: document text is data, never markup or control sequences."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# C0 and C1 control characters except tab and newline, plus DEL. ESC (\x1b) is among them, so no
# escape sequence from a document can reach the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidirectional overrides/isolates can reorder what the user sees (Trojan-source style).
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def safe_text(text: str) -> str:
    """`text` with control characters shown as visible escapes (`\\x1b`) instead of obeyed."""

    def escape(m: re.Match[str]) -> str:
        return f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}"

    return _BIDI.sub(escape, _CONTROL.sub(escape, text))


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
