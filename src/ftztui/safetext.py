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
# reads. Line feeds are for the caller: the reader lays lines out, the CLI prints them. Lone
# surrogates too: bytes that were not UTF-8 (in a file name, an argument), which Python writes
# back as those raw bytes (0x9b alone is a C1 "CSI" to some terminals).
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char == "\t":
        return " "
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control picture", e.g. ␛ for ESC
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"  # C1, bidi controls and undecodable bytes have no picture of their own


def safe_text(text: str) -> str:
    """`text` with each control character replaced by one visible character (same length)."""
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(_visible, text)


def one_line(text: str) -> str:
    """`safe_text` for labels and table cells: line breaks become spaces first."""
    return safe_text(text.replace("\r\n", " ").replace("\n", " ").replace("\r", " "))


def valid_unicode(text: str) -> str:
    """`text` with each lone surrogate (an undecodable byte of a file name or an argument)
    replaced by U+FFFD, so that it encodes as valid UTF-8 (for JSON, which keeps controls)."""
    if _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub("\ufffd", text)
