"""Shares and fractions: "one in five", "nine out of ten", "two thirds", "half of", "a quarter".

Each is a percent figure whose span covers the whole phrase. They are rare, so every check here
runs only after a cheap test in the scanner says the words may be there.
"""

from __future__ import annotations

import re
from typing import Final

from ftztui.figures.context import (
    CURRENCY_LAST_CHARS,
    JOIN,
    WORD_NUMBER,
    WORD_SCALE,
    Mention,
    alternation,
    digits_value,
    glued_to_word,
    is_year,
    masked,
    scale_after,
    unit_after,
    words_value,
)
from ftztui.figures.lexicon import (
    FRACTION_LEADS,
    FRACTIONS,
    HALF_PARTS,
    SMALL_NUMBERS,
    STOPWORDS,
    TENS,
)

#: The first 4 characters after a number that may start a share or a half ("in five", "thirds").
RARE_AFTER: Final = frozenset(
    [" in ", " out", " and"] + [f"{gap}{word[:3]}" for word in FRACTIONS for gap in " -"]
)
A_FRACTION: Final = re.compile(r"a (?:third|quarter|fifth)")
_WORD_NUMBER_I = rf"(?i:{WORD_NUMBER})(?:{JOIN}(?i:{WORD_NUMBER}|{WORD_SCALE}))*"
#: "One in five", "1 in 10", "nine out of ten": the denominator.
_IN_M: Final = re.compile(
    rf"[ \t\u00a0]+(?:in|out[ \t\u00a0]+of)[ \t\u00a0]+(?:(\d{{1,3}}(?:,\d{{3}})+|\d+)(?![.,]?\d)"
    rf"|({_WORD_NUMBER_I}))\b"
)
_FRACTION_AFTER: Final = re.compile(rf"[ \t\u00a0-]+((?i:{alternation(list(FRACTIONS))}))\b(?!-)")
_OF_WHOLE: Final = re.compile(r"[ \t\u00a0]+of(?![ \t\u00a0]+an?\b)\b")
_ARTICLE_BEFORE: Final = re.compile(r"\ban?[ \t\u00a0]+$")
_SHARE_OF_ALONE: Final = re.compile(r"[ \t\u00a0]+(?:of(?![ \t\u00a0]+an?\b)|the)\b")
_HALF_A: Final = re.compile(r"[ \t\u00a0]+an?[ \t\u00a0]+")
_NEXT_WORD: Final = re.compile(r"[ \t\u00a0]*([a-z]*)")
_TIME_AFTER: Final = frozenset({"ago", "later", "earlier", "before", "after", "past"})


def _percent(part: float) -> float:
    return float(f"{part * 100:.4g}")  # 2/3 -> 66.67, 1/10000 -> 0.01


def share_at(
    text: str, start: int, end: int, value: float, masks: list[tuple[int, int]]
) -> Mention | None:
    """ "One in five" (20 %), "nine out of ten", "two thirds" (66.67 %), "one fifth"."""
    if value != int(value) or value < 1:
        return None
    m = _FRACTION_AFTER.match(text, end)
    if m is not None:
        word = m.group(1).lower()
        part = value * FRACTIONS[word]
        of = _OF_WHOLE.match(text, m.end())
        if part > 1 or (word.startswith("quarter") and of is None):
            return None  # "twenty fifth", "two quarters" (of a year)
        if of is None and text.startswith((" of a ", " of an "), m.end()):
            return None  # "a quarter of a million"
        return Mention(start, m.end(), _percent(part), "%", "percent", start, m.end(), True)
    m = _IN_M.match(text, end)
    if m is None or text[start - 1 : start] in CURRENCY_LAST_CHARS:
        return None
    whole = digits_value(m.group(1)) if m.group(1) else words_value(m.group(2))
    if (
        whole is None
        or whole <= value
        or (m.group(1) and is_year(text, m.start(1), m.group(1), False))
    ):
        return None
    scale, pos = scale_after(text, m.end(), False)
    unit, _kind, _end = unit_after(text, pos)
    if scale != 1 or unit is not None or _end < 0 or glued_to_word(text, m.end()):
        return None  # "1 in 10 minutes", "one in 2020"
    if masks and masked(masks, start, m.end()):
        return None
    return Mention(start, m.end(), _percent(value / whole), "%", "percent", start, m.end(), False)


def fractions_alone(text: str, lowered: str, masks: list[tuple[int, int]]) -> list[Mention]:
    """ "half of", "More than half the", "a third of", "fell by a quarter", "half a degree"."""
    found: list[Mention] = []
    for word in ("half", "third", "quarter", "fifth"):  # str.find is much cheaper than a regex
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            glued = lowered[at - 1 : at] if at else " "
            after = lowered[end : end + 1]
            article = _ARTICLE_BEFORE.search(lowered, max(0, at - 4), at)
            # "behalf", "thirds", "half-marathon", "third-party"; and "the third": an ordinal.
            if not (glued.isalnum() or glued == "_" or after.isalnum() or after in ("-", "_")) and (
                article is not None or word == "half"
            ):
                start = article.start() if article is not None else at
                if not (masks and masked(masks, start, end)):
                    mention = _fraction_alone(text, lowered, start, end, word, article is not None)
                    if mention is not None:
                        found.append(mention)
            at = lowered.find(word, end)
    return sorted(found)


def _fraction_alone(
    text: str, lowered: str, start: int, end: int, word: str, article: bool
) -> Mention | None:
    words = lowered[max(0, start - 24) : start].rsplit(None, 1)
    before = words[-1].strip(".,;:()\"'") if words else ""
    share = Mention(start, end, _percent(FRACTIONS[word]), "%", "percent", start, end, True)
    if _SHARE_OF_ALONE.match(lowered, end):
        return None if not article and before in HALF_PARTS else share
    if article:
        return share if before in FRACTION_LEADS and _ends_phrase(lowered, end) else None
    half_a = _HALF_A.match(lowered, end)
    if half_a is not None:  # "half a degree", "half an hour", "half a million"
        scale, pos = scale_after(text, half_a.end(), False)
        unit, kind, stop = unit_after(text, pos)
        if stop < 0 or (scale == 1 and kind == "count"):
            return None
        return Mention(start, max(stop, pos), 0.5 * scale, unit, kind, start, end, True)
    return share if before in ("by", "in") and _ends_phrase(lowered, end) else None


def _ends_phrase(lowered: str, end: int) -> bool:
    """Whether a fraction stands alone here: "by a quarter.", not "a third party"."""
    m = _NEXT_WORD.match(lowered, end)
    word = m.group(1) if m is not None else ""
    return (
        not word
        or (word in STOPWORDS and word not in _TIME_AFTER)
        or word in SMALL_NUMBERS
        or word in TENS
    )
