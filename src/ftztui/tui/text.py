"""Document text made safe to draw: no control sequences reach the terminal, lengths unchanged.

Every string that came from a document (titles, headings, paragraphs, file names) passes through
`safe_text` before it is drawn. Replacing each dangerous character by exactly one visible
character keeps Python string offsets valid, so search-hit and figure offsets still line up.
"""

from __future__ import annotations

import re

# C0 controls (tab included: it would jump the cursor), DEL and C1 controls.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char == "\t":
        return " "
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control picture", e.g. ␛ for ESC
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def safe_text(text: str) -> str:
    """`text` with each control character replaced by one visible character (same length)."""
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(_visible, text)


def one_line(text: str) -> str:
    """`safe_text` for labels: line breaks become spaces first."""
    return safe_text(text.replace("\r\n", " ").replace("\n", " ").replace("\r", " "))
