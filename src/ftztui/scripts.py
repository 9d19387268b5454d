"""Digits set above or below the line (`<sup>`, `<sub>`, Word's superscript runs) written as the
Unicode characters a reader sees: "m²", "CO₂", "10⁶".

Read as plain text they ran into the number before them: "3.5 × 10<sup>6</sup> tonnes" became
"3.5 × 106 tonnes", and the figures sidebar listed 106 tonnes. Search folds them back
(`search.analysis`), so "m2" and "co2" still find "m²" and "CO₂". Only digits, signs and
brackets are written so: "4<sup>th</sup>" and a note's "[3]" stay as they are.
"""

from __future__ import annotations

_PLAIN = "0123456789+-−=()"
_SUPERSCRIPT = str.maketrans(_PLAIN, "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾")
_SUBSCRIPT = str.maketrans(_PLAIN, "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎")
#: The way back, for search: each raised or lowered character to its plain one.
SCRIPT_FOLD: dict[int, str] = {
    **{ord(c): p for p, c in zip(_PLAIN, "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾", strict=True)},
    **{ord(c): p for p, c in zip(_PLAIN, "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎", strict=True)},
    ord("⁻"): "-",
    ord("₋"): "-",
}


def scripted(text: str, *, below: bool = False) -> str | None:
    """`text` raised (or lowered, `below`) when it is digits with signs or brackets only;
    None when it holds anything else."""
    core = text.strip()
    if not core or not any(c.isdigit() for c in core) or core.strip(_PLAIN):
        return None
    return text.translate(_SUBSCRIPT if below else _SUPERSCRIPT)
