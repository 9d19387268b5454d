"""Document text made safe to print or draw: no control sequence reaches the terminal.

The loaders already remove control characters and escape sequences from documents; this is the
second line of defence, used by the CLI and the TUI alike on every string that came from a
document or a file name before it reaches the terminal. Replacing each dangerous character by
exactly one visible character keeps Python string offsets valid, so search-hit and figure offsets
still line up.
"""

from __future__ import annotations

import re

# C0 controls but the line feed (tab included: it would jump the cursor), DEL, C1 controls, and
# the bidirectional overrides and isolates that can make text display in another order than it
# reads. Line feeds are for the caller: the reader lays lines out, the CLI prints them.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char == "\t":
        return " "
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control picture", e.g. ␛ for ESC
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"  # C1 controls and bidi controls have no picture of their own


def safe_text(text: str) -> str:
    """`text` with each control character replaced by one visible character (same length)."""
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(_visible, text)


def one_line(text: str) -> str:
    """`safe_text` for labels and table cells: line breaks become spaces first."""
    return safe_text(text.replace("\r\n", " ").replace("\n", " ").replace("\r", " "))
