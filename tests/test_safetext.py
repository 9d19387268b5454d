"""What reaches the terminal from a document: visible characters only, offsets unchanged."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ftztui.safetext import one_line, safe_text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("clear \x1b[2J now", "clear ␛[2J now"),
        ("title \x1b]0;pwned\x07", "title ␛]0;pwned␇"),
        ("nul\x00byte", "nul␀byte"),
        ("c1 \x9b31m", "c1 \ufffd31m"),
        ("tab\there", "tab here"),
        ("evil \u202eabc\u202c", "evil \ufffdabc\ufffd"),
        ("[bold]markup[/] stays", "[bold]markup[/] stays"),
        ("two\nlines", "two\nlines"),
        ("重庆 e\u0301 שלום", "重庆 e\u0301 שלום"),
    ],
)
def test_control_characters_become_visible(raw: str, shown: str) -> None:
    assert safe_text(raw) == shown


def test_one_line_folds_line_breaks() -> None:
    assert one_line("a\r\nb\nc\rd") == "a b c d"


@given(st.text())
def test_length_is_kept_and_no_control_survives(text: str) -> None:
    out = safe_text(text)
    assert len(out) == len(text)
    assert not any((ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in out)
