"""What real Chinese news taught the figure reader (People's Daily, Sina, NetEase), kept apart
from the scanner in chinese.py so that each rule can be read with its reason.

- 一两个人, 两三天, 十二三斤, 百分之八九十: two neighbouring digits are a range ("one or two"),
  not 12 or 23; the figure is its lower bound.
- 六七三三·八吨, ○·四三吨: older texts write decimals digit by digit with a middle dot.
- 76人 (the 76ers): a number glued to 人 that a document repeats as a subject is a team's
  name, not a count of people; 76人队 always is.
- 2015届大学生 (a class), 十二届全国人大五次会议 (sessions): 届 after a year, or before a
  session's number, is an ordinal.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Final

from ftztui.model import Figure

_DIGITS: Final = "零一二三四五六七八九"
#: Neighbouring digits, a range: 一两, 两三, 八九.
_RANGES: Final = {_DIGITS[i] + _DIGITS[i + 1] for i in range(1, 9)} | {"一两", "两三"}


def lower_of_range(numeral: str) -> str:
    """一两 → 一, 十二三 → 十二, 八九十 → 八十, 两三百 → 两百: the lower bound of a range
    written as two neighbouring digits; any other numeral unchanged."""
    if len(numeral) < 2:
        return numeral
    if len(numeral) >= 3 and all(c in _DIGITS + "〇两" for c in numeral):
        return numeral  # 一九九二, 二〇二〇: digits read one by one
    for i in range(len(numeral) - 1):
        if numeral[i : i + 2] in _RANGES:
            return numeral[: i + 1] + numeral[i + 2 :]
    return numeral


_DOT_DIGIT: Final = {c: str(i) for i, c in enumerate(_DIGITS)} | {"〇": "0", "○": "0"}


def dotted_value(numeral: str) -> float:
    """六七三三·八 → 6733.8, ○·四三 → 0.43."""
    return float("".join(_DOT_DIGIT.get(c, ".") for c in numeral))


#: 十二届五次会议, 十六届三中全会: a session or plenum counted within a 届.
_SESSION_AFTER: Final = re.compile(r"[零〇一二两三四五六七八九十\d]+(?:次|中)")


def is_ordinal_jie(text: str, number: str, after: int) -> bool:
    """届 after `number` (ending at `after`, at 届) names a class or a session, not a count:
    2015届大学生, 十二届全国人大 (followed by its session: 五次会议)."""
    if number.isdigit() and len(number) == 4:
        return True
    return _SESSION_AFTER.match(text, after + 1) is not None or text[after + 1 : after + 3] in (
        "全国",
        "中央",
    )


def is_session_number(text: str, start: int, end: int) -> bool:
    """五 of 十二届全国人大五次会议: the session of a 届 is an ordinal."""
    return (
        text[end : end + 3] in ("次会议", "次全体", "中全会")
        and "届" in text[max(0, start - 8) : start]
    )


def drop_team_names(figures: list[Figure], texts: dict[int, str]) -> list[Figure]:
    """`figures` without the counts that are a team's name: N人 (N of two digits or more)
    that a document repeats three times or more, with no noun after 人; and every N人队.
    `related_to` is renumbered; a relation to a dropped figure is dropped with it."""

    def glued(f: Figure) -> str:
        return texts[f.block][f.end : f.end + 2]

    def names_people(f: Figure) -> bool:
        return f.kind == "count" and f.unit is None and f.text.isascii() and f.text.isdigit()

    repeated = Counter(
        f.text for f in figures if names_people(f) and len(f.text) >= 2 and glued(f)[:1] == "人"
    )
    teams = {n for n, k in repeated.items() if k >= 3}
    teams |= {f.text for f in figures if names_people(f) and glued(f) == "人队"}
    if not teams:
        return figures
    kept: list[Figure] = []
    new_index: dict[int, int] = {}
    for i, f in enumerate(figures):
        if f.text in teams and names_people(f) and glued(f)[:1] == "人":
            continue
        new_index[i] = len(kept)
        kept.append(f)
    for n, f in enumerate(kept):
        if f.related_to is not None:
            to = new_index.get(f.related_to)
            kept[n] = replace(f, related_to=to, relation=f.relation if to is not None else None)
    return kept
